//! The activity feed: one human sentence per event, newest first, with "load more". Used on
//! the home page (the network's public events) and on organisation pages.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use twinning_domain::event::{
    ActorKind, Event, EventPage, OrganisationPayload, PersonJoinedPayload, PracticePayload,
    SubjectKind,
};
use twinning_domain::organisation::OrganisationRef;

use crate::api;
use crate::components::{banner, day, Loading};

mod text {
    use twinning_domain::event::EventType;

    pub const MORE: &str = "Show older activity";
    pub const EMPTY: &str = "Nothing has happened here yet.";
    pub const REASON: &str = "Reason given: ";
    pub const SOMEONE: &str = "someone";
    pub const AN_ORGANISATION: &str = "an organisation";
    pub const A_PRACTICE: &str = "a practice";

    /// The sentence of each event type: `{practice}` and `{org}` become links, `{person}` a name.
    /// No wildcard: a new event type does not compile until it has its sentence.
    pub fn sentence(t: EventType) -> &'static str {
        match t {
            EventType::OrganisationRegistered => "{org} joined the network",
            EventType::OrganisationUpdated => "{org} updated its profile",
            EventType::PersonJoined => "{person} joined {org}",
            EventType::InvitationCreated => "{org} invited someone to join",
            EventType::InvitationRedeemed => "An invitation to {org} was accepted",
            EventType::InvitationRevoked => "{org} withdrew an invitation",
            EventType::PracticeCreated => "«{practice}» was started as a draft by {org}",
            EventType::PracticeUpdated => "«{practice}» was edited by {org}",
            EventType::PracticeSubmitted => "«{practice}» was submitted for review by {org}",
            EventType::PracticePublished => "«{practice}» was published by {org}",
            EventType::PracticeRejected => "«{practice}» was sent back to {org} for changes",
            EventType::PracticeArchived => "«{practice}» was archived",
        }
    }

    pub fn by_person(name: &str) -> String {
        format!("by {name}")
    }

    pub fn by_key(name: &str) -> String {
        format!("by the partner system “{name}”")
    }
}

/// What a sentence names, read from the event's payload (the snapshot at the time).
struct Parts {
    practice: Option<(String, String)>,
    org: Option<OrganisationRef>,
    person: Option<String>,
    reason: Option<String>,
}

fn payload<T: DeserializeOwned>(e: &Event) -> Option<T> {
    serde_json::from_value(e.payload.clone()).ok()
}

fn parts(e: &Event) -> Parts {
    let mut p = Parts {
        practice: None,
        org: e.organisations.first().cloned(),
        person: None,
        reason: None,
    };
    match e.event_type.subject_kind() {
        SubjectKind::Practice => {
            if let Some(pp) = payload::<PracticePayload>(e) {
                p.practice = Some((pp.practice.slug, pp.practice.title));
                p.org = Some(pp.practice.owner);
                p.reason = pp.reason;
            } else if let Some(slug) = &e.subject.slug {
                p.practice = Some((slug.clone(), slug.clone()));
            }
        }
        SubjectKind::Organisation => {
            if let Some(op) = payload::<OrganisationPayload>(e) {
                p.org = Some(OrganisationRef {
                    slug: op.organisation.slug,
                    name: op.organisation.name,
                });
            }
        }
        SubjectKind::Person => {
            if let Some(pj) = payload::<PersonJoinedPayload>(e) {
                p.person = Some(pj.person.name);
                p.org = Some(pj.organisation);
            }
        }
        SubjectKind::Invitation => {}
    }
    p
}

/// `template` with each `{name}` replaced by `fill(name)`.
fn render(template: &'static str, fill: impl Fn(&str) -> AnyView) -> AnyView {
    let mut out: Vec<AnyView> = Vec::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        out.push(before.to_owned().into_any());
        out.push(fill(name));
        rest = tail;
    }
    out.push(rest.to_owned().into_any());
    out.collect_view().into_any()
}

fn line(e: &Event) -> AnyView {
    let p = parts(e);
    let sentence = render(text::sentence(e.event_type), |name| {
        match name {
        "practice" => match &p.practice {
            Some((slug, title)) => view! {
                <a href=format!("/practices/{slug}") data-testid="activity-practice">{title.clone()}</a>
            }
            .into_any(),
            None => text::A_PRACTICE.into_any(),
        },
        "org" => match &p.org {
            Some(o) => view! {
                <a href=format!("/organisations/{}", o.slug) data-testid="activity-org">{o.name.clone()}</a>
            }
            .into_any(),
            None => text::AN_ORGANISATION.into_any(),
        },
        "person" => p
            .person
            .clone()
            .unwrap_or_else(|| text::SOMEONE.to_owned())
            .into_any(),
        other => other.to_owned().into_any(),
    }
    });
    let actor = match (e.actor.kind, &e.actor.name) {
        (ActorKind::Person, Some(name)) => Some(text::by_person(name)),
        (ActorKind::ApiKey, Some(name)) => Some(text::by_key(name)),
        _ => None,
    };
    let when = e.occurred_at;
    view! {
        <li class="activity-item" data-testid="activity-item" data-type=e.event_type.code()>
            <p class="activity-line">{sentence}</p>
            {p.reason.map(|r| view! { <p class="muted">{text::REASON}{r}</p> })}
            <p class="muted">
                <time datetime=when.to_rfc3339()>{day(&when)}</time>
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
