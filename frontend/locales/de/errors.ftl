# Feldfehler nach ihrem festen Code (crates/domain/src/problem.rs, reasons): unter dem Feld
# und in der Fehlerliste des Formulars angezeigt, nach dem Namen des Felds.
error-required = Pflichtangabe
error-too_short = { $min ->
    [one] Mindestens ein Zeichen
   *[other] Mindestens { $min } Zeichen
}
error-too_long = { $max ->
    [one] Höchstens ein Zeichen
   *[other] Höchstens { $max } Zeichen
}
error-too_few = { $min ->
    [one] Bitte mindestens einen Eintrag wählen
   *[other] Bitte mindestens { $min } Einträge wählen
}
error-too_many = { $max ->
    [one] Bitte höchstens einen Eintrag wählen
   *[other] Bitte höchstens { $max } Einträge wählen
}
error-too_small = Muss mindestens { $min } sein
error-too_large = Darf höchstens { $max } sein
error-out_of_range = Muss zwischen { $min } und { $max } liegen
error-not_email = Bitte eine gültige E-Mail-Adresse eingeben
error-not_https_url = Bitte eine Webadresse eingeben, die mit https:// beginnt
error-unknown_value = „{ $value }“ ist keine der möglichen Auswahlen
error-not_country = „{ $value }“ ist kein Land
error-not_language = „{ $value }“ ist keine Sprache
error-not_time_zone = „{ $value }“ ist keine Zeitzone; bitte eine aus der Liste wählen, z. B. Europe/Berlin
error-in_the_past = Muss in der Zukunft liegen
error-too_far_ahead = { $max_days ->
    [one] Höchstens einen Tag im Voraus
   *[other] Höchstens { $max_days } Tage im Voraus
}
error-must_differ = Muss sich vom bisherigen unterscheiden
error-must_match = Die beiden Eingaben stimmen nicht überein
error-either_or = Bitte nur eines von beiden angeben
error-invalid_cursor = Diese Ergebnisseite ist nicht mehr gültig; bitte auf der ersten Seite neu beginnen
error-not_valid = Dieser Code oder Link ist ungültig
error-used = Dieser Code oder Link wurde bereits verwendet
error-expired = Dieser Code oder Link ist abgelaufen
error-wrong_password = Das ist nicht Ihr Passwort
error-taken = Wird bereits verwendet
error-stale = Wurde inzwischen geändert; bitte laden Sie die Seite neu
error-wrong_state = Kann in diesem Stadium nicht mehr geändert werden
error-duplicate_value = „{ $value }“ ist doppelt angegeben
error-control_character = Enthält ein Zeichen, das nicht gespeichert werden kann
error-invalid_reference = Verweist auf etwas, das es nicht mehr gibt
error-not_storable = Kann so nicht gespeichert werden
error-invitation_address = Diese Einladung wurde an eine andere Adresse geschickt
error-malformed = Nicht lesbar
error-invalid_type = Ist nicht die erwartete Art von Wert
error-unknown_field = Dieses Feld gibt es in diesem Formular nicht
error-source_language = „{ $value }“ ist die Ausgangssprache: bitte den Text selbst bearbeiten
error-translation_exists = Es gibt eine Übersetzung in „{ $value }“: bitte zuerst entfernen
error-no_such_figure = { $figures ->
    [0] Die Praktik hat keine Kennzahlen
    [one] Die Praktik hat nur eine Kennzahl
   *[other] Die Praktik hat nur { $figures } Kennzahlen
}
error-empty_translation = Bitte mindestens ein Feld zum Übersetzen angeben
error-period_reversed = Darf nicht vor dem Anfangsjahr liegen

# Probleme, die kein einzelnes Feld betreffen, nach dem letzten Teil ihres Typs.
problem-validation = Einige der gesendeten Angaben sind nicht gültig.
problem-malformed-request = Die Anfrage konnte nicht gelesen werden.
problem-unauthenticated = Nicht angemeldet: E-Mail-Adresse oder Passwort sind falsch, oder die Sitzung ist abgelaufen.
problem-forbidden = Dazu sind Sie nicht berechtigt.
problem-email-unverified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link aus unserer E-Mail.
problem-insufficient-scope = Dieser Schlüssel ist dazu nicht berechtigt.
problem-not-found = Das gibt es nicht oder nicht mehr.
problem-conflict = Das steht im Widerspruch zu etwas, das es bereits gibt.
problem-invalid-transition = Das ist in diesem Stadium nicht möglich.
problem-rate-limited = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
problem-payload-too-large = Die gesendeten Daten sind zu groß.
problem-uri-too-long = Die Adresse ist zu lang.
problem-headers-too-large = Die Kopfzeilen der Anfrage sind zu groß.
problem-unsupported-media-type = Diese Art von Inhalt wird nicht angenommen.
problem-internal = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.
problem-organisation-not-active = Ihre Organisation ist im Netzwerk nicht aktiv: Sie wartet auf Freigabe oder wurde abgelehnt oder gesperrt.
problem-last-org-admin = Eine Organisation mit weiteren Personen braucht mindestens eine Organisationsadmin-Rolle.
problem-last-network-admin = Das Netzwerk braucht mindestens eine Netzwerkadmin-Rolle.
problem-own-account = Das muss für Ihr eigenes Konto eine andere Person erledigen.
problem-already-verified = Diese Adresse ist bereits bestätigt.
problem-invitation-without-address = Diese Einladung hat keine Adresse, an die sie gesendet werden kann.
problem-unavailable = Der Dienst ist kurzzeitig nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
