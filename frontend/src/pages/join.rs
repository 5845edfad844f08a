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

mod text {
    use twinning_domain::membership::InvitationState;

    pub const TITLE: &str = "Join your colleagues on Twinning";
    pub const NAME: &str = "Your name";
    pub const EMAIL: &str = "Email";
    pub const EMAIL_HINT: &str = "The invitation is for this address.";
    pub const PASSWORD: &str = "Choose a password (at least 10 characters)";
    pub const SUBMIT: &str = "Join";
    pub const UNKNOWN: &str = "This invitation link is not valid. Check that you copied the whole \
        link from the mail, or ask for a new invitation.";
    pub const SIGNED_IN: &str = "You are signed in with another account. Log out first to accept \
        this invitation.";

    pub fn invites(org: &str, role: &str, until: &str) -> String {
        format!("{org} invites you to join it on Twinning as {role}. The invitation is open until {until}.")
    }

    pub fn closed(state: InvitationState, org: &str) -> String {
        let why = match state {
            InvitationState::Used => "was already used",
            InvitationState::Revoked => "was revoked",
            InvitationState::Expired => "has expired",
            InvitationState::Open => "is open",
        };
        format!("This invitation to {org} {why}. Ask its org admins to send you a new one.")
    }
}

#[component]
pub fn Join() -> impl IntoView {
    set_title(text::TITLE);
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let preview = LocalResource::new(move || {
        let body = InvitationLookup { code: code() };
        async move { api::post::<InvitationPreview, _>("/invitations/lookup", &body).await }
    });
    view! {
        <section class="narrow">
            <h1>{text::TITLE}</h1>
            <Suspense fallback=Loading>
                {move || preview.get().map(|r| match r {
                    Err(e) if e.status() == Some(404) => banner(text::UNKNOWN.to_owned()).into_any(),
                    Err(e) => banner(e.message()).into_any(),
                    Ok(p) if p.state != InvitationState::Open => view! {
                        <p class="notice" data-testid="join-closed">{text::closed(p.state, &p.organisation.name)}</p>
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
            message.set(Some("Some fields need attention.".into()));
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
    let role = preview.role.label().to_lowercase();
    view! {
        <p class="lead" data-testid="join-invites">
            {text::invites(&preview.organisation.name, &role, &day(&preview.expires_at))}
        </p>
        <Show when=move || auth.is_logged_in()>
            <p class="notice">{text::SIGNED_IN}</p>
        </Show>
        <Banner message=message/>
        <form on:submit=submit novalidate>
            <label for="join-name">{text::NAME}</label>
            <input id="join-name" data-testid="join-name" autocomplete="name"
                aria-describedby=described(errors, "name", None) bind:value=name/>
            <FieldErr errors=errors field="name"/>
            <label for="join-email">{text::EMAIL}</label>
            <input id="join-email" type="email" data-testid="join-email" autocomplete="email"
                readonly=bound aria-describedby=described(errors, "email", bound.then(|| "join-email-hint".to_owned())) bind:value=email/>
            {bound.then(|| view! { <p class="hint" id="join-email-hint">{text::EMAIL_HINT}</p> })}
            <FieldErr errors=errors field="email"/>
            <label for="join-password">{text::PASSWORD}</label>
            <input id="join-password" type="password" data-testid="join-password" autocomplete="new-password"
                aria-describedby=described(errors, "password", None) bind:value=password/>
            <FieldErr errors=errors field="password"/>
            <FieldErr errors=errors field="invitation_code"/>
            <button type="submit" data-testid="join-submit">{text::SUBMIT}</button>
        </form>
    }
}
