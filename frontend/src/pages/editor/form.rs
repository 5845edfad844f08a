//! The practice form: its state, the inputs, and the conversion to the domain's `NewPractice`
//! with the same validation the server runs.

use leptos::prelude::*;
use twinning_domain::practice::{ImpactFigure, NewPractice, Practice};
use twinning_domain::Reason;
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, LanguageCode, SettlementContext, TargetGroup, Theme,
    Validate,
};

use crate::components::{described, invalid, join_codes, parse_codes, FieldErr, Req};
use crate::i18n::Word;
use crate::picker::{self, CodePicker, Kind};

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
    /// The language the practice is written in (one code).
    source_language: RwSignal<String>,
    ran_from: RwSignal<String>,
    ran_until: RwSignal<String>,
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
            // A new practice is most likely written in the language its author reads.
            source_language: RwSignal::new(crate::i18n::language().code().to_owned()),
            ran_from: RwSignal::new(String::new()),
            ran_until: RwSignal::new(String::new()),
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
        self.source_language.set(p.source_language.to_string());
        self.ran_from
            .set(p.ran_from.map(|y| y.to_string()).unwrap_or_default());
        self.ran_until
            .set(p.ran_until.map(|y| y.to_string()).unwrap_or_default());
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
        let source_language = LanguageCode::parse(self.source_language.get().trim())
            .map_err(|m| e.add("source_language", m))
            .ok();
        let year = |field: &'static str, typed: String, e: &mut FieldErrors| -> Option<i32> {
            let typed = typed.trim().to_owned();
            if typed.is_empty() {
                return None;
            }
            typed
                .parse::<i32>()
                .map_err(|_| {
                    e.add(
                        field,
                        Reason::invalid_type("a year").saying(t!("editor-year-not-a-number")),
                    );
                })
                .ok()
        };
        let ran_from = year("ran_from", self.ran_from.get(), &mut e);
        let ran_until = year("ran_until", self.ran_until.get(), &mut e);
        let mut figures = Vec::new();
        for (i, row) in self.figures.get().iter().enumerate() {
            match row.value.get().trim().parse::<i64>() {
                Ok(value) => figures.push(ImpactFigure {
                    value,
                    label: row.label.get(),
                }),
                Err(_) => e.add(
                    format!("figures[{i}].value"),
                    Reason::invalid_type("a whole number"),
                ),
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
            // A stand-in keeps the other rules running; the language's own error stops the
            // request.
            source_language: source_language
                .unwrap_or_else(|| LanguageCode::parse("en").expect("en is an ISO 639-1 code")),
            ran_from,
            ran_until,
        };
        if let Err(more) = p.validate() {
            for fe in more.into_vec() {
                e.push(fe);
            }
        }
        e.into_result().map(|()| p)
    }
}

fn checkboxes<T: Word + Copy + PartialEq + Send + Sync + 'static>(
    legend: String,
    prefix: &'static str,
    all: &'static [T],
    code: fn(T) -> &'static str,
    chosen: RwSignal<Vec<T>>,
) -> impl IntoView {
    view! {
        // Focusable so the error summary's link can bring the reader here.
        <fieldset class="checks" id=format!("practice-{prefix}") tabindex="-1">
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
                        {v.word()}
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
    label: String,
    hint: Option<String>,
    field: &'static str,
    value: RwSignal<String>,
    rows: Option<u8>,
) -> impl IntoView {
    // A draft needs its title and summary; the rest can wait until it is submitted.
    let required = matches!(field, "title" | "summary");
    let described = described(errors, field, hint.as_ref().map(|_| format!("{id}-hint")));
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
        <label for=id>{label}{required.then(|| view! { <Req/> })}</label>
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
        <fieldset id="practice-figures" tabindex="-1">
            <legend>{t!("editor-figures-legend")}</legend>
            <p class="hint">{t!("editor-figures-hint")}</p>
            <For each=move || figures.get() key=|r| r.id let:row>
                <div class="figure-row">
                    <label for=format!("figure-value-{}", row.id)>{t!("editor-figure-number")}</label>
                    <input id=format!("figure-value-{}", row.id) inputmode="numeric" bind:value=row.value/>
                    <label for=format!("figure-label-{}", row.id)>{t!("editor-figure-label")}</label>
                    <input id=format!("figure-label-{}", row.id) bind:value=row.label/>
                    <button type="button" class="secondary"
                        on:click=move |_| figures.update(|f| f.retain(|r| r.id != row.id))>{t!("editor-figure-remove")}</button>
                    {move || row_error(row.id).map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
            </For>
            <button type="button" class="secondary" on:click=move |_| form.add_figure(String::new(), String::new())>
                {t!("editor-figure-add")}
            </button>
            <FieldErr errors=errors field="figures"/>
        </fieldset>
    }
}

/// Every input of a practice; the buttons belong to the page.
#[component]
pub fn PracticeFields(form: Form, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    view! {
        {text(errors, "practice-title", t!("editor-title"), None, "title", form.title, None)}
        {text(errors, "practice-summary", t!("editor-summary"), Some(t!("editor-summary-hint")), "summary", form.summary, Some(3))}
        {text(errors, "practice-problem", t!("editor-problem"), None, "problem", form.problem, Some(6))}
        {text(errors, "practice-approach", t!("editor-approach"), None, "approach", form.approach, Some(8))}
        {text(errors, "practice-results", t!("editor-results"), None, "results", form.results, Some(6))}
        <Figures form=form errors=errors/>
        <label for="practice-source-language">{t!("editor-source-language")}</label>
        <p class="hint" id="practice-source-language-hint">{t!("editor-source-language-hint")}</p>
        <CodePicker kind=Kind::Language value=form.source_language input_id="practice-source-language"
            testid="practice-source-language"
            described_by=Signal::derive(described(errors, "source_language", Some("practice-source-language-hint".to_owned())))
            invalid=Signal::derive(invalid(errors, "source_language"))/>
        <FieldErr errors=errors field="source_language"/>
        <fieldset class="period" id="practice-period" tabindex="-1">
            <legend>{t!("editor-period")}</legend>
            <p class="hint">{t!("editor-period-hint")}</p>
            <div class="period-years">
                <div>
                    <label for="practice-ran-from">{t!("editor-ran-from")}</label>
                    <input id="practice-ran-from" data-testid="practice-ran-from" inputmode="numeric" maxlength="4"
                        aria-describedby=described(errors, "ran_from", None) aria-invalid=invalid(errors, "ran_from")
                        bind:value=form.ran_from/>
                    <FieldErr errors=errors field="ran_from"/>
                </div>
                <div>
                    <label for="practice-ran-until">{t!("editor-ran-until")}</label>
                    <input id="practice-ran-until" data-testid="practice-ran-until" inputmode="numeric" maxlength="4"
                        aria-describedby=described(errors, "ran_until", None) aria-invalid=invalid(errors, "ran_until")
                        bind:value=form.ran_until/>
                    <FieldErr errors=errors field="ran_until"/>
                </div>
            </div>
        </fieldset>
        {picker::field(errors, Kind::Country, "practice-countries", t!("editor-countries"), "countries", form.countries, true)}
        {picker::field(errors, Kind::Language, "practice-languages", t!("editor-languages"), "languages", form.languages, true)}
        {checkboxes(t!("editor-themes"), "theme", Theme::ALL, Theme::code, form.themes)}
        <FieldErr errors=errors field="themes"/>
        {checkboxes(t!("editor-target-groups"), "target", TargetGroup::ALL, TargetGroup::code, form.groups)}
        <FieldErr errors=errors field="target_groups"/>
        {checkboxes(t!("editor-contexts"), "context", SettlementContext::ALL, SettlementContext::code, form.contexts)}
        <FieldErr errors=errors field="settlement_contexts"/>
    }
}
