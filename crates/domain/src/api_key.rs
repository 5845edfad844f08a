//! Partner API keys: created by an organisation's admins for its partner systems.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::ApiKeyId;
use crate::organisation::OrganisationRef;
use crate::principal::Scope;
use crate::problem::FieldErrors;

pub const KEY_NAME_MAX: usize = 100;
/// Every key starts with this, so secret scanners and people recognise it.
pub const KEY_PREFIX: &str = "twk_";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewApiKey {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 16))]
    pub scopes: Vec<Scope>,
    #[serde(default)]
    pub expires_at: Option<DateTime<Utc>>,
}

impl NewApiKey {
    /// Checks the form; `now` decides whether the expiry lies in the future.
    pub fn check(&self, now: DateTime<Utc>) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("name", &self.name, 1, KEY_NAME_MAX);
        if self.scopes.is_empty() {
            e.add("scopes", "give at least one scope");
        }
        for (i, s) in self.scopes.iter().enumerate() {
            if self.scopes[..i].contains(s) {
                e.add(format!("scopes[{i}]"), format!("`{s}` is given twice"));
            }
        }
        if let Some(t) = self.expires_at {
            if t <= now {
                e.add("expires_at", "must lie in the future");
            }
        }
        e.into_result()
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
