//! Partner API keys: an organisation's admins create, list and revoke its keys; network admins
//! list and revoke every key. Keys never manage keys.

use super::responses;
use actix_web::http::header;
use actix_web::{delete, get, post, web, HttpResponse};
use twinning_domain::api_key::{ApiKeyPage, ApiKeyQuery, CreatedApiKey, NewApiKey};
use twinning_domain::{ApiKeyId, Problem};
use twinning_flows::api_keys::{self as flow, KeySecret, Via};

use crate::auth::api_key::generate;
use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// Creates a key for the organisation (its org admins and network admins, never a key). The
/// answer holds the key (`twk_…`) this once: only its hash is kept. Scopes are given once each;
/// `expires_at`, when given, lies in the future.
#[utoipa::path(
    tag = "api-keys",
    operation_id = "create_api_key",
    params(("slug" = String, Path)),
    request_body = NewApiKey,
    security(("bearer" = [])),
    responses(
        (status = 201, body = CreatedApiKey),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        (status = 403, description = "Not an admin of this organisation, or an API key", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong, e.g. `scopes[1]` repeated or `expires_at` past", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organisations/{slug}/api-keys")]
pub async fn create(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(new): ValidJson<NewApiKey>,
) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let secret = generate()?;
    let (prefix, hash) = (secret.prefix, secret.hash);
    let api_key = state
        .write(move |tx| {
            let secret = KeySecret {
                prefix: &prefix,
                hash: &hash,
            };
            Ok(flow::create(tx, &principal, &slug, &new, &secret)?)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(CreatedApiKey {
            api_key,
            key: secret.key,
        }))
}

/// The organisation's keys, newest first, revoked and expired ones included; never a secret.
#[utoipa::path(
    tag = "api-keys",
    operation_id = "list_api_keys",
    params(("slug" = String, Path), ApiKeyQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApiKeyPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
        responses::Missing,
    )
)]
#[get("/organisations/{slug}/api-keys")]
pub async fn list(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidQuery(q): ValidQuery<ApiKeyQuery>,
) -> ApiResult<web::Json<ApiKeyPage>> {
    let paging = q.parse()?;
    let slug = slug.into_inner();
    let page = state
        .db(move |conn| Ok(flow::list(conn, &principal, &slug, paging)?))
        .await?;
    Ok(web::Json(page))
}

/// Revokes one of the organisation's keys: it stops working at once. Revoking a revoked key
/// again answers 204 and changes nothing, so the call can be retried.
#[utoipa::path(
    tag = "api-keys",
    operation_id = "revoke_api_key",
    params(("slug" = String, Path), ("id" = i64, Path)),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Revoked (or already revoked)"),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        (status = 404, description = "No such key in this organisation", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organisations/{slug}/api-keys/{id}")]
pub async fn revoke(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, i64)>,
) -> ApiResult<HttpResponse> {
    let (slug, id) = path.into_inner();
    state
        .write(move |tx| {
            Ok(flow::revoke(
                tx,
                &principal,
                Via::Organisation(&slug),
                ApiKeyId(id),
            )?)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Every key of the network, newest first (network admins).
#[utoipa::path(
    tag = "admin",
    operation_id = "admin_list_api_keys",
    params(ApiKeyQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApiKeyPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
    )
)]
#[get("/admin/api-keys")]
pub async fn admin_list(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    ValidQuery(q): ValidQuery<ApiKeyQuery>,
) -> ApiResult<web::Json<ApiKeyPage>> {
    let paging = q.parse()?;
    let page = state
        .db(move |conn| Ok(flow::list_all(conn, &principal, paging)?))
        .await?;
    Ok(web::Json(page))
}

/// Revokes any key of the network (network admins). Idempotent, as for an organisation.
#[utoipa::path(
    tag = "admin",
    operation_id = "admin_revoke_api_key",
    params(("id" = i64, Path)),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Revoked (or already revoked)"),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[delete("/admin/api-keys/{id}")]
pub async fn admin_revoke(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = ApiKeyId(id.into_inner());
    state
        .write(move |tx| Ok(flow::revoke(tx, &principal, Via::Admin, id)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
