//! Creating and editing a practice: save it as a draft, or save and submit it for review,
//! validated inline with the domain rules before anything is sent.

mod form;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use twinning_domain::practice::{check_ready_for_review, NewPractice, Practice, PracticePatch};
use twinning_domain::FieldError;

use crate::api::{self, ApiError};
use crate::components::{banner, set_title, Banner, Loading, LoginNeeded};
use crate::session::use_auth;
use form::{Form, PracticeFields};

fn patch_of(p: NewPractice) -> PracticePatch {
    PracticePatch {
        title: Some(p.title),
        summary: Some(p.summary),
        problem: Some(p.problem),
        approach: Some(p.approach),
        results: Some(p.results),
        figures: Some(p.figures),
        themes: Some(p.themes),
        target_groups: Some(p.target_groups),
        settlement_contexts: Some(p.settlement_contexts),
        countries: Some(p.countries),
        languages: Some(p.languages),
        // The editor does not show these yet: absent, they are kept as they are.
        source_language: None,
        ran_from: None,
        ran_until: None,
    }
}

/// Creates the draft, or saves over it once it exists.
async fn save(slug: Option<String>, p: NewPractice) -> Result<Practice, ApiError> {
    match slug {
        None => api::post("/practices", &p).await,
        Some(slug) => api::patch(&format!("/practices/{slug}"), &patch_of(p)).await,
    }
}

/// The form and its two buttons. `slug` is `None` until the draft exists.
#[component]
fn Editor(form: Form, slug: RwSignal<Option<String>>) -> impl IntoView {
    let navigate = use_navigate();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let run = move |submit: bool| {
        message.set(None);
        let checked = form.build().and_then(|p| {
            if submit {
                check_ready_for_review(&p).map(|()| p)
            } else {
                Ok(p)
            }
        });
        let p = match checked {
            Ok(p) => p,
            Err(e) => {
                errors.set(e.into_vec());
                message.set(Some(
                    "Some fields need attention; see the messages below them.".into(),
                ));
                return;
            }
        };
        errors.set(vec![]);
        busy.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let mut result = save(slug.get_untracked(), p).await;
            if let Ok(saved) = &result {
                // Later saves edit this draft instead of creating another.
                slug.set(Some(saved.slug.clone()));
                if submit {
                    result = api::post_empty(&format!("/practices/{}/submit", saved.slug)).await;
                }
            }
            busy.set(false);
            match result {
                Ok(p) => navigate(&format!("/practices/{}", p.slug), Default::default()),
                Err(e) => {
                    errors.set(e.field_errors());
                    message.set(Some(e.message()));
                }
            }
        });
    };
    let run_submit = run.clone();

    view! {
        <Banner message=message/>
        <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); run(false); }>
            <PracticeFields form=form errors=errors/>
            <div class="actions">
                <button type="submit" data-testid="practice-save" disabled=move || busy.get()>"Save draft"</button>
                <button type="button" class="secondary" data-testid="practice-submit" disabled=move || busy.get()
                    on:click=move |_| run_submit(true)>"Save and submit for review"</button>
            </div>
        </form>
    }
}

#[component]
pub fn NewPractice() -> impl IntoView {
    set_title("Share a practice");
    let auth = use_auth();
    let form = Form::new();
    let slug = RwSignal::new(None);
    view! {
        <section class="narrow">
            <h1>"Share a practice"</h1>
            <Show when=move || auth.ready.get() fallback=Loading>
                <Show when=move || auth.is_logged_in()
                    fallback=|| view! { <LoginNeeded what="Log in to share a practice of your organisation."/> }>
                    <p class="muted">
                        "It is saved as a draft of your organisation. Submit it for review when it is complete: "
                        "the network's administrators read it before it appears in the catalogue."
                    </p>
                    <Editor form=form slug=slug/>
                </Show>
            </Show>
        </section>
    }
}

#[component]
pub fn EditPractice() -> impl IntoView {
    set_title("Edit a practice");
    let auth = use_auth();
    let params = use_params_map();
    let form = Form::new();
    let slug = RwSignal::new(None::<String>);
    let loaded = LocalResource::new(move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        async move { api::get::<Practice>(&format!("/practices/{slug}?lang=*")).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(p)) = loaded.get() {
            form.fill(&p);
            slug.set(Some(p.slug));
        }
    });
    // The server's permissions decide: a network admin edits no one else's draft, so is not
    // offered a form the server would refuse. Its own organisation, on a practice that is no
    // longer a draft, is told why it cannot edit it.
    let state = move || {
        loaded.get().map(|r| {
            r.map(|p| {
                let may = p.permissions.is_some_and(|m| m.edit);
                let own = auth.org_slug().as_deref() == Some(p.owner.slug.as_str());
                (
                    p.status.is_editable(),
                    may || (own && !p.status.is_editable()),
                    p,
                )
            })
        })
    };
    view! {
        <section class="narrow">
            <h1>"Edit the practice"</h1>
            <Suspense fallback=Loading>
                {move || state().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok((_, false, _)) => banner("Only the practice's own organisation may edit it.".into()).into_any(),
                    Ok((false, true, p)) => view! {
                        <div class="notice" role="status">
                            <p>{format!("This practice is {}: only drafts are edited, so what reviewers read is what gets published.", p.status.label().to_lowercase())}</p>
                            <p><a href=format!("/practices/{}", p.slug)>"Back to the practice"</a></p>
                        </div>
                    }.into_any(),
                    Ok((true, true, p)) => view! {
                        <p><a href=format!("/practices/{}", p.slug)>"Back to the practice"</a></p>
                        {p.rejection_reason.map(|r| view! {
                            <div class="notice" role="status"><strong>"Sent back by the network: "</strong>{r}</div>
                        })}
                        <Editor form=form slug=slug/>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
