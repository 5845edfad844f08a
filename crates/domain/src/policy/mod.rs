//! Who may do what, one module per capability. Pure functions over a principal and the facts
//! of an object: the API enforces them and the SPA shows only what they allow, from the
//! permissions the API computes with them and sends along with each object.

pub mod organisation;
pub mod practice;

use crate::principal::{Denied, Principal, Scope};
use crate::vocab::OrganisationStatus;

/// What an organisation's standing with the network must allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Editing its own profile: also while pending, or after a rejection (to put it right).
    Profile,
    /// Preparing drafts, inviting colleagues, managing keys: also while pending.
    Prepare,
    /// Anything the network sees (submitting a practice): only when active.
    Network,
}

/// Whether the principal's organisation stands where `need` allows. Network admins and the
/// platform always do; API keys of an organisation that is not active never get this far
/// (they are refused when presented).
pub fn standing(principal: &Principal, need: Need) -> Result<(), Denied> {
    let Principal::Person(p) = principal else {
        return Ok(());
    };
    if p.is_network_admin {
        return Ok(());
    }
    let allowed = match p.organisation_status {
        OrganisationStatus::Active => true,
        OrganisationStatus::Pending => matches!(need, Need::Profile | Need::Prepare),
        OrganisationStatus::Rejected => need == Need::Profile,
        OrganisationStatus::Suspended => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::OrganisationNotActive(p.organisation_status))
    }
}

/// Turns a yes/no into a result, naming the missing scope for keys.
pub(crate) fn need_scope(principal: &Principal, scope: Scope) -> Result<(), Denied> {
    if principal.has_scope(scope) {
        Ok(())
    } else {
        Err(Denied::MissingScope(scope))
    }
}

/// Signed-in people only: keys and anonymous callers are refused.
pub fn person_only(principal: &Principal) -> Result<(), Denied> {
    match principal {
        Principal::Person(_) | Principal::System => Ok(()),
        Principal::ApiKey(_) => Err(Denied::NotForKeys),
        Principal::Anonymous => Err(Denied::Unauthenticated),
    }
}

/// What an unverified person may not do yet: publish, submit, apply, invite. Checked after
/// the rule that says who may act at all, so a stranger still gets the answer for strangers.
pub fn verified(principal: &Principal) -> Result<(), Denied> {
    match principal {
        Principal::Anonymous => Err(Denied::Unauthenticated),
        p if p.is_verified() => Ok(()),
        _ => Err(Denied::EmailUnverified),
    }
}

/// Network admins only (never a key).
pub fn network_admin(principal: &Principal) -> Result<(), Denied> {
    match principal {
        Principal::Anonymous => Err(Denied::Unauthenticated),
        Principal::ApiKey(_) => Err(Denied::NotForKeys),
        p if p.is_network_admin() => Ok(()),
        _ => Err(Denied::Forbidden("only network admins may do this")),
    }
}
