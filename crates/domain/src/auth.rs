//! Accounts and sessions: registration, login, access tokens and who the caller is.

use serde::{Deserialize, Serialize};

use crate::organisation::{NewOrganisation, OrganisationRef};
use crate::problem::{FieldErrors, Reason, Validate};
use crate::vocab::Role;

pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 256;
pub const PERSON_NAME_MAX: usize = 120;
pub const EMAIL_MAX: usize = 254;

/// Registers a person: either with a new organisation (they become its org admin) or with an
/// invitation code to join an existing one. Exactly one of the two must be given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 256))]
    pub password: String,
    #[serde(default)]
    pub organisation: Option<NewOrganisation>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub invitation_code: Option<String>,
    /// The language the person reads (the one the web app shows as they register): their
    /// mails, the first of which confirms their address, are written in it. English when
    /// absent; `PATCH /me` changes it.
    #[serde(default)]
    pub language: Option<crate::account::UiLanguage>,
}

impl Validate for RegisterRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.line("name", &self.name, 1, PERSON_NAME_MAX);
        check_email("email", &self.email, &mut e);
        check_password("password", &self.password, &mut e);
        match (&self.organisation, &self.invitation_code) {
            (Some(org), None) => org.check("organisation.", &mut e),
            (None, Some(code)) => e.line("invitation_code", code, 1, 100),
            (Some(_), Some(_)) => e.add(
                "invitation_code",
                Reason::either_or(&["organisation", "invitation_code"])
                    .saying("give either a new organisation or an invitation code, not both"),
            ),
            (None, None) => e.add(
                "organisation",
                Reason::either_or(&["organisation", "invitation_code"]).saying(
                    "give the organisation you register, or an invitation code to join one",
                ),
            ),
        }
        e.into_result()
    }
}

pub fn check_email(field: &str, email: &str, errors: &mut FieldErrors) {
    if crate::problem::forbidden_control(email, false).is_some() {
        errors.controls(field, email, false);
    } else if email.chars().count() > EMAIL_MAX {
        errors.add(field, Reason::too_long(EMAIL_MAX));
    } else if !email_address::EmailAddress::is_valid(email.trim()) {
        errors.add(field, Reason::not_email());
    }
}

pub fn check_password(field: &str, password: &str, errors: &mut FieldErrors) {
    errors.controls(field, password, false);
    let len = password.chars().count();
    if len < PASSWORD_MIN {
        errors.add(field, Reason::too_short(PASSWORD_MIN));
    } else if len > PASSWORD_MAX {
        errors.add(field, Reason::too_long(PASSWORD_MAX));
    }
}

/// Emails identify people case-insensitively.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 254))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub password: String,
}

impl Validate for LoginRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.line("email", &self.email, 1, EMAIL_MAX);
        e.line("password", &self.password, 1, PASSWORD_MAX);
        e.into_result()
    }
}

/// A short-lived access token, a JWT for the `Authorization: Bearer` header. Its refresh
/// token never appears in a body: it travels in an `HttpOnly` cookie scoped to `/api/v1/auth`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccessToken {
    pub access_token: String,
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

/// The caller: their account, organisation and rights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub name: String,
    pub email: String,
    /// Until the address is verified the person may prepare, but not publish, submit, apply
    /// or invite.
    pub email_verified: bool,
    pub language: crate::account::UiLanguage,
    /// An IANA time zone name; mails and deadlines are written in it.
    pub time_zone: String,
    pub role: Role,
    pub is_network_admin: bool,
    pub organisation: OrganisationRef,
}

impl Me {
    pub fn is_org_admin_of(&self, slug: &str) -> bool {
        self.role == Role::OrgAdmin && self.organisation.slug == slug
    }
}

/// What register, login and refresh return: who you are and your access token (the refresh
/// token is set as a cookie beside it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub me: Me,
    pub tokens: AccessToken,
    /// What the caller should know about a registration that still went through (a name close
    /// to an existing member's). Empty on login.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::review::Warning>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> RegisterRequest {
        RegisterRequest {
            name: "Amal".into(),
            email: "amal@example.org".into(),
            password: "correct horse battery".into(),
            organisation: None,
            invitation_code: Some("abc".into()),
            language: None,
        }
    }

    #[test]
    fn registration_needs_exactly_one_way_in() {
        assert!(request().validate().is_ok());
        let mut neither = request();
        neither.invitation_code = None;
        assert!(neither
            .validate()
            .unwrap_err()
            .get("organisation")
            .is_some());
    }

    #[test]
    fn bad_credentials_are_named() {
        let mut r = request();
        r.email = "not-an-email".into();
        r.password = "short".into();
        let e = r.validate().unwrap_err();
        assert!(e.get("email").is_some());
        assert!(e.get("password").is_some());
    }

    #[test]
    fn emails_compare_case_insensitively() {
        assert_eq!(normalise_email(" Amal@Example.ORG "), "amal@example.org");
    }
}
