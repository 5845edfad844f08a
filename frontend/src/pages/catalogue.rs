//! The practice catalogue: words, facet filters with counts, sort and pages, all in the URL so
//! a link reproduces the search and back/forward work.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::search::{FacetCount, PracticeSearch};
use twinning_domain::Reason;
use twinning_domain::{CountryCode, LanguageCode, SettlementContext, TargetGroup, Theme};

use crate::api::{self, query_string};
use crate::components::{banner, set_title, split_list, Loading, Pager};

const PARAMS: [&str; 8] = [
    "q",
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
        "theme" => Theme::parse(value).map(|v| v.label().to_owned()),
        "context" => SettlementContext::parse(value).map(|v| v.label().to_owned()),
        "target_group" => TargetGroup::parse(value).map(|v| v.label().to_owned()),
        "country" => CountryCode::parse(value).map(|v| v.name().to_owned()),
        "language" => LanguageCode::parse(value).map(|v| v.name().to_owned()),
        _ => Err(Reason::malformed()),
    };
    label.unwrap_or_else(|_| value.to_owned())
}

#[component]
pub fn Catalogue() -> impl IntoView {
    set_title("Good practices");
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
        <h1>"Good practices"</h1>
        <form class="search" role="search" on:submit=search>
            <label for="search-input" class="visually-hidden">"Search the practices"</label>
            <input id="search-input" type="search" data-testid="search-input"
                placeholder="Search: waste, volunteering, Tampere…" bind:value=words/>
            <button type="submit" data-testid="search-submit">"Search"</button>
            <label for="sort">"Sort"</label>
            <select id="sort" on:change=sort_change>
                {[("", "Best match, then newest"), ("newest", "Newest"), ("title", "Title")].into_iter().map(|(code, label)| view! {
                    <option value=code selected=move || param("sort") == code>{label}</option>
                }).collect_view()}
            </select>
        </form>
        <div class="catalogue">
            <aside class="facets" aria-label="Filters">
                {move || results.get().and_then(Result::ok).map(|r| {
                    let toggle = toggle.clone();
                    let groups: Vec<(&'static str, &'static str, Vec<FacetCount>)> = vec![
                        ("theme", "Theme", r.facets.theme),
                        ("context", "Settlement context", r.facets.context),
                        ("country", "Country", r.facets.country),
                        ("target_group", "Who it serves", r.facets.target_group),
                        ("language", "Language", r.facets.language),
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
                        view! {
                            <fieldset>
                                <legend>{title}</legend>
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
                                            <span class="count">"("{c.count}")"</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </fieldset>
                        }
                    }).collect_view()
                })}
            </aside>
            <section class="results" aria-label="Results">
                <Transition fallback=Loading>
                    {move || results.get().map(|r| match r {
                        Err(e) => banner(e.message()).into_any(),
                        Ok(r) => view! {
                            <p data-testid="result-count" role="status">{match r.total {
                                1 => "1 practice".to_owned(),
                                n => format!("{n} practices"),
                            }}</p>
                            {(r.total == 0).then(|| view! {
                                <p>"Nothing matches all of these filters. "<a href="/practices">"Clear the search"</a></p>
                            })}
                            <ul class="cards">
                                {r.items.into_iter().map(|p| view! {
                                    <li class="card" data-testid="result-item">
                                        <h2><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h2>
                                        <p>{p.summary.clone()}</p>
                                        <p class="muted">{p.owner.name.clone()}" · "
                                            {p.countries.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                    })}
                </Transition>
                <Pager page=page per_page=per_page total=total go=go_page/>
            </section>
        </div>
    }
}
