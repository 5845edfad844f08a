//! Registration, login, token rotation, logout and `/me`.

use super::responses;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::Duration;
use twinning_domain::auth::{
    normalise_email, LoginRequest, Me, RefreshRequest, RegisterRequest, Session, TokenPair,
};
use twinning_domain::PersonId;
use twinning_flows::accounts::{self as flow, Rotation};
use twinning_store::accounts::{self, PersonRecord};
use twinning_store::Tx;

use crate::auth::jwt::{JwtKeys, ACCESS_TTL_SECS};
use crate::auth::password;
use crate::auth::secrets::{random_token, token_hash};
use crate::error::{ApiError, ApiResult};
use crate::json::ValidJson;
use crate::state::AppState;

const REFRESH_TTL_DAYS: i64 = 30;
const INVALID_REFRESH: &str = "the refresh token is invalid, expired or already used; log in again";

fn pair(keys: &JwtKeys, person: &PersonRecord, refresh_token: String) -> ApiResult<TokenPair> {
    Ok(TokenPair {
        access_token: keys.issue(
            person.id.get(),
            person.organisation_id.get(),
            person.role()?,
            person.is_network_admin,
        )?,
        token_type: "Bearer".to_owned(),
        expires_in: ACCESS_TTL_SECS,
        refresh_token,
        refresh_expires_in: REFRESH_TTL_DAYS * 24 * 3600,
    })
}

/// Opens a new session (a new refresh-token family) for the person.
fn new_session(tx: &mut Tx<'_>, keys: &JwtKeys, person_id: PersonId) -> ApiResult<Session> {
    let refresh_token = random_token(32)?;
    let person = flow::open_session(
        tx,
        person_id,
        &random_token(16)?,
        &token_hash(&refresh_token),
        Duration::days(REFRESH_TTL_DAYS),
    )?;
    Ok(Session {
        tokens: pair(keys, &person, refresh_token)?,
        me: accounts::me(tx, person_id)?,
        warnings: Vec::new(),
    })
}

/// Registers a person with a new organisation (as its org admin) or with an invitation code.
/// A new organisation awaits a network admin's approval: until then its people prepare their
/// profile and drafts, but it is not listed, counted or offered as a mentor, and submits
/// nothing. A name close to an existing member's in the same country comes back in
/// `warnings` (and is flagged for the network admins).
#[utoipa::path(
    tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, body = Session),
        responses::Common,
        responses::Input,
        responses::Conflicting,
        (status = 409, description = "The email has an account", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/register")]
pub async fn register(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<RegisterRequest>,
) -> ApiResult<HttpResponse> {
    let hash = web::block({
        let pw = req.password.clone();
        move || password::hash(&pw)
    })
    .await??;
    let st = state.clone();
    let invitation_hash = req.invitation_code.as_deref().map(token_hash);
    let session = state
        .write(move |tx| {
            let (person, warnings) = flow::register(tx, &req, &hash, invitation_hash.as_deref())?;
            let mut session = new_session(tx, &st.keys, person)?;
            session.warnings = warnings;
            Ok(session)
        })
        .await?;
    Ok(HttpResponse::Created().json(session))
}

/// Logs in with email and password. Limited per client IP (429 with `Retry-After`).
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = Session),
        responses::Common,
        responses::Input,
        (status = 401, description = "Wrong email or password", body = twinning_domain::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts; see Retry-After", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/login")]
pub async fn login(
    http: HttpRequest,
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<LoginRequest>,
) -> ApiResult<web::Json<Session>> {
    if let Some(peer) = http.peer_addr() {
        state.login_limiter.check(peer.ip())?;
    }
    let email = normalise_email(&req.email);
    let person = state
        .db(move |conn| match accounts::person_by_email(conn, &email) {
            Ok(p) => Ok(Some(p)),
            Err(twinning_store::StoreError::NotFound) => Ok(None),
            Err(e) => Err(e.into()),
        })
        .await?;
    let pw = req.password;
    let verified = web::block(move || match person {
        Some(p) if password::verify(&pw, &p.password_hash) => Some(p),
        Some(_) => None,
        None => {
            password::verify_dummy(&pw);
            None
        }
    })
    .await?;
    let person = verified.ok_or(ApiError::Unauthenticated("wrong email or password"))?;
    let st = state.clone();
    let session = state
        .write(move |tx| new_session(tx, &st.keys, person.id))
        .await?;
    Ok(web::Json(session))
}

/// Exchanges a refresh token for a new pair. Each refresh token works once: presenting a spent
/// one again means it was stolen or replayed, and ends the whole session (its family).
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, body = TokenPair),
        responses::Common,
        responses::Input,
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<RefreshRequest>,
) -> ApiResult<web::Json<TokenPair>> {
    let st = state.clone();
    let next = random_token(32)?;
    let next_hash = token_hash(&next);
    // A refusal is committed, not rolled back: revoking a replayed family must stick.
    let rotation = state
        .write(move |tx| {
            Ok(flow::rotate_session(
                tx,
                &token_hash(&req.refresh_token),
                &next_hash,
                Duration::days(REFRESH_TTL_DAYS),
            )?)
        })
        .await?;
    match rotation {
        Rotation::Rotated(person) => Ok(web::Json(pair(&st.keys, &person, next)?)),
        Rotation::Refused => Err(ApiError::Unauthenticated(INVALID_REFRESH)),
    }
}

/// Ends the session the refresh token belongs to. Always 204, so it can be retried.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "The session is over"),
        responses::Common,
        responses::Input,
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    state
        .write(move |tx| Ok(flow::close_session(tx, &token_hash(&req.refresh_token))?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller's account, organisation and rights.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Me),
        responses::Common,
    )
)]
#[get("/me")]
pub async fn me(
    state: web::Data<AppState>,
    auth: crate::auth::PersonAuth,
) -> ApiResult<web::Json<Me>> {
    let me = state
        .db(move |conn| match accounts::me(conn, auth.0.person_id) {
            // The account was deleted after the token was issued.
            Err(twinning_store::StoreError::NotFound) => {
                Err(ApiError::Unauthenticated("this account no longer exists"))
            }
            other => Ok(other?),
        })
        .await?;
    Ok(web::Json(me))
}
