# Eine Praxis übersetzen (pages/translations.rs) und übersetzte Inhalte anzeigen.
translations-title = Übersetzungen
translations-back = ← Zurück
translations-source = Verfasst auf { $language }.
translations-state = { $missing ->
    [0] { $stale ->
        [0] vollständig
        [one] vollständig, ein Feld ist zu aktualisieren
       *[other] vollständig, { $stale } Felder sind zu aktualisieren
    }
    [one] ein Feld ist noch zu übersetzen
   *[other] { $missing } Felder sind noch zu übersetzen
}
translations-add = Sprache hinzufügen oder bearbeiten
translations-editing = Auf { $language }
translations-is-source = Das Original ist auf { $language } verfasst: Bearbeiten Sie es dort, wo es verfasst wurde.
translations-in = { $field } auf { $language }
translations-stale = Der Ausgangstext hat sich seit dieser Übersetzung geändert.
translations-stale-was = Der Text, aus dem übersetzt wurde
translations-save = Übersetzung speichern
translations-saved = Übersetzung gespeichert.
translations-remove = Diese Sprache entfernen
translations-remove-question = Alle Felder auf { $language } entfernen?
translations-remove-confirm = Entfernen
translations-field-title = Titel
translations-field-summary = Zusammenfassung
translations-field-problem = Das Problem
translations-field-approach = Der Ansatz
translations-field-results = Die Ergebnisse
translations-field-description = Beschreibung
translations-field-figure = Bezeichnung der Kennzahl { $number }
translations-manage = Übersetzungen
content-fallback = Noch nicht auf { $language } übersetzt; angezeigt auf { $source }.
content-translated = Aus dem { $source } übersetzt.
content-stale = Das Original hat sich seit dieser Übersetzung geändert.
content-available = Auch verfügbar auf:
