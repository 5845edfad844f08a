# Die Seiten der Netzwerk-Administration (frontend/src/pages/admin) und die Partner-API-Schlüssel (pages/api_keys.rs).

# Wer sie sehen darf.
admin-title = Administration
admin-not-allowed = Kein Zugriff
admin-only-admins = Nur Netzwerk-Admins können diese Seite sehen.
admin-login-needed = Diese Seite ist der Netzwerk-Administration vorbehalten. Bitte melden Sie sich zuerst an.
admin-back-home = Zurück zur Startseite

# Die Übersicht: das Netzwerk in Zahlen (jede Angabe folgt ihrer fett gedruckten Zahl).
admin-heading = Netzwerk-Administration
admin-stat-organisations = { $count ->
    [one] Organisation
   *[other] Organisationen
}
admin-stat-awaiting-approval = { $count ->
    [one] wartet auf Freigabe
   *[other] warten auf Freigabe
}
admin-stat-suspended = { $count ->
   *[other] gesperrt
}
admin-stat-people = { $count ->
    [one] Person
   *[other] Personen
}
admin-stat-countries = { $count ->
    [one] Land
   *[other] Länder
}
admin-stat-published = { $count ->
    [one] veröffentlichte gute Praxis
   *[other] veröffentlichte gute Praktiken
}
admin-stat-waiting-for-review = { $count ->
    [one] wartet auf Prüfung
   *[other] warten auf Prüfung
}
admin-stat-drafts = { $count ->
    [one] Entwurf
   *[other] Entwürfe
}
admin-stat-archived = { $count ->
   *[other] archiviert
}

# Die Werkzeuge der Übersicht.
admin-tools = Werkzeuge
admin-tile-organisations = Organisationen
admin-tile-organisations-hint = Neue Organisationen freigeben, mögliche Duplikate prüfen, sperren oder zusammenführen.
admin-tile-organisations-count = { $count ->
    [one] { $count } Organisation wartet auf Freigabe
   *[other] { $count } Organisationen warten auf Freigabe
}
admin-tile-people = Personen
admin-tile-people-hint = Eine Person finden; ein Konto deaktivieren oder aktivieren, einen Bestätigungslink erneut senden, Admin-Rechte vergeben.
admin-tile-moderation = Moderationswarteschlange
admin-tile-moderation-hint = Gute Praktiken, die auf Prüfung warten: Veröffentlichen Sie sie oder schicken Sie sie zurück.
admin-tile-moderation-count = { $count } offen
admin-tile-jobs = Hintergrundaufgaben
admin-tile-jobs-hint = Arbeit, die die Plattform später erledigt: Ereignisse verteilen, E-Mails versenden. Starten Sie abgebrochene Aufgaben erneut.
admin-tile-jobs-count = { $dead ->
    [one] { $pending } ausstehend, { $dead } abgebrochene Aufgabe
   *[other] { $pending } ausstehend, { $dead } abgebrochene Aufgaben
}
admin-tile-mail = Postausgang
admin-tile-mail-hint = Jede E-Mail, die die Plattform versendet oder, ohne Mailserver, hier aufbewahrt hat.
admin-tile-mail-count = { $count ->
    [one] { $count } E-Mail
   *[other] { $count } E-Mails
}
admin-tile-keys = API-Schlüssel
admin-tile-keys-hint = Die Partner-API-Schlüssel aller Organisationen; widerrufen Sie einen, der in falsche Hände geraten ist.

# Die Moderationswarteschlange.
admin-moderation-title = Moderationswarteschlange
admin-moderation-intro = Gute Praktiken, die ihre Organisationen zur Prüfung eingereicht haben, die ältesten zuerst. Veröffentlichen nimmt eine in den Katalog auf; Zurückschicken macht sie mit Ihrer Begründung wieder zum Entwurf.
admin-moderation-empty = Nichts wartet auf Prüfung.
admin-moderation-submitted = eingereicht am { $date }
admin-moderation-publish = Veröffentlichen
admin-moderation-reason-label = Oder schicken Sie sie mit einer Begründung zurück (die Organisation liest sie)
admin-moderation-send-back = Zurückschicken
admin-moderation-reason-required = Die Begründung ist erforderlich.
admin-moderation-reason-too-short = Die Begründung muss mindestens { $min } Zeichen lang sein.
admin-moderation-reason-too-long = Die Begründung darf höchstens { $max } Zeichen lang sein.
admin-moderation-reason-control = Die Begründung darf keine Steuerzeichen enthalten.

# Hintergrundaufgaben.
admin-jobs-title = Hintergrundaufgaben
admin-jobs-intro = Arbeit, die die Plattform nach einer Änderung erledigt: Ereignisse in Benachrichtigungen umsetzen, E-Mails versenden, wöchentliche Zusammenfassungen. Eine fehlgeschlagene Aufgabe wird später erneut versucht; nach ihrem letzten Versuch gilt sie als abgebrochen und wartet hier auf Sie.
admin-jobs-status = Status
admin-jobs-any-status = Beliebiger Status
admin-jobs-status-pending = Ausstehend
admin-jobs-status-running = Läuft
admin-jobs-status-done = Erledigt
admin-jobs-status-dead = Abgebrochen
admin-jobs-none = Keine passende Aufgabe.
admin-jobs-count = { $count ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
admin-jobs-col-job = Aufgabe
admin-jobs-col-status = Status
admin-jobs-col-attempts = Versuche
admin-jobs-col-when = Zeitpunkt
admin-jobs-col-error = Letzter Fehler
admin-jobs-attempts = { $attempts } / { $max }
admin-jobs-payload = Nutzdaten
admin-jobs-created = Erstellt am { $when }
admin-jobs-runs = Geplant für { $when }
admin-jobs-finished = Beendet am { $when }
admin-jobs-retry = Erneut versuchen
admin-jobs-retry-confirm = Aufgabe erneut ausführen
admin-jobs-retry-question = Aufgabe Nr. { $id } ({ $kind }) erneut ausführen? Sie läuft wieder, sobald ein Worker frei ist, mit einer neuen Reihe von Versuchen. Ihre Arbeit wird nur einmal erledigt, auch wenn sie schon teilweise gelaufen war.
admin-jobs-retried = Aufgabe Nr. { $id } ({ $kind }) ist wieder eingereiht; ein Worker führt sie in Kürze aus.

# Der Postausgang.
admin-mail-title = Postausgang
admin-mail-intro = Jede E-Mail, die die Plattform erzeugt hat, die neuesten zuerst. Ohne Mailserver (TWINNING_SMTP_URL nicht gesetzt) werden E-Mails hier aufbewahrt statt versendet: So geht nichts verloren, und Sie können lesen, was verschickt worden wäre.
admin-mail-none = Noch keine E-Mails.
admin-mail-none-match = Keine E-Mail hat diesen Status.
admin-mail-status = Status
admin-mail-any-status = Beliebiger Status
admin-mail-status-queued = Wartet auf Versand
admin-mail-status-sent = Versendet
admin-mail-status-kept = Hier aufbewahrt (kein Mailserver)
admin-mail-status-failed = Fehlgeschlagen
admin-mail-category-account = Konto und Sicherheit
admin-mail-category-digest = Wöchentliche Zusammenfassung
admin-mail-category-practice-submitted = Benachrichtigung: gute Praxis eingereicht
admin-mail-category-practice-published = Benachrichtigung: gute Praxis veröffentlicht
admin-mail-category-practice-rejected = Benachrichtigung: gute Praxis zurückgeschickt
admin-mail-category-member-joined = Benachrichtigung: neues Mitglied
admin-mail-category-organisation-reviewed = Benachrichtigung: Organisation geprüft
admin-mail-category-other = Benachrichtigung: { $code }
admin-mail-count = { $count ->
    [one] { $count } E-Mail
   *[other] { $count } E-Mails
}
admin-mail-attempts = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
}
admin-mail-to = An
admin-mail-sent = versendet am { $when }
admin-mail-written = erstellt am { $when }
admin-mail-last-error = Letzter Fehler: { $error }
admin-mail-read-text = Text lesen

# Die API-Schlüssel aller Organisationen.
admin-keys-title = API-Schlüssel
admin-keys-intro = Die Schlüssel, die jede Organisation für ihre Partnersysteme erstellt hat, die neuesten zuerst. Die Admins der Organisationen verwalten sie unter „Meine Organisation“; widerrufen Sie hier einen Schlüssel, wenn er in falsche Hände geraten ist oder seine Organisation nicht erreichbar ist.
admin-keys-none = Noch keine Organisation hat einen Schlüssel erstellt.
admin-keys-none-here = Keine Schlüssel auf dieser Seite; kehren Sie zur ersten zurück.
admin-keys-count = { $count ->
    [one] { $count } Schlüssel
   *[other] { $count } Schlüssel
}

# Organisationen prüfen.
admin-orgs-title = Organisationen
admin-orgs-intro = Neue Organisationen warten hier, bis Sie sie freigeben: Bis dahin werden sie nicht aufgeführt, nicht gezählt, nicht als Mentoren vorgeschlagen und können nichts einreichen. Prüfen Sie zuerst, wer sie registriert hat, und die möglichen Duplikate.
admin-orgs-status = Status
admin-orgs-any-status = Alle (auf Freigabe wartende zuerst)
admin-orgs-none = Keine passende Organisation.
admin-orgs-count = { $count ->
    [one] { $count } Organisation
   *[other] { $count } Organisationen
}
admin-orgs-members = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
admin-orgs-registrant = Registriert von { $name } <{ $email }> am { $date }
admin-orgs-no-registrant = Registrierende Person unbekannt (Konto gelöscht)
admin-orgs-duplicates = Mögliche Duplikate
admin-orgs-duplicate-alike = ({ $status }, { $percent } % ähnlich)
admin-orgs-merge-into-this = In diese zusammenführen
admin-orgs-dismiss = Kein Duplikat
admin-orgs-dismiss-confirm = Markierung entfernen
admin-orgs-dismiss-question = { $name } und { $other } als verschiedene Organisationen kennzeichnen?
admin-orgs-dismissed = { $name } und { $other } sind nicht mehr als Duplikate markiert.
admin-orgs-reason = Begründung (die Mitglieder der Organisation lesen sie)
admin-orgs-need-reason = Schreiben Sie zuerst die Begründung: Die Mitglieder der Organisation lesen sie.
admin-orgs-approve = Freigeben
admin-orgs-reject = Ablehnen
admin-orgs-suspend = Sperren
admin-orgs-reactivate = Wieder freischalten
admin-orgs-approve-question = { $name } freigeben? Die Organisation wird ab sofort aufgeführt und gezählt und kann gute Praktiken einreichen; die registrierende Person wird per E-Mail informiert.
admin-orgs-reject-question = { $name } ablehnen? Die registrierende Person erhält Ihre Begründung per E-Mail; die Organisation bleibt unaufgeführt.
admin-orgs-suspend-question = { $name } sperren? Die Organisation wird sofort ausgeblendet und ihre Mitglieder werden abgemeldet; ihre Inhalte bleiben erhalten.
admin-orgs-reactivate-question = { $name } wieder freischalten? Die Organisation wird wieder aufgeführt.
admin-orgs-approved = { $name } wurde freigegeben.
admin-orgs-rejected = { $name } wurde abgelehnt.
admin-orgs-suspended = { $name } wurde gesperrt.
admin-orgs-reactivated = { $name } wurde wieder freigeschaltet.
admin-orgs-merge = Zusammenführen
admin-orgs-merge-into = Zusammenführen in (Adresskennung der Organisation, die bestehen bleibt)
admin-orgs-merge-confirm = Jetzt zusammenführen
admin-orgs-need-into = Geben Sie die Organisation an, die bestehen bleibt.
admin-orgs-merge-question = { $name } in { $into } zusammenführen? Mitglieder, gute Praktiken, Schlüssel und Verlauf gehen in einem Schritt auf { $into } über, und { $name } wird entfernt; die bisherige Adresse führt zu { $into }. Dies lässt sich nicht rückgängig machen.
admin-orgs-merged = { $count ->
    [one] { $from } wurde in { $into } zusammengeführt: { $count } Datensatz verschoben.
   *[other] { $from } wurde in { $into } zusammengeführt: { $count } Datensätze verschoben.
}

# Personen und ihre Konten.
admin-people-title = Personen
admin-people-intro = Alle Personen mit einem Konto, die neuesten zuerst. Suchen Sie nach Name, E-Mail-Adresse oder Organisation.
admin-people-search = Suche
admin-people-find = Suchen
admin-people-none = Niemand gefunden.
admin-people-count = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
admin-people-never-seen = noch nie aktiv
admin-people-last-seen = zuletzt aktiv am { $when }
admin-people-joined = registriert am { $date }
admin-people-flag-verified = Adresse bestätigt
admin-people-flag-unverified = Adresse nicht bestätigt
admin-people-flag-network-admin = Netzwerk-Admin
admin-people-flag-disabled = deaktiviert
admin-people-flag-removed = aus der Organisation entfernt
admin-people-disable = Deaktivieren
admin-people-enable = Aktivieren
admin-people-resend = Bestätigungslink erneut senden
admin-people-grant = Zum Netzwerk-Admin machen
admin-people-revoke = Netzwerk-Admin-Rechte entziehen
admin-people-disable-question = Das Konto von { $name } deaktivieren? Die Person wird sofort überall abgemeldet und kann sich erst wieder anmelden, wenn Sie das Konto aktivieren; was sie geschrieben hat, bleibt erhalten.
admin-people-enable-question = Das Konto von { $name } aktivieren? Die Person kann sich wieder anmelden.
admin-people-grant-question = { $name } zum Netzwerk-Admin machen? Die Person kann dann Organisationen freigeben, gute Praktiken moderieren und alle Konten verwalten. Sie wird abgemeldet und meldet sich mit den neuen Rechten wieder an.
admin-people-revoke-question = { $name } die Netzwerk-Admin-Rechte entziehen? Die Person wird überall abgemeldet.
admin-people-disabled = Das Konto von { $name } ist deaktiviert; die Person wurde überall abgemeldet.
admin-people-enabled = Das Konto von { $name } ist wieder aktiv.
admin-people-resent = Ein neuer Bestätigungslink wurde an { $name } ({ $email }) gesendet.
admin-people-granted = { $name } ist jetzt Netzwerk-Admin.
admin-people-revoked = { $name } ist kein Netzwerk-Admin mehr.

# Die Partner-API-Schlüssel einer Organisation (unter „Meine Organisation“).
api-keys-heading = API-Schlüssel
api-keys-intro = Mit einem Schlüssel kann eines Ihrer Partnersysteme (ein Fallmanagement-Tool, eine Website, ein Skript) die Twinning-API für Ihre Organisation nutzen, im Rahmen der Berechtigungen, die Sie ihm geben. Er kann nie mehr als ein Admin Ihrer Organisation und nie Aufgaben der Netzwerk-Administration übernehmen.
api-keys-none = Noch keine Schlüssel.
api-keys-new-heading = Schlüssel erstellen
api-keys-name = Name
api-keys-name-hint = Wofür er dient, damit Sie ihn später wiedererkennen, z. B. „Abgleich Fallmanagement“.
api-keys-scopes = Was er darf
api-keys-scope-read-private = Entwürfe, Mitglieder und nicht öffentliche Aktivitäten der Organisation lesen
api-keys-scope-write-practices = Gute Praktiken der Organisation erstellen, bearbeiten und einreichen
api-keys-scope-write-organisation = Das Profil der Organisation bearbeiten
api-keys-expires = Gültig bis (optional)
api-keys-expires-hint = Er funktioniert bis zum Ende dieses Tages (UTC). Lassen Sie das Feld leer für einen Schlüssel, der gilt, bis Sie ihn widerrufen.
api-keys-expires-invalid = muss ein Datum wie 2027-12-31 sein
api-keys-create = Schlüssel erstellen
api-keys-created = Der Schlüssel „{ $name }“ wurde erstellt.
api-keys-shown-once = Kopieren Sie diesen Schlüssel jetzt: Er wird nur einmal angezeigt.
api-keys-why-once = Twinning speichert nur einen Fingerabdruck davon, daher kann ihn niemand erneut anzeigen, auch nicht die Netzwerk-Administration. Wenn Sie ihn verlieren, widerrufen Sie ihn und erstellen Sie einen neuen.
api-keys-how-to-use = Ihr System sendet ihn bei jeder Anfrage im Header
api-keys-copy = Schlüssel kopieren
api-keys-copied = In die Zwischenablage kopiert.
api-keys-copy-failed = Der Browser hat das Kopieren nicht erlaubt: Markieren Sie den Schlüssel und kopieren Sie ihn selbst.
api-keys-done = Ich habe ihn sicher gespeichert: Schlüssel ausblenden
api-keys-col-name = Name
api-keys-col-organisation = Organisation
api-keys-col-key = Schlüssel beginnt mit
api-keys-col-scopes = Berechtigungen
api-keys-col-created = Erstellt
api-keys-col-used = Zuletzt verwendet
api-keys-col-expires = Läuft ab
api-keys-col-state = Zustand
api-keys-never-used = Nie
api-keys-no-expiry = Nie
api-keys-active = Aktiv
api-keys-revoked-on = Widerrufen am { $date }
api-keys-expired-on = Abgelaufen am { $date }
api-keys-revoke = Widerrufen
api-keys-revoke-confirm = Schlüssel widerrufen
api-keys-revoke-question = „{ $name }“ widerrufen? Jedes System, das ihn verwendet, wird ab sofort abgewiesen (HTTP 401), und er lässt sich nicht wieder aktivieren.
api-keys-revoked = „{ $name }“ ist widerrufen: Anfragen damit werden ab sofort abgewiesen.
