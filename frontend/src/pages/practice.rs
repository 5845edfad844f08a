//! One practice: its sections and figures, and the actions its viewer may take.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use twinning_domain::practice::{Practice, RejectPractice};
use twinning_domain::PracticeStatus;

use crate::api;
use crate::components::{tags, Banner, Loading};
use crate::pages::catalogue::facet_label;
use crate::session::use_auth;

#[component]
pub fn PracticePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let reload = RwSignal::new(0u32);
    let practice = LocalResource::new(move || {
        let slug = slug();
        reload.track();
        async move { api::get::<Practice>(&format!("/practices/{slug}")).await }
    });
    view! {
        <Suspense fallback=Loading>
            {move || practice.get().map(|r| match r {
                Ok(p) => view! { <PracticeView practice=p reload=reload/> }.into_any(),
                Err(e) => view! {
                    <h1>"Practice not found"</h1>
                    <p class="banner" data-testid="error-banner">{e.message()}</p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn PracticeView(practice: Practice, reload: RwSignal<u32>) -> impl IntoView {
    let auth = use_auth();
    let banner = RwSignal::new(None::<String>);
    let rejecting = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let slug = practice.slug.clone();
    let owner_slug = practice.owner.slug.clone();
    let status = practice.status;
    let is_owner = move || {
        auth.me.with(|m| {
            m.as_ref()
                .is_some_and(|m| m.organisation.slug == owner_slug)
        })
    };
    let is_admin = move || auth.is_admin();

    let act = {
        let slug = slug.clone();
        move |action: &'static str, body: serde_json::Value| {
            let slug = slug.clone();
            leptos::task::spawn_local(async move {
                match api::post::<Practice, _>(&format!("/practices/{slug}/{action}"), &body).await
                {
                    Ok(_) => {
                        banner.set(None);
                        reload.update(|n| *n += 1);
                    }
                    Err(e) => banner.set(Some(e.message())),
                }
            });
        }
    };
    let submit = {
        let act = act.clone();
        move |_| act("submit", serde_json::Value::Null)
    };
    let publish = {
        let act = act.clone();
        move |_| act("publish", serde_json::Value::Null)
    };
    let archive = {
        let act = act.clone();
        move |_| act("archive", serde_json::Value::Null)
    };
    let confirm_reject = {
        let act = act.clone();
        move |_| {
            let body = serde_json::to_value(RejectPractice {
                reason: reason.get(),
            })
            .unwrap_or_default();
            act("reject", body);
        }
    };
    let p = practice;
    let labels = |facet: &'static str, values: Vec<String>| {
        values
            .iter()
            .map(|v| facet_label(facet, v))
            .collect::<Vec<_>>()
    };
    let theme_tags = labels(
        "theme",
        p.themes.iter().map(|t| t.code().to_owned()).collect(),
    );
    let group_tags = labels(
        "target_group",
        p.target_groups
            .iter()
            .map(|t| t.code().to_owned())
            .collect(),
    );
    let place_tags: Vec<String> = p
        .countries
        .iter()
        .map(|c| c.name().to_owned())
        .chain(p.settlement_contexts.iter().map(|c| c.label().to_owned()))
        .collect();
    let languages: Vec<String> = p.languages.iter().map(|l| l.name().to_owned()).collect();
    let is_owner_draft = move || is_owner() && status == PracticeStatus::Draft;
    view! {
        <article class="practice">
            <p class="muted">
                <a href=format!("/organisations/{}", p.owner.slug)>{p.owner.name.clone()}</a>
                " · "<span class=format!("status status-{}", status.code()) data-testid="practice-status">{status.label()}</span>
            </p>
            <h1 data-testid="practice-heading">{p.title.clone()}</h1>
            <p class="lead">{p.summary.clone()}</p>
            <Banner message=banner/>
            {p.rejection_reason.clone().map(|r| view! {
                <div class="notice" role="status"><strong>"Sent back by the network: "</strong>{r}</div>
            })}
            <div class="actions">
                <Show when=is_owner_draft>
                    <a class="button secondary" data-testid="practice-edit" href=format!("/practices/{}/edit", slug)>"Edit"</a>
                    <button type="button" data-testid="practice-submit" on:click=submit.clone()>"Submit for review"</button>
                </Show>
                <Show when=move || is_admin() && status == PracticeStatus::Submitted>
                    <button type="button" data-testid="practice-publish" on:click=publish.clone()>"Publish"</button>
                    <button type="button" class="secondary" data-testid="practice-reject" on:click=move |_| rejecting.set(true)>"Send back"</button>
                </Show>
                <Show when=move || is_admin() && status == PracticeStatus::Published>
                    <button type="button" class="secondary" data-testid="practice-archive" on:click=archive.clone()>"Archive"</button>
                </Show>
            </div>
            <Show when=move || rejecting.get()>
                <div class="reject">
                    <label for="reject-reason">"Why is it sent back? The organisation will read this."</label>
                    <textarea id="reject-reason" data-testid="reject-reason" bind:value=reason></textarea>
                    <button type="button" data-testid="reject-confirm" on:click=confirm_reject.clone()>"Send back"</button>
                </div>
            </Show>
            <section><h2>"The problem"</h2><p class="prose">{p.problem.clone()}</p></section>
            <section><h2>"What was done"</h2><p class="prose">{p.approach.clone()}</p></section>
            <section><h2>"Results"</h2><p class="prose">{p.results.clone()}</p></section>
            {(!p.figures.is_empty()).then(|| view! {
                <section>
                    <h2>"In figures"</h2>
                    <ul class="figures">
                        {p.figures.iter().map(|f| view! { <li><strong>{f.value}</strong>" "{f.label.clone()}</li> }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="meta">
                <h2>"Themes"</h2>{tags(theme_tags)}
                <h2>"Who it serves"</h2>{tags(group_tags)}
                <h2>"Where"</h2>{tags(place_tags)}
                <h2>"Documentation languages"</h2>{tags(languages)}
            </section>
        </article>
    }
}
