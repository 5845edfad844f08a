//! One practice: its sections and figures, and the actions its viewer may take.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use twinning_domain::practice::{Practice, RejectPractice};
use twinning_domain::translation::ContentTranslation;
use twinning_domain::{FieldError, PracticeStatus, Validate};

use crate::api;
use crate::components::{banner, day, described, set_title, tag_links, Banner, FieldErr, Loading};
use crate::i18n::{self, Word};
use crate::pages::catalogue::facet_label;
use crate::pages::recovery::NeedsVerification;

#[component]
pub fn PracticePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    // `?lang=` reads the practice in another language than the app's (the "also in" links).
    let lang = move || query.with(|q| q.get("lang").unwrap_or_default());
    let reload = RwSignal::new(0u32);
    let practice = LocalResource::new(move || {
        let slug = slug();
        let lang = lang();
        reload.track();
        async move {
            let path = if lang.is_empty() {
                format!("/practices/{slug}")
            } else {
                format!("/practices/{slug}?lang={}", api::enc(&lang))
            };
            api::get::<Practice>(&path).await
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || practice.get().map(|r| match r {
                Ok(p) => view! { <PracticeView practice=p reload=reload/> }.into_any(),
                Err(e) => view! {
                    <h1>{if e.status() == Some(404) { t!("practice-not-found") } else { t!("practice-unavailable") }}</h1>
                    {banner(e.message())}
                    <p><a href="/practices">{t!("practice-back-to-catalogue")}</a></p>
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
    // Each tag leads to the catalogue filtered by it.
    let linked = |facet: &'static str, codes: Vec<String>| -> Vec<(String, String)> {
        codes
            .into_iter()
            .map(|c| {
                (
                    facet_label(facet, &c),
                    format!("/practices?{facet}={}", api::enc(&c)),
                )
            })
            .collect()
    };
    let codes = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let theme_tags = linked("theme", codes(p.themes.iter().map(|t| t.code()).collect()));
    let group_tags = linked(
        "target_group",
        codes(p.target_groups.iter().map(|t| t.code()).collect()),
    );
    let mut place_tags = linked(
        "country",
        codes(p.countries.iter().map(|c| c.as_str()).collect()),
    );
    place_tags.extend(linked(
        "context",
        codes(p.settlement_contexts.iter().map(|c| c.code()).collect()),
    ));
    let languages = linked(
        "language",
        codes(p.languages.iter().map(|l| l.as_str()).collect()),
    );
    let edit_href = StoredValue::new(format!("/practices/{slug}/edit"));
    // Each field's language: a translation's, or the source's where it fell back.
    let lang_of = {
        let translation = p.translation.clone();
        let source = p.source_language.to_string();
        move |field: &str| {
            translation
                .as_ref()
                .and_then(|t| t.fields.get(field))
                .map_or_else(|| source.clone(), |f| f.language.to_string())
        }
    };
    let period = match (p.ran_from, p.ran_until) {
        (Some(from), Some(until)) if from == until => {
            Some(t!("practice-period-year", year = from.to_string()))
        }
        (Some(from), Some(until)) => Some(t!(
            "practice-period",
            from = from.to_string(),
            until = until.to_string()
        )),
        (Some(from), None) => Some(t!("practice-period-since", from = from.to_string())),
        (None, Some(until)) => Some(t!("practice-period-until", until = until.to_string())),
        (None, None) => None,
    };
    set_title(&p.title);
    view! {
        <article class="practice">
            <p class="muted">
                <a href=format!("/organisations/{}", p.owner.slug)>{p.owner.name.clone()}</a>
                " · "<span class=format!("status status-{}", status.code()) data-testid="practice-status" data-status=status.code()>{status.word()}</span>
                {p.published_at.map(|d| format!(" · {}", t!("practice-published-on", date = day(&d))))}
            </p>
            <h1 data-testid="practice-heading" lang=lang_of("title") dir="auto">{p.title.clone()}</h1>
            {period.map(|text| view! { <p class="muted" data-testid="practice-period">{text}</p> })}
            <p class="lead" lang=lang_of("summary") dir="auto">{p.summary.clone()}</p>
            <ContentLanguage translation=p.translation.clone() source=p.source_language.to_string()
                slug=slug translate=may.translate/>
            <Banner message=banner/>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <ul class="problems">
                    {move || problems.get().into_iter().map(|e| view! {
                        <li>{t!("practice-problem", field = field_name(&e.field), message = i18n::field_error(&e))}</li>
                    }).collect_view()}
                </ul>
                {may.edit.then(|| view! { <p><a href=edit_href.get_value()>{t!("practice-complete")}</a></p> })}
            </Show>
            {p.rejection_reason.clone().map(|r| view! {
                <div class="notice" role="status"><strong>{t!("practice-sent-back")}</strong>" "{r}</div>
            })}
            <div class="actions">
                {may.edit.then(|| view! {
                    <a class="button secondary" data-testid="practice-edit" href=edit_href.get_value()>{t!("practice-edit")}</a>
                })}
                {may.submit.then(|| view! {
                    <button type="button" data-testid="practice-submit" on:click=submit>{t!("practice-submit")}</button>
                })}
                {may.publish.then(|| view! {
                    <button type="button" data-testid="practice-publish" on:click=publish>{t!("practice-publish")}</button>
                })}
                {may.reject.then(|| view! {
                    <button type="button" class="secondary" data-testid="practice-reject" on:click=move |_| rejecting.set(true)>{t!("practice-reject")}</button>
                })}
                {may.archive.then(|| view! {
                    <button type="button" class="secondary" data-testid="practice-archive" on:click=archive>{t!("practice-archive")}</button>
                })}
            </div>
            // Why a button is missing, when an unconfirmed address is the reason.
            {(may.edit && !may.submit && status == PracticeStatus::Draft).then(|| view! {
                <NeedsVerification message=t!("practice-verify-to-submit")/>
            })}
            {(may.reject && !may.publish).then(|| view! {
                <NeedsVerification message=t!("practice-verify-to-publish")/>
            })}
            <Show when=move || may.reject && rejecting.get()>
                <div class="reject">
                    <label for="reject-reason">{t!("practice-reject-reason")}</label>
                    <textarea id="reject-reason" data-testid="reject-reason" rows="3"
                        aria-describedby=described(reason_errors, "reason", None) bind:value=reason></textarea>
                    <FieldErr errors=reason_errors field="reason"/>
                    <div class="actions">
                        <button type="button" data-testid="reject-confirm" on:click=confirm_reject.clone()>{t!("practice-reject-confirm")}</button>
                        <button type="button" class="secondary" on:click=move |_| rejecting.set(false)>{t!("practice-reject-cancel")}</button>
                    </div>
                </div>
            </Show>
            {prose(t!("practice-problem-heading"), p.problem.clone(), lang_of("problem"))}
            {prose(t!("practice-approach-heading"), p.approach.clone(), lang_of("approach"))}
            {prose(t!("practice-results-heading"), p.results.clone(), lang_of("results"))}
            {(!p.figures.is_empty()).then(|| view! {
                <section>
                    <h2>{t!("practice-figures-heading")}</h2>
                    <ul class="figures">
                        {p.figures.iter().enumerate().map(|(i, f)| view! {
                            <li><strong>{figure(f.value)}</strong>" "<span lang=lang_of(&format!("figures[{i}].label")) dir="auto">{f.label.clone()}</span></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="meta">
                <h2>{t!("practice-themes-heading")}</h2>{tag_links(theme_tags)}
                <h2>{t!("practice-target-groups-heading")}</h2>{tag_links(group_tags)}
                <h2>{t!("practice-where-heading")}</h2>{tag_links(place_tags)}
                <h2>{t!("practice-languages-heading")}</h2>{tag_links(languages)}
            </section>
        </article>
    }
}

/// An impact figure's number as the reader writes numbers.
// Figures stay far below 2^53, where f64 stops being exact.
#[allow(clippy::cast_precision_loss)]
fn figure(n: i64) -> String {
    i18n::number(n as f64)
}

/// A field path as the person knows it.
fn field_name(field: &str) -> String {
    match field.split(['[', '.']).next().unwrap_or(field) {
        "title" => t!("practice-field-title"),
        "summary" => t!("practice-field-summary"),
        "problem" => t!("practice-field-problem"),
        "approach" => t!("practice-field-approach"),
        "results" => t!("practice-field-results"),
        "figures" => t!("practice-field-figures"),
        "themes" => t!("practice-field-themes"),
        "target_groups" => t!("practice-field-target-groups"),
        "settlement_contexts" => t!("practice-field-settlement-contexts"),
        "countries" => t!("practice-field-countries"),
        "languages" => t!("practice-field-languages"),
        _ => t!("practice-field-practice"),
    }
}

/// A written section, or a plain note that a draft has not filled it in yet.
fn prose(heading: String, text: String, lang: String) -> impl IntoView {
    let empty = text.trim().is_empty();
    view! {
        <section>
            <h2>{heading}</h2>
            {if empty {
                view! { <p class="muted">{t!("practice-not-written")}</p> }.into_any()
            } else {
                view! { <p class="prose" lang=lang dir="auto">{text}</p> }.into_any()
            }}
        </section>
    }
}

/// Which language the practice is shown in: a note where fields fell back to the original or
/// a translation is older than the original, links to read it in its other languages, and
/// for its editors the way to translate it.
#[component]
fn ContentLanguage(
    translation: Option<ContentTranslation>,
    source: String,
    slug: String,
    translate: bool,
) -> impl IntoView {
    let requested = translation
        .as_ref()
        .and_then(|t| t.requested.as_ref())
        .map(ToString::to_string);
    let fields = translation
        .as_ref()
        .map(|t| t.fields.clone())
        .unwrap_or_default();
    let fell_back = fields.values().any(|f| f.fallback);
    let translated = fields.values().any(|f| f.language.as_str() != source);
    let stale = fields.values().any(|f| f.stale);
    let shown = requested.clone().unwrap_or_else(|| source.clone());
    let others: Vec<String> = translation
        .as_ref()
        .map(|t| {
            t.available
                .iter()
                .map(ToString::to_string)
                .filter(|l| *l != shown)
                .collect()
        })
        .unwrap_or_default();
    let source_name = i18n::language_name(&source);
    view! {
        <div class="content-language" data-testid="content-language">
            {(fell_back && requested.is_some()).then(|| view! {
                <p class="muted" data-testid="content-fallback">{t!("content-fallback",
                    language = i18n::language_name(requested.as_deref().unwrap_or_default()), source = source_name.clone())}</p>
            })}
            {translated.then(|| view! {
                <p class="muted" data-testid="content-translated">{t!("content-translated", source = source_name.clone())}
                    {stale.then(|| view! { " "<span data-testid="content-stale">{t!("content-stale")}</span> })}</p>
            })}
            {(!others.is_empty()).then(|| view! {
                <p class="muted">{t!("content-available")}" "
                    {others.into_iter().map(|l| view! {
                        <a href=format!("/practices/{slug}?lang={l}") lang=l.clone() hreflang=l.clone() class="language-link"
                            data-testid=format!("content-in-{l}")>{i18n::language_name(&l)}</a>" "
                    }).collect_view()}
                </p>
            })}
            {translate.then(|| view! {
                <p><a href=format!("/practices/{slug}/translations") data-testid="practice-translations">{t!("translations-manage")}</a></p>
            })}
        </div>
    }
}
