//! What every request handler shares: the pool, the clock, the signing keys, the limiters.

use std::sync::Arc;

use actix_web::web;
use twinning_domain::stats::DatabaseBackend;
use twinning_flows::mail::Mailer;
use twinning_store::{Clock, DbConn, DbPool, Tx};

use crate::auth::jwt::JwtKeys;
use crate::auth::limiter::KeyLimiter;
use crate::auth::rate::IpLimiter;
use crate::auth::throttle::LoginThrottle;
use crate::error::ApiError;
use crate::net::TrustedProxies;

pub struct AppState {
    pub pool: DbPool,
    pub backend: DatabaseBackend,
    /// The one source of "now"; tests move it by hand.
    pub clock: Clock,
    pub keys: JwtKeys,
    /// Login attempts per client address.
    pub login_limiter: IpLimiter,
    /// One token bucket per partner API key.
    pub key_limiter: KeyLimiter,
    /// Registrations per client address.
    pub register_limiter: IpLimiter,
    /// Token refreshes per client address.
    pub refresh_limiter: IpLimiter,
    /// Password-reset requests per client address.
    pub reset_limiter: IpLimiter,
    /// Growing delays after failed logins, per account and address.
    pub login_throttle: LoginThrottle,
    /// Whose `X-Forwarded-For` names the client (`net::client_ip`).
    pub trusted_proxies: TrustedProxies,
    /// Serving the demo network: single-use links stay readable in the mail outbox.
    pub demo: bool,
    /// The refresh cookie is `Secure`: the server is reached over https.
    pub secure_cookies: bool,
    /// Writes and sends mail; the worker shares it.
    pub mailer: Arc<Mailer>,
}

impl AppState {
    /// Runs blocking database work on the thread pool, with a connection from the pool.
    pub async fn db<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get().map_err(|e| {
                tracing::warn!(error = %e, "no database connection");
                ApiError::Unavailable
            })?;
            f(&mut conn)
        })
        .await?
    }

    /// Runs `f` in one write transaction (see `twinning_store::write`) on the thread pool.
    pub async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut Tx<'_>) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let clock = self.clock.clone();
        self.db(move |conn| twinning_store::write(conn, &clock, f))
            .await
    }
}
