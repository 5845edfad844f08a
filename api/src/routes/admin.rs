//! The network admins' dashboard, moderation queue and background jobs.

use super::responses;
use actix_web::{get, post, web};
use twinning_domain::ops::{Job, JobPage, JobQuery};
use twinning_domain::practice::PracticeSummary;
use twinning_domain::stats::AdminOverview;
use twinning_domain::{JobId, Problem};

use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::ValidQuery;
use crate::state::AppState;
use twinning_domain::policy;

/// Practices waiting for review, oldest submission first.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<PracticeSummary>),
        responses::Common,
        responses::Restricted,
    )
)]
#[get("/admin/moderation")]
pub async fn moderation(
    state: web::Data<AppState>,
    Authed(principal): Authed,
) -> ApiResult<web::Json<Vec<PracticeSummary>>> {
    policy::network_admin(&principal)?;
    let queue = state
        .db(|conn| Ok(twinning_store::practices::moderation_queue(conn)?))
        .await?;
    Ok(web::Json(queue))
}

/// Counts for the admin dashboard, the background queue's included.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOverview),
        responses::Common,
        responses::Restricted,
    )
)]
#[get("/admin/overview")]
pub async fn overview(
    state: web::Data<AppState>,
    Authed(principal): Authed,
) -> ApiResult<web::Json<AdminOverview>> {
    policy::network_admin(&principal)?;
    let overview = state
        .db(|conn| Ok(twinning_store::stats::admin_overview(conn)?))
        .await?;
    Ok(web::Json(overview))
}

/// The background jobs, newest first, filtered by status: pending and running ones, done
/// ones (kept a week), and dead ones with their last error, to retry once the cause is
/// fixed.
#[utoipa::path(
    tag = "admin",
    params(JobQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = JobPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
        (status = 422, description = "An unknown `status`, or paging out of range", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/admin/jobs")]
pub async fn jobs(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    ValidQuery(q): ValidQuery<JobQuery>,
) -> ApiResult<web::Json<JobPage>> {
    policy::network_admin(&principal)?;
    let filter = q.parse()?;
    let now = state.clock.now();
    let page = state
        .db(move |conn| {
            Ok(twinning_store::jobs::list(
                conn,
                filter.status,
                now,
                filter.page,
                filter.per_page,
            )?)
        })
        .await?;
    Ok(web::Json(page))
}

/// Puts a dead job back in the queue, due now, with its attempts reset.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "The job's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The job, pending again", body = Job),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
        (status = 409, description = "The job is not dead", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/jobs/{id}/retry")]
pub async fn retry_job(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    id: web::Path<i64>,
) -> ApiResult<web::Json<Job>> {
    policy::network_admin(&principal)?;
    let id = JobId(id.into_inner());
    let job = state
        .write(move |tx| {
            twinning_store::jobs::retry(tx, id)?;
            let now = tx.now();
            Ok(twinning_store::jobs::by_id(tx, id, now)?)
        })
        .await?;
    Ok(web::Json(job))
}
