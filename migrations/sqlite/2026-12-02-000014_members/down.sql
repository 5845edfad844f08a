DROP INDEX invitations_open_address;
ALTER TABLE people DROP COLUMN removed_at;
