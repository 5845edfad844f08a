//! Creating and editing a practice: save it as a draft, or save and submit it for review,
//! validated inline with the domain rules before anything is sent.

mod form;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use twinning_domain::practice::{check_ready_for_review, NewPractice, Practice, PracticePatch};
use twinning_domain::FieldError;

use crate::api::{self, ApiError};
use crate::components::{banner, set_title, Banner, ErrorSummary, FieldRef, Loading, LoginNeeded};
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
        source_language: Some(p.source_language),
        ran_from: Some(p.ran_from),
        ran_until: Some(p.ran_until),
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
                    let found = e.field_errors();
                    if found.is_empty() {
                        message.set(Some(e.message()));
                    }
                    errors.set(found);
                }
            }
        });
    };
    let run_submit = run.clone();

    let fields = vec![
        FieldRef::new("title", t!("editor-title"), "practice-title"),
        FieldRef::new("summary", t!("editor-summary"), "practice-summary"),
        FieldRef::new("problem", t!("editor-problem"), "practice-problem"),
        FieldRef::new("approach", t!("editor-approach"), "practice-approach"),
        FieldRef::new("results", t!("editor-results"), "practice-results"),
        FieldRef::new("figures", t!("editor-figures-legend"), "practice-figures"),
        FieldRef::new(
            "source_language",
            t!("editor-source-language"),
            "practice-source-language",
        ),
        FieldRef::new("ran_from", t!("editor-ran-from"), "practice-ran-from"),
        FieldRef::new("ran_until", t!("editor-ran-until"), "practice-ran-until"),
        FieldRef::new("countries", t!("editor-countries"), "practice-countries"),
        FieldRef::new("languages", t!("editor-languages"), "practice-languages"),
        FieldRef::new("themes", t!("editor-themes"), "practice-theme"),
        FieldRef::new(
            "target_groups",
            t!("editor-target-groups"),
            "practice-target",
        ),
        FieldRef::new(
            "settlement_contexts",
            t!("editor-contexts"),
            "practice-context",
        ),
    ];
    view! {
        <Banner message=message/>
        <ErrorSummary errors=errors fields=fields/>
        <p class="hint">{t!("form-required-legend")}</p>
        <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); run(false); }>
            <PracticeFields form=form errors=errors/>
            <div class="actions">
                <button type="submit" data-testid="practice-save" disabled=move || busy.get()>{t!("editor-save-draft")}</button>
                <button type="button" class="secondary" data-testid="practice-submit" disabled=move || busy.get()
                    on:click=move |_| run_submit(true)>{t!("editor-save-and-submit")}</button>
            </div>
        </form>
    }
}

#[component]
pub fn NewPractice() -> impl IntoView {
    set_title(&t!("editor-new-title"));
    let auth = use_auth();
    let form = Form::new();
    let slug = RwSignal::new(None);
    view! {
        <section class="narrow">
            <h1>{t!("editor-new-title")}</h1>
            <Show when=move || auth.ready.get() fallback=Loading>
                <Show when=move || auth.is_logged_in()
                    fallback=|| view! { <LoginNeeded what=t!("editor-login-needed")/> }>
                    <p class="muted">{t!("editor-new-intro")}</p>
                    <Editor form=form slug=slug/>
                </Show>
            </Show>
        </section>
    }
}

#[component]
pub fn EditPractice() -> impl IntoView {
    set_title(&t!("editor-edit-title"));
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
            <h1>{t!("editor-edit-heading")}</h1>
            <Suspense fallback=Loading>
                {move || state().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok((_, false, _)) => banner(t!("editor-not-owner")).into_any(),
                    Ok((false, true, p)) => view! {
                        <div class="notice" role="status">
                            <p>{t!("editor-not-draft", status = p.status.code())}</p>
                            <p><a href=format!("/practices/{}", p.slug)>{t!("editor-back-to-practice")}</a></p>
                        </div>
                    }.into_any(),
                    Ok((true, true, p)) => view! {
                        <p><a href=format!("/practices/{}", p.slug)>{t!("editor-back-to-practice")}</a></p>
                        {p.rejection_reason.map(|r| view! {
                            <div class="notice" role="status"><strong>{t!("editor-sent-back")}</strong>" "{r}</div>
                        })}
                        <Editor form=form slug=slug/>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
