//! Network admins looking after people: disabling and enabling an account, resending its
//! verification link, granting and withdrawing network-admin rights (what `twinning
//! grant-admin` does on the server). Network admins only; never on their own account.

use twinning_domain::admin_people::{AdminPerson, PersonRefusal};
use twinning_domain::event::EventType;
use twinning_domain::policy;
use twinning_domain::principal::Principal;
use twinning_domain::PersonId;
use twinning_store::accounts::PersonRecord;
use twinning_store::sessions::{self, EndReason};
use twinning_store::{accounts, people_admin, Tx};

use crate::mail::MailSettings;
use crate::members::announce;
use crate::people::{self, MailedToken};
use crate::{FlowError, FlowResult};

fn refuse(r: PersonRefusal) -> FlowError {
    FlowError::Refused {
        code: r.code(),
        message: r.message().to_owned(),
    }
}

/// The account a network admin acts on: never their own, never a deleted one.
fn target(tx: &mut Tx<'_>, principal: &Principal, person: PersonId) -> FlowResult<PersonRecord> {
    policy::network_admin(principal)?;
    if principal.accountable_person() == Some(person) {
        return Err(refuse(PersonRefusal::OwnAccount));
    }
    let record = accounts::person_by_id(tx, person)?;
    if record.deleted_at.is_some() {
        return Err(FlowError::NotFound);
    }
    Ok(record)
}

/// Disables (`true`) or enables an account. A disabled person's sessions end at once and they
/// cannot sign in until enabled; their content stays. Disabling the last network admin is
/// refused. Doing it twice changes nothing more.
pub fn set_disabled(
    tx: &mut Tx<'_>,
    principal: &Principal,
    person: PersonId,
    disabled: bool,
) -> FlowResult<AdminPerson> {
    let record = target(tx, principal, person)?;
    if disabled
        && record.is_network_admin
        && record.disabled_at.is_none()
        && people_admin::network_admin_count(tx)? <= 1
    {
        return Err(refuse(PersonRefusal::LastNetworkAdmin));
    }
    if people_admin::set_disabled(tx, person, disabled)? {
        if disabled {
            sessions::end_for_person(tx, person, EndReason::AccountDisabled, None)?;
        }
        let role = record.role()?;
        let event = if disabled {
            EventType::PersonDisabled
        } else {
            EventType::PersonEnabled
        };
        announce(
            tx,
            principal,
            event,
            &record,
            role,
            role,
            record.is_network_admin,
        )?;
    }
    Ok(people_admin::view(tx, person)?)
}

/// Grants or withdraws network-admin rights. The person's sessions end, so every device signs
/// in again under the new rights. Withdrawing the last network admin's is refused.
pub fn set_network_admin(
    tx: &mut Tx<'_>,
    principal: &Principal,
    person: PersonId,
    grant: bool,
) -> FlowResult<AdminPerson> {
    let record = target(tx, principal, person)?;
    if !grant && record.is_network_admin && people_admin::network_admin_count(tx)? <= 1 {
        return Err(refuse(PersonRefusal::LastNetworkAdmin));
    }
    if people_admin::set_network_admin(tx, person, grant)? {
        sessions::end_for_person(tx, person, EndReason::AdminRightsChanged, None)?;
        let role = record.role()?;
        announce(
            tx,
            principal,
            EventType::PersonNetworkAdminChanged,
            &record,
            role,
            role,
            grant,
        )?;
    }
    Ok(people_admin::view(tx, person)?)
}

/// Mails the person a fresh verification link (at the admin's request, e.g. after a support
/// call). Refused when the address is verified already.
pub fn resend_verification(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    principal: &Principal,
    person: PersonId,
    token: &MailedToken<'_>,
) -> FlowResult<AdminPerson> {
    policy::network_admin(principal)?;
    let record = accounts::person_by_id(tx, person)?;
    if record.deleted_at.is_some() {
        return Err(FlowError::NotFound);
    }
    if record.is_verified() {
        return Err(refuse(PersonRefusal::AlreadyVerified));
    }
    people::send_verification(tx, settings, person, token)?;
    Ok(people_admin::view(tx, person)?)
}
