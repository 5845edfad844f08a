//! Vetting organisations: the network admins' list of organisations by status with their
//! registrant and possible duplicates, the moves (approve, reject, suspend, reactivate, merge),
//! and the warnings a registrant gets when a name is close to an existing one.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::organisation::{Organisation, OrganisationRef};
use crate::problem::{FieldErrors, Reason, Validate};
use crate::vocab::OrganisationStatus;

pub const REASON_MAX: usize = 2000;
pub const PER_PAGE_DEFAULT: u32 = 20;
pub const PER_PAGE_MAX: u32 = 100;

/// A move a network admin makes on an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewAction {
    Approve,
    Reject,
    Suspend,
    Reactivate,
}

impl ReviewAction {
    /// The status the move leads to from `from`, or why it does not apply.
    pub fn next(self, from: OrganisationStatus) -> Result<OrganisationStatus, String> {
        use OrganisationStatus::*;
        let to = match (self, from) {
            // A rejected organisation may be approved after all (a mistake, new information).
            (ReviewAction::Approve, Pending | Rejected) => Active,
            (ReviewAction::Reject, Pending) => Rejected,
            (ReviewAction::Suspend, Active) => Suspended,
            (ReviewAction::Reactivate, Suspended) => Active,
            (action, from) => {
                return Err(format!(
                    "an organisation that is {} cannot be {}",
                    from.code(),
                    action.past()
                ))
            }
        };
        Ok(to)
    }

    pub fn past(self) -> &'static str {
        match self {
            ReviewAction::Approve => "approved",
            ReviewAction::Reject => "rejected",
            ReviewAction::Suspend => "suspended",
            ReviewAction::Reactivate => "reactivated",
        }
    }

    /// Whether the move must say why (the organisation's people read it).
    pub fn needs_reason(self) -> bool {
        matches!(self, ReviewAction::Reject | ReviewAction::Suspend)
    }
}

/// `POST /admin/organisations/{slug}/reject` and `/suspend`: why, in words its people read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReasonRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 2000))]
    pub reason: String,
}

impl Validate for ReasonRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("reason", &self.reason, 1, REASON_MAX);
        e.into_result()
    }
}

/// `POST /admin/organisations/{slug}/merge`: the organisation that is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MergeRequest {
    /// The slug of the organisation everything moves to.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub into: String,
}

impl Validate for MergeRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("into", &self.into, 1, 100);
        e.into_result()
    }
}

/// What a merge did: the trail kept in `organisation_merges`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MergeOutcome {
    /// The absorbed organisation, as it was; its slug now redirects to `into`.
    pub from: OrganisationRef,
    pub into: OrganisationRef,
    /// Rows moved, per `table.column` that pointed at the absorbed organisation.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub moved: std::collections::BTreeMap<String, i64>,
    pub merged_at: DateTime<Utc>,
}

/// `GET /admin/organisations` query parameters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct AdminOrganisationQuery {
    /// Only organisations with this status; without it, all of them with the pending first.
    #[cfg_attr(feature = "openapi", param(value_type = Option<OrganisationStatus>))]
    pub status: Option<String>,
    /// 1-based page number.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100000))]
    pub page: Option<u32>,
    /// Results per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

/// The page and page size of an admin list (1–100000, and 1–`PER_PAGE_MAX` with
/// `PER_PAGE_DEFAULT` when absent), each fault named in `e`.
pub fn admin_page(page: Option<u32>, per_page: Option<u32>, e: &mut FieldErrors) -> (u32, u32) {
    let page = page.unwrap_or(1);
    if page == 0 || page > 100_000 {
        e.add("page", Reason::out_of_range(1, 100_000));
    }
    let per_page = per_page.unwrap_or(PER_PAGE_DEFAULT);
    if per_page == 0 || per_page > PER_PAGE_MAX {
        e.add("per_page", Reason::out_of_range(1, PER_PAGE_MAX));
    }
    (page, per_page)
}

/// The parsed form of `AdminOrganisationQuery`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdminOrganisationFilter {
    pub status: Option<OrganisationStatus>,
    pub page: u32,
    pub per_page: u32,
}

impl AdminOrganisationQuery {
    pub fn parse(&self) -> Result<AdminOrganisationFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let status = match self.status.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => match OrganisationStatus::parse(code) {
                Ok(s) => Some(s),
                Err(reason) => {
                    e.add("status", reason);
                    None
                }
            },
        };
        let (page, per_page) = admin_page(self.page, self.per_page, &mut e);
        e.into_result()?;
        Ok(AdminOrganisationFilter {
            status,
            page,
            per_page,
        })
    }
}

/// Who registered an organisation (gone when their account was deleted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registrant {
    pub name: String,
    pub email: String,
}

/// Another organisation whose name is close to this one's, in the same country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PossibleDuplicate {
    pub organisation: OrganisationRef,
    pub status: OrganisationStatus,
    /// How close the names are, 0–1 (1: the same once folded).
    pub score: f64,
    pub flagged_at: DateTime<Utc>,
}

/// One organisation as network admins review it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminOrganisation {
    pub organisation: Organisation,
    pub status_reason: Option<String>,
    pub registrant: Option<Registrant>,
    pub member_count: i64,
    /// Flagged pairs not dismissed, either way round.
    pub duplicates: Vec<PossibleDuplicate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminOrganisationPage {
    pub items: Vec<AdminOrganisation>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

/// Something the caller should know about what they just saved, which did not stop it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Warning {
    /// Stable: `possible_duplicate`.
    pub code: String,
    pub message: String,
    /// The organisation it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationRef>,
}

impl Warning {
    pub const POSSIBLE_DUPLICATE: &'static str = "possible_duplicate";

    pub fn possible_duplicate(other: OrganisationRef) -> Warning {
        Warning {
            code: Warning::POSSIBLE_DUPLICATE.to_owned(),
            message: format!(
                "“{}” is already a member in the same country. If it is your organisation, ask \
                 its admins for an invitation instead; a network admin will review both.",
                other.name
            ),
            organisation: Some(other),
        }
    }
}

/// The answer to a profile edit: the organisation as saved, and warnings (a name close to
/// another member's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationSaved {
    #[serde(flatten)]
    pub organisation: Organisation,
    #[serde(default)]
    pub warnings: Vec<Warning>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrganisationStatus::*;

    #[test]
    fn moves_apply_from_their_statuses_only() {
        assert_eq!(ReviewAction::Approve.next(Pending), Ok(Active));
        assert_eq!(ReviewAction::Approve.next(Rejected), Ok(Active));
        assert_eq!(ReviewAction::Reject.next(Pending), Ok(Rejected));
        assert_eq!(ReviewAction::Suspend.next(Active), Ok(Suspended));
        assert_eq!(ReviewAction::Reactivate.next(Suspended), Ok(Active));
        for (action, from) in [
            (ReviewAction::Approve, Active),
            (ReviewAction::Reject, Active),
            (ReviewAction::Suspend, Pending),
            (ReviewAction::Reactivate, Active),
            (ReviewAction::Reactivate, Rejected),
        ] {
            assert!(action.next(from).is_err(), "{action:?} from {from:?}");
        }
    }

    #[test]
    fn the_admin_query_is_bounded() {
        let q = |status: Option<&str>, per_page: Option<u32>| AdminOrganisationQuery {
            status: status.map(str::to_owned),
            page: None,
            per_page,
        };
        assert_eq!(
            q(Some("pending"), None).parse().unwrap().status,
            Some(Pending)
        );
        assert_eq!(q(None, None).parse().unwrap().status, None);
        assert!(q(Some("gone"), None)
            .parse()
            .unwrap_err()
            .get("status")
            .is_some());
        assert!(q(None, Some(101))
            .parse()
            .unwrap_err()
            .get("per_page")
            .is_some());
    }
}
