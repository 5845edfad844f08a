//! The members directory and an organisation's page.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use twinning_domain::organisation::{OrganisationDetail, OrganisationPage as Page};
use twinning_domain::{OrganisationKind, SettlementContext};

use crate::api::{self, enc};
use crate::components::{tags, Loading, Pager};

#[component]
pub fn Directory() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let list = LocalResource::new(move || {
        let qs = ["q", "kind", "country", "context", "language", "page"]
            .iter()
            .map(|k| (k, param(k)))
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", enc(&v)))
            .collect::<Vec<_>>()
            .join("&");
        async move { api::get::<Page>(&format!("/organisations?{qs}")).await }
    });
    let q = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let country = RwSignal::new(String::new());
    let context = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    Effect::new(move |_| {
        q.set(param("q"));
        kind.set(param("kind"));
        country.set(param("country"));
        context.set(param("context"));
        language.set(param("language"));
    });
    let go = {
        let navigate = navigate.clone();
        move |page: u32| {
            let pairs = [
                ("q", q.get_untracked()),
                ("kind", kind.get_untracked()),
                ("country", country.get_untracked()),
                ("context", context.get_untracked()),
                ("language", language.get_untracked()),
                (
                    "page",
                    if page > 1 {
                        page.to_string()
                    } else {
                        String::new()
                    },
                ),
            ];
            let qs = pairs
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}={}", enc(v)))
                .collect::<Vec<_>>()
                .join("&");
            navigate(&format!("/organisations?{qs}"), Default::default());
        }
    };
    let submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(1);
        }
    };
    let page = Signal::derive(move || param("page").parse().unwrap_or(1));
    let per_page =
        Signal::derive(move || list.get().and_then(Result::ok).map_or(20, |r| r.per_page));
    let total = Signal::derive(move || list.get().and_then(Result::ok).map_or(0, |r| r.total));
    let go_page = Callback::new(move |p: u32| go(p));
    view! {
        <h1>"Members"</h1>
        <form class="filters" on:submit=submit>
            <label for="dir-q">"Name, city or words"</label>
            <input id="dir-q" type="search" bind:value=q/>
            <label for="dir-kind">"Kind"</label>
            <select id="dir-kind" on:change=move |ev| kind.set(event_target_value(&ev)) prop:value=move || kind.get()>
                <option value="">"Any"</option>
                {OrganisationKind::ALL.iter().map(|k| view! { <option value=k.code()>{k.label()}</option> }).collect_view()}
            </select>
            <label for="dir-country">"Country (ISO code)"</label>
            <input id="dir-country" bind:value=country/>
            <label for="dir-context">"Setting"</label>
            <select id="dir-context" on:change=move |ev| context.set(event_target_value(&ev)) prop:value=move || context.get()>
                <option value="">"Any"</option>
                {SettlementContext::ALL.iter().map(|k| view! { <option value=k.code()>{k.label()}</option> }).collect_view()}
            </select>
            <label for="dir-language">"Language (ISO code)"</label>
            <input id="dir-language" bind:value=language/>
            <button type="submit">"Filter"</button>
        </form>
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => view! { <p class="banner" data-testid="error-banner">{e.message()}</p> }.into_any(),
                Ok(p) => view! {
                    <p>{format!("{} organisations", p.total)}</p>
                    <ul class="cards">
                        {p.items.into_iter().map(|o| view! {
                            <li class="card" data-testid="org-item">
                                <h2><a href=format!("/organisations/{}", o.slug)>{o.name.clone()}</a></h2>
                                <p class="muted">{o.kind.label()}" · "{o.city.clone()}", "{o.country.name()}</p>
                                {o.can_mentor.then(|| view! { <p class="badge">"Mentors others"</p> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <Pager page=page per_page=per_page total=total go=go_page/>
    }
}

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let params = use_params_map();
    let detail = LocalResource::new(move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        async move { api::get::<OrganisationDetail>(&format!("/organisations/{slug}")).await }
    });
    view! {
        <Suspense fallback=Loading>
            {move || detail.get().map(|r| match r {
                Err(e) => view! { <h1>"Organisation not found"</h1><p class="banner">{e.message()}</p> }.into_any(),
                Ok(d) => organisation_view(d).into_any(),
            })}
        </Suspense>
    }
}

pub fn organisation_view(d: OrganisationDetail) -> impl IntoView {
    let o = d.organisation;
    let languages: Vec<String> = o.languages.iter().map(|l| l.name().to_owned()).collect();
    let themes: Vec<String> = o.themes.iter().map(|t| t.label().to_owned()).collect();
    view! {
        <article>
            <h1>{o.name.clone()}</h1>
            <p class="muted">
                {o.kind.label()}" · "{o.governance_level.label()}" level · "{o.city.clone()}", "{o.country.name()}
                " · "{o.settlement_context.label()}
            </p>
            <p class="prose">{o.description.clone()}</p>
            {o.website.clone().map(|w| {
                let text = w.clone();
                view! { <p><a href=w rel="noopener">{text}</a></p> }
            })}
            {o.can_mentor.then(|| view! {
                <p class="badge">{format!("Mentors others (up to {} at a time)", o.mentor_capacity)}</p>
            })}
            <h2>"Working languages"</h2>{tags(languages)}
            <h2>"Themes"</h2>{tags(themes)}
            <p class="muted">{format!("{} members on Twinning", d.member_count)}</p>
            <h2>"Practices"</h2>
            <ul class="cards">
                {d.practices.into_iter().map(|p| view! {
                    <li class="card">
                        <h3><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h3>
                        <p class="muted">{p.status.label()}</p>
                    </li>
                }).collect_view()}
            </ul>
        </article>
    }
}
