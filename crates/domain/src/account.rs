//! A person's own account: their profile (name, address, language, time zone), their
//! password, their signed-in devices, and the single-use links mailed to verify an address or
//! reset a password.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::auth::{check_email, check_password, EMAIL_MAX, PASSWORD_MAX, PERSON_NAME_MAX};
use crate::problem::{FieldErrors, Reason, Validate};

/// How long a link to verify an address works.
pub const VERIFY_EMAIL_TTL_HOURS: i64 = 48;
/// How long a password-reset link works.
pub const RESET_PASSWORD_TTL_MINUTES: i64 = 60;
/// The longest IANA time zone name is 32 characters; this leaves room and bounds the input.
pub const TIME_ZONE_MAX: usize = 64;
/// Mailed tokens are 43 characters; this bounds what a client may send.
pub const TOKEN_MAX: usize = 200;

/// The languages the interface and mails are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum UiLanguage {
    #[default]
    En,
    Fr,
    De,
    Ar,
}

impl UiLanguage {
    pub const ALL: &'static [UiLanguage] = &[
        UiLanguage::En,
        UiLanguage::Fr,
        UiLanguage::De,
        UiLanguage::Ar,
    ];

    pub fn code(self) -> &'static str {
        match self {
            UiLanguage::En => "en",
            UiLanguage::Fr => "fr",
            UiLanguage::De => "de",
            UiLanguage::Ar => "ar",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn label(self) -> &'static str {
        match self {
            UiLanguage::En => "English",
            UiLanguage::Fr => "Français",
            UiLanguage::De => "Deutsch",
            UiLanguage::Ar => "العربية",
        }
    }

    pub fn parse(code: &str) -> Result<UiLanguage, Reason> {
        UiLanguage::ALL
            .iter()
            .copied()
            .find(|l| l.code() == code)
            .ok_or_else(|| {
                let all: Vec<&str> = UiLanguage::ALL.iter().map(|l| l.code()).collect();
                Reason::unknown_value(code, &all)
            })
    }
}

/// Whether `name` is an IANA time zone (`Europe/Amsterdam`, `Asia/Amman`, `UTC`), spelled
/// exactly as the tz database does.
pub fn is_time_zone(name: &str) -> bool {
    name.len() <= TIME_ZONE_MAX && name.parse::<chrono_tz::Tz>().is_ok()
}

/// Every IANA time zone name, for pickers.
pub fn time_zones() -> impl Iterator<Item = &'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
}

/// `t` as a person reads it where they are: "3 December 2026, 15:30 (Europe/Amsterdam)". A
/// zone that does not parse (none should be stored) falls back to UTC, named as such.
pub fn local_time(t: DateTime<Utc>, time_zone: &str) -> String {
    match time_zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => format!(
            "{} ({})",
            t.with_timezone(&tz).format("%-d %B %Y, %H:%M"),
            tz.name()
        ),
        Err(_) => format!("{} (UTC)", t.format("%-d %B %Y, %H:%M")),
    }
}

pub fn check_time_zone(field: &str, name: &str, errors: &mut FieldErrors) {
    if !is_time_zone(name) {
        errors.add(field, Reason::not_time_zone(name));
    }
}

/// Changes to one's own account; absent fields stay as they are. A new email address must
/// be verified again: a link goes to it, and a notice to the old one.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MeUpdate {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub name: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = "email", max_length = 254))]
    pub email: Option<String>,
    #[serde(default)]
    pub language: Option<UiLanguage>,
    /// An IANA time zone name, e.g. `Europe/Amsterdam`.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 64, example = "Europe/Amsterdam")
    )]
    pub time_zone: Option<String>,
}

impl Validate for MeUpdate {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if let Some(name) = &self.name {
            e.text("name", name, 1, PERSON_NAME_MAX);
        }
        if let Some(email) = &self.email {
            check_email("email", email, &mut e);
        }
        if let Some(tz) = &self.time_zone {
            check_time_zone("time_zone", tz, &mut e);
        }
        e.into_result()
    }
}

/// A password change: the current password proves it is the person, not someone at an
/// unlocked screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub current: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 256))]
    pub new: String,
}

impl Validate for PasswordChange {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("current", &self.current, 1, PASSWORD_MAX);
        check_password("new", &self.new, &mut e);
        if e.get("new").is_none() && self.new == self.current {
            e.add(
                "new",
                Reason::must_differ("current").saying("must differ from the current password"),
            );
        }
        e.into_result()
    }
}

/// A signed-in device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    /// The browser or program, as it named itself when signing in.
    pub user_agent: String,
    /// The address it signed in from.
    pub ip: String,
    /// Whether this is the session making the request.
    pub current: bool,
}

/// The token of a mailed link (`/verify-email?token=…`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyEmailRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub token: String,
}

impl Validate for VerifyEmailRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("token", &self.token, 1, TOKEN_MAX);
        e.into_result()
    }
}

/// "I forgot my password": a link goes to the address if it has an account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    #[cfg_attr(feature = "openapi", schema(format = "email", max_length = 254))]
    pub email: String,
}

impl Validate for PasswordResetRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("email", &self.email, 1, EMAIL_MAX);
        if e.is_empty() {
            check_email("email", &self.email, &mut e);
        }
        e.into_result()
    }
}

/// A new password, with the token of the mailed reset link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirm {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub token: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 256))]
    pub password: String,
}

impl Validate for PasswordResetConfirm {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("token", &self.token, 1, TOKEN_MAX);
        check_password("password", &self.password, &mut e);
        e.into_result()
    }
}

/// The answer to a request that mails a link: what happens next, in words. A request for a
/// reset link answers the same whether or not the address has an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MailQueued {
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones_are_iana_names_spelled_exactly() {
        assert!(is_time_zone("Europe/Amsterdam"));
        assert!(is_time_zone("Asia/Amman"));
        assert!(is_time_zone("UTC"));
        assert!(!is_time_zone("Mars/Olympus_Mons"));
        assert!(!is_time_zone("europe/amsterdam"));
        assert!(!is_time_zone(""));
        assert!(time_zones().any(|z| z == "America/Bogota"));
    }

    #[test]
    fn an_update_names_each_bad_field() {
        let bad = MeUpdate {
            name: Some("  ".into()),
            email: Some("nope".into()),
            language: None,
            time_zone: Some("Nowhere/Else".into()),
        };
        let e = bad.validate().unwrap_err();
        for field in ["name", "email", "time_zone"] {
            assert!(e.get(field).is_some(), "{field}");
        }
        assert!(MeUpdate::default().validate().is_ok());
        assert_eq!(
            serde_json::from_str::<MeUpdate>(r#"{"language":"ar"}"#)
                .unwrap()
                .language,
            Some(UiLanguage::Ar)
        );
        assert!(serde_json::from_str::<MeUpdate>(r#"{"language":"xx"}"#).is_err());
    }

    #[test]
    fn a_new_password_follows_the_policy_and_differs() {
        let same = PasswordChange {
            current: "a long password".into(),
            new: "a long password".into(),
        };
        assert!(same.validate().unwrap_err().get("new").is_some());
        let short = PasswordChange {
            current: "a long password".into(),
            new: "short".into(),
        };
        assert!(short.validate().unwrap_err().get("new").is_some());
    }
}
