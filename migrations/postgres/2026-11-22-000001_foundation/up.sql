-- Foundation: organisations, people and their sessions, invitations, practices.
-- Multi-valued attributes (languages, themes, countries…) live in *_tags tables, one row per
-- value, so filters and facet counts are plain indexed SQL on both backends.

CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    governance_level TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    settlement_context TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    website TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    can_mentor BOOLEAN NOT NULL DEFAULT FALSE,
    mentor_capacity INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX organisations_country ON organisations (country);
CREATE INDEX organisations_name ON organisations (name);

CREATE TABLE organisation_tags (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, facet, value)
);
CREATE INDEX organisation_tags_lookup ON organisation_tags (facet, value);

CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    is_network_admin BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX people_organisation ON people (organisation_id);

CREATE TABLE refresh_tokens (
    id BIGSERIAL PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    email TEXT,
    role TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES people (id),
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    used_by BIGINT REFERENCES people (id),
    revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX invitations_organisation ON invitations (organisation_id);

CREATE TABLE practices (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    problem TEXT NOT NULL,
    approach TEXT NOT NULL,
    results TEXT NOT NULL,
    figures TEXT NOT NULL,
    status TEXT NOT NULL,
    rejection_reason TEXT,
    search_title TEXT NOT NULL,
    search_text TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    published_at TIMESTAMP
);
CREATE INDEX practices_status ON practices (status, published_at);
CREATE INDEX practices_organisation ON practices (organisation_id);

CREATE TABLE practice_tags (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (practice_id, facet, value)
);
CREATE INDEX practice_tags_lookup ON practice_tags (facet, value);

-- The trail of every lifecycle move: who, when, from where to where, and why.
CREATE TABLE practice_transitions (
    id BIGSERIAL PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES people (id),
    reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX practice_transitions_practice ON practice_transitions (practice_id);

-- Server secrets (the JWT signing key) generated on first start, shared by every instance
-- that uses this database.
CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
