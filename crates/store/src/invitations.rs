//! Invitations: a code (stored as its hash) mailed as a `/join/{code}` link to one address,
//! used once before it expires, revocable, and resent with a fresh code.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::organisation::Invitation;
use twinning_domain::{InvitationId, OrganisationId, PersonId, Role};

use crate::schema::invitations;
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// The newest invitations an organisation's list shows; older ones are spent history.
pub const LISTED: i64 = 200;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invitations)]
pub struct InvitationRecord {
    #[diesel(deserialize_as = i64)]
    pub id: InvitationId,
    #[diesel(deserialize_as = i64)]
    pub organisation_id: OrganisationId,
    pub email: Option<String>,
    role: String,
    pub expires_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

impl InvitationRecord {
    pub fn role(&self) -> StoreResult<Role> {
        Role::parse(&self.role).map_err(StoreError::corrupt)
    }

    pub fn into_domain(self, code: Option<String>) -> StoreResult<Invitation> {
        Ok(Invitation {
            role: self.role()?,
            id: self.id,
            code,
            email: self.email,
            expires_at: utc(self.expires_at),
            created_at: utc(self.created_at),
            sent_at: self.sent_at.map(utc),
            used_at: self.used_at.map(utc),
            revoked_at: self.revoked_at.map(utc),
        })
    }
}

#[derive(Insertable)]
#[diesel(table_name = invitations)]
struct InvitationInsert<'a> {
    organisation_id: i64,
    code_hash: &'a str,
    email: Option<&'a str>,
    role: &'a str,
    created_by: i64,
    expires_at: NaiveDateTime,
    created_at: NaiveDateTime,
    sent_at: Option<NaiveDateTime>,
}

pub struct NewInvitationRecord<'a> {
    pub organisation_id: OrganisationId,
    pub code_hash: &'a str,
    /// Already normalised.
    pub email: &'a str,
    pub role: Role,
    pub created_by: PersonId,
    pub expires_at: NaiveDateTime,
}

/// Inserts an invitation, mailed now. One open invitation per address and organisation (a
/// partial unique index): a second is a conflict on `email`, so two identical requests make one.
pub fn insert(tx: &mut Tx<'_>, new: &NewInvitationRecord<'_>) -> StoreResult<InvitationRecord> {
    let now = tx.now_naive();
    let id: i64 = diesel::insert_into(invitations::table)
        .values(InvitationInsert {
            organisation_id: new.organisation_id.get(),
            code_hash: new.code_hash,
            email: Some(new.email),
            role: new.role.code(),
            created_by: new.created_by.get(),
            expires_at: new.expires_at,
            created_at: now,
            sent_at: Some(now),
        })
        .returning(invitations::id)
        .get_result(&mut **tx)
        .map_err(|e| {
            StoreError::from(e).unique_as(
                "email",
                "an invitation to this address is still open: resend or revoke it",
            )
        })?;
    by_id(tx, InvitationId(id))
}

/// The organisation's newest invitations (at most `LISTED`), newest first.
pub fn of_organisation(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
) -> StoreResult<Vec<Invitation>> {
    let rows: Vec<InvitationRecord> = invitations::table
        .filter(invitations::organisation_id.eq(organisation_id.get()))
        .order((invitations::created_at.desc(), invitations::id.desc()))
        .limit(LISTED)
        .select(InvitationRecord::as_select())
        .load(conn)?;
    rows.into_iter().map(|r| r.into_domain(None)).collect()
}

pub fn by_id(conn: &mut DbConn, id: InvitationId) -> StoreResult<InvitationRecord> {
    Ok(invitations::table
        .find(id.get())
        .select(InvitationRecord::as_select())
        .first(conn)?)
}

/// One invitation of this organisation (another organisation's reads as not found).
pub fn of(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    id: InvitationId,
) -> StoreResult<InvitationRecord> {
    Ok(invitations::table
        .find(id.get())
        .filter(invitations::organisation_id.eq(organisation_id.get()))
        .select(InvitationRecord::as_select())
        .first(conn)?)
}

pub fn by_code_hash(conn: &mut DbConn, code_hash: &str) -> StoreResult<InvitationRecord> {
    Ok(invitations::table
        .filter(invitations::code_hash.eq(code_hash))
        .select(InvitationRecord::as_select())
        .first(conn)?)
}

/// Uses an invitation once; false when it was used or revoked in the meantime.
pub fn mark_used(tx: &mut Tx<'_>, id: InvitationId, person_id: PersonId) -> StoreResult<bool> {
    let n = diesel::update(
        invitations::table
            .find(id.get())
            .filter(invitations::used_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set((
        invitations::used_at.eq(tx.now_naive()),
        invitations::used_by.eq(person_id.get()),
    ))
    .execute(&mut **tx)?;
    Ok(n == 1)
}

/// Revokes an unused invitation of this organisation; false when it was used or revoked.
pub fn revoke(
    tx: &mut Tx<'_>,
    organisation_id: OrganisationId,
    id: InvitationId,
) -> StoreResult<bool> {
    let n = diesel::update(
        invitations::table
            .find(id.get())
            .filter(invitations::organisation_id.eq(organisation_id.get()))
            .filter(invitations::used_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set(invitations::revoked_at.eq(tx.now_naive()))
    .execute(&mut **tx)?;
    Ok(n == 1)
}

/// Gives an unused, unrevoked invitation a new code and expiry, mailed now: the old link stops
/// working. False when it was used or revoked in the meantime.
pub fn renew(
    tx: &mut Tx<'_>,
    id: InvitationId,
    code_hash: &str,
    expires_at: NaiveDateTime,
) -> StoreResult<bool> {
    let n = diesel::update(
        invitations::table
            .find(id.get())
            .filter(invitations::used_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set((
        invitations::code_hash.eq(code_hash),
        invitations::expires_at.eq(expires_at),
        invitations::sent_at.eq(tx.now_naive()),
    ))
    .execute(&mut **tx)?;
    Ok(n == 1)
}
