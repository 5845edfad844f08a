//! People joining the network: registering an organisation, joining with an invitation, and
//! invitations themselves (sessions are in `sessions`). Secrets arrive hashed (the API hashes
//! passwords and tokens): nothing here sees them in clear.

use chrono::{DateTime, Duration, Utc};
use twinning_domain::auth::{normalise_email, RegisterRequest};
use twinning_domain::event::{
    EventType, InvitationPayload, OrganisationPayload, PersonJoinedPayload, PersonRef,
};
use twinning_domain::organisation::{Invitation, NewInvitation, OrganisationRef};
use twinning_domain::policy::organisation as policy;
use twinning_domain::principal::{PersonPrincipal, Principal};
use twinning_domain::review::Warning;
use twinning_domain::{InvitationId, OrganisationId, OrganisationStatus, PersonId, Role, Validate};
use twinning_store::accounts::{self, NewInvitationRecord, NewPerson};
use twinning_store::{organisations, StoreError, Tx};

use crate::{emit, FlowError, FlowResult};

pub const INVITATION_TTL_DAYS: i64 = 14;

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
                FlowError::field("invitation_code", "this invitation code is not valid")
            })?;
            Ok((
                join(tx, code_hash, &email, &req.name, password_hash)?,
                Vec::new(),
            ))
        }
        (None, None) => Err(FlowError::field("organisation", "is required")),
    }
}

/// Joins with an invitation. `code_hash` is the hash of the code the person typed.
fn join(
    tx: &mut Tx<'_>,
    code_hash: &str,
    email: &str,
    name: &str,
    password_hash: &str,
) -> FlowResult<PersonId> {
    let invalid = || FlowError::field("invitation_code", "this invitation code is not valid");
    let invitation = match accounts::invitation_by_code_hash(tx, code_hash) {
        Err(StoreError::NotFound) => return Err(invalid()),
        other => other?,
    };
    if invitation.used_at.is_some()
        || invitation.revoked_at.is_some()
        || invitation.expires_at < tx.now().naive_utc()
    {
        return Err(FlowError::field(
            "invitation_code",
            "this invitation has been used, revoked or has expired",
        ));
    }
    let role = invitation.role()?;
    let org = invitation.organisation_id;
    let person = accounts::insert_person(
        tx,
        &NewPerson {
            organisation_id: org,
            email,
            name,
            password_hash,
            role,
            is_network_admin: false,
        },
    )?;
    if !accounts::use_invitation(tx, invitation.id, person)? {
        return Err(invalid());
    }
    let organisation = organisations::reference(tx, org)?;
    let used = accounts::invitation(tx, invitation.id)?.into_domain(None)?;
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

/// Creates an invitation to the organisation `slug`; `code_hash` is the hash of the code the
/// API shows once.
pub fn invite(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    new: &NewInvitation,
    code_hash: &str,
) -> FlowResult<(OrganisationRef, Invitation)> {
    let (org, organisation) = organisations::find_by_slug(tx, slug)?;
    policy::invite(principal, org)?;
    new.validate()?;
    let created_by = principal.accountable_person().ok_or(FlowError::Denied(
        twinning_domain::principal::Denied::NotForKeys,
    ))?;
    let email = new.email.as_deref().map(normalise_email);
    let expires_at: DateTime<Utc> = tx.now() + Duration::days(INVITATION_TTL_DAYS);
    let record = accounts::insert_invitation(
        tx,
        &NewInvitationRecord {
            organisation_id: org,
            code_hash,
            email: email.as_deref(),
            role: new.role,
            created_by,
            expires_at: expires_at.naive_utc(),
        },
    )?;
    let invitation = record.into_domain(None)?;
    let org_ref = OrganisationRef {
        slug: organisation.slug,
        name: organisation.name,
    };
    emit(
        tx,
        principal,
        EventType::InvitationCreated,
        invitation.id.get(),
        None,
        &[org],
        &InvitationPayload {
            invitation: invitation.clone(),
            organisation: org_ref.clone(),
        },
    )?;
    Ok((org_ref, invitation))
}

/// Revokes an unused invitation of the organisation `slug`.
pub fn revoke_invitation(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    id: InvitationId,
) -> FlowResult<()> {
    let (org, organisation) = organisations::find_by_slug(tx, slug)?;
    policy::manage_invitations(principal, org)?;
    accounts::revoke_invitation(tx, org, id)?;
    let invitation = accounts::invitation(tx, id)?.into_domain(None)?;
    emit(
        tx,
        principal,
        EventType::InvitationRevoked,
        id.get(),
        None,
        &[org],
        &InvitationPayload {
            invitation,
            organisation: OrganisationRef {
                slug: organisation.slug,
                name: organisation.name,
            },
        },
    )?;
    Ok(())
}

/// The invitations of the organisation `slug`, newest first.
pub fn invitations(
    conn: &mut twinning_store::DbConn,
    principal: &Principal,
    slug: &str,
) -> FlowResult<Vec<Invitation>> {
    let (org, _) = organisations::find_by_slug(conn, slug)?;
    policy::manage_invitations(principal, org)?;
    Ok(accounts::invitations_of(conn, org)?)
}
