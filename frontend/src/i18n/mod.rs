//! The app's words in the reader's language. Each language's messages are a Fluent file
//! (`frontend/locales/{lang}/*.ftl`, joined into `/locales/{lang}.ftl` at build time) fetched
//! when that language is chosen, so the wasm carries no translations. The chosen language
//! is fixed for the life of the page: switching stores the choice and reloads, which keeps
//! every `t!` a plain function call instead of a subscription.

mod fluent;
pub mod intl;
mod words;

use std::cell::RefCell;
use std::rc::Rc;

use twinning_domain::account::UiLanguage;

pub use fluent::Arg;
use fluent::Messages;
use intl::Formats;
pub use words::Word;

/// Where the reader's explicit choice is kept in the browser.
const STORAGE_KEY: &str = "twinning.lang";

struct Catalog {
    language: UiLanguage,
    messages: Messages,
    formats: Formats,
}

thread_local! {
    static CATALOG: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
}

fn catalog() -> Option<Rc<Catalog>> {
    CATALOG.with(|c| c.borrow().clone())
}

/// The message `key` in the reader's language. A key missing from the files (a test keeps
/// that from happening) shows as itself, so the gap is visible rather than blank.
pub fn t(key: &str) -> String {
    tf(key, &[])
}

/// The message `key` with its variables.
pub fn tf(key: &str, args: &[(&str, Arg)]) -> String {
    catalog()
        .and_then(|c| c.messages.format(key, args, &c.formats))
        .unwrap_or_else(|| {
            leptos::logging::warn!("missing message `{key}`");
            key.to_owned()
        })
}

/// `t!("key")` or `t!("key", count = n, name = x)`: a message in the reader's language.
/// Keys are literals so the completeness test (crates/locale-check) can see every one.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::t($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tf($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// Messages whose key is built from a code (`theme-education`, `error-too_long`): the
/// completeness test knows each family and checks every member of it exists.
pub fn coded(family: &str, code: &str) -> String {
    t(&format!("{family}-{code}"))
}

/// A coded message, or none where the files have no message for the code (a newer server's).
pub fn coded_if_known(family: &str, code: &str) -> Option<String> {
    let c = catalog()?;
    c.messages
        .format(&format!("{family}-{code}"), &[], &c.formats)
}

pub fn language() -> UiLanguage {
    catalog().map_or(UiLanguage::En, |c| c.language)
}

pub fn is_rtl(language: UiLanguage) -> bool {
    matches!(language, UiLanguage::Ar)
}

pub fn number(n: impl Into<f64>) -> String {
    catalog().map_or_else(String::new, |c| c.formats.number(n.into()))
}

pub fn date(t: &chrono::DateTime<chrono::Utc>) -> String {
    catalog().map_or_else(|| t.date_naive().to_string(), |c| c.formats.date(t))
}

pub fn date_time(t: &chrono::DateTime<chrono::Utc>) -> String {
    catalog().map_or_else(|| t.to_rfc3339(), |c| c.formats.date_time(t))
}

/// A country's name in the reader's language, from its ISO code.
pub fn country(code: &str) -> String {
    catalog().map_or_else(|| code.to_owned(), |c| c.formats.country(code))
}

/// A language's name in the reader's language, from its ISO code.
pub fn language_name(code: &str) -> String {
    catalog().map_or_else(|| code.to_owned(), |c| c.formats.language(code))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The reader's explicit choice, if they made one in this browser.
pub fn stored_choice() -> Option<UiLanguage> {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| UiLanguage::parse(&code).ok())
}

/// The language to start in: the reader's choice, else the first of the browser's
/// languages the app speaks (`fr-CA` counts as `fr`), else English.
pub fn initial() -> UiLanguage {
    stored_choice().unwrap_or_else(|| {
        intl::browser_languages()
            .iter()
            .find_map(|tag| {
                let primary = tag
                    .split('-')
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                UiLanguage::parse(&primary).ok()
            })
            .unwrap_or_default()
    })
}

/// Fetches and installs a language's messages, and sets `<html lang dir>` to match.
pub async fn load(language: UiLanguage) -> Result<(), String> {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let url = format!(
        "{origin}/locales/{}.ftl?v={}",
        language.code(),
        env!("TWINNING_LOCALES_HASH")
    );
    let response = reqwest::get(&url).await.map_err(|e| e.to_string())?;
    if !response.status().is_success() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let source = response.text().await.map_err(|e| e.to_string())?;
    let (messages, problems) = Messages::parse(vec![source], is_rtl(language));
    for p in problems {
        leptos::logging::warn!("{url}: {p}");
    }
    // The app's English is British ("organisation"), and so are its dates: 31 Dec 2027.
    let locale = match language {
        UiLanguage::En => "en-GB",
        other => other.code(),
    };
    let formats = Formats::new(locale);
    CATALOG.with(|c| {
        *c.borrow_mut() = Some(Rc::new(Catalog {
            language,
            messages,
            formats,
        }));
    });
    set_document_language(language);
    Ok(())
}

fn set_document_language(language: UiLanguage) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", language.code());
        let _ = html.set_attribute("dir", if is_rtl(language) { "rtl" } else { "ltr" });
    }
}

/// Keeps `language` as the reader's choice in this browser and starts the app again in it.
pub fn remember_and_reload(language: UiLanguage) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, language.code());
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// A field error in the reader's language: the message of its stable code (`error-too_long`)
/// with the code's parameters, or the server's English words for a code the app does not
/// know yet (a newer server).
pub fn field_error(error: &twinning_domain::FieldError) -> String {
    let Some(c) = catalog() else {
        return error.message.clone();
    };
    // The code's parameters, as the messages read them: numbers as numbers (for plurals),
    // lists (`allowed`) as one text.
    let args: Vec<(&str, Arg)> = error
        .params
        .iter()
        .map(|(name, value)| {
            let arg = match value {
                serde_json::Value::Number(n) => Arg::Num(n.as_f64().unwrap_or_default()),
                serde_json::Value::String(s) => Arg::from(s),
                serde_json::Value::Array(items) => Arg::from(
                    items
                        .iter()
                        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                other => Arg::from(other.to_string()),
            };
            (name.as_str(), arg)
        })
        .collect();
    c.messages
        .format(&format!("error-{}", error.code), &args, &c.formats)
        .unwrap_or_else(|| error.message.clone())
}
