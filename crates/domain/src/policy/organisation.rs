//! Organisations: editing the profile, seeing members and invitations, managing API keys.

use serde::{Deserialize, Serialize};

use crate::ids::OrganisationId;
use crate::principal::{Denied, Principal, Scope};

use super::{need_scope, standing, Need};
use crate::vocab::OrganisationStatus;

/// The caller's rights on one organisation, sent with its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationPermissions {
    pub edit: bool,
    pub see_members: bool,
    pub invite: bool,
    /// Changing roles, removing people, handing the org-admin role on.
    pub manage_members: bool,
    pub manage_api_keys: bool,
}

fn managing(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    match principal {
        Principal::Anonymous => Err(Denied::Unauthenticated),
        p if p.manages(org) => Ok(()),
        _ => Err(Denied::Forbidden(
            "only this organisation's admins and network admins may do this",
        )),
    }
}

/// Editing the profile: its org admins, network admins, its keys with `write:organisation`.
pub fn edit(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    managing(principal, org)?;
    need_scope(principal, Scope::WriteOrganisation)?;
    standing(principal, Need::Profile)
}

/// Whether the organisation shows at all: active ones to anyone; the others to their own
/// people (and keys with `read:private`) and to network admins only.
pub fn can_view(principal: &Principal, org: OrganisationId, status: OrganisationStatus) -> bool {
    status == OrganisationStatus::Active || principal.is_insider_of(org)
}

/// The people of the organisation: its org admins, network admins, keys with `read:private`.
pub fn see_members(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    managing(principal, org)?;
    need_scope(principal, Scope::ReadPrivate)
}

/// Seeing and revoking the organisation's invitations: its org admins and network admins,
/// people only.
pub fn manage_invitations(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    super::person_only(principal)?;
    managing(principal, org)?;
    standing(principal, Need::Prepare)
}

/// Invitations bring people in: people only, with a verified address.
pub fn invite(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    manage_invitations(principal, org)?;
    super::verified(principal)
}

/// Changing a member's role, removing a member, handing the org-admin role on: its org admins
/// and network admins, people only, while the organisation may prepare (not once suspended).
/// The rules about whom (never oneself, never the last org admin) are in `membership`.
pub fn manage_members(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    manage_invitations(principal, org)
}

/// API keys are managed by people, never by keys.
pub fn manage_api_keys(principal: &Principal, org: OrganisationId) -> Result<(), Denied> {
    super::person_only(principal)?;
    managing(principal, org)?;
    // A key acts in the network's name: none until the organisation is active.
    standing(principal, Need::Network)
}

pub fn permissions(principal: &Principal, org: OrganisationId) -> OrganisationPermissions {
    OrganisationPermissions {
        edit: edit(principal, org).is_ok(),
        see_members: see_members(principal, org).is_ok(),
        invite: invite(principal, org).is_ok(),
        manage_members: manage_members(principal, org).is_ok(),
        manage_api_keys: manage_api_keys(principal, org).is_ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ApiKeyId, PersonId};
    use crate::principal::{KeyPrincipal, PersonPrincipal};
    use crate::vocab::Role;

    #[test]
    fn keys_never_manage_keys_and_members_never_manage() {
        let org = OrganisationId(4);
        let key = Principal::ApiKey(KeyPrincipal {
            key_id: ApiKeyId(1),
            on_behalf_of: PersonId(1),
            organisation_id: org,
            scopes: Scope::ALL.to_vec(),
        });
        assert_eq!(manage_api_keys(&key, org), Err(Denied::NotForKeys));
        assert!(edit(&key, org).is_ok());
        let member = Principal::Person(PersonPrincipal {
            person_id: PersonId(1),
            organisation_id: org,
            role: Role::Member,
            is_network_admin: false,
            email_verified: true,
            organisation_status: OrganisationStatus::Active,
        });
        assert_eq!(
            permissions(&member, org),
            OrganisationPermissions::default()
        );
        let unverified_admin = Principal::Person(PersonPrincipal {
            person_id: PersonId(2),
            organisation_id: org,
            role: Role::OrgAdmin,
            is_network_admin: false,
            email_verified: false,
            organisation_status: OrganisationStatus::Active,
        });
        assert_eq!(invite(&unverified_admin, org), Err(Denied::EmailUnverified));
        assert!(manage_invitations(&unverified_admin, org).is_ok());
        assert!(!permissions(&unverified_admin, org).invite);
    }

    fn org_admin(org: OrganisationId, status: OrganisationStatus) -> Principal {
        Principal::Person(PersonPrincipal {
            person_id: PersonId(2),
            organisation_id: org,
            role: Role::OrgAdmin,
            is_network_admin: false,
            email_verified: true,
            organisation_status: status,
        })
    }

    #[test]
    fn a_pending_organisation_prepares_and_a_suspended_one_waits() {
        let org = OrganisationId(4);
        let pending = org_admin(org, OrganisationStatus::Pending);
        assert!(edit(&pending, org).is_ok() && invite(&pending, org).is_ok());
        assert!(manage_members(&pending, org).is_ok());
        let rejected = org_admin(org, OrganisationStatus::Rejected);
        assert!(edit(&rejected, org).is_ok());
        assert_eq!(
            invite(&rejected, org),
            Err(Denied::OrganisationNotActive(OrganisationStatus::Rejected))
        );
        let suspended = org_admin(org, OrganisationStatus::Suspended);
        assert!(manage_members(&suspended, org).is_err());
        assert_eq!(
            edit(&suspended, org),
            Err(Denied::OrganisationNotActive(OrganisationStatus::Suspended))
        );
        assert!(can_view(&pending, org, OrganisationStatus::Pending));
        assert!(!can_view(
            &Principal::Anonymous,
            org,
            OrganisationStatus::Pending
        ));
        assert!(!can_view(
            &org_admin(OrganisationId(5), OrganisationStatus::Active),
            org,
            OrganisationStatus::Suspended
        ));
    }
}
