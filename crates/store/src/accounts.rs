//! People and their refresh tokens (invitations are in `invitations`, the people of an
//! organisation in `members`).
//! Secrets never reach this crate in clear: it stores hashes the API computed.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::account::UiLanguage;
use twinning_domain::auth::Me;
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::{OrganisationId, PersonId, Role};

use crate::schema::{organisations, people, refresh_tokens};
use crate::tx::Tx;
use crate::{DbConn, StoreError, StoreResult};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = people)]
pub struct PersonRecord {
    #[diesel(deserialize_as = i64)]
    pub id: PersonId,
    #[diesel(deserialize_as = i64)]
    pub organisation_id: OrganisationId,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    role: String,
    pub is_network_admin: bool,
    pub email_verified_at: Option<NaiveDateTime>,
    language: String,
    /// An IANA name, checked when it was set.
    pub time_zone: String,
    pub disabled_at: Option<NaiveDateTime>,
    pub deleted_at: Option<NaiveDateTime>,
    /// Set when an org admin removed the person from their organisation.
    pub removed_at: Option<NaiveDateTime>,
}

impl PersonRecord {
    pub fn role(&self) -> StoreResult<Role> {
        Role::parse(&self.role).map_err(StoreError::corrupt)
    }

    pub fn language(&self) -> StoreResult<UiLanguage> {
        UiLanguage::parse(&self.language).map_err(StoreError::corrupt)
    }

    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }

    /// Whether the person may sign in: not disabled by an admin, not removed from their
    /// organisation, not deleted.
    pub fn may_sign_in(&self) -> bool {
        self.disabled_at.is_none() && self.deleted_at.is_none() && self.removed_at.is_none()
    }
}

pub struct NewPerson<'a> {
    pub organisation_id: OrganisationId,
    /// Already normalised (`twinning_domain::auth::normalise_email`).
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub is_network_admin: bool,
    /// The language their mails are written in.
    pub language: UiLanguage,
}

#[derive(Insertable)]
#[diesel(table_name = people)]
struct PersonInsert<'a> {
    organisation_id: i64,
    email: &'a str,
    name: &'a str,
    password_hash: &'a str,
    role: &'a str,
    is_network_admin: bool,
    language: &'a str,
    created_at: NaiveDateTime,
}

pub fn insert_person(tx: &mut Tx<'_>, p: &NewPerson<'_>) -> StoreResult<PersonId> {
    diesel::insert_into(people::table)
        .values(PersonInsert {
            organisation_id: p.organisation_id.get(),
            email: p.email,
            name: p.name.trim(),
            password_hash: p.password_hash,
            role: p.role.code(),
            is_network_admin: p.is_network_admin,
            language: p.language.code(),
            created_at: tx.now_naive(),
        })
        .returning(people::id)
        .get_result::<i64>(&mut **tx)
        .map(PersonId)
        .map_err(|e| {
            StoreError::from(e).unique_as("email", "an account with this email already exists")
        })
}

pub fn person_by_email(conn: &mut DbConn, email: &str) -> StoreResult<PersonRecord> {
    Ok(people::table
        .filter(people::email.eq(email))
        .select(PersonRecord::as_select())
        .first(conn)?)
}

pub fn person_by_id(conn: &mut DbConn, id: PersonId) -> StoreResult<PersonRecord> {
    Ok(people::table
        .find(id.get())
        .select(PersonRecord::as_select())
        .first(conn)?)
}

/// The person with their organisation, in one joined query.
pub fn me(conn: &mut DbConn, person_id: PersonId) -> StoreResult<Me> {
    let (person, slug, org_name): (PersonRecord, String, String) = people::table
        .inner_join(organisations::table)
        .filter(people::id.eq(person_id.get()))
        .select((
            PersonRecord::as_select(),
            organisations::slug,
            organisations::name,
        ))
        .first(conn)?;
    Ok(Me {
        role: person.role()?,
        email_verified: person.is_verified(),
        language: person.language()?,
        time_zone: person.time_zone,
        name: person.name,
        email: person.email,
        is_network_admin: person.is_network_admin,
        organisation: OrganisationRef {
            slug,
            name: org_name,
        },
    })
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens)]
pub struct RefreshRecord {
    pub id: i64,
    #[diesel(deserialize_as = i64)]
    pub person_id: PersonId,
    pub family: String,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = refresh_tokens)]
struct RefreshInsert<'a> {
    person_id: i64,
    family: &'a str,
    token_hash: &'a str,
    expires_at: NaiveDateTime,
    created_at: NaiveDateTime,
}

pub fn insert_refresh_token(
    tx: &mut Tx<'_>,
    person_id: PersonId,
    family: &str,
    token_hash: &str,
    expires_at: NaiveDateTime,
) -> StoreResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values(RefreshInsert {
            person_id: person_id.get(),
            family,
            token_hash,
            expires_at,
            created_at: tx.now_naive(),
        })
        .execute(&mut **tx)?;
    Ok(())
}

pub fn refresh_token_by_hash(conn: &mut DbConn, token_hash: &str) -> StoreResult<RefreshRecord> {
    Ok(refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(RefreshRecord::as_select())
        .first(conn)?)
}

/// Spends a refresh token. False when it was already spent: the compare-and-set keeps two
/// concurrent refreshes from both succeeding.
pub fn spend_refresh_token(tx: &mut Tx<'_>, id: i64) -> StoreResult<bool> {
    let n = diesel::update(
        refresh_tokens::table
            .find(id)
            .filter(refresh_tokens::used_at.is_null()),
    )
    .set(refresh_tokens::used_at.eq(tx.now_naive()))
    .execute(&mut **tx)?;
    Ok(n == 1)
}

/// Ends a session: every token of the family stops working.
pub fn revoke_family(tx: &mut Tx<'_>, family: &str) -> StoreResult<()> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family.eq(family))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(tx.now_naive()))
    .execute(&mut **tx)?;
    Ok(())
}

/// Grants or withdraws network-admin rights. There is no HTTP route for this on purpose: the
/// first admin of a deployment is made on the server (`twinning grant-admin`).
pub fn set_network_admin(tx: &mut Tx<'_>, email: &str, is_admin: bool) -> StoreResult<()> {
    let n = diesel::update(people::table.filter(people::email.eq(email)))
        .set(people::is_network_admin.eq(is_admin))
        .execute(&mut **tx)?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}
