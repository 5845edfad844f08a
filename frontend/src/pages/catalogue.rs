//! The practice catalogue: words, facet filters with counts, sort and pages, all in the URL so
//! a link reproduces the search and back/forward work.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::search::{FacetCount, PracticeSearch};
use twinning_domain::Reason;
use twinning_domain::{CountryCode, LanguageCode, SettlementContext, TargetGroup, Theme};

use crate::api::{self, query_string};
use crate::components::{banner, set_title, split_list, Loading, Pager};
use crate::i18n::{self, Word};

const PARAMS: [&str; 9] = [
    "q",
    "available_language",
    "theme",
    "context",
    "country",
    "target_group",
    "language",
    "sort",
    "page",
];

/// The display label of a facet value.
pub fn facet_label(facet: &str, value: &str) -> String {
    let label = match facet {
        "theme" => Theme::parse(value).map(|v| v.word()),
        "context" => SettlementContext::parse(value).map(|v| v.word()),
        "target_group" => TargetGroup::parse(value).map(|v| v.word()),
        "country" => CountryCode::parse(value).map(|v| i18n::country(v.as_str())),
        "language" | "available_language" => {
            LanguageCode::parse(value).map(|v| i18n::language_name(v.as_str()))
        }
        _ => Err(Reason::malformed()),
    };
    label.unwrap_or_else(|_| value.to_owned())
}

/// Whether the page is wide enough to show the filters beside the results (as the stylesheet's
/// one-column breakpoint decides).
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 48rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[component]
pub fn Catalogue() -> impl IntoView {
    set_title(&t!("catalogue-title"));
    let query = use_query_map();
    let navigate = use_navigate();
    let current = move || -> Vec<(String, String)> {
        query.with(|q| {
            PARAMS
                .iter()
                .filter_map(|k| q.get(k).map(|v| ((*k).to_owned(), v)))
                .collect()
        })
    };
    let param = move |name: &'static str| query.with(|q| q.get(name).unwrap_or_default());
    let active_filters = move || {
        [
            "available_language",
            "theme",
            "context",
            "country",
            "target_group",
            "language",
        ]
        .iter()
        .map(|f| split_list(&param(f)).len())
        .sum::<usize>()
    };
    let results = LocalResource::new(move || {
        let qs = query_string(&current());
        async move { api::get::<PracticeSearch>(&format!("/practices?{qs}")).await }
    });

    // Navigating is the one way to change the search: the URL is the state.
    let go = {
        let navigate = navigate.clone();
        move |changes: Vec<(&'static str, String)>| {
            let mut pairs = current();
            for (k, v) in changes {
                pairs.retain(|(key, _)| key != k);
                pairs.push((k.to_owned(), v));
            }
            navigate(
                &format!("/practices?{}", query_string(&pairs)),
                Default::default(),
            );
        }
    };
    let words = RwSignal::new(String::new());
    Effect::new(move |_| words.set(param("q")));
    let search = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(vec![("q", words.get_untracked()), ("page", String::new())]);
        }
    };
    let toggle = {
        let go = go.clone();
        move |facet: &'static str, value: String| {
            let mut values = split_list(&param(facet));
            if let Some(i) = values.iter().position(|v| *v == value) {
                values.remove(i);
            } else {
                values.push(value);
            }
            go(vec![(facet, values.join(",")), ("page", String::new())]);
        }
    };
    let page = Signal::derive(move || param("page").parse().unwrap_or(1));
    let per_page = Signal::derive(move || {
        results
            .get()
            .and_then(Result::ok)
            .map_or(20, |r| r.per_page)
    });
    let total = Signal::derive(move || results.get().and_then(Result::ok).map_or(0, |r| r.total));
    let go_page = {
        let go = go.clone();
        Callback::new(move |p: u32| go(vec![("page", p.to_string())]))
    };
    let sort_change = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            go(vec![
                ("sort", event_target_value(&ev)),
                ("page", String::new()),
            ]);
        }
    };

    view! {
        <h1>{t!("catalogue-title")}</h1>
        <form class="search" role="search" on:submit=search>
            <label for="search-input" class="visually-hidden">{t!("catalogue-search-label")}</label>
            <input id="search-input" type="search" data-testid="search-input"
                placeholder=t!("catalogue-search-placeholder") bind:value=words/>
            <button type="submit" data-testid="search-submit">{t!("catalogue-search-submit")}</button>
            <label for="sort">{t!("catalogue-sort")}</label>
            <select id="sort" on:change=sort_change>
                {[
                    ("", t!("catalogue-sort-relevance")),
                    ("newest", t!("catalogue-sort-newest")),
                    ("title", t!("catalogue-sort-title")),
                ].into_iter().map(|(code, label)| view! {
                    <option value=code selected=move || param("sort") == code>{label}</option>
                }).collect_view()}
            </select>
        </form>
        <a class="skip-inline" href="#results" data-testid="skip-to-results">{t!("catalogue-skip-to-results")}</a>
        <div class="catalogue">
            // Closed on a phone, so the results come first; open where there is room beside them.
            <details class="catalogue-filters" open=wide_screen() data-testid="filters">
            <summary data-testid="filters-toggle">{move || t!("catalogue-filters-toggle", active = active_filters())}</summary>
            <aside class="facets" aria-label=t!("catalogue-filters")>
                {move || results.get().and_then(Result::ok).map(|r| {
                    let toggle = toggle.clone();
                    let groups: Vec<(&'static str, String, Vec<FacetCount>)> = vec![
                        ("available_language", t!("catalogue-facet-available-language"), r.facets.available_language),
                        ("theme", t!("catalogue-facet-theme"), r.facets.theme),
                        ("context", t!("catalogue-facet-context"), r.facets.context),
                        ("country", t!("catalogue-facet-country"), r.facets.country),
                        ("target_group", t!("catalogue-facet-target-group"), r.facets.target_group),
                        ("language", t!("catalogue-facet-language"), r.facets.language),
                    ];
                    groups.into_iter().map(|(facet, title, mut counts)| {
                        let selected = split_list(&param(facet));
                        // A chosen value the other filters leave empty must stay listed, to be unticked.
                        for value in &selected {
                            if !counts.iter().any(|c| c.value == *value) {
                                counts.push(FacetCount { value: value.clone(), count: 0 });
                            }
                        }
                        let toggle = toggle.clone();
                        let open = wide_screen() || !selected.is_empty();
                        view! {
                            <details class="facet" open=open data-testid=format!("facet-group-{facet}")>
                            <summary>{title.clone()}</summary>
                            <fieldset>
                                <legend class="visually-hidden">{title}</legend>
                                {counts.into_iter().map(|c| {
                                    let checked = selected.contains(&c.value);
                                    let value = c.value.clone();
                                    let toggle = toggle.clone();
                                    view! {
                                        <label class="check">
                                            <input type="checkbox" checked=checked
                                                data-testid=format!("facet-{facet}-{}", c.value)
                                                on:change=move |_| toggle(facet, value.clone())/>
                                            {facet_label(facet, &c.value)}" "
                                            <span class="count">{t!("catalogue-facet-count", count = c.count)}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </fieldset>
                            </details>
                        }
                    }).collect_view()
                })}
            </aside>
            </details>
            <section class="results" id="results" tabindex="-1" aria-label=t!("catalogue-results")>
                <Transition fallback=Loading>
                    {move || results.get().map(|r| match r {
                        Err(e) => banner(e.message()).into_any(),
                        Ok(r) => view! {
                            <p data-testid="result-count" role="status">{t!("catalogue-result-count", count = r.total)}</p>
                            {(r.total == 0).then(|| view! {
                                <p>{t!("catalogue-no-results")}" "<a href="/practices">{t!("catalogue-clear")}</a></p>
                            })}
                            <ul class="cards">
                                {r.items.into_iter().map(|p| {
                                    let lang_of = |field: &str| p.translation.as_ref()
                                        .and_then(|t| t.fields.get(field))
                                        .map_or_else(|| p.source_language.to_string(), |f| f.language.to_string());
                                    let (title_lang, summary_lang) = (lang_of("title"), lang_of("summary"));
                                    view! {
                                    <li class="card" data-testid="result-item">
                                        <h2 lang=title_lang dir="auto"><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h2>
                                        <p lang=summary_lang dir="auto">{p.summary.clone()}</p>
                                        <p class="muted">{p.owner.name.clone()}" · "
                                            {p.countries.iter().map(|c| i18n::country(c.as_str())).collect::<Vec<_>>().join(&t!("catalogue-list-separator"))}</p>
                                        <ul class="tags" aria-label=t!("catalogue-card-themes")>
                                            {p.themes.iter().map(|th| view! { <li>{th.word()}</li> }).collect_view()}
                                        </ul>
                                        {p.mentor_available.then(|| view! {
                                            <p><span class="badge badge-mentor" data-testid="mentor-available">{t!("catalogue-mentor-available")}</span></p>
                                        })}
                                    </li>
                                }}).collect_view()}
                            </ul>
                        }.into_any(),
                    })}
                </Transition>
                <Pager page=page per_page=per_page total=total go=go_page/>
            </section>
        </div>
    }
}
