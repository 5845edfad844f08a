//! Registration, login, refresh and logout. Each login opens a session; the access token in
//! the body names it, the refresh token travels in an `HttpOnly` cookie (see
//! `auth::refresh_cookie`).

use super::responses;
use actix_web::http::header::CACHE_CONTROL;
use actix_web::{post, web, HttpRequest, HttpResponse, HttpResponseBuilder};
use chrono::Duration;
use twinning_domain::auth::{normalise_email, AccessToken, LoginRequest, RegisterRequest, Session};
use twinning_domain::PersonId;
use twinning_flows::accounts as flow;
use twinning_flows::people::{self as people_flow, MailedToken};
use twinning_flows::sessions::{self as session_flow, Rotation};
use twinning_store::accounts;
use twinning_store::sessions::{self, Device, EndReason, SessionId};
use twinning_store::{StoreError, Tx};

use crate::auth::jwt::{JwtKeys, ACCESS_TTL_SECS};
use crate::auth::secrets::{random_token, token_hash};
use crate::auth::{password, refresh_cookie};
use crate::error::{ApiError, ApiResult};
use crate::json::ValidJson;
use crate::net::client_ip;
use crate::state::AppState;

pub(super) const REFRESH_TTL_DAYS: i64 = 30;
const INVALID_REFRESH: &str = "the session is over or the refresh cookie is missing; log in again";

fn refresh_ttl_secs() -> i64 {
    REFRESH_TTL_DAYS * 24 * 3600
}

/// Where a request comes from, for the person's list of devices (the client address as the
/// trusted proxies tell it).
pub(super) fn device_of(req: &HttpRequest) -> (String, String) {
    let user_agent = req
        .headers()
        .get(actix_web::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let ip = client_ip(req).map(|ip| ip.to_string()).unwrap_or_default();
    (user_agent, ip)
}

/// A new token and its hash, for a link in a mail.
pub(super) struct Minted {
    pub token: String,
    pub hash: String,
}

impl Minted {
    pub fn new() -> ApiResult<Minted> {
        let token = random_token(32)?;
        Ok(Minted {
            hash: token_hash(&token),
            token,
        })
    }

    pub fn mailed(&self) -> MailedToken<'_> {
        MailedToken {
            token: &self.token,
            hash: &self.hash,
        }
    }
}

/// The session a login, a registration or a refresh answers with: the body and the cookie.
pub(super) struct Opened {
    pub session: Session,
    pub refresh_token: String,
}

fn access(keys: &JwtKeys, person: PersonId, sid: SessionId) -> ApiResult<AccessToken> {
    Ok(AccessToken {
        access_token: keys.issue(person.get(), sid.0)?,
        token_type: "Bearer".to_owned(),
        expires_in: ACCESS_TTL_SECS,
    })
}

/// Opens a new session (a new refresh-token family) for the person on `device`.
fn open_session(
    tx: &mut Tx<'_>,
    keys: &JwtKeys,
    person: PersonId,
    device: &(String, String),
) -> ApiResult<Opened> {
    let refresh_token = random_token(32)?;
    let sid = session_flow::open(
        tx,
        person,
        &Device {
            user_agent: &device.0,
            ip: &device.1,
        },
        &random_token(16)?,
        &token_hash(&refresh_token),
        Duration::days(REFRESH_TTL_DAYS),
    )?;
    Ok(Opened {
        session: Session {
            tokens: access(keys, person, sid)?,
            me: accounts::me(tx, person)?,
            warnings: Vec::new(),
        },
        refresh_token,
    })
}

/// Token answers are never stored by a cache on the way.
fn no_store(mut res: HttpResponseBuilder) -> HttpResponseBuilder {
    res.insert_header((CACHE_CONTROL, "no-store"));
    res
}

fn answer(state: &AppState, mut res: HttpResponseBuilder, opened: Opened) -> HttpResponse {
    res.cookie(refresh_cookie::set(
        &opened.refresh_token,
        state.secure_cookies,
        refresh_ttl_secs(),
    ));
    no_store(res).json(opened.session)
}

/// Registers a person with a new organisation (as its org admin) or with the code of an
/// invitation link (`/join/{code}`, for the address it was sent to only: 422 on `email` with
/// code `invitation_address` otherwise), and signs them in. A new organisation awaits a network admin's approval: until then its
/// people prepare their profile and drafts, but it is not listed, counted or offered as a
/// mentor, and submits nothing. A name close to an existing member's in the same country comes
/// back in `warnings` (and is flagged for the network admins). Unless the person came through
/// a mailed invitation (which verified the address), a link to verify the address is mailed; until it is opened the person can prepare but not submit, publish, apply or
/// invite. The refresh token is set as the `twinning_refresh` cookie (`HttpOnly`,
/// `SameSite=Strict`, `Path=/api/v1/auth`). Limited per client IP
/// (`TWINNING_REGISTER_PER_HOUR`; 429 with `Retry-After`).
#[utoipa::path(
    tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, body = Session, headers(("Set-Cookie" = String, description = "The refresh token, `HttpOnly`"))),
        responses::Common,
        responses::Input,
        responses::Conflicting,
    )
)]
#[post("/auth/register")]
pub async fn register(
    http: HttpRequest,
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<RegisterRequest>,
) -> ApiResult<HttpResponse> {
    state.register_limiter.check(client_ip(&http))?;
    let hash = web::block({
        let pw = req.password.clone();
        move || password::hash(&pw)
    })
    .await??;
    let st = state.clone();
    let invitation_hash = req.invitation_code.as_deref().map(token_hash);
    let device = device_of(&http);
    let link = Minted::new()?;
    let opened = state
        .write(move |tx| {
            let (person, warnings) = flow::register(tx, &req, &hash, invitation_hash.as_deref())?;
            // Joining through a mailed invitation link verified the address already.
            if !accounts::person_by_id(tx, person)?.is_verified() {
                people_flow::send_verification(tx, st.mailer.settings(), person, &link.mailed())?;
            }
            let mut opened = open_session(tx, &st.keys, person, &device)?;
            opened.session.warnings = warnings;
            Ok(opened)
        })
        .await?;
    Ok(answer(&state, HttpResponse::Created(), opened))
}

/// Logs in with email and password.
///
/// Limited per client IP (`TWINNING_LOGIN_PER_MINUTE`). After a few failures for an account
/// from one IP (`TWINNING_LOGIN_FREE_FAILURES`), each further attempt for it from that IP waits
/// longer: 1 s, doubling up to `TWINNING_LOGIN_DELAY_MAX_SECS`; a correct password resets it.
/// Attempts from elsewhere are not held back by those failures. 429 with `Retry-After`.
/// The refresh token is set as the `twinning_refresh` cookie.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = Session, headers(("Set-Cookie" = String, description = "The refresh token, `HttpOnly`"))),
        responses::Common,
        responses::Input,
        (status = 403, description = "The account is disabled", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/login")]
pub async fn login(
    http: HttpRequest,
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<LoginRequest>,
) -> ApiResult<HttpResponse> {
    let ip = client_ip(&http);
    state.login_limiter.check(ip)?;
    let email = normalise_email(&req.email);
    state.login_throttle.check(&email, ip)?;
    let lookup = email.clone();
    let person = state
        .db(move |conn| match accounts::person_by_email(conn, &lookup) {
            Ok(p) if p.deleted_at.is_none() => Ok(Some(p)),
            Ok(_) | Err(StoreError::NotFound) => Ok(None),
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
    let Some(person) = verified else {
        state.login_throttle.failed(&email, ip);
        return Err(ApiError::Unauthenticated("wrong email or password"));
    };
    state.login_throttle.succeeded(&email, ip);
    if person.removed_at.is_some() {
        return Err(ApiError::Forbidden(
            "you were removed from your organisation; ask its org admins for a new invitation",
        ));
    }
    if !person.may_sign_in() {
        return Err(ApiError::Forbidden(
            "this account is disabled; ask the network's administrators",
        ));
    }
    let st = state.clone();
    let device = device_of(&http);
    let opened = state
        .write(move |tx| open_session(tx, &st.keys, person.id, &device))
        .await?;
    Ok(answer(&state, HttpResponse::Ok(), opened))
}

/// Renews the access token with the refresh token in the `twinning_refresh` cookie (no body),
/// and sets the next refresh token. Each refresh token works once: presenting a spent one
/// again ends the session. Answers who the caller is, so an app restores a session on load.
/// Limited per client IP (`TWINNING_REFRESH_PER_MINUTE`; 429 with `Retry-After`).
#[utoipa::path(
    tag = "auth",
    params(("twinning_refresh" = String, Cookie, description = "The refresh token, set by login")),
    responses(
        (status = 200, body = Session, headers(("Set-Cookie" = String, description = "The next refresh token, `HttpOnly`"))),
        responses::Common,
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(http: HttpRequest, state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let presented =
        refresh_cookie::read(&http).ok_or(ApiError::Unauthenticated(INVALID_REFRESH))?;
    state.refresh_limiter.check(client_ip(&http))?;
    let st = state.clone();
    let next = random_token(32)?;
    let next_hash = token_hash(&next);
    let now = state.clock.now();
    // A replay is committed, not rolled back: the end of the session must stick.
    let result = state
        .write(move |tx| {
            let rotation = session_flow::rotate(
                tx,
                &token_hash(&presented),
                &next_hash,
                Duration::days(REFRESH_TTL_DAYS),
            )?;
            let Rotation::Rotated { person, session } = rotation else {
                return Ok(None);
            };
            // The person may have been disabled or deleted since.
            if sessions::principal(tx, session, person, now)?.is_none() {
                return Ok(None);
            }
            Ok(Some(Session {
                tokens: access(&st.keys, person, session)?,
                me: accounts::me(tx, person)?,
                warnings: Vec::new(),
            }))
        })
        .await?;
    match result {
        Some(session) => Ok(answer(
            &state,
            HttpResponse::Ok(),
            Opened {
                session,
                refresh_token: next,
            },
        )),
        None => Err(ApiError::Unauthenticated(INVALID_REFRESH)),
    }
}

/// Ends the session of the refresh cookie (and of the access token, if one is sent) and
/// clears the cookie. Always 204, so it can be retried.
#[utoipa::path(
    tag = "auth",
    params(("twinning_refresh" = Option<String>, Cookie, description = "The refresh token, set by login")),
    responses(
        (status = 204, description = "The session is over"),
        responses::Common,
    )
)]
#[post("/auth/logout")]
pub async fn logout(http: HttpRequest, state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let presented = refresh_cookie::read(&http);
    // The access token names the session even when the cookie is gone; a bad or expired one
    // is simply ignored, as logging out must always work.
    let named = http
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(|t| state.keys.verify(t.trim()))
        .and_then(|c| Some((PersonId(c.sub.parse().ok()?), SessionId(c.sid))));
    if presented.is_some() || named.is_some() {
        state
            .write(move |tx| {
                if let Some(token) = presented {
                    session_flow::close(tx, &token_hash(&token))?;
                }
                if let Some((person, sid)) = named {
                    sessions::end_one(tx, person, sid, EndReason::Logout)?;
                }
                Ok(())
            })
            .await?;
    }
    Ok(no_store(HttpResponse::NoContent())
        .cookie(refresh_cookie::clear(state.secure_cookies))
        .finish())
}

/// The cookie that forgets the refresh token, for routes that end the caller's own session.
pub(super) fn forget_cookie(state: &AppState, res: &mut HttpResponseBuilder) {
    res.cookie(refresh_cookie::clear(state.secure_cookies));
}
