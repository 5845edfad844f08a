//! Invitations: mailed as a `/join/{code}` link to one address, listed, resent and revoked by
//! the organisation's admins; looked up by the person who holds the link.

use super::accounts::Minted;
use super::responses;
use actix_web::{delete, get, post, web, HttpResponse};
use twinning_domain::membership::{InvitationLookup, InvitationPreview, NewInvitation};
use twinning_domain::organisation::Invitation;
use twinning_domain::InvitationId;
use twinning_flows::invitations as flow;

use crate::auth::secrets::token_hash;
use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::ValidJson;
use crate::state::AppState;

/// The organisation's invitations, newest first (at most 200; codes are never shown again).
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<Invitation>),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[get("/organisations/{slug}/invitations")]
pub async fn list(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
) -> ApiResult<web::Json<Vec<Invitation>>> {
    let slug = slug.into_inner();
    let all = state
        .db(move |conn| Ok(flow::list(conn, &principal, &slug)?))
        .await?;
    Ok(web::Json(all))
}

/// Invites an address: the `/join/{code}` link is mailed there (an account mail, sent at once)
/// and works for that address only, once, for 14 days. The response holds the code, once, to
/// copy. 409 on `email` when the address already has an account or an open invitation.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path)),
    request_body = NewInvitation,
    security(("bearer" = [])),
    responses(
        (status = 201, body = Invitation),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/organisations/{slug}/invitations")]
pub async fn create(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    slug: web::Path<String>,
    ValidJson(new): ValidJson<NewInvitation>,
) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let code = Minted::new()?;
    let st = state.clone();
    let shown = code.token.clone();
    let mut invitation = state
        .write(move |tx| {
            Ok(flow::invite(
                tx,
                st.mailer.settings(),
                &principal,
                &slug,
                &new,
                &code.mailed(),
            )?)
        })
        .await?;
    invitation.code = Some(shown);
    Ok(HttpResponse::Created().json(invitation))
}

/// Mails an unused invitation again with a fresh code and 14 more days (an expired one comes
/// back); the earlier link stops working. The response holds the new code, once.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path), ("id" = i64, Path, minimum = 1)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Invitation),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/organisations/{slug}/invitations/{id}/resend")]
pub async fn resend(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, i64)>,
) -> ApiResult<web::Json<Invitation>> {
    let (slug, id) = path.into_inner();
    let code = Minted::new()?;
    let st = state.clone();
    let shown = code.token.clone();
    let mut invitation = state
        .write(move |tx| {
            Ok(flow::resend(
                tx,
                st.mailer.settings(),
                &principal,
                &slug,
                InvitationId(id),
                &code.mailed(),
            )?)
        })
        .await?;
    invitation.code = Some(shown);
    Ok(web::Json(invitation))
}

/// Revokes an unused invitation: its link stops working. 409 when it was used or revoked.
#[utoipa::path(
    tag = "organisations",
    params(("slug" = String, Path), ("id" = i64, Path, minimum = 1)),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Revoked"),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[delete("/organisations/{slug}/invitations/{id}")]
pub async fn revoke(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    path: web::Path<(String, i64)>,
) -> ApiResult<HttpResponse> {
    let (slug, id) = path.into_inner();
    state
        .write(move |tx| Ok(flow::revoke(tx, &principal, &slug, InvitationId(id))?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// What an invitation link (`/join/{code}`) offers: the organisation, the role, the address
/// it is for and whether it is still open. No sign-in needed; an unknown code is 404. The
/// code goes in the body so that it stays out of access logs.
#[utoipa::path(
    tag = "auth",
    request_body = InvitationLookup,
    responses(
        (status = 200, body = InvitationPreview),
        responses::Common,
        responses::Input,
        responses::Missing,
    )
)]
#[post("/invitations/lookup")]
pub async fn lookup(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<InvitationLookup>,
) -> ApiResult<web::Json<InvitationPreview>> {
    let hash = token_hash(&req.code);
    let now = state.clock.now();
    let preview = state
        .db(move |conn| Ok(flow::preview(conn, &hash, now)?))
        .await?;
    Ok(web::Json(preview))
}
