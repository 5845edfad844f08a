//! Who is calling: the bearer credential turned into a `Principal` (a person from an access
//! token, or a partner system from an API key), and extractors for handlers that need one.

pub mod api_key;
pub mod jwt;
pub mod limiter;
pub mod password;
pub mod secrets;

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{http::header, web, FromRequest, HttpRequest};
use twinning_domain::principal::{PersonPrincipal, Principal};
use twinning_domain::{OrganisationId, PersonId};

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

fn person_from_token(state: &AppState, token: &str) -> Result<Principal, ApiError> {
    let invalid = || ApiError::Unauthenticated("the access token is invalid or expired");
    let claims = state.keys.verify(token).ok_or_else(invalid)?;
    let person_id = claims.sub.parse().map_err(|_| invalid())?;
    Ok(Principal::Person(PersonPrincipal {
        person_id: PersonId(person_id),
        organisation_id: OrganisationId(claims.org),
        role: claims.role,
        is_network_admin: claims.adm,
        email_verified: true,
        organisation_status: twinning_domain::OrganisationStatus::Active,
    }))
}

/// The standing of the person's organisation now, so that approval, suspension and rejection
/// apply to tokens already issued. A token of a deleted account, or naming an organisation the
/// person no longer belongs to (merged into another), is refused: sign in again.
async fn with_organisation_status(
    state: &AppState,
    principal: Principal,
) -> Result<Principal, ApiError> {
    let Principal::Person(mut p) = principal else {
        return Ok(principal);
    };
    let person = p.person_id;
    let standing = state
        .db(move |conn| Ok(twinning_store::organisations::standing_of(conn, person)?))
        .await?;
    match standing {
        None => Err(ApiError::Unauthenticated("this account no longer exists")),
        Some((org, _)) if org != p.organisation_id => Err(ApiError::Unauthenticated(
            "your organisation changed since you signed in; sign in again",
        )),
        Some((_, status)) => {
            p.organisation_status = status;
            Ok(Principal::Person(p))
        }
    }
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
    let principal = person_from_token(&state, &token)?;
    with_organisation_status(&state, principal).await
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
