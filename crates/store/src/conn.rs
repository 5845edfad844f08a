//! The one place that knows there are two backends: connecting, pragmas, migrations and the
//! write-transaction flavour. Everything else is written once against `DbConn`.

use std::path::Path;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use twinning_domain::stats::DatabaseBackend;

use crate::StoreError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

impl DbConn {
    pub fn backend(&self) -> DatabaseBackend {
        match self {
            DbConn::Postgres(_) => DatabaseBackend::Postgres,
            DbConn::Sqlite(_) => DatabaseBackend::Sqlite,
        }
    }
}

/// Where the data lives, decided from `DATABASE_URL`: `postgres://…` or `postgresql://…` is
/// PostgreSQL; anything else is a SQLite file (`sqlite://path`, `sqlite:path` or a bare path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    Sqlite(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> DatabaseUrl {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return DatabaseUrl::Postgres(url.to_owned());
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        DatabaseUrl::Sqlite(path.to_owned())
    }

    pub fn backend(&self) -> DatabaseBackend {
        match self {
            DatabaseUrl::Postgres(_) => DatabaseBackend::Postgres,
            DatabaseUrl::Sqlite(_) => DatabaseBackend::Sqlite,
        }
    }

    /// The folder beside the data (for SQLite), where first-start files may live.
    pub fn sqlite_dir(&self) -> Option<&Path> {
        match self {
            DatabaseUrl::Sqlite(p) => Path::new(p).parent(),
            DatabaseUrl::Postgres(_) => None,
        }
    }
}

/// Opens connections for the pool. The derive's own `establish` would try each backend in
/// turn, so a mistyped or unreachable PostgreSQL URL could silently become a SQLite file.
#[derive(Debug, Clone)]
pub struct Manager {
    url: DatabaseUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url)
                .map(DbConn::Postgres)
                .map_err(r2d2::Error::ConnectionError),
            DatabaseUrl::Sqlite(path) => {
                let mut conn =
                    SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                // busy_timeout before WAL: switching the journal mode itself may wait on a lock.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

pub type DbPool = Pool<Manager>;
pub type PooledConn = PooledConnection<Manager>;

pub fn build_pool(url: &DatabaseUrl, max_size: u32) -> Result<DbPool, StoreError> {
    if let DatabaseUrl::Sqlite(path) = url {
        if let Some(dir) = Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Setup(format!("cannot create {}: {e}", dir.display())))?;
        }
    }
    Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(10))
        .build(Manager { url: url.clone() })
        .map_err(|e| StoreError::Setup(format!("cannot connect to the database: {e}")))
}

/// Applies the migrations of the connection's backend; returns the versions applied.
pub fn run_migrations(conn: &mut DbConn) -> Result<Vec<String>, StoreError> {
    let applied = match conn {
        DbConn::Sqlite(c) => c
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.iter().map(ToString::to_string).collect()),
        DbConn::Postgres(c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.iter().map(ToString::to_string).collect()),
    };
    let applied = applied.map_err(|e| StoreError::Setup(format!("migrations failed: {e}")))?;
    // Data the SQL migrations cannot compute, done the same way on both backends.
    crate::organisations::backfill_name_keys(conn)?;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_scheme_picks_the_backend() {
        assert_eq!(
            DatabaseUrl::parse("postgres://postgres@127.0.0.1/x").backend(),
            DatabaseBackend::Postgres
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/twinning.db"),
            DatabaseUrl::Sqlite("data/twinning.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("data/twinning.db"),
            DatabaseUrl::Sqlite("data/twinning.db".into())
        );
    }
}
