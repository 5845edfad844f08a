//! What every request handler shares: the pool, the signing keys, the login limiter.

use actix_web::web;
use twinning_domain::stats::DatabaseBackend;
use twinning_store::{DbConn, DbPool};

use crate::auth::jwt::JwtKeys;
use crate::auth::limiter::LoginLimiter;
use crate::error::ApiError;

pub struct AppState {
    pub pool: DbPool,
    pub backend: DatabaseBackend,
    pub keys: JwtKeys,
    pub login_limiter: LoginLimiter,
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
}
