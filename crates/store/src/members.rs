//! The people of an organisation as its org admins manage them: the list, role changes,
//! removal, and bringing a removed person back with a new invitation.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::organisation::Member;
use twinning_domain::{OrganisationId, PersonId, Role};

use crate::accounts::PersonRecord;
use crate::schema::{organisations, people};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// The most people one organisation's list shows (organisations are teams, not crowds).
pub const LISTED: i64 = 500;

fn current(
    organisation_id: OrganisationId,
) -> people::BoxedQuery<'static, <DbConn as Connection>::Backend> {
    people::table
        .into_boxed()
        .filter(people::organisation_id.eq(organisation_id.get()))
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = people)]
struct MemberRow {
    id: i64,
    name: String,
    email: String,
    role: String,
    email_verified_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    last_seen_at: Option<NaiveDateTime>,
}

impl MemberRow {
    fn into_member(self) -> StoreResult<Member> {
        Ok(Member {
            id: PersonId(self.id),
            name: self.name,
            email: self.email,
            role: Role::parse(&self.role).map_err(StoreError::corrupt)?,
            email_verified: self.email_verified_at.is_some(),
            joined_at: utc(self.created_at),
            last_seen_at: self.last_seen_at.map(utc),
        })
    }
}

/// The organisation's current people (not removed, not deleted), by name.
pub fn list(conn: &mut DbConn, organisation_id: OrganisationId) -> StoreResult<Vec<Member>> {
    let rows: Vec<MemberRow> = current(organisation_id)
        .order((people::name, people::id))
        .limit(LISTED)
        .select(MemberRow::as_select())
        .load(conn)?;
    rows.into_iter().map(MemberRow::into_member).collect()
}

/// One current person of the organisation, as its list shows them.
pub fn one(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    person: PersonId,
) -> StoreResult<Member> {
    let row: MemberRow = current(organisation_id)
        .filter(people::id.eq(person.get()))
        .select(MemberRow::as_select())
        .first(conn)?;
    row.into_member()
}

/// A current person of this organisation (someone else's, removed or deleted: not found).
pub fn member(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    person: PersonId,
) -> StoreResult<PersonRecord> {
    Ok(current(organisation_id)
        .filter(people::id.eq(person.get()))
        .select(PersonRecord::as_select())
        .first(conn)?)
}

/// Holds the organisation's row until the transaction ends, so two admins changing roles at
/// once are serialised and cannot both demote "the other" last org admin. (SQLite's write
/// transactions are serialised already; on PostgreSQL this takes the row lock.)
pub fn lock_organisation(tx: &mut Tx<'_>, organisation_id: OrganisationId) -> StoreResult<()> {
    let n = diesel::update(organisations::table.find(organisation_id.get()))
        .set(organisations::id.eq(organisations::id))
        .execute(&mut **tx)?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

/// How many current org admins the organisation has.
pub fn org_admin_count(conn: &mut DbConn, organisation_id: OrganisationId) -> StoreResult<i64> {
    Ok(current(organisation_id)
        .filter(people::role.eq(Role::OrgAdmin.code()))
        .count()
        .get_result(conn)?)
}

pub fn set_role(tx: &mut Tx<'_>, person: PersonId, role: Role) -> StoreResult<()> {
    diesel::update(people::table.find(person.get()))
        .set(people::role.eq(role.code()))
        .execute(&mut **tx)?;
    Ok(())
}

pub fn remove(tx: &mut Tx<'_>, person: PersonId) -> StoreResult<()> {
    let now = tx.now_naive();
    diesel::update(people::table.find(person.get()))
        .set(people::removed_at.eq(Some(now)))
        .execute(&mut **tx)?;
    Ok(())
}

/// A removed account with this address, which a new invitation may bring back.
pub fn removed_by_email(conn: &mut DbConn, email: &str) -> StoreResult<Option<PersonRecord>> {
    Ok(people::table
        .filter(people::email.eq(email))
        .filter(people::removed_at.is_not_null())
        .filter(people::deleted_at.is_null())
        .select(PersonRecord::as_select())
        .first(conn)
        .optional()?)
}

/// Whether a current account holds this address (an invitation to it could not be used).
pub fn address_taken(conn: &mut DbConn, email: &str) -> StoreResult<bool> {
    let n: i64 = people::table
        .filter(people::email.eq(email))
        .filter(people::removed_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// What a returning person chose on the join page.
pub struct Return<'a> {
    pub organisation_id: OrganisationId,
    pub role: Role,
    pub name: &'a str,
    pub password_hash: &'a str,
}

/// Brings a removed person back into an organisation (the one an invitation to their address
/// names), with the name and password they chose. Their address is verified: the link came to
/// it.
pub fn bring_back(tx: &mut Tx<'_>, person: PersonId, r: &Return<'_>) -> StoreResult<()> {
    let now = tx.now_naive();
    let n = diesel::update(
        people::table
            .find(person.get())
            .filter(people::removed_at.is_not_null()),
    )
    .set((
        people::organisation_id.eq(r.organisation_id.get()),
        people::role.eq(r.role.code()),
        people::name.eq(r.name.trim()),
        people::password_hash.eq(r.password_hash),
        people::removed_at.eq(None::<NaiveDateTime>),
        people::email_verified_at.eq(Some(now)),
    ))
    .execute(&mut **tx)?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

/// Marks the address verified (a person who joined through the link mailed to it).
pub fn mark_verified(tx: &mut Tx<'_>, person: PersonId) -> StoreResult<()> {
    let now = tx.now_naive();
    diesel::update(
        people::table
            .find(person.get())
            .filter(people::email_verified_at.is_null()),
    )
    .set(people::email_verified_at.eq(Some(now)))
    .execute(&mut **tx)?;
    Ok(())
}
