//! "My account": the caller's profile, password and signed-in devices.

use super::accounts::{forget_cookie, Minted};
use super::responses;
use actix_web::http::header::CACHE_CONTROL;
use actix_web::{delete, get, patch, post, web, HttpResponse};
use twinning_domain::account::{MeUpdate, PasswordChange, SessionInfo};
use twinning_domain::auth::Me;
use twinning_flows::people as flow;
use twinning_store::accounts;
use twinning_store::sessions::{self, EndReason, SessionId};

use crate::auth::{password, PersonAuth, SessionAuth};
use crate::error::{ApiError, ApiResult};
use crate::json::ValidJson;
use crate::state::AppState;

/// The caller's account, organisation and rights.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Me),
        responses::Common,
        responses::Restricted,
    )
)]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, auth: PersonAuth) -> ApiResult<HttpResponse> {
    let me = state
        .db(move |conn| Ok(accounts::me(conn, auth.0.person_id)?))
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "no-store"))
        .json(me))
}

/// Changes the caller's name, email address, language or time zone (absent fields stay). A
/// new address is unverified until the link mailed to it is opened; the old address gets a
/// notice. An address another account has is a 409 on `email`.
#[utoipa::path(
    tag = "auth",
    request_body = MeUpdate,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Me),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Conflicting,
    )
)]
#[patch("/me")]
pub async fn update(
    state: web::Data<AppState>,
    auth: PersonAuth,
    ValidJson(update): ValidJson<MeUpdate>,
) -> ApiResult<web::Json<Me>> {
    let link = Minted::new()?;
    let st = state.clone();
    let changed = state
        .write(move |tx| {
            Ok(flow::update_me(
                tx,
                st.mailer.settings(),
                auth.0.person_id,
                &update,
                &link.mailed(),
            )?)
        })
        .await?;
    Ok(web::Json(changed))
}

/// Changes the caller's password. The current one is asked (422 on `current` if wrong); every
/// other session ends, this one stays signed in.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordChange,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Changed; the other sessions are over"),
        responses::Common,
        responses::Restricted,
        responses::Input,
    )
)]
#[post("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    auth: SessionAuth,
    ValidJson(change): ValidJson<PasswordChange>,
) -> ApiResult<HttpResponse> {
    let person = auth.person.person_id;
    let stored = state
        .db(move |conn| Ok(accounts::person_by_id(conn, person)?.password_hash))
        .await?;
    let new_hash = web::block(move || {
        if password::verify(&change.current, &stored) {
            password::hash(&change.new).map(Some)
        } else {
            Ok(None)
        }
    })
    .await??
    .ok_or_else(|| {
        ApiError::field(
            "current",
            twinning_domain::problem::Reason::wrong_password()
                .saying("is not your current password"),
        )
    })?;
    state
        .write(move |tx| Ok(flow::change_password(tx, person, auth.session, &new_hash)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller's live sessions (signed-in devices), most recently seen first; `current` marks
/// the one making this request.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<SessionInfo>),
        responses::Common,
        responses::Restricted,
    )
)]
#[get("/me/sessions")]
pub async fn list_sessions(
    state: web::Data<AppState>,
    auth: SessionAuth,
) -> ApiResult<web::Json<Vec<SessionInfo>>> {
    let now = state.clock.now();
    let person = auth.person.person_id;
    let live = state
        .db(move |conn| Ok(sessions::live_of(conn, person, now)?))
        .await?;
    Ok(web::Json(
        live.into_iter()
            .map(|s| SessionInfo {
                current: s.id == auth.session.0,
                id: s.id,
                created_at: s.created_at.and_utc(),
                last_seen_at: s.last_seen_at.and_utc(),
                user_agent: s.user_agent,
                ip: s.ip,
            })
            .collect(),
    ))
}

/// Signs out everywhere: every session of the caller ends, this one included.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Every session is over"),
        responses::Common,
        responses::Restricted,
    )
)]
#[delete("/me/sessions")]
pub async fn end_all_sessions(
    state: web::Data<AppState>,
    auth: PersonAuth,
) -> ApiResult<HttpResponse> {
    let person = auth.0.person_id;
    state
        .write(move |tx| {
            Ok(sessions::end_for_person(
                tx,
                person,
                EndReason::SignOutEverywhere,
                None,
            )?)
        })
        .await?;
    let mut res = HttpResponse::NoContent();
    forget_cookie(&state, &mut res);
    Ok(res.finish())
}

/// Signs one device out. 404 if the session is not the caller's or is already over.
#[utoipa::path(
    tag = "auth",
    params(("id" = i64, Path, description = "The session's id, from GET /me/sessions")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "That session is over"),
        responses::Common,
        responses::Restricted,
        responses::Missing,
    )
)]
#[delete("/me/sessions/{id}")]
pub async fn end_session(
    state: web::Data<AppState>,
    auth: SessionAuth,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let sid = SessionId(id.into_inner());
    let person = auth.person.person_id;
    let ended = state
        .write(move |tx| {
            Ok(sessions::end_one(
                tx,
                person,
                sid,
                EndReason::DeviceSignedOut,
            )?)
        })
        .await?;
    if !ended {
        return Err(ApiError::NotFound);
    }
    let mut res = HttpResponse::NoContent();
    if sid == auth.session {
        forget_cookie(&state, &mut res);
    }
    Ok(res.finish())
}
