-- Content in several languages. Practices and organisations name the language their text is
-- written in (ISO 639-1; what exists was written in English); translations are kept per field
-- beside the source text they were made from, so a translation whose source has changed since
-- reads as stale.
ALTER TABLE practices ADD COLUMN source_language TEXT NOT NULL DEFAULT 'en';
-- When the programme ran (years), apart from when it was published here.
ALTER TABLE practices ADD COLUMN ran_from INTEGER;
ALTER TABLE practices ADD COLUMN ran_until INTEGER;
ALTER TABLE organisations ADD COLUMN source_language TEXT NOT NULL DEFAULT 'en';

-- field: title, summary, problem, approach, results, figures[N].label.
CREATE TABLE practice_translations (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    field TEXT NOT NULL,
    body TEXT NOT NULL,
    source_body TEXT NOT NULL,
    translated_by BIGINT REFERENCES people (id),
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (practice_id, language, field)
);
-- The catalogue's filter by available language reads the titles' translations by language.
CREATE INDEX practice_translations_language ON practice_translations (language, field);

-- field: description.
CREATE TABLE organisation_translations (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    field TEXT NOT NULL,
    body TEXT NOT NULL,
    source_body TEXT NOT NULL,
    translated_by BIGINT REFERENCES people (id),
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, language, field)
);
