//! Single-use tokens mailed to a person: a link to verify an address, or to reset a password.
//! Only the SHA-256 of a token is kept; the token itself exists in the mail alone.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::dsl::{count_star, max, min};
use diesel::prelude::*;
use twinning_domain::PersonId;

use crate::schema::person_tokens;
use crate::{utc, DbConn, StoreResult, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Verifies the address kept beside the token.
    VerifyEmail,
    ResetPassword,
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = person_tokens)]
struct TokenInsert<'a> {
    person_id: i64,
    purpose: &'a str,
    token_hash: &'a str,
    email: Option<&'a str>,
    expires_at: NaiveDateTime,
    created_at: NaiveDateTime,
}

/// Stores a token's hash, valid for `ttl` from now. `email` is the address a verification
/// token is for.
pub fn insert(
    tx: &mut Tx<'_>,
    person: PersonId,
    purpose: Purpose,
    token_hash: &str,
    email: Option<&str>,
    ttl: Duration,
) -> StoreResult<DateTime<Utc>> {
    let now = tx.now_naive();
    let expires_at = now + ttl;
    diesel::insert_into(person_tokens::table)
        .values(TokenInsert {
            person_id: person.get(),
            purpose: purpose.code(),
            token_hash,
            email,
            expires_at,
            created_at: now,
        })
        .execute(&mut **tx)?;
    Ok(utc(expires_at))
}

/// A token that was spent now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redeemed {
    pub person: PersonId,
    pub email: Option<String>,
}

/// Why a token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Unknown,
    Used,
    Expired,
}

/// id, person, address, expiry, use.
type TokenRow = (
    i64,
    i64,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// Spends the token of `purpose` whose hash is `token_hash`: once, and before it expires. The
/// guarded update keeps two simultaneous uses from both succeeding.
pub fn redeem(
    tx: &mut Tx<'_>,
    purpose: Purpose,
    token_hash: &str,
) -> StoreResult<Result<Redeemed, Refused>> {
    let row: Option<TokenRow> = person_tokens::table
        .filter(person_tokens::token_hash.eq(token_hash))
        .filter(person_tokens::purpose.eq(purpose.code()))
        .select((
            person_tokens::id,
            person_tokens::person_id,
            person_tokens::email,
            person_tokens::expires_at,
            person_tokens::used_at,
        ))
        .first(&mut **tx)
        .optional()?;
    let Some((id, person, email, expires_at, used_at)) = row else {
        return Ok(Err(Refused::Unknown));
    };
    let now = tx.now_naive();
    if used_at.is_some() {
        return Ok(Err(Refused::Used));
    }
    if expires_at <= now {
        return Ok(Err(Refused::Expired));
    }
    let n = diesel::update(
        person_tokens::table
            .find(id)
            .filter(person_tokens::used_at.is_null()),
    )
    .set(person_tokens::used_at.eq(now))
    .execute(&mut **tx)?;
    if n == 0 {
        return Ok(Err(Refused::Used));
    }
    Ok(Ok(Redeemed {
        person: PersonId(person),
        email,
    }))
}

/// Spends every unused token of `purpose` of the person: after a reset, the other reset links
/// of that person stop working.
pub fn spend_all(tx: &mut Tx<'_>, person: PersonId, purpose: Purpose) -> StoreResult<usize> {
    let now = tx.now_naive();
    Ok(diesel::update(
        person_tokens::table
            .filter(person_tokens::person_id.eq(person.get()))
            .filter(person_tokens::purpose.eq(purpose.code()))
            .filter(person_tokens::used_at.is_null()),
    )
    .set(person_tokens::used_at.eq(now))
    .execute(&mut **tx)?)
}

/// The tokens of `purpose` the person was sent since `since`: how many, the first and the
/// last. The limits on mailing links are kept in the database, so they hold across restarts
/// and instances and cost no memory.
pub struct Sent {
    pub count: i64,
    pub first: Option<DateTime<Utc>>,
    pub last: Option<DateTime<Utc>>,
}

pub fn sent_since(
    conn: &mut DbConn,
    person: PersonId,
    purpose: Purpose,
    since: DateTime<Utc>,
) -> StoreResult<Sent> {
    let (count, first, last): (i64, Option<NaiveDateTime>, Option<NaiveDateTime>) =
        person_tokens::table
            .filter(person_tokens::person_id.eq(person.get()))
            .filter(person_tokens::purpose.eq(purpose.code()))
            .filter(person_tokens::created_at.ge(since.naive_utc()))
            .select((
                count_star(),
                min(person_tokens::created_at),
                max(person_tokens::created_at),
            ))
            .first(conn)?;
    Ok(Sent {
        count,
        first: first.map(utc),
        last: last.map(utc),
    })
}
