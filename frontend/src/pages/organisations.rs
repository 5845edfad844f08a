//! The members directory and an organisation's page.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use twinning_domain::organisation::{OrganisationDetail, OrganisationPage as Page};
use twinning_domain::{OrganisationKind, SettlementContext, Theme};

use crate::api::{self, query_string};
use crate::components::{banner, options, set_title, tags, Loading, Pager};
use crate::i18n::{self, Word};
use crate::pages::activity::Feed;
use crate::picker::{CodePicker, Kind};
use crate::session::use_auth;

/// The directory's filters, all kept in the URL.
const PARAMS: [&str; 7] = [
    "q",
    "kind",
    "country",
    "context",
    "language",
    "theme",
    "can_mentor",
];

/// "Irbid, Jordan".
fn place(city: &str, country: &str) -> String {
    let country = i18n::country(country);
    t!("directory-place", city = city, country = country)
}

#[component]
pub fn Directory() -> impl IntoView {
    set_title(&t!("directory-title"));
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let list = LocalResource::new(move || {
        let pairs: Vec<(&str, String)> = PARAMS
            .iter()
            .chain(&["page"])
            .map(|k| (*k, param(k)))
            .collect();
        let qs = query_string(&pairs);
        async move { api::get::<Page>(&format!("/organisations?{qs}")).await }
    });
    // One signal per filter, refreshed from the URL so back/forward shows what is applied.
    let fields: [RwSignal<String>; 7] = std::array::from_fn(|_| RwSignal::new(String::new()));
    Effect::new(move |_| {
        for (k, f) in PARAMS.iter().zip(fields) {
            f.set(param(k));
        }
    });
    let [q, kind, country, context, language, theme, can_mentor] = fields;
    let go = move |page: u32| {
        let mut pairs: Vec<(&str, String)> = PARAMS
            .iter()
            .zip(fields)
            .map(|(k, f)| (*k, f.get_untracked().trim().to_owned()))
            .collect();
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        navigate(
            &format!("/organisations?{}", query_string(&pairs)),
            Default::default(),
        );
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
    let go_page = Callback::new(go);
    view! {
        <h1>{t!("directory-title")}</h1>
        <p class="lead">{t!("directory-lead")}</p>
        <form class="filters" role="search" on:submit=submit>
            <div>
                <label for="dir-q">{t!("directory-filter-q")}</label>
                <input id="dir-q" type="search" data-testid="members-q" bind:value=q/>
            </div>
            <div>
                <label for="dir-kind">{t!("directory-filter-kind")}</label>
                <select id="dir-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="" selected=move || kind.with(String::is_empty)>{t!("directory-filter-any")}</option>
                    {options(OrganisationKind::ALL, OrganisationKind::code, kind)}
                </select>
            </div>
            <div>
                <label for="dir-country">{t!("directory-filter-country")}</label>
                <CodePicker kind=Kind::Country value=country input_id="dir-country" testid="dir-country"/>
            </div>
            <div>
                <label for="dir-context">{t!("directory-filter-context")}</label>
                <select id="dir-context" on:change=move |ev| context.set(event_target_value(&ev))>
                    <option value="" selected=move || context.with(String::is_empty)>{t!("directory-filter-any")}</option>
                    {options(SettlementContext::ALL, SettlementContext::code, context)}
                </select>
            </div>
            <div>
                <label for="dir-language">{t!("directory-filter-language")}</label>
                <CodePicker kind=Kind::Language value=language input_id="dir-language" testid="dir-language"/>
            </div>
            <div>
                <label for="dir-theme">{t!("directory-filter-theme")}</label>
                <select id="dir-theme" on:change=move |ev| theme.set(event_target_value(&ev))>
                    <option value="" selected=move || theme.with(String::is_empty)>{t!("directory-filter-any")}</option>
                    {options(Theme::ALL, Theme::code, theme)}
                </select>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || can_mentor.get() == "true"
                    on:change=move |ev| can_mentor.set(if event_target_checked(&ev) { "true".into() } else { String::new() })/>
                {t!("directory-filter-can-mentor")}
            </label>
            <button type="submit" data-testid="members-submit">{t!("directory-filter-submit")}</button>
        </form>
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) => view! {
                    <p data-testid="members-count" role="status">{t!("directory-count", count = p.total)}</p>
                    <ul class="cards">
                        {p.items.into_iter().map(|o| view! {
                            <li class="card" data-testid="org-item">
                                <h2><a href=format!("/organisations/{}", o.slug)>{o.name.clone()}</a></h2>
                                <p class="muted">{o.kind.word()}" · "{place(&o.city, o.country.as_str())}</p>
                                {o.can_mentor.then(|| view! { <p class="badge">{t!("directory-mentors")}</p> })}
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
                Err(e) => view! {
                    <h1>{t!("directory-org-not-found")}</h1>
                    {banner(e.message())}
                    <p><a href="/organisations">{t!("directory-all-members")}</a></p>
                }.into_any(),
                Ok(d) => organisation_view(d).into_any(),
            })}
        </Suspense>
    }
}

fn organisation_view(d: OrganisationDetail) -> impl IntoView {
    let o = d.organisation;
    let p = d.permissions;
    set_title(&o.name);
    // Its own people manage it under "My organisation"; network admins at its manage page.
    let own = use_auth().org_slug().as_deref() == Some(o.slug.as_str());
    let manage = (p.edit || p.see_members || p.invite || p.manage_api_keys).then(|| {
        let href = if own {
            "/my-organisation".to_owned()
        } else {
            format!("/organisations/{}/manage", o.slug)
        };
        view! { <p><a class="button secondary" href=href data-testid="org-manage">{t!("directory-manage")}</a></p> }
    });
    let activity = format!("/organisations/{}/activity", o.slug);
    let languages: Vec<String> = o
        .languages
        .iter()
        .map(|l| i18n::language_name(l.as_str()))
        .collect();
    let themes: Vec<String> = o.themes.iter().map(Word::word).collect();
    view! {
        <article>
            <h1>{o.name.clone()}</h1>
            {manage}
            <p class="muted">
                {o.kind.word()}" · "{t!("directory-governance", level = o.governance_level.code())}
                " · "{place(&o.city, o.country.as_str())}" · "{o.settlement_context.word()}
            </p>
            <p class="prose">{o.description.clone()}</p>
            {o.website.clone().map(|w| {
                let text = w.clone();
                view! { <p><a href=w rel="noopener noreferrer">{text}</a></p> }
            })}
            {o.can_mentor.then(|| view! {
                <p class="badge">{t!("directory-mentor-capacity", count = o.mentor_capacity)}</p>
            })}
            <h2>{t!("directory-working-languages")}</h2>{tags(languages)}
            {(!themes.is_empty()).then(|| view! { <h2>{t!("directory-themes")}</h2>{tags(themes)} })}
            <p class="muted">{t!("directory-people", count = d.member_count)}</p>
            <h2>{t!("directory-practices")}</h2>
            {d.practices.is_empty().then(|| view! { <p class="muted">{t!("directory-no-practices")}</p> })}
            <ul class="cards">
                {d.practices.into_iter().map(|p| view! {
                    <li class="card">
                        <h3><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></h3>
                        <p>{p.summary.clone()}</p>
                        <p class="muted">{p.status.word()}</p>
                    </li>
                }).collect_view()}
            </ul>
            <section aria-labelledby="org-activity-heading">
                <h2 id="org-activity-heading">{t!("directory-activity")}</h2>
                <Feed path=activity/>
            </section>
        </article>
    }
}
