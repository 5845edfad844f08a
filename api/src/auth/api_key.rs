//! Partner API keys on the wire: making a key, and authenticating `Authorization: Bearer
//! twk_…` once per request in a middleware that also applies the per-key rate limit and
//! tells the caller its remaining allowance in `RateLimit-*` headers.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpRequest};
use twinning_domain::api_key::KEY_PREFIX;
use twinning_domain::principal::KeyPrincipal;
use twinning_store::api_keys;

use crate::auth::limiter::{Allowance, Limited};
use crate::auth::secrets::{random_token, token_hash};
use crate::error::ApiError;
use crate::state::AppState;

/// Characters of the key kept in clear to recognise it (`twk_` and eight more).
const DISPLAY_PREFIX_LEN: usize = KEY_PREFIX.len() + 8;

/// A new key: the secret (shown once), its display prefix and the hash the database keeps.
pub struct NewSecret {
    pub key: String,
    pub prefix: String,
    pub hash: String,
}

pub fn generate() -> anyhow::Result<NewSecret> {
    let key = format!("{KEY_PREFIX}{}", random_token(32)?);
    Ok(NewSecret {
        prefix: key[..DISPLAY_PREFIX_LEN].to_owned(),
        hash: token_hash(&key),
        key,
    })
}

/// The key a request presents, if its bearer credential is one.
fn presented(req: &HttpRequest) -> Option<String> {
    let value = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))?
        .trim();
    token.starts_with(KEY_PREFIX).then(|| token.to_owned())
}

/// Whether the request's bearer credential is an API key (rather than an access token).
pub fn is_key(token: &str) -> bool {
    token.starts_with(KEY_PREFIX)
}

/// The key principal the middleware authenticated for this request.
#[derive(Clone)]
struct Authenticated(KeyPrincipal);

/// Looks the key up by its hash and refuses unknown, revoked and expired keys. A use is
/// recorded at most once a minute per key (a failure to record it does not fail the call).
pub async fn authenticate(state: &AppState, key: &str) -> Result<KeyPrincipal, ApiError> {
    let hash = token_hash(key);
    let (credential, status) = state
        .db(move |conn| {
            let Some(credential) = api_keys::by_hash(conn, &hash)? else {
                return Ok(None);
            };
            let (status, _) =
                twinning_store::organisations::status_of(conn, credential.organisation_id)?;
            Ok(Some((credential, status)))
        })
        .await?
        .ok_or(ApiError::Unauthenticated("this API key is not known"))?;
    let now = state.clock.now();
    if credential.revoked_at.is_some() {
        return Err(ApiError::Unauthenticated("this API key was revoked"));
    }
    if !credential.is_live(now) {
        return Err(ApiError::Unauthenticated("this API key has expired"));
    }
    // A key acts in the network's name: only for an active organisation.
    if status != twinning_domain::OrganisationStatus::Active {
        return Err(ApiError::OrganisationNotActive(status));
    }
    if credential.use_is_stale(now) {
        let id = credential.id;
        if let Err(e) = state.write(move |tx| Ok(api_keys::touch(tx, id)?)).await {
            tracing::warn!(key = %id, error = %e, "could not record the use of an API key");
        }
    }
    Ok(KeyPrincipal {
        key_id: credential.id,
        organisation_id: credential.organisation_id,
        scopes: credential.scopes,
        on_behalf_of: credential.created_by,
    })
}

/// The principal of a request with an API key: the one the middleware found, or (for a
/// route outside its scope) authenticated and rate-limited here.
pub async fn principal_for(
    req: &HttpRequest,
    state: &AppState,
    key: &str,
) -> Result<KeyPrincipal, ApiError> {
    if let Some(Authenticated(p)) = req.extensions().get::<Authenticated>() {
        return Ok(p.clone());
    }
    let principal = authenticate(state, key).await?;
    state
        .key_limiter
        .check(principal.key_id)
        .map_err(|l| ApiError::RateLimited {
            retry_after_secs: l.retry_after_secs,
        })?;
    Ok(principal)
}

fn set_allowance(headers: &mut HeaderMap, allowance: Allowance) {
    for (name, value) in [
        ("ratelimit-limit", u64::from(allowance.limit)),
        ("ratelimit-remaining", u64::from(allowance.remaining)),
        ("ratelimit-reset", allowance.reset_secs),
    ] {
        headers.insert(HeaderName::from_static(name), HeaderValue::from(value));
    }
}

/// Authenticates API keys for every route of the scope it wraps, before any handler runs, so
/// every request of a key counts against its bucket, whatever the route.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let Some(key) = presented(req.request()) else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(req
            .error_response(ApiError::Internal(anyhow::anyhow!(
                "application state missing"
            )))
            .map_into_right_body());
    };
    let principal = match authenticate(&state, &key).await {
        Ok(p) => p,
        Err(e) => return Ok(req.error_response(e).map_into_right_body()),
    };
    match state.key_limiter.check(principal.key_id) {
        Err(Limited {
            retry_after_secs,
            allowance,
        }) => {
            let mut res = req.error_response(ApiError::RateLimited { retry_after_secs });
            set_allowance(res.headers_mut(), allowance);
            Ok(res.map_into_right_body())
        }
        Ok(allowance) => {
            req.extensions_mut().insert(Authenticated(principal));
            let mut res = next.call(req).await?;
            set_allowance(res.headers_mut(), allowance);
            Ok(res.map_into_left_body())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_prefixed_random_and_kept_only_as_hashes() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert!(a.key.starts_with("twk_") && a.key.len() == 4 + 43);
        assert_ne!(a.key, b.key);
        assert_eq!(a.prefix, a.key[..12]);
        assert_eq!(a.hash, token_hash(&a.key));
        assert!(!a.hash.contains(&a.key[4..]));
        assert!(is_key(&a.key) && !is_key("eyJhbGciOi"));
    }
}
