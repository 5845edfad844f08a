//! Small pieces the pages share: errors beside inputs, the error banner, pagination, tags.

use leptos::prelude::*;
use twinning_domain::FieldError;

/// The message for `field`, if the last attempt found one.
#[component]
pub fn FieldErr(errors: RwSignal<Vec<FieldError>>, field: &'static str) -> impl IntoView {
    let message = move || {
        errors.with(|all| {
            all.iter()
                .find(|e| e.field == field || e.field.starts_with(&format!("{field}[")))
                .map(|e| e.message.clone())
        })
    };
    view! {
        <Show when=move || message().is_some()>
            <p class="field-error" role="alert" data-testid=format!("error-{field}") id=format!("error-{field}")>
                {message}
            </p>
        </Show>
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

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="muted" aria-live="polite">"Loading…"</p> }
}

/// Previous / next links for a paginated list.
#[component]
pub fn Pager(
    page: Signal<u32>,
    per_page: Signal<u32>,
    total: Signal<i64>,
    #[prop(into)] go: Callback<u32>,
) -> impl IntoView {
    let pages = move || {
        let per = i64::from(per_page.get().max(1));
        ((total.get() + per - 1) / per).max(1) as u32
    };
    view! {
        <nav class="pager" aria-label="Pages">
            <button type="button" data-testid="page-prev" disabled=move || page.get() <= 1
                on:click=move |_| go.run(page.get() - 1)>"← Previous"</button>
            <span>{move || format!("Page {} of {}", page.get(), pages())}</span>
            <button type="button" data-testid="page-next" disabled=move || page.get() >= pages()
                on:click=move |_| go.run(page.get() + 1)>"Next →"</button>
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

/// Comma-separated text into trimmed, non-empty parts.
pub fn split_list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}
