//! The browser's `Intl`: plural categories, numbers, dates and the names of countries and
//! languages, in the reader's language. Nothing here is a table compiled into the wasm.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn locales(lang: &str) -> Array {
    Array::of1(&JsValue::from_str(lang))
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

/// Calls a bound `format` getter (`Intl.NumberFormat`, `Intl.DateTimeFormat`) on one value.
fn call_format(format: &Function, value: &JsValue) -> String {
    format
        .call1(&JsValue::UNDEFINED, value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The formatters of one language, made once when its messages are installed.
pub struct Formats {
    plural: Intl::PluralRules,
    number: Function,
    date: Function,
    date_time: Function,
    regions: Intl::DisplayNames,
    languages: Intl::DisplayNames,
}

impl Formats {
    pub fn new(lang: &str) -> Formats {
        let dt = |pairs: &[(&str, &str)]| {
            Intl::DateTimeFormat::new(&locales(lang), &options(pairs)).format()
        };
        let names =
            |kind: &str| Intl::DisplayNames::new(&locales(lang), &options(&[("type", kind)]));
        Formats {
            plural: Intl::PluralRules::new(&locales(lang), &Object::new()),
            number: Intl::NumberFormat::new(&locales(lang), &Object::new()).format(),
            date: dt(&[("dateStyle", "medium")]),
            date_time: dt(&[("dateStyle", "medium"), ("timeStyle", "short")]),
            regions: names("region"),
            languages: names("language"),
        }
    }

    /// `one`, `few`, `many`, `other`… as the language's plural rules place `n`.
    pub fn plural_category(&self, n: f64) -> String {
        self.plural.select(n).into()
    }

    pub fn number(&self, n: f64) -> String {
        call_format(&self.number, &JsValue::from_f64(n))
    }

    pub fn date(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        call_format(&self.date, &js_date(t))
    }

    pub fn date_time(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        call_format(&self.date_time, &js_date(t))
    }

    /// A country's name from its ISO 3166-1 code; the code itself if the browser has none.
    pub fn country(&self, code: &str) -> String {
        display(&self.regions, code)
    }

    /// A language's name from its ISO 639-1 code; the code itself if the browser has none.
    pub fn language(&self, code: &str) -> String {
        display(&self.languages, code)
    }
}

fn display(names: &Intl::DisplayNames, code: &str) -> String {
    // `of` throws on a code that is not well formed; the code is then the best name there is.
    let of: Option<Function> = Reflect::get(names, &JsValue::from_str("of"))
        .ok()
        .and_then(|f| f.dyn_into().ok());
    of.and_then(|f| f.call1(names, &JsValue::from_str(code)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| code.to_owned())
}

fn js_date(t: &chrono::DateTime<chrono::Utc>) -> JsValue {
    // Milliseconds since the epoch are exact in an f64 for any date the app shows.
    #[allow(clippy::cast_precision_loss)]
    let ms = t.timestamp_millis() as f64;
    js_sys::Date::new(&JsValue::from_f64(ms)).into()
}

/// Names of countries or languages in another language than the reader's, for pickers that
/// find "Lebanon" whether one types "Liban", "Lübnan" or "لبنان".
pub struct Names {
    regions: Intl::DisplayNames,
    languages: Intl::DisplayNames,
}

impl Names {
    pub fn new(lang: &str) -> Names {
        let names =
            |kind: &str| Intl::DisplayNames::new(&locales(lang), &options(&[("type", kind)]));
        Names {
            regions: names("region"),
            languages: names("language"),
        }
    }

    pub fn country(&self, code: &str) -> Option<String> {
        named(&self.regions, code)
    }

    pub fn language(&self, code: &str) -> Option<String> {
        named(&self.languages, code)
    }
}

/// A name, or none where the browser has none.
fn named(names: &Intl::DisplayNames, code: &str) -> Option<String> {
    Some(display(names, code)).filter(|n| !n.is_empty() && n != code)
}

/// Text folded for matching what a person types: lower case, without accents or marks
/// (`Lübnan` → `lubnan`, Arabic short vowels dropped).
pub fn fold(text: &str) -> String {
    let js = js_sys::JsString::from(text);
    let decomposed: String = js.normalize("NFD").into();
    decomposed
        .chars()
        .filter(|c| !is_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_mark(c: char) -> bool {
    // Combining diacritical marks, and the Arabic harakat and tatweel.
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}')
}

/// The browser's preferred languages, best first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return vec![];
    };
    nav.languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect()
}
