//! Finding a person (the search kept in the URL) and looking after their account: disable or
//! enable it, resend the verification link, grant or withdraw network-admin rights.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::admin_people::{AdminPerson, AdminPersonPage, NetworkAdminChange};

use super::AdminOnly;
use crate::api::{self, page_param, with_query};
use crate::components::{banner, day, moment, set_title, Banner, Confirm, Loading, Outcome, Pager};

mod text {
    pub const TITLE: &str = "People";
    pub const INTRO: &str = "Everyone with an account, newest first. Search by name, address or \
        organisation.";
    pub const SEARCH: &str = "Search";
    pub const FIND: &str = "Find";
    pub const NONE: &str = "Nobody matches.";
    pub const NEVER_SEEN: &str = "never seen";
    pub const VERIFIED: &str = "address verified";
    pub const UNVERIFIED: &str = "address not verified";
    pub const NET_ADMIN: &str = "network admin";
    pub const DISABLED: &str = "disabled";
    pub const REMOVED: &str = "removed from their organisation";
    pub const DISABLE: &str = "Disable";
    pub const ENABLE: &str = "Enable";
    pub const RESEND: &str = "Resend verification link";
    pub const GRANT: &str = "Make network admin";
    pub const REVOKE: &str = "Withdraw network-admin rights";

    pub fn count(n: i64) -> String {
        match n {
            1 => "1 person".to_owned(),
            n => format!("{n} people"),
        }
    }

    pub fn seen(when: &str) -> String {
        format!("last seen {when}")
    }

    pub fn disable_question(name: &str) -> String {
        format!(
            "Disable the account of {name}? They are signed out everywhere at once and cannot \
             sign in until you enable it; what they wrote stays."
        )
    }

    pub fn enable_question(name: &str) -> String {
        format!("Enable the account of {name}? They may sign in again.")
    }

    pub fn grant_question(name: &str) -> String {
        format!(
            "Make {name} a network admin? They may approve organisations, moderate practices and \
             manage every account. They are signed out and sign in again with the new rights."
        )
    }

    pub fn revoke_question(name: &str) -> String {
        format!("Withdraw the network-admin rights of {name}? They are signed out everywhere.")
    }

    pub fn disabled(name: &str) -> String {
        format!("The account of {name} is disabled; they were signed out everywhere.")
    }

    pub fn enabled(name: &str) -> String {
        format!("The account of {name} is enabled again.")
    }

    pub fn resent(name: &str, email: &str) -> String {
        format!("A new verification link was mailed to {name} at {email}.")
    }

    pub fn granted(name: &str) -> String {
        format!("{name} is now a network admin.")
    }

    pub fn revoked(name: &str) -> String {
        format!("{name} is no longer a network admin.")
    }
}

#[component]
pub fn People() -> impl IntoView {
    set_title(text::TITLE);
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
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <form class="filters" role="search" on:submit=search>
            <div>
                <label for="people-q">{text::SEARCH}</label>
                <input id="people-q" type="search" data-testid="people-q" bind:value=typed/>
            </div>
            <button type="submit" data-testid="people-find">{text::FIND}</button>
        </form>
        <Banner message=outcome.message/>
        {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="people-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="people-empty">{text::NONE}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="people-count">{text::count(p.total)}</p>
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
            let r = act(id, "disable").await.map(|_| text::disabled(&named()));
            outcome.report(r);
        });
    });
    let enable = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let r = act(id, "enable").await.map(|_| text::enabled(&named()));
            outcome.report(r);
        });
    });
    let resend = move |_| {
        leptos::task::spawn_local(async move {
            let r = act(id, "resend-verification")
                .await
                .map(|_| text::resent(&named(), &email.get_value()));
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
                        text::granted(&named())
                    } else {
                        text::revoked(&named())
                    }
                });
            outcome.report(r);
        });
    });
    let flags = [
        Some(if person.email_verified {
            text::VERIFIED
        } else {
            text::UNVERIFIED
        }),
        person.is_network_admin.then_some(text::NET_ADMIN),
        person.disabled_at.is_some().then_some(text::DISABLED),
        person.removed_at.is_some().then_some(text::REMOVED),
    ];
    let flags: Vec<&str> = flags.into_iter().flatten().collect();
    let seen = person
        .last_seen_at
        .as_ref()
        .map_or(text::NEVER_SEEN.to_owned(), |t| text::seen(&moment(t)));
    let n = person.name.clone();
    view! {
        <li class="card" data-testid="person" data-email=person.email>
            <h2>{person.name.clone()}" "<span class="muted">{format!("<{}>", person.email)}</span></h2>
            <p>
                <a href=format!("/organisations/{}", person.organisation.slug)>{person.organisation.name.clone()}</a>
                {format!(" · {} · {} · joined {}", person.role.label(), seen, day(&person.created_at))}
            </p>
            <p class="muted" data-testid="person-flags">{flags.join(" · ")}</p>
            <div class="actions">
                {if person.disabled_at.is_some() {
                    view! { <Confirm label=text::ENABLE question=text::enable_question(&n) confirm=text::ENABLE
                        testid="person-enable" on_confirm=enable/> }.into_any()
                } else {
                    view! { <Confirm label=text::DISABLE question=text::disable_question(&n) confirm=text::DISABLE
                        testid="person-disable" on_confirm=disable/> }.into_any()
                }}
                {(!person.email_verified).then(|| view! {
                    <button type="button" class="secondary" data-testid="person-resend" on:click=resend>{text::RESEND}</button>
                })}
                {if person.is_network_admin {
                    view! { <Confirm label=text::REVOKE question=text::revoke_question(&n) confirm=text::REVOKE
                        testid="person-revoke-admin" on_confirm=move |()| rights.run(false)/> }.into_any()
                } else {
                    view! { <Confirm label=text::GRANT question=text::grant_question(&n) confirm=text::GRANT
                        testid="person-grant-admin" on_confirm=move |()| rights.run(true)/> }.into_any()
                }}
            </div>
        </li>
    }
}
