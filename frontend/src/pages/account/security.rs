//! The security part of "My account": changing the password (which signs the other devices
//! out) and the list of signed-in devices, each with "sign out", and "sign out everywhere".

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use twinning_domain::account::{PasswordChange, SessionInfo};
use twinning_domain::Reason;
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{described_in, Banner, Confirm, FieldErr, Loading};
use crate::session::use_auth;

const FORM: &str = "password";

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
                Reason::must_match("new").saying(t!("account-password-mismatch")),
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
            <h2 id="password-heading">{t!("account-password-heading")}</h2>
            <Banner message=banner/>
            <form novalidate on:submit=submit data-testid="password-form">
                <label for="password-current">{t!("account-password-current")}</label>
                <input id="password-current" type="password" autocomplete="current-password" data-testid="password-current"
                    aria-describedby=described_in(errors, FORM, "current", None) bind:value=current/>
                <FieldErr errors=errors field="current" form=FORM/>
                <label for="password-new">{t!("account-password-new")}</label>
                <input id="password-new" type="password" autocomplete="new-password" data-testid="password-new"
                    aria-describedby=described_in(errors, FORM, "new", None) bind:value=new/>
                <FieldErr errors=errors field="new" form=FORM/>
                <label for="password-again">{t!("account-password-again")}</label>
                <input id="password-again" type="password" autocomplete="new-password" data-testid="password-again"
                    aria-describedby=described_in(errors, FORM, "new_again", None) bind:value=again/>
                <FieldErr errors=errors field="new_again" form=FORM/>
                <div class="actions">
                    <button type="submit" data-testid="password-change" disabled=move || busy.get()>{t!("account-password-change")}</button>
                </div>
            </form>
            <Show when=move || changed.get()>
                <p class="saved" role="status" data-testid="password-changed">{t!("account-password-changed")}</p>
            </Show>
        </section>
    }
}

/// "Firefox on Linux"-level detail is more than a user agent string promises; the string is
/// shown as the browser sent it, shortened.
fn device_name(s: &SessionInfo) -> String {
    let agent = s.user_agent.trim();
    if agent.is_empty() {
        t!("account-session-unknown-browser")
    } else if agent.chars().count() > 90 {
        format!("{}…", agent.chars().take(90).collect::<String>())
    } else {
        agent.to_owned()
    }
}

/// A moment in the reader's language on the clock of `time_zone` (the person's own, from
/// their profile), followed by the zone's name; on the browser's clock if the browser does
/// not know the zone.
fn in_zone(t: chrono::DateTime<chrono::Utc>, time_zone: &str) -> String {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let options = Object::new();
    for (k, v) in [
        ("dateStyle", "medium"),
        ("timeStyle", "short"),
        ("timeZone", time_zone),
    ] {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let locales = Array::of1(&JsValue::from_str(crate::i18n::language().code()));
    // Milliseconds since the epoch are exact in an f64 for any date the app shows.
    #[allow(clippy::cast_precision_loss)]
    let date: JsValue = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64)).into();
    // Built through `Reflect` because the constructor throws on a zone it does not know.
    Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .and_then(|intl| Reflect::get(&intl, &JsValue::from_str("DateTimeFormat")))
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .and_then(|c| Reflect::construct(&c, &Array::of2(&locales, &options)).ok())
        .and_then(|f| Reflect::get(&f, &JsValue::from_str("format")).ok())
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&JsValue::UNDEFINED, &date).ok())
        .and_then(|s| s.as_string())
        .map_or_else(
            || crate::i18n::date_time(&t),
            |s| format!("{s} ({time_zone})"),
        )
}

/// Where and when a session began, and when it was last seen.
fn session_details(s: &SessionInfo, time_zone: &str) -> String {
    let signed_in = in_zone(s.created_at, time_zone);
    let seen = in_zone(s.last_seen_at, time_zone);
    if s.ip.is_empty() {
        t!(
            "account-session-details-no-address",
            signed_in = signed_in,
            seen = seen
        )
    } else {
        t!(
            "account-session-details",
            address = s.ip.as_str(),
            signed_in = signed_in,
            seen = seen
        )
    }
}

#[component]
pub fn Sessions(reload: RwSignal<u32>, time_zone: String) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
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
                    done.set(Some(t!("account-session-signed-out")));
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
            <h2 id="sessions-heading">{t!("account-sessions-heading")}</h2>
            <p>{t!("account-sessions-intro")}</p>
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
                                        {s.current.then(|| view! { " "<span class="status" data-testid="session-current">{t!("account-session-this-device")}</span> })}
                                        <br/>
                                        <span class="muted">
                                            {session_details(&s, &tz)}
                                        </span>
                                        {(!s.current).then(|| view! {
                                            " "<Confirm label=t!("account-session-sign-out") question=t!("account-session-sign-out-question")
                                                confirm=t!("account-session-sign-out") testid="session-sign-out"
                                                on_confirm=move |()| sign_out(id)/>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                })}
            </Suspense>
            <Confirm label=t!("account-sign-out-everywhere") question=t!("account-sign-out-everywhere-question")
                confirm=t!("account-sign-out-everywhere") testid="sign-out-everywhere" on_confirm=everywhere/>
        </section>
    }
}
