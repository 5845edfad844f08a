//! Who is calling: the bearer token turned into a `Caller`, and the rules for what a caller
//! may do that several routes share.

pub mod jwt;
pub mod limiter;
pub mod password;
pub mod secrets;

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::{http::header, web, FromRequest, HttpRequest};
use twinning_domain::Role;
use twinning_store::Viewer;

use crate::error::ApiError;
use crate::state::AppState;

/// An authenticated person, from a valid access token.
#[derive(Debug, Clone, Copy)]
pub struct Caller {
    pub person_id: i64,
    pub organisation_id: i64,
    pub role: Role,
    pub is_network_admin: bool,
}

impl Caller {
    pub fn viewer(&self) -> Viewer {
        Viewer {
            person_id: Some(self.person_id),
            organisation_id: Some(self.organisation_id),
            is_network_admin: self.is_network_admin,
        }
    }

    /// Org admins manage their own organisation; network admins manage every one.
    pub fn manages(&self, organisation_id: i64) -> bool {
        self.is_network_admin
            || (self.role == Role::OrgAdmin && self.organisation_id == organisation_id)
    }

    pub fn require_network_admin(&self) -> Result<(), ApiError> {
        if self.is_network_admin {
            Ok(())
        } else {
            Err(ApiError::Forbidden("only network admins may do this"))
        }
    }
}

/// A caller who may be anonymous. A token that is present but invalid is still refused:
/// silently treating it as anonymous would hide an expired session from the client.
#[derive(Debug, Clone, Copy)]
pub struct MaybeCaller(pub Option<Caller>);

impl MaybeCaller {
    pub fn viewer(&self) -> Viewer {
        self.0.map(|c| c.viewer()).unwrap_or_else(Viewer::anonymous)
    }
}

fn caller_from(req: &HttpRequest) -> Result<Option<Caller>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .ok_or(ApiError::Unauthenticated(
            "the Authorization header must be `Bearer <access token>`",
        ))?;
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))?;
    let claims = state.keys.verify(token).ok_or(ApiError::Unauthenticated(
        "the access token is invalid or expired",
    ))?;
    let person_id = claims
        .sub
        .parse()
        .map_err(|_| ApiError::Unauthenticated("the access token is invalid or expired"))?;
    Ok(Some(Caller {
        person_id,
        organisation_id: claims.org,
        role: claims.role,
        is_network_admin: claims.adm,
    }))
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Ready<Result<Caller, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(caller_from(req).and_then(|c| {
            c.ok_or(ApiError::Unauthenticated(
                "log in and send your access token as `Authorization: Bearer <token>`",
            ))
        }))
    }
}

impl FromRequest for MaybeCaller {
    type Error = ApiError;
    type Future = Ready<Result<MaybeCaller, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(caller_from(req).map(MaybeCaller))
    }
}
