//! Content in several languages: the reader's languages (`?lang=` or `Accept-Language`), the
//! choice of one language per read with fallback to the source, the block that tells the reader
//! which language each field is in, and the forms editors send to translate.
//!
//! A practice or an organisation is written in its source language. A translation is kept per
//! language and field with the source text it was made from: when the source changes, the
//! translation reads as `stale` until it is saved again.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};

use crate::codes::LanguageCode;
use crate::event::PersonRef;
use crate::problem::{FieldErrors, Reason, Validate};

/// The translatable fields of a practice (its figures' labels are `figures[N].label`).
pub const PRACTICE_FIELDS: [&str; 5] = ["title", "summary", "problem", "approach", "results"];
/// The translatable field of an organisation.
pub const ORGANISATION_FIELDS: [&str; 1] = ["description"];
/// The field whose translation makes a practice available in a language.
pub const PRACTICE_KEY_FIELD: &str = "title";
/// The field whose translation makes an organisation available in a language.
pub const ORGANISATION_KEY_FIELD: &str = "description";

/// How many language ranges of one `Accept-Language` header are read: browsers send a few.
const MAX_RANGES: usize = 20;

/// The stable codes of translation field errors, among `problem::reasons`; a language code
/// that is not ISO 639-1 is `not_language`.
pub mod codes {
    pub use crate::problem::reasons::{
        EMPTY_TRANSLATION, NO_SUCH_FIGURE, SOURCE_LANGUAGE, TRANSLATION_EXISTS,
    };
}

/// `figures[N].label`, the field name of a figure's label.
pub fn figure_label_field(index: usize) -> String {
    format!("figures[{index}].label")
}

/// The languages a reader wants, best first. Built from `?lang=` (which wins) or from the
/// `Accept-Language` header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguagePreference {
    /// Primary language subtags (lower case) or `*`, best first; ranges with `q=0` are left
    /// out (they say "not this one").
    ranges: Vec<String>,
}

/// One range of `Accept-Language`: its primary subtag (or `*`) and its weight in thousandths.
fn parse_range(part: &str) -> Option<(String, u16)> {
    let mut pieces = part.split(';');
    let tag = pieces.next()?.trim();
    let mut q: u16 = 1000;
    for param in pieces {
        let (name, value) = param.split_once('=')?;
        if name.trim().eq_ignore_ascii_case("q") {
            q = parse_qvalue(value.trim())?;
        }
    }
    if tag == "*" {
        return Some(("*".to_owned(), q));
    }
    // RFC 4647 basic range: 1*8ALPHA *("-" 1*8alphanum).
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    let alpha =
        |s: &str, f: fn(&u8) -> bool| !s.is_empty() && s.len() <= 8 && s.bytes().all(|b| f(&b));
    if !alpha(primary, u8::is_ascii_alphabetic)
        || !subtags.all(|s| alpha(s, u8::is_ascii_alphanumeric))
    {
        return None;
    }
    Some((primary.to_ascii_lowercase(), q))
}

/// RFC 9110 qvalue: `0`, `0.ddd`, `1`, `1.000`; in thousandths.
fn parse_qvalue(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{frac:0<3}").parse().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

impl LanguagePreference {
    /// No preference: the source language is read.
    pub fn none() -> Self {
        Self::default()
    }

    /// Exactly this language (`?lang=`).
    pub fn only(language: &LanguageCode) -> Self {
        LanguagePreference {
            ranges: vec![language.as_str().to_owned()],
        }
    }

    /// The ranges of an `Accept-Language` header (RFC 9110 §12.5.4), best first. Ranges are
    /// ordered by their `q` (listed order among equals); malformed ranges are skipped, not the
    /// whole header; `q=0` excludes; only the primary subtag counts (`fr-CH` asks for `fr`).
    pub fn from_accept_language(header: &str) -> Self {
        let mut ranges: Vec<(String, u16)> = Vec::new();
        let mut excluded: Vec<String> = Vec::new();
        for part in header.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if ranges.len() + excluded.len() >= MAX_RANGES {
                break;
            }
            let Some((tag, q)) = parse_range(part) else {
                continue;
            };
            if q == 0 {
                excluded.push(tag);
            } else if let Some(seen) = ranges.iter_mut().find(|(t, _)| *t == tag) {
                // `fr-CH;q=0.9, fr;q=1` asks for `fr` at its best weight.
                seen.1 = seen.1.max(q);
            } else {
                ranges.push((tag, q));
            }
        }
        ranges.retain(|(t, _)| !excluded.contains(t));
        // Stable: equal weights keep the order they were listed in.
        ranges.sort_by_key(|r| std::cmp::Reverse(r.1));
        LanguagePreference {
            ranges: ranges.into_iter().map(|(t, _)| t).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The language asked for, for content written in `source` and translated into the
    /// `available` languages: the best range the content is available in (`*` takes the
    /// source), else the best range that names an ISO 639-1 language (the reader then gets
    /// the source, as a fallback), else none.
    pub fn requested(
        &self,
        source: &LanguageCode,
        available: &[LanguageCode],
    ) -> Option<LanguageCode> {
        for range in &self.ranges {
            if range == "*" {
                return Some(source.clone());
            }
            if let Some(lang) = available.iter().find(|l| l.as_str() == range) {
                return Some(lang.clone());
            }
        }
        self.ranges
            .iter()
            .find_map(|r| LanguageCode::parse(r).ok().filter(|_| r.len() == 2))
    }

    /// The best of `languages` for this reader, if any (for lists of whole languages).
    pub fn best_of<'a>(&self, languages: &'a [LanguageCode]) -> Option<&'a LanguageCode> {
        self.ranges
            .iter()
            .find_map(|r| languages.iter().find(|l| l.as_str() == r))
    }
}

/// Which language one field is shown in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldLanguage {
    /// The language of the text shown.
    pub language: LanguageCode,
    /// True when a language was requested and this field is shown in the source language
    /// instead, for want of a translation.
    pub fallback: bool,
    /// True when the text shown is a translation made from an earlier version of the source
    /// text (the source changed since).
    pub stale: bool,
}

/// The languages of a practice or an organisation as read: which language was asked for,
/// which one each translatable field is shown in, and which languages exist. The plain text
/// fields of the object hold the text in the language each field names here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentTranslation {
    /// The language asked for with `lang` or `Accept-Language`: the best one this content is
    /// available in, else the reader's first choice (then every field falls back to the
    /// source). Null when the reader asked for none: the source is shown.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub requested: Option<LanguageCode>,
    /// The language the content is written in.
    pub source_language: LanguageCode,
    /// The languages the content can be read in: the source language and every language its
    /// title (an organisation: its description) is translated into, sorted.
    pub available: Vec<LanguageCode>,
    /// Each translatable field by name (`title`, `summary`, `problem`, `approach`,
    /// `results`, `figures[N].label`; an organisation: `description`).
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, FieldLanguage>))]
    pub fields: BTreeMap<String, FieldLanguage>,
}

/// One stored translation of one field, as the store hands it to `Localiser`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTranslation {
    pub language: LanguageCode,
    pub field: String,
    pub body: String,
    pub source_body: String,
}

/// Chooses the language of one read and replaces each field's text by its translation.
pub struct Localiser<'a> {
    rows: &'a [StoredTranslation],
    source: LanguageCode,
    requested: Option<LanguageCode>,
    shown: LanguageCode,
    available: Vec<LanguageCode>,
    fields: BTreeMap<String, FieldLanguage>,
}

impl<'a> Localiser<'a> {
    /// `key_field` is the field whose translation makes the content available in a language.
    pub fn new(
        rows: &'a [StoredTranslation],
        source: &LanguageCode,
        key_field: &str,
        pref: &LanguagePreference,
    ) -> Self {
        let mut available: Vec<LanguageCode> = rows
            .iter()
            .filter(|r| r.field == key_field && r.language != *source)
            .map(|r| r.language.clone())
            .chain(std::iter::once(source.clone()))
            .collect();
        available.sort();
        available.dedup();
        let requested = pref.requested(source, &available);
        let shown = requested
            .clone()
            .filter(|l| available.contains(l))
            .unwrap_or_else(|| source.clone());
        Localiser {
            rows,
            source: source.clone(),
            requested,
            shown,
            available,
            fields: BTreeMap::new(),
        }
    }

    /// The text of `field` to show (its translation in the language read, or `source_text`),
    /// noting which language it is in.
    pub fn field(&mut self, field: &str, source_text: &mut String) {
        let translation = (self.shown != self.source)
            .then(|| {
                self.rows
                    .iter()
                    .find(|r| r.language == self.shown && r.field == field)
            })
            .flatten();
        let info = match translation {
            Some(t) => {
                let stale = t.source_body != *source_text;
                *source_text = t.body.clone();
                FieldLanguage {
                    language: t.language.clone(),
                    fallback: false,
                    stale,
                }
            }
            None => FieldLanguage {
                language: self.source.clone(),
                fallback: self.requested.as_ref().is_some_and(|r| *r != self.source),
                stale: false,
            },
        };
        self.fields.insert(field.to_owned(), info);
    }

    pub fn finish(self) -> ContentTranslation {
        ContentTranslation {
            requested: self.requested,
            source_language: self.source,
            available: self.available,
            fields: self.fields,
        }
    }
}

/// Absent stays absent; `null` is `Some(None)`.
pub(crate) fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// An editor's translation of a practice into one language. Absent fields are left as they
/// are; an empty string or `null` removes that field's translation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PracticeTranslationInput {
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, nullable, max_length = 200))]
    pub title: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, nullable, max_length = 600))]
    pub summary: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, nullable, max_length = 20000))]
    pub problem: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, nullable, max_length = 20000))]
    pub approach: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, nullable, max_length = 20000))]
    pub results: Option<Option<String>>,
    /// The labels of the practice's figures, by position (the first label translates the
    /// first figure's); `null` or `""` removes that label's translation. At most as many as
    /// the practice has figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_items = 20, value_type = Option<Vec<FigureLabelText>>))]
    pub figure_labels: Option<Vec<Option<String>>>,
}

/// One figure label of a translation, as the document describes it: text of at most 200
/// characters, or `null`.
pub struct FigureLabelText;

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for FigureLabelText {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
        ObjectBuilder::new()
            .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
            .max_length(Some(200))
            .description(Some(
                "A figure's label in this language; `null` or `\"\"` removes it.",
            ))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for FigureLabelText {}

/// A change of one field: `Some(text)` sets it, `None` removes it.
pub type FieldChange = (String, Option<String>);

fn normalised(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

impl PracticeTranslationInput {
    /// The changes it asks for, by field name.
    pub fn changes(&self) -> Vec<FieldChange> {
        let mut out = Vec::new();
        for (field, value) in [
            ("title", &self.title),
            ("summary", &self.summary),
            ("problem", &self.problem),
            ("approach", &self.approach),
            ("results", &self.results),
        ] {
            if let Some(v) = value {
                out.push((field.to_owned(), normalised(v)));
            }
        }
        for (i, label) in self.figure_labels.iter().flatten().enumerate() {
            out.push((figure_label_field(i), normalised(label)));
        }
        out
    }

    /// Lengths as for the source fields; `figures` is how many figures the practice has.
    pub fn check(&self, figures: usize) -> Result<(), FieldErrors> {
        use crate::practice::{SECTION_MAX, SUMMARY_MAX, TITLE_MAX};
        let mut e = FieldErrors::new();
        if let Some(Some(v)) = &self.title {
            e.line("title", v, 0, TITLE_MAX);
        }
        if let Some(Some(v)) = &self.summary {
            e.text("summary", v, 0, SUMMARY_MAX);
        }
        for (field, value) in [
            ("problem", &self.problem),
            ("approach", &self.approach),
            ("results", &self.results),
        ] {
            e.optional_text(
                field,
                value.as_ref().and_then(Option::as_deref),
                SECTION_MAX,
            );
        }
        if self
            .figure_labels
            .as_ref()
            .is_some_and(|l| l.len() > crate::practice::FIGURES_MAX)
        {
            e.add(
                "figure_labels",
                Reason::too_many(crate::practice::FIGURES_MAX),
            );
        } else if let Some(labels) = &self.figure_labels {
            for (i, label) in labels.iter().enumerate() {
                let field = format!("figure_labels[{i}]");
                if i >= figures {
                    e.add(field, Reason::no_such_figure(figures));
                } else if let Some(v) = label {
                    e.line(&field, v, 0, 200);
                }
            }
        }
        if self.changes().is_empty() {
            e.add("title", Reason::empty_translation());
        }
        e.into_result()
    }
}

impl Validate for PracticeTranslationInput {
    /// Without the practice at hand: every figure label is taken to have its figure.
    fn validate(&self) -> Result<(), FieldErrors> {
        self.check(crate::practice::FIGURES_MAX)
    }
}

/// An editor's translation of an organisation's description into one language; an empty
/// string or `null` removes it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationTranslationInput {
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, nullable, max_length = 4000))]
    pub description: Option<Option<String>>,
}

impl OrganisationTranslationInput {
    pub fn changes(&self) -> Vec<FieldChange> {
        self.description
            .iter()
            .map(|v| ("description".to_owned(), normalised(v)))
            .collect()
    }
}

impl Validate for OrganisationTranslationInput {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.optional_text(
            "description",
            self.description.as_ref().and_then(Option::as_deref),
            crate::organisation::DESCRIPTION_MAX,
        );
        if self.changes().is_empty() {
            e.add(
                "description",
                Reason::empty_translation().saying("give the description to translate"),
            );
        }
        e.into_result()
    }
}

/// The language of a translation, from the path: an ISO 639-1 code other than the source.
/// Errors go into `e` (field `lang`).
pub fn target_language(
    raw: &str,
    source: &LanguageCode,
    e: &mut FieldErrors,
) -> Option<LanguageCode> {
    match LanguageCode::parse(raw) {
        Ok(l) if l == *source => {
            e.add("lang", Reason::source_language(l.as_str()));
            None
        }
        Ok(l) => Some(l),
        Err(reason) => {
            e.add("lang", reason);
            None
        }
    }
}

/// `target_language` on its own.
pub fn check_target_language(
    raw: &str,
    source: &LanguageCode,
) -> Result<LanguageCode, FieldErrors> {
    let mut e = FieldErrors::new();
    match target_language(raw, source, &mut e) {
        Some(l) => Ok(l),
        None => Err(e),
    }
}

/// One field of one translation, as its editors see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldTranslation {
    /// `title`, `summary`, `problem`, `approach`, `results`, `figures[N].label`, or
    /// `description`.
    pub field: String,
    /// The translated text.
    pub body: String,
    /// The source text it was translated from.
    pub source_body: String,
    /// True when the source text has changed since (`source_body` differs from it).
    pub stale: bool,
    /// Who saved it last (null for the demo's and for an API key's work done by no one named).
    pub translated_by: Option<PersonRef>,
    pub updated_at: DateTime<Utc>,
}

/// Every field translated into one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageTranslation {
    pub language: LanguageCode,
    /// The fields translated, in the order of the source's fields.
    pub fields: Vec<FieldTranslation>,
    /// Source fields with text that have no translation in this language yet.
    pub missing: Vec<String>,
}

/// Every translation of a practice or an organisation, with the current source beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Translations {
    pub source_language: LanguageCode,
    /// The current source text of each translatable field, by field name.
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, String>))]
    pub source: BTreeMap<String, String>,
    /// One entry per language, sorted by language.
    pub languages: Vec<LanguageTranslation>,
}

/// The order of the source's fields (`figures[10]` after `figures[9]`).
pub fn field_order(field: &str) -> (usize, usize) {
    if let Some(i) = PRACTICE_FIELDS.iter().position(|f| *f == field) {
        return (i, 0);
    }
    let n = field
        .strip_prefix("figures[")
        .and_then(|r| r.strip_suffix("].label"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    (PRACTICE_FIELDS.len(), n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(c: &str) -> LanguageCode {
        LanguageCode::parse(c).unwrap()
    }

    #[test]
    fn accept_language_is_ordered_by_q_values() {
        let p = LanguagePreference::from_accept_language(
            "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
        );
        assert_eq!(p.ranges, vec!["fr", "en", "de", "*"]);
        let p = LanguagePreference::from_accept_language("en;q=0.3, ar, tr;q=0.8");
        assert_eq!(p.ranges, vec!["ar", "tr", "en"]);
        // Equal weights keep their listed order.
        let p = LanguagePreference::from_accept_language("de;q=0.5, fr;q=0.5");
        assert_eq!(p.ranges, vec!["de", "fr"]);
    }

    #[test]
    fn q_zero_excludes_and_malformed_ranges_are_skipped() {
        let p = LanguagePreference::from_accept_language("ar;q=0, en;q=0.2, *;q=0.1, ar-JO");
        assert_eq!(p.ranges, vec!["en", "*"]);
        let p = LanguagePreference::from_accept_language(
            "??, fr;q=2, de;q=0.1234, tr;q=abc, es;q=0.5, it;;, pt-BR-waytoolongsubtag",
        );
        assert_eq!(p.ranges, vec!["es"]);
        assert!(LanguagePreference::from_accept_language("").is_empty());
        assert!(LanguagePreference::from_accept_language(",,,;").is_empty());
        let long = "xx;q=0.5,".repeat(10_000);
        assert!(LanguagePreference::from_accept_language(&long).ranges.len() <= MAX_RANGES);
    }

    #[test]
    fn the_best_available_language_is_chosen() {
        let (en, ar, fr) = (l("en"), l("ar"), l("fr"));
        let available = [ar.clone(), en.clone()];
        let pick = |h: &str| LanguagePreference::from_accept_language(h).requested(&en, &available);
        assert_eq!(pick("ar-JO, en;q=0.5"), Some(ar.clone()));
        assert_eq!(pick("fr, ar;q=0.4"), Some(ar));
        assert_eq!(
            pick("fr, de;q=0.4"),
            Some(fr.clone()),
            "first choice, falling back"
        );
        assert_eq!(pick("*"), Some(en.clone()));
        assert_eq!(pick("zz, qq"), None);
        assert_eq!(pick(""), None);
        assert_eq!(
            LanguagePreference::only(&fr).requested(&en, &available),
            Some(fr)
        );
    }

    fn row(lang: &str, field: &str, body: &str, source: &str) -> StoredTranslation {
        StoredTranslation {
            language: l(lang),
            field: field.into(),
            body: body.into(),
            source_body: source.into(),
        }
    }

    #[test]
    fn fields_fall_back_and_go_stale() {
        let rows = [
            row("ar", "title", "مياه", "Water"),
            row("ar", "summary", "ملخص قديم", "Old summary"),
        ];
        let mut loc = Localiser::new(
            &rows,
            &l("en"),
            PRACTICE_KEY_FIELD,
            &LanguagePreference::only(&l("ar")),
        );
        let (mut title, mut summary, mut problem) =
            ("Water".to_owned(), "New summary".to_owned(), "P".to_owned());
        loc.field("title", &mut title);
        loc.field("summary", &mut summary);
        loc.field("problem", &mut problem);
        let t = loc.finish();
        assert_eq!(
            (title.as_str(), summary.as_str(), problem.as_str()),
            ("مياه", "ملخص قديم", "P")
        );
        assert_eq!(t.available, vec![l("ar"), l("en")]);
        assert_eq!(t.requested, Some(l("ar")));
        let f = |n: &str| t.fields[n].clone();
        assert_eq!(
            (
                f("title").language.as_str(),
                f("title").fallback,
                f("title").stale
            ),
            ("ar", false, false)
        );
        assert!(f("summary").stale);
        assert_eq!(
            (f("problem").language.as_str(), f("problem").fallback),
            ("en", true)
        );

        // Nothing asked: the source, no fallback.
        let mut loc = Localiser::new(
            &rows,
            &l("en"),
            PRACTICE_KEY_FIELD,
            &LanguagePreference::none(),
        );
        let mut title = "Water".to_owned();
        loc.field("title", &mut title);
        let t = loc.finish();
        assert_eq!((title.as_str(), t.requested.clone()), ("Water", None));
        assert!(!t.fields["title"].fallback);
    }

    #[test]
    fn an_input_lists_its_changes_and_checks_lengths() {
        let input: PracticeTranslationInput = serde_json::from_str(
            r#"{"title": "عنوان", "summary": null, "problem": "", "figure_labels": [null, "x"]}"#,
        )
        .unwrap();
        assert_eq!(
            input.changes(),
            vec![
                ("title".to_owned(), Some("عنوان".to_owned())),
                ("summary".to_owned(), None),
                ("problem".to_owned(), None),
                ("figures[0].label".to_owned(), None),
                ("figures[1].label".to_owned(), Some("x".to_owned())),
            ]
        );
        let e = input.check(1).unwrap_err();
        assert!(e.get("figure_labels[1]").is_some());
        let bad = PracticeTranslationInput {
            title: Some(Some("a\u{0}b".into())),
            summary: Some(Some("s".repeat(601))),
            ..Default::default()
        };
        let e = bad.check(0).unwrap_err();
        assert!(e.get("title").is_some() && e.get("summary").is_some());
        assert!(PracticeTranslationInput::default().check(0).is_err());
        assert!(serde_json::from_str::<PracticeTranslationInput>(r#"{"titel": "x"}"#).is_err());
    }

    #[test]
    fn absent_fields_stay_absent_on_the_wire() {
        let input = PracticeTranslationInput {
            title: Some(Some("x".into())),
            summary: Some(None),
            ..Default::default()
        };
        let json = serde_json::to_value(&input).unwrap();
        assert_eq!(json, serde_json::json!({"title": "x", "summary": null}));
        let back: PracticeTranslationInput = serde_json::from_value(json).unwrap();
        assert_eq!(back, input);
        let patch = crate::practice::PracticePatch::default();
        assert_eq!(
            serde_json::to_value(&patch).unwrap()["ran_from"],
            serde_json::Value::Null
        );
        assert!(serde_json::to_value(&patch)
            .unwrap()
            .get("ran_from")
            .is_none());
    }

    #[test]
    fn the_target_language_is_a_code_other_than_the_source() {
        let en = l("en");
        assert_eq!(check_target_language("AR", &en).unwrap(), l("ar"));
        assert!(check_target_language("en", &en).is_err());
        assert!(check_target_language("xx", &en).is_err());
        assert!(check_target_language("arabic", &en).is_err());
        assert!(check_target_language("a\u{0}", &en).is_err());
    }
}
