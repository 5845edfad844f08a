-- Accounts and trust: verified people with a language and a time zone, sessions that can be
-- ended at once, single-use mailed tokens, organisations that are vetted before they count,
-- and the trails of their reviews and merges.

ALTER TABLE people ADD COLUMN email_verified_at TIMESTAMP;
ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE people ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE people ADD COLUMN last_seen_at TIMESTAMP;
ALTER TABLE people ADD COLUMN disabled_at TIMESTAMP;
-- A deleted account stays as a nameless row so that trails and kept content still point at it.
ALTER TABLE people ADD COLUMN deleted_at TIMESTAMP;
-- Accounts made before verification existed keep the trust they had.
UPDATE people SET email_verified_at = created_at;

ALTER TABLE organisations ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE organisations ADD COLUMN status_reason TEXT;
ALTER TABLE organisations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
-- The name folded for duplicate detection (accents, case, "Municipality of", "Greater"…).
ALTER TABLE organisations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN registered_by BIGINT REFERENCES people (id) ON DELETE SET NULL;
CREATE INDEX organisations_status ON organisations (status);
CREATE INDEX organisations_name_key ON organisations (country, name_key);

-- Every review of an organisation: approval, rejection, suspension, reactivation.
CREATE TABLE organisation_transitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    actor_id BIGINT REFERENCES people (id) ON DELETE SET NULL,
    reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX organisation_transitions_organisation ON organisation_transitions (organisation_id);

-- A pair flagged for the admin: `organisation_id` was registered or renamed close to
-- `duplicate_of`. Dismissed pairs are kept so they are not flagged again.
CREATE TABLE organisation_duplicates (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    duplicate_of BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    score DOUBLE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    dismissed_at TIMESTAMP,
    PRIMARY KEY (organisation_id, duplicate_of)
);
CREATE INDEX organisation_duplicates_other ON organisation_duplicates (duplicate_of);

-- The trail of a merge; the absorbed organisation's slug keeps answering with a redirect.
CREATE TABLE organisation_merges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_slug TEXT NOT NULL UNIQUE,
    from_name TEXT NOT NULL,
    into_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES people (id) ON DELETE SET NULL,
    moved TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX organisation_merges_into ON organisation_merges (into_id);

-- A signed-in device: one per login, carried as `sid` in each access token and checked on
-- every request, so ending it ends the access token at once. Its refresh tokens share `family`.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    family TEXT NOT NULL UNIQUE,
    user_agent TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoked_reason TEXT
);
CREATE INDEX sessions_person ON sessions (person_id, revoked_at);
-- Refresh tokens from before sessions existed have no session to check: sign in once more.
DELETE FROM refresh_tokens;

-- Single-use tokens sent by mail: `verify_email` (for the address in `email`) and
-- `reset_password`. Only their hash is kept.
CREATE TABLE person_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    email TEXT,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX person_tokens_person ON person_tokens (person_id, purpose);

-- Invitations are mailed (and can be mailed again, with a fresh code).
ALTER TABLE invitations ADD COLUMN sent_at TIMESTAMP;
