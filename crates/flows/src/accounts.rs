//! People joining the network: registering an organisation, or joining one with an invitation
//! (invitations themselves are in `invitations`, sessions in `sessions`). Secrets arrive hashed (the API hashes
//! passwords and tokens): nothing here sees them in clear.

use twinning_domain::account::UiLanguage;
use twinning_domain::auth::{normalise_email, RegisterRequest};
use twinning_domain::event::{
    EventType, InvitationPayload, OrganisationPayload, PersonJoinedPayload, PersonRef,
};
use twinning_domain::principal::{PersonPrincipal, Principal};
use twinning_domain::problem::Reason;
use twinning_domain::review::Warning;
use twinning_domain::{OrganisationId, OrganisationStatus, PersonId, Role, Validate};
use twinning_store::accounts::{self, NewPerson};
use twinning_store::{invitations, members, organisations, StoreError, Tx};

use crate::{emit, FlowError, FlowResult};

fn person_principal(person: PersonId, org: OrganisationId, role: Role) -> Principal {
    Principal::Person(PersonPrincipal {
        person_id: person,
        organisation_id: org,
        role,
        is_network_admin: false,
        email_verified: true,
        organisation_status: OrganisationStatus::Active,
    })
}

fn joined(
    tx: &mut Tx<'_>,
    person: PersonId,
    name: &str,
    org: OrganisationId,
    role: Role,
    invited: bool,
) -> FlowResult<()> {
    let organisation = organisations::reference(tx, org)?;
    emit(
        tx,
        &person_principal(person, org, role),
        EventType::PersonJoined,
        person.get(),
        None,
        &[org],
        &PersonJoinedPayload {
            person: PersonRef {
                id: person,
                name: name.trim().to_owned(),
            },
            organisation,
            role,
            invited,
        },
    )?;
    Ok(())
}

/// Registers a person with a new organisation (as its org admin) or with an invitation code.
/// `password_hash` is the argon2 hash of the chosen password, `invitation_hash` the hash of
/// the invitation code when one was given. A new organisation waits for a network admin's
/// approval (`pending`); a name close to an existing member's in the same country is flagged
/// for them and returned as a warning.
pub fn register(
    tx: &mut Tx<'_>,
    req: &RegisterRequest,
    password_hash: &str,
    invitation_hash: Option<&str>,
) -> FlowResult<(PersonId, Vec<Warning>)> {
    req.validate()?;
    let email = normalise_email(&req.email);
    match (&req.organisation, &req.invitation_code) {
        (Some(org), _) => {
            let (org_id, organisation) =
                organisations::insert(tx, org, None, OrganisationStatus::Pending)?;
            let person = accounts::insert_person(
                tx,
                &NewPerson {
                    organisation_id: org_id,
                    email: &email,
                    name: &req.name,
                    password_hash,
                    role: Role::OrgAdmin,
                    is_network_admin: false,
                    language: req.language.unwrap_or_default(),
                },
            )?;
            organisations::set_registrant(tx, org_id, person)?;
            let warnings = crate::organisations::check_duplicates(tx, org_id, &organisation)?;
            emit(
                tx,
                &person_principal(person, org_id, Role::OrgAdmin),
                EventType::OrganisationRegistered,
                org_id.get(),
                Some(&organisation.slug.clone()),
                &[org_id],
                &OrganisationPayload { organisation },
            )?;
            joined(tx, person, &req.name, org_id, Role::OrgAdmin, false)?;
            Ok((person, warnings))
        }
        (None, Some(_)) => {
            let code_hash = invitation_hash.ok_or_else(|| {
                FlowError::field(
                    "invitation_code",
                    Reason::not_valid().saying("this invitation code is not valid"),
                )
            })?;
            Ok((
                join(
                    tx,
                    code_hash,
                    &email,
                    &req.name,
                    password_hash,
                    req.language.unwrap_or_default(),
                )?,
                Vec::new(),
            ))
        }
        (None, None) => Err(FlowError::field("organisation", Reason::required())),
    }
}

/// Joins with an invitation. `code_hash` is the hash of the code of the link. An invitation
/// made for an address works for that address only, which it verifies (the link came to it);
/// an account an org admin removed comes back with the name and password chosen now.
fn join(
    tx: &mut Tx<'_>,
    code_hash: &str,
    email: &str,
    name: &str,
    password_hash: &str,
    language: UiLanguage,
) -> FlowResult<PersonId> {
    let invalid = || {
        FlowError::field(
            "invitation_code",
            Reason::not_valid().saying("this invitation code is not valid"),
        )
    };
    let invitation = match invitations::by_code_hash(tx, code_hash) {
        Err(StoreError::NotFound) => return Err(invalid()),
        other => other?,
    };
    if invitation.used_at.is_some()
        || invitation.revoked_at.is_some()
        || invitation.expires_at < tx.now().naive_utc()
    {
        return Err(FlowError::field(
            "invitation_code",
            Reason::not_valid().saying("this invitation has been used, revoked or has expired"),
        ));
    }
    if invitation.email.as_deref().is_some_and(|to| to != email) {
        return Err(FlowError::field("email", Reason::invitation_address()));
    }
    let role = invitation.role()?;
    let org = invitation.organisation_id;
    // Only an invitation mailed to the address proves it: a bare code from before invitations
    // were mailed never brings a removed account back (it would hand it to whoever holds it).
    let returning = match invitation.email {
        Some(_) => members::removed_by_email(tx, email)?,
        None => None,
    };
    let person = match returning {
        Some(returning) => {
            members::bring_back(
                tx,
                returning.id,
                &members::Return {
                    organisation_id: org,
                    role,
                    name,
                    password_hash,
                },
            )?;
            returning.id
        }
        None => accounts::insert_person(
            tx,
            &NewPerson {
                organisation_id: org,
                email,
                name,
                password_hash,
                role,
                is_network_admin: false,
                language,
            },
        )?,
    };
    if invitation.email.is_some() {
        members::mark_verified(tx, person)?;
    }
    if !invitations::mark_used(tx, invitation.id, person)? {
        return Err(invalid());
    }
    let organisation = organisations::reference(tx, org)?;
    let used = invitations::by_id(tx, invitation.id)?.into_domain(None)?;
    emit(
        tx,
        &person_principal(person, org, role),
        EventType::InvitationRedeemed,
        invitation.id.get(),
        None,
        &[org],
        &InvitationPayload {
            invitation: used,
            organisation,
        },
    )?;
    joined(tx, person, name, org, role, true)?;
    Ok(person)
}
