//! Who is calling: the bearer credential turned into a `Principal` (a person from an access
//! token and the live session it names, or a partner system from an API key), and extractors
//! for handlers that need one.

pub mod api_key;
pub mod jwt;
pub mod limiter;
pub mod password;
pub mod rate;
pub mod refresh_cookie;
pub mod secrets;
pub mod signing;
pub mod throttle;

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{http::header, web, FromRequest, HttpMessage, HttpRequest};
use twinning_domain::principal::{PersonPrincipal, Principal};
use twinning_domain::PersonId;
use twinning_store::sessions::{self, SessionId};

use crate::error::ApiError;
use crate::state::AppState;

/// Any caller, anonymous included. A credential that is present but invalid is still
/// refused: silently treating it as anonymous would hide an expired session from the client.
#[derive(Debug, Clone)]
pub struct Anyone(pub Principal);

/// A signed-in person or a partner API key.
#[derive(Debug, Clone)]
pub struct Authed(pub Principal);

/// A signed-in person (API keys are refused with 403).
#[derive(Debug, Clone, Copy)]
pub struct PersonAuth(pub PersonPrincipal);

impl PersonAuth {
    pub fn principal(&self) -> Principal {
        Principal::Person(self.0)
    }
}

fn bearer(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| Some(t.trim().to_owned()))
        .ok_or(ApiError::Unauthenticated(
            "the Authorization header must be `Bearer <access token or API key>`",
        ))
}

fn state(req: &HttpRequest) -> Result<web::Data<AppState>, ApiError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))
}

/// The session of the request's access token, once `principal_of` has checked it.
#[derive(Debug, Clone, Copy)]
struct CurrentSession(SessionId);

/// The person of an access token, as the database says now: the session it names must be
/// live and the person still there and enabled. Their role, organisation, rights and
/// verification are read here, so a change to any of them holds from the next request.
async fn person_from_token(
    req: &HttpRequest,
    state: &AppState,
    token: &str,
) -> Result<Principal, ApiError> {
    let invalid = || ApiError::Unauthenticated("the access token is invalid or expired");
    let claims = state.keys.verify(token).ok_or_else(invalid)?;
    let person = PersonId(claims.sub.parse().map_err(|_| invalid())?);
    let sid = SessionId(claims.sid);
    let now = state.clock.now();
    let live = state
        .db(move |conn| Ok(sessions::principal(conn, sid, person, now)?))
        .await?
        .ok_or(ApiError::Unauthenticated(
            "this session has ended; sign in again",
        ))?;
    if live.seen_is_stale(now) {
        // At most once a minute per session; a failure to record it does not fail the call.
        if let Err(e) = state
            .write(move |tx| Ok(sessions::touch(tx, sid, person)?))
            .await
        {
            tracing::warn!(session = sid.0, error = %e, "could not record a session as seen");
        }
    }
    req.extensions_mut().insert(CurrentSession(sid));
    Ok(Principal::Person(live.principal))
}

async fn principal_of(req: HttpRequest) -> Result<Principal, ApiError> {
    let Some(token) = bearer(&req)? else {
        return Ok(Principal::Anonymous);
    };
    let state = state(&req)?;
    if api_key::is_key(&token) {
        return api_key::principal_for(&req, &state, &token)
            .await
            .map(Principal::ApiKey);
    }
    person_from_token(&req, &state, &token).await
}

type Extracted<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;

impl FromRequest for Anyone {
    type Error = ApiError;
    type Future = Extracted<Anyone>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { principal_of(req).await.map(Anyone) })
    }
}

impl FromRequest for Authed {
    type Error = ApiError;
    type Future = Extracted<Authed>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match principal_of(req).await? {
                Principal::Anonymous => Err(ApiError::Unauthenticated(
                    "sign in and send your access token (or an API key) as `Authorization: Bearer …`",
                )),
                p => Ok(Authed(p)),
            }
        })
    }
}

impl FromRequest for PersonAuth {
    type Error = ApiError;
    type Future = Extracted<PersonAuth>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match principal_of(req).await? {
                Principal::Person(p) => Ok(PersonAuth(p)),
                Principal::Anonymous => Err(ApiError::Unauthenticated(
                    "log in and send your access token as `Authorization: Bearer <token>`",
                )),
                _ => Err(ApiError::Forbidden(
                    "API keys may not do this; sign in as a person",
                )),
            }
        })
    }
}

/// A signed-in person and the session the request comes from (to tell "this device" apart in
/// the session list, and to keep it when the password changes).
#[derive(Debug, Clone, Copy)]
pub struct SessionAuth {
    pub person: PersonPrincipal,
    pub session: SessionId,
}

impl FromRequest for SessionAuth {
    type Error = ApiError;
    type Future = Extracted<SessionAuth>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let person = PersonAuth::from_request(&req, payload);
        Box::pin(async move {
            let PersonAuth(person) = person.await?;
            let session = req
                .extensions()
                .get::<CurrentSession>()
                .map(|c| c.0)
                .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no session was recorded")))?;
            Ok(SessionAuth { person, session })
        })
    }
}
