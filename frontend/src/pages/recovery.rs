//! The mailed links: the banner that asks an unverified person to confirm their address (and
//! resends the link), the page the link opens, and "forgot password" with the reset page.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use twinning_domain::account::{
    MailQueued, PasswordResetConfirm, PasswordResetRequest, VerifyEmailRequest,
};
use twinning_domain::Reason;
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{described, set_title, Banner, FieldErr};
use crate::session::use_auth;

/// The banner's first sentence, cut where the address goes so the page can set it in bold
/// wherever the language places it.
fn banner_around_email() -> (String, String) {
    const MARK: &str = "\u{E000}";
    let whole = t!("recovery-banner", email = MARK);
    match whole.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (whole, String::new()),
    }
}

/// Shown on every page while the signed-in person has not confirmed their address.
#[component]
pub fn VerificationBanner() -> impl IntoView {
    let auth = use_auth();
    let outcome = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let resend = move |_| {
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let said = match api::post_empty::<MailQueued>("/auth/verify-email/resend").await {
                Ok(answer) => answer.message,
                Err(e) if e.status() == Some(409) => {
                    // Confirmed meanwhile, perhaps in another tab.
                    auth.reload_me();
                    t!("recovery-already-confirmed")
                }
                Err(e) => e.message(),
            };
            outcome.set(Some(said));
            busy.set(false);
        });
    };
    let (before, after) = banner_around_email();
    view! {
        <Show when=move || auth.is_unverified()>
            <div class="notice verify-banner" role="status" data-testid="verify-banner">
                <p>
                    {before.clone()}
                    <strong>{move || auth.me.with(|m| m.as_ref().map(|m| m.email.clone()).unwrap_or_default())}</strong>
                    {after.clone()}" "
                    {t!("recovery-banner-why")}
                </p>
                <p>
                    <button type="button" class="secondary" data-testid="verify-resend"
                        disabled=move || busy.get() on:click=resend>{t!("recovery-resend")}</button>
                    {move || outcome.get().map(|m| view! { " "<span data-testid="verify-resend-result">{m}</span> })}
                </p>
            </div>
        </Show>
    }
}

/// Where a person is told that an action waits for their address (beside what is refused).
/// `message` says what waits for the address to be confirmed, and how to confirm it.
#[component]
pub fn NeedsVerification(#[prop(into)] message: String) -> impl IntoView {
    let auth = use_auth();
    view! {
        <Show when=move || auth.is_unverified()>
            <p class="muted" data-testid="needs-verification">
                {message.clone()}
            </p>
        </Show>
    }
}

fn token_from_query() -> Option<String> {
    use_query_map()
        .with_untracked(|q| q.get("token"))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// `/verify-email?token=…`: opened from the mail, signed in or not.
#[component]
pub fn VerifyEmail() -> impl IntoView {
    set_title(&t!("recovery-verify-title"));
    let auth = use_auth();
    let token = token_from_query();
    let has_token = token.is_some();
    let result = LocalResource::new(move || {
        let token = token.clone();
        async move {
            let token = token?;
            Some(
                api::post::<(), _>("/auth/verify-email", &VerifyEmailRequest { token })
                    .await
                    .map_err(|e| {
                        // The message the server gives for the token says what went wrong.
                        e.field_errors()
                            .into_iter()
                            .find(|f| f.field == "token")
                            .map(|f| {
                                t!(
                                    "recovery-verify-failed",
                                    reason = crate::i18n::field_error(&f)
                                )
                            })
                            .unwrap_or_else(|| e.message())
                    }),
            )
        }
    });
    // Once, when the answer arrives: whether someone is signed in is read untracked, or each
    // `/me` the reload sets would run this again, for as long as the page is open.
    Effect::new(move |_| {
        if let Some(Some(Ok(()))) = result.get() {
            if untrack(|| auth.is_logged_in()) {
                auth.reload_me();
            }
        }
    });
    view! {
        <section class="narrow">
            <h1>{t!("recovery-verify-title")}</h1>
            {(!has_token).then(|| view! { <p class="banner" role="alert" data-testid="verify-result" data-state="error">{t!("recovery-no-token")}</p> })}
            <Suspense fallback=move || view! { <p role="status">{t!("recovery-verifying")}</p> }>
                {move || result.get().flatten().map(|r| match r {
                    Ok(()) => view! {
                        <div class="saved" role="status" data-testid="verify-result" data-state="done">
                            <p>{t!("recovery-verified")}</p>
                            <p>{move || if auth.is_logged_in() {
                                view! { <a href="/my-organisation">{t!("recovery-go-to-organisation")}</a> }.into_any()
                            } else {
                                view! { <a href="/login">{t!("recovery-log-in")}</a> }.into_any()
                            }}</p>
                        </div>
                    }.into_any(),
                    Err(message) => view! {
                        <div class="banner" role="alert" data-testid="verify-result" data-state="error">
                            <p>{message}</p>
                            <p>{move || if auth.is_logged_in() {
                                t!("recovery-retry-signed-in")
                            } else {
                                t!("recovery-retry-signed-out")
                            }}</p>
                        </div>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

/// `/forgot-password`: asks for a reset link. The answer is the same whether or not the
/// address has an account.
#[component]
pub fn ForgotPassword() -> impl IntoView {
    set_title(&t!("recovery-forgot-title"));
    let email = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let sent = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = PasswordResetRequest { email: email.get() };
        if let Err(e) = req.validate() {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        banner.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<MailQueued, _>("/auth/password-reset", &req).await {
                Ok(answer) => sent.set(Some(answer.message)),
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section class="narrow">
            <h1>{t!("recovery-forgot-title")}</h1>
            <Show when=move || sent.with(Option::is_none) fallback=move || view! {
                <div class="saved" role="status" data-testid="forgot-sent">
                    <p>{move || sent.get()}</p>
                    <p><a href="/login">{t!("recovery-back-to-login")}</a></p>
                </div>
            }>
                <p>{t!("recovery-forgot-intro")}</p>
                <Banner message=banner/>
                <form on:submit=submit novalidate>
                    <label for="forgot-email">{t!("recovery-email")}</label>
                    <input id="forgot-email" type="email" autocomplete="username" data-testid="forgot-email"
                        aria-describedby=described(errors, "email", None) bind:value=email/>
                    <FieldErr errors=errors field="email"/>
                    <button type="submit" data-testid="forgot-submit" disabled=move || busy.get()>{t!("recovery-forgot-submit")}</button>
                </form>
            </Show>
        </section>
    }
}

/// `/reset-password?token=…`: the new password, from the mailed link.
#[component]
pub fn ResetPassword() -> impl IntoView {
    set_title(&t!("recovery-reset-title"));
    let auth = use_auth();
    let token = StoredValue::new(token_from_query());
    let password = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(token) = token.get_value() else {
            banner.set(Some(t!("recovery-no-token")));
            return;
        };
        let req = PasswordResetConfirm {
            token,
            password: password.get(),
        };
        let mut found = req
            .validate()
            .err()
            .map(|e| e.into_vec())
            .unwrap_or_default();
        if password.with(|p| again.with(|a| p != a)) {
            found.push(FieldError::new(
                "password_again",
                Reason::must_match("password").saying(t!("recovery-passwords-differ")),
            ));
        }
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        errors.set(vec![]);
        banner.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<(), _>("/auth/password-reset/confirm", &req).await {
                Ok(()) => {
                    // Every session ended on the server, this tab's too.
                    if auth.is_logged_in() {
                        auth.forget();
                    }
                    done.set(true);
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(
                        e.field_errors()
                            .into_iter()
                            .find(|f| f.field == "token")
                            .map(|f| {
                                t!(
                                    "recovery-link-unusable",
                                    reason = crate::i18n::field_error(&f)
                                )
                            })
                            .unwrap_or_else(|| e.message()),
                    ));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section class="narrow">
            <h1>{t!("recovery-reset-title")}</h1>
            <Show when=move || !done.get() fallback=move || view! {
                <div class="saved" role="status" data-testid="reset-done">
                    <p>{t!("recovery-reset-done")}</p>
                    <p><a href="/login" data-testid="reset-login">{t!("recovery-log-in")}</a></p>
                </div>
            }>
                <p>{t!("recovery-reset-intro")}</p>
                <Banner message=banner/>
                {token.get_value().is_none().then(|| view! { <p class="banner" role="alert">{t!("recovery-no-token")}" "<a href="/forgot-password">{t!("recovery-ask-link")}</a></p> })}
                <form on:submit=submit novalidate>
                    <label for="reset-password">{t!("recovery-new-password")}</label>
                    <input id="reset-password" type="password" autocomplete="new-password" data-testid="reset-password"
                        aria-describedby=described(errors, "password", None) bind:value=password/>
                    <FieldErr errors=errors field="password"/>
                    <label for="reset-password-again">{t!("recovery-password-again")}</label>
                    <input id="reset-password-again" type="password" autocomplete="new-password" data-testid="reset-password-again"
                        aria-describedby=described(errors, "password_again", None) bind:value=again/>
                    <FieldErr errors=errors field="password_again"/>
                    <button type="submit" data-testid="reset-submit" disabled=move || busy.get()>{t!("recovery-reset-submit")}</button>
                </form>
                <p><a href="/forgot-password">{t!("recovery-ask-new-link")}</a></p>
            </Show>
        </section>
    }
}
