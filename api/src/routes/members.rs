//! The people of an organisation as its org admins manage them: the list, a member's role,
//! removing a member, handing the org-admin role on.

use super::responses;
use actix_web::{delete, get, patch, post, web, HttpResponse};
use twinning_domain::membership::{AdminTransfer, MemberPatch};
use twinning_domain::organisation::Member;
use twinning_domain::PersonId;
use twinning_flows::members as flow;

use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::ValidJson;
use crate::state::AppState;

/// The organisation's people, by name: its org admins, network admins and keys with
/// `read:private` see them.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<Member>),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[get("/organisations/{slug}/members")]
pub async fn list(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Vec<Member>>> {
    let slug = slug.into_inner();
    let members = state
        .db(move |conn| Ok(flow::list(conn, &principal, &slug)?))
        .await?;
    Ok(web::Json(members))
}

/// Gives a member another role (org admins and network admins; people only). Refused (409)
/// for one's own membership (`own-account`: hand the role on with `admin-transfer`) and when
/// it would leave the organisation without an org admin (`last-org-admin`). The new role
/// applies from the member's next request.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path), ("person_id" = i64, Path, minimum = 1)),
    request_body = MemberPatch,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Member),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[patch("/organisations/{slug}/members/{person_id}")]
pub async fn change_role(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, i64)>,
    ValidJson(patch): ValidJson<MemberPatch>,
) -> ApiResult<web::Json<Member>> {
    let (slug, person) = path.into_inner();
    let member = state
        .write(move |tx| {
            Ok(flow::change_role(
                tx,
                &principal,
                &slug,
                PersonId(person),
                patch.role,
            )?)
        })
        .await?;
    Ok(web::Json(member))
}

/// Removes a member from the organisation: their sessions end at once and they can no longer
/// sign in; what they wrote stays. A new invitation to their address brings them back.
/// Refused (409) for oneself (delete your account instead) and for the last org admin.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path), ("person_id" = i64, Path, minimum = 1)),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[delete("/organisations/{slug}/members/{person_id}")]
pub async fn remove(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, i64)>,
) -> ApiResult<HttpResponse> {
    let (slug, person) = path.into_inner();
    state
        .write(move |tx| Ok(flow::remove(tx, &principal, &slug, PersonId(person))?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller, an org admin of the organisation, makes `person_id` an org admin and becomes a
/// member, in one step. Answers the organisation's people after the change.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    request_body = AdminTransfer,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<Member>),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/organisations/{slug}/admin-transfer")]
pub async fn transfer_admin(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(transfer): ValidJson<AdminTransfer>,
) -> ApiResult<web::Json<Vec<Member>>> {
    let slug = slug.into_inner();
    let members = state
        .write(move |tx| {
            Ok(flow::transfer_admin(
                tx,
                &principal,
                &slug,
                transfer.person_id,
            )?)
        })
        .await?;
    Ok(web::Json(members))
}
