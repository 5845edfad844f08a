//! Member organisations: their public profile, registration and edits, invitations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::codes::{CountryCode, LanguageCode};
use crate::practice::PracticeSummary;
use crate::problem::{FieldErrors, Reason, Validate};
use crate::vocab::{
    GovernanceLevel, OrganisationKind, OrganisationStatus, SettlementContext, Theme,
};

pub const NAME_MAX: usize = 160;
pub const CITY_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 4000;
pub const WEBSITE_MAX: usize = 300;
pub const MAX_MENTOR_CAPACITY: u32 = 50;

/// Enough to name and link an organisation from another object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationRef {
    pub slug: String,
    pub name: String,
}

/// The public profile of a member organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub slug: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub governance_level: GovernanceLevel,
    pub country: CountryCode,
    pub city: String,
    pub settlement_context: SettlementContext,
    pub languages: Vec<LanguageCode>,
    pub themes: Vec<Theme>,
    pub description: String,
    /// The language its description is written in (ISO 639-1).
    pub source_language: LanguageCode,
    /// Which language the description is in, as read (see `lang` and `Accept-Language`).
    /// Absent from event payloads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<crate::translation::ContentTranslation>,
    pub website: Option<String>,
    pub location: Option<GeoPoint>,
    /// Whether the organisation offers to mentor others in replicating its practices.
    pub can_mentor: bool,
    /// How many mentees it can take on at once.
    pub mentor_capacity: u32,
    /// Where it stands with the network. Only `active` organisations are shown to anyone but
    /// their own people and network admins.
    pub status: OrganisationStatus,
    /// Its IANA time zone (`Asia/Amman`): its meetings and deadlines are written in it.
    pub time_zone: String,
    pub created_at: DateTime<Utc>,
}

/// An organisation's page: its profile and what it shares with the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationDetail {
    pub organisation: Organisation,
    pub member_count: i64,
    /// Its published practices (and, for its own members and network admins, all of them).
    pub practices: Vec<PracticeSummary>,
    /// What the caller may do with this organisation.
    #[serde(default)]
    pub permissions: crate::policy::organisation::OrganisationPermissions,
    /// Why a network admin rejected or suspended it; shown to its own people and network
    /// admins only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationPage {
    pub items: Vec<Organisation>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GeoPoint {
    #[cfg_attr(feature = "openapi", schema(minimum = -90, maximum = 90))]
    pub lat: f64,
    #[cfg_attr(feature = "openapi", schema(minimum = -180, maximum = 180))]
    pub lon: f64,
}

impl GeoPoint {
    fn check(&self, field: &str, errors: &mut FieldErrors) {
        if !(-90.0..=90.0).contains(&self.lat) {
            errors.add(format!("{field}.lat"), Reason::out_of_range(-90, 90));
        }
        if !(-180.0..=180.0).contains(&self.lon) {
            errors.add(format!("{field}.lon"), Reason::out_of_range(-180, 180));
        }
    }
}

/// The organisation a person registers with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    #[cfg_attr(feature = "openapi", schema(min_length = 2, max_length = 160))]
    pub name: String,
    pub kind: OrganisationKind,
    pub governance_level: GovernanceLevel,
    pub country: CountryCode,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub city: String,
    pub settlement_context: SettlementContext,
    /// Working languages, each at most once.
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = BTreeSet<LanguageCode>, min_items = 1, max_items = 12)
    )]
    pub languages: Vec<LanguageCode>,
    /// Each theme at most once.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = BTreeSet<Theme>, max_items = 16)
    )]
    pub themes: Vec<Theme>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub description: String,
    /// The language the description is written in; `en` when not given.
    #[serde(default)]
    pub source_language: Option<LanguageCode>,
    /// A web address starting with `https://` or `http://`.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(format = "uri", max_length = 300, pattern = "^https?://[^ ]+$")
    )]
    pub website: Option<String>,
    #[serde(default)]
    pub location: Option<GeoPoint>,
    #[serde(default)]
    pub can_mentor: bool,
    /// How many mentees it can take on at once.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(maximum = 50))]
    pub mentor_capacity: u32,
    /// Its IANA time zone; `UTC` when not given.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 64, example = "Asia/Amman"))]
    pub time_zone: Option<String>,
}

impl NewOrganisation {
    /// The time zone given, or the default.
    pub fn time_zone(&self) -> &str {
        self.time_zone
            .as_deref()
            .map(str::trim)
            .filter(|z| !z.is_empty())
            .unwrap_or(crate::names::DEFAULT_TIME_ZONE)
    }

    /// Validates with field names under `prefix` (the registration form nests it).
    pub fn check(&self, prefix: &str, errors: &mut FieldErrors) {
        let f = |name: &str| format!("{prefix}{name}");
        errors.line(&f("name"), &self.name, 2, NAME_MAX);
        errors.line(&f("city"), &self.city, 1, CITY_MAX);
        errors.codes(&f("languages"), &self.languages, 1, 12);
        errors.codes(&f("themes"), &self.themes, 0, 16);
        errors.text(&f("description"), &self.description, 0, DESCRIPTION_MAX);
        check_website(&f("website"), self.website.as_deref(), errors);
        if let Some(p) = &self.location {
            p.check(&f("location"), errors);
        }
        if self.mentor_capacity > MAX_MENTOR_CAPACITY {
            errors.add(
                f("mentor_capacity"),
                Reason::too_large(MAX_MENTOR_CAPACITY.into()),
            );
        }
        crate::names::check_time_zone(&f("time_zone"), self.time_zone(), errors);
    }
}

impl Validate for NewOrganisation {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        self.check("", &mut errors);
        errors.into_result()
    }
}

/// A partial update of an organisation's profile: absent fields are left as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationPatch {
    #[cfg_attr(feature = "openapi", schema(min_length = 2, max_length = 160))]
    pub name: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub governance_level: Option<GovernanceLevel>,
    pub country: Option<CountryCode>,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub city: Option<String>,
    pub settlement_context: Option<SettlementContext>,
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = Option<BTreeSet<LanguageCode>>, min_items = 1, max_items = 12)
    )]
    pub languages: Option<Vec<LanguageCode>>,
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = Option<BTreeSet<Theme>>, max_items = 16)
    )]
    pub themes: Option<Vec<Theme>>,
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub description: Option<String>,
    /// The language the description is written in. Not one it is translated into already.
    pub source_language: Option<LanguageCode>,
    /// A web address starting with `https://` or `http://`; an empty string clears it.
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 300, pattern = "^(https?://[^ ]+)?$")
    )]
    pub website: Option<String>,
    pub location: Option<GeoPoint>,
    pub can_mentor: Option<bool>,
    #[cfg_attr(feature = "openapi", schema(maximum = 50))]
    pub mentor_capacity: Option<u32>,
    /// An IANA time zone (`Asia/Amman`).
    #[cfg_attr(feature = "openapi", schema(max_length = 64, example = "Asia/Amman"))]
    pub time_zone: Option<String>,
}

impl OrganisationPatch {
    /// Whether the patch changes what duplicate detection compares.
    pub fn renames(&self) -> bool {
        self.name.is_some() || self.country.is_some()
    }
}

impl Validate for OrganisationPatch {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if let Some(v) = &self.name {
            e.line("name", v, 2, NAME_MAX);
        }
        if let Some(v) = &self.city {
            e.line("city", v, 1, CITY_MAX);
        }
        if let Some(v) = &self.languages {
            e.codes("languages", v, 1, 12);
        }
        if let Some(v) = &self.themes {
            e.codes("themes", v, 0, 16);
        }
        e.optional_text("description", self.description.as_deref(), DESCRIPTION_MAX);
        check_website("website", self.website.as_deref(), &mut e);
        if let Some(p) = &self.location {
            p.check("location", &mut e);
        }
        if self
            .mentor_capacity
            .is_some_and(|c| c > MAX_MENTOR_CAPACITY)
        {
            e.add(
                "mentor_capacity",
                Reason::too_large(MAX_MENTOR_CAPACITY.into()),
            );
        }
        if let Some(zone) = &self.time_zone {
            crate::names::check_time_zone("time_zone", zone.trim(), &mut e);
        }
        e.into_result()
    }
}

fn check_website(field: &str, website: Option<&str>, errors: &mut FieldErrors) {
    let Some(url) = website.map(str::trim).filter(|u| !u.is_empty()) else {
        return;
    };
    if crate::problem::forbidden_control(url, false).is_some() {
        errors.controls(field, url, false);
    } else if url.chars().count() > WEBSITE_MAX {
        errors.add(field, Reason::too_long(WEBSITE_MAX));
    } else if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(' ') {
        errors.add(field, Reason::not_https_url());
    }
}

/// Filters of the members directory, as query parameters. Lists are comma-separated codes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct OrganisationQuery {
    /// Words to find in the name, city or description.
    #[cfg_attr(feature = "openapi", param(max_length = 200))]
    pub q: Option<String>,
    /// Organisation kinds, comma-separated (`ngo,municipality`).
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<OrganisationKind>>, style = Form, explode = false))]
    pub kind: Option<String>,
    /// Governance levels, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<GovernanceLevel>>, style = Form, explode = false))]
    pub governance_level: Option<String>,
    /// ISO 3166-1 alpha-2 country codes, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<CountryCode>>, style = Form, explode = false))]
    pub country: Option<String>,
    /// Settlement contexts, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<SettlementContext>>, style = Form, explode = false))]
    pub context: Option<String>,
    /// ISO 639-1 working languages, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<LanguageCode>>, style = Form, explode = false))]
    pub language: Option<String>,
    /// Themes, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<Theme>>, style = Form, explode = false))]
    pub theme: Option<String>,
    /// Only organisations that offer mentoring.
    pub can_mentor: Option<bool>,
    /// The language to read descriptions in (ISO 639-1), where translated, or `*` for each as
    /// written; without it, the best language of `Accept-Language`.
    #[cfg_attr(feature = "openapi", param(value_type = Option<crate::codes::ReadingLanguage>))]
    pub lang: Option<String>,
    /// 1-based page number (at most 10000).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 10000))]
    pub page: Option<u32>,
    /// Results per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

// Invitations and members live in `membership`; they were first declared here.
pub use crate::membership::{Invitation, Member, NewInvitation};

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> NewOrganisation {
        NewOrganisation {
            name: "Municipality of Irbid".into(),
            kind: OrganisationKind::Municipality,
            governance_level: GovernanceLevel::Local,
            country: CountryCode::parse("JO").unwrap(),
            city: "Irbid".into(),
            settlement_context: SettlementContext::Urban,
            languages: vec![LanguageCode::parse("ar").unwrap()],
            themes: vec![Theme::SolidWaste],
            description: String::new(),
            source_language: None,
            website: Some("https://irbid.gov.jo".into()),
            location: Some(GeoPoint {
                lat: 32.55,
                lon: 35.85,
            }),
            can_mentor: true,
            mentor_capacity: 2,
            time_zone: Some("Asia/Amman".into()),
        }
    }

    #[test]
    fn a_complete_organisation_is_valid() {
        assert!(sample().validate().is_ok());
    }

    #[test]
    fn each_rule_names_its_field() {
        let mut org = sample();
        org.name = " ".into();
        org.languages.clear();
        org.website = Some("ftp://x".into());
        org.location = Some(GeoPoint {
            lat: 91.0,
            lon: 0.0,
        });
        org.mentor_capacity = 500;
        org.time_zone = Some("Asia/Atlantis".into());
        let errors = org.validate().unwrap_err();
        for field in [
            "name",
            "languages",
            "website",
            "location.lat",
            "mentor_capacity",
            "time_zone",
        ] {
            assert!(errors.get(field).is_some(), "{field} should be at fault");
        }
    }

    #[test]
    fn unknown_fields_and_codes_are_refused() {
        let json = r#"{"name":"X","kind":"spaceship","governance_level":"local","country":"JO",
            "city":"Irbid","settlement_context":"urban","languages":["ar"]}"#;
        assert!(serde_json::from_str::<NewOrganisation>(json).is_err());
        let json = r#"{"nmae":"X"}"#;
        assert!(serde_json::from_str::<OrganisationPatch>(json).is_err());
    }
}
