//! Network admins finding and looking after people: the searchable list, disabling and
//! enabling an account, resending its verification link, granting network-admin rights.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::PersonId;
use crate::organisation::OrganisationRef;
use crate::problem::{FieldErrors, Reason, Validate};
use crate::review::admin_page;
use crate::vocab::{OrganisationStatus, Role};

pub const QUERY_MAX: usize = 100;

/// `GET /api/v1/admin/people`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PeopleQuery {
    /// Words found in the name, email or organisation name (all of them, any case).
    #[cfg_attr(feature = "openapi", param(max_length = 100))]
    pub q: Option<String>,
    /// 1-based page number.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100000))]
    pub page: Option<u32>,
    /// Results per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

/// The parsed form of `PeopleQuery`: lower-cased words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeopleFilter {
    pub words: Vec<String>,
    pub page: u32,
    pub per_page: u32,
}

impl PeopleQuery {
    pub fn parse(&self) -> Result<PeopleFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let q = self.q.as_deref().unwrap_or("");
        e.controls("q", q, false);
        if q.chars().count() > QUERY_MAX {
            e.add("q", Reason::too_long(QUERY_MAX));
        }
        let (page, per_page) = admin_page(self.page, self.per_page, &mut e);
        e.into_result()?;
        let mut words: Vec<String> = Vec::new();
        for w in q.split_whitespace().map(str::to_lowercase) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        Ok(PeopleFilter {
            words,
            page,
            per_page,
        })
    }
}

/// A person as network admins see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminPerson {
    pub id: PersonId,
    pub name: String,
    pub email: String,
    pub organisation: OrganisationRef,
    pub organisation_status: OrganisationStatus,
    pub role: Role,
    pub is_network_admin: bool,
    pub email_verified: bool,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: Option<DateTime<Utc>>,
    /// Set while a network admin has disabled the account.
    pub disabled_at: Option<DateTime<Utc>>,
    /// Set when an org admin removed the person from their organisation.
    pub removed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminPersonPage {
    pub items: Vec<AdminPerson>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

/// `POST /api/v1/admin/people/{id}/network-admin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NetworkAdminChange {
    pub grant: bool,
}

impl Validate for NetworkAdminChange {
    fn validate(&self) -> Result<(), FieldErrors> {
        Ok(())
    }
}

/// Why a network admin's change to a person is refused; each has a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonRefusal {
    /// Admins do not disable themselves or take away their own rights (another admin may).
    OwnAccount,
    /// The network would be left without a network admin.
    LastNetworkAdmin,
    /// Resending a verification link to an address that is verified.
    AlreadyVerified,
}

impl PersonRefusal {
    pub fn code(self) -> &'static str {
        match self {
            PersonRefusal::OwnAccount => "own_account",
            PersonRefusal::LastNetworkAdmin => "last_network_admin",
            PersonRefusal::AlreadyVerified => "already_verified",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            PersonRefusal::OwnAccount => {
                "you cannot do this to your own account; ask another network admin"
            }
            PersonRefusal::LastNetworkAdmin => {
                "this is the network's last network admin: grant the rights to someone else first"
            }
            PersonRefusal::AlreadyVerified => "this person's address is already verified",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_folds_case_and_repeats_and_checks_its_bounds() {
        let f = PeopleQuery {
            q: Some("  Amal amal  IRBID ".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(f.words, vec!["amal", "irbid"]);
        assert_eq!((f.page, f.per_page), (1, crate::review::PER_PAGE_DEFAULT));
        let bad = PeopleQuery {
            q: Some("a\u{0}b".into()),
            page: Some(0),
            per_page: Some(101),
        }
        .parse()
        .unwrap_err();
        for field in ["q", "page", "per_page"] {
            assert!(bad.get(field).is_some(), "{field}");
        }
    }
}
