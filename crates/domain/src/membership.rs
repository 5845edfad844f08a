//! The people of an organisation: members as their org admins see them, the changes org
//! admins make (role, removal, handing the org-admin role on), and the invitations that bring
//! people in by mail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{InvitationId, PersonId};
use crate::organisation::OrganisationRef;
use crate::problem::{FieldErrors, Reason, Validate};
use crate::vocab::Role;

/// Days an invitation (and each resent link) stays valid.
pub const INVITATION_TTL_DAYS: i64 = 14;

/// The SPA's page that answers an invitation link: `/join/{code}`.
pub const JOIN_PATH: &str = "/join/";

/// An invitation for a person to join an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitation {
    pub id: InvitationId,
    /// The code of the link (`/join/{code}`); only in the responses that create or resend it.
    pub code: Option<String>,
    /// The address it was sent to; only that address may use it. Absent on invitations made
    /// before invitations were mailed.
    pub email: Option<String>,
    pub role: Role,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    /// When the link was last mailed.
    pub sent_at: Option<DateTime<Utc>>,
    pub used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Invitation {
    /// Open: neither used nor revoked, and not expired at `now`.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.used_at.is_none() && self.revoked_at.is_none() && self.expires_at > now
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewInvitation {
    /// Who it is for: the link is mailed there, and only this address may use it.
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    #[serde(default = "default_role")]
    pub role: Role,
}

fn default_role() -> Role {
    Role::Member
}

impl Validate for NewInvitation {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        crate::auth::check_email("email", &self.email, &mut e);
        e.into_result()
    }
}

/// Where an invitation stands, as the person holding its link sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvitationState {
    Open,
    Used,
    Revoked,
    Expired,
}

/// `POST /api/v1/invitations/lookup`: the code of a `/join/{code}` link (sent in a body, so
/// it stays out of access logs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InvitationLookup {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub code: String,
}

impl Validate for InvitationLookup {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.line("code", &self.code, 1, 100);
        e.into_result()
    }
}

/// What the join page shows before the person registers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationPreview {
    pub organisation: OrganisationRef,
    pub role: Role,
    /// The address the invitation is for: the account must use it.
    pub email: Option<String>,
    pub expires_at: DateTime<Utc>,
    pub state: InvitationState,
}

/// A person of an organisation, as its org admins see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Member {
    pub id: PersonId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub email_verified: bool,
    pub joined_at: DateTime<Utc>,
    pub last_seen_at: Option<DateTime<Utc>>,
}

/// `PATCH /api/v1/organisations/{slug}/members/{person_id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MemberPatch {
    pub role: Role,
}

impl Validate for MemberPatch {
    fn validate(&self) -> Result<(), FieldErrors> {
        Ok(())
    }
}

/// `POST /api/v1/organisations/{slug}/admin-transfer`: the caller, an org admin, makes
/// `person_id` an org admin and becomes a member, in one step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AdminTransfer {
    pub person_id: PersonId,
}

impl Validate for AdminTransfer {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if self.person_id.get() < 1 {
            e.add(
                "person_id",
                Reason::too_small(1).saying("must be a person's id (1 or more)"),
            );
        }
        e.into_result()
    }
}

/// Why a change to the people of an organisation is refused. Each has a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberRefusal {
    /// It would leave the organisation without an org admin.
    LastOrgAdmin,
    /// Org admins hand their own role on with a transfer, and leave by deleting their account.
    OwnAccount,
}

impl MemberRefusal {
    pub fn code(self) -> &'static str {
        match self {
            MemberRefusal::LastOrgAdmin => "last_org_admin",
            MemberRefusal::OwnAccount => "own_membership",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            MemberRefusal::LastOrgAdmin => {
                "this would leave the organisation without an org admin: make someone else an \
                 org admin first"
            }
            MemberRefusal::OwnAccount => {
                "you cannot change or remove your own membership here: hand the org-admin role \
                 on with a transfer, or delete your account from My account"
            }
        }
    }
}

/// A change to one member, as the rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberChange {
    Role(Role),
    Remove,
}

/// Whether `change` to the member `target` (now `role`) may be made by `actor`, when the
/// organisation has `org_admins` org admins. Network admins may change anyone but still never
/// leave an organisation with people and no org admin.
pub fn check_member_change(
    actor: PersonId,
    target: PersonId,
    role: Role,
    change: MemberChange,
    org_admins: i64,
) -> Result<(), MemberRefusal> {
    if actor == target {
        return Err(MemberRefusal::OwnAccount);
    }
    let loses_admin = role == Role::OrgAdmin
        && match change {
            MemberChange::Role(new) => new != Role::OrgAdmin,
            MemberChange::Remove => true,
        };
    if loses_admin && org_admins <= 1 {
        return Err(MemberRefusal::LastOrgAdmin);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_org_admin_stays_and_nobody_edits_themself() {
        let (me, them) = (PersonId(1), PersonId(2));
        let demote = MemberChange::Role(Role::Member);
        assert_eq!(
            check_member_change(me, them, Role::OrgAdmin, demote, 1),
            Err(MemberRefusal::LastOrgAdmin)
        );
        assert_eq!(
            check_member_change(me, them, Role::OrgAdmin, MemberChange::Remove, 1),
            Err(MemberRefusal::LastOrgAdmin)
        );
        assert!(check_member_change(me, them, Role::OrgAdmin, demote, 2).is_ok());
        assert!(check_member_change(me, them, Role::Member, MemberChange::Remove, 1).is_ok());
        assert_eq!(
            check_member_change(me, me, Role::OrgAdmin, MemberChange::Remove, 3),
            Err(MemberRefusal::OwnAccount)
        );
    }

    #[test]
    fn an_invitation_needs_an_address_and_knows_when_it_is_open() {
        assert!(serde_json::from_str::<NewInvitation>(r#"{"role":"member"}"#).is_err());
        let new: NewInvitation = serde_json::from_str(r#"{"email":"not an address"}"#).unwrap();
        assert!(new.validate().unwrap_err().get("email").is_some());
        let now = Utc::now();
        let inv = Invitation {
            id: InvitationId(1),
            code: None,
            email: Some("amal@example.org".into()),
            role: Role::Member,
            expires_at: now + chrono::Duration::days(1),
            created_at: now,
            sent_at: Some(now),
            used_at: None,
            revoked_at: None,
        };
        assert!(inv.is_open(now));
        assert!(!inv.is_open(now + chrono::Duration::days(2)));
    }
}
