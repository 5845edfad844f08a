//! The activity feed: one line per event, newest first, with "load more". Used on the home
//! page (the network's public events) and on organisation pages. The line and its link are
//! the domain's (`Event::headline`, `Event::link`), the same the Atom feed shows.

use leptos::prelude::*;
use twinning_domain::event::{ActorKind, Event, EventPage};

use crate::api;
use crate::components::{banner, day, Loading};

mod text {
    pub const MORE: &str = "Show older activity";
    pub const EMPTY: &str = "Nothing has happened here yet.";
    pub const REASON: &str = "Reason given: ";

    pub fn by_person(name: &str) -> String {
        format!("by {name}")
    }

    pub fn by_key(name: &str) -> String {
        format!("by the partner system “{name}”")
    }
}

/// The reviewer's reason of a rejection; only insiders' feeds carry it.
fn reason(e: &Event) -> Option<String> {
    e.payload
        .get("reason")
        .and_then(serde_json::Value::as_str)
        .filter(|r| !r.trim().is_empty())
        .map(str::to_owned)
}

fn line(e: &Event) -> AnyView {
    let headline = e.headline();
    let headline = match e.link() {
        Some(href) => view! { <a href=href data-testid="activity-link">{headline}</a> }.into_any(),
        None => headline.into_any(),
    };
    let actor = match (e.actor.kind, &e.actor.name) {
        (ActorKind::Person, Some(name)) => Some(text::by_person(name)),
        (ActorKind::ApiKey, Some(name)) => Some(text::by_key(name)),
        _ => None,
    };
    let when = e.occurred_at;
    let orgs = e
        .organisations
        .iter()
        .map(|o| {
            view! {
                " · "<a href=format!("/organisations/{}", o.slug) data-testid="activity-org">{o.name.clone()}</a>
            }
        })
        .collect_view();
    view! {
        <li class="activity-item" data-testid="activity-item" data-type=e.event_type.code()>
            <p class="activity-line">{headline}</p>
            {reason(e).map(|r| view! { <p class="muted" data-testid="activity-reason">{text::REASON}{r}</p> })}
            <p class="muted">
                <time datetime=when.to_rfc3339()>{day(&when)}</time>
                {orgs}
                {actor.map(|a| format!(" · {a}"))}
            </p>
        </li>
    }
    .into_any()
}

/// The events at `path` (`/activity` or `/organisations/{slug}/activity`), newest first.
#[component]
pub fn Feed(#[prop(into)] path: String) -> impl IntoView {
    let items = RwSignal::new(Vec::<Event>::new());
    let cursor = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let path = StoredValue::new(path);
    let load = move |after: Option<String>| {
        busy.set(true);
        let url = match &after {
            Some(c) => format!("{}?cursor={}", path.get_value(), api::enc(c)),
            None => path.get_value(),
        };
        leptos::task::spawn_local(async move {
            match api::get::<EventPage>(&url).await {
                Ok(page) => {
                    items.update(|all| all.extend(page.items));
                    cursor.set(page.next_cursor);
                    error.set(None);
                }
                Err(e) => error.set(Some(e.message())),
            }
            loaded.set(true);
            busy.set(false);
        });
    };
    load(None);
    let empty = move || loaded.get() && error.with(Option::is_none) && items.with(Vec::is_empty);
    view! {
        <div class="activity" data-testid="activity">
            {move || error.get().map(banner)}
            <Show when=move || loaded.get() fallback=Loading>
                <Show when=move || !empty() fallback=|| view! { <p class="muted" data-testid="activity-empty">{text::EMPTY}</p> }>
                    <ul class="activity-list">
                        <For each=move || items.get() key=|e| e.id let:e>
                            {line(&e)}
                        </For>
                    </ul>
                </Show>
            </Show>
            <Show when=move || cursor.with(Option::is_some)>
                <button type="button" class="secondary" data-testid="activity-more" disabled=move || busy.get()
                    on:click=move |_| load(cursor.get_untracked())>{text::MORE}</button>
            </Show>
        </div>
    }
}
