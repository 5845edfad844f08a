//! Test databases for the store's own tests: a migrated SQLite file always, and a migrated
//! PostgreSQL database too when the tests run against it.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::{build_pool, run_migrations, DatabaseUrl, DbConn};

/// Runs `f` on a migrated SQLite database, and on PostgreSQL too when the tests run
/// against it (`TWINNING_TEST_BACKEND=postgres`).
pub(crate) fn on_each_backend(name: &str, f: impl Fn(&mut DbConn)) {
    let path = std::env::temp_dir().join(format!("twinning-{name}-{}.db", std::process::id()));
    let url = DatabaseUrl::Sqlite(path.display().to_string());
    let pool = build_pool(&url, 1).unwrap();
    let mut conn = pool.get().unwrap();
    run_migrations(&mut conn).unwrap();
    f(&mut conn);
    drop(conn);
    drop(pool);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    if std::env::var("TWINNING_TEST_BACKEND").as_deref() != Ok("postgres") {
        eprintln!("SKIPPED on PostgreSQL: set TWINNING_TEST_BACKEND=postgres to run it there");
        return;
    }
    let base = std::env::var("TWINNING_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
    let db = format!("twinning_{name}_{}", std::process::id());
    let mut admin = PgConnection::establish(&format!("{base}/postgres")).unwrap();
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .unwrap();
    let pool = build_pool(&DatabaseUrl::Postgres(format!("{base}/{db}")), 1).unwrap();
    let mut conn = pool.get().unwrap();
    run_migrations(&mut conn).unwrap();
    f(&mut conn);
    drop(conn);
    drop(pool);
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
        .unwrap();
}
