//! One practice: its sections and figures, and the actions its viewer may take.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use twinning_domain::practice::{Practice, RejectPractice};
use twinning_domain::{FieldError, PracticeStatus, Validate};

use crate::api;
use crate::components::{banner, day, described, set_title, tags, Banner, FieldErr, Loading};
use crate::pages::catalogue::facet_label;
use crate::pages::recovery::NeedsVerification;

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
                    <h1>{if e.status() == Some(404) { "Practice not found" } else { "The practice could not be shown" }}</h1>
                    {banner(e.message())}
                    <p><a href="/practices">"Back to the catalogue"</a></p>
                }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn PracticeView(practice: Practice, reload: RwSignal<u32>) -> impl IntoView {
    let banner = RwSignal::new(None::<String>);
    let rejecting = RwSignal::new(false);
    // What the server found missing when the owner submitted, listed under the banner.
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let reason_errors = RwSignal::new(Vec::<FieldError>::new());
    let reason = RwSignal::new(String::new());
    let slug = practice.slug.clone();
    let status = practice.status;
    // The server decides what the caller may do; absent permissions allow nothing.
    let may = practice.permissions.unwrap_or_default();

    let act = {
        let slug = slug.clone();
        move |action: &'static str, reject: Option<RejectPractice>| {
            let path = format!("/practices/{slug}/{action}");
            leptos::task::spawn_local(async move {
                let result: Result<Practice, _> = match &reject {
                    Some(body) => api::post(&path, body).await,
                    None => api::post_empty(&path).await,
                };
                match result {
                    Ok(_) => {
                        banner.set(None);
                        problems.set(vec![]);
                        reload.update(|n| *n += 1);
                    }
                    Err(e) => {
                        banner.set(Some(e.message()));
                        problems.set(e.field_errors());
                    }
                }
            });
        }
    };
    let submit = {
        let act = act.clone();
        move |_| act("submit", None)
    };
    let publish = {
        let act = act.clone();
        move |_| act("publish", None)
    };
    let archive = {
        let act = act.clone();
        move |_| act("archive", None)
    };
    let confirm_reject = {
        let act = act.clone();
        move |_| {
            let body = RejectPractice {
                reason: reason.get(),
            };
            match body.validate() {
                Ok(()) => {
                    reason_errors.set(vec![]);
                    act("reject", Some(body));
                }
                Err(e) => reason_errors.set(e.into_vec()),
            }
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
    let edit_href = StoredValue::new(format!("/practices/{slug}/edit"));
    set_title(&p.title);
    view! {
        <article class="practice">
            <p class="muted">
                <a href=format!("/organisations/{}", p.owner.slug)>{p.owner.name.clone()}</a>
                " · "<span class=format!("status status-{}", status.code()) data-testid="practice-status" data-status=status.code()>{status.label()}</span>
                {p.published_at.map(|d| format!(" · published {}", day(&d)))}
            </p>
            <h1 data-testid="practice-heading">{p.title.clone()}</h1>
            <p class="lead">{p.summary.clone()}</p>
            <Banner message=banner/>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <ul class="problems">
                    {move || problems.get().into_iter().map(|e| view! { <li>{field_name(&e.field)}": "{e.message}</li> }).collect_view()}
                </ul>
                {may.edit.then(|| view! { <p><a href=edit_href.get_value()>"Complete the practice"</a></p> })}
            </Show>
            {p.rejection_reason.clone().map(|r| view! {
                <div class="notice" role="status"><strong>"Sent back by the network: "</strong>{r}</div>
            })}
            <div class="actions">
                {may.edit.then(|| view! {
                    <a class="button secondary" data-testid="practice-edit" href=edit_href.get_value()>"Edit"</a>
                })}
                {may.submit.then(|| view! {
                    <button type="button" data-testid="practice-submit" on:click=submit>"Submit for review"</button>
                })}
                {may.publish.then(|| view! {
                    <button type="button" data-testid="practice-publish" on:click=publish>"Publish"</button>
                })}
                {may.reject.then(|| view! {
                    <button type="button" class="secondary" data-testid="practice-reject" on:click=move |_| rejecting.set(true)>"Send back"</button>
                })}
                {may.archive.then(|| view! {
                    <button type="button" class="secondary" data-testid="practice-archive" on:click=archive>"Archive"</button>
                })}
            </div>
            // Why a button is missing, when an unconfirmed address is the reason.
            {(may.edit && !may.submit && status == PracticeStatus::Draft).then(|| view! {
                <NeedsVerification what="submit this practice for review"/>
            })}
            {(may.reject && !may.publish).then(|| view! {
                <NeedsVerification what="publish it"/>
            })}
            <Show when=move || may.reject && rejecting.get()>
                <div class="reject">
                    <label for="reject-reason">"Why is it sent back? The organisation will read this."</label>
                    <textarea id="reject-reason" data-testid="reject-reason" rows="3"
                        aria-describedby=described(reason_errors, "reason", None) bind:value=reason></textarea>
                    <FieldErr errors=reason_errors field="reason"/>
                    <div class="actions">
                        <button type="button" data-testid="reject-confirm" on:click=confirm_reject.clone()>"Send back to the organisation"</button>
                        <button type="button" class="secondary" on:click=move |_| rejecting.set(false)>"Cancel"</button>
                    </div>
                </div>
            </Show>
            {prose("The problem", p.problem.clone())}
            {prose("What was done", p.approach.clone())}
            {prose("Results", p.results.clone())}
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

/// A field path as the person knows it.
fn field_name(field: &str) -> &'static str {
    match field.split(['[', '.']).next().unwrap_or(field) {
        "title" => "Title",
        "summary" => "Summary",
        "problem" => "The problem",
        "approach" => "What was done",
        "results" => "Results",
        "figures" => "Figures",
        "themes" => "Themes",
        "target_groups" => "Who it serves",
        "settlement_contexts" => "Settlement contexts",
        "countries" => "Countries",
        "languages" => "Languages",
        _ => "Practice",
    }
}

/// A written section, or a plain note that a draft has not filled it in yet.
fn prose(heading: &'static str, text: String) -> impl IntoView {
    let empty = text.trim().is_empty();
    view! {
        <section>
            <h2>{heading}</h2>
            {if empty {
                view! { <p class="muted">"Not written yet."</p> }.into_any()
            } else {
                view! { <p class="prose">{text}</p> }.into_any()
            }}
        </section>
    }
}
