//! Sessions: one per login, checked on every request through the `sid` of its access tokens,
//! and kept alive by single-use refresh tokens of one family. Refresh tokens arrive hashed.

use chrono::Duration;
use twinning_domain::PersonId;
use twinning_store::accounts;
use twinning_store::sessions::{self, Device, EndReason, SessionId};
use twinning_store::{StoreError, Tx};

use crate::FlowResult;

/// A spent refresh token presented again this soon after its use is taken for a second tab
/// racing the first, or for an answer lost on the way (a page left mid-refresh): it gets a
/// fresh token, and the token its first use made is revoked, so the family still has one live
/// token. Later, a spent token ends the session.
pub const REUSE_GRACE_SECS: i64 = 20;

/// Opens a session for `person` on `device`: its first refresh token (hashed) in `family`,
/// valid for `ttl`.
pub fn open(
    tx: &mut Tx<'_>,
    person: PersonId,
    device: &Device<'_>,
    family: &str,
    refresh_hash: &str,
    ttl: Duration,
) -> FlowResult<SessionId> {
    let sid = sessions::open(tx, person, family, device)?;
    let expires = (tx.now() + ttl).naive_utc();
    accounts::insert_refresh_token(tx, person, family, refresh_hash, expires)?;
    Ok(sid)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// The old token is spent; the new one was stored in the same family.
    Rotated {
        person: PersonId,
        session: SessionId,
    },
    /// Unknown, expired, or of an ended session.
    Refused,
    /// A token spent a while ago, or superseded, came back: presumed stolen, the session is
    /// over.
    Replayed,
}

/// Exchanges the refresh token hashed `old_hash` for `new_hash`. The caller must commit a
/// `Replayed` answer too, so that the end of the session sticks.
pub fn rotate(
    tx: &mut Tx<'_>,
    old_hash: &str,
    new_hash: &str,
    ttl: Duration,
) -> FlowResult<Rotation> {
    let record = match accounts::refresh_token_by_hash(tx, old_hash) {
        Err(StoreError::NotFound) => return Ok(Rotation::Refused),
        other => other?,
    };
    let now = tx.now();
    let Some(session) = sessions::by_family(tx, &record.family)? else {
        return Ok(Rotation::Refused);
    };
    if session.revoked_at.is_some() || record.expires_at <= now.naive_utc() {
        return Ok(Rotation::Refused);
    }
    let replayed = match (record.revoked_at, record.used_at) {
        // Only a reuse within the grace revokes a token of a live session: whoever presents
        // the superseded one holds a copy they should not have.
        (Some(_), _) => true,
        (None, Some(used)) => now.naive_utc() - used >= Duration::seconds(REUSE_GRACE_SECS),
        (None, None) => false,
    };
    if replayed {
        tracing::warn!(
            session = session.id,
            "refresh token reused; ending the session"
        );
        sessions::end_family(tx, &record.family, EndReason::RefreshReplay)?;
        return Ok(Rotation::Replayed);
    }
    // Unused and spent now, or reused within the grace (the compare-and-set also loses to a
    // refresh at this very moment): in the second case the token the other use made goes.
    if record.used_at.is_some() || !accounts::spend_refresh_token(tx, record.id)? {
        accounts::revoke_family(tx, &record.family)?;
    }
    let expires = (now + ttl).naive_utc();
    accounts::insert_refresh_token(tx, record.person_id, &record.family, new_hash, expires)?;
    sessions::refreshed(tx, session.id())?;
    Ok(Rotation::Rotated {
        person: record.person_id,
        session: session.id(),
    })
}

/// Logout with a refresh token: ends its session (nothing if the token is unknown).
pub fn close(tx: &mut Tx<'_>, refresh_hash: &str) -> FlowResult<()> {
    match accounts::refresh_token_by_hash(tx, refresh_hash) {
        Ok(record) => {
            sessions::end_family(tx, &record.family, EndReason::Logout)?;
            Ok(())
        }
        Err(StoreError::NotFound) => Ok(()),
        Err(e) => Err(e.into()),
    }
}
