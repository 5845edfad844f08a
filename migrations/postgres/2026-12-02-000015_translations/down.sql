DROP TABLE organisation_translations;
DROP INDEX IF EXISTS practice_translations_language;
DROP TABLE practice_translations;
ALTER TABLE organisations DROP COLUMN source_language;
ALTER TABLE practices DROP COLUMN ran_until;
ALTER TABLE practices DROP COLUMN ran_from;
ALTER TABLE practices DROP COLUMN source_language;
