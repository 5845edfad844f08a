//! Vetting organisations: the network admins' list (pending first, with the registrant and
//! possible duplicates), approve, reject, suspend, reactivate, merge, and dismissing a pair
//! flagged as duplicates.

use super::responses;
use actix_web::{get, post, web};
use twinning_domain::policy;
use twinning_domain::review::{
    AdminOrganisation, AdminOrganisationPage, AdminOrganisationQuery, MergeOutcome, MergeRequest,
    ReasonRequest, ReviewAction,
};
use twinning_flows::organisations as flow;

use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// Organisations as network admins review them: filtered by `status`, or all with the pending
/// first; newest registrations first. Each comes with its registrant, its member count, the
/// reason of a rejection or suspension and the undismissed possible duplicates.
#[utoipa::path(
    tag = "admin",
    params(AdminOrganisationQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOrganisationPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
    )
)]
#[get("/admin/organisations")]
pub async fn list(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    ValidQuery(q): ValidQuery<AdminOrganisationQuery>,
) -> ApiResult<web::Json<AdminOrganisationPage>> {
    policy::network_admin(&principal)?;
    let filter = q.parse()?;
    let page = state
        .db(move |conn| Ok(twinning_store::organisations::admin_list(conn, &filter)?))
        .await?;
    Ok(web::Json(page))
}

async fn review(
    state: web::Data<AppState>,
    principal: twinning_domain::Principal,
    slug: String,
    action: ReviewAction,
    reason: Option<String>,
) -> ApiResult<web::Json<AdminOrganisation>> {
    let org = state
        .write(move |tx| {
            Ok(flow::review(
                tx,
                &principal,
                &slug,
                action,
                reason.as_deref(),
            )?)
        })
        .await?;
    Ok(web::Json(org))
}

/// Approves a pending (or rejected) organisation: it is listed, counted and may submit from
/// now on. Its registrant is told by mail.
#[utoipa::path(
    tag = "admin",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOrganisation),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        (status = 409, description = "The organisation is not pending or rejected", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/organisations/{slug}/approve")]
pub async fn approve(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<AdminOrganisation>> {
    review(
        state,
        principal,
        slug.into_inner(),
        ReviewAction::Approve,
        None,
    )
    .await
}

/// Rejects a pending organisation, with the reason its registrant reads by mail.
#[utoipa::path(
    tag = "admin",
    params(("slug" = String, Path)),
    request_body = ReasonRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOrganisation),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        (status = 409, description = "The organisation is not pending", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/organisations/{slug}/reject")]
pub async fn reject(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(body): ValidJson<ReasonRequest>,
) -> ApiResult<web::Json<AdminOrganisation>> {
    review(
        state,
        principal,
        slug.into_inner(),
        ReviewAction::Reject,
        Some(body.reason),
    )
    .await
}

/// Suspends an active organisation: hidden from the network, every session of its people
/// ended at once, its content kept. Its org admins are told why.
#[utoipa::path(
    tag = "admin",
    params(("slug" = String, Path)),
    request_body = ReasonRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOrganisation),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        (status = 409, description = "The organisation is not active", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/organisations/{slug}/suspend")]
pub async fn suspend(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(body): ValidJson<ReasonRequest>,
) -> ApiResult<web::Json<AdminOrganisation>> {
    review(
        state,
        principal,
        slug.into_inner(),
        ReviewAction::Suspend,
        Some(body.reason),
    )
    .await
}

/// Reactivates a suspended organisation.
#[utoipa::path(
    tag = "admin",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOrganisation),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        (status = 409, description = "The organisation is not suspended", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/organisations/{slug}/reactivate")]
pub async fn reactivate(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<AdminOrganisation>> {
    review(
        state,
        principal,
        slug.into_inner(),
        ReviewAction::Reactivate,
        None,
    )
    .await
}

/// Merges the organisation `slug` into `into`, in one transaction: its people, practices, API
/// keys, invitations, tags, activity and everything else that points at it move to the kept
/// organisation (each table by its stated rule), it is removed, and its slug answers
/// `308 Permanent Redirect` to the kept one from now on. Its people sign in again.
#[utoipa::path(
    tag = "admin",
    params(("slug" = String, Path, description = "The organisation absorbed")),
    request_body = MergeRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = MergeOutcome),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
    )
)]
#[post("/admin/organisations/{slug}/merge")]
pub async fn merge(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(body): ValidJson<MergeRequest>,
) -> ApiResult<web::Json<MergeOutcome>> {
    let slug = slug.into_inner();
    let outcome = state
        .write(move |tx| Ok(flow::merge(tx, &principal, &slug, &body.into)?))
        .await?;
    Ok(web::Json(outcome))
}

/// Dismisses the pair flagged between `slug` and `other`: they are different organisations,
/// and the pair is not flagged again.
#[utoipa::path(
    tag = "admin",
    params(("slug" = String, Path), ("other" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminOrganisation),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[post("/admin/organisations/{slug}/duplicates/{other}/dismiss")]
pub async fn dismiss_duplicate(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, String)>,
) -> ApiResult<web::Json<AdminOrganisation>> {
    let (slug, other) = path.into_inner();
    let org = state
        .write(move |tx| Ok(flow::dismiss_duplicate(tx, &principal, &slug, &other)?))
        .await?;
    Ok(web::Json(org))
}
