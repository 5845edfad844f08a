// The tables as diesel sees them; kept by hand to match both migrations sets
// (`migrations/sqlite` and `migrations/postgres`), which the test suite runs on each backend.

diesel::table! {
    organisations (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        kind -> Text,
        governance_level -> Text,
        country -> Text,
        city -> Text,
        settlement_context -> Text,
        description -> Text,
        website -> Nullable<Text>,
        lat -> Nullable<Double>,
        lon -> Nullable<Double>,
        can_mentor -> Bool,
        mentor_capacity -> Integer,
        search_text -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        status -> Text,
        status_reason -> Nullable<Text>,
        time_zone -> Text,
        name_key -> Text,
        registered_by -> Nullable<BigInt>,
        source_language -> Text,
    }
}

diesel::table! {
    organisation_tags (organisation_id, facet, value) {
        organisation_id -> BigInt,
        facet -> Text,
        value -> Text,
        position -> Integer,
    }
}

diesel::table! {
    people (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        role -> Text,
        is_network_admin -> Bool,
        created_at -> Timestamp,
        email_verified_at -> Nullable<Timestamp>,
        language -> Text,
        time_zone -> Text,
        last_seen_at -> Nullable<Timestamp>,
        disabled_at -> Nullable<Timestamp>,
        deleted_at -> Nullable<Timestamp>,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        person_id -> BigInt,
        family -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        code_hash -> Text,
        email -> Nullable<Text>,
        role -> Text,
        created_by -> BigInt,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        used_by -> Nullable<BigInt>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    practices (id) {
        id -> BigInt,
        slug -> Text,
        organisation_id -> BigInt,
        title -> Text,
        summary -> Text,
        problem -> Text,
        approach -> Text,
        results -> Text,
        figures -> Text,
        status -> Text,
        rejection_reason -> Nullable<Text>,
        search_title -> Text,
        search_text -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        published_at -> Nullable<Timestamp>,
        source_language -> Text,
        ran_from -> Nullable<Integer>,
        ran_until -> Nullable<Integer>,
    }
}

diesel::table! {
    practice_tags (practice_id, facet, value) {
        practice_id -> BigInt,
        facet -> Text,
        value -> Text,
        position -> Integer,
    }
}

diesel::table! {
    practice_transitions (id) {
        id -> BigInt,
        practice_id -> BigInt,
        from_status -> Text,
        to_status -> Text,
        actor_id -> BigInt,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
        actor_api_key_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    api_keys (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        name -> Text,
        prefix -> Text,
        secret_hash -> Text,
        scopes -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    events (id) {
        id -> BigInt,
        event_type -> Text,
        subject_kind -> Text,
        subject_id -> BigInt,
        subject_slug -> Nullable<Text>,
        actor_kind -> Text,
        actor_person_id -> Nullable<BigInt>,
        actor_api_key_id -> Nullable<BigInt>,
        is_public -> Bool,
        payload -> Text,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    event_organisations (event_id, organisation_id) {
        event_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::table! {
    jobs (id) {
        id -> BigInt,
        kind -> Text,
        payload -> Text,
        dedupe_key -> Nullable<Text>,
        status -> Text,
        attempts -> Integer,
        max_attempts -> Integer,
        run_at -> Timestamp,
        locked_by -> Nullable<Text>,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    schedules (name) {
        name -> Text,
        next_run_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        person_id -> BigInt,
        event_id -> BigInt,
        kind -> Text,
        title -> Text,
        body -> Text,
        link -> Nullable<Text>,
        mail_state -> Text,
        read_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    notification_preferences (person_id, kind) {
        person_id -> BigInt,
        kind -> Text,
        delivery -> Text,
    }
}

diesel::table! {
    mail_outbox (id) {
        id -> BigInt,
        person_id -> Nullable<BigInt>,
        to_address -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        category -> Text,
        unsubscribe_url -> Nullable<Text>,
        secrets -> Text,
        status -> Text,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    digests (person_id, period) {
        person_id -> BigInt,
        period -> Text,
        mail_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organisation_transitions (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        from_status -> Text,
        to_status -> Text,
        actor_id -> Nullable<BigInt>,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organisation_duplicates (organisation_id, duplicate_of) {
        organisation_id -> BigInt,
        duplicate_of -> BigInt,
        score -> Double,
        created_at -> Timestamp,
        dismissed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    organisation_merges (id) {
        id -> BigInt,
        from_slug -> Text,
        from_name -> Text,
        into_id -> BigInt,
        actor_id -> Nullable<BigInt>,
        moved -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        person_id -> BigInt,
        family -> Text,
        user_agent -> Text,
        ip -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revoked_reason -> Nullable<Text>,
    }
}

diesel::table! {
    person_tokens (id) {
        id -> BigInt,
        person_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        email -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    practice_translations (practice_id, language, field) {
        practice_id -> BigInt,
        language -> Text,
        field -> Text,
        body -> Text,
        source_body -> Text,
        translated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    organisation_translations (organisation_id, language, field) {
        organisation_id -> BigInt,
        language -> Text,
        field -> Text,
        body -> Text,
        source_body -> Text,
        translated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(organisation_tags -> organisations (organisation_id));
diesel::joinable!(people -> organisations (organisation_id));
diesel::joinable!(refresh_tokens -> people (person_id));
diesel::joinable!(invitations -> organisations (organisation_id));
diesel::joinable!(practices -> organisations (organisation_id));
diesel::joinable!(practice_tags -> practices (practice_id));
diesel::joinable!(practice_transitions -> practices (practice_id));
diesel::joinable!(api_keys -> organisations (organisation_id));
diesel::joinable!(event_organisations -> events (event_id));
diesel::joinable!(event_organisations -> organisations (organisation_id));
diesel::joinable!(notifications -> people (person_id));
diesel::joinable!(notifications -> events (event_id));
diesel::joinable!(notification_preferences -> people (person_id));
diesel::joinable!(organisation_transitions -> organisations (organisation_id));
diesel::joinable!(organisation_merges -> organisations (into_id));
diesel::joinable!(sessions -> people (person_id));
diesel::joinable!(person_tokens -> people (person_id));
diesel::joinable!(practice_translations -> practices (practice_id));
diesel::joinable!(practice_translations -> people (translated_by));
diesel::joinable!(organisation_translations -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    organisation_tags,
    people,
    refresh_tokens,
    invitations,
    practices,
    practice_tags,
    practice_transitions,
    app_secrets,
    api_keys,
    events,
    event_organisations,
    jobs,
    schedules,
    notifications,
    notification_preferences,
    mail_outbox,
    digests,
    organisation_transitions,
    organisation_duplicates,
    organisation_merges,
    sessions,
    person_tokens,
    practice_translations,
    organisation_translations,
);
