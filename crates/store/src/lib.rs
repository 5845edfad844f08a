//! Twinning's storage: one diesel code path over SQLite (embedded default) and PostgreSQL
//! (production). Rows stay inside this crate; callers get the domain types.

pub mod accounts;
mod conn;
pub mod organisations;
pub mod practices;
mod schema;
pub mod secrets;
pub mod stats;
mod tags;
mod text;

pub use conn::{
    build_pool, run_migrations, write, DatabaseUrl, DbConn, DbPool, Manager, PooledConn,
};

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::result::{DatabaseErrorKind, Error as DieselError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique value is taken (`field` names the input at fault).
    #[error("{field}: {message}")]
    Conflict {
        field: &'static str,
        message: String,
    },
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
    /// Turns a unique-constraint failure into a conflict on `field`; other errors pass through.
    pub fn unique_as(self, field: &'static str, message: &str) -> StoreError {
        match self {
            StoreError::Database(DieselError::DatabaseError(
                DatabaseErrorKind::UniqueViolation,
                _,
            )) => StoreError::Conflict {
                field,
                message: message.to_owned(),
            },
            other => other,
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

pub(crate) fn now() -> NaiveDateTime {
    // Microseconds: what PostgreSQL keeps, so a value reads back as it was written.
    let now = Utc::now().naive_utc();
    now.with_nanosecond_truncated()
}

trait TruncateNanos {
    fn with_nanosecond_truncated(self) -> Self;
}

impl TruncateNanos for NaiveDateTime {
    fn with_nanosecond_truncated(self) -> Self {
        use chrono::Timelike;
        let micros = self.nanosecond() / 1000 * 1000;
        self.with_nanosecond(micros).unwrap_or(self)
    }
}

pub(crate) fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

/// Who is asking, as far as visibility goes. Built by the API from the access token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Viewer {
    pub person_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub is_network_admin: bool,
}

impl Viewer {
    pub fn anonymous() -> Viewer {
        Viewer::default()
    }
}
