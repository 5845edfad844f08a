//! Catalogue search: query parameters as partner systems send them, parsed into typed filters
//! with a field error for each bad value, and the result shape with facet counts.

use serde::{Deserialize, Serialize};

use crate::codes::{CountryCode, LanguageCode};
use crate::organisation::OrganisationQuery;
use crate::practice::PracticeSummary;
use crate::problem::{FieldErrors, Reason};
use crate::vocab::{
    GovernanceLevel, OrganisationKind, PracticeStatus, SettlementContext, TargetGroup, Theme,
};

pub const PER_PAGE_DEFAULT: u32 = 20;
pub const PER_PAGE_MAX: u32 = 100;
pub const Q_MAX: usize = 200;

/// Catalogue query parameters. Lists are comma-separated codes; within a filter any value
/// matches, across filters all must.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PracticeQuery {
    /// Words that must all appear in the title, summary or body.
    #[cfg_attr(feature = "openapi", param(max_length = 200))]
    pub q: Option<String>,
    /// Themes, comma-separated (`education,health`).
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<Theme>>, style = Form, explode = false))]
    pub theme: Option<String>,
    /// Settlement contexts, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<SettlementContext>>, style = Form, explode = false))]
    pub context: Option<String>,
    /// ISO 3166-1 alpha-2 countries, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<CountryCode>>, style = Form, explode = false))]
    pub country: Option<String>,
    /// Target groups, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<TargetGroup>>, style = Form, explode = false))]
    pub target_group: Option<String>,
    /// ISO 639-1 languages of the documentation, comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<LanguageCode>>, style = Form, explode = false))]
    pub language: Option<String>,
    /// ISO 639-1 languages the practice can be read in (its source language, or one its title
    /// is translated into), comma-separated.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<LanguageCode>>, style = Form, explode = false))]
    pub available_language: Option<String>,
    /// The language to read titles and summaries in (ISO 639-1), where translated, or `*` for
    /// each as written; without it, the best language of `Accept-Language`. Each item's
    /// `translation` says which.
    #[cfg_attr(feature = "openapi", param(value_type = Option<crate::codes::ReadingLanguage>))]
    pub lang: Option<String>,
    /// Slug of the owner organisation.
    pub owner: Option<String>,
    /// Lifecycle statuses, comma-separated. Defaults to `published`; other statuses are
    /// visible to the owner organisation and network admins only.
    #[cfg_attr(feature = "openapi", param(value_type = Option<Vec<PracticeStatus>>, style = Form, explode = false))]
    pub status: Option<String>,
    /// `relevance` (default with `q`), `newest` (default otherwise) or `title`.
    #[cfg_attr(feature = "openapi", param(value_type = Option<PracticeSort>, inline))]
    pub sort: Option<String>,
    /// 1-based page number (at most 10000).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 10000))]
    pub page: Option<u32>,
    /// Results per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PracticeSort {
    Relevance,
    Newest,
    Title,
}

/// The typed form of `PracticeQuery`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PracticeFilter {
    pub words: Vec<String>,
    pub themes: Vec<Theme>,
    pub contexts: Vec<SettlementContext>,
    pub countries: Vec<CountryCode>,
    pub target_groups: Vec<TargetGroup>,
    pub languages: Vec<LanguageCode>,
    pub available_languages: Vec<LanguageCode>,
    /// `lang`, when given (it wins over `Accept-Language`).
    pub lang: Option<crate::translation::LanguagePreference>,
    /// The languages the reader wants titles and summaries in (`lang` or `Accept-Language`;
    /// the handler sets it).
    pub reader: crate::translation::LanguagePreference,
    pub owner: Option<String>,
    pub statuses: Vec<PracticeStatus>,
    pub sort: Option<PracticeSort>,
    pub page: u32,
    pub per_page: u32,
}

impl PracticeQuery {
    pub fn parse(&self) -> Result<PracticeFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let words = parse_words("q", self.q.as_deref(), &mut e);
        let sort = match self.sort.as_deref().map(str::trim) {
            None | Some("") => None,
            Some("relevance") => Some(PracticeSort::Relevance),
            Some("newest") => Some(PracticeSort::Newest),
            Some("title") => Some(PracticeSort::Title),
            Some(other) => {
                e.add(
                    "sort",
                    Reason::unknown_value(other, &["relevance", "newest", "title"]),
                );
                None
            }
        };
        let mut statuses = parse_list(
            "status",
            self.status.as_deref(),
            PracticeStatus::parse,
            &mut e,
        );
        if statuses.is_empty() {
            statuses.push(PracticeStatus::Published);
        }
        let filter = PracticeFilter {
            words,
            themes: parse_list("theme", self.theme.as_deref(), Theme::parse, &mut e),
            contexts: parse_list(
                "context",
                self.context.as_deref(),
                SettlementContext::parse,
                &mut e,
            ),
            countries: parse_list(
                "country",
                self.country.as_deref(),
                CountryCode::parse,
                &mut e,
            ),
            target_groups: parse_list(
                "target_group",
                self.target_group.as_deref(),
                TargetGroup::parse,
                &mut e,
            ),
            languages: parse_list(
                "language",
                self.language.as_deref(),
                LanguageCode::parse,
                &mut e,
            ),
            available_languages: parse_list(
                "available_language",
                self.available_language.as_deref(),
                LanguageCode::parse,
                &mut e,
            ),
            lang: parse_lang(self.lang.as_deref(), &mut e),
            reader: crate::translation::LanguagePreference::none(),
            owner: self
                .owner
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from),
            statuses,
            sort,
            page: 1,
            per_page: PER_PAGE_DEFAULT,
        };
        let (page, per_page) = parse_paging(self.page, self.per_page, &mut e);
        e.into_result().map(|()| PracticeFilter {
            page,
            per_page,
            ..filter
        })
    }
}

/// The typed form of `OrganisationQuery`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganisationFilter {
    pub words: Vec<String>,
    pub kinds: Vec<OrganisationKind>,
    pub levels: Vec<GovernanceLevel>,
    pub countries: Vec<CountryCode>,
    pub contexts: Vec<SettlementContext>,
    pub languages: Vec<LanguageCode>,
    pub themes: Vec<Theme>,
    pub can_mentor: Option<bool>,
    /// `lang`, when given (it wins over `Accept-Language`).
    pub lang: Option<crate::translation::LanguagePreference>,
    pub page: u32,
    pub per_page: u32,
}

impl OrganisationQuery {
    pub fn parse(&self) -> Result<OrganisationFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let words = parse_words("q", self.q.as_deref(), &mut e);
        let kinds = parse_list(
            "kind",
            self.kind.as_deref(),
            OrganisationKind::parse,
            &mut e,
        );
        let levels = parse_list(
            "governance_level",
            self.governance_level.as_deref(),
            GovernanceLevel::parse,
            &mut e,
        );
        let countries = parse_list(
            "country",
            self.country.as_deref(),
            CountryCode::parse,
            &mut e,
        );
        let contexts = parse_list(
            "context",
            self.context.as_deref(),
            SettlementContext::parse,
            &mut e,
        );
        let languages = parse_list(
            "language",
            self.language.as_deref(),
            LanguageCode::parse,
            &mut e,
        );
        let themes = parse_list("theme", self.theme.as_deref(), Theme::parse, &mut e);
        let lang = parse_lang(self.lang.as_deref(), &mut e);
        let (page, per_page) = parse_paging(self.page, self.per_page, &mut e);
        e.into_result().map(|()| OrganisationFilter {
            words,
            kinds,
            levels,
            countries,
            contexts,
            languages,
            themes,
            can_mentor: self.can_mentor,
            lang,
            page,
            per_page,
        })
    }
}

/// The `lang` parameter: an ISO 639-1 code, `*` for the text as written (its source
/// language), or absent (an empty value is absent).
pub fn parse_lang(
    raw: Option<&str>,
    e: &mut FieldErrors,
) -> Option<crate::translation::LanguagePreference> {
    use crate::translation::LanguagePreference;
    let raw = raw.map(str::trim).filter(|s| !s.is_empty())?;
    if raw == "*" {
        return Some(LanguagePreference::from_accept_language("*"));
    }
    match LanguageCode::parse(raw) {
        Ok(l) => Some(LanguagePreference::only(&l)),
        Err(reason) => {
            e.add("lang", reason);
            None
        }
    }
}

/// The `lang` query parameter of a practice's or an organisation's page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct LangQuery {
    /// The language to read the content in (ISO 639-1), where translated, or `*` for the text
    /// as written (what editors load); without it, the best language of `Accept-Language`.
    /// The `translation` block says which language each field is in.
    #[cfg_attr(feature = "openapi", param(value_type = Option<crate::codes::ReadingLanguage>))]
    pub lang: Option<String>,
}

impl LangQuery {
    pub fn parse(&self) -> Result<Option<crate::translation::LanguagePreference>, FieldErrors> {
        let mut e = FieldErrors::new();
        let lang = parse_lang(self.lang.as_deref(), &mut e);
        e.into_result().map(|()| lang)
    }
}

/// Splits a search into lower-cased words; every word must match.
fn parse_words(field: &str, q: Option<&str>, e: &mut FieldErrors) -> Vec<String> {
    let Some(q) = q else { return vec![] };
    if crate::problem::forbidden_control(q, false).is_some() {
        e.controls(field, q, false);
        return vec![];
    }
    if q.chars().count() > Q_MAX {
        e.add(field, Reason::too_long(Q_MAX));
        return vec![];
    }
    q.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.trim_matches(|c| c == '-' || c == '\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .take(10)
        .collect()
}

fn parse_list<T: PartialEq>(
    field: &str,
    raw: Option<&str>,
    parse: impl Fn(&str) -> Result<T, Reason>,
    e: &mut FieldErrors,
) -> Vec<T> {
    let mut out = Vec::new();
    for part in raw
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match parse(part) {
            Ok(v) if !out.contains(&v) => out.push(v),
            Ok(_) => {}
            Err(reason) => e.add(field, reason),
        }
    }
    out
}

pub(crate) fn parse_paging(
    page: Option<u32>,
    per_page: Option<u32>,
    e: &mut FieldErrors,
) -> (u32, u32) {
    let page = page.unwrap_or(1);
    if page == 0 || page > 10_000 {
        e.add("page", Reason::out_of_range(1, 10_000));
    }
    let per_page = per_page.unwrap_or(PER_PAGE_DEFAULT);
    if per_page == 0 || per_page > PER_PAGE_MAX {
        e.add("per_page", Reason::out_of_range(1, PER_PAGE_MAX));
    }
    (page, per_page)
}

/// How many results each value of a filter would give, with the other filters applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FacetCount {
    pub value: String,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeFacets {
    pub theme: Vec<FacetCount>,
    pub context: Vec<FacetCount>,
    pub country: Vec<FacetCount>,
    pub target_group: Vec<FacetCount>,
    pub language: Vec<FacetCount>,
    /// The languages the practices can be read in (`available_language`).
    #[serde(default)]
    pub available_language: Vec<FacetCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeSearch {
    pub items: Vec<PracticeSummary>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
    pub facets: PracticeFacets,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_query_shows_published_practices_newest_first() {
        let f = PracticeQuery::default().parse().unwrap();
        assert_eq!(f.statuses, vec![PracticeStatus::Published]);
        assert_eq!((f.page, f.per_page), (1, PER_PAGE_DEFAULT));
        assert!(f.words.is_empty());
    }

    #[test]
    fn lists_and_words_are_parsed() {
        let q = PracticeQuery {
            q: Some("Solid-waste, Jordan!".into()),
            theme: Some("education, health,education".into()),
            country: Some("jo,LB".into()),
            ..Default::default()
        };
        let f = q.parse().unwrap();
        assert_eq!(f.words, vec!["solid-waste", "jordan"]);
        assert_eq!(f.themes, vec![Theme::Education, Theme::Health]);
        assert_eq!(f.countries.len(), 2);
    }

    #[test]
    fn every_bad_parameter_is_named() {
        let q = PracticeQuery {
            theme: Some("astrology".into()),
            country: Some("XX".into()),
            sort: Some("random".into()),
            per_page: Some(1000),
            page: Some(0),
            q: Some("water\u{0}".into()),
            ..Default::default()
        };
        let e = q.parse().unwrap_err();
        for f in ["theme", "country", "sort", "per_page", "page", "q"] {
            assert!(e.get(f).is_some(), "{f}");
        }
    }
}
