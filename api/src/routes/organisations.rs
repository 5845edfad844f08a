//! The members directory, organisation pages and their management by org admins.

use actix_web::{delete, get, patch, post, web, HttpResponse};
use chrono::{Duration, Utc};
use twinning_domain::organisation::{
    Invitation, Member, NewInvitation, Organisation, OrganisationDetail, OrganisationPage,
    OrganisationPatch, OrganisationQuery,
};
use twinning_domain::search::PracticeQuery;
use twinning_domain::{PracticeStatus, Problem};
use twinning_store::accounts::{self, NewInvitationRecord};
use twinning_store::{organisations, practices, write, DbConn};

use crate::auth::secrets::{random_token, token_hash};
use crate::auth::{Caller, MaybeCaller};
use crate::error::{ApiError, ApiResult};
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

const INVITATION_TTL_DAYS: i64 = 14;

/// The organisation `slug` if `caller` manages it; 404 when it does not exist, 403 otherwise.
fn managed(conn: &mut DbConn, slug: &str, caller: &Caller) -> ApiResult<i64> {
    let (id, _) = organisations::find_by_slug(conn, slug)?;
    if caller.manages(id) {
        Ok(id)
    } else {
        Err(ApiError::Forbidden(
            "only this organisation's admins and network admins may do this",
        ))
    }
}

/// The members directory, filtered and paginated, in name order.
#[utoipa::path(
    tag = "organisations",
    params(OrganisationQuery),
    responses(
        (status = 200, body = OrganisationPage),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations")]
pub async fn list(
    state: web::Data<AppState>,
    ValidQuery(q): ValidQuery<OrganisationQuery>,
) -> ApiResult<web::Json<OrganisationPage>> {
    let filter = q.parse()?;
    let page = state
        .db(move |conn| Ok(organisations::list(conn, &filter)?))
        .await?;
    Ok(web::Json(page))
}

/// An organisation's page: its profile, member count and practices. Its own members and
/// network admins also see its unpublished practices.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = OrganisationDetail),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{slug}")]
pub async fn detail(
    state: web::Data<AppState>,
    caller: MaybeCaller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<OrganisationDetail>> {
    let slug = slug.into_inner();
    let detail = state
        .db(move |conn| {
            let (id, organisation) = organisations::find_by_slug(conn, &slug)?;
            let viewer = caller.viewer();
            let insider = viewer.is_network_admin || viewer.organisation_id == Some(id);
            let statuses = if insider {
                "draft,submitted,published,archived"
            } else {
                PracticeStatus::Published.code()
            };
            let filter = PracticeQuery {
                owner: Some(slug),
                status: Some(statuses.to_owned()),
                sort: Some("title".to_owned()),
                per_page: Some(100),
                ..Default::default()
            }
            .parse()?;
            let practices = practices::search(conn, &filter, &viewer)?.items;
            Ok(OrganisationDetail {
                member_count: organisations::member_count(conn, id)?,
                organisation,
                practices,
            })
        })
        .await?;
    Ok(web::Json(detail))
}

/// Edits the profile (its org admins and network admins). Absent fields are kept.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    request_body = OrganisationPatch,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Organisation),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/organisations/{slug}")]
pub async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    ValidJson(patch): ValidJson<OrganisationPatch>,
) -> ApiResult<web::Json<Organisation>> {
    let slug = slug.into_inner();
    let org = state
        .db(move |conn| {
            write(conn, |conn| {
                let id = managed(conn, &slug, &caller)?;
                Ok(organisations::update(conn, id, &patch)?)
            })
        })
        .await?;
    Ok(web::Json(org))
}

/// The people of an organisation (its org admins and network admins).
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<Member>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{slug}/members")]
pub async fn members(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Vec<Member>>> {
    let slug = slug.into_inner();
    let members = state
        .db(move |conn| {
            let id = managed(conn, &slug, &caller)?;
            Ok(accounts::members(conn, id)?)
        })
        .await?;
    Ok(web::Json(members))
}

/// The organisation's invitations, newest first (codes are never shown again).
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<Invitation>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{slug}/invitations")]
pub async fn invitations(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Vec<Invitation>>> {
    let slug = slug.into_inner();
    let all = state
        .db(move |conn| {
            let id = managed(conn, &slug, &caller)?;
            Ok(accounts::invitations_of(conn, id)?)
        })
        .await?;
    Ok(web::Json(all))
}

/// Invites a person to join: the response holds the code, once. Valid for 14 days, one use.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    request_body = NewInvitation,
    security(("bearer" = [])),
    responses(
        (status = 201, body = Invitation),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organisations/{slug}/invitations")]
pub async fn invite(
    state: web::Data<AppState>,
    caller: Caller,
    slug: web::Path<String>,
    ValidJson(new): ValidJson<NewInvitation>,
) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let code = random_token(16)?;
    let invitation = state
        .db(move |conn| {
            write(conn, |conn| {
                let id = managed(conn, &slug, &caller)?;
                let email = new
                    .email
                    .as_deref()
                    .map(twinning_domain::auth::normalise_email);
                let record = accounts::insert_invitation(
                    conn,
                    &NewInvitationRecord {
                        organisation_id: id,
                        code_hash: &token_hash(&code),
                        email: email.as_deref(),
                        role: new.role,
                        created_by: caller.person_id,
                        expires_at: Utc::now().naive_utc() + Duration::days(INVITATION_TTL_DAYS),
                    },
                )?;
                Ok(record.into_domain(Some(code))?)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(invitation))
}

/// Revokes an unused invitation.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path), ("id" = i64, Path)),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organisations/{slug}/invitations/{id}")]
pub async fn revoke_invitation(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, i64)>,
) -> ApiResult<HttpResponse> {
    let (slug, invitation_id) = path.into_inner();
    state
        .db(move |conn| {
            write(conn, |conn| {
                let id = managed(conn, &slug, &caller)?;
                Ok(accounts::revoke_invitation(conn, id, invitation_id)?)
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
