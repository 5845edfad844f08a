//! Who is acting: a person signed in, a partner system with an API key, the platform itself,
//! or nobody. Handlers, flows and policies take a principal, never a bare person.

use serde::{Deserialize, Serialize};

use crate::ids::{ApiKeyId, OrganisationId, PersonId};
use crate::vocab::{OrganisationStatus, Role};

/// What a partner API key may do for its organisation. A key never does admin work and never
/// manages keys, whatever its scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Scope {
    /// The organisation's unpublished practices, its people and its private activity.
    #[serde(rename = "read:private")]
    ReadPrivate,
    /// Create and edit the organisation's draft practices and submit them for review.
    #[serde(rename = "write:practices")]
    WritePractices,
    /// Edit the organisation's profile.
    #[serde(rename = "write:organisation")]
    WriteOrganisation,
}

impl Scope {
    pub const ALL: &'static [Scope] = &[
        Scope::ReadPrivate,
        Scope::WritePractices,
        Scope::WriteOrganisation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Scope::ReadPrivate => "read:private",
            Scope::WritePractices => "write:practices",
            Scope::WriteOrganisation => "write:organisation",
        }
    }

    pub fn parse(code: &str) -> Result<Scope, String> {
        Scope::ALL
            .iter()
            .copied()
            .find(|s| s.code() == code)
            .ok_or_else(|| {
                let all: Vec<&str> = Scope::ALL.iter().map(|s| s.code()).collect();
                format!(
                    "unknown scope `{code}`; expected one of: {}",
                    all.join(", ")
                )
            })
    }

    /// What the scope opens, for the OpenAPI security scheme and the SPA.
    pub fn description(self) -> &'static str {
        match self {
            Scope::ReadPrivate => "Read the organisation's drafts, members and private activity",
            Scope::WritePractices => "Create, edit and submit the organisation's practices",
            Scope::WriteOrganisation => "Edit the organisation's profile",
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonPrincipal {
    pub person_id: PersonId,
    pub organisation_id: OrganisationId,
    pub role: Role,
    pub is_network_admin: bool,
    /// Until the address is verified the person may sign in and prepare, but not publish,
    /// submit, apply or invite.
    pub email_verified: bool,
    /// The status of the person's organisation, read with the session on each request.
    pub organisation_status: OrganisationStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPrincipal {
    pub key_id: ApiKeyId,
    pub organisation_id: OrganisationId,
    pub scopes: Vec<Scope>,
    /// The person accountable for what the key does: the org admin who created it. Trails
    /// name them beside the key.
    pub on_behalf_of: PersonId,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Principal {
    #[default]
    Anonymous,
    Person(PersonPrincipal),
    ApiKey(KeyPrincipal),
    /// The platform itself: the worker, the CLI, the demo loader.
    System,
}

impl Principal {
    pub fn person(&self) -> Option<&PersonPrincipal> {
        match self {
            Principal::Person(p) => Some(p),
            _ => None,
        }
    }

    pub fn person_id(&self) -> Option<PersonId> {
        self.person().map(|p| p.person_id)
    }

    /// The person accountable for the act: the person, or the creator of the key.
    pub fn accountable_person(&self) -> Option<PersonId> {
        match self {
            Principal::Person(p) => Some(p.person_id),
            Principal::ApiKey(k) => Some(k.on_behalf_of),
            Principal::Anonymous | Principal::System => None,
        }
    }

    /// The organisation the principal acts for.
    pub fn organisation_id(&self) -> Option<OrganisationId> {
        match self {
            Principal::Person(p) => Some(p.organisation_id),
            Principal::ApiKey(k) => Some(k.organisation_id),
            Principal::Anonymous | Principal::System => None,
        }
    }

    /// Whether the principal may do what needs a verified address. Keys act for their
    /// organisation and are made by its admins; the platform is trusted.
    pub fn is_verified(&self) -> bool {
        match self {
            Principal::Person(p) => p.email_verified,
            Principal::ApiKey(_) | Principal::System => true,
            Principal::Anonymous => false,
        }
    }

    pub fn is_network_admin(&self) -> bool {
        matches!(self, Principal::Person(p) if p.is_network_admin) || *self == Principal::System
    }

    /// Whether the principal holds `scope`. People hold every scope their role allows; keys
    /// only those they were given.
    pub fn has_scope(&self, scope: Scope) -> bool {
        match self {
            Principal::ApiKey(k) => k.scopes.contains(&scope),
            Principal::Person(_) | Principal::System => true,
            Principal::Anonymous => false,
        }
    }

    /// Whether the principal may act as an admin of `organisation` (people: its org admins and
    /// network admins; keys: their own organisation, within their scopes).
    pub fn manages(&self, organisation: OrganisationId) -> bool {
        match self {
            Principal::Person(p) => {
                p.is_network_admin
                    || (p.role == Role::OrgAdmin && p.organisation_id == organisation)
            }
            Principal::ApiKey(k) => k.organisation_id == organisation,
            Principal::System => true,
            Principal::Anonymous => false,
        }
    }

    /// Whether the principal sees `organisation`'s private side (drafts, people, activity).
    /// A key needs `read:private`; without it, a key sees what anyone sees.
    pub fn is_insider_of(&self, organisation: OrganisationId) -> bool {
        match self {
            Principal::Person(p) => p.is_network_admin || p.organisation_id == organisation,
            Principal::ApiKey(k) => {
                k.organisation_id == organisation && k.scopes.contains(&Scope::ReadPrivate)
            }
            Principal::System => true,
            Principal::Anonymous => false,
        }
    }
}

/// Why a policy said no: a missing scope is told apart, so the API can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// Sign in first.
    Unauthenticated,
    /// The principal may not do this at all.
    Forbidden(&'static str),
    /// An API key that lacks this scope.
    MissingScope(Scope),
    /// API keys never do this (admin work, key management, personal settings).
    NotForKeys,
    /// The person must verify their email address first (publish, submit, apply, invite).
    EmailUnverified,
    /// The principal's organisation is not active (awaiting approval, rejected, suspended):
    /// it may not do this until a network admin approves or reactivates it.
    OrganisationNotActive(OrganisationStatus),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_round_trip_by_code() {
        for s in Scope::ALL {
            assert_eq!(Scope::parse(s.code()), Ok(*s));
            assert_eq!(
                serde_json_like(*s),
                format!("\"{}\"", s.code()),
                "serde and code() agree"
            );
        }
        assert!(Scope::parse("admin").unwrap_err().contains("read:private"));
    }

    fn serde_json_like(s: Scope) -> String {
        serde_json::to_string(&s).unwrap()
    }

    #[test]
    fn a_key_without_read_private_is_an_outsider() {
        let org = OrganisationId(1);
        let key = |scopes: Vec<Scope>| {
            Principal::ApiKey(KeyPrincipal {
                key_id: ApiKeyId(1),
                organisation_id: org,
                scopes,
                on_behalf_of: PersonId(1),
            })
        };
        assert!(!key(vec![Scope::WritePractices]).is_insider_of(org));
        assert!(key(vec![Scope::ReadPrivate]).is_insider_of(org));
        assert!(!key(vec![Scope::ReadPrivate]).is_insider_of(OrganisationId(2)));
        assert!(!key(vec![Scope::ReadPrivate]).is_network_admin());
    }
}
