//! The practice catalogue and each practice's lifecycle. Thin: the flows decide.

use super::responses;
use actix_web::{delete, get, patch, post, put, web, HttpRequest, HttpResponse};
use twinning_domain::lifecycle::PracticeAction;
use twinning_domain::practice::{NewPractice, Practice, PracticePatch, RejectPractice};
use twinning_domain::search::{LangQuery, PracticeQuery, PracticeSearch};
use twinning_domain::translation::{PracticeTranslationInput, Translations};
use twinning_domain::{LanguageCode, Problem};
use twinning_flows::practices as flow;
use twinning_flows::translations as translation_flow;
use twinning_store::practices;

use crate::auth::{Anyone, Authed};
use crate::error::ApiResult;
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// Searches the catalogue: words in `q`, facet filters, facet counts, sort and pagination.
/// Titles and summaries are in the reader's language where translated (`lang`, else
/// `Accept-Language`); each item's `translation` says which.
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
    req: HttpRequest,
    state: web::Data<AppState>,
    Anyone(principal): Anyone,
    ValidQuery(q): ValidQuery<PracticeQuery>,
) -> ApiResult<web::Json<PracticeSearch>> {
    let mut filter = q.parse()?;
    filter.reader = crate::language::reader(&req, filter.lang.take());
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
/// Its text is in the reader's language where translated (`lang`, else `Accept-Language`,
/// else its source language); `translation` says which language each field is in, whether
/// it fell back to the source and whether its translation is stale.
#[utoipa::path(
    tag = "practices",
    params(("slug" = String, Path), LangQuery),
    responses(
        (status = 200, body = Practice),
        responses::Common,
        responses::Query,
        responses::Missing,
    )
)]
#[get("/practices/{slug}")]
pub async fn detail(
    req: HttpRequest,
    state: web::Data<AppState>,
    Anyone(principal): Anyone,
    slug: web::Path<String>,
    ValidQuery(q): ValidQuery<LangQuery>,
) -> ApiResult<web::Json<Practice>> {
    let slug = slug.into_inner();
    let reader = crate::language::reader(&req, q.parse()?);
    let practice = state
        .db(move |conn| Ok(flow::view(conn, &principal, &slug, &reader)?))
        .await?;
    Ok(web::Json(practice))
}

/// Every translation of a practice, language by language and field by field: the text, the
/// source text it was made from, whether the source has changed since (`stale`), who saved
/// it and when, and the fields not translated yet; with the current source beside them. For
/// its organisation (and network admins, and its keys with `read:private` or
/// `write:practices`).
#[utoipa::path(
    tag = "practices",
    operation_id = "practice_translations",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Translations),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[get("/practices/{slug}/translations")]
pub async fn translations(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Translations>> {
    let slug = slug.into_inner();
    let list = state
        .db(move |conn| Ok(translation_flow::of_practice(conn, &principal, &slug)?))
        .await?;
    Ok(web::Json(list))
}

/// Saves the translation of a practice into `lang` (its organisation; at any status but
/// archived). Fields absent are kept; an empty string or `null` removes that field's
/// translation. Each field is kept with the source text it translates, so it reads as stale
/// once the source changes. Not into the source language (`422`, `code: source_language`);
/// an unknown language is `422` with `code: not_language`. Answers every translation.
#[utoipa::path(
    tag = "practices",
    operation_id = "translate_practice",
    params(("slug" = String, Path), ("lang" = LanguageCode, Path, description = "ISO 639-1")),
    request_body = PracticeTranslationInput,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Translations),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        (status = 409, description = "The practice is archived", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/practices/{slug}/translations/{lang}")]
pub async fn translate(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, String)>,
    ValidJson(input): ValidJson<PracticeTranslationInput>,
) -> ApiResult<web::Json<Translations>> {
    let (slug, lang) = path.into_inner();
    let list = state
        .write(move |tx| {
            Ok(translation_flow::translate_practice(
                tx, &principal, &slug, &lang, &input,
            )?)
        })
        .await?;
    Ok(web::Json(list))
}

/// Removes the whole translation of a practice into `lang` (its organisation; not once
/// archived). Removing one that does not exist answers 204 too, so the call can be retried.
#[utoipa::path(
    tag = "practices",
    operation_id = "delete_practice_translation",
    params(("slug" = String, Path), ("lang" = LanguageCode, Path, description = "ISO 639-1")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed (or there was none)"),
        responses::Common,
        responses::Restricted,
        responses::Query,
        responses::Missing,
        (status = 409, description = "The practice is archived", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/practices/{slug}/translations/{lang}")]
pub async fn delete_translation(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (slug, lang) = path.into_inner();
    state
        .write(move |tx| {
            Ok(translation_flow::delete_practice_translation(
                tx, &principal, &slug, &lang,
            )?)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
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
