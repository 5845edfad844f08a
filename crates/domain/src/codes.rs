//! ISO codes as validated newtypes: a value of these types is always a real code, so nothing
//! downstream re-checks them.

use serde::{Deserialize, Deserializer, Serialize};

use crate::problem::Reason;

/// An ISO 3166-1 alpha-2 country code, upper case (`JO`, `NL`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(code: &str) -> Result<Self, Reason> {
        let upper = code.trim().to_ascii_uppercase();
        isocountry::CountryCode::for_alpha2(&upper)
            .map(|_| CountryCode(upper))
            .map_err(|_| Reason::not_country(code))
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
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(code: &str) -> Result<Self, Reason> {
        let lower = code.trim().to_ascii_lowercase();
        isolang::Language::from_639_1(&lower)
            .map(|_| LanguageCode(lower))
            .ok_or_else(|| Reason::not_language(code))
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

impl CountryCode {
    /// Every code `parse` accepts, in its canonical (upper-case) spelling.
    pub fn all() -> impl Iterator<Item = &'static str> {
        isocountry::CountryCode::iter().map(|c| c.alpha2())
    }
}

impl LanguageCode {
    /// Every code `parse` accepts, in its canonical (lower-case) spelling.
    pub fn all() -> impl Iterator<Item = &'static str> {
        // isolang lists its languages only behind a feature; two letters are few enough to try.
        (b'a'..=b'z')
            .flat_map(|a| (b'a'..=b'z').map(move |b| [a, b]))
            .filter_map(|pair| {
                let code = std::str::from_utf8(&pair).ok()?;
                isolang::Language::from_639_1(code)?.to_639_1()
            })
    }
}

/// The `lang` query parameter as documented: an ISO 639-1 code, or `*` for the text as
/// written, in its source language. (A type for the OpenAPI document only; `search::parse_lang`
/// reads the value.)
pub struct ReadingLanguage;

/// The codes are listed in the schema so that clients (and the contract tests) see exactly
/// which values are accepted; the deserializer also takes other letter cases.
#[cfg(feature = "openapi")]
mod schema {
    use super::{CountryCode, LanguageCode};
    use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
    use utoipa::openapi::RefOr;

    fn code_schema(
        description: &str,
        example: &str,
        codes: impl Iterator<Item = &'static str>,
    ) -> RefOr<Schema> {
        let mut codes: Vec<&str> = codes.collect();
        codes.sort_unstable();
        codes.dedup();
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
            .enum_values(Some(codes))
            .examples([example])
            .into()
    }

    impl utoipa::PartialSchema for CountryCode {
        fn schema() -> RefOr<Schema> {
            code_schema(
                "An ISO 3166-1 alpha-2 country code, upper case (`JO`, `NL`).",
                "JO",
                CountryCode::all(),
            )
        }
    }
    impl utoipa::ToSchema for CountryCode {}

    impl utoipa::PartialSchema for LanguageCode {
        fn schema() -> RefOr<Schema> {
            code_schema(
                "An ISO 639-1 language code, lower case (`ar`, `fr`).",
                "ar",
                LanguageCode::all(),
            )
        }
    }
    impl utoipa::ToSchema for LanguageCode {}

    impl utoipa::PartialSchema for super::ReadingLanguage {
        fn schema() -> RefOr<Schema> {
            code_schema(
                "An ISO 639-1 language code, lower case (`ar`, `fr`), or `*` for the text as \
                 written, in its source language.",
                "ar",
                LanguageCode::all().chain(std::iter::once("*")),
            )
        }
    }
    impl utoipa::ToSchema for super::ReadingLanguage {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_normalised_and_checked() {
        assert_eq!(CountryCode::parse("jo").unwrap().as_str(), "JO");
        assert_eq!(CountryCode::parse("JO").unwrap().name(), "Jordan");
        assert_eq!(
            CountryCode::parse("XX").unwrap_err(),
            Reason::not_country("XX")
        );
        assert!(CountryCode::parse("Jordan").is_err());
        assert!(serde_json::from_str::<CountryCode>("\"ZZ\"").is_err());
    }

    #[test]
    fn language_codes_are_normalised_and_checked() {
        assert_eq!(LanguageCode::parse("AR").unwrap().as_str(), "ar");
        assert_eq!(LanguageCode::parse("ar").unwrap().name(), "Arabic");
        assert_eq!(
            LanguageCode::parse("xx").unwrap_err().code(),
            crate::problem::reasons::NOT_LANGUAGE
        );
        assert!(LanguageCode::parse("ara").is_err());
    }

    #[test]
    fn every_listed_code_parses_to_itself() {
        for code in CountryCode::all() {
            assert_eq!(CountryCode::parse(code).unwrap().as_str(), code);
        }
        for code in LanguageCode::all() {
            assert_eq!(LanguageCode::parse(code).unwrap().as_str(), code);
        }
        assert!(CountryCode::all().count() > 200 && LanguageCode::all().count() > 150);
    }
}
