//! Write transactions. Every store function that writes takes a `Tx`, and only `write`
//! creates one: nothing can write outside a transaction, and every write in it shares one
//! `now` from the clock.

use std::ops::{Deref, DerefMut};

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::{Connection, SqliteConnection};

use crate::clock::Clock;
use crate::DbConn;

pub struct Tx<'c> {
    conn: &'c mut DbConn,
    now: DateTime<Utc>,
}

impl Tx<'_> {
    /// The instant of this transaction, from the application's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub(crate) fn now_naive(&self) -> NaiveDateTime {
        self.now.naive_utc()
    }

    /// Runs `f` inside a savepoint: if it fails, only its own writes are undone and the
    /// transaction goes on (on PostgreSQL a failed statement otherwise aborts the whole
    /// transaction).
    pub fn savepoint<T, E, F>(&mut self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut Tx<'_>) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        let now = self.now;
        self.conn.transaction(|conn| f(&mut Tx { conn, now }))
    }
}

impl Deref for Tx<'_> {
    type Target = DbConn;
    fn deref(&self) -> &DbConn {
        self.conn
    }
}

impl DerefMut for Tx<'_> {
    fn deref_mut(&mut self) -> &mut DbConn {
        self.conn
    }
}

/// Runs `f` in a write transaction whose `now` is read once from `clock`. On SQLite it is
/// `BEGIN IMMEDIATE`: a deferred transaction that later wants to write can fail with
/// SQLITE_BUSY at once, without waiting for the busy timeout.
pub fn write<T, E, F>(conn: &mut DbConn, clock: &Clock, f: F) -> Result<T, E>
where
    F: FnOnce(&mut Tx<'_>) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let now = clock.now();
    if let DbConn::Sqlite(c) = conn {
        AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?;
        let result = f(&mut Tx {
            conn: &mut *conn,
            now,
        });
        let DbConn::Sqlite(c) = conn else {
            unreachable!("the connection does not change backend")
        };
        return match result {
            Ok(value) => {
                <AnsiTransactionManager as TransactionManager<SqliteConnection>>::commit_transaction(c)?;
                Ok(value)
            }
            Err(e) => {
                <AnsiTransactionManager as TransactionManager<SqliteConnection>>::rollback_transaction(c)?;
                Err(e)
            }
        };
    }
    conn.transaction(|conn| f(&mut Tx { conn, now }))
}
