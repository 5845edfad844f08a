//! Translating a practice or an organisation's description: each field's source text beside
//! its translation, language by language. A translation made from an older source text is
//! flagged, with the text it was made from, so the translator sees what changed.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use twinning_domain::translation::{LanguageTranslation, Translations};
use twinning_domain::FieldError;

use crate::api::{self, enc};
use crate::components::{
    banner, set_title, Banner, Confirm, ErrorSummary, FieldErr, FieldRef, Loading,
};
use crate::i18n;
use crate::picker::{CodePicker, Kind};

/// What is translated: a practice, or an organisation (its description).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Practice,
    Organisation,
}

impl Owner {
    fn base(self) -> &'static str {
        match self {
            Owner::Practice => "practices",
            Owner::Organisation => "organisations",
        }
    }

    fn back_href(self, slug: &str) -> String {
        match self {
            Owner::Practice => format!("/practices/{slug}"),
            Owner::Organisation => format!("/organisations/{slug}/manage"),
        }
    }
}

fn field_label(field: &str) -> String {
    match field {
        "description" => t!("translations-field-description"),
        "title" => t!("translations-field-title"),
        "summary" => t!("translations-field-summary"),
        "problem" => t!("translations-field-problem"),
        "approach" => t!("translations-field-approach"),
        "results" => t!("translations-field-results"),
        other => {
            let n = other
                .strip_prefix("figures[")
                .and_then(|r| r.strip_suffix("].label"))
                .and_then(|n| n.parse::<usize>().ok())
                .map_or(0, |n| n + 1);
            t!("translations-field-figure", number = n)
        }
    }
}

fn multi_line(field: &str) -> bool {
    matches!(
        field,
        "summary" | "problem" | "approach" | "results" | "description"
    )
}

/// `figures[2].label` → 2.
fn figure_index(field: &str) -> Option<usize> {
    field
        .strip_prefix("figures[")
        .and_then(|r| r.strip_suffix("].label"))
        .and_then(|n| n.parse().ok())
}

/// The request that saves `texts` (every field shown; an emptied one removes its
/// translation): `PracticeTranslationInput` or `OrganisationTranslationInput` in JSON.
fn input_of(texts: &BTreeMap<String, String>) -> serde_json::Value {
    let mut body = serde_json::Map::new();
    for (field, text) in texts {
        if figure_index(field).is_none() {
            body.insert(field.clone(), serde_json::Value::from(text.clone()));
        }
    }
    if let Some(last) = texts.keys().filter_map(|k| figure_index(k)).max() {
        let labels: Vec<serde_json::Value> = (0..=last)
            .map(|i| {
                texts
                    .get(&format!("figures[{i}].label"))
                    .map_or(serde_json::Value::Null, |t| {
                        serde_json::Value::from(t.clone())
                    })
            })
            .collect();
        body.insert("figure_labels".to_owned(), serde_json::Value::from(labels));
    }
    serde_json::Value::Object(body)
}

/// The server names a figure label `figure_labels[N]`; the page's inputs are `figures[N].label`.
fn page_field(field: &str) -> String {
    field
        .strip_prefix("figure_labels[")
        .and_then(|r| r.strip_suffix(']'))
        .map_or_else(|| field.to_owned(), |n| format!("figures[{n}].label"))
}

#[component]
pub fn PracticeTranslations() -> impl IntoView {
    view! { <TranslationsPage owner=Owner::Practice/> }
}

#[component]
pub fn OrganisationTranslations() -> impl IntoView {
    view! { <TranslationsPage owner=Owner::Organisation/> }
}

#[component]
fn TranslationsPage(owner: Owner) -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let chosen = move || query.with(|q| q.get("lang").unwrap_or_default());
    let reload = RwSignal::new(0u32);
    // Outside the editor, which is drawn anew when the saved translation is read back.
    let status = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        chosen();
        status.set(None);
    });
    let data = LocalResource::new(move || {
        let slug = slug();
        reload.track();
        async move {
            api::get::<Translations>(&format!("/{}/{}/translations", owner.base(), enc(&slug)))
                .await
        }
    });
    set_title(&t!("translations-title"));

    view! {
        <section>
            <p><a href=move || owner.back_href(&slug()) data-testid="translations-back">{t!("translations-back")}</a></p>
            <h1>{t!("translations-title")}</h1>
            <Transition fallback=|| view! { <Loading/> }>
                {move || data.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(tr) => view! {
                        <Overview owner=owner tr=tr.clone() slug=slug() chosen=chosen()/>
                        {(!chosen().is_empty()).then(|| view! {
                            <LanguageEditor owner=owner tr=tr slug=slug() language=chosen() reload=reload status=status/>
                        })}
                    }.into_any(),
                })}
            </Transition>
        </section>
    }
}

/// The languages the practice exists in, and a way to add one.
#[component]
fn Overview(owner: Owner, tr: Translations, slug: String, chosen: String) -> impl IntoView {
    let navigate = use_navigate();
    let source = tr.source_language.as_str().to_owned();
    let adding = RwSignal::new(String::new());
    let go = {
        let slug = slug.clone();
        move |lang: String| {
            navigate(
                &format!("/{}/{slug}/translations?lang={lang}", owner.base()),
                Default::default(),
            );
        }
    };
    // A language picked in the picker opens its editor at once.
    Effect::new({
        let go = go.clone();
        move |_| {
            let picked = adding.get();
            if !picked.is_empty() {
                adding.set(String::new());
                go(picked);
            }
        }
    });
    let rows = tr.languages.iter().map(|l| {
        let stale = l.fields.iter().filter(|f| f.stale).count();
        let missing = l.missing.len();
        let code = l.language.as_str().to_owned();
        let current = code == chosen;
        view! {
            <li data-testid="translation-language" data-lang=code.clone()>
                <a href=format!("/{}/{slug}/translations?lang={code}", owner.base()) aria-current=current.then_some("page")>
                    {i18n::language_name(&code)}
                </a>
                " · "{t!("translations-state", missing = missing, stale = stale)}
            </li>
        }
    }).collect_view();
    view! {
        <p data-testid="translations-source">{t!("translations-source", language = i18n::language_name(&source))}</p>
        <ul class="rows">{rows}</ul>
        <label for="translation-add">{t!("translations-add")}</label>
        <CodePicker kind=Kind::Language value=adding input_id="translation-add" testid="translation-add"/>
    }
}

/// One language's translation, field by field beside the source.
#[component]
fn LanguageEditor(
    owner: Owner,
    tr: Translations,
    slug: String,
    language: String,
    reload: RwSignal<u32>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let existing: Option<LanguageTranslation> = tr
        .languages
        .iter()
        .find(|l| l.language.as_str() == language)
        .cloned();
    let source_lang = tr.source_language.as_str().to_owned();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let texts: BTreeMap<String, RwSignal<String>> = tr
        .source
        .keys()
        .map(|field| {
            let current = existing
                .as_ref()
                .and_then(|l| l.fields.iter().find(|f| &f.field == field))
                .map(|f| f.body.clone())
                .unwrap_or_default();
            (field.clone(), RwSignal::new(current))
        })
        .collect();
    let mut fields: Vec<String> = tr.source.keys().cloned().collect();
    fields.sort_by_key(|f| twinning_domain::translation::field_order(f));
    let refs: Vec<FieldRef> = vec![];
    let is_source = language == source_lang;

    let save = {
        let texts = texts.clone();
        let slug = slug.clone();
        let language = language.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let values: BTreeMap<String, String> = texts
                .iter()
                .map(|(k, v)| (k.clone(), v.get_untracked()))
                .collect();
            let input = input_of(&values);
            let path = format!(
                "/{}/{}/translations/{}",
                owner.base(),
                enc(&slug),
                enc(&language)
            );
            leptos::task::spawn_local(async move {
                match api::put::<Translations, _>(&path, &input).await {
                    Ok(_) => {
                        errors.set(vec![]);
                        message.set(None);
                        status.set(Some(t!("translations-saved")));
                        reload.update(|n| *n += 1);
                    }
                    Err(e) => {
                        status.set(None);
                        let mut found = e.field_errors();
                        for f in &mut found {
                            f.field = page_field(&f.field);
                        }
                        if found.is_empty() {
                            message.set(Some(e.message()));
                        }
                        errors.set(found);
                    }
                }
            });
        }
    };
    let navigate = use_navigate();
    let remove = {
        let language = language.clone();
        Callback::new(move |()| {
            let path = format!(
                "/{}/{}/translations/{}",
                owner.base(),
                enc(&slug),
                enc(&language)
            );
            let back = format!("/{}/{slug}/translations", owner.base());
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                match api::delete(&path).await {
                    Ok(()) => {
                        reload.update(|n| *n += 1);
                        navigate(&back, Default::default());
                    }
                    Err(e) => message.set(Some(e.message())),
                }
            });
        })
    };
    let name = i18n::language_name(&language);
    if is_source {
        return view! { <p class="notice">{t!("translations-is-source", language = name)}</p> }
            .into_any();
    }
    let rows = fields.into_iter().map(|field| {
        let source_text = tr.source.get(&field).cloned().unwrap_or_default();
        let stored = existing.as_ref().and_then(|l| l.fields.iter().find(|f| f.field == field)).cloned();
        let value = texts[&field];
        let input_id = format!("translation-{}", field.replace(['[', ']', '.'], "-"));
        let label = field_label(&field);
        let long = multi_line(&field);
        let testid = format!("translation-{field}");
        view! {
            <div class="translation-row" data-testid=format!("translation-row-{field}")>
                <div class="translation-source" lang=source_lang.clone() dir="auto">
                    <p class="muted">{label.clone()}</p>
                    <p class="prose">{source_text}</p>
                </div>
                <div class="translation-target">
                    <label for=input_id.clone()>{t!("translations-in", field = label, language = name.clone())}</label>
                    {stored.as_ref().filter(|s| s.stale).map(|s| view! {
                        <div class="notice" data-testid=format!("translation-stale-{field}")>
                            <p>{t!("translations-stale")}</p>
                            <details><summary>{t!("translations-stale-was")}</summary><p class="prose">{s.source_body.clone()}</p></details>
                        </div>
                    })}
                    {if long {
                        view! { <textarea id=input_id rows="5" lang=language.clone() dir="auto" data-testid=testid
                            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea> }.into_any()
                    } else {
                        view! { <input id=input_id type="text" lang=language.clone() dir="auto" data-testid=testid
                            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/> }.into_any()
                    }}
                    <FieldErr errors=errors field=field.clone()/>
                </div>
            </div>
        }
    }).collect_view();
    view! {
        <h2 data-testid="translation-heading">{t!("translations-editing", language = name.clone())}</h2>
        <ErrorSummary errors=errors fields=refs/>
        <Banner message=message/>
        <form class="translation" on:submit=save novalidate>
            {rows}
            <div class="actions">
                <button type="submit" data-testid="translation-save">{t!("translations-save")}</button>
                {existing.is_some().then(|| view! {
                    <Confirm label=t!("translations-remove") question=t!("translations-remove-question", language = name.clone())
                        confirm=t!("translations-remove-confirm") testid="translation-remove" on_confirm=remove/>
                })}
                {move || status.get().map(|s| view! { <span role="status" data-testid="translation-status">{s}</span> })}
            </div>
        </form>
    }.into_any()
}
