//! Signed-in devices. A session is one login: its id travels as `sid` in every access token and
//! is checked on each request, so ending a session ends its access tokens at once, and its
//! refresh tokens (the rows of `refresh_tokens` with the same `family`) stop working too.

use diesel::prelude::*;
use twinning_domain::{OrganisationId, PersonId};

use crate::schema::{people, refresh_tokens, sessions};
use crate::{StoreResult, Tx};

/// Why a session ended; kept on the row and shown in the person's session list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    Logout,
    /// A spent refresh token was presented again: the family is presumed stolen.
    RefreshReplay,
    SignOutEverywhere,
    PasswordChanged,
    PasswordReset,
    AdminRightsChanged,
    RemovedFromOrganisation,
    RoleChanged,
    OrganisationSuspended,
    AccountDisabled,
    AccountDeleted,
}

impl EndReason {
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::Logout => "logout",
            EndReason::RefreshReplay => "refresh_replay",
            EndReason::SignOutEverywhere => "sign_out_everywhere",
            EndReason::PasswordChanged => "password_changed",
            EndReason::PasswordReset => "password_reset",
            EndReason::AdminRightsChanged => "admin_rights_changed",
            EndReason::RemovedFromOrganisation => "removed_from_organisation",
            EndReason::RoleChanged => "role_changed",
            EndReason::OrganisationSuspended => "organisation_suspended",
            EndReason::AccountDisabled => "account_disabled",
            EndReason::AccountDeleted => "account_deleted",
        }
    }
}

fn end_families(tx: &mut Tx<'_>, families: Vec<String>) -> StoreResult<()> {
    if families.is_empty() {
        return Ok(());
    }
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family.eq_any(families))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(tx.now_naive()))
    .execute(&mut **tx)?;
    Ok(())
}

/// Ends every live session of a person, except `keep` (the caller's own, when a password change
/// keeps the device that made it signed in). Returns how many ended.
pub fn end_for_person(
    tx: &mut Tx<'_>,
    person: PersonId,
    reason: EndReason,
    keep: Option<i64>,
) -> StoreResult<usize> {
    let live = sessions::table
        .filter(sessions::person_id.eq(person.get()))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::id.ne(keep.unwrap_or(0)));
    let families: Vec<String> = live.select(sessions::family).load(&mut **tx)?;
    let now = tx.now_naive();
    let n = diesel::update(live)
        .set((
            sessions::revoked_at.eq(now),
            sessions::revoked_reason.eq(reason.as_str()),
        ))
        .execute(&mut **tx)?;
    end_families(tx, families)?;
    Ok(n)
}

/// Ends every live session of every person of an organisation (suspension).
pub fn end_for_organisation(
    tx: &mut Tx<'_>,
    organisation: OrganisationId,
    reason: EndReason,
) -> StoreResult<usize> {
    let members = people::table
        .filter(people::organisation_id.eq(organisation.get()))
        .select(people::id);
    let live = sessions::table
        .filter(sessions::person_id.eq_any(members))
        .filter(sessions::revoked_at.is_null());
    let families: Vec<String> = live.select(sessions::family).load(&mut **tx)?;
    let now = tx.now_naive();
    let n = diesel::update(live)
        .set((
            sessions::revoked_at.eq(now),
            sessions::revoked_reason.eq(reason.as_str()),
        ))
        .execute(&mut **tx)?;
    end_families(tx, families)?;
    Ok(n)
}
