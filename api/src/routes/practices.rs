//! The practice catalogue and each practice's lifecycle. Thin: the flows decide.

use super::responses;
use actix_web::{get, patch, post, web, HttpResponse};
use twinning_domain::lifecycle::PracticeAction;
use twinning_domain::practice::{NewPractice, Practice, PracticePatch, RejectPractice};
use twinning_domain::search::{PracticeQuery, PracticeSearch};
use twinning_domain::Problem;
use twinning_flows::practices as flow;
use twinning_store::practices;

use crate::auth::{Anyone, Authed};
use crate::error::ApiResult;
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// Searches the catalogue: words in `q`, facet filters, facet counts, sort and pagination.
#[utoipa::path(
    tag = "practices",
    params(PracticeQuery),
    responses(
        (status = 200, body = PracticeSearch),
        responses::Common,
        responses::Query,
        (status = 401, description = "An access token was sent but is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/practices")]
pub async fn search(
    state: web::Data<AppState>,
    Anyone(principal): Anyone,
    ValidQuery(q): ValidQuery<PracticeQuery>,
) -> ApiResult<web::Json<PracticeSearch>> {
    let filter = q.parse()?;
    let result = state
        .db(move |conn| Ok(practices::search(conn, &filter, &principal)?))
        .await?;
    Ok(web::Json(result))
}

/// Creates a draft practice of the caller's organisation.
#[utoipa::path(
    tag = "practices",
    request_body = NewPractice,
    security(("bearer" = [])),
    responses(
        (status = 201, body = Practice),
        responses::Common,
        responses::Input,
    )
)]
#[post("/practices")]
pub async fn create(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    ValidJson(new): ValidJson<NewPractice>,
) -> ApiResult<HttpResponse> {
    let practice = state
        .write(move |tx| Ok(flow::create(tx, &principal, &new)?))
        .await?;
    Ok(HttpResponse::Created().json(practice))
}

/// A practice. Published ones are public; others are seen by their organisation and admins.
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Missing,
    )
)]
#[get("/practices/{slug}")]
pub async fn detail(
    state: web::Data<AppState>,
    Anyone(principal): Anyone,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    let slug = slug.into_inner();
    let practice = state
        .db(move |conn| Ok(flow::view(conn, &principal, &slug)?))
        .await?;
    Ok(web::Json(practice))
}

/// Edits a draft of the caller's organisation. Absent fields are kept; the result is
/// validated as a whole.
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    request_body = PracticePatch,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        responses::Conflicting,
        (status = 409, description = "Only drafts can be edited", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/practices/{slug}")]
pub async fn update(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(patch): ValidJson<PracticePatch>,
) -> ApiResult<web::Json<Practice>> {
    let slug = slug.into_inner();
    let practice = state
        .write(move |tx| Ok(flow::update(tx, &principal, &slug, &patch)?))
        .await?;
    Ok(web::Json(practice))
}

/// Runs one lifecycle action: checks visibility, rights and the state machine, then moves
/// the practice and records the move in its trail, all in one transaction.
async fn act(
    state: web::Data<AppState>,
    principal: twinning_domain::Principal,
    slug: String,
    action: PracticeAction,
    reason: Option<String>,
) -> ApiResult<web::Json<Practice>> {
    let practice = state
        .write(move |tx| Ok(flow::act(tx, &principal, &slug, action, reason.as_deref())?))
        .await?;
    Ok(web::Json(practice))
}

/// Submits a draft for review by the network (its organisation). The practice must be
/// complete: problem, approach and results described, a theme and a country given.
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Restricted,
        responses::Query,
        responses::Missing,
        responses::Conflicting,
        (status = 422, description = "Incomplete; see the field errors", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/practices/{slug}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    act(
        state,
        principal,
        slug.into_inner(),
        PracticeAction::Submit,
        None,
    )
    .await
}

/// Publishes a submitted practice in the catalogue (network admins).
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/practices/{slug}/publish")]
pub async fn publish(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    act(
        state,
        principal,
        slug.into_inner(),
        PracticeAction::Publish,
        None,
    )
    .await
}

/// Sends a submitted practice back to its organisation as a draft, with the reason they see
/// (network admins).
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    request_body = RejectPractice,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/practices/{slug}/reject")]
pub async fn reject(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(body): ValidJson<RejectPractice>,
) -> ApiResult<web::Json<Practice>> {
    let reason = body.reason.trim().to_owned();
    act(
        state,
        principal,
        slug.into_inner(),
        PracticeAction::Reject,
        Some(reason),
    )
    .await
}

/// Retires a published practice from the catalogue (network admins).
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/practices/{slug}/archive")]
pub async fn archive(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    act(
        state,
        principal,
        slug.into_inner(),
        PracticeAction::Archive,
        None,
    )
    .await
}
