//! Small pieces the pages share: errors beside inputs, the error banner, pagination, tags,
//! select options, the page title.

use leptos::prelude::*;
use twinning_domain::FieldError;

pub use crate::error_summary::{ErrorSummary, FieldRef};

/// Whether `error` belongs to `field` (`figures[0].label` belongs to `figures`).
pub(crate) fn belongs(error: &FieldError, field: &str) -> bool {
    error.field == field
        || error
            .field
            .strip_prefix(field)
            .is_some_and(|rest| rest.starts_with('['))
}

/// The first message for `field`, if the last attempt found one.
pub fn error_for(errors: RwSignal<Vec<FieldError>>, field: &str) -> Option<String> {
    errors.with(|all| {
        all.iter()
            .find(|e| belongs(e, field))
            .map(crate::i18n::field_error)
    })
}

/// The id of `field`'s message. `form` tells apart two forms of one page that both have a
/// field of that name (an id must be unique in the page).
fn error_id(form: &str, field: &str) -> String {
    if form.is_empty() {
        format!("error-{field}")
    } else {
        format!("error-{form}-{field}")
    }
}

/// Attributes that tie an input to its error message for screen readers.
pub fn invalid(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> impl Fn() -> &'static str {
    move || {
        if error_for(errors, field).is_some() {
            "true"
        } else {
            "false"
        }
    }
}

/// `aria-describedby` for an input: its hint, and its error while there is one (naming an
/// element that does not exist is itself an accessibility fault).
pub fn described(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
    hint: Option<String>,
) -> impl Fn() -> Option<String> {
    described_in(errors, "", field, hint)
}

/// `described` for a field of the form named `form` (see `FieldErr`'s `form`).
pub fn described_in(
    errors: RwSignal<Vec<FieldError>>,
    form: &'static str,
    field: impl Into<String>,
    hint: Option<String>,
) -> impl Fn() -> Option<String> {
    let field = field.into();
    move || {
        let error = error_for(errors, &field).map(|_| error_id(form, &field));
        let ids: Vec<String> = hint.iter().cloned().chain(error).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The message for `field`, shown under its input; `id` is what `aria-describedby` names.
/// `form` prefixes the id when two forms of a page share a field name.
#[component]
pub fn FieldErr(
    errors: RwSignal<Vec<FieldError>>,
    #[prop(into)] field: String,
    #[prop(optional)] form: &'static str,
) -> impl IntoView {
    let id = error_id(form, &field);
    let message = move || error_for(errors, &field);
    view! {
        {move || message().map(|m| view! {
            <p class="field-error" data-testid=id.clone() id=id.clone()>{m}</p>
        })}
    }
}

/// A banner for errors that belong to no single field.
#[component]
pub fn Banner(message: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || message.with(Option::is_some)>
            <div class="banner" role="alert" data-testid="error-banner">{move || message.get()}</div>
        </Show>
    }
}

/// The same banner, for a message known when the view is built.
pub fn banner(message: String) -> impl IntoView {
    view! { <div class="banner" role="alert" data-testid="error-banner">{message}</div> }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="muted" role="status">{t!("loading")}</p> }
}

/// For pages that need a session: where to go, and back again afterwards.
#[component]
pub fn LoginNeeded(#[prop(into)] what: String) -> impl IntoView {
    let here = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    view! {
        <div class="notice" role="status">
            <p>{what}</p>
            <p>
                <a href=format!("/login?next={}", crate::api::enc(&here))>{t!("login-needed-login")}</a>
                " "{t!("login-needed-or")}" "<a href="/register">{t!("login-needed-register")}</a>
            </p>
        </div>
    }
}

/// Previous / next buttons for a paginated list.
#[component]
pub fn Pager(
    page: Signal<u32>,
    per_page: Signal<u32>,
    total: Signal<i64>,
    #[prop(into)] go: Callback<u32>,
) -> impl IntoView {
    // Outside the view: a `>` inside `view!` attributes would close the tag.
    let first = move || page.get() <= 1;
    let pages = move || {
        let per = i64::from(per_page.get().max(1));
        u32::try_from(((total.get() + per - 1) / per).max(1)).unwrap_or(u32::MAX)
    };
    let last = move || page.get() >= pages();
    view! {
        <nav class="pager" aria-label=t!("pager-label")>
            <button type="button" class="secondary" data-testid="page-prev" disabled=first
                on:click=move |_| go.run(page.get().saturating_sub(1).max(1))>{t!("pager-previous")}</button>
            <span>{move || t!("pager-position", page = page.get(), pages = pages())}</span>
            <button type="button" class="secondary" data-testid="page-next" disabled=last
                on:click=move |_| go.run(page.get() + 1)>{t!("pager-next")}</button>
        </nav>
    }
}

/// A row of tags.
pub fn tags(values: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tags">
            {values.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}
        </ul>
    }
}

/// A row of tags, each a link (to the catalogue filtered by it).
pub fn tag_links(values: Vec<(String, String)>) -> impl IntoView {
    view! {
        <ul class="tags">
            {values.into_iter().map(|(label, href)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
        </ul>
    }
}

/// `<option>`s of a closed list, each named in the reader's language, the current one
/// selected (a `<select>`'s value set before its options exist would be lost).
pub fn options<T: crate::i18n::Word + Copy + Send + Sync + 'static>(
    all: &'static [T],
    code: fn(T) -> &'static str,
    current: RwSignal<String>,
) -> impl IntoView {
    all.iter()
        .map(|v| {
            let v = *v;
            view! {
                <option value=code(v) selected=move || current.with(|c| c == code(v))>{v.word()}</option>
            }
        })
        .collect_view()
}

/// Comma-separated text into trimmed, non-empty parts.
pub fn split_list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Codes as the comma-separated text the code inputs take.
pub fn join_codes<T: std::fmt::Display>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses comma-separated codes, adding one field error per bad code.
pub fn parse_codes<T>(
    raw: &str,
    field: &str,
    parse: fn(&str) -> Result<T, twinning_domain::problem::Reason>,
    errors: &mut twinning_domain::FieldErrors,
) -> Vec<T> {
    split_list(raw)
        .iter()
        .filter_map(|c| parse(c).map_err(|r| errors.add(field, r)).ok())
        .collect()
}

/// Names the page in the browser tab and for screen readers.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{title} · Twinning"));
    }
}

/// A date, in the reader's language and the browser's time zone, for lists.
pub fn day(t: &chrono::DateTime<chrono::Utc>) -> String {
    crate::i18n::date(t)
}

/// A date and time, for the screens where the hour matters.
pub fn moment(t: &chrono::DateTime<chrono::Utc>) -> String {
    crate::i18n::date_time(t)
}

/// The browser's clock.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    // Milliseconds since the epoch fit an i64 exactly for the next 285,000 years.
    #[allow(clippy::cast_possible_truncation)]
    let ms = js_sys::Date::now() as i64;
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// An id no other element of the page has.
pub fn unique_id(prefix: &str) -> String {
    thread_local! {
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = NEXT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    format!("{prefix}-{n}")
}

/// A button that asks before it acts. The question says what will happen; focus moves to the
/// confirming button so a keyboard user answers at once, and back to the button on "Cancel".
/// Test ids: `testid`, `{testid}-confirm`, `{testid}-cancel`.
#[component]
pub fn Confirm(
    /// The button's text.
    #[prop(into)]
    label: String,
    /// What will happen, asked as a question.
    #[prop(into)]
    question: String,
    /// The text of the button that does it.
    #[prop(into)]
    confirm: String,
    #[prop(into)] testid: String,
    #[prop(into)] on_confirm: Callback<()>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let opener = NodeRef::<leptos::html::Button>::new();
    let yes = NodeRef::<leptos::html::Button>::new();
    // Later: once the view has followed the signal (and the node may be gone by then).
    let focus = move |target: NodeRef<leptos::html::Button>| {
        request_animation_frame(move || {
            if let Some(b) = target.try_get_untracked().flatten() {
                let _ = b.focus();
            }
        });
    };
    let confirm_id = format!("{testid}-confirm");
    let cancel_id = format!("{testid}-cancel");
    // Read with the confirming button, which is where focus lands.
    let question_id = unique_id("confirm");
    view! {
        <span class="confirm-wrap">
            <button type="button" class="secondary" data-testid=testid node_ref=opener
                aria-expanded=move || open.get().to_string()
                on:click=move |_| { open.set(true); focus(yes); }>{label}</button>
            <Show when=move || open.get()>
                <span class="confirm" role="group">
                    <span class="confirm-question" id=question_id.clone()>{question.clone()}</span>
                    <button type="button" class="danger" data-testid=confirm_id.clone() node_ref=yes
                        aria-describedby=question_id.clone()
                        on:click=move |_| { open.set(false); on_confirm.run(()); }>{confirm.clone()}</button>
                    <button type="button" class="secondary" data-testid=cancel_id.clone()
                        on:click=move |_| { open.set(false); focus(opener); }>{t!("confirm-cancel")}</button>
                </span>
            </Show>
        </span>
    }
}

/// What a list says after an action on one of its items: what happened, or what went wrong.
/// A success bumps `reload`, which the list's resource tracks to read itself again.
#[derive(Clone, Copy)]
pub struct Outcome {
    pub status: RwSignal<Option<String>>,
    pub message: RwSignal<Option<String>>,
    pub reload: RwSignal<u32>,
}

impl Default for Outcome {
    fn default() -> Outcome {
        Outcome::new()
    }
}

impl Outcome {
    pub fn new() -> Outcome {
        Outcome {
            status: RwSignal::new(None),
            message: RwSignal::new(None),
            reload: RwSignal::new(0),
        }
    }

    pub fn done(&self, text: String) {
        self.message.set(None);
        self.status.set(Some(text));
        self.reload.update(|n| *n += 1);
    }

    pub fn failed(&self, e: &crate::api::ApiError) {
        self.status.set(None);
        self.message.set(Some(e.message()));
    }

    pub fn report(&self, result: Result<String, crate::api::ApiError>) {
        match result {
            Ok(text) => self.done(text),
            Err(e) => self.failed(&e),
        }
    }
}

/// Marks a label's field as required: a visible star, and the word for screen readers.
#[component]
pub fn Req() -> impl IntoView {
    view! {
        <span class="required" aria-hidden="true">" *"</span>
        <span class="visually-hidden">{format!(" ({})", t!("form-required"))}</span>
    }
}
