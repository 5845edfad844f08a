//! Network-wide counts for the home page and the admin dashboard.

use diesel::dsl::count_star;
use diesel::prelude::*;
use twinning_domain::ops::JobStatus;
use twinning_domain::stats::{AdminOverview, JobCounts, NetworkStats, PracticeCounts};
use twinning_domain::{OrganisationStatus, PracticeStatus};

use crate::schema::{organisations, people, practices};
use crate::{DbConn, StoreError, StoreResult};

/// The network's counts: active organisations only (the others are not counted, not offered
/// as mentors, and their practices are not public).
pub fn network(conn: &mut DbConn) -> StoreResult<NetworkStats> {
    let active = OrganisationStatus::Active.code();
    let organisations: i64 = organisations::table
        .filter(organisations::status.eq(active))
        .count()
        .get_result(conn)?;
    let countries = organisations::table
        .filter(organisations::status.eq(active))
        .select(organisations::country)
        .distinct()
        .load::<String>(conn)?
        .len() as i64;
    let published_practices: i64 = practices::table
        .filter(practices::status.eq(PracticeStatus::Published.code()))
        .filter(
            practices::organisation_id.eq_any(
                organisations::table
                    .filter(organisations::status.eq(active))
                    .select(organisations::id),
            ),
        )
        .count()
        .get_result(conn)?;
    let mentors: i64 = organisations::table
        .filter(organisations::status.eq(active))
        .filter(organisations::can_mentor.eq(true))
        .count()
        .get_result(conn)?;
    Ok(NetworkStats {
        organisations,
        countries,
        published_practices,
        mentors,
    })
}

pub fn admin_overview(conn: &mut DbConn) -> StoreResult<AdminOverview> {
    let network = network(conn)?;
    let people: i64 = people::table
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
        .count()
        .get_result(conn)?;
    let by_org_status = crate::organisations::status_counts(conn)?;
    let of = |s: OrganisationStatus| by_org_status.get(&s).copied().unwrap_or(0);
    let by_status: Vec<(String, i64)> = practices::table
        .group_by(practices::status)
        .select((practices::status, count_star()))
        .load(conn)?;
    let mut counts = PracticeCounts::default();
    for (status, n) in by_status {
        match PracticeStatus::parse(&status).map_err(StoreError::corrupt)? {
            PracticeStatus::Draft => counts.draft = n,
            PracticeStatus::Submitted => counts.submitted = n,
            PracticeStatus::Published => counts.published = n,
            PracticeStatus::Archived => counts.archived = n,
        }
    }
    let mut jobs = JobCounts::default();
    for (status, n) in crate::jobs::counts(conn)? {
        match JobStatus::parse(&status).map_err(StoreError::corrupt)? {
            JobStatus::Pending => jobs.pending = n,
            JobStatus::Dead => jobs.dead = n,
            JobStatus::Running | JobStatus::Done => {}
        }
    }
    Ok(AdminOverview {
        organisations: network.organisations,
        organisations_pending: of(OrganisationStatus::Pending),
        organisations_suspended: of(OrganisationStatus::Suspended),
        people,
        countries: network.countries,
        practices: counts,
        jobs,
    })
}

/// Whether the database holds any organisation yet (first start loads the demo network).
/// Whether the database answers at all.
pub fn ping(conn: &mut DbConn) -> StoreResult<()> {
    use diesel::connection::SimpleConnection;
    Ok(conn.batch_execute("SELECT 1")?)
}

pub fn is_empty(conn: &mut DbConn) -> StoreResult<bool> {
    let any: bool = diesel::select(diesel::dsl::exists(
        organisations::table.select(organisations::id),
    ))
    .get_result(conn)?;
    Ok(!any)
}
