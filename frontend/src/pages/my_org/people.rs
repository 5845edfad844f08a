//! The people of an organisation and the invitations that bring more in, each shown to
//! those the organisation's permissions allow; org admins change roles, remove people and
//! hand their own role on.

use leptos::prelude::*;
use twinning_domain::membership::{AdminTransfer, MemberPatch};
use twinning_domain::organisation::{Invitation, Member, NewInvitation};
use twinning_domain::{FieldError, InvitationId, PersonId, Role, Validate};

use crate::api;
use crate::components::{banner, day, described, Banner, Confirm, FieldErr, Loading, Outcome};
use crate::i18n::Word;
use crate::session::use_auth;

use crate::components::options;

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
            <h2 id="people-heading">{t!("my-org-people-heading")}</h2>
            <Banner message=outcome.message/>
            {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="members-message">{s}</p> })}
            <Suspense fallback=Loading>
                {move || members.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(list) => view! {
                        <table class="list">
                            <thead><tr>
                                <th scope="col">{t!("my-org-people-col-name")}</th>
                                <th scope="col">{t!("my-org-people-col-email")}</th>
                                <th scope="col">{t!("my-org-people-col-role")}</th>
                                <th scope="col">{t!("my-org-people-col-joined")}</th>
                                {manage.then(|| view! { <th scope="col">{t!("my-org-people-col-manage")}</th> })}
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|m| {
                                    let me = my_email().as_deref() == Some(m.email.as_str());
                                    let name = if me {
                                        t!("my-org-people-name-you", name = &m.name)
                                    } else {
                                        m.name.clone()
                                    };
                                    view! {
                                        <tr data-testid="member-item" data-email=m.email.clone()>
                                            <td>{name}</td>
                                            <td>{m.email.clone()}{(!m.email_verified).then(|| view! { <br/><span class="muted">{t!("my-org-people-unverified")}</span> })}</td>
                                            <td data-testid="member-role">{m.role.word()}</td>
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
                .map(|m| {
                    let (name, role) = (name.get_value(), m.role.code());
                    t!("my-org-people-role-changed", name = name, role = role)
                });
            outcome.report(r);
        });
    });
    let remove = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let r = api::delete(&path.get_value())
                .await
                .map(|()| t!("my-org-people-removed", name = name.get_value()));
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
                        h.said
                            .set(Some(t!("my-org-people-handed-on", name = name.get_value())));
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
            <Confirm label=t!("my-org-people-make-role", role = other.code())
                question=t!("my-org-people-role-question", name = &n, role = other.code())
                confirm=t!("my-org-people-change-role") testid="member-role-change" on_confirm=change/>
            {(can_hand_on && member.role == Role::Member).then(|| view! {
                <Confirm label=t!("my-org-people-hand-on") question=t!("my-org-people-hand-on-question", name = &n)
                    confirm=t!("my-org-people-hand-on")
                    testid="member-hand-on" on_confirm=hand_on/>
            })}
            <Confirm label=t!("my-org-people-remove") question=t!("my-org-people-remove-question", name = &n)
                confirm=t!("my-org-people-remove")
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
                    outcome.report(Ok(t!("my-org-invitations-sent", email = &body.email)));
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
                t!("my-org-invitations-resent", email = to)
            });
            outcome.report(r);
        });
    };
    let revoke = move |id: InvitationId, to: String| {
        let path = path(&format!("invitations/{id}"));
        leptos::task::spawn_local(async move {
            let r = api::delete(&path)
                .await
                .map(|()| t!("my-org-invitations-revoked", email = to));
            outcome.report(r);
        });
    };
    view! {
        <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{t!("my-org-invitations-heading")}</h2>
            <p class="muted">{t!("my-org-invitations-intro")}</p>
            <Banner message=outcome.message/>
            {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="invite-message">{s}</p> })}
            <form class="filters" novalidate on:submit=invite>
                <div>
                    <label for="invite-email">{t!("my-org-invitations-email")}</label>
                    <input id="invite-email" type="email" data-testid="invite-email"
                        aria-describedby=described(errors, "email", None) bind:value=email/>
                    <FieldErr errors=errors field="email"/>
                </div>
                <div>
                    <label for="invite-role">{t!("my-org-invitations-role")}</label>
                    <select id="invite-role" data-testid="invite-role" on:change=move |ev| role.set(event_target_value(&ev))>
                        {options(Role::ALL, Role::code, role)}
                    </select>
                </div>
                <button type="submit" data-testid="invite-create">{t!("my-org-invitations-send")}</button>
            </form>
            <Show when=move || new_code.with(Option::is_some)>
                <div class="notice" role="status">
                    <p>{t!("my-org-invitations-code")}</p>
                    <p><code class="code" data-testid="invite-code">{move || new_code.get()}</code></p>
                </div>
            </Show>
            <Suspense fallback=Loading>
                {move || invitations.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(list) if list.is_empty() => view! { <p class="muted">{t!("my-org-invitations-none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="rows">
                            {list.into_iter().map(|inv| {
                                let unused = inv.used_at.is_none() && inv.revoked_at.is_none();
                                let state = if inv.used_at.is_some() {
                                    t!("my-org-invitations-used")
                                } else if inv.revoked_at.is_some() {
                                    t!("my-org-invitations-state-revoked")
                                } else if inv.expires_at <= crate::components::now() {
                                    t!("my-org-invitations-expired")
                                } else {
                                    t!("my-org-invitations-open-until", date = day(&inv.expires_at))
                                };
                                let to = inv.email.clone().unwrap_or_else(|| t!("my-org-invitations-anyone"));
                                let mailed = inv.email.is_some();
                                let (to_resend, to_revoke) = (to.clone(), to.clone());
                                view! {
                                    <li data-testid="invitation-item" data-email=to.clone()>
                                        {to.clone()}" · "{inv.role.word()}" · "<span data-testid="invitation-state">{state}</span>
                                        {(unused && mailed).then(|| view! {
                                            " "<button type="button" class="link" data-testid="invite-resend"
                                                on:click=move |_| resend(inv.id, to_resend.clone())>{t!("my-org-invitations-resend")}</button>
                                        })}
                                        {unused.then(|| view! {
                                            " "<Confirm label=t!("my-org-invitations-revoke")
                                                question=t!("my-org-invitations-revoke-question", email = &to)
                                                confirm=t!("my-org-invitations-revoke")
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
