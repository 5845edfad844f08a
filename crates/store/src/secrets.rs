//! Server secrets generated on first start and kept in the database, so that every API
//! instance sharing the database signs and checks tokens with the same key.

use diesel::prelude::*;

use crate::dialect::insert_if_absent;
use crate::schema::app_secrets;
use crate::tx::Tx;
use crate::StoreResult;

/// The secret called `name`, created with `generate` if it does not exist yet. Concurrent first
/// starts agree: the insert is a no-op when another instance won, and everyone reads back.
pub fn get_or_create(
    tx: &mut Tx<'_>,
    name: &str,
    generate: impl FnOnce() -> String,
) -> StoreResult<String> {
    let now = tx.now_naive();
    let value = generate();
    let insert = diesel::insert_into(app_secrets::table).values((
        app_secrets::name.eq(name),
        app_secrets::value.eq(&value),
        app_secrets::created_at.eq(now),
    ));
    insert_if_absent!(tx, insert)?;
    Ok(app_secrets::table
        .find(name)
        .select(app_secrets::value)
        .first(&mut **tx)?)
}

/// The secret called `name`, if it exists (reading needs no write transaction).
pub fn get(conn: &mut crate::DbConn, name: &str) -> StoreResult<Option<String>> {
    Ok(app_secrets::table
        .find(name)
        .select(app_secrets::value)
        .first(conn)
        .optional()?)
}
