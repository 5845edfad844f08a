//! The registry against the database: it names every column that references `organisations`
//! or `people` (read from the catalogue of each backend), and the merge, the deletion and the
//! export do what it says, for rows in every such table.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;
use twinning_domain::{OrganisationId, PersonId};

use super::{
    delete_person, export_person, merge, merge_steps, OnDelete, OnMerge, Target, REGISTRY,
};
use crate::dialect::{self, execute, Bind};
use crate::test_db::on_each_backend;
use crate::{write, Clock, DbConn, StoreError};

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn run(conn: &mut DbConn, sql: &str, binds: &[Bind]) {
    execute(conn, sql, binds).unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn count(conn: &mut DbConn, table: &str, column: &str, id: i64) -> i64 {
    dialect::json_rows(conn, table, &format!("{column} = ?"), &[Bind::Id(id)])
        .unwrap()
        .len() as i64
}

fn new_org(conn: &mut DbConn, slug: &str) -> i64 {
    run(
        conn,
        "INSERT INTO organisations (slug, name, kind, governance_level, country, city, \
         settlement_context, search_text, created_at, updated_at) \
         VALUES (?, ?, 'ngo', 'local', 'JO', 'Irbid', 'urban', '', ?, ?)",
        &[
            Bind::Text(slug.into()),
            Bind::Text(format!("Org {slug}")),
            Bind::Time(now()),
            Bind::Time(now()),
        ],
    );
    id_of(conn, "organisations", "slug", slug)
}

fn id_of(conn: &mut DbConn, table: &str, column: &str, value: &str) -> i64 {
    dialect::json_rows(
        conn,
        table,
        &format!("{column} = ?"),
        &[Bind::Text(value.into())],
    )
    .unwrap()
    .pop()
    .unwrap_or_else(|| panic!("{table}.{column} = {value}"))["id"]
        .as_i64()
        .unwrap()
}

fn new_person(conn: &mut DbConn, org: i64, email: &str) -> i64 {
    run(
        conn,
        "INSERT INTO people (organisation_id, email, name, password_hash, role, created_at) \
         VALUES (?, ?, 'Rana', 'hash', 'org_admin', ?)",
        &[Bind::Id(org), Bind::Text(email.into()), Bind::Time(now())],
    );
    id_of(conn, "people", "email", email)
}

fn new_event(conn: &mut DbConn, actor: Option<i64>) -> i64 {
    let marker = format!("e{}", rand_suffix());
    run(
        conn,
        "INSERT INTO events (event_type, subject_kind, subject_id, subject_slug, actor_kind, \
         actor_person_id, is_public, payload, occurred_at) \
         VALUES ('organisation.updated', 'organisation', 1, ?, 'person', ?, FALSE, '{}', ?)",
        &[
            Bind::Text(marker.clone()),
            actor.map_or(Bind::Text("x".into()), Bind::Id),
            Bind::Time(now()),
        ],
    );
    id_of(conn, "events", "subject_slug", &marker)
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

/// Rows pointing at organisation `a` in every table the registry lists for organisations,
/// some of which the kept organisation `b` already has (to be deduplicated).
fn organisation_rows(conn: &mut DbConn, a: i64, b: i64, person: i64) {
    let t = Bind::Time(now());
    for (org, facet, value) in [
        (a, "theme", "housing"),
        (a, "theme", "health"),
        (b, "theme", "health"),
    ] {
        run(
            conn,
            "INSERT INTO organisation_tags (organisation_id, facet, value, position) VALUES (?, ?, ?, 0)",
            &[Bind::Id(org), Bind::Text(facet.into()), Bind::Text(value.into())],
        );
    }
    run(
        conn,
        "INSERT INTO invitations (organisation_id, code_hash, role, created_by, expires_at, created_at) \
         VALUES (?, 'code-a', 'member', ?, ?, ?)",
        &[Bind::Id(a), Bind::Id(person), t.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO practices (slug, organisation_id, title, summary, problem, approach, results, \
         figures, status, search_title, search_text, created_by, created_at, updated_at) \
         VALUES ('practice-a', ?, 'T', 'S', '', '', '', '[]', 'draft', '', '', ?, ?, ?)",
        &[Bind::Id(a), Bind::Id(person), t.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO api_keys (organisation_id, name, prefix, secret_hash, scopes, created_by, created_at) \
         VALUES (?, 'Sync', 'twk_a', 'secret-a', 'read:private', ?, ?)",
        &[Bind::Id(a), Bind::Id(person), t.clone()],
    );
    let shared = new_event(conn, Some(person));
    let own = new_event(conn, Some(person));
    for (event, org) in [(shared, a), (shared, b), (own, a)] {
        run(
            conn,
            "INSERT INTO event_organisations (event_id, organisation_id) VALUES (?, ?)",
            &[Bind::Id(event), Bind::Id(org)],
        );
    }
    run(
        conn,
        "INSERT INTO organisation_transitions (organisation_id, from_status, to_status, actor_id, created_at) \
         VALUES (?, 'pending', 'active', ?, ?)",
        &[Bind::Id(a), Bind::Id(person), t.clone()],
    );
    let c = new_org(conn, "third");
    for (x, y) in [(a, b), (c, a)] {
        run(
            conn,
            "INSERT INTO organisation_duplicates (organisation_id, duplicate_of, score, created_at) \
             VALUES (?, ?, 0.9, ?)",
            &[Bind::Id(x), Bind::Id(y), t.clone()],
        );
    }
    for (org, language) in [(a, "ar"), (a, "fr"), (b, "ar")] {
        run(
            conn,
            "INSERT INTO organisation_translations (organisation_id, language, field, body, \
             source_body, translated_by, updated_at) VALUES (?, ?, 'description', 'D', 'S', ?, ?)",
            &[
                Bind::Id(org),
                Bind::Text(language.into()),
                Bind::Id(person),
                t.clone(),
            ],
        );
    }
    run(
        conn,
        "INSERT INTO organisation_merges (from_slug, from_name, into_id, actor_id, moved, created_at) \
         VALUES ('older', 'An older duplicate', ?, ?, '{}', ?)",
        &[Bind::Id(a), Bind::Id(person), t],
    );
}

type Snapshot = BTreeMap<String, (i64, i64)>;

/// For each organisation column: rows pointing at `a` and at `b`.
fn snapshot(conn: &mut DbConn, a: i64, b: i64) -> Snapshot {
    REGISTRY
        .iter()
        .filter(|h| h.target == Target::Organisation)
        .map(|h| {
            (
                h.name(),
                (
                    count(conn, h.table, h.column, a),
                    count(conn, h.table, h.column, b),
                ),
            )
        })
        .collect()
}

#[test]
fn the_registry_names_every_column_that_references_organisations_or_people() {
    on_each_backend("ownership_registry", |conn| {
        let declared: BTreeSet<(String, String)> = dialect::foreign_keys(conn)
            .unwrap()
            .into_iter()
            .filter(|fk| fk.references == "organisations" || fk.references == "people")
            .map(|fk| (fk.table_name, fk.column_name))
            .collect();
        assert!(declared.len() > 20, "the catalogue was read: {declared:?}");
        let registered: BTreeSet<(String, String)> = REGISTRY
            .iter()
            .map(|h| (h.table.to_owned(), h.column.to_owned()))
            .collect();
        let missing: Vec<_> = declared.difference(&registered).collect();
        assert!(
            missing.is_empty(),
            "columns referencing organisations or people without a rule in \
             store::ownership::REGISTRY (add one for merge and for deletion): {missing:?}"
        );
        let stale: Vec<_> = registered.difference(&declared).collect();
        assert!(
            stale.is_empty(),
            "registry entries the database does not have: {stale:?}"
        );
        for h in REGISTRY {
            match h.target {
                Target::Organisation => assert!(
                    h.on_delete == OnDelete::Untouched && h.on_merge != OnMerge::Untouched,
                    "{}",
                    h.name()
                ),
                Target::Person => assert!(
                    h.on_merge == OnMerge::Untouched && h.on_delete != OnDelete::Untouched,
                    "{}",
                    h.name()
                ),
            }
        }
    });
}

#[test]
fn a_merge_moves_every_row_by_its_rule_in_one_transaction() {
    on_each_backend("ownership_merge", |conn| {
        let clock = Clock::system();
        let a = new_org(conn, "absorbed");
        let b = new_org(conn, "kept");
        let person = new_person(conn, a, "rana@absorbed.example");
        new_person(conn, b, "omar@kept.example");
        organisation_rows(conn, a, b, person);
        let before = snapshot(conn, a, b);
        for (name, (at_a, _)) in &before {
            assert!(
                *at_a > 0,
                "the test has no row of {name} for the absorbed organisation"
            );
        }

        // A failure at any step leaves everything as it was.
        let steps = REGISTRY
            .iter()
            .filter(|h| h.target == Target::Organisation)
            .count();
        for fail_after in [1, steps / 2, steps - 1] {
            let result = write(conn, &clock, |tx| {
                merge_steps(
                    tx,
                    OrganisationId(a),
                    OrganisationId(b),
                    Some(PersonId(person)),
                    Some(fail_after),
                )
            });
            assert!(matches!(result, Err(StoreError::Corrupt(_))));
            assert_eq!(
                snapshot(conn, a, b),
                before,
                "after a failure at step {fail_after}"
            );
            assert_eq!(count(conn, "organisations", "id", a), 1);
        }

        let moved = write(conn, &clock, |tx| {
            merge(
                tx,
                OrganisationId(a),
                OrganisationId(b),
                Some(PersonId(person)),
            )
        })
        .unwrap();
        let after = snapshot(conn, a, b);
        for h in REGISTRY.iter().filter(|h| h.target == Target::Organisation) {
            let name = h.name();
            let (at_a, at_b) = before[&name];
            assert_eq!(
                after[&name].0, 0,
                "{name}: nothing points at the absorbed organisation"
            );
            match h.on_merge {
                OnMerge::Move => {
                    // The merge adds its own trail row to the kept organisation.
                    let added = i64::from(h.table == "organisation_merges");
                    assert_eq!(after[&name].1, at_a + at_b + added, "{name} moved");
                    assert_eq!(moved[&name], at_a, "{name} counted");
                }
                OnMerge::MoveDeduplicated(_) => {
                    // One row of each kind was already the kept organisation's.
                    assert_eq!(after[&name].1, at_a + at_b - 1, "{name} moved once");
                }
                // The kept organisation's own rows stay, unless they also named the absorbed one
                // (the pair flagged between the two).
                OnMerge::Drop => assert!(after[&name].1 <= at_b, "{name} dropped"),
                OnMerge::Untouched => unreachable!(),
            }
        }
        assert_eq!(count(conn, "organisations", "id", a), 0);
        let trail = dialect::json_rows(
            conn,
            "organisation_merges",
            "from_slug = ?",
            &[Bind::Text("absorbed".into())],
        )
        .unwrap()
        .pop()
        .expect("the merge is recorded");
        assert_eq!(trail["from_name"], "Org absorbed");
        assert_eq!(trail["into_id"].as_i64(), Some(b));
        let counts: BTreeMap<String, i64> =
            serde_json::from_str(trail["moved"].as_str().unwrap()).unwrap();
        assert_eq!(counts["people.organisation_id"], 1);
        assert_eq!(
            crate::organisations::merged_into(conn, "absorbed")
                .unwrap()
                .as_deref(),
            Some("kept")
        );
        assert_eq!(
            crate::organisations::merged_into(conn, "older")
                .unwrap()
                .as_deref(),
            Some("kept"),
            "an earlier merge into the absorbed organisation leads on to the kept one"
        );
    });
}

/// Rows pointing at `person` in every table the registry lists for people.
fn person_rows(conn: &mut DbConn, person: i64, org: i64) {
    let t = Bind::Time(now());
    let p = Bind::Id(person);
    run(
        conn,
        "UPDATE organisations SET registered_by = ? WHERE id = ?",
        &[p.clone(), Bind::Id(org)],
    );
    run(
        conn,
        "INSERT INTO refresh_tokens (person_id, family, token_hash, expires_at, created_at) VALUES (?, 'fam', 'rt', ?, ?)",
        &[p.clone(), t.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO sessions (person_id, family, created_at, last_seen_at) VALUES (?, 'fam', ?, ?)",
        &[p.clone(), t.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO person_tokens (person_id, purpose, token_hash, expires_at, created_at) VALUES (?, 'verify_email', 'pt', ?, ?)",
        &[p.clone(), t.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO invitations (organisation_id, code_hash, role, created_by, used_by, expires_at, created_at) \
         VALUES (?, 'code-p', 'member', ?, ?, ?, ?)",
        &[Bind::Id(org), p.clone(), p.clone(), t.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO practices (slug, organisation_id, title, summary, problem, approach, results, \
         figures, status, search_title, search_text, created_by, created_at, updated_at) \
         VALUES ('practice-p', ?, 'T', 'S', '', '', '', '[]', 'draft', '', '', ?, ?, ?)",
        &[Bind::Id(org), p.clone(), t.clone(), t.clone()],
    );
    let practice = id_of(conn, "practices", "slug", "practice-p");
    run(
        conn,
        "INSERT INTO practice_transitions (practice_id, from_status, to_status, actor_id, created_at) \
         VALUES (?, 'draft', 'submitted', ?, ?)",
        &[Bind::Id(practice), p.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO practice_translations (practice_id, language, field, body, source_body, \
         translated_by, updated_at) VALUES (?, 'ar', 'title', 'ع', 'T', ?, ?)",
        &[Bind::Id(practice), p.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO organisation_translations (organisation_id, language, field, body, \
         source_body, translated_by, updated_at) VALUES (?, 'ar', 'description', 'ع', 'D', ?, ?)",
        &[Bind::Id(org), p.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO api_keys (organisation_id, name, prefix, secret_hash, scopes, created_by, created_at) \
         VALUES (?, 'Sync', 'twk_p', 'secret-p', 'read:private', ?, ?)",
        &[Bind::Id(org), p.clone(), t.clone()],
    );
    let event = new_event(conn, Some(person));
    run(
        conn,
        "INSERT INTO notifications (person_id, event_id, kind, title, body, mail_state, created_at) \
         VALUES (?, ?, 'member_joined', 'T', 'B', 'none', ?)",
        &[p.clone(), Bind::Id(event), t.clone()],
    );
    run(
        conn,
        "INSERT INTO notification_preferences (person_id, kind, delivery) VALUES (?, 'member_joined', 'never')",
        std::slice::from_ref(&p),
    );
    run(
        conn,
        "INSERT INTO mail_outbox (person_id, to_address, subject, body_text, body_html, category, status, created_at) \
         VALUES (?, 'rana@p.example', 'S', 'T', 'H', 'account', 'queued', ?)",
        &[p.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO digests (person_id, period, created_at) VALUES (?, '2026-W49', ?)",
        &[p.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO organisation_transitions (organisation_id, from_status, to_status, actor_id, created_at) \
         VALUES (?, 'pending', 'active', ?, ?)",
        &[Bind::Id(org), p.clone(), t.clone()],
    );
    run(
        conn,
        "INSERT INTO organisation_merges (from_slug, from_name, into_id, actor_id, moved, created_at) \
         VALUES ('gone', 'Gone', ?, ?, '{}', ?)",
        &[Bind::Id(org), p, t],
    );
}

#[test]
fn a_deleted_account_leaves_a_tombstone_and_its_rows_follow_their_rules() {
    on_each_backend("ownership_delete", |conn| {
        let clock = Clock::system();
        let org = new_org(conn, "home");
        let person = new_person(conn, org, "rana@home.example");
        person_rows(conn, person, org);
        let people_holders: Vec<_> = REGISTRY
            .iter()
            .filter(|h| h.target == Target::Person)
            .collect();
        for h in &people_holders {
            assert!(
                count(conn, h.table, h.column, person) > 0,
                "no row of {} for the person",
                h.name()
            );
        }

        let export = export_person(conn, PersonId(person)).unwrap();
        assert_eq!(export["people"]["email"], "rana@home.example");
        assert_eq!(export["people"]["password_hash"], "[redacted]");
        for h in people_holders.iter().filter(|h| h.export) {
            let rows = export[&h.name()].as_array().unwrap();
            assert!(!rows.is_empty(), "{} is in the export", h.name());
        }
        assert_eq!(
            export["refresh_tokens.person_id"][0]["token_hash"],
            "[redacted]"
        );

        write(conn, &clock, |tx| delete_person(tx, PersonId(person))).unwrap();
        for h in &people_holders {
            let left = count(conn, h.table, h.column, person);
            match h.on_delete {
                OnDelete::Delete => assert_eq!(left, 0, "{} deleted", h.name()),
                OnDelete::Keep => assert!(left > 0, "{} kept", h.name()),
                OnDelete::Revoke(at) => {
                    let rows = dialect::json_rows(
                        conn,
                        h.table,
                        &format!("{} = ?", h.column),
                        &[Bind::Id(person)],
                    )
                    .unwrap();
                    assert!(
                        rows.iter().all(|r| !r[at].is_null()),
                        "{} revoked",
                        h.name()
                    );
                }
                OnDelete::Untouched => unreachable!(),
            }
        }
        let row = dialect::json_rows(conn, "people", "id = ?", &[Bind::Id(person)])
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(row["name"], "Deleted member");
        assert_ne!(row["email"], "rana@home.example");
        assert!(!row["deleted_at"].is_null());
        // The address is free for a new account.
        new_person(conn, org, "rana@home.example");
    });
}
