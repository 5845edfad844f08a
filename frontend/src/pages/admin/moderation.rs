//! The moderation queue: practices submitted for review, oldest first.

use leptos::prelude::*;
use twinning_domain::practice::{Practice, PracticeSummary, RejectPractice};
use twinning_domain::Validate;

use super::AdminOnly;
use crate::api;
use crate::components::{banner, day, set_title, Banner, Loading};

#[component]
pub fn Moderation() -> impl IntoView {
    set_title("Moderation queue");
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
        <h1>"Moderation queue"</h1>
        <p class="muted">"Practices their organisations submitted for review, oldest first. Publishing puts one in the catalogue; sending one back returns it to draft with your reason."</p>
        <Banner message=message/>
        <Suspense fallback=Loading>
            {move || queue.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(items) if items.is_empty() => view! { <p role="status">"Nothing is waiting for review."</p> }.into_any(),
                Ok(items) => view! {
                    <ul class="cards">
                        {items.into_iter().map(|p| view! { <QueueItem practice=p act=act/> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
    }
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
            Err(e) => error.set(e.get("reason").map(|m| format!("The reason {m}."))),
        }
    };
    view! {
        <li class="card" data-testid="moderation-item">
            <h2><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h2>
            <p class="muted">
                <a href=format!("/organisations/{}", p.owner.slug)>{p.owner.name.clone()}</a>
                " · submitted "{day(&p.updated_at)}
            </p>
            <p>{p.summary.clone()}</p>
            <div class="actions">
                <button type="button" data-testid="moderation-publish"
                    on:click=move |_| act(publish_slug.clone(), None)>"Publish"</button>
            </div>
            <label for=reason_id.clone()>"Or send it back, saying why (the organisation reads this)"</label>
            <textarea id=reason_id rows="2" data-testid="moderation-reason"
                aria-describedby={let id = error_id.clone(); move || error.with(Option::is_some).then(|| id.clone())}
                bind:value=reason></textarea>
            {move || error.get().map(|m| view! { <p class="field-error" id=error_id.clone() data-testid="error-reason">{m}</p> })}
            <div class="actions">
                <button type="button" class="secondary" data-testid="moderation-reject" on:click=reject>"Send back"</button>
            </div>
        </li>
    }
}
