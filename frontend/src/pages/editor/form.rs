//! The practice form: its state, the inputs, and the conversion to the domain's `NewPractice`
//! with the same validation the server runs.

use leptos::prelude::*;
use twinning_domain::practice::{ImpactFigure, NewPractice, Practice};
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, LanguageCode, SettlementContext, TargetGroup, Theme,
    Validate,
};

use crate::components::{described, invalid, join_codes, parse_codes, FieldErr};

/// One impact figure as typed: the value stays text until it is checked.
#[derive(Clone, Copy)]
pub struct FigureRow {
    id: u32,
    value: RwSignal<String>,
    label: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub struct Form {
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
    figures: RwSignal<Vec<FigureRow>>,
    next_id: StoredValue<u32>,
}

impl Form {
    pub fn new() -> Form {
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
            figures: RwSignal::new(vec![]),
            next_id: StoredValue::new(0),
        }
    }

    pub fn fill(&self, p: &Practice) {
        self.title.set(p.title.clone());
        self.summary.set(p.summary.clone());
        self.problem.set(p.problem.clone());
        self.approach.set(p.approach.clone());
        self.results.set(p.results.clone());
        self.countries.set(join_codes(&p.countries));
        self.languages.set(join_codes(&p.languages));
        self.themes.set(p.themes.clone());
        self.groups.set(p.target_groups.clone());
        self.contexts.set(p.settlement_contexts.clone());
        self.figures.set(vec![]);
        for f in &p.figures {
            self.add_figure(f.value.to_string(), f.label.clone());
        }
    }

    fn add_figure(&self, value: String, label: String) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let row = FigureRow {
            id,
            value: RwSignal::new(value),
            label: RwSignal::new(label),
        };
        self.figures.update(|f| f.push(row));
    }

    /// The practice as typed, or every problem with it: unreadable codes and numbers first,
    /// then the domain's own rules.
    pub fn build(&self) -> Result<NewPractice, FieldErrors> {
        let mut e = FieldErrors::new();
        let countries = parse_codes(
            &self.countries.get(),
            "countries",
            CountryCode::parse,
            &mut e,
        );
        let languages = parse_codes(
            &self.languages.get(),
            "languages",
            LanguageCode::parse,
            &mut e,
        );
        let mut figures = Vec::new();
        for (i, row) in self.figures.get().iter().enumerate() {
            match row.value.get().trim().parse::<i64>() {
                Ok(value) => figures.push(ImpactFigure {
                    value,
                    label: row.label.get(),
                }),
                Err(_) => e.add(format!("figures[{i}].value"), "must be a whole number"),
            }
        }
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
            // Written in English until the editor offers a choice.
            source_language: LanguageCode::parse("en").expect("en is ISO 639-1"),
            ran_from: None,
            ran_until: None,
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
                        <input type="checkbox" data-testid=format!("{prefix}-{}", code(v)) value=code(v)
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

/// A labelled text input or textarea with its error, tied together for screen readers.
fn text(
    errors: RwSignal<Vec<FieldError>>,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    field: &'static str,
    value: RwSignal<String>,
    rows: Option<u8>,
) -> impl IntoView {
    let described = described(errors, field, hint.map(|_| format!("{id}-hint")));
    let input = match rows {
        Some(rows) => view! {
            <textarea id=id data-testid=id rows=rows aria-describedby=described
                aria-invalid=invalid(errors, field) bind:value=value></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id data-testid=id aria-describedby=described
                aria-invalid=invalid(errors, field) bind:value=value/>
        }
        .into_any(),
    };
    view! {
        <label for=id>{label}</label>
        {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
        {input}
        <FieldErr errors=errors field=field/>
    }
}

#[component]
fn Figures(form: Form, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let figures = form.figures;
    let row_error = move |id: u32| {
        let i = figures.with(|f| f.iter().position(|r| r.id == id))?;
        let prefix = format!("figures[{i}]");
        errors.with(|all| {
            all.iter()
                .find(|e| e.field.starts_with(&prefix))
                .map(|e| e.message.clone())
        })
    };
    view! {
        <fieldset>
            <legend>"Impact in figures (optional)"</legend>
            <p class="hint">"For example: 3700 — refugee children in mathematics and English classes."</p>
            <For each=move || figures.get() key=|r| r.id let:row>
                <div class="figure-row">
                    <label for=format!("figure-value-{}", row.id)>"Number"</label>
                    <input id=format!("figure-value-{}", row.id) inputmode="numeric" bind:value=row.value/>
                    <label for=format!("figure-label-{}", row.id)>"What was counted"</label>
                    <input id=format!("figure-label-{}", row.id) bind:value=row.label/>
                    <button type="button" class="secondary"
                        on:click=move |_| figures.update(|f| f.retain(|r| r.id != row.id))>"Remove"</button>
                    {move || row_error(row.id).map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
            </For>
            <button type="button" class="secondary" on:click=move |_| form.add_figure(String::new(), String::new())>
                "Add a figure"
            </button>
            <FieldErr errors=errors field="figures"/>
        </fieldset>
    }
}

/// Every input of a practice; the buttons belong to the page.
#[component]
pub fn PracticeFields(form: Form, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let codes_hint = Some("ISO codes, comma-separated");
    view! {
        {text(errors, "practice-title", "Title", None, "title", form.title, None)}
        {text(errors, "practice-summary", "Summary", Some("One or two sentences for the catalogue."), "summary", form.summary, Some(3))}
        {text(errors, "practice-problem", "The problem it answers", None, "problem", form.problem, Some(6))}
        {text(errors, "practice-approach", "What was done, and how", None, "approach", form.approach, Some(8))}
        {text(errors, "practice-results", "Results and evidence", None, "results", form.results, Some(6))}
        <Figures form=form errors=errors/>
        {text(errors, "practice-countries", "Countries where it ran (e.g. JO, LB)", codes_hint, "countries", form.countries, None)}
        {text(errors, "practice-languages", "Languages of its documentation (e.g. ar, en)", codes_hint, "languages", form.languages, None)}
        {checkboxes("Themes", "theme", Theme::ALL, Theme::code, Theme::label, form.themes)}
        <FieldErr errors=errors field="themes"/>
        {checkboxes("Who it serves", "target", TargetGroup::ALL, TargetGroup::code, TargetGroup::label, form.groups)}
        <FieldErr errors=errors field="target_groups"/>
        {checkboxes("Settlement contexts", "context", SettlementContext::ALL, SettlementContext::code, SettlementContext::label, form.contexts)}
        <FieldErr errors=errors field="settlement_contexts"/>
    }
}
