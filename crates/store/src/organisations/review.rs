//! Vetting: an organisation's status and the trail of its moves, the pairs flagged as possible
//! duplicates, the network admins' list, and where a merged organisation's slug leads.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::names::{name_key, similarity, DUPLICATE_THRESHOLD};
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::problem::Reason;
use twinning_domain::review::{
    AdminOrganisation, AdminOrganisationFilter, AdminOrganisationPage, PossibleDuplicate,
    Registrant,
};
use twinning_domain::{CountryCode, OrganisationId, OrganisationStatus, PersonId};

use super::{find_by_id, OrganisationRow};
use crate::dialect::insert_if_absent;
use crate::schema::{
    organisation_duplicates, organisation_merges, organisation_transitions, organisations, people,
};
use crate::tx::Tx;
use crate::{tags, utc, DbConn, StoreError, StoreResult};

/// The status of an organisation and why it is so (the reason of a rejection or suspension).
pub fn status_of(
    conn: &mut DbConn,
    id: OrganisationId,
) -> StoreResult<(OrganisationStatus, Option<String>)> {
    let (status, reason): (String, Option<String>) = organisations::table
        .find(id.get())
        .select((organisations::status, organisations::status_reason))
        .first(conn)?;
    Ok((
        OrganisationStatus::parse(&status).map_err(StoreError::corrupt)?,
        reason,
    ))
}

/// Moves the organisation from `from` to `to` and records the move. Fails with a conflict
/// when it is no longer in `from` (another admin moved it first).
pub fn set_status(
    tx: &mut Tx<'_>,
    id: OrganisationId,
    from: OrganisationStatus,
    to: OrganisationStatus,
    reason: Option<&str>,
    actor: Option<PersonId>,
) -> StoreResult<()> {
    let now = tx.now_naive();
    let changed = diesel::update(
        organisations::table
            .find(id.get())
            .filter(organisations::status.eq(from.code())),
    )
    .set((
        organisations::status.eq(to.code()),
        organisations::status_reason.eq(reason),
        organisations::updated_at.eq(now),
    ))
    .execute(&mut **tx)?;
    if changed != 1 {
        return Err(StoreError::Conflict {
            field: "status",
            reason: Reason::stale().saying("the organisation changed status meanwhile; reload it"),
        });
    }
    diesel::insert_into(organisation_transitions::table)
        .values((
            organisation_transitions::organisation_id.eq(id.get()),
            organisation_transitions::from_status.eq(from.code()),
            organisation_transitions::to_status.eq(to.code()),
            organisation_transitions::actor_id.eq(actor.map(PersonId::get)),
            organisation_transitions::reason.eq(reason),
            organisation_transitions::created_at.eq(now),
        ))
        .execute(&mut **tx)?;
    Ok(())
}

/// An organisation whose name is close to another's.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: OrganisationId,
    pub organisation: OrganisationRef,
    pub score: f64,
}

/// The organisations of `country` (other than `except`) whose folded name is close to
/// `name`'s, closest first.
pub fn close_names(
    conn: &mut DbConn,
    name: &str,
    country: &CountryCode,
    except: OrganisationId,
) -> StoreResult<Vec<Candidate>> {
    let key = name_key(name);
    let rows: Vec<(i64, String, String, String)> = organisations::table
        .filter(organisations::country.eq(country.as_str()))
        .filter(organisations::id.ne(except.get()))
        .select((
            organisations::id,
            organisations::slug,
            organisations::name,
            organisations::name_key,
        ))
        .load(conn)?;
    let mut out: Vec<Candidate> = rows
        .into_iter()
        .filter_map(|(id, slug, name, other)| {
            let score = similarity(&key, &other);
            (score >= DUPLICATE_THRESHOLD).then_some(Candidate {
                id: OrganisationId(id),
                organisation: OrganisationRef { slug, name },
                score,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ok(out)
}

/// Flags `organisation` as a possible duplicate of `of` unless the pair is already flagged
/// (either way round, dismissed or not: a dismissed pair stays dismissed). True when flagged now.
pub fn flag_duplicate(
    tx: &mut Tx<'_>,
    organisation: OrganisationId,
    of: OrganisationId,
    score: f64,
) -> StoreResult<bool> {
    let (a, b) = (organisation.get(), of.get());
    let known: bool = diesel::select(diesel::dsl::exists(
        organisation_duplicates::table.filter(
            (organisation_duplicates::organisation_id
                .eq(a)
                .and(organisation_duplicates::duplicate_of.eq(b)))
            .or(organisation_duplicates::organisation_id
                .eq(b)
                .and(organisation_duplicates::duplicate_of.eq(a))),
        ),
    ))
    .get_result(&mut **tx)?;
    if known {
        return Ok(false);
    }
    let now = tx.now_naive();
    let insert = diesel::insert_into(organisation_duplicates::table).values((
        organisation_duplicates::organisation_id.eq(a),
        organisation_duplicates::duplicate_of.eq(b),
        organisation_duplicates::score.eq(score),
        organisation_duplicates::created_at.eq(now),
    ));
    insert_if_absent!(tx, insert)
}

/// Dismisses the flagged pair (either way round); not found when there is none to dismiss.
pub fn dismiss_duplicate(tx: &mut Tx<'_>, a: OrganisationId, b: OrganisationId) -> StoreResult<()> {
    let (a, b) = (a.get(), b.get());
    let now = tx.now_naive();
    let n = diesel::update(
        organisation_duplicates::table
            .filter(
                (organisation_duplicates::organisation_id
                    .eq(a)
                    .and(organisation_duplicates::duplicate_of.eq(b)))
                .or(organisation_duplicates::organisation_id
                    .eq(b)
                    .and(organisation_duplicates::duplicate_of.eq(a))),
            )
            .filter(organisation_duplicates::dismissed_at.is_null()),
    )
    .set(organisation_duplicates::dismissed_at.eq(Some(now)))
    .execute(&mut **tx)?;
    if n == 0 {
        Err(StoreError::NotFound)
    } else {
        Ok(())
    }
}

/// The flagged, undismissed pairs of each organisation of `ids`.
fn duplicates_of(
    conn: &mut DbConn,
    ids: &[i64],
) -> StoreResult<HashMap<i64, Vec<PossibleDuplicate>>> {
    let rows: Vec<(i64, i64, f64, NaiveDateTime)> = organisation_duplicates::table
        .filter(organisation_duplicates::dismissed_at.is_null())
        .filter(
            organisation_duplicates::organisation_id
                .eq_any(ids)
                .or(organisation_duplicates::duplicate_of.eq_any(ids)),
        )
        .select((
            organisation_duplicates::organisation_id,
            organisation_duplicates::duplicate_of,
            organisation_duplicates::score,
            organisation_duplicates::created_at,
        ))
        .load(conn)?;
    let others: Vec<i64> = rows.iter().flat_map(|r| [r.0, r.1]).collect();
    let names: HashMap<i64, (String, String, String)> = organisations::table
        .filter(organisations::id.eq_any(&others))
        .select((
            organisations::id,
            organisations::slug,
            organisations::name,
            organisations::status,
        ))
        .load::<(i64, String, String, String)>(conn)?
        .into_iter()
        .map(|(id, slug, name, status)| (id, (slug, name, status)))
        .collect();
    let mut out: HashMap<i64, Vec<PossibleDuplicate>> = HashMap::new();
    for (a, b, score, at) in rows {
        for (me, other) in [(a, b), (b, a)] {
            if !ids.contains(&me) {
                continue;
            }
            let Some((slug, name, status)) = names.get(&other) else {
                continue;
            };
            out.entry(me).or_default().push(PossibleDuplicate {
                organisation: OrganisationRef {
                    slug: slug.clone(),
                    name: name.clone(),
                },
                status: OrganisationStatus::parse(status).map_err(StoreError::corrupt)?,
                score,
                flagged_at: utc(at),
            });
        }
    }
    Ok(out)
}

/// An organisation, its status reason, and its registrant's name and email.
type AdminRow = (
    OrganisationRow,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The network admins' list: one status, or every organisation with the pending first; newest
/// registrations first within a status.
pub fn admin_list(
    conn: &mut DbConn,
    f: &AdminOrganisationFilter,
) -> StoreResult<AdminOrganisationPage> {
    let pending = OrganisationStatus::Pending.code();
    let filtered = || {
        let mut q = organisations::table.into_boxed::<crate::practices::Db>();
        if let Some(status) = f.status {
            q = q.filter(organisations::status.eq(status.code()));
        }
        q
    };
    let total: i64 = filtered().count().get_result(conn)?;
    let rows: Vec<AdminRow> = filtered()
        .left_join(people::table.on(people::id.nullable().eq(organisations::registered_by)))
        .order((
            organisations::status.ne(pending),
            organisations::created_at.desc(),
            organisations::id.desc(),
        ))
        .limit(i64::from(f.per_page))
        .offset(i64::from(f.page - 1) * i64::from(f.per_page))
        .select((
            OrganisationRow::as_select(),
            organisations::status_reason,
            people::name.nullable(),
            people::email.nullable(),
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0.id).collect();
    let tags = tags::organisation_tags_of(conn, &ids)?;
    let mut duplicates = duplicates_of(conn, &ids)?;
    let counts: HashMap<i64, i64> = people::table
        .filter(people::organisation_id.eq_any(&ids))
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
        .group_by(people::organisation_id)
        .select((people::organisation_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let items = rows
        .into_iter()
        .map(|(row, status_reason, name, email)| {
            let id = row.id;
            let t = tags.get(&id).cloned().unwrap_or_default();
            Ok(AdminOrganisation {
                organisation: row.into_domain(&t)?,
                status_reason,
                registrant: name
                    .zip(email)
                    .map(|(name, email)| Registrant { name, email }),
                member_count: counts.get(&id).copied().unwrap_or(0),
                duplicates: duplicates.remove(&id).unwrap_or_default(),
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(AdminOrganisationPage {
        items,
        total,
        page: f.page,
        per_page: f.per_page,
    })
}

/// One organisation as admins review it.
pub fn admin_view(conn: &mut DbConn, id: OrganisationId) -> StoreResult<AdminOrganisation> {
    let organisation = find_by_id(conn, id)?;
    let (_, status_reason) = status_of(conn, id)?;
    let registrant: Option<(String, String)> = organisations::table
        .inner_join(people::table.on(people::id.nullable().eq(organisations::registered_by)))
        .filter(organisations::id.eq(id.get()))
        .select((people::name, people::email))
        .first(conn)
        .optional()?;
    Ok(AdminOrganisation {
        organisation,
        status_reason,
        registrant: registrant.map(|(name, email)| Registrant { name, email }),
        member_count: super::member_count(conn, id)?,
        duplicates: duplicates_of(conn, &[id.get()])?
            .remove(&id.get())
            .unwrap_or_default(),
    })
}

/// Where the slug of a merged organisation leads now: the slug of the organisation it was
/// merged into (following later merges of that one too).
pub fn merged_into(conn: &mut DbConn, slug: &str) -> StoreResult<Option<String>> {
    let into: Option<i64> = organisation_merges::table
        .filter(organisation_merges::from_slug.eq(slug))
        .select(organisation_merges::into_id)
        .first(conn)
        .optional()?;
    let Some(into) = into else {
        return Ok(None);
    };
    // `into_id` is moved on by each later merge, so it always names a live organisation.
    Ok(Some(
        organisations::table
            .find(into)
            .select(organisations::slug)
            .first(conn)?,
    ))
}

/// Counts by status, for the admin dashboard.
pub fn status_counts(conn: &mut DbConn) -> StoreResult<HashMap<OrganisationStatus, i64>> {
    let rows: Vec<(String, i64)> = organisations::table
        .group_by(organisations::status)
        .select((organisations::status, diesel::dsl::count_star()))
        .load(conn)?;
    rows.into_iter()
        .map(|(s, n)| {
            Ok((
                OrganisationStatus::parse(&s).map_err(StoreError::corrupt)?,
                n,
            ))
        })
        .collect()
}

/// Fills `name_key` where it is empty (organisations made before it existed). Run after the
/// migrations: the key is computed in Rust, the same way on both backends.
pub fn backfill_name_keys(conn: &mut DbConn) -> StoreResult<usize> {
    let rows: Vec<(i64, String)> = organisations::table
        .filter(organisations::name_key.eq(""))
        .select((organisations::id, organisations::name))
        .load(conn)?;
    for (id, name) in &rows {
        diesel::update(organisations::table.find(id))
            .set(organisations::name_key.eq(name_key(name)))
            .execute(conn)?;
    }
    Ok(rows.len())
}
