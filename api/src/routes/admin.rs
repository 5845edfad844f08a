//! The network admins' dashboard and moderation queue.

use actix_web::{get, web};
use twinning_domain::practice::PracticeSummary;
use twinning_domain::stats::AdminOverview;
use twinning_domain::Problem;

use crate::auth::Authed;
use crate::error::ApiResult;
use crate::state::AppState;
use twinning_domain::policy;

/// Practices waiting for review, oldest submission first.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<PracticeSummary>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
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

/// Counts for the admin dashboard.
#[utoipa::path(
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOverview),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
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
