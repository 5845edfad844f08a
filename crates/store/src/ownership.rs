//! Who owns what: every column that holds an organisation's or a person's id, with the rule it
//! follows when an organisation is merged into another and when a person deletes their account,
//! and whether it belongs in the person's data export. The merge, the deletion and the export
//! are run from this table, and a test reads the database's own foreign keys and fails when a
//! column referencing `organisations` or `people` is missing here: a capability that adds such a
//! column adds its rule beside it.

use std::collections::BTreeMap;

use diesel::prelude::*;
use twinning_domain::account_data::{tombstone_email, DELETED_NAME};
use twinning_domain::problem::Reason;
use twinning_domain::{OrganisationId, PersonId};

use crate::dialect::{self, Bind};
use crate::schema::{events, organisation_merges, organisations, people};
use crate::tx::Tx;
use crate::{DbConn, StoreError, StoreResult};

#[cfg(test)]
mod tests;

/// What a column's id points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Organisation,
    Person,
}

/// What the rows pointing at an absorbed organisation become when it is merged into another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnMerge {
    /// They point at the kept organisation.
    Move,
    /// They point at the kept organisation, except those that would repeat a row it already
    /// has (same values in these columns): those are dropped.
    MoveDeduplicated(&'static [&'static str]),
    /// They go with the absorbed organisation (the merge's own trail says what it was).
    Drop,
    /// A person column: a merge does not touch it.
    Untouched,
}

/// What the rows pointing at a person become when they delete their account. The person's row
/// itself stays as a tombstone (name and email replaced, password unusable), so the rows that
/// are kept still point somewhere and show the replaced name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDelete {
    /// Kept: content their organisation keeps, or a trail of what they did.
    Keep,
    /// Deleted with the account.
    Delete,
    /// Kept and marked revoked: this column (a timestamp) is set where empty.
    Revoke(&'static str),
    /// An organisation column: a deletion does not touch it.
    Untouched,
}

/// One column holding an organisation's or a person's id.
#[derive(Debug, Clone, Copy)]
pub struct Holder {
    pub table: &'static str,
    pub column: &'static str,
    pub target: Target,
    pub on_merge: OnMerge,
    pub on_delete: OnDelete,
    /// Whether the rows go into the person's data export (person columns only).
    pub export: bool,
    /// Why the rules are what they are.
    pub why: &'static str,
}

impl Holder {
    pub fn name(&self) -> String {
        format!("{}.{}", self.table, self.column)
    }
}

const fn org(
    table: &'static str,
    column: &'static str,
    on_merge: OnMerge,
    why: &'static str,
) -> Holder {
    Holder {
        table,
        column,
        target: Target::Organisation,
        on_merge,
        on_delete: OnDelete::Untouched,
        export: false,
        why,
    }
}

const fn person(
    table: &'static str,
    column: &'static str,
    on_delete: OnDelete,
    why: &'static str,
) -> Holder {
    Holder {
        table,
        column,
        target: Target::Person,
        on_merge: OnMerge::Untouched,
        on_delete,
        export: true,
        why,
    }
}

/// Every column that holds an organisation's or a person's id.
pub const REGISTRY: &[Holder] = &[
    org(
        "people",
        "organisation_id",
        OnMerge::Move,
        "its people are the kept organisation's people, with their roles",
    ),
    org(
        "organisation_tags",
        "organisation_id",
        OnMerge::MoveDeduplicated(&["facet", "value"]),
        "languages and themes are joined; a value both had is kept once",
    ),
    org(
        "invitations",
        "organisation_id",
        OnMerge::Move,
        "open invitations now bring people into the kept organisation",
    ),
    org(
        "practices",
        "organisation_id",
        OnMerge::Move,
        "its practices, drafts and all, belong to the kept organisation",
    ),
    org(
        "api_keys",
        "organisation_id",
        OnMerge::Move,
        "its partner systems act for the kept organisation, within their scopes",
    ),
    org(
        "event_organisations",
        "organisation_id",
        OnMerge::MoveDeduplicated(&["event_id"]),
        "its history shows in the kept organisation's activity",
    ),
    org(
        "organisation_transitions",
        "organisation_id",
        OnMerge::Drop,
        "reviews of an organisation that no longer exists; the merge trail names it",
    ),
    org(
        "organisation_duplicates",
        "organisation_id",
        OnMerge::Drop,
        "pairs naming the absorbed organisation are settled by the merge",
    ),
    org(
        "organisation_duplicates",
        "duplicate_of",
        OnMerge::Drop,
        "pairs naming the absorbed organisation are settled by the merge",
    ),
    org(
        "organisation_merges",
        "into_id",
        OnMerge::Move,
        "organisations merged into the absorbed one now lead to the kept one",
    ),
    org(
        "organisation_translations",
        "organisation_id",
        OnMerge::Drop,
        "the absorbed organisation's description goes, and its translations with it; the kept \
         organisation's description and translations stay",
    ),
    person(
        "organisations",
        "registered_by",
        OnDelete::Keep,
        "the organisation stays; the registrant shows as a deleted member",
    ),
    person(
        "refresh_tokens",
        "person_id",
        OnDelete::Delete,
        "sign-in secrets end with the account",
    ),
    person(
        "sessions",
        "person_id",
        OnDelete::Delete,
        "sessions are ended, then removed",
    ),
    person(
        "person_tokens",
        "person_id",
        OnDelete::Delete,
        "mailed links end with the account",
    ),
    person(
        "invitations",
        "created_by",
        OnDelete::Keep,
        "the organisation's invitations stay valid; the trail names a deleted member",
    ),
    person(
        "invitations",
        "used_by",
        OnDelete::Keep,
        "the trail of who joined, nameless",
    ),
    person(
        "practices",
        "created_by",
        OnDelete::Keep,
        "practices are the organisation's content and stay",
    ),
    person(
        "practice_translations",
        "translated_by",
        OnDelete::Keep,
        "translations are the organisation's content and stay, showing a deleted member",
    ),
    person(
        "organisation_translations",
        "translated_by",
        OnDelete::Keep,
        "translations are the organisation's content and stay, showing a deleted member",
    ),
    person(
        "practice_transitions",
        "actor_id",
        OnDelete::Keep,
        "the review trail stays, showing a deleted member",
    ),
    person(
        "api_keys",
        "created_by",
        OnDelete::Revoke("revoked_at"),
        "a key acts on behalf of its creator: with them gone it stops",
    ),
    person(
        "events",
        "actor_person_id",
        OnDelete::Keep,
        "the organisation's history stays, showing a deleted member",
    ),
    person(
        "notifications",
        "person_id",
        OnDelete::Delete,
        "their bell goes with them",
    ),
    person(
        "notification_preferences",
        "person_id",
        OnDelete::Delete,
        "their mail choices go with them",
    ),
    person(
        "mail_outbox",
        "person_id",
        OnDelete::Delete,
        "mails to their address go (unsent ones are not sent)",
    ),
    person(
        "digests",
        "person_id",
        OnDelete::Delete,
        "their weekly digests go with them",
    ),
    person(
        "organisation_transitions",
        "actor_id",
        OnDelete::Keep,
        "the review trail stays, showing a deleted member",
    ),
    person(
        "organisation_merges",
        "actor_id",
        OnDelete::Keep,
        "the merge trail stays, showing a deleted member",
    ),
];

/// What rows were moved or dropped, per `table.column`.
pub type Moved = BTreeMap<String, i64>;

/// Merges `from` into `into`: every row the registry lists for `from` follows its rule, the
/// absorbed organisation is removed and a trail row keeps its slug (which keeps redirecting),
/// its name, who merged and the counts. Call inside the merge's one write transaction: a
/// failure anywhere undoes all of it.
pub fn merge(
    tx: &mut Tx<'_>,
    from: OrganisationId,
    into: OrganisationId,
    actor: Option<PersonId>,
) -> StoreResult<Moved> {
    merge_steps(tx, from, into, actor, None)
}

/// `merge`, failing on purpose after `fail_after` registry steps (tests of the rollback).
pub(crate) fn merge_steps(
    tx: &mut Tx<'_>,
    from: OrganisationId,
    into: OrganisationId,
    actor: Option<PersonId>,
    fail_after: Option<usize>,
) -> StoreResult<Moved> {
    if from == into {
        return Err(StoreError::Conflict {
            field: "into",
            reason: Reason::must_differ("from")
                .saying("an organisation cannot be merged into itself"),
        });
    }
    let (from_slug, from_name): (String, String) = organisations::table
        .find(from.get())
        .select((organisations::slug, organisations::name))
        .first(&mut **tx)?;
    // The kept organisation must exist before anything moves.
    organisations::table
        .find(into.get())
        .select(organisations::id)
        .first::<i64>(&mut **tx)?;
    let (a, b) = (from.get(), into.get());
    let mut moved = Moved::new();
    for (step, h) in REGISTRY
        .iter()
        .filter(|h| h.target == Target::Organisation)
        .enumerate()
    {
        if fail_after == Some(step) {
            return Err(StoreError::Corrupt(format!(
                "injected failure before {}",
                h.name()
            )));
        }
        let (t, c) = (h.table, h.column);
        let n = match h.on_merge {
            OnMerge::Move => dialect::execute(
                tx,
                &format!("UPDATE {t} SET {c} = ? WHERE {c} = ?"),
                &[Bind::Id(b), Bind::Id(a)],
            )?,
            OnMerge::MoveDeduplicated(key) => {
                let same: Vec<String> = key.iter().map(|k| format!("kept.{k} = {t}.{k}")).collect();
                dialect::execute(
                    tx,
                    &format!(
                        "DELETE FROM {t} WHERE {c} = ? AND EXISTS \
                         (SELECT 1 FROM {t} kept WHERE kept.{c} = ? AND {})",
                        same.join(" AND ")
                    ),
                    &[Bind::Id(a), Bind::Id(b)],
                )?;
                dialect::execute(
                    tx,
                    &format!("UPDATE {t} SET {c} = ? WHERE {c} = ?"),
                    &[Bind::Id(b), Bind::Id(a)],
                )?
            }
            OnMerge::Drop => dialect::execute(
                tx,
                &format!("DELETE FROM {t} WHERE {c} = ?"),
                &[Bind::Id(a)],
            )?,
            OnMerge::Untouched => 0,
        };
        *moved.entry(h.name()).or_default() += n as i64;
    }
    diesel::delete(organisations::table.find(a)).execute(&mut **tx)?;
    let now = tx.now_naive();
    let counts = serde_json::to_string(&moved).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    diesel::insert_into(organisation_merges::table)
        .values((
            organisation_merges::from_slug.eq(&from_slug),
            organisation_merges::from_name.eq(&from_name),
            organisation_merges::into_id.eq(b),
            organisation_merges::actor_id.eq(actor.map(PersonId::get)),
            organisation_merges::moved.eq(counts),
            organisation_merges::created_at.eq(now),
        ))
        .execute(&mut **tx)
        .map_err(|e| StoreError::from(e).unique_as("slug", "this slug was already merged once"))?;
    Ok(moved)
}

/// Deletes a person's account by the registry's rules, and turns their row into a tombstone:
/// the name reads `Deleted member` wherever it shows, the email becomes a unique undeliverable
/// placeholder (the address may register again), and the password can never match. Sessions
/// must be ended before (`sessions::end_for_person`). Returns the rows touched per column.
pub fn delete_person(tx: &mut Tx<'_>, person: PersonId) -> StoreResult<Moved> {
    let p = person.get();
    let now = tx.now_naive();
    let mut touched = Moved::new();
    for h in REGISTRY.iter().filter(|h| h.target == Target::Person) {
        let (t, c) = (h.table, h.column);
        let n = match h.on_delete {
            OnDelete::Delete => dialect::execute(
                tx,
                &format!("DELETE FROM {t} WHERE {c} = ?"),
                &[Bind::Id(p)],
            )?,
            OnDelete::Revoke(at) => dialect::execute(
                tx,
                &format!("UPDATE {t} SET {at} = ? WHERE {c} = ? AND {at} IS NULL"),
                &[Bind::Time(now), Bind::Id(p)],
            )?,
            OnDelete::Keep | OnDelete::Untouched => continue,
        };
        touched.insert(h.name(), n as i64);
    }
    let n = diesel::update(people::table.find(p).filter(people::deleted_at.is_null()))
        .set((
            people::name.eq(DELETED_NAME),
            people::email.eq(tombstone_email(p)),
            // Not a PHC string: no password verifies against it.
            people::password_hash.eq("!deleted"),
            people::is_network_admin.eq(false),
            people::deleted_at.eq(Some(now)),
        ))
        .execute(&mut **tx)?;
    if n != 1 {
        return Err(StoreError::NotFound);
    }
    Ok(touched)
}

/// Columns whose values are secrets (hashes, token families, single-use values in mails):
/// the export says they exist but not what they are.
const SECRET_COLUMNS: &[&str] = &[
    "password_hash",
    "token_hash",
    "secret_hash",
    "code_hash",
    "family",
    "secrets",
];

fn redact(mut row: serde_json::Value) -> serde_json::Value {
    if let Some(map) = row.as_object_mut() {
        for (key, value) in map.iter_mut() {
            if SECRET_COLUMNS.contains(&key.as_str()) && !value.is_null() {
                *value = serde_json::Value::String("[redacted]".to_owned());
            }
        }
    }
    row
}

/// Everything held about a person: their own row, then every row of every registry column
/// marked for export that points at them, keyed `table.column`. Secrets are redacted.
pub fn export_person(
    conn: &mut DbConn,
    person: PersonId,
) -> StoreResult<serde_json::Map<String, serde_json::Value>> {
    let p = person.get();
    let mut out = serde_json::Map::new();
    let me = dialect::json_rows(conn, "people", "id = ?", &[Bind::Id(p)])?
        .pop()
        .ok_or(StoreError::NotFound)?;
    out.insert("people".to_owned(), redact(me));
    for h in REGISTRY
        .iter()
        .filter(|h| h.target == Target::Person && h.export)
    {
        let rows = dialect::json_rows(conn, h.table, &format!("{} = ?", h.column), &[Bind::Id(p)])?;
        out.insert(
            h.name(),
            serde_json::Value::Array(rows.into_iter().map(redact).collect()),
        );
    }
    Ok(out)
}

/// Where a person stands in their organisation, for the last-org-admin rule of deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colleagues {
    pub organisation: OrganisationId,
    pub is_org_admin: bool,
    /// Other org admins with an account (deleted ones do not count).
    pub other_admins: i64,
    /// Other people with an account, admins included.
    pub others: i64,
}

pub fn colleagues(conn: &mut DbConn, person: PersonId) -> StoreResult<Colleagues> {
    let (org, role): (i64, String) = people::table
        .find(person.get())
        .filter(people::deleted_at.is_null())
        .select((people::organisation_id, people::role))
        .first(conn)?;
    // Removed people are no longer colleagues: they neither count nor keep the organisation.
    let others = people::table
        .filter(people::organisation_id.eq(org))
        .filter(people::id.ne(person.get()))
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null());
    let other_admins: i64 = others
        .filter(people::role.eq(twinning_domain::Role::OrgAdmin.code()))
        .count()
        .get_result(conn)?;
    let others: i64 = others.count().get_result(conn)?;
    Ok(Colleagues {
        organisation: OrganisationId(org),
        is_org_admin: role == twinning_domain::Role::OrgAdmin.code(),
        other_admins,
        others,
    })
}

/// Replaces the person's name in the snapshots of the events about them (`person.joined`),
/// so the trails show the replaced name like everywhere else.
pub fn scrub_person_events(tx: &mut Tx<'_>, person: PersonId) -> StoreResult<usize> {
    let rows: Vec<(i64, String)> = events::table
        .filter(events::subject_kind.eq("person"))
        .filter(events::subject_id.eq(person.get()))
        .select((events::id, events::payload))
        .load(&mut **tx)?;
    for (id, payload) in &rows {
        let mut value: serde_json::Value =
            serde_json::from_str(payload).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if let Some(p) = value.get_mut("person").and_then(|p| p.as_object_mut()) {
            p.insert("name".to_owned(), DELETED_NAME.into());
        }
        diesel::update(events::table.find(id))
            .set(events::payload.eq(value.to_string()))
            .execute(&mut **tx)?;
    }
    Ok(rows.len())
}
