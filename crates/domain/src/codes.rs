//! ISO codes as validated newtypes: a value of these types is always a real code, so nothing
//! downstream re-checks them.

use serde::{Deserialize, Deserializer, Serialize};

/// An ISO 3166-1 alpha-2 country code, upper case (`JO`, `NL`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "JO"))]
#[serde(transparent)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(code: &str) -> Result<Self, String> {
        let upper = code.trim().to_ascii_uppercase();
        isocountry::CountryCode::for_alpha2(&upper)
            .map(|_| CountryCode(upper))
            .map_err(|_| format!("`{code}` is not an ISO 3166-1 alpha-2 country code"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn name(&self) -> &'static str {
        isocountry::CountryCode::for_alpha2(&self.0).map_or("", |c| c.name())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        CountryCode::parse(&raw).map_err(serde::de::Error::custom)
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 639-1 language code, lower case (`ar`, `fr`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "ar"))]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(code: &str) -> Result<Self, String> {
        let lower = code.trim().to_ascii_lowercase();
        isolang::Language::from_639_1(&lower)
            .map(|_| LanguageCode(lower))
            .ok_or_else(|| format!("`{code}` is not an ISO 639-1 language code"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn name(&self) -> &'static str {
        isolang::Language::from_639_1(&self.0).map_or("", |l| l.to_name())
    }
}

impl<'de> Deserialize<'de> for LanguageCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        LanguageCode::parse(&raw).map_err(serde::de::Error::custom)
    }
}

impl std::fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_normalised_and_checked() {
        assert_eq!(CountryCode::parse("jo").unwrap().as_str(), "JO");
        assert_eq!(CountryCode::parse("JO").unwrap().name(), "Jordan");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("Jordan").is_err());
        assert!(serde_json::from_str::<CountryCode>("\"ZZ\"").is_err());
    }

    #[test]
    fn language_codes_are_normalised_and_checked() {
        assert_eq!(LanguageCode::parse("AR").unwrap().as_str(), "ar");
        assert_eq!(LanguageCode::parse("ar").unwrap().name(), "Arabic");
        assert!(LanguageCode::parse("xx").is_err());
        assert!(LanguageCode::parse("ara").is_err());
    }
}
