//! "My account": who is signed in, their profile, password and devices, and how each kind of
//! notification reaches them by mail.

mod profile;
mod security;

use std::collections::BTreeMap;

use leptos::prelude::*;
use twinning_domain::auth::Me;
use twinning_domain::notify::{
    Audience, Delivery, NotificationKind, Preferences, PreferencesUpdate, RULES,
};
use twinning_domain::{FieldError, Role};

use crate::api;
use crate::components::{described_in, set_title, Banner, FieldErr, Loading, LoginNeeded};
use crate::i18n::Word;
use crate::session::use_auth;

const DELIVERIES: [Delivery; 3] = [Delivery::Immediate, Delivery::Weekly, Delivery::Never];

/// Whether some rule can notify `me` with `kind` (network admins hear of submissions, org
/// admins of new colleagues, everyone of their organisation's practices).
fn reaches(me: &Me, kind: NotificationKind) -> bool {
    RULES
        .iter()
        .filter(|r| r.kind == kind)
        .any(|r| match r.audience {
            Audience::NetworkAdmins => me.is_network_admin,
            Audience::ConcernedOrgAdmins => me.role == Role::OrgAdmin,
            Audience::ConcernedPeople => true,
            Audience::Registrant => me.role == Role::OrgAdmin,
        })
}

#[component]
pub fn Account() -> impl IntoView {
    set_title(&t!("account-title"));
    let auth = use_auth();
    let signed_in = Memo::new(move |_| auth.me.with(Option::is_some));
    view! {
        <h1>{t!("account-title")}</h1>
        <Show when=move || auth.ready.get() fallback=Loading>
            // Built once per sign-in: the forms below update `me` themselves, and rebuilding
            // would wipe what they just said.
            {move || match signed_in.get().then(|| auth.me.get_untracked()).flatten() {
                None => view! { <LoginNeeded what=t!("account-login")/> }.into_any(),
                Some(me) => {
                    let reload_sessions = RwSignal::new(0u32);
                    view! {
                        <Profile me=me.clone()/>
                        <profile::ProfileForm me=me.clone()/>
                        <security::PasswordForm reload_sessions=reload_sessions/>
                        <security::Sessions reload=reload_sessions time_zone=me.time_zone.clone()/>
                        <YourData/>
                        <MailPreferences me=me/>
                    }.into_any()
                }
            }}
        </Show>
        <crate::pages::account_data::AccountData/>
    }
}

#[component]
fn Profile(me: Me) -> impl IntoView {
    let auth = use_auth();
    // Name and address follow the profile form.
    let field =
        move |f: fn(&Me) -> String| move || auth.me.with(|m| m.as_ref().map(f).unwrap_or_default());
    view! {
        <dl class="facts" data-testid="account-facts">
            <dt>{t!("account-name")}</dt><dd data-testid="account-name">{field(|m| m.name.clone())}</dd>
            <dt>{t!("account-email")}</dt><dd data-testid="account-email">{field(|m| m.email.clone())}</dd>
            <dt>{t!("account-organisation")}</dt>
            <dd><a href=format!("/organisations/{}", me.organisation.slug)>{me.organisation.name.clone()}</a></dd>
            <dt>{t!("account-role")}</dt><dd>{me.role.word()}</dd>
        </dl>
        {me.is_network_admin.then(|| view! { <p>{t!("account-network-admin")}</p> })}
        <p><a href="/notifications">{t!("account-see-notifications")}</a></p>
    }
}

/// Reserved for the person's own data: "download my data" and "delete my account" are added
/// here (by the capability that builds them), between the security settings and the mail
/// preferences.
#[component]
fn YourData() -> impl IntoView {
    view! {
        <section aria-labelledby="your-data-heading" class="narrow" data-testid="account-data">
            <h2 id="your-data-heading">{t!("account-data-heading")}</h2>
            // ACCOUNT DATA SECTION: "download my data" (GET /me/export) and "delete my account"
            // (DELETE /me) go here.
        </section>
    }
}

#[component]
fn MailPreferences(me: Me) -> impl IntoView {
    let kinds: Vec<NotificationKind> = NotificationKind::ALL
        .iter()
        .copied()
        .filter(|k| reaches(&me, *k))
        .collect();
    let kinds = StoredValue::new(kinds);
    // One choice per kind, filled from the server.
    let choices = RwSignal::new(BTreeMap::<NotificationKind, Delivery>::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<Vec<(NotificationKind, Delivery)>>);
    let busy = RwSignal::new(false);
    let loaded = LocalResource::new(|| api::get::<Preferences>("/me/preferences"));
    Effect::new(move |_| {
        if let Some(Ok(p)) = loaded.get() {
            choices.set(p.notifications);
        }
    });

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Only the kinds shown: the others keep what the server has.
        let body = PreferencesUpdate {
            notifications: choices.with_untracked(|c| {
                kinds.with_value(|ks| {
                    ks.iter()
                        .map(|k| {
                            let d = c.get(k).copied().unwrap_or(k.default_delivery());
                            (k.code().to_owned(), d.code().to_owned())
                        })
                        .collect()
                })
            }),
        };
        saved.set(None);
        message.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            // The answer holds every kind as stored now.
            match api::put::<Preferences, _>("/me/preferences", &body).await {
                Ok(answer) => {
                    let stored = answer.notifications;
                    let summary = kinds.with_value(|ks| {
                        ks.iter()
                            .filter_map(|k| stored.get(k).map(|d| (*k, *d)))
                            .collect()
                    });
                    choices.update(|c| c.extend(stored));
                    errors.set(vec![]);
                    saved.set(Some(summary));
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    message.set(Some(e.message()));
                }
            }
            busy.set(false);
        });
    };

    view! {
        <section aria-labelledby="mail-heading" class="narrow">
            <h2 id="mail-heading">{t!("account-mail-heading")}</h2>
            <p>{t!("account-mail-intro")}</p>
            <p class="muted">{t!("account-mail-always")}</p>
            <Banner message=message/>
            <Suspense fallback=Loading>
                {move || loaded.get().map(|r| match r {
                    Err(e) => crate::components::banner(e.message()).into_any(),
                    Ok(_) => view! {
                        <form novalidate on:submit=save>
                            {kinds.get_value().into_iter().map(|k| view! { <KindChoice kind=k choices=choices errors=errors/> }).collect_view()}
                            <FieldErr errors=errors field="notifications"/>
                            <div class="actions">
                                <button type="submit" data-testid="prefs-save" disabled=move || busy.get()>{t!("account-mail-save")}</button>
                            </div>
                        </form>
                    }.into_any(),
                })}
            </Suspense>
            {move || saved.get().map(|summary| view! {
                <div class="saved" role="status" data-testid="prefs-saved">
                    <p>{t!("account-mail-saved")}</p>
                    <ul>
                        {summary.into_iter().map(|(k, d)| view! {
                            <li data-testid=format!("prefs-saved-{}", k.code())>{t!("account-mail-saved-kind", kind = k.word())}" "<strong>{d.word()}</strong></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </section>
    }
}

#[component]
fn KindChoice(
    kind: NotificationKind,
    choices: RwSignal<BTreeMap<NotificationKind, Delivery>>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let field = format!("notifications.{}", kind.code());
    let described = described_in(errors, "", field.clone(), None);
    let current =
        move || choices.with(|c| c.get(&kind).copied().unwrap_or(kind.default_delivery()));
    view! {
        <fieldset class="choices" aria-describedby=described>
            <legend>{kind.word()}</legend>
            {DELIVERIES.iter().map(|d| {
                let d = *d;
                view! {
                    <label class="check">
                        <input type="radio" name=format!("pref-{}", kind.code()) value=d.code()
                            data-testid=format!("pref-{}-{}", kind.code(), d.code())
                            prop:checked=move || current() == d
                            on:change=move |_| choices.update(|c| { c.insert(kind, d); })/>
                        {d.word()}
                    </label>
                }
            }).collect_view()}
            <FieldErr errors=errors field=field/>
        </fieldset>
    }
}
