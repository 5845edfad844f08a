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

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_dsl::methods::ExecuteDsl;
use diesel::sql_types::{BigInt, Integer, Text, Timestamp};

use crate::tx::Tx;
use crate::{DbConn, StoreResult};

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
