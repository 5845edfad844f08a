//! The members directory, organisation pages and their management by org admins.

use super::responses;
use actix_web::{delete, get, patch, put, web, HttpRequest, HttpResponse};
use twinning_domain::organisation::{
    OrganisationDetail, OrganisationPage, OrganisationPatch, OrganisationQuery,
};
use twinning_domain::policy::organisation as policy;
use twinning_domain::review::OrganisationSaved;
use twinning_domain::search::{LangQuery, PracticeQuery};
use twinning_domain::translation::{OrganisationTranslationInput, Translations};
use twinning_domain::{LanguageCode, PracticeStatus};
use twinning_flows::organisations as flow;
use twinning_flows::translations as translation_flow;
use twinning_store::{organisations, practices};

use crate::auth::{Anyone, Authed};
use crate::error::{ApiError, ApiResult};
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// The members directory, filtered and paginated, in name order; descriptions in the reader's
/// language where translated (`lang`, else `Accept-Language`).
#[utoipa::path(
    tag = "organisations",
    params(OrganisationQuery),
    responses(
        (status = 200, body = OrganisationPage),
        responses::Common,
        responses::Query,
    )
)]
#[get("/organisations")]
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    ValidQuery(q): ValidQuery<OrganisationQuery>,
) -> ApiResult<web::Json<OrganisationPage>> {
    let mut filter = q.parse()?;
    // The store reads `lang` as the reader's languages: `?lang=`, else Accept-Language.
    filter.lang = Some(crate::language::reader(&req, filter.lang.take()));
    let page = state
        .db(move |conn| Ok(organisations::list(conn, &filter)?))
        .await?;
    Ok(web::Json(page))
}

enum Found {
    Page(Box<OrganisationDetail>),
    MovedTo(String),
}

/// An organisation's page: its profile, member count and practices. Its own members and
/// network admins also see its unpublished practices, and the reason of a rejection or
/// suspension. An organisation that is not active (awaiting approval, rejected, suspended) is
/// not found by anyone else. The slug of an organisation merged into another answers
/// `308 Permanent Redirect` to the kept organisation (`Location`), for ever. The description
/// and the practices' titles and summaries are in the reader's language where translated
/// (`lang`, else `Accept-Language`); `translation` says which.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path), LangQuery),
    responses(
        (status = 200, body = OrganisationDetail),
        (status = 308, description = "The organisation was merged into the one at `Location`",
            headers(("Location" = String, description = "The kept organisation's address"))),
        responses::Common,
        responses::Query,
        responses::Missing,
    )
)]
#[get("/organisations/{slug}")]
pub async fn detail(
    req: HttpRequest,
    state: web::Data<AppState>,
    Anyone(principal): Anyone,
    slug: web::Path<String>,
    ValidQuery(q): ValidQuery<LangQuery>,
) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let reader = crate::language::reader(&req, q.parse()?);
    let found = state
        .db(move |conn| {
            let (id, mut organisation) = match flow::visible(conn, &principal, &slug) {
                Err(twinning_flows::FlowError::NotFound) => {
                    return match organisations::merged_into(conn, &slug)? {
                        Some(kept) => Ok(Found::MovedTo(kept)),
                        None => Err(ApiError::NotFound),
                    };
                }
                other => other?,
            };
            let insider = principal.is_insider_of(id);
            let statuses = if insider {
                "draft,submitted,published,archived"
            } else {
                PracticeStatus::Published.code()
            };
            translation_flow::localise_organisation(conn, id, &mut organisation, &reader)?;
            let mut filter = PracticeQuery {
                owner: Some(slug),
                status: Some(statuses.to_owned()),
                sort: Some("title".to_owned()),
                per_page: Some(100),
                ..Default::default()
            }
            .parse()?;
            filter.reader = reader;
            let practices = practices::search(conn, &filter, &principal)?.items;
            let status_reason = if insider {
                organisations::status_of(conn, id)?.1
            } else {
                None
            };
            Ok(Found::Page(Box::new(OrganisationDetail {
                member_count: organisations::member_count(conn, id)?,
                organisation,
                practices,
                permissions: policy::permissions(&principal, id),
                status_reason,
            })))
        })
        .await?;
    Ok(match found {
        Found::Page(detail) => HttpResponse::Ok().json(detail),
        Found::MovedTo(kept) => HttpResponse::PermanentRedirect()
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("/api/v1/organisations/{kept}"),
            ))
            .finish(),
    })
}

/// Edits the profile (its org admins and network admins). Absent fields are kept. A new name
/// close to another member's in the same country is saved, flagged for the network admins and
/// returned in `warnings`.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    request_body = OrganisationPatch,
    security(("bearer" = [])),
    responses(
        (status = 200, body = OrganisationSaved),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
    )
)]
#[patch("/organisations/{slug}")]
pub async fn update(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(patch): ValidJson<OrganisationPatch>,
) -> ApiResult<web::Json<OrganisationSaved>> {
    let slug = slug.into_inner();
    let org = state
        .write(move |tx| Ok(flow::update(tx, &principal, &slug, &patch)?))
        .await?;
    Ok(web::Json(org))
}

/// Every translation of the organisation's description: the text, the source text it was
/// made from, whether that has changed since (`stale`), who saved it and when. For its people,
/// its editors and network admins.
#[utoipa::path(
    tag = "organisations",
    operation_id = "organisation_translations",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Translations),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[get("/organisations/{slug}/translations")]
pub async fn translations(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Translations>> {
    let slug = slug.into_inner();
    let all = state
        .db(move |conn| Ok(translation_flow::of_organisation(conn, &principal, &slug)?))
        .await?;
    Ok(web::Json(all))
}

/// Saves the translation of the organisation's description into `lang` (those who may edit
/// its profile). An empty string or `null` removes it. Not into the source language (`422`,
/// `code: source_language`); an unknown language is `422` with `code: not_language`.
/// Answers every translation.
#[utoipa::path(
    tag = "organisations",
    operation_id = "translate_organisation",
    params(("slug" = String, Path), ("lang" = LanguageCode, Path, description = "ISO 639-1")),
    request_body = OrganisationTranslationInput,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Translations),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
    )
)]
#[put("/organisations/{slug}/translations/{lang}")]
pub async fn translate(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, String)>,
    ValidJson(input): ValidJson<OrganisationTranslationInput>,
) -> ApiResult<web::Json<Translations>> {
    let (slug, lang) = path.into_inner();
    let all = state
        .write(move |tx| {
            Ok(translation_flow::translate_organisation(
                tx, &principal, &slug, &lang, &input,
            )?)
        })
        .await?;
    Ok(web::Json(all))
}

/// Removes the translation of the organisation's description into `lang`. Removing one that
/// does not exist answers 204 too.
#[utoipa::path(
    tag = "organisations",
    operation_id = "delete_organisation_translation",
    params(("slug" = String, Path), ("lang" = LanguageCode, Path, description = "ISO 639-1")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed (or there was none)"),
        responses::Common,
        responses::Restricted,
        responses::Query,
        responses::Missing,
    )
)]
#[delete("/organisations/{slug}/translations/{lang}")]
pub async fn delete_translation(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (slug, lang) = path.into_inner();
    state
        .write(move |tx| {
            Ok(translation_flow::delete_organisation_translation(
                tx, &principal, &slug, &lang,
            )?)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
