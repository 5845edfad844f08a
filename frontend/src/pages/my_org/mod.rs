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
use crate::i18n::Word;
use crate::pages::api_keys::ApiKeys;
use crate::session::use_auth;
use people::{Invitations, Members};
use profile::ProfileForm;

/// The page's title for an organisation other than one's own.
fn manage_title(name: &str) -> String {
    t!("my-org-manage-title", name = name)
}

fn any(p: OrganisationPermissions) -> bool {
    p.edit || p.see_members || p.invite || p.manage_api_keys
}

#[component]
pub fn MyOrganisation() -> impl IntoView {
    set_title(&t!("my-org-title"));
    let auth = use_auth();
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_logged_in()
                fallback=|| view! { <h1>{t!("my-org-title")}</h1><LoginNeeded what=t!("my-org-login")/> }>
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
    set_title(&manage_title(
        &params.with_untracked(|p| p.get("slug").unwrap_or_default()),
    ));
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_logged_in()
                fallback=move || view! { <h1>{manage_title(&slug())}</h1><LoginNeeded what=t!("my-org-manage-login")/> }>
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
                        set_title(&manage_title(&o.name));
                    }
                    let name = o.name.clone();
                    view! {
                        <h1>{move || renamed.get().unwrap_or_else(|| name.clone())}</h1>
                        {notice}
                        {notice::warnings_view(warnings)}
                        <p class="actions">
                            <a href=format!("/organisations/{}", o.slug) data-testid="org-public">{t!("my-org-public-page")}</a>
                            {own.then(|| view! {
                                <a class="button" href="/practices/new" data-testid="new-practice">{t!("my-org-new-practice")}</a>
                            })}
                        </p>
                        {if own || any(p) {
                            view! {
                                <OwnPractices slug=o.slug.clone() own=own/>
                                {p.edit.then(|| view! { <ProfileForm organisation=o.clone() renamed=renamed/> })}
                                {p.see_members.then(|| view! { <Members slug=o.slug.clone() manage=p.manage_members/> })}
                                {p.invite.then(|| view! { <Invitations slug=o.slug.clone()/> })}
                                {(own && !p.invite && p.see_members).then(|| view! {
                                    <crate::pages::recovery::NeedsVerification message=t!("my-org-verify-to-invite")/>
                                })}
                                {p.manage_api_keys.then(|| view! { <ApiKeys slug=o.slug.clone()/> })}
                            }.into_any()
                        } else {
                            banner(t!("my-org-not-allowed")).into_any()
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
        (t!("my-org-our-practices"), t!("my-org-none-yet"))
    } else {
        (t!("my-org-its-practices"), t!("my-org-none"))
    };
    view! {
        <section aria-labelledby="own-heading">
            <h2 id="own-heading">{heading}</h2>
            <Suspense fallback=Loading>
                {move || list.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(s) if s.items.is_empty() => view! { <p class="muted">{none.clone()}</p> }.into_any(),
                    Ok(s) => view! {
                        <table class="list">
                            <thead><tr>
                                <th scope="col">{t!("my-org-col-practice")}</th>
                                <th scope="col">{t!("my-org-col-status")}</th>
                                <th scope="col">{t!("my-org-col-changed")}</th>
                            </tr></thead>
                            <tbody>
                                {s.items.into_iter().map(|p| view! {
                                    <tr data-testid="own-practice">
                                        <td><a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a></td>
                                        <td><span class=format!("status status-{}", p.status.code())>{p.status.word()}</span></td>
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
