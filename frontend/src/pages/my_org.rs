//! The caller's organisation: its profile, people, invitations and practices.

use leptos::prelude::*;
use twinning_domain::organisation::{
    Invitation, Member, NewInvitation, Organisation, OrganisationDetail, OrganisationPatch,
};
use twinning_domain::{FieldError, Role, Validate};

use crate::api;
use crate::components::{Banner, FieldErr, Loading};
use crate::session::use_auth;

#[component]
pub fn MyOrganisation() -> impl IntoView {
    let auth = use_auth();
    let slug = move || {
        auth.me
            .with(|m| m.as_ref().map(|m| m.organisation.slug.clone()))
    };
    let manages = move || {
        auth.me.with(|m| {
            m.as_ref()
                .is_some_and(|m| m.role == Role::OrgAdmin || m.is_network_admin)
        })
    };
    let reload = RwSignal::new(0u32);
    let detail = LocalResource::new(move || {
        let slug = slug();
        reload.track();
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
            <Show when=move || auth.me.with(Option::is_some)
                fallback=|| view! { <p class="banner">"Log in to see your organisation."</p> }>
                <Suspense fallback=Loading>
                    {move || detail.get().map(|r| match r {
                        Ok(Some(d)) => view! {
                            <h1>{d.organisation.name.clone()}</h1>
                            <p><a href=format!("/organisations/{}", d.organisation.slug)>"See the public page"</a>
                               " · "<a class="button" href="/practices/new">"Share a new practice"</a></p>
                            <h2>"Our practices"</h2>
                            <ul class="cards">
                                {d.practices.iter().map(|p| view! {
                                    <li class="card" data-testid="own-practice">
                                        <a href=format!("/practices/{}", p.slug)>{p.title.clone()}</a>
                                        " "<span class=format!("status status-{}", p.status.code())>{p.status.label()}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <Show when=manages>
                                <ProfileForm organisation=d.organisation.clone() reload=reload/>
                                <People slug=d.organisation.slug.clone()/>
                            </Show>
                        }.into_any(),
                        Ok(None) => ().into_any(),
                        Err(e) => view! { <p class="banner">{e.message()}</p> }.into_any(),
                    })}
                </Suspense>
            </Show>
        </Show>
    }
}

#[component]
fn ProfileForm(organisation: Organisation, reload: RwSignal<u32>) -> impl IntoView {
    let slug = organisation.slug.clone();
    let name = RwSignal::new(organisation.name.clone());
    let city = RwSignal::new(organisation.city.clone());
    let description = RwSignal::new(organisation.description.clone());
    let website = RwSignal::new(organisation.website.clone().unwrap_or_default());
    let can_mentor = RwSignal::new(organisation.can_mentor);
    let capacity = RwSignal::new(organisation.mentor_capacity.to_string());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let Ok(mentor_capacity) = capacity.get().trim().parse::<u32>() else {
            errors.set(vec![FieldError {
                field: "mentor_capacity".into(),
                message: "must be a whole number".into(),
            }]);
            return;
        };
        let patch = OrganisationPatch {
            name: Some(name.get()),
            city: Some(city.get()),
            description: Some(description.get()),
            website: Some(website.get()),
            can_mentor: Some(can_mentor.get()),
            mentor_capacity: Some(mentor_capacity),
            ..Default::default()
        };
        if let Err(e) = patch.validate() {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        let slug = slug.clone();
        leptos::task::spawn_local(async move {
            match api::patch::<Organisation, _>(&format!("/organisations/{slug}"), &patch).await {
                Ok(_) => {
                    saved.set(true);
                    reload.update(|n| *n += 1);
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
        });
    };
    view! {
        <section>
            <h2>"Profile"</h2>
            <Banner message=banner/>
            <form on:submit=save novalidate>
                <label for="profile-name">"Name"</label>
                <input id="profile-name" data-testid="profile-name" bind:value=name/>
                <FieldErr errors=errors field="name"/>
                <label for="profile-city">"City"</label>
                <input id="profile-city" bind:value=city/>
                <FieldErr errors=errors field="city"/>
                <label for="profile-description">"Description"</label>
                <textarea id="profile-description" rows="4" bind:value=description></textarea>
                <FieldErr errors=errors field="description"/>
                <label for="profile-website">"Website"</label>
                <input id="profile-website" type="url" bind:value=website/>
                <FieldErr errors=errors field="website"/>
                <label class="check"><input type="checkbox" bind:checked=can_mentor/>"We mentor other organisations"</label>
                <label for="profile-capacity">"How many mentees at once"</label>
                <input id="profile-capacity" inputmode="numeric" bind:value=capacity/>
                <FieldErr errors=errors field="mentor_capacity"/>
                <button type="submit" data-testid="profile-save">"Save profile"</button>
                <Show when=move || saved.get()><span role="status">" Saved."</span></Show>
            </form>
        </section>
    }
}

#[component]
fn People(slug: String) -> impl IntoView {
    let reload = RwSignal::new(0u32);
    let base = format!("/organisations/{slug}");
    let members = LocalResource::new({
        let base = base.clone();
        move || {
            let path = format!("{base}/members");
            async move { api::get::<Vec<Member>>(&path).await }
        }
    });
    let invitations = LocalResource::new({
        let base = base.clone();
        move || {
            reload.track();
            let path = format!("{base}/invitations");
            async move { api::get::<Vec<Invitation>>(&path).await }
        }
    });
    let email = RwSignal::new(String::new());
    let role = RwSignal::new("member".to_owned());
    let new_code = RwSignal::new(None::<String>);
    let banner = RwSignal::new(None::<String>);
    let invite = {
        let base = base.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let body = NewInvitation {
                email: Some(email.get()).filter(|e| !e.trim().is_empty()),
                role: Role::parse(&role.get()).unwrap_or(Role::Member),
            };
            let path = format!("{base}/invitations");
            leptos::task::spawn_local(async move {
                match api::post::<Invitation, _>(&path, &body).await {
                    Ok(inv) => {
                        new_code.set(inv.code);
                        banner.set(None);
                        reload.update(|n| *n += 1);
                    }
                    Err(e) => banner.set(Some(e.message())),
                }
            });
        }
    };
    let revoke = move |id: i64| {
        let path = format!("{base}/invitations/{id}");
        leptos::task::spawn_local(async move {
            match api::delete(&path).await {
                Ok(()) => reload.update(|n| *n += 1),
                Err(e) => banner.set(Some(e.message())),
            }
        });
    };
    view! {
        <section>
            <h2>"People"</h2>
            <Suspense fallback=Loading>
                {move || members.get().and_then(Result::ok).map(|list| view! {
                    <ul>{list.into_iter().map(|m| view! { <li>{m.name}" — "{m.email}" ("{m.role.label()}")"</li> }).collect_view()}</ul>
                })}
            </Suspense>
            <h2>"Invitations"</h2>
            <Banner message=banner/>
            <form class="inline" on:submit=invite>
                <label for="invite-email">"Email (optional)"</label>
                <input id="invite-email" type="email" bind:value=email/>
                <label for="invite-role">"Role"</label>
                <select id="invite-role" on:change=move |ev| role.set(event_target_value(&ev))>
                    <option value="member">"Member"</option>
                    <option value="org_admin">"Organisation admin"</option>
                </select>
                <button type="submit" data-testid="invite-create">"Create invitation"</button>
            </form>
            <Show when=move || new_code.with(Option::is_some)>
                <p class="notice" role="status">"Give this code to the person you invite (shown once): "
                    <code data-testid="invite-code">{move || new_code.get()}</code></p>
            </Show>
            <Suspense fallback=Loading>
                {move || invitations.get().and_then(Result::ok).map(|list| {
                    let revoke = revoke.clone();
                    view! {
                        <ul>
                            {list.into_iter().map(|inv| {
                                let revoke = revoke.clone();
                                let open = inv.used_at.is_none() && inv.revoked_at.is_none();
                                let state = if inv.used_at.is_some() { "used" } else if inv.revoked_at.is_some() { "revoked" } else { "open" };
                                view! {
                                    <li>
                                        {inv.email.clone().unwrap_or_else(|| "anyone with the code".into())}
                                        " · "{inv.role.label()}" · "{state}
                                        {open.then(|| view! {
                                            " "<button type="button" class="link" on:click=move |_| revoke(inv.id)>"Revoke"</button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                })}
            </Suspense>
        </section>
    }
}
