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
