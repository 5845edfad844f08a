//! Signed-in devices. A session is one login: its id travels as `sid` in every access token and
//! is checked on each request, so ending a session ends its access tokens at once, and its
//! refresh tokens (the rows of `refresh_tokens` with the same `family`) stop working too.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use twinning_domain::principal::PersonPrincipal;
use twinning_domain::{OrganisationId, OrganisationStatus, PersonId, Role};

use crate::schema::{organisations, people, refresh_tokens, sessions};
use crate::{utc, DbConn, StoreError, StoreResult, Tx};

/// Why a session ended; kept on the row and shown in the person's session list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    Logout,
    /// A spent refresh token was presented again: the family is presumed stolen.
    RefreshReplay,
    SignOutEverywhere,
    /// Signed out from another device's session list.
    DeviceSignedOut,
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
            EndReason::DeviceSignedOut => "device_signed_out",
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

/// How long a session's or a person's `last_seen_at` may lag: at most one write a minute per
/// session, however many requests it makes.
pub const SEEN_GRANULARITY_SECS: i64 = 60;

#[derive(Insertable)]
#[diesel(table_name = sessions)]
struct SessionInsert<'a> {
    person_id: i64,
    family: &'a str,
    user_agent: &'a str,
    ip: &'a str,
    created_at: NaiveDateTime,
    last_seen_at: NaiveDateTime,
}

/// Where a login came from, kept to show the person their devices.
pub struct Device<'a> {
    pub user_agent: &'a str,
    pub ip: &'a str,
}

/// Opens a session for one login; its refresh tokens will carry `family`.
pub fn open(
    tx: &mut Tx<'_>,
    person: PersonId,
    family: &str,
    device: &Device<'_>,
) -> StoreResult<SessionId> {
    let now = tx.now_naive();
    // Bounded here so a long header cannot bloat the table.
    let user_agent: String = device.user_agent.chars().take(300).collect();
    let ip: String = device.ip.chars().take(64).collect();
    diesel::insert_into(sessions::table)
        .values(SessionInsert {
            person_id: person.get(),
            family,
            user_agent: &user_agent,
            ip: &ip,
            created_at: now,
            last_seen_at: now,
        })
        .returning(sessions::id)
        .get_result::<i64>(&mut **tx)
        .map(SessionId)
        .map_err(Into::into)
}

/// A session's id: the `sid` of its access tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(pub i64);

/// Who a live session acts as now, read on each request.
#[derive(Debug, Clone, Copy)]
pub struct Live {
    pub principal: PersonPrincipal,
    pub last_seen_at: DateTime<Utc>,
}

impl Live {
    /// Whether `last_seen_at` should be written again.
    pub fn seen_is_stale(&self, now: DateTime<Utc>) -> bool {
        now - self.last_seen_at >= Duration::seconds(SEEN_GRANULARITY_SECS)
    }
}

type LiveRow = (
    i64,
    String,
    bool,
    Option<NaiveDateTime>,
    String,
    NaiveDateTime,
);

/// The principal of session `sid` of `person`, as the database says now: `None` when the
/// session was ended or ran out (its family holds no live refresh token), or the person is
/// gone or disabled. One query over the primary keys and the refresh tokens' family index.
pub fn principal(
    conn: &mut DbConn,
    sid: SessionId,
    person: PersonId,
    now: DateTime<Utc>,
) -> StoreResult<Option<Live>> {
    let row: Option<LiveRow> = sessions::table
        .inner_join(
            refresh_tokens::table.on(refresh_tokens::family
                .eq(sessions::family)
                .and(refresh_tokens::used_at.is_null())
                .and(refresh_tokens::revoked_at.is_null())
                .and(refresh_tokens::expires_at.gt(now.naive_utc()))),
        )
        .inner_join(people::table.on(people::id.eq(sessions::person_id)))
        .inner_join(organisations::table.on(organisations::id.eq(people::organisation_id)))
        .filter(sessions::id.eq(sid.0))
        .filter(sessions::person_id.eq(person.get()))
        .filter(sessions::revoked_at.is_null())
        .filter(people::disabled_at.is_null())
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
        .select((
            people::organisation_id,
            people::role,
            people::is_network_admin,
            people::email_verified_at,
            organisations::status,
            sessions::last_seen_at,
        ))
        .first(conn)
        .optional()?;
    let Some((org, role, is_network_admin, verified_at, status, last_seen)) = row else {
        return Ok(None);
    };
    Ok(Some(Live {
        principal: PersonPrincipal {
            person_id: person,
            organisation_id: OrganisationId(org),
            role: Role::parse(&role).map_err(StoreError::corrupt)?,
            is_network_admin,
            email_verified: verified_at.is_some(),
            organisation_status: OrganisationStatus::parse(&status).map_err(StoreError::corrupt)?,
        },
        last_seen_at: utc(last_seen),
    }))
}

/// Records that the session (and its person) was seen now, unless that was written less than
/// a minute ago: the guards make a burst of requests cost one write.
pub fn touch(tx: &mut Tx<'_>, sid: SessionId, person: PersonId) -> StoreResult<()> {
    let now = tx.now_naive();
    let stale = now - Duration::seconds(SEEN_GRANULARITY_SECS);
    diesel::update(
        sessions::table
            .find(sid.0)
            .filter(sessions::last_seen_at.lt(stale)),
    )
    .set(sessions::last_seen_at.eq(now))
    .execute(&mut **tx)?;
    diesel::update(
        people::table.find(person.get()).filter(
            people::last_seen_at
                .is_null()
                .or(people::last_seen_at.lt(stale)),
        ),
    )
    .set(people::last_seen_at.eq(now))
    .execute(&mut **tx)?;
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub struct SessionRecord {
    pub id: i64,
    #[diesel(deserialize_as = i64)]
    pub person_id: PersonId,
    pub family: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

impl SessionRecord {
    pub fn id(&self) -> SessionId {
        SessionId(self.id)
    }
}

/// The session a refresh-token family belongs to.
pub fn by_family(conn: &mut DbConn, family: &str) -> StoreResult<Option<SessionRecord>> {
    Ok(sessions::table
        .filter(sessions::family.eq(family))
        .select(SessionRecord::as_select())
        .first(conn)
        .optional()?)
}

/// A refresh: the session was seen now.
pub fn refreshed(tx: &mut Tx<'_>, sid: SessionId) -> StoreResult<()> {
    let now = tx.now_naive();
    diesel::update(sessions::table.find(sid.0))
        .set(sessions::last_seen_at.eq(now))
        .execute(&mut **tx)?;
    Ok(())
}

/// The person's live sessions (not ended, with a refresh token still valid), most recently
/// seen first.
pub fn live_of(
    conn: &mut DbConn,
    person: PersonId,
    now: DateTime<Utc>,
) -> StoreResult<Vec<SessionRecord>> {
    Ok(sessions::table
        .inner_join(
            refresh_tokens::table.on(refresh_tokens::family
                .eq(sessions::family)
                .and(refresh_tokens::used_at.is_null())
                .and(refresh_tokens::revoked_at.is_null())
                .and(refresh_tokens::expires_at.gt(now.naive_utc()))),
        )
        .filter(sessions::person_id.eq(person.get()))
        .filter(sessions::revoked_at.is_null())
        .order((sessions::last_seen_at.desc(), sessions::id.desc()))
        .select(SessionRecord::as_select())
        .load(conn)?)
}

fn end_where(
    tx: &mut Tx<'_>,
    session: Option<SessionRecord>,
    reason: EndReason,
) -> StoreResult<bool> {
    let Some(session) = session.filter(|s| s.revoked_at.is_none()) else {
        return Ok(false);
    };
    let now = tx.now_naive();
    let n = diesel::update(
        sessions::table
            .find(session.id)
            .filter(sessions::revoked_at.is_null()),
    )
    .set((
        sessions::revoked_at.eq(now),
        sessions::revoked_reason.eq(reason.as_str()),
    ))
    .execute(&mut **tx)?;
    end_families(tx, vec![session.family])?;
    Ok(n == 1)
}

/// Ends one session of `person` (a device signed out from the session list, or logout).
/// False when it is not theirs or already over.
pub fn end_one(
    tx: &mut Tx<'_>,
    person: PersonId,
    sid: SessionId,
    reason: EndReason,
) -> StoreResult<bool> {
    let session = sessions::table
        .find(sid.0)
        .filter(sessions::person_id.eq(person.get()))
        .select(SessionRecord::as_select())
        .first(&mut **tx)
        .optional()?;
    end_where(tx, session, reason)
}

/// Ends the session of a refresh-token family (logout with the cookie, a replayed token).
pub fn end_family(tx: &mut Tx<'_>, family: &str, reason: EndReason) -> StoreResult<bool> {
    let session = by_family(tx, family)?;
    if session.is_none() {
        // Tokens of no session (none should exist since sessions came): end them anyway.
        end_families(tx, vec![family.to_owned()])?;
    }
    end_where(tx, session, reason)
}
