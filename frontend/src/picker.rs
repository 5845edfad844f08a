//! A searchable picker for countries and languages: the reader types a name in any of the
//! network's languages ("Liban", "Lübnan", "لبنان") and picks Lebanon; names are shown in the
//! reader's language, from the browser's `Intl`. ISO codes stay between the app and the API:
//! the picker reads and writes the same comma-separated codes as the text inputs it replaces.
//! Keyboard and screen readers follow the ARIA combobox pattern (arrows, Enter, Escape).

use std::sync::Arc;

use leptos::prelude::*;
use twinning_domain::codes::{CountryCode, LanguageCode};

use twinning_domain::FieldError;

use crate::components::{described, invalid, join_codes, split_list, unique_id, FieldErr};
use crate::i18n::{self, intl};

/// The languages whose names a search also matches, besides the reader's own: the network's
/// working languages.
const SEARCH_LANGUAGES: [&str; 5] = ["en", "fr", "de", "ar", "tr"];
/// How many matches the list shows at once; typing more narrows it.
const SHOWN: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Country,
    Language,
}

struct Choice {
    code: &'static str,
    /// The name in the reader's language.
    name: String,
    /// Folded names in every search language, and the code.
    keys: Vec<String>,
}

fn choices(kind: Kind) -> Vec<Choice> {
    let names: Vec<intl::Names> = SEARCH_LANGUAGES
        .iter()
        .map(|l| intl::Names::new(l))
        .collect();
    let reader = intl::Names::new(i18n::language().code());
    let codes: Vec<&'static str> = match kind {
        Kind::Country => CountryCode::all().collect(),
        Kind::Language => LanguageCode::all().collect(),
    };
    let name_in = |n: &intl::Names, code: &str| match kind {
        Kind::Country => n.country(code),
        Kind::Language => n.language(code),
    };
    let mut out: Vec<Choice> = codes
        .into_iter()
        // A code the reader's browser cannot name would show as a bare code: leave it out.
        .filter_map(|code| {
            let name = name_in(&reader, code)?;
            let mut keys: Vec<String> = names
                .iter()
                .filter_map(|n| name_in(n, code))
                .chain([name.clone(), code.to_owned()])
                .map(|k| intl::fold(&k))
                .collect();
            keys.dedup();
            Some(Choice { code, name, keys })
        })
        .collect();
    out.sort_by_key(|c| intl::fold(&c.name));
    out
}

/// The best matches for `query`: a name or code that is exactly it, then names that start
/// with it, then names that merely hold it.
fn matches<'a>(all: &'a [Choice], query: &str, taken: &[String]) -> Vec<&'a Choice> {
    let q = intl::fold(query.trim());
    let free = all.iter().filter(|c| !taken.iter().any(|t| t == c.code));
    if q.is_empty() {
        return free.take(SHOWN).collect();
    }
    let rank = |c: &Choice| -> Option<u8> {
        if c.keys.contains(&q) {
            Some(0)
        } else if c
            .keys
            .iter()
            .any(|k| k.starts_with(&q) || k.split_whitespace().any(|w| w.starts_with(&q)))
        {
            Some(1)
        } else if c.keys.iter().any(|k| k.contains(&q)) {
            Some(2)
        } else {
            None
        }
    };
    let mut found: Vec<(u8, &Choice)> = free.filter_map(|c| rank(c).map(|r| (r, c))).collect();
    // Stable: within a rank, the reader's alphabetical order stays.
    found.sort_by_key(|(r, _)| *r);
    found.into_iter().take(SHOWN).map(|(_, c)| c).collect()
}

/// Codes in `value` (comma-separated, as the forms keep them), upper or lower case as the
/// kind spells them.
fn codes_of(value: &str, kind: Kind) -> Vec<String> {
    split_list(value)
        .into_iter()
        .map(|c| match kind {
            Kind::Country => c.to_ascii_uppercase(),
            Kind::Language => c.to_ascii_lowercase(),
        })
        .collect()
}

fn name_of(kind: Kind, code: &str) -> String {
    match kind {
        Kind::Country => i18n::country(code),
        Kind::Language => i18n::language_name(code),
    }
}

/// `value` holds the chosen codes, comma-separated; with `multiple` false, picking replaces
/// the one chosen. `input_id` is the text box's id, for its `<label for>`.
#[component]
pub fn CodePicker(
    kind: Kind,
    value: RwSignal<String>,
    #[prop(into)] input_id: String,
    #[prop(into)] testid: String,
    #[prop(optional)] multiple: bool,
    #[prop(optional, into)] described_by: Option<Signal<Option<String>>>,
    #[prop(optional, into)] invalid: Option<Signal<&'static str>>,
) -> impl IntoView {
    let all: Arc<Vec<Choice>> = Arc::new(choices(kind));
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let list_id = unique_id("picker");
    let chosen = move || codes_of(&value.get(), kind);

    let shown = {
        let all = Arc::clone(&all);
        move || -> Vec<(&'static str, String)> {
            let taken = if multiple { chosen() } else { vec![] };
            matches(&all, &query.get(), &taken)
                .into_iter()
                .map(|c| (c.code, c.name.clone()))
                .collect()
        }
    };
    let shown = Arc::new(shown);

    let pick = move |code: &str| {
        let mut codes = if multiple { chosen() } else { vec![] };
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_owned());
        }
        value.set(join_codes(&codes));
        query.set(String::new());
        active.set(0);
        // Closed, so it covers nothing below; typing or the arrow keys open it again.
        open.set(false);
    };
    let remove = move |code: String| {
        let codes: Vec<String> = chosen().into_iter().filter(|c| *c != code).collect();
        value.set(join_codes(&codes));
    };

    let on_key = {
        let shown = Arc::clone(&shown);
        move |ev: leptos::ev::KeyboardEvent| {
            let count = shown().len();
            match ev.key().as_str() {
                "ArrowDown" => {
                    ev.prevent_default();
                    open.set(true);
                    active.update(|a| *a = if count == 0 { 0 } else { (*a + 1) % count });
                }
                "ArrowUp" => {
                    ev.prevent_default();
                    open.set(true);
                    active.update(|a| {
                        *a = if count == 0 {
                            0
                        } else {
                            (*a + count - 1) % count
                        }
                    });
                }
                "Enter" if open.get_untracked() && count > 0 => {
                    ev.prevent_default();
                    if let Some((code, _)) = shown().get(active.get_untracked()) {
                        pick(code);
                    }
                }
                "Escape" => open.set(false),
                _ => {}
            }
        }
    };

    let option_id = {
        let list_id = list_id.clone();
        move |i: usize| format!("{list_id}-{i}")
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || open.get().then(|| option_id(active.get()))
    };
    let placeholder = match kind {
        Kind::Country => t!("picker-country-placeholder"),
        Kind::Language => t!("picker-language-placeholder"),
    };

    view! {
        <div class="picker" data-testid=testid>
            <ul class="chips" aria-live="polite">
                {move || chosen().into_iter().map(|code| {
                    let name = name_of(kind, &code);
                    let label = t!("picker-remove", name = name.clone());
                    let c = code.clone();
                    view! {
                        <li class="chip" data-code=code>
                            <span>{name}</span>
                            <button type="button" class="chip-remove" aria-label=label
                                on:click=move |_| remove(c.clone())>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <input id=input_id type="text" role="combobox" autocomplete="off"
                data-testid=format!("{testid}-input")
                placeholder=placeholder
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=move || open.get().to_string()
                aria-activedescendant=active_descendant
                aria-describedby=move || described_by.and_then(|d| d.get())
                aria-invalid=move || invalid.map_or("false", |i| i.get())
                prop:value=move || query.get()
                on:input=move |ev| { query.set(event_target_value(&ev)); active.set(0); open.set(true); }
                on:click=move |_| open.set(true)
                on:blur=move |_| open.set(false)
                on:keydown=on_key
            />
            <ul class="picker-list" role="listbox" id=list_id hidden=move || !open.get()>
                {
                    let shown = Arc::clone(&shown);
                    move || {
                        let items = shown();
                        if items.is_empty() {
                            return view! { <li class="muted" role="presentation">{t!("picker-no-match")}</li> }.into_any();
                        }
                        items.into_iter().enumerate().map(|(i, (code, name))| {
                            view! {
                                <li role="option" id=option_id(i) data-code=code
                                    aria-selected=move || (active.get() == i).to_string()
                                    class:active=move || active.get() == i
                                    // Before the input's blur closes the list.
                                    on:mousedown=move |ev| { ev.prevent_default(); pick(code); }>
                                    {name}
                                </li>
                            }
                        }).collect_view().into_any()
                    }
                }
            </ul>
        </div>
    }
}

/// A labelled picker with its field's error, tied together for screen readers.
pub fn field(
    errors: RwSignal<Vec<FieldError>>,
    kind: Kind,
    id: &'static str,
    label: String,
    field: &'static str,
    value: RwSignal<String>,
    multiple: bool,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <CodePicker kind=kind value=value input_id=id testid=id multiple=multiple
            described_by=Signal::derive(described(errors, field, None))
            invalid=Signal::derive(invalid(errors, field))/>
        <FieldErr errors=errors field=field/>
    }
}
