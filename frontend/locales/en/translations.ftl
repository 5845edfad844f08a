# Translating a practice (pages/translations.rs) and how translated content is shown.
translations-title = Translations
translations-back = ← Back
translations-source = Written in { $language }.
translations-state = { $missing ->
    [0] { $stale ->
        [0] complete
        [one] complete, one field to update
       *[other] complete, { $stale } fields to update
    }
    [one] one field to translate
   *[other] { $missing } fields to translate
}
translations-add = Add or edit a language
translations-editing = In { $language }
translations-is-source = This is written in { $language }, the original: edit it where it was written.
translations-in = { $field } in { $language }
translations-stale = The source text has changed since this was translated.
translations-stale-was = The text it was translated from
translations-save = Save the translation
translations-saved = Translation saved.
translations-remove = Remove this language
translations-remove-question = Remove every field translated into { $language }?
translations-remove-confirm = Remove
translations-field-title = Title
translations-field-summary = Summary
translations-field-problem = The problem
translations-field-approach = The approach
translations-field-results = The results
translations-field-description = Description
translations-field-figure = Label of figure { $number }
translations-manage = Translations
content-fallback = Not yet translated into { $language }; shown in { $source }.
content-translated = Translated from { $source }.
content-stale = The original has changed since this translation.
content-available = Also in:
