# Eine Organisation verwalten: ihre guten Praktiken, ihr Status und der Rahmen der Seite.
my-org-title = Meine Organisation
my-org-login = Melden Sie sich an, um Ihre Organisation zu sehen.
my-org-manage-login = Melden Sie sich an, um eine Organisation zu verwalten.
my-org-manage-title = { $name } verwalten
my-org-public-page = Öffentliche Seite ansehen
my-org-new-practice = Neue gute Praxis teilen
my-org-our-practices = Unsere guten Praktiken
my-org-its-practices = Gute Praktiken der Organisation
my-org-none-yet = Noch keine. Teilen Sie ein Programm, das sich bewährt hat, damit andere es übernehmen können.
my-org-none = Noch keine gute Praxis.
my-org-not-allowed = Nur die Admins dieser Organisation und die Netzwerk-Administration können sie verwalten.
my-org-col-practice = Gute Praxis
my-org-col-status = Status
my-org-col-changed = Letzte Änderung
# Ergänzt „Um …, bestätigen Sie zuerst Ihre E-Mail-Adresse“.
my-org-verify-to-invite = Um Kolleginnen und Kollegen einzuladen, bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link aus unserer E-Mail oder fordern Sie ihn über den Hinweis oben auf der Seite erneut an.

# Wo die Organisation im Netzwerk steht, und die Warnungen der letzten Speicherung.
my-org-notice-pending-heading = Wartet auf Freigabe
my-org-notice-pending-body = Die Netzwerk-Administration prüft jede neue Organisation vor ihrer Aufnahme. Bis dahin können Sie Ihr Profil vervollständigen, Entwürfe vorbereiten und Kolleginnen und Kollegen einladen; Ihre Organisation wird noch nicht aufgeführt und kann noch keine guten Praktiken einreichen. Sie erhalten Bescheid per E-Mail.
my-org-notice-rejected-heading = Nicht freigegeben
my-org-notice-rejected-body = Die Netzwerk-Administration hat diese Organisation nicht freigegeben. Ihre Seite ist nur für ihre eigenen Mitglieder sichtbar. Falls es sich um einen Irrtum handelt, korrigieren Sie Ihr Profil und schreiben Sie dem Netzwerk.
my-org-notice-suspended-heading = Gesperrt
my-org-notice-suspended-body = Die Netzwerk-Administration hat diese Organisation gesperrt: sie ist im Netzwerk nicht sichtbar und kann nichts ändern, bis sie wieder freigeschaltet wird. Ihre Inhalte bleiben erhalten.
my-org-notice-reason = Angegebener Grund: { $reason }
my-org-warnings-heading = Möglicher Doppeleintrag
my-org-warning-possible-duplicate = „{ $name }“ ist bereits Mitglied im selben Land. Falls es sich um Ihre Organisation handelt, bitten Sie stattdessen deren Admins um eine Einladung; die Netzwerk-Administration prüft beide Einträge.
my-org-warning-see = { $name } ansehen

# Das öffentliche Profil der Organisation.
my-org-profile-heading = Profil
my-org-profile-name = Name
my-org-profile-kind = Art
my-org-profile-level = Verwaltungsebene
my-org-profile-country = Land
my-org-profile-city = Stadt
my-org-profile-context = Siedlungsraum
my-org-profile-languages = Arbeitssprachen
my-org-profile-themes = Themen, an denen Sie arbeiten
my-org-profile-description = Beschreibung
my-org-profile-website = Website (https://…)
my-org-profile-can-mentor = Wir begleiten andere Organisationen als Mentor
my-org-profile-capacity = Wie viele Mentees gleichzeitig
my-org-profile-capacity-whole-number = muss eine ganze Zahl sein
my-org-profile-time-zone = Zeitzone (in ihr werden Termine und Fristen angegeben)
my-org-profile-save = Profil speichern
my-org-profile-saved = Gespeichert.

# Die Personen der Organisation; $role ist der Code einer Rolle (member, org_admin).
my-org-people-heading = Personen
my-org-people-name-you = { $name } (Sie)
my-org-people-unverified = Adresse nicht bestätigt
my-org-people-col-name = Name
my-org-people-col-email = E-Mail
my-org-people-col-role = Rolle
my-org-people-col-joined = Beigetreten
my-org-people-col-manage = Verwalten
my-org-people-make-role = { $role ->
    [org_admin] Zum Organisationsadmin machen
   *[member] Zum Mitglied machen
}
my-org-people-role-question = { $role ->
    [org_admin] { $name } zum Organisationsadmin machen?
   *[member] { $name } zum Mitglied machen?
}
my-org-people-change-role = Rolle ändern
my-org-people-role-changed = { $role ->
    [org_admin] { $name } ist jetzt Organisationsadmin.
   *[member] { $name } ist jetzt Mitglied.
}
my-org-people-hand-on = Adminrolle übergeben und zurücktreten
my-org-people-hand-on-question = { $name } zum Organisationsadmin machen und selbst Mitglied werden? Sie verwalten dann keine Personen, Einladungen oder Schlüssel mehr.
my-org-people-handed-on = { $name } ist jetzt Organisationsadmin; Sie sind Mitglied.
my-org-people-remove = Entfernen
my-org-people-remove-question = { $name } aus Ihrer Organisation entfernen? Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden; ihre Beiträge bleiben erhalten. Mit einer neuen Einladung kann sie zurückkehren.
my-org-people-removed = { $name } wurde aus Ihrer Organisation entfernt.

# Einladungen; $email ist eine Adresse oder my-org-invitations-anyone.
my-org-invitations-heading = Einladungen
my-org-invitations-intro = Laden Sie eine Kollegin oder einen Kollegen über die E-Mail-Adresse ein: Die Person erhält einen Link zum Beitritt zu Ihrer Organisation, der nur für diese Adresse gilt, nur einmal und 14 Tage lang. Bis er verwendet wird, können Sie ihn erneut senden oder widerrufen.
my-org-invitations-email = E-Mail-Adresse der Person
my-org-invitations-role = Rolle
my-org-invitations-send = Einladung senden
my-org-invitations-resend = Erneut senden
my-org-invitations-revoke = Widerrufen
my-org-invitations-none = Noch keine Einladungen.
my-org-invitations-code = Der Link ist unterwegs. Sie können der Person auch diesen Code geben, den sie auf der Beitrittsseite eingibt; er wird nur jetzt angezeigt:
my-org-invitations-sent = Eine Einladung wurde per E-Mail an { $email } gesendet.
my-org-invitations-resent = Ein neuer Link wurde per E-Mail an { $email } gesendet; der vorherige funktioniert nicht mehr.
my-org-invitations-revoke-question = Die Einladung an { $email } widerrufen? Ihr Link funktioniert dann nicht mehr.
my-org-invitations-revoked = Die Einladung an { $email } wurde widerrufen.
my-org-invitations-used = verwendet
my-org-invitations-state-revoked = widerrufen
my-org-invitations-expired = abgelaufen
my-org-invitations-open-until = gültig bis { $date }
my-org-invitations-anyone = alle mit dem Code

# Die Benachrichtigungen der Person.
notifications-title = Benachrichtigungen
notifications-login = Melden Sie sich an, um Ihre Benachrichtigungen zu sehen.
notifications-intro = Was mit den guten Praktiken und den Personen Ihrer Organisation geschehen ist, das Neueste zuerst. In Ihrem Konto legen Sie fest, welche davon Sie auch per E-Mail erhalten.
notifications-mail-preferences = E-Mail-Einstellungen
notifications-empty = Noch keine Benachrichtigungen. Hier sehen Sie, was das Netzwerk mit Ihren guten Praktiken macht.
notifications-mark-all = Alle als gelesen markieren
notifications-mark-one = Als gelesen markieren
notifications-more = Ältere Benachrichtigungen laden
notifications-unread-tag = Ungelesen
notifications-all-read = Alle Benachrichtigungen sind als gelesen markiert.
notifications-unread-count = { $count ->
    [0] Keine ungelesenen Benachrichtigungen.
    [one] { $count } ungelesene Benachrichtigung.
   *[other] { $count } ungelesene Benachrichtigungen.
}

# Die Glocke in der Kopfzeile.
bell-name = Benachrichtigungen
bell-label = { $count ->
    [0] Benachrichtigungen: keine ungelesen
    [one] Benachrichtigungen: { $count } ungelesen
   *[other] Benachrichtigungen: { $count } ungelesen
}
my-org-profile-translations = Die Beschreibung in andere Sprachen übersetzen
