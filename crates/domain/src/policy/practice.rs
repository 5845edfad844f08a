//! Practices: who sees an unpublished one, who edits, submits, publishes, rejects, archives.
//! The SQL twin of `can_view` is `twinning_store::practices::visible_filter`; a store test
//! checks the two agree on every combination.

use serde::{Deserialize, Serialize};

use crate::ids::OrganisationId;
use crate::lifecycle::PracticeAction;
use crate::principal::{Denied, Principal, Scope};
use crate::vocab::PracticeStatus;

use super::{need_scope, standing, Need};

/// What a policy needs to know about a practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PracticeFacts {
    pub owner: OrganisationId,
    pub status: PracticeStatus,
    /// Whether the owner organisation is active: the practices of the others are seen by
    /// their own people and network admins only, published or not.
    pub owner_active: bool,
}

/// The caller's rights on one practice, sent with it so the SPA shows only what is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticePermissions {
    pub edit: bool,
    pub submit: bool,
    pub publish: bool,
    pub reject: bool,
    pub archive: bool,
    /// Adding, editing and removing its translations.
    #[serde(default)]
    pub translate: bool,
}

/// Published practices of active organisations are public; others are seen by their
/// organisation (people, and keys with `read:private`) and by network admins.
pub fn can_view(principal: &Principal, facts: &PracticeFacts) -> bool {
    (facts.status.is_public() && facts.owner_active) || principal.is_insider_of(facts.owner)
}

/// Whether a change may name the practice: whoever sees it, and its organisation's keys with
/// `write:practices`, which may change drafts they cannot list (writing a draft is the stronger
/// right, and a change answers with the practice as changed). Anyone else gets the answer an
/// anonymous caller gets: the practice is not there.
pub fn can_address_for_change(principal: &Principal, facts: &PracticeFacts) -> bool {
    can_view(principal, facts)
        || matches!(principal, Principal::ApiKey(k)
            if k.organisation_id == facts.owner && k.scopes.contains(&Scope::WritePractices))
}

fn owner_side(principal: &Principal, facts: &PracticeFacts) -> Result<(), Denied> {
    match principal {
        Principal::Anonymous => Err(Denied::Unauthenticated),
        Principal::Person(p) if p.organisation_id == facts.owner => Ok(()),
        Principal::ApiKey(k) if k.organisation_id == facts.owner => {
            need_scope(principal, Scope::WritePractices)
        }
        _ => Err(Denied::Forbidden(
            "only its organisation may change this practice",
        )),
    }
}

/// Creating a practice for one's own organisation.
pub fn create(principal: &Principal) -> Result<(), Denied> {
    match principal {
        Principal::Anonymous => Err(Denied::Unauthenticated),
        Principal::ApiKey(_) => need_scope(principal, Scope::WritePractices),
        Principal::Person(_) => standing(principal, Need::Prepare),
        Principal::System => Err(Denied::Forbidden("the platform creates no practices")),
    }
}

/// Editing content: the owner's drafts only (a network admin edits no one else's draft).
pub fn edit(principal: &Principal, facts: &PracticeFacts) -> Result<(), Denied> {
    owner_side(principal, facts)?;
    standing(principal, Need::Prepare)
}

/// Translating: its organisation (as for editing), at any status but archived: a published
/// practice is translated without going back to draft.
pub fn translate(principal: &Principal, facts: &PracticeFacts) -> Result<(), Denied> {
    owner_side(principal, facts)?;
    standing(principal, Need::Prepare)
}

/// Seeing every translation with who made it and the source it was made from: those who may
/// translate, and the organisation's insiders (network admins, keys with `read:private`).
pub fn see_translations(principal: &Principal, facts: &PracticeFacts) -> Result<(), Denied> {
    if principal.is_insider_of(facts.owner) {
        return Ok(());
    }
    translate(principal, facts)
}

/// A lifecycle action, before the state machine says whether it applies now.
pub fn act(
    principal: &Principal,
    facts: &PracticeFacts,
    action: PracticeAction,
) -> Result<(), Denied> {
    if action.needs_network_admin() {
        super::network_admin(principal)?;
    } else {
        owner_side(principal, facts)?;
        // Only an active organisation puts anything before the network.
        standing(principal, Need::Network)?;
    }
    if matches!(action, PracticeAction::Submit | PracticeAction::Publish) {
        super::verified(principal)?;
    }
    Ok(())
}

/// Everything the principal may do to the practice now, state machine included.
pub fn permissions(principal: &Principal, facts: &PracticeFacts) -> PracticePermissions {
    let can = |action: PracticeAction| {
        act(principal, facts, action).is_ok() && facts.status.next(action).is_ok()
    };
    PracticePermissions {
        edit: facts.status.is_editable() && edit(principal, facts).is_ok(),
        submit: can(PracticeAction::Submit),
        publish: can(PracticeAction::Publish),
        reject: can(PracticeAction::Reject),
        archive: can(PracticeAction::Archive),
        translate: facts.status != PracticeStatus::Archived && translate(principal, facts).is_ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ApiKeyId, PersonId};
    use crate::principal::{KeyPrincipal, PersonPrincipal};
    use crate::vocab::Role;

    const OWNER: OrganisationId = OrganisationId(1);
    const OTHER: OrganisationId = OrganisationId(2);

    fn person(org: OrganisationId, admin: bool) -> Principal {
        Principal::Person(PersonPrincipal {
            person_id: PersonId(9),
            organisation_id: org,
            role: Role::Member,
            is_network_admin: admin,
            email_verified: true,
            organisation_status: crate::OrganisationStatus::Active,
        })
    }

    fn key(scopes: &[Scope]) -> Principal {
        Principal::ApiKey(KeyPrincipal {
            key_id: ApiKeyId(3),
            on_behalf_of: PersonId(1),
            organisation_id: OWNER,
            scopes: scopes.to_vec(),
        })
    }

    fn facts(status: PracticeStatus) -> PracticeFacts {
        PracticeFacts {
            owner: OWNER,
            status,
            owner_active: true,
        }
    }

    #[test]
    fn a_pending_organisation_drafts_but_neither_submits_nor_shows() {
        let pending = Principal::Person(PersonPrincipal {
            person_id: PersonId(9),
            organisation_id: OWNER,
            role: Role::OrgAdmin,
            is_network_admin: false,
            email_verified: true,
            organisation_status: crate::OrganisationStatus::Pending,
        });
        assert!(create(&pending).is_ok());
        let draft = PracticeFacts {
            owner_active: false,
            ..facts(PracticeStatus::Draft)
        };
        let p = permissions(&pending, &draft);
        assert!(p.edit && !p.submit);
        assert_eq!(
            act(&pending, &draft, PracticeAction::Submit),
            Err(Denied::OrganisationNotActive(
                crate::OrganisationStatus::Pending
            ))
        );
        let published = PracticeFacts {
            owner_active: false,
            ..facts(PracticeStatus::Published)
        };
        assert!(!can_view(&Principal::Anonymous, &published));
        assert!(!can_view(&person(OTHER, false), &published));
        assert!(can_view(&pending, &published));
        assert!(can_view(&person(OTHER, true), &published));
    }

    #[test]
    fn a_network_admin_may_not_edit_another_organisations_draft() {
        let p = permissions(&person(OTHER, true), &facts(PracticeStatus::Draft));
        assert!(!p.edit && !p.submit && !p.publish);
        assert!(can_view(
            &person(OTHER, true),
            &facts(PracticeStatus::Draft)
        ));
    }

    #[test]
    fn the_owner_edits_and_submits_drafts_only() {
        let owner = person(OWNER, false);
        let draft = permissions(&owner, &facts(PracticeStatus::Draft));
        assert!(draft.edit && draft.submit && !draft.publish && !draft.archive);
        let submitted = permissions(&owner, &facts(PracticeStatus::Submitted));
        assert_eq!(
            submitted,
            PracticePermissions {
                translate: true,
                ..PracticePermissions::default()
            }
        );
        let published = permissions(&owner, &facts(PracticeStatus::Published));
        assert!(published.translate && !published.edit);
        assert!(!permissions(&owner, &facts(PracticeStatus::Archived)).translate);
        assert!(!permissions(&person(OTHER, true), &facts(PracticeStatus::Published)).translate);
    }

    #[test]
    fn admins_publish_reject_and_archive_by_state() {
        let admin = person(OTHER, true);
        let s = permissions(&admin, &facts(PracticeStatus::Submitted));
        assert!(s.publish && s.reject && !s.archive && !s.edit);
        let p = permissions(&admin, &facts(PracticeStatus::Published));
        assert!(p.archive && !p.publish);
    }

    #[test]
    fn keys_act_within_their_scopes_and_never_as_admins() {
        let draft = facts(PracticeStatus::Draft);
        assert_eq!(
            edit(&key(&[Scope::ReadPrivate]), &draft),
            Err(Denied::MissingScope(Scope::WritePractices))
        );
        assert!(edit(&key(&[Scope::WritePractices]), &draft).is_ok());
        assert_eq!(
            act(
                &key(Scope::ALL),
                &facts(PracticeStatus::Submitted),
                PracticeAction::Publish
            ),
            Err(Denied::NotForKeys)
        );
        assert!(!can_view(&key(&[Scope::WritePractices]), &draft));
        assert!(can_view(&key(&[Scope::ReadPrivate]), &draft));
        assert!(can_address_for_change(
            &key(&[Scope::WritePractices]),
            &draft
        ));
        assert!(!can_address_for_change(
            &key(&[Scope::WriteOrganisation]),
            &draft
        ));
        let elsewhere = PracticeFacts {
            owner: OTHER,
            status: PracticeStatus::Draft,
            owner_active: true,
        };
        assert!(!can_address_for_change(&key(Scope::ALL), &elsewhere));
    }

    #[test]
    fn an_unverified_person_prepares_but_neither_submits_nor_publishes() {
        let unverified = |org: OrganisationId, admin: bool| match person(org, admin) {
            Principal::Person(mut p) => {
                p.email_verified = false;
                Principal::Person(p)
            }
            other => other,
        };
        let owner = unverified(OWNER, false);
        let draft = permissions(&owner, &facts(PracticeStatus::Draft));
        assert!(draft.edit && !draft.submit);
        assert_eq!(
            act(
                &owner,
                &facts(PracticeStatus::Draft),
                PracticeAction::Submit
            ),
            Err(Denied::EmailUnverified)
        );
        let admin = unverified(OTHER, true);
        let submitted = permissions(&admin, &facts(PracticeStatus::Submitted));
        assert!(!submitted.publish && submitted.reject);
        // A stranger is told what strangers are told, not to verify their address.
        assert_eq!(
            act(
                &unverified(OTHER, false),
                &facts(PracticeStatus::Draft),
                PracticeAction::Submit
            ),
            Err(Denied::Forbidden(
                "only its organisation may change this practice"
            ))
        );
    }

    #[test]
    fn anonymous_sees_published_only() {
        for status in [
            PracticeStatus::Draft,
            PracticeStatus::Submitted,
            PracticeStatus::Archived,
        ] {
            assert!(!can_view(&Principal::Anonymous, &facts(status)));
        }
        assert!(can_view(
            &Principal::Anonymous,
            &facts(PracticeStatus::Published)
        ));
        assert_eq!(create(&Principal::Anonymous), Err(Denied::Unauthenticated));
    }
}
