# Die Mails auf Deutsch.

## Allgemein

hello = Hallo { $name },
link-until = Der Link funktioniert nur einmal und bis zum { $until }.
copy-link = Oder kopieren Sie diese Adresse in Ihren Browser: { $link }
# Ein Zeitpunkt in der Zeitzone der Leserin oder des Lesers: „3. Dezember 2026, 15:30 Uhr (Asia/Amman)“.
datetime = { $day }. { $month } { $year }, { $time } Uhr ({ $zone })
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Eine Adresse bestätigen

verify-subject = Bestätigen Sie Ihre E-Mail-Adresse
verify-lead = Bitte bestätigen Sie, dass dies Ihre Adresse ist. Danach können Sie auf Twinning Praktiken einreichen, sich bewerben und Kolleginnen und Kollegen einladen.
verify-action = Meine Adresse bestätigen
verify-otherwise = Wenn Sie sich nicht bei Twinning registriert haben, ignorieren Sie diese Mail: Ohne den Link passiert nichts.

## Ein Passwort zurücksetzen

reset-subject = Setzen Sie Ihr Passwort zurück
reset-lead = Jemand (hoffentlich Sie) hat verlangt, das Passwort Ihres Twinning-Kontos zurückzusetzen. Sobald Sie ein neues wählen, werden Sie überall abgemeldet.
reset-action = Neues Passwort wählen
reset-otherwise = Wenn Sie das nicht verlangt haben, ignorieren Sie diese Mail: Ihr Passwort bleibt unverändert.

## Eine Einladung

invitation-subject = { $organisation } lädt Sie zu Twinning ein
invitation-lead = { $organisation } lädt Sie ein, { $role ->
        [org_admin] als Administratorin oder Administrator der Organisation
       *[member] als Mitglied
    } zu Twinning dazuzukommen, dem Netzwerk, in dem Organisationen, die sich für Geflüchtete und Migrantinnen und Migranten einsetzen, die Praktiken teilen, die funktionieren. Die Einladung gilt nur für diese Adresse.
invitation-action = Einladung annehmen
invitation-otherwise = Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Mail: Ohne den Link passiert nichts.

## Der Hinweis an die alte Adresse

email-changed-subject = Die E-Mail-Adresse Ihres Kontos wurde geändert
email-changed-body = Am { $when } wurde die E-Mail-Adresse Ihres Twinning-Kontos in { $email } geändert. Mails gehen ab jetzt dorthin.
email-changed-advice = Wenn Sie diese Änderung nicht vorgenommen haben, setzen Sie Ihr Passwort zurück und informieren Sie die Administration des Netzwerks.
email-changed-reset = Mein Passwort zurücksetzen

## Benachrichtigungen, einzeln

notification-open = In Twinning öffnen
notification-reason = Sie erhalten diese Mail, weil Sie hierüber sofort informiert werden möchten: { $kind }.
notification-stop = Diese Mails abbestellen
kind-practice_submitted = Praktiken, die zur Prüfung eingereicht wurden
kind-practice_published = Veröffentlichung der Praktiken Ihrer Organisation
kind-practice_rejected = Zurückgewiesene Praktiken Ihrer Organisation
kind-member_joined = Neue Mitglieder Ihrer Organisation
kind-organisation_reviewed = Freigabe, Ablehnung, Sperrung oder Reaktivierung Ihrer Organisation

practice-submitted-title = „{ $title }“ wurde zur Prüfung eingereicht
practice-submitted-body = { $owner } hat sie eingereicht. Prüfen Sie sie in der Moderationswarteschlange.
practice-published-title = „{ $title }“ ist veröffentlicht
practice-published-body = Sie steht jetzt im Katalog und ist für das ganze Netzwerk sichtbar.
practice-rejected-title = „{ $title }“ wurde zurückgewiesen
practice-rejected-body = Anmerkung der Prüfung: { $reason }
practice-rejected-body-silent = Die Prüfung hat sie als Entwurf zurückgegeben.
organisation-approved-title = { $organisation } ist freigegeben
organisation-approved-body = Sie ist jetzt Mitglied des Netzwerks: Sie wird im Verzeichnis geführt, in den Zahlen berücksichtigt und kann Praktiken einreichen.
organisation-rejected-title = { $organisation } wurde nicht freigegeben
organisation-rejected-body = Anmerkung der Netzwerk-Administration: { $reason }
organisation-rejected-body-silent = Die Netzwerk-Administration hat sie nicht freigegeben und keinen Grund angegeben.
organisation-suspended-title = { $organisation } ist gesperrt
organisation-suspended-body = Sie bleibt für das Netzwerk unsichtbar, bis die Netzwerk-Administration sie wieder freischaltet. Angegebener Grund: { $reason }
organisation-suspended-body-silent = Sie bleibt für das Netzwerk unsichtbar, bis die Netzwerk-Administration sie wieder freischaltet. Ein Grund wurde nicht angegeben.
organisation-reactivated-title = { $organisation } ist wieder aktiv
organisation-reactivated-body = Die Netzwerk-Administration hat sie wieder freigeschaltet: Sie erscheint wieder im Verzeichnis.
member-joined-title = { $person } ist { $organisation } beigetreten
member-joined-body = { $role ->
        [org_admin] Die Person ist als Administratorin oder Administrator beigetreten.
       *[member] Die Person ist als Mitglied beigetreten.
    }

## Die wöchentliche Zusammenfassung

digest-subject = Ihre Wochenzusammenfassung: { $count ->
        [one] eine Benachrichtigung
       *[other] { $count } Benachrichtigungen
    }
digest-intro = Das ist seit Ihrer letzten Zusammenfassung auf Twinning passiert ({ $count ->
        [one] eine Benachrichtigung
       *[other] { $count } Benachrichtigungen
    }).
digest-heading = { $kind } ({ $count })
digest-open = Öffnen
digest-more = … und { $count ->
        [one] eine weitere
       *[other] { $count } weitere
    }.
digest-stop-kind = Mails hierzu abbestellen
digest-reason = Sie erhalten diese Wochenzusammenfassung aufgrund Ihrer Benachrichtigungseinstellungen.
digest-stop = Wochenzusammenfassung abbestellen
