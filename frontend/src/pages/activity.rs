//! The activity feed: one line per event, newest first, with "load more". Used on the home
//! page (the network's public events) and on organisation pages. The link is the domain's
//! (`Event::link`); the line tells what `Event::headline` tells the Atom feed, in the
//! reader's language.

use leptos::prelude::*;
use twinning_domain::event::{ActorKind, Event, EventPage, EventType};

use crate::api;
use crate::components::{banner, day, Loading};
use crate::i18n;

/// A text of the event's payload, e.g. `["practice", "title"]`.
fn text<'a>(value: &'a serde_json::Value, path: &[&str]) -> Option<&'a str> {
    path.iter()
        .try_fold(value, |v, key| v.get(key))
        .and_then(serde_json::Value::as_str)
}

/// What happened, in one line. Read from the payload, so it tells the event as it was then.
// Unformatted so each `t!("key"` stays on one line, where the locale check finds its key.
#[rustfmt::skip]
fn headline(e: &Event) -> String {
    let p = &e.payload;
    let or = |found: Option<&str>, fallback: String| found.map_or(fallback, str::to_owned);
    let org = or(
        text(p, &["organisation", "name"])
            .or_else(|| text(p, &["practice", "owner", "name"]))
            .or_else(|| e.organisations.first().map(|o| o.name.as_str())),
        t!("activity-unknown-organisation"),
    );
    let title = || or(text(p, &["practice", "title"]), t!("activity-unknown-practice"));
    let person = || or(text(p, &["person", "name"]), t!("activity-unknown-person"));
    let key = || or(text(p, &["api_key", "name"]), t!("activity-unknown-key"));
    match e.event_type {
        EventType::OrganisationRegistered => t!("activity-organisation-registered", org = org),
        EventType::OrganisationUpdated => t!("activity-organisation-updated", org = org),
        EventType::OrganisationApproved => t!("activity-organisation-approved", org = org),
        EventType::OrganisationRejected => t!("activity-organisation-rejected", org = org),
        EventType::OrganisationSuspended => t!("activity-organisation-suspended", org = org),
        EventType::OrganisationReactivated => t!("activity-organisation-reactivated", org = org),
        EventType::OrganisationMerged => {
            let absorbed = or(text(p, &["absorbed", "name"]), t!("activity-unknown-absorbed"));
            t!("activity-organisation-merged", absorbed = absorbed, org = org)
        }
        EventType::PersonJoined => t!("activity-person-joined", person = person(), org = org),
        EventType::PersonRoleChanged => {
            // The role's code selects its wording; an unknown one reads "another role".
            let role = text(p, &["role"]).unwrap_or("other");
            t!("activity-person-role-changed", person = person(), role = role, org = org)
        }
        EventType::PersonRemoved => t!("activity-person-removed", person = person(), org = org),
        EventType::PersonDisabled => t!("activity-person-disabled", person = person(), org = org),
        EventType::PersonEnabled => t!("activity-person-enabled", person = person(), org = org),
        EventType::PersonNetworkAdminChanged => {
            if p.get("is_network_admin").and_then(serde_json::Value::as_bool) == Some(true) {
                t!("activity-person-network-admin-granted", person = person(), org = org)
            } else {
                t!("activity-person-network-admin-revoked", person = person(), org = org)
            }
        }
        EventType::InvitationCreated => t!("activity-invitation-created", org = org),
        EventType::InvitationRedeemed => t!("activity-invitation-redeemed", org = org),
        EventType::InvitationRevoked => t!("activity-invitation-revoked", org = org),
        EventType::PracticeCreated => t!("activity-practice-created", org = org, title = title()),
        EventType::PracticeUpdated => t!("activity-practice-updated", org = org, title = title()),
        EventType::PracticeSubmitted => t!("activity-practice-submitted", org = org, title = title()),
        EventType::PracticePublished => t!("activity-practice-published", org = org, title = title()),
        EventType::PracticeRejected => t!("activity-practice-rejected", org = org, title = title()),
        EventType::PracticeArchived => t!("activity-practice-archived", org = org, title = title()),
        EventType::PracticeTranslated => {
            let language = i18n::language_name(text(p, &["language"]).unwrap_or_default());
            t!("activity-practice-translated", org = org, title = title(), language = language)
        }
        EventType::OrganisationTranslated => {
            let language = i18n::language_name(text(p, &["language"]).unwrap_or_default());
            t!("activity-organisation-translated", org = org, language = language)
        }
        EventType::ApiKeyCreated => t!("activity-api-key-created", org = org, key = key()),
        EventType::ApiKeyRevoked => t!("activity-api-key-revoked", org = org, key = key()),
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
    let headline = headline(e);
    let headline = match e.link() {
        Some(href) => view! { <a href=href data-testid="activity-link">{headline}</a> }.into_any(),
        None => headline.into_any(),
    };
    let actor = match (e.actor.kind, &e.actor.name) {
        (ActorKind::Person, Some(name)) => Some(t!("activity-by-person", name = name)),
        (ActorKind::ApiKey, Some(name)) => Some(t!("activity-by-key", name = name)),
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
            {reason(e).map(|r| view! { <p class="muted" data-testid="activity-reason">{t!("activity-reason")}" "{r}</p> })}
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
                <Show when=move || !empty() fallback=|| view! { <p class="muted" data-testid="activity-empty">{t!("activity-empty")}</p> }>
                    <ul class="activity-list">
                        <For each=move || items.get() key=|e| e.id let:e>
                            {line(&e)}
                        </For>
                    </ul>
                </Show>
            </Show>
            <Show when=move || cursor.with(Option::is_some)>
                <button type="button" class="secondary" data-testid="activity-more" disabled=move || busy.get()
                    on:click=move |_| load(cursor.get_untracked())>{t!("activity-more")}</button>
            </Show>
        </div>
    }
}
