-- The spine: partner API keys, domain events (the outbox), background jobs and schedules,
-- notifications, preferences, the mail outbox and weekly digests.

CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    -- the person accountable for what the key does (its creator)
    created_by INTEGER NOT NULL REFERENCES people (id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    expires_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_keys_organisation ON api_keys (organisation_id);

-- A move made by a partner system records its key beside the accountable person.
ALTER TABLE practice_transitions ADD COLUMN actor_api_key_id INTEGER REFERENCES api_keys (id);

-- One row per change that matters, written in the change's own transaction.
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_type TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    subject_slug TEXT,
    actor_kind TEXT NOT NULL,
    actor_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    actor_api_key_id INTEGER REFERENCES api_keys (id) ON DELETE SET NULL,
    is_public BOOLEAN NOT NULL,
    payload TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX events_public ON events (is_public, id);
CREATE INDEX events_subject ON events (subject_kind, subject_id);

-- The organisations an event concerns (the owner of a practice, the one a person joined…).
CREATE TABLE event_organisations (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, organisation_id)
);
CREATE INDEX event_organisations_organisation ON event_organisations (organisation_id, event_id);

-- A durable queue. A claim is a lease (locked_until); an expired lease is claimed again.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    dedupe_key TEXT UNIQUE,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_at TIMESTAMP NOT NULL,
    locked_by TEXT,
    locked_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX jobs_due ON jobs (status, run_at);

-- When each recurring job (defined in code) runs next; a guarded update claims a run.
CREATE TABLE schedules (
    name TEXT PRIMARY KEY,
    next_run_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT,
    -- none | immediate (a mail was queued) | digest (waits for the weekly digest) | digested
    mail_state TEXT NOT NULL,
    read_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, person_id, kind)
);
CREATE INDEX notifications_person ON notifications (person_id, id);
CREATE INDEX notifications_digest ON notifications (mail_state, person_id);

CREATE TABLE notification_preferences (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
);

CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    category TEXT NOT NULL,
    unsubscribe_url TEXT,
    -- JSON list of single-use secrets in the body, redacted when admins read it outside demo mode
    secrets TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX mail_outbox_created ON mail_outbox (id);

-- One weekly digest per person and week, at most.
CREATE TABLE digests (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    mail_id INTEGER REFERENCES mail_outbox (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (person_id, period)
);
