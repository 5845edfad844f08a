//! The caller's organisation: its practices at every stage, and for its admins the profile,
//! people and invitations.

mod people;
mod profile;

use leptos::prelude::*;
use twinning_domain::organisation::OrganisationDetail;
use twinning_domain::search::PracticeSearch;
use twinning_domain::Role;

use crate::api::{self, query_string};
use crate::components::{banner, day, set_title, Loading, LoginNeeded};
use crate::session::use_auth;
use people::People;
use profile::ProfileForm;

#[component]
pub fn MyOrganisation() -> impl IntoView {
    set_title("My organisation");
    let auth = use_auth();
    let manages = move || {
        auth.me.with(|m| {
            m.as_ref()
                .is_some_and(|m| m.role == Role::OrgAdmin || m.is_network_admin)
        })
    };
    // A saved profile renames the heading without reloading the page (which would reset
    // the form and its "Saved." note).
    let renamed = RwSignal::new(None::<String>);
    let detail = LocalResource::new(move || {
        let slug = auth.org_slug();
        async move {
            match slug {
                Some(s) => api::get::<OrganisationDetail>(&format!("/organisations/{s}"))
                    .await
                    .map(Some),
                None => Ok(None),
            }
        }
    });
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_logged_in()
                fallback=|| view! { <h1>"My organisation"</h1><LoginNeeded what="Log in to see your organisation."/> }>
                <Suspense fallback=Loading>
                    {move || detail.get().map(|r| match r {
                        Ok(Some(d)) => view! {
                            <h1>{let name = d.organisation.name.clone(); move || renamed.get().unwrap_or_else(|| name.clone())}</h1>
                            <p class="actions">
                                <a href=format!("/organisations/{}", d.organisation.slug)>"See the public page"</a>
                                <a class="button" href="/practices/new" data-testid="new-practice">"Share a new practice"</a>
                            </p>
                            <OwnPractices slug=d.organisation.slug.clone()/>
                            <Show when=manages>
                                <ProfileForm organisation=d.organisation.clone() renamed=renamed/>
                                <People slug=d.organisation.slug.clone()/>
                            </Show>
                        }.into_any(),
                        Ok(None) => ().into_any(),
                        Err(e) => banner(e.message()).into_any(),
                    })}
                </Suspense>
            </Show>
        </Show>
    }
}

/// Every practice of the organisation, drafts included, newest first.
#[component]
fn OwnPractices(slug: String) -> impl IntoView {
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
    view! {
        <section aria-labelledby="own-heading">
            <h2 id="own-heading">"Our practices"</h2>
            <Suspense fallback=Loading>
                {move || list.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(s) if s.items.is_empty() => view! {
                        <p class="muted">"None yet. Share a programme that worked, so others can replicate it."</p>
                    }.into_any(),
                    Ok(s) => view! {
                        <table class="list">
                            <thead><tr><th scope="col">"Practice"</th><th scope="col">"Status"</th><th scope="col">"Last change"</th></tr></thead>
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
