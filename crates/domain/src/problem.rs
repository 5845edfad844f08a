//! RFC 9457 problem details, the one error shape of the API, and the field-error collector
//! that validation fills. The SPA reads the same types to show errors beside the inputs.

use serde::{Deserialize, Serialize};

/// One input at fault. `field` is a JSON path into the request (`organisation.country`,
/// `themes[2]`) or a query parameter name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// An RFC 9457 problem document (`application/problem+json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// Stable identifier of the kind of problem, e.g. `urn:twinning:problem:validation`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// For an API key refused for want of a scope: the scope it needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_scope: Option<String>,
}

impl Problem {
    pub fn field_error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// Collects every field error of an input so the user sees them all at once.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    pub fn into_vec(self) -> Vec<FieldError> {
        self.0
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Required text: trimmed, non-empty, at most `max` characters.
    pub fn text(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let len = value.trim().chars().count();
        if len == 0 && min > 0 {
            self.add(field, "is required");
        } else if len < min {
            self.add(field, format!("must be at least {min} characters"));
        } else if value.chars().count() > max {
            self.add(field, format!("must be at most {max} characters"));
        }
    }

    /// Optional text: when present, at most `max` characters.
    pub fn optional_text(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            if v.chars().count() > max {
                self.add(field, format!("must be at most {max} characters"));
            }
        }
    }

    pub fn list_len<T>(&mut self, field: &str, values: &[T], min: usize, max: usize) {
        if values.len() < min {
            self.add(field, format!("choose at least {min}"));
        } else if values.len() > max {
            self.add(field, format!("choose at most {max}"));
        }
    }
}

/// Input types check their own rules; the API and the SPA call the same code.
pub trait Validate {
    fn validate(&self) -> Result<(), FieldErrors>;
}

pub mod kinds {
    //! The stable `type` of each problem the API returns.
    pub const VALIDATION: &str = "urn:twinning:problem:validation";
    pub const MALFORMED: &str = "urn:twinning:problem:malformed-request";
    pub const UNAUTHENTICATED: &str = "urn:twinning:problem:unauthenticated";
    pub const FORBIDDEN: &str = "urn:twinning:problem:forbidden";
    pub const INSUFFICIENT_SCOPE: &str = "urn:twinning:problem:insufficient-scope";
    pub const NOT_FOUND: &str = "urn:twinning:problem:not-found";
    pub const CONFLICT: &str = "urn:twinning:problem:conflict";
    pub const INVALID_TRANSITION: &str = "urn:twinning:problem:invalid-transition";
    pub const RATE_LIMITED: &str = "urn:twinning:problem:rate-limited";
    pub const PAYLOAD_TOO_LARGE: &str = "urn:twinning:problem:payload-too-large";
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "urn:twinning:problem:unsupported-media-type";
    pub const INTERNAL: &str = "urn:twinning:problem:internal";
    /// The caller's organisation is awaiting approval, rejected or suspended.
    pub const ORGANISATION_NOT_ACTIVE: &str = "urn:twinning:problem:organisation-not-active";
    /// The last org admin of an organisation with other people may not leave it without one.
    pub const LAST_ORG_ADMIN: &str = "urn:twinning:problem:last-org-admin";
    pub const UNAVAILABLE: &str = "urn:twinning:problem:unavailable";
}
