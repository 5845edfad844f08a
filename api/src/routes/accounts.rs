//! Registration, login, token rotation, logout and `/me`.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::{Duration, Utc};
use twinning_domain::auth::{
    normalise_email, LoginRequest, Me, RefreshRequest, RegisterRequest, Session, TokenPair,
};
use twinning_domain::Role;
use twinning_store::accounts::{self, NewPerson, PersonRecord};
use twinning_store::{organisations, write, DbConn};

use crate::auth::jwt::{JwtKeys, ACCESS_TTL_SECS};
use crate::auth::secrets::{random_token, token_hash};
use crate::auth::{password, Caller};
use crate::error::{ApiError, ApiResult};
use crate::json::ValidJson;
use crate::state::AppState;

const REFRESH_TTL_DAYS: i64 = 30;
const INVALID_REFRESH: &str = "the refresh token is invalid, expired or already used; log in again";

/// Creates a refresh token in `family` (a new one per login) and the access token beside it.
fn issue_tokens(
    conn: &mut DbConn,
    keys: &JwtKeys,
    person: &PersonRecord,
    family: &str,
) -> ApiResult<TokenPair> {
    let refresh_token = random_token(32)?;
    let expires = Utc::now().naive_utc() + Duration::days(REFRESH_TTL_DAYS);
    accounts::insert_refresh_token(
        conn,
        person.id,
        family,
        &token_hash(&refresh_token),
        expires,
    )?;
    Ok(TokenPair {
        access_token: keys.issue(
            person.id,
            person.organisation_id,
            person.role()?,
            person.is_network_admin,
        )?,
        token_type: "Bearer".to_owned(),
        expires_in: ACCESS_TTL_SECS,
        refresh_token,
        refresh_expires_in: REFRESH_TTL_DAYS * 24 * 3600,
    })
}

fn new_session(conn: &mut DbConn, keys: &JwtKeys, person_id: i64) -> ApiResult<Session> {
    let person = accounts::person_by_id(conn, person_id)?;
    let tokens = issue_tokens(conn, keys, &person, &random_token(16)?)?;
    Ok(Session {
        me: accounts::me(conn, person_id)?,
        tokens,
    })
}

/// Registers a person with a new organisation (as its org admin) or with an invitation code.
#[utoipa::path(
    tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, body = Session),
        (status = 400, body = twinning_domain::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The email has an account", body = twinning_domain::Problem, content_type = "application/problem+json"),
        (status = 422, body = twinning_domain::Problem, content_type = "application/problem+json"),
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
    let session = state
        .db(move |conn| {
            let email = normalise_email(&req.email);
            let person_id = write(conn, |conn| -> ApiResult<i64> {
                match (&req.organisation, &req.invitation_code) {
                    (Some(org), _) => {
                        let (org_id, _) = organisations::insert(conn, org, None)?;
                        Ok(accounts::insert_person(
                            conn,
                            &NewPerson {
                                organisation_id: org_id,
                                email: &email,
                                name: &req.name,
                                password_hash: &hash,
                                role: Role::OrgAdmin,
                                is_network_admin: false,
                            },
                        )?)
                    }
                    (None, Some(code)) => {
                        join_with_invitation(conn, code, &email, &req.name, &hash)
                    }
                    (None, None) => Err(ApiError::field("organisation", "is required")),
                }
            })?;
            new_session(conn, &st.keys, person_id)
        })
        .await?;
    Ok(HttpResponse::Created().json(session))
}

fn join_with_invitation(
    conn: &mut DbConn,
    code: &str,
    email: &str,
    name: &str,
    hash: &str,
) -> ApiResult<i64> {
    let invalid = || ApiError::field("invitation_code", "this invitation code is not valid");
    let invitation = match accounts::invitation_by_code_hash(conn, &token_hash(code)) {
        Err(twinning_store::StoreError::NotFound) => return Err(invalid()),
        other => other?,
    };
    if invitation.used_at.is_some()
        || invitation.revoked_at.is_some()
        || invitation.expires_at < Utc::now().naive_utc()
    {
        return Err(ApiError::field(
            "invitation_code",
            "this invitation has been used, revoked or has expired",
        ));
    }
    let person_id = accounts::insert_person(
        conn,
        &NewPerson {
            organisation_id: invitation.organisation_id,
            email,
            name,
            password_hash: hash,
            role: invitation.role()?,
            is_network_admin: false,
        },
    )?;
    if !accounts::use_invitation(conn, invitation.id, person_id)? {
        return Err(invalid());
    }
    Ok(person_id)
}

/// Logs in with email and password. Limited per client IP (429 with `Retry-After`).
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = Session),
        (status = 401, description = "Wrong email or password", body = twinning_domain::Problem, content_type = "application/problem+json"),
        (status = 422, body = twinning_domain::Problem, content_type = "application/problem+json"),
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
        .db(move |conn| write(conn, |conn| new_session(conn, &st.keys, person.id)))
        .await?;
    Ok(web::Json(session))
}

enum Rotation {
    Issued(TokenPair),
    Refused,
}

/// Exchanges a refresh token for a new pair. Each refresh token works once: presenting a spent
/// one again means it was stolen or replayed, and ends the whole session (its family).
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, body = TokenPair),
        (status = 401, body = twinning_domain::Problem, content_type = "application/problem+json"),
        (status = 422, body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<RefreshRequest>,
) -> ApiResult<web::Json<TokenPair>> {
    let st = state.clone();
    let rotation = state
        .db(move |conn| {
            // The refusal is committed, not rolled back: revoking a replayed family must stick.
            write(conn, |conn| -> ApiResult<Rotation> {
                let record = match accounts::refresh_token_by_hash(conn, &token_hash(&req.refresh_token)) {
                    Err(twinning_store::StoreError::NotFound) => return Ok(Rotation::Refused),
                    other => other?,
                };
                if record.revoked_at.is_some() || record.expires_at < Utc::now().naive_utc() {
                    return Ok(Rotation::Refused);
                }
                if record.used_at.is_some() || !accounts::spend_refresh_token(conn, record.id)? {
                    tracing::warn!(family = %record.family, "refresh token reused; revoking the session");
                    accounts::revoke_family(conn, &record.family)?;
                    return Ok(Rotation::Refused);
                }
                let person = accounts::person_by_id(conn, record.person_id)?;
                Ok(Rotation::Issued(issue_tokens(conn, &st.keys, &person, &record.family)?))
            })
        })
        .await?;
    match rotation {
        Rotation::Issued(pair) => Ok(web::Json(pair)),
        Rotation::Refused => Err(ApiError::Unauthenticated(INVALID_REFRESH)),
    }
}

/// Ends the session the refresh token belongs to. Always 204, so it can be retried.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "The session is over"),
        (status = 422, body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    state
        .db(move |conn| {
            write(conn, |conn| -> ApiResult<()> {
                match accounts::refresh_token_by_hash(conn, &token_hash(&req.refresh_token)) {
                    Ok(record) => Ok(accounts::revoke_family(conn, &record.family)?),
                    Err(twinning_store::StoreError::NotFound) => Ok(()),
                    Err(e) => Err(e.into()),
                }
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller's account, organisation and rights.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Me),
        (status = 401, body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, caller: Caller) -> ApiResult<web::Json<Me>> {
    let me = state
        .db(move |conn| match accounts::me(conn, caller.person_id) {
            // The account was deleted after the token was issued.
            Err(twinning_store::StoreError::NotFound) => {
                Err(ApiError::Unauthenticated("this account no longer exists"))
            }
            other => Ok(other?),
        })
        .await?;
    Ok(web::Json(me))
}
