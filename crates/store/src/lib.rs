//! Twinning's storage: one diesel code path over SQLite (embedded default) and PostgreSQL
//! (production). Rows stay inside this crate; callers get the domain types.

pub mod accounts;
pub mod api_keys;
pub mod clock;
mod conn;
pub mod dialect;
pub mod events;
pub mod invitations;
pub mod jobs;
pub mod mail;
pub mod members;
pub mod notifications;
pub mod organisations;
pub mod ownership;
pub mod people_admin;
pub mod person_tokens;
pub mod practices;
pub mod profile;
mod schema;
pub mod secrets;
pub mod sessions;
pub mod stats;
mod tags;
#[cfg(test)]
mod test_db;
mod text;
pub mod translations;
mod tx;

pub use clock::Clock;
pub use conn::{build_pool, run_migrations, DatabaseUrl, DbConn, DbPool, Manager, PooledConn};
pub use tx::{write, Tx};

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::result::DatabaseErrorKind;
/// The database error type, for `From` impls of callers' error types (`write` needs one).
pub use diesel::result::Error as DieselError;
use twinning_domain::problem::Reason;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique value is taken (`field` names the input at fault).
    #[error("{field}: {reason}")]
    Conflict { field: &'static str, reason: Reason },
    #[error("database error: {0}")]
    Database(#[source] DieselError),
    #[error("database unavailable: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("{0}")]
    Setup(String),
    /// A stored value no longer parses: data written by a newer or broken version.
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
}

impl From<DieselError> for StoreError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::NotFound => StoreError::NotFound,
            other => StoreError::Database(other),
        }
    }
}

impl StoreError {
    /// A stored value that no longer parses, with what its parser said.
    pub fn corrupt(why: impl std::fmt::Display) -> StoreError {
        StoreError::Corrupt(why.to_string())
    }

    /// The database refused the values sent (see `dialect::refusal`): the input's fault.
    pub fn refusal(&self) -> Option<dialect::Refusal> {
        match self {
            StoreError::Database(e) => dialect::refusal(e),
            _ => None,
        }
    }

    /// Turns a unique-constraint failure into a conflict on `field`; other errors pass through.
    pub fn unique_as(self, field: &'static str, message: &str) -> StoreError {
        match self {
            StoreError::Database(DieselError::DatabaseError(
                DatabaseErrorKind::UniqueViolation,
                _,
            )) => StoreError::Conflict {
                field,
                reason: Reason::taken().saying(message),
            },
            other => other,
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

pub(crate) fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}
