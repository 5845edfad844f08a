//! RFC 9457 problem details, the one error shape of the API, and the field-error collector
//! that validation fills. The SPA reads the same types to show errors beside the inputs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The named parameters of a field error's `code` (`{"max": 200}`), as its message uses them.
pub type Params = BTreeMap<String, Value>;

/// One input at fault. `field` is a JSON path into the request (`organisation.country`,
/// `themes[2]`) or a query parameter name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(
    feature = "openapi",
    schema(example = json!({"field": "name", "message": "must be at most 200 characters",
        "code": "too_long", "params": {"max": 200}}))
)]
pub struct FieldError {
    pub field: String,
    /// What is wrong, in English. Clients showing another language write their own text from
    /// `code` and `params`.
    pub message: String,
    /// The stable reason, one of `reasons::ALL` (the schema lists them); see `reasons` for
    /// the `params` each carries.
    #[cfg_attr(feature = "openapi", schema(schema_with = code_schema))]
    pub code: String,
    /// The code's parameters by name; left out when it has none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Object, additional_properties))]
    pub params: Params,
}

#[cfg(feature = "openapi")]
fn code_schema() -> utoipa::openapi::Object {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(
            "The stable reason, for clients to write the error in the reader's language: \
             `required`, `too_short` {min}, `too_long` {max}, `too_few` {min}, `too_many` {max}, \
             `too_small` {min}, `too_large` {max}, `out_of_range` {min, max}, `not_email`, \
             `not_https_url`, `unknown_value` {value, allowed}, `not_country` {value}, \
             `not_language` {value}, `not_time_zone` {value}, `in_the_past`, `too_far_ahead` \
             {max_days}, `must_differ` {other}, `must_match` {other}, `either_or` {fields}, \
             `invalid_cursor`, `not_valid`, `used`, `expired`, `wrong_password`, `taken`, \
             `stale`, `wrong_state`, `duplicate_value` {value}, `control_character` {char}, \
             `invalid_reference`, `not_storable`, `invitation_address`, `source_language` \
             {value}, `translation_exists` {value}, `no_such_figure` {figures}, \
             `empty_translation`, `period_reversed`, `malformed`, \
             `invalid_type` {expected}, `unknown_field` {name}. The names in braces are the \
             members of `params`.",
        ))
        .enum_values(Some(reasons::ALL.iter().copied()))
        .examples(["too_long"])
        .build()
}

impl FieldError {
    pub fn new(field: impl Into<String>, reason: Reason) -> FieldError {
        FieldError {
            field: field.into(),
            message: reason.message,
            code: reason.code.to_owned(),
            params: reason.params,
        }
    }
}

/// Why an input is refused: its stable code, the code's parameters and the English message,
/// made together by one constructor per code so that none of the three can be left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    code: &'static str,
    params: Params,
    message: String,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Reason {}

impl From<Reason> for String {
    fn from(r: Reason) -> String {
        r.message
    }
}

impl Reason {
    fn of(code: &'static str, message: impl Into<String>) -> Reason {
        debug_assert!(
            reasons::ALL.contains(&code),
            "{code} is not in reasons::ALL"
        );
        Reason {
            code,
            params: Params::new(),
            message: message.into(),
        }
    }

    fn with(mut self, name: &str, value: impl Into<Value>) -> Reason {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    /// The same code and parameters, said otherwise in English where a form says more
    /// ("choose at least one theme before submitting").
    pub fn saying(mut self, message: impl Into<String>) -> Reason {
        self.message = message.into();
        self
    }

    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn required() -> Reason {
        Reason::of(reasons::REQUIRED, "is required")
    }

    pub fn too_short(min: usize) -> Reason {
        Reason::of(
            reasons::TOO_SHORT,
            format!("must be at least {min} characters"),
        )
        .with("min", min)
    }

    pub fn too_long(max: usize) -> Reason {
        Reason::of(
            reasons::TOO_LONG,
            format!("must be at most {max} characters"),
        )
        .with("max", max)
    }

    pub fn too_few(min: usize) -> Reason {
        Reason::of(reasons::TOO_FEW, format!("choose at least {min}")).with("min", min)
    }

    pub fn too_many(max: usize) -> Reason {
        Reason::of(reasons::TOO_MANY, format!("choose at most {max}")).with("max", max)
    }

    pub fn too_small(min: i64) -> Reason {
        Reason::of(reasons::TOO_SMALL, format!("must be at least {min}")).with("min", min)
    }

    pub fn too_large(max: i64) -> Reason {
        Reason::of(reasons::TOO_LARGE, format!("must be at most {max}")).with("max", max)
    }

    pub fn out_of_range(
        min: impl Into<Value> + std::fmt::Display,
        max: impl Into<Value> + std::fmt::Display,
    ) -> Reason {
        Reason::of(
            reasons::OUT_OF_RANGE,
            format!("must be between {min} and {max}"),
        )
        .with("min", min)
        .with("max", max)
    }

    pub fn not_email() -> Reason {
        Reason::of(reasons::NOT_EMAIL, "must be an email address")
    }

    pub fn not_https_url() -> Reason {
        Reason::of(
            reasons::NOT_HTTPS_URL,
            "must be a web address starting with https://",
        )
    }

    /// `value` (shortened to 64 characters) is none of `allowed`.
    pub fn unknown_value<S: AsRef<str>>(value: &str, allowed: &[S]) -> Reason {
        let value = shown(value);
        let allowed: Vec<&str> = allowed.iter().map(AsRef::as_ref).collect();
        Reason::of(
            reasons::UNKNOWN_VALUE,
            format!(
                "unknown value `{value}`; expected one of: {}",
                allowed.join(", ")
            ),
        )
        .with("value", value)
        .with("allowed", allowed)
    }

    pub fn not_country(value: &str) -> Reason {
        let value = shown(value);
        Reason::of(
            reasons::NOT_COUNTRY,
            format!("`{value}` {NOT_COUNTRY_TAIL}"),
        )
        .with("value", value)
    }

    pub fn not_language(value: &str) -> Reason {
        let value = shown(value);
        Reason::of(
            reasons::NOT_LANGUAGE,
            format!("`{value}` {NOT_LANGUAGE_TAIL}"),
        )
        .with("value", value)
    }

    pub fn not_time_zone(value: &str) -> Reason {
        let value = shown(value);
        Reason::of(
            reasons::NOT_TIME_ZONE,
            format!("`{value}` {NOT_TIME_ZONE_TAIL}"),
        )
        .with("value", value)
    }

    pub fn in_the_past() -> Reason {
        Reason::of(reasons::IN_THE_PAST, "must lie in the future")
    }

    pub fn too_far_ahead(max_days: i64) -> Reason {
        Reason::of(
            reasons::TOO_FAR_AHEAD,
            format!("must lie within {max_days} days"),
        )
        .with("max_days", max_days)
    }

    /// Must not equal the field `other` (a new password, the current one).
    pub fn must_differ(other: &str) -> Reason {
        Reason::of(reasons::MUST_DIFFER, format!("must differ from `{other}`")).with("other", other)
    }

    /// Must equal the field `other` (a password typed twice).
    pub fn must_match(other: &str) -> Reason {
        Reason::of(reasons::MUST_MATCH, format!("must match `{other}`")).with("other", other)
    }

    /// Exactly one of `fields` must be given: both or neither was.
    pub fn either_or(fields: &[&str]) -> Reason {
        Reason::of(
            reasons::EITHER_OR,
            format!("give exactly one of: {}", fields.join(", ")),
        )
        .with("fields", fields)
    }

    pub fn invalid_cursor() -> Reason {
        Reason::of(
            reasons::INVALID_CURSOR,
            "is not a cursor this API gave out; pass the `next_cursor` of the previous page",
        )
    }

    /// A code or link that is unknown, used, revoked or expired.
    pub fn not_valid() -> Reason {
        Reason::of(reasons::NOT_VALID, "is not valid (any more)")
    }

    /// A single-use code or link that was used already.
    pub fn used() -> Reason {
        Reason::of(reasons::USED, "was already used")
    }

    /// A code or link past its expiry.
    pub fn expired() -> Reason {
        Reason::of(reasons::EXPIRED, "has expired")
    }

    pub fn wrong_password() -> Reason {
        Reason::of(reasons::WRONG_PASSWORD, "is not your password")
    }

    /// A value someone else holds already (an address, a slug).
    pub fn taken() -> Reason {
        Reason::of(reasons::TAKEN, "this value is already taken")
    }

    /// The thing changed since the client read it.
    pub fn stale() -> Reason {
        Reason::of(reasons::STALE, "changed meanwhile; reload it")
    }

    /// Not possible in the state the thing is in.
    pub fn wrong_state() -> Reason {
        Reason::of(reasons::WRONG_STATE, "not possible in its present state")
    }

    pub fn duplicate_value(value: &str) -> Reason {
        let value = shown(value);
        Reason::of(
            reasons::DUPLICATE_VALUE,
            format!("`{value}` is given twice"),
        )
        .with("value", value)
    }

    pub fn control_character(c: char) -> Reason {
        let named = format!("U+{:04X}", u32::from(c));
        Reason::of(
            reasons::CONTROL_CHARACTER,
            format!("must not contain control characters ({named} found)"),
        )
        .with("char", named)
    }

    pub fn invalid_reference() -> Reason {
        Reason::of(
            reasons::INVALID_REFERENCE,
            "refers to something that does not exist",
        )
    }

    pub fn not_storable() -> Reason {
        Reason::of(reasons::NOT_STORABLE, "is a value that cannot be stored")
    }

    pub fn invitation_address() -> Reason {
        Reason::of(
            reasons::INVITATION_ADDRESS,
            "this invitation is for another address: register with the address it was sent to",
        )
    }

    /// A translation into `value`, the content's source language itself.
    pub fn source_language(value: &str) -> Reason {
        let value = shown(value);
        Reason::of(
            reasons::SOURCE_LANGUAGE,
            format!("`{value}` is the source language: edit the text itself"),
        )
        .with("value", value)
    }

    /// The source language may not become `value`, a language the content is translated into.
    pub fn translation_exists(value: &str) -> Reason {
        let value = shown(value);
        Reason::of(
            reasons::TRANSLATION_EXISTS,
            format!("it is translated into `{value}`: remove that translation first"),
        )
        .with("value", value)
    }

    /// A figure's label for a figure the practice does not have; it has `figures`.
    pub fn no_such_figure(figures: usize) -> Reason {
        Reason::of(
            reasons::NO_SUCH_FIGURE,
            format!("the practice has {figures} figure(s)"),
        )
        .with("figures", figures)
    }

    /// A translation that translates nothing.
    pub fn empty_translation() -> Reason {
        Reason::of(
            reasons::EMPTY_TRANSLATION,
            "give at least one field to translate",
        )
    }

    /// A period whose end (`ran_until`) is before its start.
    pub fn period_reversed() -> Reason {
        Reason::of(
            reasons::PERIOD_REVERSED,
            "must not be before the year it started (ran_from)",
        )
    }

    pub fn malformed() -> Reason {
        Reason::of(reasons::MALFORMED, "cannot be read")
    }

    /// The value is not of the type the field takes; `expected` says which, in serde's words
    /// (`u32`, `a string`, `a boolean`).
    pub fn invalid_type(expected: &str) -> Reason {
        let expected = shown(expected);
        Reason::of(reasons::INVALID_TYPE, format!("must be {expected}")).with("expected", expected)
    }

    pub fn unknown_field(name: &str) -> Reason {
        let name = shown(name);
        Reason::of(
            reasons::UNKNOWN_FIELD,
            format!("`{name}` is not a field of this input"),
        )
        .with("name", name)
    }

    /// What serde said of a value it could not read, as a reason; and, for a missing or
    /// unknown field, that field's name (serde places the error on the object holding it).
    /// The messages of this crate's own deserializers (`CountryCode`, `LanguageCode`) and of
    /// serde's derives are recognised; anything else is `malformed`.
    pub fn from_serde(message: &str) -> (Reason, Option<String>) {
        let message = message.split(" at line ").next().unwrap_or(message);
        if let Some(rest) = message.strip_prefix("missing field `") {
            let name = rest.split('`').next().unwrap_or("");
            return (Reason::required(), Some(name.to_owned()));
        }
        if let Some(rest) = message.strip_prefix("unknown field `") {
            let name = rest.split('`').next().unwrap_or("");
            return (Reason::unknown_field(name), Some(name.to_owned()));
        }
        if let Some(rest) = message.strip_prefix("unknown variant `") {
            let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
            let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
            return (Reason::unknown_value(value, &allowed), None);
        }
        for prefix in ["invalid type: ", "invalid value: "] {
            if let Some(rest) = message.strip_prefix(prefix) {
                let expected = rest.rsplit_once(", expected ").map_or("", |(_, e)| e);
                return (Reason::invalid_type(expected), None);
            }
        }
        let quoted = |tail: &str| {
            message
                .strip_suffix(tail)
                .and_then(|m| m.strip_suffix("` "))
                .and_then(|m| m.strip_prefix('`'))
                .map(str::to_owned)
        };
        if let Some(v) = quoted(NOT_COUNTRY_TAIL) {
            return (Reason::not_country(&v), None);
        }
        if let Some(v) = quoted(NOT_LANGUAGE_TAIL) {
            return (Reason::not_language(&v), None);
        }
        if let Some(v) = quoted(NOT_TIME_ZONE_TAIL) {
            return (Reason::not_time_zone(&v), None);
        }
        (Reason::malformed().saying(message), None)
    }
}

const NOT_COUNTRY_TAIL: &str = "is not an ISO 3166-1 alpha-2 country code";
const NOT_LANGUAGE_TAIL: &str = "is not an ISO 639-1 language code";
const NOT_TIME_ZONE_TAIL: &str =
    "is not an IANA time zone name, such as Europe/Amsterdam or Asia/Amman";

/// What a client sent, echoed in a reason: at most 64 characters.
fn shown(value: &str) -> String {
    value.chars().take(64).collect()
}

pub mod reasons {
    //! The stable `code` of every field error, with the `params` each carries. Clients write
    //! their own text from these; the English `message` beside them is for people reading
    //! the raw document. `ALL` lists them, so that a test can check each is translated.

    /// Nothing (or only blanks) was given where something is needed.
    pub const REQUIRED: &str = "required";
    /// Text shorter than `min` characters.
    pub const TOO_SHORT: &str = "too_short";
    /// Text longer than `max` characters.
    pub const TOO_LONG: &str = "too_long";
    /// A list of fewer than `min` items.
    pub const TOO_FEW: &str = "too_few";
    /// A list of more than `max` items.
    pub const TOO_MANY: &str = "too_many";
    /// A number below `min`.
    pub const TOO_SMALL: &str = "too_small";
    /// A number above `max`.
    pub const TOO_LARGE: &str = "too_large";
    /// A number outside `min`..=`max`.
    pub const OUT_OF_RANGE: &str = "out_of_range";
    /// Not an email address.
    pub const NOT_EMAIL: &str = "not_email";
    /// Not a web address (`https://…`).
    pub const NOT_HTTPS_URL: &str = "not_https_url";
    /// `value` is none of the codes in `allowed` (a list of strings).
    pub const UNKNOWN_VALUE: &str = "unknown_value";
    /// `value` is not an ISO 3166-1 alpha-2 country code.
    pub const NOT_COUNTRY: &str = "not_country";
    /// `value` is not an ISO 639-1 language code.
    pub const NOT_LANGUAGE: &str = "not_language";
    /// `value` is not an IANA time zone name.
    pub const NOT_TIME_ZONE: &str = "not_time_zone";
    /// A time that must lie in the future does not.
    pub const IN_THE_PAST: &str = "in_the_past";
    /// A time more than `max_days` days ahead.
    pub const TOO_FAR_AHEAD: &str = "too_far_ahead";
    /// Must not equal the field named `other`.
    pub const MUST_DIFFER: &str = "must_differ";
    /// Must equal the field named `other` (a password typed twice).
    pub const MUST_MATCH: &str = "must_match";
    /// Exactly one of `fields` (a list of field names) must be given.
    pub const EITHER_OR: &str = "either_or";
    /// A cursor this API did not hand out.
    pub const INVALID_CURSOR: &str = "invalid_cursor";
    /// A code or link that is unknown, used, revoked or expired.
    pub const NOT_VALID: &str = "not_valid";
    /// A single-use code or link that was used already.
    pub const USED: &str = "used";
    /// A code or link past its expiry.
    pub const EXPIRED: &str = "expired";
    /// Not the person's password.
    pub const WRONG_PASSWORD: &str = "wrong_password";
    /// A value someone else holds already (an address, a slug).
    pub const TAKEN: &str = "taken";
    /// The thing changed since the client read it: reload it.
    pub const STALE: &str = "stale";
    /// Not possible in the state the thing is in.
    pub const WRONG_STATE: &str = "wrong_state";
    /// A list names `value` twice.
    pub const DUPLICATE_VALUE: &str = "duplicate_value";
    /// Text holds a control character, `char` (`U+0007`): none at all in one-line fields;
    /// only tab, line feed and carriage return in multi-line text.
    pub const CONTROL_CHARACTER: &str = "control_character";
    /// The value refers to something that does not exist (any more).
    pub const INVALID_REFERENCE: &str = "invalid_reference";
    /// The value is one the store cannot keep (too long, out of range, not allowed).
    pub const NOT_STORABLE: &str = "not_storable";
    /// An invitation made for one address, used to register another.
    pub const INVITATION_ADDRESS: &str = "invitation_address";
    /// A translation into `value`, the content's source language itself.
    pub const SOURCE_LANGUAGE: &str = "source_language";
    /// The source language may not become `value`: the content is translated into it.
    pub const TRANSLATION_EXISTS: &str = "translation_exists";
    /// A figure's label for a figure the practice does not have (it has `figures`).
    pub const NO_SUCH_FIGURE: &str = "no_such_figure";
    /// A translation that gives no field.
    pub const EMPTY_TRANSLATION: &str = "empty_translation";
    /// A programme's last year before its first.
    pub const PERIOD_REVERSED: &str = "period_reversed";
    /// The value cannot be read at all.
    pub const MALFORMED: &str = "malformed";
    /// The value is not of the type the field takes; `expected` names it (`u32`, `a string`).
    pub const INVALID_TYPE: &str = "invalid_type";
    /// The input has no field `name`.
    pub const UNKNOWN_FIELD: &str = "unknown_field";

    /// Every code above.
    pub const ALL: &[&str] = &[
        REQUIRED,
        TOO_SHORT,
        TOO_LONG,
        TOO_FEW,
        TOO_MANY,
        TOO_SMALL,
        TOO_LARGE,
        OUT_OF_RANGE,
        NOT_EMAIL,
        NOT_HTTPS_URL,
        UNKNOWN_VALUE,
        NOT_COUNTRY,
        NOT_LANGUAGE,
        NOT_TIME_ZONE,
        IN_THE_PAST,
        TOO_FAR_AHEAD,
        MUST_DIFFER,
        MUST_MATCH,
        EITHER_OR,
        INVALID_CURSOR,
        NOT_VALID,
        USED,
        EXPIRED,
        WRONG_PASSWORD,
        TAKEN,
        STALE,
        WRONG_STATE,
        DUPLICATE_VALUE,
        CONTROL_CHARACTER,
        INVALID_REFERENCE,
        NOT_STORABLE,
        INVITATION_ADDRESS,
        SOURCE_LANGUAGE,
        TRANSLATION_EXISTS,
        NO_SUCH_FIGURE,
        EMPTY_TRANSLATION,
        PERIOD_REVERSED,
        MALFORMED,
        INVALID_TYPE,
        UNKNOWN_FIELD,
    ];
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

    pub fn add(&mut self, field: impl Into<String>, reason: Reason) {
        self.0.push(FieldError::new(field, reason));
    }

    /// Keeps an error found elsewhere (another check, the server) as it is.
    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
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

    /// The code of the first error of `field`.
    pub fn code(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.code.as_str())
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
            self.add(field, Reason::control_character(c));
        }
    }

    fn length(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let len = value.trim().chars().count();
        if len == 0 && min > 0 {
            self.add(field, Reason::required());
        } else if len < min {
            self.add(field, Reason::too_short(min));
        } else if value.chars().count() > max {
            self.add(field, Reason::too_long(max));
        }
    }

    /// Optional multi-line text: when present, at most `max` characters.
    pub fn optional_text(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            self.controls(field, v, true);
            if v.chars().count() > max {
                self.add(field, Reason::too_long(max));
            }
        }
    }

    pub fn list_len<T>(&mut self, field: &str, values: &[T], min: usize, max: usize) {
        if values.len() < min {
            self.add(field, Reason::too_few(min));
        } else if values.len() > max {
            self.add(field, Reason::too_many(max));
        }
    }

    /// A list of codes, each at most once: the second of a pair is named (`themes[3]`).
    /// Repeats are refused rather than folded so that what is stored is what was sent.
    pub fn distinct<T: PartialEq + std::fmt::Display>(&mut self, field: &str, values: &[T]) {
        for (i, v) in values.iter().enumerate() {
            if values[..i].contains(v) {
                self.add(
                    format!("{field}[{i}]"),
                    Reason::duplicate_value(&v.to_string()),
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

    /// Every kind above, so that a test can check each is told in every language.
    pub const ALL: &[&str] = &[
        VALIDATION,
        MALFORMED,
        UNAUTHENTICATED,
        FORBIDDEN,
        EMAIL_UNVERIFIED,
        INSUFFICIENT_SCOPE,
        NOT_FOUND,
        CONFLICT,
        INVALID_TRANSITION,
        RATE_LIMITED,
        PAYLOAD_TOO_LARGE,
        URI_TOO_LONG,
        HEADERS_TOO_LARGE,
        UNSUPPORTED_MEDIA_TYPE,
        INTERNAL,
        ORGANISATION_NOT_ACTIVE,
        LAST_ORG_ADMIN,
        LAST_NETWORK_ADMIN,
        OWN_ACCOUNT,
        ALREADY_VERIFIED,
        INVITATION_WITHOUT_ADDRESS,
        UNAVAILABLE,
    ];

    /// The last part of a kind (`last-org-admin`), which names its message in the SPA.
    pub fn slug(kind: &str) -> &str {
        kind.rsplit(':').next().unwrap_or(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::organisation::OrganisationPatch;
    use crate::practice::PracticePatch;
    use crate::vocab::Theme;

    fn code_of<'a>(e: &'a FieldErrors, field: &str) -> Option<&'a str> {
        e.code(field)
    }

    fn json(e: &FieldErrors, field: &str) -> Value {
        let found = e.0.iter().find(|f| f.field == field).expect(field);
        serde_json::to_value(found).unwrap()
    }

    #[test]
    fn a_repeated_code_names_the_repeat_with_a_stable_code() {
        let patch = PracticePatch {
            themes: Some(vec![Theme::Education, Theme::Health, Theme::Education]),
            ..Default::default()
        };
        let e = patch.validate().unwrap_err();
        assert_eq!(code_of(&e, "themes[2]"), Some(reasons::DUPLICATE_VALUE));
        assert_eq!(json(&e, "themes[2]")["params"]["value"], "education");
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
        assert_eq!(json(&e, "description")["params"]["char"], "U+0007");
    }

    #[test]
    fn a_field_error_always_has_a_code_and_params_only_when_there_are_some() {
        let plain = serde_json::to_value(FieldError::new("name", Reason::required())).unwrap();
        assert_eq!(
            plain,
            serde_json::json!({"field": "name", "message": "is required", "code": "required"})
        );
        let long = serde_json::to_value(FieldError::new("name", Reason::too_long(200))).unwrap();
        assert_eq!(
            long,
            serde_json::json!({"field": "name", "message": "must be at most 200 characters",
                "code": "too_long", "params": {"max": 200}})
        );
        let back: FieldError = serde_json::from_value(long).unwrap();
        assert_eq!(back.params["max"], 200);
    }

    #[test]
    fn every_helper_gives_its_code_and_params() {
        use serde_json::json;
        let cases: Vec<(Reason, &str, Value)> = vec![
            (Reason::required(), "required", json!({})),
            (Reason::too_short(3), "too_short", json!({"min": 3})),
            (Reason::too_long(200), "too_long", json!({"max": 200})),
            (Reason::too_few(1), "too_few", json!({"min": 1})),
            (Reason::too_many(12), "too_many", json!({"max": 12})),
            (Reason::too_small(0), "too_small", json!({"min": 0})),
            (Reason::too_large(50), "too_large", json!({"max": 50})),
            (
                Reason::out_of_range(1, 100),
                "out_of_range",
                json!({"min": 1, "max": 100}),
            ),
            (
                Reason::out_of_range(-90, 90),
                "out_of_range",
                json!({"min": -90, "max": 90}),
            ),
            (Reason::not_email(), "not_email", json!({})),
            (Reason::not_https_url(), "not_https_url", json!({})),
            (
                Reason::unknown_value("galactic", &["local", "national"]),
                "unknown_value",
                json!({"value": "galactic", "allowed": ["local", "national"]}),
            ),
            (
                Reason::not_country("XX"),
                "not_country",
                json!({"value": "XX"}),
            ),
            (
                Reason::not_language("xx"),
                "not_language",
                json!({"value": "xx"}),
            ),
            (
                Reason::not_time_zone("Mars/Base"),
                "not_time_zone",
                json!({"value": "Mars/Base"}),
            ),
            (Reason::in_the_past(), "in_the_past", json!({})),
            (
                Reason::too_far_ahead(3650),
                "too_far_ahead",
                json!({"max_days": 3650}),
            ),
            (
                Reason::must_differ("current"),
                "must_differ",
                json!({"other": "current"}),
            ),
            (
                Reason::must_match("new"),
                "must_match",
                json!({"other": "new"}),
            ),
            (
                Reason::either_or(&["organisation", "invitation_code"]),
                "either_or",
                json!({"fields": ["organisation", "invitation_code"]}),
            ),
            (Reason::invalid_cursor(), "invalid_cursor", json!({})),
            (Reason::not_valid(), "not_valid", json!({})),
            (Reason::used(), "used", json!({})),
            (Reason::expired(), "expired", json!({})),
            (Reason::wrong_password(), "wrong_password", json!({})),
            (Reason::taken(), "taken", json!({})),
            (Reason::stale(), "stale", json!({})),
            (Reason::wrong_state(), "wrong_state", json!({})),
            (
                Reason::duplicate_value("health"),
                "duplicate_value",
                json!({"value": "health"}),
            ),
            (
                Reason::control_character('\u{7}'),
                "control_character",
                json!({"char": "U+0007"}),
            ),
            (Reason::invalid_reference(), "invalid_reference", json!({})),
            (Reason::not_storable(), "not_storable", json!({})),
            (
                Reason::invitation_address(),
                "invitation_address",
                json!({}),
            ),
            (
                Reason::source_language("en"),
                "source_language",
                json!({"value": "en"}),
            ),
            (
                Reason::translation_exists("ar"),
                "translation_exists",
                json!({"value": "ar"}),
            ),
            (
                Reason::no_such_figure(2),
                "no_such_figure",
                json!({"figures": 2}),
            ),
            (Reason::empty_translation(), "empty_translation", json!({})),
            (Reason::period_reversed(), "period_reversed", json!({})),
            (Reason::malformed(), "malformed", json!({})),
            (
                Reason::invalid_type("u32"),
                "invalid_type",
                json!({"expected": "u32"}),
            ),
            (
                Reason::unknown_field("nmae"),
                "unknown_field",
                json!({"name": "nmae"}),
            ),
        ];
        let mut seen: Vec<&str> = Vec::new();
        for (reason, code, params) in cases {
            assert_eq!(reason.code(), code);
            assert_eq!(
                serde_json::to_value(reason.params()).unwrap(),
                params,
                "{code}"
            );
            assert!(!reason.message().is_empty());
            seen.push(code);
        }
        seen.sort_unstable();
        seen.dedup();
        let mut all = reasons::ALL.to_vec();
        all.sort_unstable();
        assert_eq!(seen, all, "every code has a case here");
        all.dedup();
        assert_eq!(all.len(), reasons::ALL.len(), "codes are distinct");
    }

    #[test]
    fn the_english_message_may_say_more_but_the_code_stays() {
        let r = Reason::too_few(1).saying("choose at least one theme before submitting");
        assert_eq!(r.code(), reasons::TOO_FEW);
        assert_eq!(r.params()["min"], 1);
        assert_eq!(r.message(), "choose at least one theme before submitting");
    }

    #[test]
    fn serde_messages_become_reasons() {
        let (r, child) = Reason::from_serde("missing field `name`");
        assert_eq!(
            (r.code(), child.as_deref()),
            (reasons::REQUIRED, Some("name"))
        );
        let (r, child) = Reason::from_serde("unknown field `nmae`, expected `name` or `email`");
        assert_eq!(
            (r.code(), child.as_deref()),
            (reasons::UNKNOWN_FIELD, Some("nmae"))
        );
        let (r, _) = Reason::from_serde(
            "unknown variant `spaceship`, expected one of `ngo`, `municipality`",
        );
        assert_eq!(r.code(), reasons::UNKNOWN_VALUE);
        assert_eq!(
            serde_json::to_value(r.params()).unwrap(),
            serde_json::json!({"value": "spaceship", "allowed": ["ngo", "municipality"]})
        );
        let (r, _) = Reason::from_serde("unknown variant `x`, expected `en` or `fr`");
        assert_eq!(r.params()["allowed"], serde_json::json!(["en", "fr"]));
        let (r, _) =
            Reason::from_serde("invalid type: integer `3`, expected a string at line 1 column 9");
        assert_eq!(r.code(), reasons::INVALID_TYPE);
        assert_eq!(r.params()["expected"], "a string");
        let (r, _) = Reason::from_serde("invalid digit found in string");
        assert_eq!(r.code(), reasons::MALFORMED);
        // This crate's own deserializers say what they refuse the way the reasons do.
        for reason in [
            Reason::not_country("ZZ"),
            Reason::not_language("xx"),
            Reason::not_time_zone("Mars/Base"),
        ] {
            assert_eq!(Reason::from_serde(reason.message()).0, reason);
        }
        let e = serde_json::from_str::<crate::CountryCode>("\"ZZ\"").unwrap_err();
        assert_eq!(
            Reason::from_serde(&e.to_string()).0,
            Reason::not_country("ZZ")
        );
        let e = serde_json::from_str::<Theme>("\"space\"").unwrap_err();
        let (r, _) = Reason::from_serde(&e.to_string());
        assert_eq!(r.params()["value"], "space");
        assert!(r.params()["allowed"].as_array().unwrap().len() == Theme::ALL.len());
    }
}
