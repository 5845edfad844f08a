//! The moderation queue: practices submitted for review, oldest first.

use leptos::prelude::*;
use twinning_domain::practice::{Practice, PracticeSummary, RejectPractice};
use twinning_domain::{FieldErrors, Validate};

use super::AdminOnly;
use crate::api;
use crate::components::{banner, day, set_title, Banner, Loading};

/// The length a reason for sending a practice back must have (`RejectPractice::validate`).
const REASON_MIN: usize = 5;
const REASON_MAX: usize = 2000;

#[component]
pub fn Moderation() -> impl IntoView {
    set_title(&t!("admin-moderation-title"));
    view! { <AdminOnly><Queue/></AdminOnly> }
}

#[component]
fn Queue() -> impl IntoView {
    let reload = RwSignal::new(0u32);
    let message = RwSignal::new(None::<String>);
    let queue = LocalResource::new(move || {
        reload.track();
        api::get::<Vec<PracticeSummary>>("/admin/moderation")
    });
    let act = move |slug: String, reject: Option<RejectPractice>| {
        leptos::task::spawn_local(async move {
            let result: Result<Practice, _> = match &reject {
                Some(body) => api::post(&format!("/practices/{slug}/reject"), body).await,
                None => api::post_empty(&format!("/practices/{slug}/publish")).await,
            };
            match result {
                Ok(_) => {
                    message.set(None);
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    view! {
        <h1>{t!("admin-moderation-title")}</h1>
        <p class="muted">{t!("admin-moderation-intro")}</p>
        <Banner message=message/>
        <Suspense fallback=Loading>
            {move || queue.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(items) if items.is_empty() => view! { <p role="status">{t!("admin-moderation-empty")}</p> }.into_any(),
                Ok(items) => view! {
                    <ul class="cards">
                        {items.into_iter().map(|p| view! { <QueueItem practice=p act=act/> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
    }
}

/// Why the reason is refused (the rule is `RejectPractice`'s), as a sentence about it.
fn reason_problem(reason: &str, errors: FieldErrors) -> Option<String> {
    let error = errors
        .into_vec()
        .into_iter()
        .find(|e| e.field == "reason")?;
    let length = reason.trim().chars().count();
    Some(if error.code == "control_character" {
        t!("admin-moderation-reason-control")
    } else if length == 0 {
        t!("admin-moderation-reason-required")
    } else if reason.chars().count() > REASON_MAX {
        t!("admin-moderation-reason-too-long", max = REASON_MAX)
    } else {
        t!("admin-moderation-reason-too-short", min = REASON_MIN)
    })
}

#[component]
fn QueueItem(
    practice: PracticeSummary,
    act: impl Fn(String, Option<RejectPractice>) + Copy + 'static,
) -> impl IntoView {
    let p = practice;
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let (publish_slug, reject_slug) = (p.slug.clone(), p.slug.clone());
    let reason_id = format!("reason-{}", p.slug);
    let error_id = format!("error-reason-{}", p.slug);
    let reject = move |_| {
        let body = RejectPractice {
            reason: reason.get(),
        };
        match body.validate() {
            Ok(()) => {
                error.set(None);
                act(reject_slug.clone(), Some(body));
            }
            Err(e) => error.set(reason_problem(&body.reason, e)),
        }
    };
    view! {
        <li class="card" data-testid="moderation-item">
            <h2><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h2>
            <p class="muted">
                <a href=format!("/organisations/{}", p.owner.slug)>{p.owner.name.clone()}</a>
                " · "{t!("admin-moderation-submitted", date = day(&p.updated_at))}
            </p>
            <p>{p.summary.clone()}</p>
            <div class="actions">
                <button type="button" data-testid="moderation-publish"
                    on:click=move |_| act(publish_slug.clone(), None)>{t!("admin-moderation-publish")}</button>
            </div>
            <label for=reason_id.clone()>{t!("admin-moderation-reason-label")}</label>
            <textarea id=reason_id rows="2" data-testid="moderation-reason"
                aria-describedby={let id = error_id.clone(); move || error.with(Option::is_some).then(|| id.clone())}
                bind:value=reason></textarea>
            {move || error.get().map(|m| view! { <p class="field-error" id=error_id.clone() data-testid="error-reason">{m}</p> })}
            <div class="actions">
                <button type="button" class="secondary" data-testid="moderation-reject" on:click=reject>{t!("admin-moderation-send-back")}</button>
            </div>
        </li>
    }
}
