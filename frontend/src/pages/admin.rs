//! The network admins' dashboard and moderation queue.

use leptos::prelude::*;
use twinning_domain::practice::{Practice, PracticeSummary, RejectPractice};
use twinning_domain::stats::AdminOverview;
use twinning_domain::Validate;

use crate::api;
use crate::components::{banner, day, set_title, Banner, Loading, LoginNeeded};
use crate::session::use_auth;

#[component]
fn AdminOnly(children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    // Stored so the nested `Show`s can render the children again each time they reappear.
    let children = StoredValue::new(children);
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_admin()
                fallback=move || if auth.is_logged_in() {
                    view! { <h1>"Not allowed"</h1>{banner("Only network administrators may see this page.".into())}<p><a href="/">"Back to the home page"</a></p> }.into_any()
                } else {
                    view! { <h1>"Administration"</h1><LoginNeeded what="This page is for network administrators. Log in first."/> }.into_any()
                }>
                {move || children.with_value(|c| c())}
            </Show>
        </Show>
    }
}

#[component]
pub fn Dashboard() -> impl IntoView {
    set_title("Administration");
    view! { <AdminOnly><Overview/></AdminOnly> }
}

#[component]
fn Overview() -> impl IntoView {
    let overview = LocalResource::new(|| api::get::<AdminOverview>("/admin/overview"));
    view! {
        <h1>"Network administration"</h1>
        <Suspense fallback=Loading>
            {move || overview.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(o) => view! {
                    <ul class="stats">
                        <li><strong>{o.organisations}</strong>" organisations"</li>
                        <li><strong>{o.people}</strong>" people"</li>
                        <li><strong>{o.countries}</strong>" countries"</li>
                        <li><strong>{o.practices.published}</strong>" published practices"</li>
                        <li><strong data-testid="admin-pending">{o.practices.submitted}</strong>" waiting for review"</li>
                        <li><strong>{o.practices.draft}</strong>" drafts"</li>
                        <li><strong>{o.practices.archived}</strong>" archived"</li>
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <p><a class="button" href="/admin/moderation">"Open the moderation queue"</a></p>
    }
}

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
