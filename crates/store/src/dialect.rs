//! The few statements diesel's multi-backend connection cannot express, written once per
//! backend here, so the rest of the store never catches a database error to decide what to
//! do (on PostgreSQL a failed statement aborts the rest of its transaction).
//! - `insert_if_absent!`: `INSERT … ON CONFLICT DO NOTHING`, reporting whether it went in;
//! - `claim_jobs`: `FOR UPDATE SKIP LOCKED` on PostgreSQL, a plain `UPDATE … RETURNING`
//!   inside the IMMEDIATE transaction on SQLite;
//! - `guarded_update`: an update whose WHERE holds the guard (`taken < capacity`,
//!   `balance >= cost`), reporting whether it applied;
//! - savepoints: `Tx::savepoint`;
//! - `refusal`: which database errors were the input's fault, from each backend's wording.
//! - `execute` / `json_rows` / `foreign_keys`: statements over tables named at run time (the
//!   ownership registry's), with `?` placeholders numbered for PostgreSQL, rows read as JSON,
//!   and the foreign keys the database declares.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_dsl::methods::ExecuteDsl;
use diesel::sql_types::{BigInt, Integer, Text, Timestamp};

use crate::tx::Tx;
use crate::{DbConn, StoreError, StoreResult};

/// A value bound to a `?` of `execute` or `json_rows`.
#[derive(Debug, Clone)]
pub enum Bind {
    Id(i64),
    Time(NaiveDateTime),
    Text(String),
}

/// `?` placeholders as PostgreSQL numbers them (`$1`, `$2`…). The statements come from this
/// crate, never from input, and hold no `?` inside literals.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(c);
        }
    }
    out
}

macro_rules! with_binds {
    ($query:expr, $binds:expr) => {{
        let mut q = $query;
        for b in $binds {
            q = match b {
                Bind::Id(v) => q.bind::<BigInt, _>(*v),
                Bind::Time(v) => q.bind::<Timestamp, _>(*v),
                Bind::Text(v) => q.bind::<Text, _>(v.clone()),
            };
        }
        q
    }};
}

/// Runs a statement written with `?` placeholders; returns the rows it changed.
pub fn execute(conn: &mut DbConn, sql: &str, binds: &[Bind]) -> StoreResult<usize> {
    Ok(match conn {
        DbConn::Postgres(c) => with_binds!(
            diesel::sql_query(numbered(sql)).into_boxed::<diesel::pg::Pg>(),
            binds
        )
        .execute(c)?,
        DbConn::Sqlite(c) => with_binds!(
            diesel::sql_query(sql).into_boxed::<diesel::sqlite::Sqlite>(),
            binds
        )
        .execute(c)?,
    })
}

#[derive(QueryableByName)]
struct JsonRow {
    #[diesel(sql_type = Text)]
    row: String,
}

#[derive(QueryableByName)]
struct ColumnName {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Every row of `table` where `filter` (SQL with `?` placeholders) holds, each as a JSON
/// object of all its columns. `table` must be a table this crate names.
pub fn json_rows(
    conn: &mut DbConn,
    table: &str,
    filter: &str,
    binds: &[Bind],
) -> StoreResult<Vec<serde_json::Value>> {
    let rows: Vec<JsonRow> = match conn {
        DbConn::Postgres(c) => {
            let sql = format!(
                "SELECT row_to_json(t)::text AS row FROM {table} t WHERE {filter} ORDER BY 1"
            );
            with_binds!(
                diesel::sql_query(numbered(&sql)).into_boxed::<diesel::pg::Pg>(),
                binds
            )
            .load(c)?
        }
        DbConn::Sqlite(c) => {
            let columns: Vec<ColumnName> =
                diesel::sql_query("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                    .bind::<Text, _>(table)
                    .load(c)?;
            let pairs: Vec<String> = columns
                .iter()
                .map(|col| format!("'{0}', \"{0}\"", col.name))
                .collect();
            let sql = format!(
                "SELECT json_object({}) AS row FROM {table} WHERE {filter} ORDER BY 1",
                pairs.join(", ")
            );
            with_binds!(
                diesel::sql_query(sql).into_boxed::<diesel::sqlite::Sqlite>(),
                binds
            )
            .load(c)?
        }
    };
    rows.into_iter()
        .map(|r| serde_json::from_str(&r.row).map_err(|e| StoreError::Corrupt(e.to_string())))
        .collect()
}

/// A column that references another table, as the database declares it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, QueryableByName)]
pub struct ForeignKey {
    #[diesel(sql_type = Text)]
    pub table_name: String,
    #[diesel(sql_type = Text)]
    pub column_name: String,
    #[diesel(sql_type = Text)]
    pub references: String,
}

const FOREIGN_KEYS_SQLITE: &str = "\
SELECT m.name AS table_name, f.\"from\" AS column_name, f.\"table\" AS \"references\" \
FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
WHERE m.type = 'table' ORDER BY 1, 2";

const FOREIGN_KEYS_POSTGRES: &str = "\
SELECT kcu.table_name::text AS table_name, kcu.column_name::text AS column_name, \
    ccu.table_name::text AS \"references\" \
FROM information_schema.table_constraints tc \
JOIN information_schema.key_column_usage kcu \
    ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema \
JOIN information_schema.constraint_column_usage ccu \
    ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema \
WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() \
ORDER BY 1, 2";

/// Every foreign key of the database, read from its catalogue.
pub fn foreign_keys(conn: &mut DbConn) -> StoreResult<Vec<ForeignKey>> {
    Ok(match conn {
        DbConn::Postgres(c) => diesel::sql_query(FOREIGN_KEYS_POSTGRES).load(c)?,
        DbConn::Sqlite(c) => diesel::sql_query(FOREIGN_KEYS_SQLITE).load(c)?,
    })
}

/// `INSERT … ON CONFLICT DO NOTHING` on either backend: evaluates to
/// `StoreResult<bool>`, true when the row was inserted.
macro_rules! insert_if_absent {
    ($tx:expr, $insert:expr) => {{
        use diesel::RunQueryDsl as _;
        let conn: &mut $crate::DbConn = &mut *$tx;
        let inserted: Result<usize, diesel::result::Error> = match conn {
            $crate::DbConn::Postgres(c) => $insert.on_conflict_do_nothing().execute(c),
            $crate::DbConn::Sqlite(c) => $insert.on_conflict_do_nothing().execute(c),
        };
        inserted.map(|n| n > 0).map_err($crate::StoreError::from)
    }};
}
pub(crate) use insert_if_absent;

/// Runs an update whose filter is its guard; true when it changed a row.
pub fn guarded_update<Q>(tx: &mut Tx<'_>, update: Q) -> StoreResult<bool>
where
    Q: RunQueryDsl<DbConn> + ExecuteDsl<DbConn>,
{
    Ok(update.execute(&mut **tx)? > 0)
}

/// Why the database refused a statement, when the values sent were at fault rather than the
/// server: callers answer these as the client's error. Validation should have caught each one
/// first; this is the net below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub kind: RefusalKind,
    /// The column at fault when the backend says (`email`); otherwise none.
    pub column: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// A unique value is taken.
    Taken,
    /// A reference to a row that does not exist.
    Dangling,
    /// A CHECK or NOT NULL constraint.
    NotAllowed,
    /// Text the backend cannot store (a NUL byte, an invalid encoding: PostgreSQL).
    BadText,
    /// Longer than the column takes.
    TooLong,
    /// A number out of the column's range.
    OutOfRange,
}

/// Classifies a database error; `None` for errors that are not the input's fault (a lost
/// connection, a serialization failure, a broken statement).
pub fn refusal(error: &diesel::result::Error) -> Option<Refusal> {
    use diesel::result::{DatabaseErrorKind as K, Error};
    let Error::DatabaseError(kind, info) = error else {
        return None;
    };
    let message = info.message();
    let kind = match kind {
        K::UniqueViolation => RefusalKind::Taken,
        K::ForeignKeyViolation => RefusalKind::Dangling,
        K::CheckViolation | K::NotNullViolation => RefusalKind::NotAllowed,
        // Neither backend gives diesel a code for data exceptions: PostgreSQL's messages
        // (SQLSTATE 22xxx), then SQLite's.
        K::Unknown => {
            let m = message.to_ascii_lowercase();
            if m.contains("invalid byte sequence") || m.contains("contains null") {
                RefusalKind::BadText
            } else if m.contains("value too long") || m.contains("string or blob too big") {
                RefusalKind::TooLong
            } else if m.contains("out of range") || m.contains("overflow") {
                RefusalKind::OutOfRange
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let column = info
        .column_name()
        .map(str::to_owned)
        // SQLite: "UNIQUE constraint failed: people.email".
        .or_else(|| {
            let (_, rest) = message.split_once(" constraint failed: ")?;
            let first = rest.split(',').next()?.trim();
            Some(first.rsplit('.').next()?.to_owned())
        });
    Some(Refusal { kind, column })
}

#[derive(Debug, Clone, QueryableByName)]
pub struct ClaimedRow {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub payload: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Integer)]
    pub max_attempts: i32,
}

const CLAIM_POSTGRES: &str = "\
UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $2, \
    attempts = attempts + 1, updated_at = $3 \
WHERE id IN ( \
    SELECT id FROM jobs \
    WHERE (status = 'pending' AND run_at <= $3) OR (status = 'running' AND locked_until < $3) \
    ORDER BY run_at, id LIMIT $4 \
    FOR UPDATE SKIP LOCKED) \
RETURNING id, kind, payload, attempts, max_attempts";

// SQLite has one writer at a time: the IMMEDIATE transaction is the lock.
const CLAIM_SQLITE: &str = "\
UPDATE jobs SET status = 'running', locked_by = ?1, locked_until = ?2, \
    attempts = attempts + 1, updated_at = ?3 \
WHERE id IN ( \
    SELECT id FROM jobs \
    WHERE (status = 'pending' AND run_at <= ?3) OR (status = 'running' AND locked_until < ?3) \
    ORDER BY run_at, id LIMIT ?4) \
RETURNING id, kind, payload, attempts, max_attempts";

/// Claims up to `limit` due jobs (or jobs whose lease ran out) for `worker` until
/// `lease_until`. Two workers never claim the same job while its lease holds.
pub fn claim_jobs(
    tx: &mut Tx<'_>,
    worker: &str,
    lease_until: NaiveDateTime,
    limit: i64,
) -> StoreResult<Vec<ClaimedRow>> {
    let now = tx.now_naive();
    let mut rows = match &mut **tx {
        DbConn::Postgres(c) => diesel::sql_query(CLAIM_POSTGRES)
            .bind::<Text, _>(worker)
            .bind::<Timestamp, _>(lease_until)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load::<ClaimedRow>(c)?,
        DbConn::Sqlite(c) => diesel::sql_query(CLAIM_SQLITE)
            .bind::<Text, _>(worker)
            .bind::<Timestamp, _>(lease_until)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load::<ClaimedRow>(c)?,
    };
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use crate::schema::app_secrets;
    use crate::test_db::on_each_backend;
    use crate::{write, Clock, DbConn, StoreError};

    fn secret(value: &str) -> impl Fn(&mut crate::Tx<'_>) -> Result<bool, StoreError> + '_ {
        move |tx| {
            let now = tx.now_naive();
            let insert = diesel::insert_into(app_secrets::table).values((
                app_secrets::name.eq("k"),
                app_secrets::value.eq(value),
                app_secrets::created_at.eq(now),
            ));
            insert_if_absent!(tx, insert)
        }
    }

    #[test]
    fn insert_if_absent_reports_and_leaves_the_transaction_usable() {
        on_each_backend("dialect_insert", |conn| {
            let clock = Clock::system();
            let (first, second, after) = write(conn, &clock, |tx| {
                let first = secret("one")(tx)?;
                let second = secret("two")(tx)?;
                // The transaction goes on after the refused insert (PostgreSQL would abort it
                // had the unique violation been raised and caught).
                let after: i64 = app_secrets::table.count().get_result(&mut **tx)?;
                Ok::<_, StoreError>((first, second, after))
            })
            .unwrap();
            assert!(first && !second);
            assert_eq!(after, 1);
            let value: String = app_secrets::table
                .select(app_secrets::value)
                .first(conn)
                .unwrap();
            assert_eq!(value, "one", "the first value stays");
        });
    }

    #[test]
    fn a_guarded_update_reports_whether_it_applied() {
        on_each_backend("dialect_guard", |conn| {
            let clock = Clock::system();
            write(conn, &clock, |tx| secret("10")(tx)).unwrap();
            let spend = |conn: &mut DbConn, expected: &'static str| {
                write(conn, &clock, |tx| {
                    super::guarded_update(
                        tx,
                        diesel::update(
                            app_secrets::table
                                .filter(app_secrets::name.eq("k"))
                                .filter(app_secrets::value.eq(expected)),
                        )
                        .set(app_secrets::value.eq("spent")),
                    )
                })
                .unwrap()
            };
            assert!(spend(conn, "10"));
            assert!(!spend(conn, "10"), "the guard no longer holds");
        });
    }

    #[test]
    fn a_failed_savepoint_undoes_only_its_own_writes() {
        on_each_backend("dialect_savepoint", |conn| {
            let clock = Clock::system();
            let outcome = write(conn, &clock, |tx| {
                secret("kept")(tx)?;
                let inner: Result<(), StoreError> = tx.savepoint(|tx| {
                    diesel::update(app_secrets::table)
                        .set(app_secrets::value.eq("changed"))
                        .execute(&mut **tx)?;
                    // A duplicate key: the statement fails inside the savepoint.
                    diesel::insert_into(app_secrets::table)
                        .values((
                            app_secrets::name.eq("k"),
                            app_secrets::value.eq("dup"),
                            app_secrets::created_at.eq(tx.now_naive()),
                        ))
                        .execute(&mut **tx)?;
                    Ok(())
                });
                assert!(inner.is_err());
                let value: String = app_secrets::table
                    .select(app_secrets::value)
                    .first(&mut **tx)?;
                Ok::<_, StoreError>(value)
            })
            .unwrap();
            assert_eq!(outcome, "kept");
        });
    }
}
