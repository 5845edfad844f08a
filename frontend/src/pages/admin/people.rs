//! Finding a person (the search kept in the URL) and looking after their account: disable or
//! enable it, resend the verification link, grant or withdraw network-admin rights.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::admin_people::{AdminPerson, AdminPersonPage, NetworkAdminChange};

use super::AdminOnly;
use crate::api::{self, page_param, with_query};
use crate::components::{banner, day, moment, set_title, Banner, Confirm, Loading, Outcome, Pager};
use crate::i18n::Word;

#[component]
pub fn People() -> impl IntoView {
    set_title(&t!("admin-people-title"));
    view! { <AdminOnly><PeopleList/></AdminOnly> }
}

#[component]
fn PeopleList() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let outcome = Outcome::new();
    let typed = RwSignal::new(param("q"));
    let list = LocalResource::new(move || {
        outcome.reload.track();
        let path = with_query(
            "/admin/people",
            &[("q", param("q")), ("page", param("page"))],
        );
        async move { api::get::<AdminPersonPage>(&path).await }
    });
    let go = {
        let navigate = navigate.clone();
        move |q: String, page: u32| {
            let to = with_query("/admin/people", &[("q", q), ("page", page_param(page))]);
            navigate(&to, Default::default());
        }
    };
    let search = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(typed.get_untracked().trim().to_owned(), 1);
        }
    };
    let go_page = Callback::new(move |page: u32| go(param("q"), page));
    let page = Signal::derive(move || param("page").parse().unwrap_or(1));
    let per_page =
        Signal::derive(move || list.get().and_then(Result::ok).map_or(20, |r| r.per_page));
    let total = Signal::derive(move || list.get().and_then(Result::ok).map_or(0, |r| r.total));
    view! {
        <h1>{t!("admin-people-title")}</h1>
        <p class="lead">{t!("admin-people-intro")}</p>
        <form class="filters" role="search" on:submit=search>
            <div>
                <label for="people-q">{t!("admin-people-search")}</label>
                <input id="people-q" type="search" data-testid="people-q" bind:value=typed/>
            </div>
            <button type="submit" data-testid="people-find">{t!("admin-people-find")}</button>
        </form>
        <Banner message=outcome.message/>
        {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="people-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="people-empty">{t!("admin-people-none")}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="people-count">{t!("admin-people-count", count = p.total)}</p>
                    <ul class="cards">
                        {p.items.into_iter().map(|person| view! { <PersonCard person=person outcome=outcome/> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <Pager page=page per_page=per_page total=total go=go_page/>
    }
}

async fn act(id: i64, action: &str) -> Result<AdminPerson, api::ApiError> {
    api::post_empty(&format!("/admin/people/{id}/{action}")).await
}

#[component]
fn PersonCard(person: AdminPerson, outcome: Outcome) -> impl IntoView {
    let id = person.id.get();
    let name = StoredValue::new(person.name.clone());
    let email = StoredValue::new(person.email.clone());
    let named = move || name.get_value();
    let disable = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let r = act(id, "disable")
                .await
                .map(|_| t!("admin-people-disabled", name = named()));
            outcome.report(r);
        });
    });
    let enable = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let r = act(id, "enable")
                .await
                .map(|_| t!("admin-people-enabled", name = named()));
            outcome.report(r);
        });
    });
    let resend = move |_| {
        leptos::task::spawn_local(async move {
            let r = act(id, "resend-verification").await.map(|_| {
                t!(
                    "admin-people-resent",
                    name = named(),
                    email = email.get_value()
                )
            });
            outcome.report(r);
        });
    };
    let rights = Callback::new(move |grant: bool| {
        leptos::task::spawn_local(async move {
            let path = format!("/admin/people/{id}/network-admin");
            let r = api::post::<AdminPerson, _>(&path, &NetworkAdminChange { grant })
                .await
                .map(|_| {
                    if grant {
                        t!("admin-people-granted", name = named())
                    } else {
                        t!("admin-people-revoked", name = named())
                    }
                });
            outcome.report(r);
        });
    });
    let flags = [
        Some(if person.email_verified {
            t!("admin-people-flag-verified")
        } else {
            t!("admin-people-flag-unverified")
        }),
        person
            .is_network_admin
            .then(|| t!("admin-people-flag-network-admin")),
        person
            .disabled_at
            .is_some()
            .then(|| t!("admin-people-flag-disabled")),
        person
            .removed_at
            .is_some()
            .then(|| t!("admin-people-flag-removed")),
    ];
    let flags: Vec<String> = flags.into_iter().flatten().collect();
    let seen = person.last_seen_at.as_ref().map_or_else(
        || t!("admin-people-never-seen"),
        |t| t!("admin-people-last-seen", when = moment(t)),
    );
    let n = person.name.clone();
    view! {
        <li class="card" data-testid="person" data-email=person.email>
            <h2>{person.name.clone()}" "<span class="muted">{format!("<{}>", person.email)}</span></h2>
            <p>
                <a href=format!("/organisations/{}", person.organisation.slug)>{person.organisation.name.clone()}</a>
                {format!(" · {} · {} · {}", person.role.word(), seen, t!("admin-people-joined", date = day(&person.created_at)))}
            </p>
            <p class="muted" data-testid="person-flags">{flags.join(" · ")}</p>
            <div class="actions">
                {if person.disabled_at.is_some() {
                    view! { <Confirm label=t!("admin-people-enable") question=t!("admin-people-enable-question", name = n.as_str()) confirm=t!("admin-people-enable")
                        testid="person-enable" on_confirm=enable/> }.into_any()
                } else {
                    view! { <Confirm label=t!("admin-people-disable") question=t!("admin-people-disable-question", name = n.as_str()) confirm=t!("admin-people-disable")
                        testid="person-disable" on_confirm=disable/> }.into_any()
                }}
                {(!person.email_verified).then(|| view! {
                    <button type="button" class="secondary" data-testid="person-resend" on:click=resend>{t!("admin-people-resend")}</button>
                })}
                {if person.is_network_admin {
                    view! { <Confirm label=t!("admin-people-revoke") question=t!("admin-people-revoke-question", name = n.as_str()) confirm=t!("admin-people-revoke")
                        testid="person-revoke-admin" on_confirm=move |()| rights.run(false)/> }.into_any()
                } else {
                    view! { <Confirm label=t!("admin-people-grant") question=t!("admin-people-grant-question", name = n.as_str()) confirm=t!("admin-people-grant")
                        testid="person-grant-admin" on_confirm=move |()| rights.run(true)/> }.into_any()
                }}
            </div>
        </li>
    }
}
