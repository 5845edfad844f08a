//! Good practices: what a practice documents, and the forms that create and edit it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::codes::{CountryCode, LanguageCode};
use crate::organisation::OrganisationRef;
use crate::problem::{FieldErrors, Reason, Validate};
use crate::vocab::{PracticeStatus, SettlementContext, TargetGroup, Theme};

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 600;
pub const SECTION_MAX: usize = 20_000;
pub const FIGURES_MAX: usize = 20;
/// The earliest year a programme may have started or ended in.
pub const YEAR_MIN: i32 = 1900;
/// How many years ahead of this one a programme may be planned to end.
pub const YEARS_AHEAD: i32 = 10;
/// The latest year accepted whatever the date (the document's `maximum`); the rule that
/// counts is ten years from now.
pub const YEAR_MAX: i32 = 2100;

/// The stable codes of the programme period's field errors, among `problem::reasons`: a
/// year before 1900 or more than ten years ahead is `out_of_range` {min, max}.
pub mod period_codes {
    pub use crate::problem::reasons::{OUT_OF_RANGE, PERIOD_REVERSED};
}

fn english() -> LanguageCode {
    LanguageCode::parse("en").expect("en is ISO 639-1")
}

/// A measured result of a practice ("3700 refugees with better access to education").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ImpactFigure {
    #[cfg_attr(feature = "openapi", schema(minimum = 0))]
    pub value: i64,
    /// What was counted, e.g. "refugee children in mathematics and English classes".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub label: String,
}

/// A documented good practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Practice {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The problem the practice answers.
    pub problem: String,
    /// What was done, and how.
    pub approach: String,
    /// What changed, with evidence.
    pub results: String,
    pub figures: Vec<ImpactFigure>,
    pub themes: Vec<Theme>,
    pub target_groups: Vec<TargetGroup>,
    pub settlement_contexts: Vec<SettlementContext>,
    /// Countries where it has run.
    pub countries: Vec<CountryCode>,
    /// Languages its documentation is available in.
    pub languages: Vec<LanguageCode>,
    /// The language its text is written in (ISO 639-1); translations are made from it.
    pub source_language: LanguageCode,
    /// The year the programme started, if known (not when it was published here).
    pub ran_from: Option<i32>,
    /// The year the programme ended, if it has.
    pub ran_until: Option<i32>,
    pub owner: OrganisationRef,
    /// Whether its organisation offers to mentor others in replicating it (it mentors, with
    /// room for at least one mentee).
    #[serde(default)]
    pub mentor_available: bool,
    pub status: PracticeStatus,
    /// Which language each text field is in, as read (see `lang` and `Accept-Language`).
    /// Absent from event payloads, which hold the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<crate::translation::ContentTranslation>,
    /// Why a network admin sent it back; shown to its organisation until it is resubmitted.
    pub rejection_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    /// What the caller may do with it now (in API answers; absent from event payloads).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<crate::policy::practice::PracticePermissions>,
}

/// A practice in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub themes: Vec<Theme>,
    pub target_groups: Vec<TargetGroup>,
    pub settlement_contexts: Vec<SettlementContext>,
    pub countries: Vec<CountryCode>,
    pub languages: Vec<LanguageCode>,
    pub source_language: LanguageCode,
    pub ran_from: Option<i32>,
    pub ran_until: Option<i32>,
    pub owner: OrganisationRef,
    /// Whether its organisation offers to mentor others in replicating it.
    #[serde(default)]
    pub mentor_available: bool,
    pub status: PracticeStatus,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    /// Which language the title and summary are in, as read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<crate::translation::ContentTranslation>,
}

impl From<Practice> for PracticeSummary {
    fn from(p: Practice) -> Self {
        PracticeSummary {
            slug: p.slug,
            title: p.title,
            summary: p.summary,
            themes: p.themes,
            target_groups: p.target_groups,
            settlement_contexts: p.settlement_contexts,
            countries: p.countries,
            languages: p.languages,
            source_language: p.source_language,
            ran_from: p.ran_from,
            ran_until: p.ran_until,
            owner: p.owner,
            mentor_available: p.mentor_available,
            status: p.status,
            updated_at: p.updated_at,
            published_at: p.published_at,
            // A list shows the title and summary: their languages are what it says.
            translation: p.translation.map(|mut t| {
                t.fields
                    .retain(|field, _| field == "title" || field == "summary");
                t
            }),
        }
    }
}

/// A new practice, created as a draft of the author's organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewPractice {
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 200))]
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 600))]
    pub summary: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub problem: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub approach: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub results: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub figures: Vec<ImpactFigure>,
    /// Each code at most once, as in every list of codes below.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeSet<Theme>, max_items = 8))]
    pub themes: Vec<Theme>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeSet<TargetGroup>, max_items = 10))]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeSet<SettlementContext>, max_items = 4))]
    pub settlement_contexts: Vec<SettlementContext>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeSet<CountryCode>, max_items = 30))]
    pub countries: Vec<CountryCode>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeSet<LanguageCode>, max_items = 12))]
    pub languages: Vec<LanguageCode>,
    /// The language the text is written in; `en` when not given.
    #[serde(default = "english")]
    pub source_language: LanguageCode,
    /// The year the programme started: from 1900 to ten years from now (and never after 2100).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2100))]
    pub ran_from: Option<i32>,
    /// The year the programme ended: from `ran_from` to ten years from now (and never after
    /// 2100).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2100))]
    pub ran_until: Option<i32>,
}

/// The programme's years: each from 1900 to ten years after `this_year`, in order.
pub fn check_period(from: Option<i32>, until: Option<i32>, this_year: i32, e: &mut FieldErrors) {
    let last = this_year.saturating_add(YEARS_AHEAD).min(YEAR_MAX);
    for (field, year) in [("ran_from", from), ("ran_until", until)] {
        if let Some(y) = year {
            if !(YEAR_MIN..=last).contains(&y) {
                e.add(
                    field,
                    Reason::out_of_range(YEAR_MIN, last)
                        .saying(format!("must be a year from {YEAR_MIN} to {last}")),
                );
            }
        }
    }
    if let (Some(f), Some(u)) = (from, until) {
        if f > u {
            e.add("ran_until", Reason::period_reversed());
        }
    }
}

impl Validate for NewPractice {
    /// Every rule but the upper bound of the programme's years, which needs today's year
    /// (`validate_in`).
    fn validate(&self) -> Result<(), FieldErrors> {
        self.validate_in(YEAR_MAX - YEARS_AHEAD)
    }
}

impl NewPractice {
    /// Every rule, the programme's years checked against `this_year` (the transaction's).
    pub fn validate_in(&self, this_year: i32) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        check_period(self.ran_from, self.ran_until, this_year, &mut e);
        e.line("title", &self.title, 3, TITLE_MAX);
        e.text("summary", &self.summary, 1, SUMMARY_MAX);
        e.text("problem", &self.problem, 0, SECTION_MAX);
        e.text("approach", &self.approach, 0, SECTION_MAX);
        e.text("results", &self.results, 0, SECTION_MAX);
        check_figures(&self.figures, &mut e);
        check_tags(
            &self.themes,
            &self.target_groups,
            &self.settlement_contexts,
            &self.countries,
            &self.languages,
            &mut e,
        );
        e.into_result()
    }
}

/// A partial edit of a practice: absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PracticePatch {
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 200))]
    pub title: Option<String>,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 600))]
    pub summary: Option<String>,
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub problem: Option<String>,
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub approach: Option<String>,
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub results: Option<String>,
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub figures: Option<Vec<ImpactFigure>>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeSet<Theme>>, max_items = 8))]
    pub themes: Option<Vec<Theme>>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeSet<TargetGroup>>, max_items = 10))]
    pub target_groups: Option<Vec<TargetGroup>>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeSet<SettlementContext>>, max_items = 4))]
    pub settlement_contexts: Option<Vec<SettlementContext>>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeSet<CountryCode>>, max_items = 30))]
    pub countries: Option<Vec<CountryCode>>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeSet<LanguageCode>>, max_items = 12))]
    pub languages: Option<Vec<LanguageCode>>,
    /// The language the text is written in. Not one it is translated into already.
    pub source_language: Option<LanguageCode>,
    /// The year the programme started (1900 to ten years from now); `null` clears it.
    #[serde(
        default,
        deserialize_with = "crate::translation::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i32>, nullable, minimum = 1900, maximum = 2100))]
    pub ran_from: Option<Option<i32>>,
    /// The year the programme ended (`ran_from` to ten years from now); `null` clears it.
    #[serde(
        default,
        deserialize_with = "crate::translation::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i32>, nullable, minimum = 1900, maximum = 2100))]
    pub ran_until: Option<Option<i32>>,
}

impl PracticePatch {
    /// The practice as it will be once the patch applies, so that the whole result is validated.
    pub fn apply_to(&self, current: &NewPractice) -> NewPractice {
        let pick = |new: &Option<String>, old: &String| new.clone().unwrap_or_else(|| old.clone());
        NewPractice {
            title: pick(&self.title, &current.title),
            summary: pick(&self.summary, &current.summary),
            problem: pick(&self.problem, &current.problem),
            approach: pick(&self.approach, &current.approach),
            results: pick(&self.results, &current.results),
            figures: self
                .figures
                .clone()
                .unwrap_or_else(|| current.figures.clone()),
            themes: self
                .themes
                .clone()
                .unwrap_or_else(|| current.themes.clone()),
            target_groups: self
                .target_groups
                .clone()
                .unwrap_or_else(|| current.target_groups.clone()),
            settlement_contexts: self
                .settlement_contexts
                .clone()
                .unwrap_or_else(|| current.settlement_contexts.clone()),
            countries: self
                .countries
                .clone()
                .unwrap_or_else(|| current.countries.clone()),
            languages: self
                .languages
                .clone()
                .unwrap_or_else(|| current.languages.clone()),
            source_language: self
                .source_language
                .clone()
                .unwrap_or_else(|| current.source_language.clone()),
            ran_from: self.ran_from.unwrap_or(current.ran_from),
            ran_until: self.ran_until.unwrap_or(current.ran_until),
        }
    }
}

impl Validate for PracticePatch {
    /// Checks the fields present; the API validates the patched practice as a whole too.
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if let Some(v) = &self.title {
            e.line("title", v, 3, TITLE_MAX);
        }
        if let Some(v) = &self.summary {
            e.text("summary", v, 1, SUMMARY_MAX);
        }
        for (field, value) in [
            ("problem", &self.problem),
            ("approach", &self.approach),
            ("results", &self.results),
        ] {
            e.optional_text(field, value.as_deref(), SECTION_MAX);
        }
        if let Some(f) = &self.figures {
            check_figures(f, &mut e);
        }
        check_period(
            self.ran_from.flatten(),
            self.ran_until.flatten(),
            YEAR_MAX - YEARS_AHEAD,
            &mut e,
        );
        check_tags(
            self.themes.as_deref().unwrap_or_default(),
            self.target_groups.as_deref().unwrap_or_default(),
            self.settlement_contexts.as_deref().unwrap_or_default(),
            self.countries.as_deref().unwrap_or_default(),
            self.languages.as_deref().unwrap_or_default(),
            &mut e,
        );
        e.into_result()
    }
}

impl From<&Practice> for NewPractice {
    fn from(p: &Practice) -> Self {
        NewPractice {
            title: p.title.clone(),
            summary: p.summary.clone(),
            problem: p.problem.clone(),
            approach: p.approach.clone(),
            results: p.results.clone(),
            figures: p.figures.clone(),
            themes: p.themes.clone(),
            target_groups: p.target_groups.clone(),
            settlement_contexts: p.settlement_contexts.clone(),
            countries: p.countries.clone(),
            languages: p.languages.clone(),
            source_language: p.source_language.clone(),
            ran_from: p.ran_from,
            ran_until: p.ran_until,
        }
    }
}

/// A practice must be complete before the network reviews it.
pub fn check_ready_for_review(p: &NewPractice) -> Result<(), FieldErrors> {
    let mut e = FieldErrors::new();
    for (field, text) in [
        ("problem", &p.problem),
        ("approach", &p.approach),
        ("results", &p.results),
    ] {
        if text.trim().chars().count() < 20 {
            e.add(
                field,
                Reason::too_short(20)
                    .saying("describe this in at least 20 characters before submitting"),
            );
        }
    }
    if p.themes.is_empty() {
        e.add(
            "themes",
            Reason::too_few(1).saying("choose at least one theme before submitting"),
        );
    }
    if p.countries.is_empty() {
        e.add(
            "countries",
            Reason::too_few(1).saying("name at least one country before submitting"),
        );
    }
    e.into_result()
}

fn check_figures(figures: &[ImpactFigure], e: &mut FieldErrors) {
    e.list_len("figures", figures, 0, FIGURES_MAX);
    for (i, f) in figures.iter().enumerate() {
        e.line(&format!("figures[{i}].label"), &f.label, 1, 200);
        if f.value < 0 {
            e.add(
                format!("figures[{i}].value"),
                Reason::too_small(0).saying("must not be negative"),
            );
        }
    }
}

fn check_tags(
    themes: &[Theme],
    groups: &[TargetGroup],
    contexts: &[SettlementContext],
    countries: &[CountryCode],
    languages: &[LanguageCode],
    e: &mut FieldErrors,
) {
    e.codes("themes", themes, 0, 8);
    e.codes("target_groups", groups, 0, 10);
    e.codes("settlement_contexts", contexts, 0, 4);
    e.codes("countries", countries, 0, 30);
    e.codes("languages", languages, 0, 12);
}

/// A network admin's reason for sending a practice back to its organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RejectPractice {
    #[cfg_attr(feature = "openapi", schema(min_length = 5, max_length = 2000))]
    pub reason: String,
}

impl Validate for RejectPractice {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("reason", &self.reason, 5, 2000);
        e.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> NewPractice {
        NewPractice {
            title: "Volunteer mentoring for resettled refugees".into(),
            summary: "Trained local volunteers accompany newly resettled families.".into(),
            problem: String::new(),
            approach: String::new(),
            results: String::new(),
            figures: vec![],
            themes: vec![],
            target_groups: vec![],
            settlement_contexts: vec![],
            countries: vec![],
            languages: vec![],
            source_language: english(),
            ran_from: None,
            ran_until: None,
        }
    }

    #[test]
    fn the_programme_years_are_checked_with_codes() {
        let mut d = draft();
        d.ran_from = Some(2017);
        d.ran_until = Some(2012);
        let e = d.validate_in(2026).unwrap_err().into_vec();
        assert_eq!(e[0].field, "ran_until");
        assert_eq!(e[0].code, period_codes::PERIOD_REVERSED);
        d.ran_from = Some(1899);
        d.ran_until = Some(2037);
        let e = d.validate_in(2026).unwrap_err().into_vec();
        let codes: Vec<_> = e
            .iter()
            .map(|f| (f.field.as_str(), f.code.as_str()))
            .collect();
        assert!(codes.contains(&("ran_from", period_codes::OUT_OF_RANGE)));
        assert!(codes.contains(&("ran_until", period_codes::OUT_OF_RANGE)));
        d.ran_from = Some(2012);
        d.ran_until = Some(2036);
        assert!(d.validate_in(2026).is_ok());
    }

    #[test]
    fn a_draft_may_be_incomplete_but_not_a_submission() {
        let d = draft();
        assert!(d.validate().is_ok());
        let e = check_ready_for_review(&d).unwrap_err();
        for f in ["problem", "approach", "results", "themes", "countries"] {
            assert!(e.get(f).is_some(), "{f}");
        }
    }

    #[test]
    fn over_long_fields_and_bad_figures_are_named() {
        let mut d = draft();
        d.title = "x".repeat(TITLE_MAX + 1);
        d.figures = vec![ImpactFigure {
            value: -1,
            label: String::new(),
        }];
        let e = d.validate().unwrap_err();
        assert!(e.get("title").is_some());
        assert!(e.get("figures[0].value").is_some());
        assert!(e.get("figures[0].label").is_some());
    }

    #[test]
    fn a_patch_keeps_what_it_does_not_name() {
        let patch = PracticePatch {
            summary: Some("New summary".into()),
            themes: Some(vec![Theme::Volunteering]),
            ..Default::default()
        };
        let after = patch.apply_to(&draft());
        assert_eq!(after.title, draft().title);
        assert_eq!(after.summary, "New summary");
        assert_eq!(after.themes, vec![Theme::Volunteering]);
    }
}
