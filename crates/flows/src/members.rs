//! Org admins managing their people: changing a member's role, removing a member, handing
//! the org-admin role on, each written as an event in the same transaction. A role change
//! takes effect on the person's next request (each request reads the role afresh); a removal
//! ends their sessions.

use twinning_domain::event::{EventType, PersonChangePayload, PersonRef};
use twinning_domain::membership::{check_member_change, MemberChange};
use twinning_domain::organisation::Member;
use twinning_domain::policy::organisation as policy;
use twinning_domain::principal::{Denied, Principal};
use twinning_domain::{OrganisationId, PersonId, Role};
use twinning_store::accounts::PersonRecord;
use twinning_store::sessions::{self, EndReason};
use twinning_store::{members, organisations, DbConn, Tx};

use crate::{emit, FlowError, FlowResult};

/// The people of the organisation `slug`, for those who may see them.
pub fn list(conn: &mut DbConn, principal: &Principal, slug: &str) -> FlowResult<Vec<Member>> {
    let (org, _) = organisations::find_by_slug(conn, slug)?;
    policy::see_members(principal, org)?;
    Ok(members::list(conn, org)?)
}

fn actor(principal: &Principal) -> FlowResult<PersonId> {
    principal
        .accountable_person()
        .ok_or(FlowError::Denied(Denied::NotForKeys))
}

/// The organisation, locked for the change, and the member the change is about.
fn target(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    person: PersonId,
) -> FlowResult<(OrganisationId, PersonRecord)> {
    let (org, _) = organisations::find_by_slug(tx, slug)?;
    policy::manage_members(principal, org)?;
    members::lock_organisation(tx, org)?;
    let record = members::member(tx, org, person)?;
    Ok((org, record))
}

fn refuse(r: twinning_domain::membership::MemberRefusal) -> FlowError {
    FlowError::Refused {
        code: r.code(),
        message: r.message().to_owned(),
    }
}

pub(crate) fn announce(
    tx: &mut Tx<'_>,
    principal: &Principal,
    event: EventType,
    person: &PersonRecord,
    role: Role,
    previous_role: Role,
    is_network_admin: bool,
) -> FlowResult<()> {
    let org = person.organisation_id;
    let organisation = organisations::reference(tx, org)?;
    emit(
        tx,
        principal,
        event,
        person.id.get(),
        None,
        &[org],
        &PersonChangePayload {
            person: PersonRef {
                id: person.id,
                name: person.name.clone(),
            },
            organisation,
            role,
            previous_role,
            is_network_admin,
        },
    )?;
    Ok(())
}

/// Gives a member another role. Never one's own (a transfer does that), never leaving the
/// organisation without an org admin. The same role again changes nothing.
pub fn change_role(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    person: PersonId,
    role: Role,
) -> FlowResult<Member> {
    let (org, record) = target(tx, principal, slug, person)?;
    let previous = record.role()?;
    let admins = members::org_admin_count(tx, org)?;
    check_member_change(
        actor(principal)?,
        person,
        previous,
        MemberChange::Role(role),
        admins,
    )
    .map_err(refuse)?;
    if previous != role {
        members::set_role(tx, person, role)?;
        announce(
            tx,
            principal,
            EventType::PersonRoleChanged,
            &record,
            role,
            previous,
            record.is_network_admin,
        )?;
    }
    Ok(members::one(tx, org, person)?)
}

/// Removes a member from the organisation: their sessions end at once and they can no longer
/// sign in; what they wrote stays with the organisation. Never oneself (delete the account
/// instead), never the last org admin.
pub fn remove(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    person: PersonId,
) -> FlowResult<()> {
    let (org, record) = target(tx, principal, slug, person)?;
    let role = record.role()?;
    let admins = members::org_admin_count(tx, org)?;
    check_member_change(
        actor(principal)?,
        person,
        role,
        MemberChange::Remove,
        admins,
    )
    .map_err(refuse)?;
    members::remove(tx, person)?;
    sessions::end_for_person(tx, person, EndReason::RemovedFromOrganisation, None)?;
    announce(
        tx,
        principal,
        EventType::PersonRemoved,
        &record,
        role,
        role,
        record.is_network_admin,
    )?;
    Ok(())
}

/// The caller, an org admin of the organisation, makes `person` an org admin and becomes a
/// member, in one step.
pub fn transfer_admin(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    person: PersonId,
) -> FlowResult<Vec<Member>> {
    let (org, record) = target(tx, principal, slug, person)?;
    let me = actor(principal)?;
    let mine = members::member(tx, org, me).map_err(|_| {
        FlowError::Denied(Denied::Forbidden(
            "only an org admin of this organisation hands its role on",
        ))
    })?;
    if mine.role()? != Role::OrgAdmin {
        return Err(FlowError::Denied(Denied::Forbidden(
            "only an org admin of this organisation hands its role on",
        )));
    }
    if person == me {
        return Err(refuse(
            twinning_domain::membership::MemberRefusal::OwnAccount,
        ));
    }
    let previous = record.role()?;
    if previous != Role::OrgAdmin {
        members::set_role(tx, person, Role::OrgAdmin)?;
        announce(
            tx,
            principal,
            EventType::PersonRoleChanged,
            &record,
            Role::OrgAdmin,
            previous,
            record.is_network_admin,
        )?;
    }
    members::set_role(tx, me, Role::Member)?;
    announce(
        tx,
        principal,
        EventType::PersonRoleChanged,
        &mine,
        Role::Member,
        Role::OrgAdmin,
        mine.is_network_admin,
    )?;
    Ok(members::list(tx, org)?)
}
