//! Partner API keys: created by an organisation's admins for its partner systems.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::ApiKeyId;
use crate::organisation::OrganisationRef;
use crate::principal::Scope;
use crate::problem::{FieldErrors, Reason, Validate};

pub const KEY_NAME_MAX: usize = 100;
/// Every key starts with this, so secret scanners and people recognise it.
pub const KEY_PREFIX: &str = "twk_";
/// More scopes than exist can only repeat some; the bound keeps the check cheap.
pub const SCOPES_MAX: usize = 16;
/// A key that should live longer than this should not expire at all (leave `expires_at` out).
pub const EXPIRY_MAX_DAYS: i64 = 3660;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewApiKey {
    /// What the key is for (`CRM sync`), to recognise it in the list.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 100, required = true)
    )]
    pub name: String,
    /// Each scope at most once.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = BTreeSet<Scope>, min_items = 1, max_items = 16, required = true)
    )]
    pub scopes: Vec<Scope>,
    /// When the key stops working: in the future, within ten years. Absent: never.
    #[serde(default)]
    pub expires_at: Option<DateTime<Utc>>,
}

impl NewApiKey {
    /// Checks the form; `now` decides whether the expiry lies in the future.
    pub fn check(&self, now: DateTime<Utc>) -> Result<(), FieldErrors> {
        let mut e = self.form_errors();
        if let Some(t) = self.expires_at {
            if t <= now {
                e.add("expires_at", Reason::in_the_past());
            } else if t > now + Duration::days(EXPIRY_MAX_DAYS) {
                e.add(
                    "expires_at",
                    Reason::too_far_ahead(EXPIRY_MAX_DAYS).saying(
                        "must lie within ten years; leave it out for a key that does not expire",
                    ),
                );
            }
        }
        e.into_result()
    }

    /// Everything that does not depend on the time.
    fn form_errors(&self) -> FieldErrors {
        let mut e = FieldErrors::new();
        e.line("name", &self.name, 1, KEY_NAME_MAX);
        if self.scopes.is_empty() {
            e.add(
                "scopes",
                Reason::too_few(1).saying("give at least one scope"),
            );
        } else if self.scopes.len() > SCOPES_MAX {
            e.add(
                "scopes",
                Reason::too_many(SCOPES_MAX).saying(format!("give at most {SCOPES_MAX} scopes")),
            );
        } else {
            e.distinct("scopes", &self.scopes);
        }
        e
    }
}

/// The time-free part of `check`, for the body extractor; the flow checks the expiry against
/// the transaction's clock.
impl Validate for NewApiKey {
    fn validate(&self) -> Result<(), FieldErrors> {
        self.form_errors().into_result()
    }
}

/// A key as listed: never its secret.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKey {
    pub id: ApiKeyId,
    pub name: String,
    /// The first characters of the key (`twk_ab12cd34`), to recognise it.
    pub prefix: String,
    pub scopes: Vec<Scope>,
    pub organisation: OrganisationRef,
    pub created_at: DateTime<Utc>,
    /// To the minute: a busy key records its use at most once a minute.
    pub last_used_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The answer to creating a key: the secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedApiKey {
    #[serde(flatten)]
    pub api_key: ApiKey,
    /// `twk_…`: send as `Authorization: Bearer <key>`. Shown only now.
    pub key: String,
}

/// A page of keys, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKeyPage {
    pub items: Vec<ApiKey>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

/// Paging of key lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ApiKeyQuery {
    /// 1-based page number (at most 10000).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 10000))]
    pub page: Option<u32>,
    /// Keys per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

/// The checked form of `ApiKeyQuery`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

impl Paging {
    pub fn offset(self) -> i64 {
        i64::from(self.page.saturating_sub(1)) * i64::from(self.per_page)
    }
}

impl ApiKeyQuery {
    pub fn parse(&self) -> Result<Paging, FieldErrors> {
        let mut e = FieldErrors::new();
        let (page, per_page) = crate::search::parse_paging(self.page, self.per_page, &mut e);
        e.into_result().map(|()| Paging { page, per_page })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str, scopes: Vec<Scope>, expires_at: Option<DateTime<Utc>>) -> NewApiKey {
        NewApiKey {
            name: name.to_owned(),
            scopes,
            expires_at,
        }
    }

    #[test]
    fn a_repeated_scope_is_named_by_its_position() {
        let now = Utc::now();
        let e = key(
            "CRM",
            vec![
                Scope::ReadPrivate,
                Scope::WritePractices,
                Scope::ReadPrivate,
            ],
            None,
        )
        .check(now)
        .unwrap_err();
        assert!(e.get("scopes[2]").unwrap().contains("read:private"));
        assert!(e.get("scopes[0]").is_none());
        let many = key("CRM", vec![Scope::ReadPrivate; 17], None);
        assert!(many.check(now).unwrap_err().get("scopes").is_some());
    }

    #[test]
    fn expiry_lies_in_the_future_within_ten_years() {
        let now = Utc::now();
        let ok = key(
            "CRM",
            vec![Scope::ReadPrivate],
            Some(now + Duration::days(30)),
        );
        assert!(ok.check(now).is_ok());
        for bad in [now, now - Duration::days(1), now + Duration::days(4000)] {
            let k = key("CRM", vec![Scope::ReadPrivate], Some(bad));
            assert!(k.check(now).unwrap_err().get("expires_at").is_some());
            assert!(
                k.validate().is_ok(),
                "the time-free check ignores the expiry"
            );
        }
    }

    #[test]
    fn names_are_required_bounded_and_printable() {
        let now = Utc::now();
        for bad in ["", "   ", "a\u{0}b", "tab\there", &"x".repeat(101)] {
            let k = key(bad, vec![Scope::ReadPrivate], None);
            assert!(k.check(now).unwrap_err().get("name").is_some(), "{bad:?}");
        }
    }

    #[test]
    fn paging_is_bounded() {
        let p = ApiKeyQuery::default().parse().unwrap();
        assert_eq!((p.page, p.per_page, p.offset()), (1, 20, 0));
        let e = ApiKeyQuery {
            page: Some(0),
            per_page: Some(101),
        }
        .parse()
        .unwrap_err();
        assert!(e.get("page").is_some() && e.get("per_page").is_some());
    }
}
