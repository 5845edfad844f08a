//! The people of an organisation and the invitations that bring more in, each shown to
//! those the organisation's permissions allow.

use leptos::prelude::*;
use twinning_domain::organisation::{Invitation, Member, NewInvitation};
use twinning_domain::{FieldError, InvitationId, Role, Validate};

use crate::api;
use crate::components::{banner, day, described, options, Banner, FieldErr, Loading};

#[component]
pub fn Members(slug: String) -> impl IntoView {
    let slug = StoredValue::new(slug);
    let members = LocalResource::new(move || {
        let path = slug.with_value(|s| format!("/organisations/{s}/members"));
        async move { api::get::<Vec<Member>>(&path).await }
    });
    view! {
        <section aria-labelledby="people-heading">
            <h2 id="people-heading">"People"</h2>
            <Suspense fallback=Loading>
                {move || members.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(list) => view! {
                        <table class="list">
                            <thead><tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Role"</th><th scope="col">"Joined"</th></tr></thead>
                            <tbody>
                                {list.into_iter().map(|m| view! {
                                    <tr data-testid="member-item"><td>{m.name}</td><td>{m.email}</td><td>{m.role.label()}</td><td>{day(&m.joined_at)}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub fn Invitations(slug: String) -> impl IntoView {
    let reload = RwSignal::new(0u32);
    let slug = StoredValue::new(slug);
    let path = move |tail: &str| format!("/organisations/{}/{tail}", slug.get_value());
    let invitations = LocalResource::new({
        let path = path("invitations");
        move || {
            reload.track();
            let path = path.clone();
            async move { api::get::<Vec<Invitation>>(&path).await }
        }
    });
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Member.code().to_owned());
    let new_code = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let invite = {
        let path = path("invitations");
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let body = NewInvitation {
                email: Some(email.get().trim().to_owned()).filter(|e| !e.is_empty()),
                role: Role::parse(&role.get()).unwrap_or(Role::Member),
            };
            if let Err(e) = body.validate() {
                errors.set(e.into_vec());
                return;
            }
            errors.set(vec![]);
            let path = path.clone();
            leptos::task::spawn_local(async move {
                match api::post::<Invitation, _>(&path, &body).await {
                    Ok(inv) => {
                        new_code.set(inv.code);
                        message.set(None);
                        email.set(String::new());
                        reload.update(|n| *n += 1);
                    }
                    Err(e) => {
                        errors.set(e.field_errors());
                        message.set(Some(e.message()));
                    }
                }
            });
        }
    };
    // Copy, so each listed invitation gets its own.
    let revoke = move |id: InvitationId| {
        let path = path(&format!("invitations/{id}"));
        leptos::task::spawn_local(async move {
            match api::delete(&path).await {
                Ok(()) => reload.update(|n| *n += 1),
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    view! {
        <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">"Invitations"</h2>
            <p class="muted">"An invitation code lets a colleague register straight into your organisation. It works once, until it expires or you revoke it."</p>
            <Banner message=message/>
            <form class="filters" novalidate on:submit=invite>
                <div>
                    <label for="invite-email">"Their email (optional, as a reminder)"</label>
                    <input id="invite-email" type="email" data-testid="invite-email"
                        aria-describedby=described(errors, "email", None) bind:value=email/>
                    <FieldErr errors=errors field="email"/>
                </div>
                <div>
                    <label for="invite-role">"Role"</label>
                    <select id="invite-role" data-testid="invite-role" on:change=move |ev| role.set(event_target_value(&ev))>
                        {options(Role::ALL, Role::code, Role::label, role)}
                    </select>
                </div>
                <button type="submit" data-testid="invite-create">"Create invitation"</button>
            </form>
            <Show when=move || new_code.with(Option::is_some)>
                <div class="notice" role="status">
                    <p>"Give this code to the person you invite. It is shown only now:"</p>
                    <p><code class="code" data-testid="invite-code">{move || new_code.get()}</code></p>
                </div>
            </Show>
            <Suspense fallback=Loading>
                {move || invitations.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(list) if list.is_empty() => view! { <p class="muted">"No invitations yet."</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="rows">
                            {list.into_iter().map(|inv| {
                                let open = inv.used_at.is_none() && inv.revoked_at.is_none();
                                let state = if inv.used_at.is_some() {
                                    "used".to_owned()
                                } else if inv.revoked_at.is_some() {
                                    "revoked".to_owned()
                                } else {
                                    format!("open until {}", day(&inv.expires_at))
                                };
                                view! {
                                    <li data-testid="invitation-item">
                                        {inv.email.clone().unwrap_or_else(|| "Anyone with the code".into())}
                                        " · "{inv.role.label()}" · "{state}
                                        {open.then(|| view! {
                                            " "<button type="button" class="link" data-testid="invite-revoke"
                                                on:click=move |_| revoke(inv.id)>"Revoke"</button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
