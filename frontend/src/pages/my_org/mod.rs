//! Managing an organisation: its practices at every stage and, as its permissions allow, the
//! profile, people, invitations and API keys. "My organisation" is the caller's own;
//! `/organisations/{slug}/manage` is any other a network admin may manage.

mod notice;
mod people;
mod profile;

pub use notice::remember_warnings;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use twinning_domain::organisation::OrganisationDetail;
use twinning_domain::policy::organisation::OrganisationPermissions;
use twinning_domain::search::PracticeSearch;

use crate::api::{self, query_string};
use crate::components::{banner, day, set_title, Loading, LoginNeeded};
use crate::pages::api_keys::ApiKeys;
use crate::session::use_auth;
use people::{Invitations, Members};
use profile::ProfileForm;

mod text {
    pub const TITLE: &str = "My organisation";
    pub const LOGIN: &str = "Log in to see your organisation.";
    pub const MANAGE_LOGIN: &str = "Log in to manage an organisation.";
    pub const PUBLIC_PAGE: &str = "See the public page";
    pub const NEW_PRACTICE: &str = "Share a new practice";
    pub const OUR_PRACTICES: &str = "Our practices";
    pub const ITS_PRACTICES: &str = "Its practices";
    pub const NONE_YET: &str =
        "None yet. Share a programme that worked, so others can replicate it.";
    pub const NONE: &str = "No practice yet.";
    pub const NOT_ALLOWED: &str =
        "Only this organisation's admins and the network's administrators manage it.";
    pub const COL_PRACTICE: &str = "Practice";
    pub const COL_STATUS: &str = "Status";
    pub const COL_CHANGED: &str = "Last change";

    pub fn manage_title(name: &str) -> String {
        format!("Manage {name}")
    }
}

fn any(p: OrganisationPermissions) -> bool {
    p.edit || p.see_members || p.invite || p.manage_api_keys
}

#[component]
pub fn MyOrganisation() -> impl IntoView {
    set_title(text::TITLE);
    let auth = use_auth();
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_logged_in()
                fallback=|| view! { <h1>{text::TITLE}</h1><LoginNeeded what=text::LOGIN/> }>
                {move || auth.org_slug().map(|slug| view! { <Manage slug=slug own=true/> })}
            </Show>
        </Show>
    }
}

/// `/organisations/{slug}/manage`: the same screen for an organisation other than one's own.
#[component]
pub fn ManageOrganisation() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    set_title(&text::manage_title(
        &params.with_untracked(|p| p.get("slug").unwrap_or_default()),
    ));
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_logged_in()
                fallback=move || view! { <h1>{text::manage_title(&slug())}</h1><LoginNeeded what=text::MANAGE_LOGIN/> }>
                {move || {
                    let slug = slug();
                    let own = auth.org_slug().as_deref() == Some(slug.as_str());
                    view! { <Manage slug=slug own=own/> }
                }}
            </Show>
        </Show>
    }
}

#[component]
fn Manage(slug: String, own: bool) -> impl IntoView {
    // A saved profile renames the heading without reloading the page (which would reset
    // the form and its "Saved." note).
    let renamed = RwSignal::new(None::<String>);
    // Handing the org-admin role on changes the caller's own rights: the page reads the
    // permissions again and keeps saying what happened above them.
    let handed = people::Handed {
        said: RwSignal::new(None),
        reload: RwSignal::new(0),
    };
    provide_context(handed);
    let detail = LocalResource::new(move || {
        handed.reload.track();
        // As written: the profile form saves what it loads back into the source.
        let path = format!("/organisations/{slug}?lang=*");
        async move { api::get::<OrganisationDetail>(&path).await }
    });
    view! {
        {move || handed.said.get().map(|s| view! { <p role="status" class="saved" data-testid="manage-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || detail.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(d) => {
                    let p = d.permissions;
                    let o = d.organisation;
                    let notice = notice::status_notice(o.status, d.status_reason);
                    let warnings = if own { notice::take_warnings() } else { Vec::new() };
                    if !own {
                        set_title(&text::manage_title(&o.name));
                    }
                    let name = o.name.clone();
                    view! {
                        <h1>{move || renamed.get().unwrap_or_else(|| name.clone())}</h1>
                        {notice}
                        {notice::warnings_view(warnings)}
                        <p class="actions">
                            <a href=format!("/organisations/{}", o.slug) data-testid="org-public">{text::PUBLIC_PAGE}</a>
                            {own.then(|| view! {
                                <a class="button" href="/practices/new" data-testid="new-practice">{text::NEW_PRACTICE}</a>
                            })}
                        </p>
                        {if own || any(p) {
                            view! {
                                <OwnPractices slug=o.slug.clone() own=own/>
                                {p.edit.then(|| view! { <ProfileForm organisation=o.clone() renamed=renamed/> })}
                                {p.see_members.then(|| view! { <Members slug=o.slug.clone() manage=p.manage_members/> })}
                                {p.invite.then(|| view! { <Invitations slug=o.slug.clone()/> })}
                                {(own && !p.invite && p.see_members).then(|| view! {
                                    <crate::pages::recovery::NeedsVerification what="invite colleagues"/>
                                })}
                                {p.manage_api_keys.then(|| view! { <ApiKeys slug=o.slug.clone()/> })}
                            }.into_any()
                        } else {
                            banner(text::NOT_ALLOWED.into()).into_any()
                        }}
                    }.into_any()
                }
            })}
        </Suspense>
    }
}

/// Every practice of the organisation, drafts included, newest first.
#[component]
fn OwnPractices(slug: String, own: bool) -> impl IntoView {
    let qs = query_string(&[
        ("owner", slug.as_str()),
        ("status", "draft,submitted,published,archived"),
        ("sort", "newest"),
        ("per_page", "100"),
    ]);
    let list = LocalResource::new(move || {
        let path = format!("/practices?{qs}");
        async move { api::get::<PracticeSearch>(&path).await }
    });
    let (heading, none) = if own {
        (text::OUR_PRACTICES, text::NONE_YET)
    } else {
        (text::ITS_PRACTICES, text::NONE)
    };
    view! {
        <section aria-labelledby="own-heading">
            <h2 id="own-heading">{heading}</h2>
            <Suspense fallback=Loading>
                {move || list.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(s) if s.items.is_empty() => view! { <p class="muted">{none}</p> }.into_any(),
                    Ok(s) => view! {
                        <table class="list">
                            <thead><tr>
                                <th scope="col">{text::COL_PRACTICE}</th>
                                <th scope="col">{text::COL_STATUS}</th>
                                <th scope="col">{text::COL_CHANGED}</th>
                            </tr></thead>
                            <tbody>
                                {s.items.into_iter().map(|p| view! {
                                    <tr data-testid="own-practice">
                                        <td><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></td>
                                        <td><span class=format!("status status-{}", p.status.code())>{p.status.label()}</span></td>
                                        <td>{day(&p.updated_at)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
