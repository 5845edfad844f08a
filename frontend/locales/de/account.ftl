# Anmelden und registrieren (auth.rs).
auth-login-title = Anmelden
auth-login-submit = Anmelden
auth-signed-out-everywhere = Sie sind jetzt auf allen Geräten abgemeldet.
auth-email = E-Mail-Adresse
auth-password = Passwort
auth-forgot-link = Passwort vergessen?
auth-new-here = Zum ersten Mal hier?
auth-register-link = Registrieren Sie Ihre Organisation
auth-register-title = Bei Twinning mitmachen
auth-required = Pflichtangabe
auth-you = Ihre Angaben
auth-your-name = Ihr Name
auth-new-password = Passwort (mindestens 10 Zeichen)
auth-with-code = Ich habe einen Einladungscode für eine Organisation
auth-invitation-code = Einladungscode
auth-your-organisation = Ihre Organisation
auth-org-name = Name
auth-org-kind = Art
auth-org-level = Verwaltungsebene
auth-org-country = Land
auth-org-city = Stadt
auth-org-context = Siedlungsraum
auth-org-languages = Arbeitssprachen
auth-can-mentor = Wir können Organisationen, die unsere guten Praktiken übernehmen, als Mentor begleiten
auth-register-submit = Registrieren

# Bestätigung der E-Mail-Adresse und neues Passwort über einen zugesandten Link (recovery.rs).
# Die Adresse erscheint fett an der Stelle von { $email }.
recovery-banner = Bitte bestätigen Sie Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir an { $email } gesendet haben.
recovery-banner-why = Bis dahin können Sie Ihr Profil und Entwürfe vorbereiten, aber nichts einreichen, veröffentlichen, sich nicht bewerben und niemanden einladen.
recovery-resend = Link erneut senden
recovery-already-confirmed = Ihre Adresse ist bereits bestätigt.
recovery-verify-title = E-Mail-Adresse bestätigen
recovery-verifying = Ihre Adresse wird bestätigt…
recovery-verified = Vielen Dank: Ihre E-Mail-Adresse ist bestätigt.
recovery-verify-failed = Ihre Adresse konnte nicht bestätigt werden: { $reason }.
recovery-no-token = Diese Seite wird über den Link in unserer E-Mail geöffnet; diese Adresse enthält keinen Link.
recovery-go-to-organisation = Zu Ihrer Organisation
recovery-log-in = Anmelden
recovery-retry-signed-in = Fordern Sie über „Link erneut senden“ im Hinweis oben einen neuen Link an.
recovery-retry-signed-out = Melden Sie sich an: Über einen Hinweis oben auf jeder Seite können Sie einen neuen Link anfordern.
recovery-forgot-title = Passwort vergessen?
recovery-forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können; er funktioniert einmal und ist eine Stunde lang gültig.
recovery-forgot-submit = Link zusenden
recovery-email = E-Mail-Adresse
recovery-back-to-login = Zurück zur Anmeldung
recovery-reset-title = Neues Passwort wählen
recovery-reset-intro = Wenn Sie ein neues Passwort wählen, wird Ihr Konto auf allen Geräten abgemeldet.
recovery-reset-submit = Neues Passwort speichern
recovery-reset-done = Ihr neues Passwort ist gespeichert, und alle Geräte wurden abgemeldet. Melden Sie sich jetzt damit an.
recovery-link-unusable = Dieser Link kann nicht verwendet werden: { $reason }.
recovery-ask-link = Link anfordern
recovery-ask-new-link = Neuen Link anfordern
recovery-new-password = Neues Passwort (mindestens 10 Zeichen)
recovery-password-again = Neues Passwort wiederholen
recovery-passwords-differ = die beiden Passwörter stimmen nicht überein

# Die Seite, die ein Einladungslink öffnet (join.rs).
join-title = Schließen Sie sich Ihren Kolleginnen und Kollegen auf Twinning an
join-name = Ihr Name
join-email = E-Mail-Adresse
join-email-hint = Die Einladung gilt für diese Adresse.
join-password = Wählen Sie ein Passwort (mindestens 10 Zeichen)
join-submit = Beitreten
join-unknown = Dieser Einladungslink ist ungültig. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail kopiert haben, oder bitten Sie um eine neue Einladung.
join-signed-in = Sie sind mit einem anderen Konto angemeldet. Melden Sie sich zuerst ab, um diese Einladung anzunehmen.
join-fields-need-attention = Einige Felder müssen noch korrigiert werden.
join-invites = { $organisation } lädt Sie ein, ihr auf Twinning als { $role ->
        [org_admin] Organisationsadmin
       *[member] Mitglied
    } beizutreten. Die Einladung ist bis { $until } gültig.
join-closed = { $state ->
        [used] Diese Einladung zu { $organisation } wurde bereits verwendet. Bitten Sie die Admins der Organisation um eine neue.
        [revoked] Diese Einladung zu { $organisation } wurde widerrufen. Bitten Sie die Admins der Organisation um eine neue.
        [expired] Diese Einladung zu { $organisation } ist abgelaufen. Bitten Sie die Admins der Organisation um eine neue.
       *[open] Diese Einladung zu { $organisation } ist noch gültig. Bitten Sie die Admins der Organisation um eine neue.
    }

# Mein Konto: wer Sie sind und wie Benachrichtigungen Sie per E-Mail erreichen (account.rs).
account-title = Mein Konto
account-login = Melden Sie sich an, um Ihr Konto zu sehen.
account-name = Name
account-email = E-Mail-Adresse
account-organisation = Organisation
account-role = Rolle
account-network-admin = Sie sind außerdem Administrator des Netzwerks.
account-see-notifications = Ihre Benachrichtigungen ansehen
account-mail-heading = Benachrichtigungen per E-Mail
account-mail-intro = Die Glocke zeigt Ihre Benachrichtigungen immer an. Wählen Sie für jede Art, ob sie zusätzlich sofort per E-Mail kommt, gesammelt in einer wöchentlichen Zusammenfassung oder gar nicht. Aufgeführt sind nur die Arten, die Sie erreichen können.
account-mail-always = E-Mails zu Ihrem Konto und seiner Sicherheit (Bestätigung der Adresse, Zurücksetzen des Passworts, Einladungen) werden immer sofort gesendet.
account-mail-save = E-Mail-Einstellungen speichern
account-mail-saved = Gespeichert. Ab jetzt gilt:
# Eine Art von Benachrichtigung, vor der Zustellart, die nun gilt (fett).
account-mail-saved-kind = { $kind }:

# Mein Konto: das Profil (account/profile.rs).
account-profile-heading = Ihr Profil
account-profile-name = Name
account-profile-email = E-Mail-Adresse
account-profile-email-hint = Eine neue Adresse muss bestätigt werden: Wir senden einen Link an sie und benachrichtigen die bisherige.
account-profile-language = Sprache
account-profile-language-hint = Die Sprache dieser Website und der E-Mails, die Sie erhalten.
account-profile-time-zone = Zeitzone
account-profile-time-zone-hint = Uhrzeiten in E-Mails und Fristen werden in dieser Zeitzone angegeben. Geben Sie den Anfang eines Städtenamens ein, z. B. Europe/Berlin.
account-profile-save = Profil speichern
account-profile-saved = Ihr Profil ist gespeichert.
account-profile-new-address = Wir haben einen Link an Ihre neue Adresse gesendet; öffnen Sie ihn, um die Adresse zu bestätigen. Bis dahin können Sie nichts einreichen, veröffentlichen, sich nicht bewerben und niemanden einladen.

# Mein Konto: Passwort und angemeldete Geräte (account/security.rs).
account-password-heading = Passwort
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort (mindestens 10 Zeichen)
account-password-again = Neues Passwort wiederholen
account-password-change = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Ihre anderen Geräte wurden abgemeldet; dieses bleibt angemeldet.
account-password-mismatch = die beiden Passwörter stimmen nicht überein
account-sessions-heading = Wo Sie angemeldet sind
account-sessions-intro = Alle Geräte und Browser, auf denen Sie sich angemeldet haben. Melden Sie alle ab, die Sie nicht erkennen, und ändern Sie Ihr Passwort.
account-session-this-device = Dieses Gerät
account-session-unknown-browser = Unbekannter Browser
account-session-details = Von { $address } · angemeldet am { $signed_in } · zuletzt aktiv am { $seen }
account-session-details-no-address = Von unbekannter Adresse · angemeldet am { $signed_in } · zuletzt aktiv am { $seen }
account-session-sign-out = Abmelden
account-session-sign-out-question = Dieses Gerät abmelden? Es muss sich dann erneut anmelden.
account-session-signed-out = Das Gerät ist abgemeldet.
account-sign-out-everywhere = Überall abmelden
account-sign-out-everywhere-question = Auf allen Geräten abmelden, auch auf diesem?

# Mein Konto: meine Daten herunterladen, mein Konto löschen (account_data.rs).
account-data-heading = Ihre Daten
account-data-export-intro = Laden Sie alles, was Twinning über Sie speichert, als eine JSON-Datei herunter: Ihr Konto, Ihre Organisation, Ihre Sitzungen, die von Ihnen angelegten guten Praktiken, Ihre Aktionen, Ihre Benachrichtigungen, Einstellungen, Einladungen, API-Schlüssel und die an Sie gesendeten E-Mails.
account-data-export = Meine Daten herunterladen
account-data-preparing = Ihre Datei wird vorbereitet…
account-data-ready = Ihre Datei ist fertig. Falls der Download nicht von selbst begonnen hat, speichern Sie sie hier:
account-data-delete-heading = Mein Konto löschen
account-data-delete-intro = Ihr Konto wird entfernt: Sie werden überall abgemeldet, Ihre Benachrichtigungen, Einstellungen und E-Mails werden gelöscht, und Ihr Name wird überall, wo er erscheint, durch „Gelöschtes Mitglied“ ersetzt. Was Sie für Ihre Organisation geschrieben haben (ihre guten Praktiken), bleibt bei ihr. Wenn Sie ihr letzter Admin sind und noch andere Mitglieder da sind, ernennen Sie zuerst eines davon zum Admin.
account-data-password = Ihr Passwort zur Bestätigung
account-data-delete = Mein Konto löschen
account-data-delete-question = Ihr Konto endgültig löschen? Das kann nicht rückgängig gemacht werden.
account-data-delete-confirm = Ja, löschen
account-data-deleted = Ihr Konto ist gelöscht. Vielen Dank für die Zeit, die Sie dem Netzwerk gewidmet haben.
