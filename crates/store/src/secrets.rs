//! Server secrets generated on first start and kept in the database, so that every API
//! instance sharing the database signs and checks tokens with the same key.

use diesel::prelude::*;

use crate::schema::app_secrets;
use crate::{now, write, DbConn, StoreResult};

/// The secret called `name`, created with `generate` if it does not exist yet. Concurrent first
/// starts agree: the insert is a no-op when another instance won, and everyone reads back.
pub fn get_or_create(
    conn: &mut DbConn,
    name: &str,
    generate: impl FnOnce() -> String,
) -> StoreResult<String> {
    write(conn, |conn| {
        let existing: Option<String> = app_secrets::table
            .find(name)
            .select(app_secrets::value)
            .first(conn)
            .optional()?;
        if let Some(value) = existing {
            return Ok(value);
        }
        let value = generate();
        diesel::insert_into(app_secrets::table)
            .values((
                app_secrets::name.eq(name),
                app_secrets::value.eq(&value),
                app_secrets::created_at.eq(now()),
            ))
            .execute(conn)?;
        Ok(value)
    })
}
