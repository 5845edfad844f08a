//! A person's own profile: name, address (and whether it is verified), language, time zone
//! and password. Secrets arrive hashed.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::account::UiLanguage;
use twinning_domain::PersonId;

use crate::accounts::person_by_id;
use crate::schema::people;
use crate::tx::Tx;
use crate::{StoreError, StoreResult};

/// Marks the person's address verified, if it is still `email` (a link mailed to an address
/// the person has since changed verifies nothing). True when it was marked now or before.
pub fn mark_email_verified(tx: &mut Tx<'_>, person: PersonId, email: &str) -> StoreResult<bool> {
    let now = tx.now_naive();
    let still: Option<Option<NaiveDateTime>> = people::table
        .find(person.get())
        .filter(people::email.eq(email))
        .select(people::email_verified_at)
        .first(&mut **tx)
        .optional()?;
    match still {
        None => Ok(false),
        Some(Some(_)) => Ok(true),
        Some(None) => {
            diesel::update(people::table.find(person.get()))
                .set(people::email_verified_at.eq(now))
                .execute(&mut **tx)?;
            Ok(true)
        }
    }
}

/// What `update_profile` changes; `None` keeps the stored value.
#[derive(Default)]
pub struct ProfileChanges<'a> {
    pub name: Option<&'a str>,
    /// Already normalised. A different address is stored unverified.
    pub email: Option<&'a str>,
    pub language: Option<UiLanguage>,
    pub time_zone: Option<&'a str>,
}

#[derive(AsChangeset, Default)]
#[diesel(table_name = people)]
struct ProfileChangeset<'a> {
    name: Option<&'a str>,
    email: Option<&'a str>,
    language: Option<&'a str>,
    time_zone: Option<&'a str>,
    #[allow(clippy::option_option)]
    email_verified_at: Option<Option<NaiveDateTime>>,
}

/// Changes a person's own profile. A new address clears the verification; a taken one is a
/// conflict on `email`.
pub fn update_profile(
    tx: &mut Tx<'_>,
    person: PersonId,
    changes: &ProfileChanges<'_>,
) -> StoreResult<()> {
    let current = person_by_id(tx, person)?;
    let new_email = changes.email.filter(|e| *e != current.email);
    let name = changes.name.map(str::trim);
    let set = ProfileChangeset {
        name,
        email: new_email,
        language: changes.language.map(UiLanguage::code),
        time_zone: changes.time_zone,
        email_verified_at: new_email.map(|_| None),
    };
    if name.is_none()
        && new_email.is_none()
        && changes.language.is_none()
        && changes.time_zone.is_none()
    {
        return Ok(());
    }
    diesel::update(people::table.find(person.get()))
        .set(set)
        .execute(&mut **tx)
        .map_err(|e| {
            StoreError::from(e).unique_as("email", "an account with this email already exists")
        })?;
    Ok(())
}

pub fn set_password(tx: &mut Tx<'_>, person: PersonId, password_hash: &str) -> StoreResult<()> {
    let n = diesel::update(people::table.find(person.get()))
        .set(people::password_hash.eq(password_hash))
        .execute(&mut **tx)?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}
