//! Who may do what, one module per capability. Pure functions over a principal and the facts
//! of an object: the API enforces them and the SPA shows only what they allow, from the
//! permissions the API computes with them and sends along with each object.

pub mod organisation;
pub mod practice;

use crate::principal::{Denied, Principal, Scope};

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
