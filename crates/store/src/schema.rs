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
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(organisation_tags -> organisations (organisation_id));
diesel::joinable!(people -> organisations (organisation_id));
diesel::joinable!(refresh_tokens -> people (person_id));
diesel::joinable!(invitations -> organisations (organisation_id));
diesel::joinable!(practices -> organisations (organisation_id));
diesel::joinable!(practice_tags -> practices (practice_id));
diesel::joinable!(practice_transitions -> practices (practice_id));

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
);
