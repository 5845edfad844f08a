//! The network admins' dashboard and moderation queue.

use leptos::prelude::*;
use twinning_domain::practice::{Practice, PracticeSummary, RejectPractice};
use twinning_domain::stats::AdminOverview;

use crate::api;
use crate::components::{Banner, Loading};
use crate::session::use_auth;

#[component]
fn AdminOnly(children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    // Stored so the nested `Show`s can render the children again each time they reappear.
    let children = StoredValue::new(children);
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_admin()
                fallback=|| view! { <p class="banner" data-testid="error-banner">"Only network admins may see this page."</p> }>
                {move || children.with_value(|c| c())}
            </Show>
        </Show>
    }
}

#[component]
pub fn Dashboard() -> impl IntoView {
    view! { <AdminOnly><Overview/></AdminOnly> }
}

#[component]
fn Overview() -> impl IntoView {
    let overview = LocalResource::new(|| api::get::<AdminOverview>("/admin/overview"));
    view! {
        <h1>"Network administration"</h1>
        <Suspense fallback=Loading>
            {move || overview.get().map(|r| match r {
                Err(e) => view! { <p class="banner">{e.message()}</p> }.into_any(),
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
    view! { <AdminOnly><Queue/></AdminOnly> }
}

#[component]
fn Queue() -> impl IntoView {
    let reload = RwSignal::new(0u32);
    let banner = RwSignal::new(None::<String>);
    let queue = LocalResource::new(move || {
        reload.track();
        api::get::<Vec<PracticeSummary>>("/admin/moderation")
    });
    let act = move |slug: String, action: &'static str, body: serde_json::Value| {
        leptos::task::spawn_local(async move {
            match api::post::<Practice, _>(&format!("/practices/{slug}/{action}"), &body).await {
                Ok(_) => {
                    banner.set(None);
                    reload.update(|n| *n += 1);
                }
                Err(e) => banner.set(Some(e.message())),
            }
        });
    };
    view! {
        <h1>"Moderation queue"</h1>
        <Banner message=banner/>
        <Suspense fallback=Loading>
            {move || queue.get().map(|r| match r {
                Err(e) => view! { <p class="banner">{e.message()}</p> }.into_any(),
                Ok(items) if items.is_empty() => view! { <p>"Nothing is waiting for review."</p> }.into_any(),
                Ok(items) => view! {
                    <ul class="cards">
                        {items.into_iter().map(|p| {
                            let reason = RwSignal::new(String::new());
                            let slug = p.slug.clone();
                            let slug2 = p.slug.clone();
                            view! {
                                <li class="card" data-testid="moderation-item">
                                    <h2><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h2>
                                    <p class="muted">{p.owner.name.clone()}</p>
                                    <p>{p.summary.clone()}</p>
                                    <button type="button" data-testid="moderation-publish"
                                        on:click=move |_| act(slug.clone(), "publish", serde_json::Value::Null)>"Publish"</button>
                                    <label for=format!("reason-{}", p.slug)>"Reason to send it back"</label>
                                    <input id=format!("reason-{}", p.slug) bind:value=reason/>
                                    <button type="button" class="secondary" data-testid="moderation-reject"
                                        on:click=move |_| {
                                            let body = serde_json::to_value(RejectPractice { reason: reason.get() }).unwrap_or_default();
                                            act(slug2.clone(), "reject", body);
                                        }>"Send back"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
    }
}
