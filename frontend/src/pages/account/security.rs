//! The security part of "My account": changing the password (which signs the other devices
//! out) and the list of signed-in devices, each with "sign out", and "sign out everywhere".

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use twinning_domain::account::{local_time, PasswordChange, SessionInfo};
use twinning_domain::Reason;
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{described_in, Banner, Confirm, FieldErr, Loading};
use crate::session::use_auth;

const FORM: &str = "password";

mod text {
    pub const PASSWORD_HEADING: &str = "Password";
    pub const CURRENT: &str = "Current password";
    pub const NEW: &str = "New password (at least 10 characters)";
    pub const AGAIN: &str = "The new password again";
    pub const CHANGE: &str = "Change password";
    pub const CHANGED: &str =
        "Your password is changed. Your other devices were signed out; this one stays signed in.";
    pub const MISMATCH: &str = "the two passwords differ";
    pub const SESSIONS_HEADING: &str = "Where you are signed in";
    pub const SESSIONS_INTRO: &str = "Each device or browser where you logged in. Sign out any you do not recognise, and change your password.";
    pub const THIS_DEVICE: &str = "This device";
    pub const UNKNOWN_AGENT: &str = "Unknown browser";
    pub const SIGN_OUT: &str = "Sign out";
    pub const SIGN_OUT_QUESTION: &str = "Sign this device out? It will have to log in again.";
    pub const SIGNED_OUT: &str = "That device is signed out.";
    pub const EVERYWHERE: &str = "Sign out everywhere";
    pub const EVERYWHERE_QUESTION: &str = "Sign out on every device, this one included?";
}

#[component]
pub fn PasswordForm(reload_sessions: RwSignal<u32>) -> impl IntoView {
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let changed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        changed.set(false);
        banner.set(None);
        let change = PasswordChange {
            current: current.get(),
            new: new.get(),
        };
        let mut found = change
            .validate()
            .err()
            .map(|e| e.into_vec())
            .unwrap_or_default();
        if new.with(|n| again.with(|a| n != a)) {
            found.push(FieldError::new(
                "new_again",
                Reason::must_match("new").saying(text::MISMATCH),
            ));
        }
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        errors.set(vec![]);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<(), _>("/me/password", &change).await {
                Ok(()) => {
                    for field in [current, new, again] {
                        field.set(String::new());
                    }
                    changed.set(true);
                    reload_sessions.update(|n| *n += 1);
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section aria-labelledby="password-heading" class="narrow">
            <h2 id="password-heading">{text::PASSWORD_HEADING}</h2>
            <Banner message=banner/>
            <form novalidate on:submit=submit data-testid="password-form">
                <label for="password-current">{text::CURRENT}</label>
                <input id="password-current" type="password" autocomplete="current-password" data-testid="password-current"
                    aria-describedby=described_in(errors, FORM, "current", None) bind:value=current/>
                <FieldErr errors=errors field="current" form=FORM/>
                <label for="password-new">{text::NEW}</label>
                <input id="password-new" type="password" autocomplete="new-password" data-testid="password-new"
                    aria-describedby=described_in(errors, FORM, "new", None) bind:value=new/>
                <FieldErr errors=errors field="new" form=FORM/>
                <label for="password-again">{text::AGAIN}</label>
                <input id="password-again" type="password" autocomplete="new-password" data-testid="password-again"
                    aria-describedby=described_in(errors, FORM, "new_again", None) bind:value=again/>
                <FieldErr errors=errors field="new_again" form=FORM/>
                <div class="actions">
                    <button type="submit" data-testid="password-change" disabled=move || busy.get()>{text::CHANGE}</button>
                </div>
            </form>
            <Show when=move || changed.get()>
                <p class="saved" role="status" data-testid="password-changed">{text::CHANGED}</p>
            </Show>
        </section>
    }
}

/// "Firefox on Linux"-level detail is more than a user agent string promises; the string is
/// shown as the browser sent it, shortened.
fn device_name(s: &SessionInfo) -> String {
    let agent = s.user_agent.trim();
    if agent.is_empty() {
        text::UNKNOWN_AGENT.to_owned()
    } else if agent.chars().count() > 90 {
        format!("{}…", agent.chars().take(90).collect::<String>())
    } else {
        agent.to_owned()
    }
}

#[component]
pub fn Sessions(reload: RwSignal<u32>, time_zone: String) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<&'static str>);
    let list = LocalResource::new(move || {
        reload.track();
        api::get::<Vec<SessionInfo>>("/me/sessions")
    });
    let time_zone = StoredValue::new(time_zone);
    let sign_out = move |id: i64| {
        message.set(None);
        done.set(None);
        leptos::task::spawn_local(async move {
            match api::delete(&format!("/me/sessions/{id}")).await {
                Ok(()) => {
                    done.set(Some(text::SIGNED_OUT));
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    let everywhere = move |()| {
        message.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::delete("/me/sessions").await {
                Ok(()) => {
                    auth.forget();
                    navigate("/login?signed_out=everywhere", Default::default());
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    view! {
        <section aria-labelledby="sessions-heading" class="narrow">
            <h2 id="sessions-heading">{text::SESSIONS_HEADING}</h2>
            <p>{text::SESSIONS_INTRO}</p>
            <Banner message=message/>
            {move || done.get().map(|m| view! { <p class="saved" role="status" data-testid="session-signed-out">{m}</p> })}
            <Suspense fallback=Loading>
                {move || list.get().map(|r| match r {
                    Err(e) => crate::components::banner(e.message()).into_any(),
                    Ok(items) => view! {
                        <ul class="sessions" data-testid="session-list">
                            {items.into_iter().map(|s| {
                                let id = s.id;
                                let tz = time_zone.get_value();
                                view! {
                                    <li data-testid="session-item" data-current=s.current.to_string()>
                                        <strong>{device_name(&s)}</strong>
                                        {s.current.then(|| view! { " "<span class="status" data-testid="session-current">{text::THIS_DEVICE}</span> })}
                                        <br/>
                                        <span class="muted">
                                            {format!("From {} · signed in {} · last seen {}",
                                                if s.ip.is_empty() { "an unknown address" } else { s.ip.as_str() },
                                                local_time(s.created_at, &tz),
                                                local_time(s.last_seen_at, &tz))}
                                        </span>
                                        {(!s.current).then(|| view! {
                                            " "<Confirm label=text::SIGN_OUT question=text::SIGN_OUT_QUESTION
                                                confirm=text::SIGN_OUT testid="session-sign-out"
                                                on_confirm=move |()| sign_out(id)/>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                })}
            </Suspense>
            <Confirm label=text::EVERYWHERE question=text::EVERYWHERE_QUESTION
                confirm=text::EVERYWHERE testid="sign-out-everywhere" on_confirm=everywhere/>
        </section>
    }
}
