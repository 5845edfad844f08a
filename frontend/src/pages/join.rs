//! The page an invitation link opens (`/join/{code}`): which organisation invites whom, and
//! the form that creates the account there (or brings a removed one back).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use twinning_domain::auth::{RegisterRequest, Session};
use twinning_domain::membership::{InvitationLookup, InvitationPreview, InvitationState};
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{banner, day, described, set_title, Banner, FieldErr, Loading};
use crate::session::use_auth;

/// Why an invitation can no longer be used, in the reader's language.
fn closed(state: InvitationState, organisation: &str) -> String {
    let state = match state {
        InvitationState::Used => "used",
        InvitationState::Revoked => "revoked",
        InvitationState::Expired => "expired",
        InvitationState::Open => "open",
    };
    t!("join-closed", state = state, organisation = organisation)
}

#[component]
pub fn Join() -> impl IntoView {
    set_title(&t!("join-title"));
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let preview = LocalResource::new(move || {
        let body = InvitationLookup { code: code() };
        async move { api::post::<InvitationPreview, _>("/invitations/lookup", &body).await }
    });
    view! {
        <section class="narrow">
            <h1>{t!("join-title")}</h1>
            <Suspense fallback=Loading>
                {move || preview.get().map(|r| match r {
                    Err(e) if e.status() == Some(404) => banner(t!("join-unknown")).into_any(),
                    Err(e) => banner(e.message()).into_any(),
                    Ok(p) if p.state != InvitationState::Open => view! {
                        <p class="notice" data-testid="join-closed">{closed(p.state, &p.organisation.name)}</p>
                    }.into_any(),
                    Ok(p) => view! { <JoinForm preview=p code=code()/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn JoinForm(preview: InvitationPreview, code: String) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(preview.email.clone().unwrap_or_default());
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let bound = preview.email.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = RegisterRequest {
            name: name.get(),
            email: email.get(),
            password: password.get(),
            organisation: None,
            invitation_code: Some(code.clone()),
            language: None,
        };
        if let Err(e) = req.validate() {
            errors.set(e.into_vec());
            message.set(Some(t!("join-fields-need-attention")));
            return;
        }
        errors.set(vec![]);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::post::<Session, _>("/auth/register", &req).await {
                Ok(session) => {
                    auth.begin(session);
                    navigate("/my-organisation", Default::default());
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    message.set(Some(e.message()));
                }
            }
        });
    };
    view! {
        <p class="lead" data-testid="join-invites">
            {t!("join-invites",
                organisation = &preview.organisation.name,
                role = preview.role.code(),
                until = day(&preview.expires_at))}
        </p>
        <Show when=move || auth.is_logged_in()>
            <p class="notice">{t!("join-signed-in")}</p>
        </Show>
        <Banner message=message/>
        <form on:submit=submit novalidate>
            <label for="join-name">{t!("join-name")}</label>
            <input id="join-name" data-testid="join-name" autocomplete="name"
                aria-describedby=described(errors, "name", None) bind:value=name/>
            <FieldErr errors=errors field="name"/>
            <label for="join-email">{t!("join-email")}</label>
            <input id="join-email" type="email" data-testid="join-email" autocomplete="email"
                readonly=bound aria-describedby=described(errors, "email", bound.then(|| "join-email-hint".to_owned())) bind:value=email/>
            {bound.then(|| view! { <p class="hint" id="join-email-hint">{t!("join-email-hint")}</p> })}
            <FieldErr errors=errors field="email"/>
            <label for="join-password">{t!("join-password")}</label>
            <input id="join-password" type="password" data-testid="join-password" autocomplete="new-password"
                aria-describedby=described(errors, "password", None) bind:value=password/>
            <FieldErr errors=errors field="password"/>
            <FieldErr errors=errors field="invitation_code"/>
            <button type="submit" data-testid="join-submit">{t!("join-submit")}</button>
        </form>
    }
}
