//! The people of an organisation and the invitations that bring more in, each shown to
//! those the organisation's permissions allow; org admins change roles, remove people and
//! hand their own role on.

use leptos::prelude::*;
use twinning_domain::membership::{AdminTransfer, MemberPatch};
use twinning_domain::organisation::{Invitation, Member, NewInvitation};
use twinning_domain::{FieldError, InvitationId, PersonId, Role, Validate};

use crate::api;
use crate::components::{
    banner, day, described, options, Banner, Confirm, FieldErr, Loading, Outcome,
};
use crate::session::use_auth;

mod text {
    use twinning_domain::Role;

    pub const PEOPLE: &str = "People";
    pub const YOU: &str = " (you)";
    pub const UNVERIFIED: &str = "address not verified";
    pub const REMOVE: &str = "Remove";
    pub const HAND_ON: &str = "Make org admin and step down";
    pub const INVITATIONS: &str = "Invitations";
    pub const INVITE_INTRO: &str = "Invite a colleague by their address: they receive a link to \
        join your organisation, valid for that address only, once, for 14 days. You can resend \
        or revoke it until it is used.";
    pub const EMAIL: &str = "Their email";
    pub const ROLE: &str = "Role";
    pub const SEND: &str = "Send invitation";
    pub const RESEND: &str = "Resend";
    pub const REVOKE: &str = "Revoke";
    pub const NONE: &str = "No invitations yet.";
    pub const CODE: &str = "The link is on its way. You can also give them this code to enter \
        on the join page; it is shown only now:";

    pub fn role_question(name: &str, role: Role) -> String {
        format!("Make {name} {}?", role.label().to_lowercase())
    }

    pub fn role_changed(name: &str, role: Role) -> String {
        format!("{name} is now {}.", role.label().to_lowercase())
    }

    pub fn remove_question(name: &str) -> String {
        format!(
            "Remove {name} from your organisation? They are signed out at once and can no longer \
             sign in; what they wrote stays. A new invitation brings them back."
        )
    }

    pub fn removed(name: &str) -> String {
        format!("{name} was removed from your organisation.")
    }

    pub fn hand_on_question(name: &str) -> String {
        format!(
            "Make {name} an org admin and become a member yourself? You will no longer manage \
             people, invitations or keys."
        )
    }

    pub fn handed_on(name: &str) -> String {
        format!("{name} is now an org admin; you are a member.")
    }

    pub fn sent(email: &str) -> String {
        format!("An invitation was mailed to {email}.")
    }

    pub fn resent(email: &str) -> String {
        format!("A new link was mailed to {email}; the earlier one no longer works.")
    }

    pub fn revoke_question(email: &str) -> String {
        format!("Revoke the invitation to {email}? Its link stops working.")
    }

    pub fn revoked(email: &str) -> String {
        format!("The invitation to {email} was revoked.")
    }
}

/// What the page says after the caller handed their org-admin role on (the sections below are
/// drawn again with the caller's new rights).
#[derive(Clone, Copy)]
pub struct Handed {
    pub said: RwSignal<Option<String>>,
    /// Bumped to read the organisation's permissions again.
    pub reload: RwSignal<u32>,
}

#[component]
pub fn Members(slug: String, manage: bool) -> impl IntoView {
    let auth = use_auth();
    let outcome = Outcome::new();
    let slug = StoredValue::new(slug);
    let members = LocalResource::new(move || {
        outcome.reload.track();
        let path = slug.with_value(|s| format!("/organisations/{s}/members"));
        async move { api::get::<Vec<Member>>(&path).await }
    });
    // Read untracked: signing out must not redraw the table while the page goes away.
    let my_email = move || {
        auth.me
            .with_untracked(|m| m.as_ref().map(|m| m.email.clone()))
    };
    let i_admin = move || {
        auth.me.with_untracked(|m| {
            m.as_ref()
                .is_some_and(|m| m.is_org_admin_of(&slug.get_value()))
        })
    };
    view! {
        <section aria-labelledby="people-heading">
            <h2 id="people-heading">{text::PEOPLE}</h2>
            <Banner message=outcome.message/>
            {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="members-message">{s}</p> })}
            <Suspense fallback=Loading>
                {move || members.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(list) => view! {
                        <table class="list">
                            <thead><tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Role"</th><th scope="col">"Joined"</th>
                                {manage.then(|| view! { <th scope="col">"Manage"</th> })}</tr></thead>
                            <tbody>
                                {list.into_iter().map(|m| {
                                    let me = my_email().as_deref() == Some(m.email.as_str());
                                    view! {
                                        <tr data-testid="member-item" data-email=m.email.clone()>
                                            <td>{m.name.clone()}{me.then_some(text::YOU)}</td>
                                            <td>{m.email.clone()}{(!m.email_verified).then(|| view! { <br/><span class="muted">{text::UNVERIFIED}</span> })}</td>
                                            <td data-testid="member-role">{m.role.label()}</td>
                                            <td>{day(&m.joined_at)}</td>
                                            {(manage && !me).then(|| view! {
                                                <td><MemberActions member=m.clone() slug=slug.get_value() outcome=outcome can_hand_on=i_admin()/></td>
                                            })}
                                            {(manage && me).then(|| view! { <td></td> })}
                                        </tr>
                                    }
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
fn MemberActions(
    member: Member,
    slug: String,
    outcome: Outcome,
    can_hand_on: bool,
) -> impl IntoView {
    let auth = use_auth();
    let id: PersonId = member.id;
    let name = StoredValue::new(member.name.clone());
    let path = StoredValue::new(format!("/organisations/{slug}/members/{id}"));
    let other = match member.role {
        Role::OrgAdmin => Role::Member,
        Role::Member => Role::OrgAdmin,
    };
    let change = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let body = MemberPatch { role: other };
            let r = api::patch::<Member, _>(&path.get_value(), &body)
                .await
                .map(|m| text::role_changed(&name.get_value(), m.role));
            outcome.report(r);
        });
    });
    let remove = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let r = api::delete(&path.get_value())
                .await
                .map(|()| text::removed(&name.get_value()));
            outcome.report(r);
        });
    });
    let transfer_path = format!("/organisations/{slug}/admin-transfer");
    let handed = use_context::<Handed>();
    let hand_on = Callback::new(move |()| {
        let path = transfer_path.clone();
        leptos::task::spawn_local(async move {
            let body = AdminTransfer { person_id: id };
            match api::post::<Vec<Member>, _>(&path, &body).await {
                Ok(_) => {
                    if let Some(h) = handed {
                        h.said.set(Some(text::handed_on(&name.get_value())));
                        h.reload.update(|n| *n += 1);
                    }
                    // The caller's own rights changed: the page reads them again.
                    auth.reload_me();
                }
                Err(e) => outcome.report(Err(e)),
            }
        });
    });
    let n = member.name.clone();
    view! {
        <span class="actions">
            <Confirm label=format!("Make {}", other.label().to_lowercase()) question=text::role_question(&n, other)
                confirm="Change role" testid="member-role-change" on_confirm=change/>
            {(can_hand_on && member.role == Role::Member).then(|| view! {
                <Confirm label=text::HAND_ON question=text::hand_on_question(&n) confirm=text::HAND_ON
                    testid="member-hand-on" on_confirm=hand_on/>
            })}
            <Confirm label=text::REMOVE question=text::remove_question(&n) confirm=text::REMOVE
                testid="member-remove" on_confirm=remove/>
        </span>
    }
}

#[component]
pub fn Invitations(slug: String) -> impl IntoView {
    let outcome = Outcome::new();
    let slug = StoredValue::new(slug);
    let path = move |tail: &str| format!("/organisations/{}/{tail}", slug.get_value());
    let invitations = LocalResource::new(move || {
        outcome.reload.track();
        let path = path("invitations");
        async move { api::get::<Vec<Invitation>>(&path).await }
    });
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Member.code().to_owned());
    let new_code = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let invite = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = NewInvitation {
            email: email.get().trim().to_owned(),
            role: Role::parse(&role.get()).unwrap_or(Role::Member),
        };
        if let Err(e) = body.validate() {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        let path = path("invitations");
        leptos::task::spawn_local(async move {
            match api::post::<Invitation, _>(&path, &body).await {
                Ok(inv) => {
                    new_code.set(inv.code);
                    email.set(String::new());
                    outcome.report(Ok(text::sent(&body.email)));
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    outcome.report(Err(e));
                }
            }
        });
    };
    // Copy, so each listed invitation gets its own.
    let resend = move |id: InvitationId, to: String| {
        let path = path(&format!("invitations/{id}/resend"));
        leptos::task::spawn_local(async move {
            let r = api::post_empty::<Invitation>(&path).await.map(|inv| {
                new_code.set(inv.code);
                text::resent(&to)
            });
            outcome.report(r);
        });
    };
    let revoke = move |id: InvitationId, to: String| {
        let path = path(&format!("invitations/{id}"));
        leptos::task::spawn_local(async move {
            let r = api::delete(&path).await.map(|()| text::revoked(&to));
            outcome.report(r);
        });
    };
    view! {
        <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{text::INVITATIONS}</h2>
            <p class="muted">{text::INVITE_INTRO}</p>
            <Banner message=outcome.message/>
            {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="invite-message">{s}</p> })}
            <form class="filters" novalidate on:submit=invite>
                <div>
                    <label for="invite-email">{text::EMAIL}</label>
                    <input id="invite-email" type="email" data-testid="invite-email"
                        aria-describedby=described(errors, "email", None) bind:value=email/>
                    <FieldErr errors=errors field="email"/>
                </div>
                <div>
                    <label for="invite-role">{text::ROLE}</label>
                    <select id="invite-role" data-testid="invite-role" on:change=move |ev| role.set(event_target_value(&ev))>
                        {options(Role::ALL, Role::code, Role::label, role)}
                    </select>
                </div>
                <button type="submit" data-testid="invite-create">{text::SEND}</button>
            </form>
            <Show when=move || new_code.with(Option::is_some)>
                <div class="notice" role="status">
                    <p>{text::CODE}</p>
                    <p><code class="code" data-testid="invite-code">{move || new_code.get()}</code></p>
                </div>
            </Show>
            <Suspense fallback=Loading>
                {move || invitations.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(list) if list.is_empty() => view! { <p class="muted">{text::NONE}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="rows">
                            {list.into_iter().map(|inv| {
                                let unused = inv.used_at.is_none() && inv.revoked_at.is_none();
                                let state = if inv.used_at.is_some() {
                                    "used".to_owned()
                                } else if inv.revoked_at.is_some() {
                                    "revoked".to_owned()
                                } else if inv.expires_at <= crate::components::now() {
                                    "expired".to_owned()
                                } else {
                                    format!("open until {}", day(&inv.expires_at))
                                };
                                let to = inv.email.clone().unwrap_or_else(|| "anyone with the code".into());
                                let mailed = inv.email.is_some();
                                let (to_resend, to_revoke) = (to.clone(), to.clone());
                                view! {
                                    <li data-testid="invitation-item" data-email=to.clone()>
                                        {to.clone()}" · "{inv.role.label()}" · "<span data-testid="invitation-state">{state}</span>
                                        {(unused && mailed).then(|| view! {
                                            " "<button type="button" class="link" data-testid="invite-resend"
                                                on:click=move |_| resend(inv.id, to_resend.clone())>{text::RESEND}</button>
                                        })}
                                        {unused.then(|| view! {
                                            " "<Confirm label=text::REVOKE question=text::revoke_question(&to) confirm=text::REVOKE
                                                testid="invite-revoke" on_confirm=move |()| revoke(inv.id, to_revoke.clone())/>
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
