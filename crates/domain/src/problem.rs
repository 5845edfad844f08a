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
    /// A stable reason a client can act on without reading `message`, where one applies:
    /// `duplicate_value` (a list names a value twice), `control_character` (text holds one),
    /// `invalid_reference` (refers to nothing), `not_storable` (a value the store refuses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
            code: None,
        }
    }

    pub fn coded(
        field: impl Into<String>,
        code: &'static str,
        message: impl Into<String>,
    ) -> FieldError {
        FieldError {
            code: Some(code.to_owned()),
            ..FieldError::new(field, message)
        }
    }
}

pub mod reasons {
    //! The stable `code` of field errors that clients may want to tell apart.
    /// A list names the same value twice.
    pub const DUPLICATE_VALUE: &str = "duplicate_value";
    /// Text holds a control character: none at all in one-line fields; only tab, line feed
    /// and carriage return in multi-line text.
    pub const CONTROL_CHARACTER: &str = "control_character";
    /// The value refers to something that does not exist (any more).
    pub const INVALID_REFERENCE: &str = "invalid_reference";
    /// The value is one the store cannot keep (too long, out of range, not allowed).
    pub const NOT_STORABLE: &str = "not_storable";
    /// An invitation made for one address, used to register another.
    pub const INVITATION_ADDRESS: &str = "invitation_address";
}

/// Control characters allowed in multi-line text: tab, line feed, carriage return.
pub fn is_text_whitespace(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
}

/// The first character `text` may not hold: any control character (C0, DEL, C1) in a
/// one-line field; any but tab, line feed and carriage return in multi-line text.
pub fn forbidden_control(text: &str, multi_line: bool) -> Option<char> {
    text.chars()
        .find(|&c| c.is_control() && !(multi_line && is_text_whitespace(c)))
}

fn describe_control(c: char) -> String {
    format!(
        "must not contain control characters (U+{:04X} found)",
        u32::from(c)
    )
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
        self.0.push(FieldError::new(field, message));
    }

    /// An error with a stable `code` from `reasons`.
    pub fn add_coded(
        &mut self,
        field: impl Into<String>,
        code: &'static str,
        message: impl Into<String>,
    ) {
        self.0.push(FieldError::coded(field, code, message));
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

    /// Multi-line text: trimmed, at least `min` and at most `max` characters, no control
    /// characters but tab and line breaks.
    pub fn text(&mut self, field: &str, value: &str, min: usize, max: usize) {
        self.controls(field, value, true);
        self.length(field, value, min, max);
    }

    /// One-line text (a name, a title, a code): as `text`, and no control character at all.
    pub fn line(&mut self, field: &str, value: &str, min: usize, max: usize) {
        self.controls(field, value, false);
        self.length(field, value, min, max);
    }

    /// Refuses control characters in `value` (beyond line breaks and tabs if `multi_line`).
    pub fn controls(&mut self, field: &str, value: &str, multi_line: bool) {
        if let Some(c) = forbidden_control(value, multi_line) {
            self.add_coded(field, reasons::CONTROL_CHARACTER, describe_control(c));
        }
    }

    fn length(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let len = value.trim().chars().count();
        if len == 0 && min > 0 {
            self.add(field, "is required");
        } else if len < min {
            self.add(field, format!("must be at least {min} characters"));
        } else if value.chars().count() > max {
            self.add(field, format!("must be at most {max} characters"));
        }
    }

    /// Optional multi-line text: when present, at most `max` characters.
    pub fn optional_text(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            self.controls(field, v, true);
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

    /// A list of codes, each at most once: the second of a pair is named (`themes[3]`).
    /// Repeats are refused rather than folded so that what is stored is what was sent.
    pub fn distinct<T: PartialEq + std::fmt::Display>(&mut self, field: &str, values: &[T]) {
        for (i, v) in values.iter().enumerate() {
            if values[..i].contains(v) {
                self.add_coded(
                    format!("{field}[{i}]"),
                    reasons::DUPLICATE_VALUE,
                    format!("`{v}` is given twice"),
                );
            }
        }
    }

    /// `list_len` and `distinct` together: the rule for every list of codes.
    pub fn codes<T: PartialEq + std::fmt::Display>(
        &mut self,
        field: &str,
        values: &[T],
        min: usize,
        max: usize,
    ) {
        self.list_len(field, values, min, max);
        self.distinct(field, values);
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
    /// Refused until the person verifies their email address.
    pub const EMAIL_UNVERIFIED: &str = "urn:twinning:problem:email-unverified";
    pub const INSUFFICIENT_SCOPE: &str = "urn:twinning:problem:insufficient-scope";
    pub const NOT_FOUND: &str = "urn:twinning:problem:not-found";
    pub const CONFLICT: &str = "urn:twinning:problem:conflict";
    pub const INVALID_TRANSITION: &str = "urn:twinning:problem:invalid-transition";
    pub const RATE_LIMITED: &str = "urn:twinning:problem:rate-limited";
    pub const PAYLOAD_TOO_LARGE: &str = "urn:twinning:problem:payload-too-large";
    pub const URI_TOO_LONG: &str = "urn:twinning:problem:uri-too-long";
    pub const HEADERS_TOO_LARGE: &str = "urn:twinning:problem:headers-too-large";
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "urn:twinning:problem:unsupported-media-type";
    pub const INTERNAL: &str = "urn:twinning:problem:internal";
    /// The caller's organisation is awaiting approval, rejected or suspended.
    pub const ORGANISATION_NOT_ACTIVE: &str = "urn:twinning:problem:organisation-not-active";
    /// The last org admin of an organisation with other people may not leave it without one.
    pub const LAST_ORG_ADMIN: &str = "urn:twinning:problem:last-org-admin";
    /// The network would be left without a network admin.
    pub const LAST_NETWORK_ADMIN: &str = "urn:twinning:problem:last-network-admin";
    /// Done to one's own account or membership, where another person must do it.
    pub const OWN_ACCOUNT: &str = "urn:twinning:problem:own-account";
    /// Asking to verify an address that is verified already.
    pub const ALREADY_VERIFIED: &str = "urn:twinning:problem:already-verified";
    /// An invitation from before invitations were mailed has no address to send it to.
    pub const INVITATION_WITHOUT_ADDRESS: &str = "urn:twinning:problem:invitation-without-address";

    /// The problem type of a domain rule's refusal, by the rule's stable code.
    pub fn refusal(code: &str) -> &'static str {
        match code {
            "last_org_admin" => LAST_ORG_ADMIN,
            "last_network_admin" => LAST_NETWORK_ADMIN,
            "own_account" | "own_membership" => OWN_ACCOUNT,
            "already_verified" => ALREADY_VERIFIED,
            "invitation_without_address" => INVITATION_WITHOUT_ADDRESS,
            _ => CONFLICT,
        }
    }
    pub const UNAVAILABLE: &str = "urn:twinning:problem:unavailable";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::organisation::OrganisationPatch;
    use crate::practice::PracticePatch;
    use crate::vocab::Theme;

    fn code_of<'a>(e: &'a FieldErrors, field: &str) -> Option<&'a str> {
        e.0.iter()
            .find(|f| f.field == field)
            .and_then(|f| f.code.as_deref())
    }

    #[test]
    fn a_repeated_code_names_the_repeat_with_a_stable_code() {
        let patch = PracticePatch {
            themes: Some(vec![Theme::Education, Theme::Health, Theme::Education]),
            ..Default::default()
        };
        let e = patch.validate().unwrap_err();
        assert_eq!(code_of(&e, "themes[2]"), Some(reasons::DUPLICATE_VALUE));
        assert!(e.get("themes[0]").is_none() && e.get("themes[1]").is_none());
    }

    #[test]
    fn one_line_fields_refuse_every_control_and_text_keeps_line_breaks() {
        let patch = OrganisationPatch {
            name: Some("Irbid\tMunicipality".into()),
            city: Some("Ir\u{0}bid".into()),
            description: Some("Two\nlines\r\nand\ta tab".into()),
            ..Default::default()
        };
        let e = patch.validate().unwrap_err();
        assert_eq!(code_of(&e, "name"), Some(reasons::CONTROL_CHARACTER));
        assert_eq!(code_of(&e, "city"), Some(reasons::CONTROL_CHARACTER));
        assert!(e.get("description").is_none(), "{e:?}");

        let patch = OrganisationPatch {
            description: Some("bell \u{7} and DEL \u{7f} and C1 \u{85}".into()),
            ..Default::default()
        };
        let e = patch.validate().unwrap_err();
        assert_eq!(code_of(&e, "description"), Some(reasons::CONTROL_CHARACTER));
        assert!(e.get("description").unwrap().contains("U+0007"));
    }

    #[test]
    fn the_code_is_left_out_of_the_document_when_there_is_none() {
        let plain = serde_json::to_value(FieldError::new("name", "is required")).unwrap();
        assert_eq!(
            plain,
            serde_json::json!({"field": "name", "message": "is required"})
        );
        let coded = serde_json::to_value(FieldError::coded(
            "themes[1]",
            reasons::DUPLICATE_VALUE,
            "twice",
        ))
        .unwrap();
        assert_eq!(coded["code"], "duplicate_value");
    }
}
