//! The practice catalogue and each practice's lifecycle.

use actix_web::{get, patch, post, web, HttpResponse};
use twinning_domain::lifecycle::PracticeAction;
use twinning_domain::practice::{
    check_ready_for_review, NewPractice, Practice, PracticePatch, RejectPractice,
};
use twinning_domain::search::{PracticeQuery, PracticeSearch};
use twinning_domain::{PracticeStatus, Problem};
use twinning_store::practices::{self, PracticeKey};
use twinning_store::{write, DbConn, Viewer};

use crate::auth::{Caller, MaybeCaller};
use crate::error::{ApiError, ApiResult};
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// The practice `slug` if `viewer` may see it. Invisible and missing look the same (404), so
/// drafts do not leak through their slugs.
fn visible(conn: &mut DbConn, slug: &str, viewer: &Viewer) -> ApiResult<PracticeKey> {
    let key = practices::key_by_slug(conn, slug)?;
    if key.visible_to(viewer) {
        Ok(key)
    } else {
        Err(ApiError::NotFound)
    }
}

fn require_owner(key: &PracticeKey, caller: &Caller) -> ApiResult<()> {
    if key.organisation_id == caller.organisation_id {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "only its organisation may change this practice",
        ))
    }
}

/// Searches the catalogue: words in `q`, facet filters, facet counts, sort and pagination.
#[utoipa::path(
    tag = "practices",
    params(PracticeQuery),
    responses(
        (status = 200, body = PracticeSearch),
        (status = 401, description = "An access token was sent but is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/practices")]
pub async fn search(
    state: web::Data<AppState>,
    caller: MaybeCaller,
    ValidQuery(q): ValidQuery<PracticeQuery>,
) -> ApiResult<web::Json<PracticeSearch>> {
    let filter = q.parse()?;
    let viewer = caller.viewer();
    let result = state
        .db(move |conn| Ok(practices::search(conn, &filter, &viewer)?))
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/practices")]
pub async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    ValidJson(new): ValidJson<NewPractice>,
) -> ApiResult<HttpResponse> {
    let practice = state
        .db(move |conn| {
            write(conn, |conn| {
                Ok(practices::insert(
                    conn,
                    caller.organisation_id,
                    caller.person_id,
                    &new,
                    None,
                    PracticeStatus::Draft,
                )?)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(practice))
}

/// A practice. Published ones are public; others are seen by their organisation and admins.
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = Practice),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/practices/{slug}")]
pub async fn detail(
    state: web::Data<AppState>,
    caller: MaybeCaller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    let slug = slug.into_inner();
    let practice = state
        .db(move |conn| {
            let key = visible(conn, &slug, &caller.viewer())?;
            Ok(practices::load(conn, key.id)?)
        })
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Only drafts can be edited", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/practices/{slug}")]
pub async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    ValidJson(patch): ValidJson<PracticePatch>,
) -> ApiResult<web::Json<Practice>> {
    let slug = slug.into_inner();
    let practice = state
        .db(move |conn| {
            write(conn, |conn| {
                let key = visible(conn, &slug, &caller.viewer())?;
                require_owner(&key, &caller)?;
                if !key.status.is_editable() {
                    return Err(ApiError::InvalidTransition(format!(
                        "only drafts can be edited; this practice is {}",
                        key.status.code()
                    )));
                }
                let current = practices::load(conn, key.id)?;
                let merged = patch.apply_to(&NewPractice::from(&current));
                twinning_domain::Validate::validate(&merged)?;
                Ok(practices::update_content(conn, key.id, &merged)?)
            })
        })
        .await?;
    Ok(web::Json(practice))
}

/// Runs one lifecycle action: checks visibility, rights and the state machine, then moves
/// the practice and records the move in its trail, all in one transaction.
async fn act(
    state: web::Data<AppState>,
    caller: Caller,
    slug: String,
    action: PracticeAction,
    reason: Option<String>,
) -> ApiResult<web::Json<Practice>> {
    let practice = state
        .db(move |conn| {
            write(conn, |conn| {
                let key = visible(conn, &slug, &caller.viewer())?;
                if action.needs_network_admin() {
                    caller.require_network_admin()?;
                } else {
                    require_owner(&key, &caller)?;
                }
                let next = key
                    .status
                    .next(action)
                    .map_err(ApiError::InvalidTransition)?;
                if action == PracticeAction::Submit {
                    let current = practices::load(conn, key.id)?;
                    check_ready_for_review(&NewPractice::from(&current))?;
                }
                Ok(practices::transition(
                    conn,
                    key.id,
                    key.status,
                    next,
                    caller.person_id,
                    reason.as_deref(),
                )?)
            })
        })
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Incomplete; see the field errors", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/practices/{slug}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    act(
        state,
        caller,
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/practices/{slug}/publish")]
pub async fn publish(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    act(
        state,
        caller,
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/practices/{slug}/reject")]
pub async fn reject(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    ValidJson(body): ValidJson<RejectPractice>,
) -> ApiResult<web::Json<Practice>> {
    let reason = body.reason.trim().to_owned();
    act(
        state,
        caller,
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/practices/{slug}/archive")]
pub async fn archive(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Practice>> {
    act(
        state,
        caller,
        slug.into_inner(),
        PracticeAction::Archive,
        None,
    )
    .await
}
