//! Creating and editing a practice, validated inline with the domain rules.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use twinning_domain::practice::{NewPractice, Practice, PracticePatch};
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, LanguageCode, SettlementContext, TargetGroup, Theme,
    Validate,
};

use crate::api;
use crate::components::{split_list, Banner, FieldErr, Loading};
use crate::session::use_auth;

#[derive(Clone, Copy)]
struct Form {
    title: RwSignal<String>,
    summary: RwSignal<String>,
    problem: RwSignal<String>,
    approach: RwSignal<String>,
    results: RwSignal<String>,
    countries: RwSignal<String>,
    languages: RwSignal<String>,
    themes: RwSignal<Vec<Theme>>,
    groups: RwSignal<Vec<TargetGroup>>,
    contexts: RwSignal<Vec<SettlementContext>>,
}

impl Form {
    fn new() -> Form {
        Form {
            title: RwSignal::new(String::new()),
            summary: RwSignal::new(String::new()),
            problem: RwSignal::new(String::new()),
            approach: RwSignal::new(String::new()),
            results: RwSignal::new(String::new()),
            countries: RwSignal::new(String::new()),
            languages: RwSignal::new(String::new()),
            themes: RwSignal::new(vec![]),
            groups: RwSignal::new(vec![]),
            contexts: RwSignal::new(vec![]),
        }
    }

    fn fill(&self, p: &Practice) {
        self.title.set(p.title.clone());
        self.summary.set(p.summary.clone());
        self.problem.set(p.problem.clone());
        self.approach.set(p.approach.clone());
        self.results.set(p.results.clone());
        self.countries.set(
            p.countries
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
        self.languages.set(
            p.languages
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
        self.themes.set(p.themes.clone());
        self.groups.set(p.target_groups.clone());
        self.contexts.set(p.settlement_contexts.clone());
    }

    fn build(
        &self,
        figures: Vec<twinning_domain::practice::ImpactFigure>,
    ) -> Result<NewPractice, FieldErrors> {
        let mut e = FieldErrors::new();
        let countries = split_list(&self.countries.get())
            .iter()
            .filter_map(|c| {
                CountryCode::parse(c)
                    .map_err(|m| e.add("countries", m))
                    .ok()
            })
            .collect();
        let languages = split_list(&self.languages.get())
            .iter()
            .filter_map(|c| {
                LanguageCode::parse(c)
                    .map_err(|m| e.add("languages", m))
                    .ok()
            })
            .collect();
        let p = NewPractice {
            title: self.title.get(),
            summary: self.summary.get(),
            problem: self.problem.get(),
            approach: self.approach.get(),
            results: self.results.get(),
            figures,
            themes: self.themes.get(),
            target_groups: self.groups.get(),
            settlement_contexts: self.contexts.get(),
            countries,
            languages,
        };
        if let Err(more) = p.validate() {
            for fe in more.into_vec() {
                e.add(fe.field, fe.message);
            }
        }
        e.into_result().map(|()| p)
    }
}

fn checkboxes<T: Copy + PartialEq + Send + Sync + 'static>(
    legend: &'static str,
    prefix: &'static str,
    all: &'static [T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
    chosen: RwSignal<Vec<T>>,
) -> impl IntoView {
    view! {
        <fieldset class="checks">
            <legend>{legend}</legend>
            {all.iter().map(|v| {
                let v = *v;
                view! {
                    <label class="check">
                        <input type="checkbox" data-testid=format!("{prefix}-{}", code(v))
                            prop:checked=move || chosen.with(|c| c.contains(&v))
                            on:change=move |_| chosen.update(|c| {
                                if let Some(i) = c.iter().position(|x| *x == v) { c.remove(i); } else { c.push(v); }
                            })/>
                        {label(v)}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn PracticeForm(
    form: Form,
    errors: RwSignal<Vec<FieldError>>,
    #[prop(into)] on_save: Callback<()>,
) -> impl IntoView {
    let text = |id: &'static str,
                label: &'static str,
                field: &'static str,
                value: RwSignal<String>,
                long: bool| {
        view! {
            <label for=id>{label}</label>
            {if long {
                view! { <textarea id=id data-testid=id rows="6" bind:value=value></textarea> }.into_any()
            } else {
                view! { <input id=id data-testid=id bind:value=value/> }.into_any()
            }}
            <FieldErr errors=errors field=field/>
        }
    };
    view! {
        <form on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); on_save.run(()); } novalidate>
            {text("practice-title", "Title", "title", form.title, false)}
            {text("practice-summary", "Summary (one or two sentences)", "summary", form.summary, true)}
            {text("practice-problem", "The problem it answers", "problem", form.problem, true)}
            {text("practice-approach", "What was done, and how", "approach", form.approach, true)}
            {text("practice-results", "Results and evidence", "results", form.results, true)}
            {text("practice-countries", "Countries where it ran (ISO codes, comma-separated)", "countries", form.countries, false)}
            {text("practice-languages", "Languages of its documentation (ISO codes, comma-separated)", "languages", form.languages, false)}
            {checkboxes("Themes", "theme", Theme::ALL, Theme::code, Theme::label, form.themes)}
            <FieldErr errors=errors field="themes"/>
            {checkboxes("Who it serves", "target", TargetGroup::ALL, TargetGroup::code, TargetGroup::label, form.groups)}
            {checkboxes("Settings", "context", SettlementContext::ALL, SettlementContext::code, SettlementContext::label, form.contexts)}
            <button type="submit" data-testid="practice-save">"Save draft"</button>
        </form>
    }
}

#[component]
pub fn NewPractice() -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let form = Form::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let save = Callback::new(move |()| {
        let p = match form.build(vec![]) {
            Ok(p) => p,
            Err(e) => {
                errors.set(e.into_vec());
                return;
            }
        };
        errors.set(vec![]);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::post::<Practice, _>("/practices", &p).await {
                Ok(created) => {
                    navigate(&format!("/practices/{}", created.slug), Default::default());
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
        });
    });
    view! {
        <section class="narrow">
            <h1>"Share a practice"</h1>
            <Show when=move || auth.ready.get() && auth.me.with(Option::is_none)>
                <p class="banner">"Log in to share a practice of your organisation."</p>
            </Show>
            <p class="muted">"It is saved as a draft of your organisation; submit it for review when it is complete."</p>
            <Banner message=banner/>
            <PracticeForm form=form errors=errors on_save=save/>
        </section>
    }
}

#[component]
pub fn EditPractice() -> impl IntoView {
    let params = use_params_map();
    let navigate = use_navigate();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let form = Form::new();
    let figures = RwSignal::new(vec![]);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let loaded = LocalResource::new(move || {
        let slug = slug();
        async move { api::get::<Practice>(&format!("/practices/{slug}")).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(p)) = loaded.get() {
            form.fill(&p);
            figures.set(p.figures);
        }
    });
    let save = Callback::new(move |()| {
        let p = match form.build(figures.get()) {
            Ok(p) => p,
            Err(e) => {
                errors.set(e.into_vec());
                return;
            }
        };
        errors.set(vec![]);
        let patch = PracticePatch {
            title: Some(p.title),
            summary: Some(p.summary),
            problem: Some(p.problem),
            approach: Some(p.approach),
            results: Some(p.results),
            figures: None,
            themes: Some(p.themes),
            target_groups: Some(p.target_groups),
            settlement_contexts: Some(p.settlement_contexts),
            countries: Some(p.countries),
            languages: Some(p.languages),
        };
        let slug = slug();
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::patch::<Practice, _>(&format!("/practices/{slug}"), &patch).await {
                Ok(saved) => navigate(&format!("/practices/{}", saved.slug), Default::default()),
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
        });
    });
    view! {
        <section class="narrow">
            <h1>"Edit the practice"</h1>
            <Banner message=banner/>
            <Suspense fallback=Loading>
                {move || loaded.get().map(|r| r.err().map(|e| view! { <p class="banner">{e.message()}</p> }))}
            </Suspense>
            <PracticeForm form=form errors=errors on_save=save/>
        </section>
    }
}
