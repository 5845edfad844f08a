//! Log in, and register an organisation (or join one with an invitation code).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::auth::{LoginRequest, RegisterRequest, Session};
use twinning_domain::organisation::NewOrganisation;
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, GovernanceLevel, LanguageCode, OrganisationKind,
    SettlementContext, Validate,
};

use crate::api;
use crate::components::{described, options, parse_codes, set_title, Banner, FieldErr};
use crate::session::use_auth;

#[component]
pub fn Login() -> impl IntoView {
    set_title("Log in");
    let auth = use_auth();
    let navigate = use_navigate();
    let query = use_query_map();
    // Back to the page that asked for a session; only paths of this site.
    let next = move || {
        query
            .with_untracked(|q| q.get("next"))
            .filter(|n| n.starts_with('/') && !n.starts_with("//"))
            .unwrap_or_else(|| "/".into())
    };
    // After "sign out everywhere", say what happened.
    let signed_out_everywhere =
        query.with_untracked(|q| q.get("signed_out").is_some_and(|v| v == "everywhere"));
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = LoginRequest {
            email: email.get(),
            password: password.get(),
        };
        if let Err(e) = req.validate() {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        banner.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::post::<Session, _>("/auth/login", &req).await {
                Ok(session) => {
                    auth.begin(session);
                    navigate(&next(), Default::default());
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
        });
    };
    view! {
        <section class="narrow">
            <h1>"Log in"</h1>
            {signed_out_everywhere.then(|| view! {
                <p class="saved" role="status" data-testid="signed-out-notice">"You are signed out on every device."</p>
            })}
            <Banner message=banner/>
            <form on:submit=submit novalidate>
                <label for="login-email">"Email"</label>
                <input id="login-email" type="email" autocomplete="username" data-testid="login-email"
                    aria-describedby=described(errors, "email", None) bind:value=email/>
                <FieldErr errors=errors field="email"/>
                <label for="login-password">"Password"</label>
                <input id="login-password" type="password" autocomplete="current-password" data-testid="login-password"
                    aria-describedby=described(errors, "password", None) bind:value=password/>
                <FieldErr errors=errors field="password"/>
                <button type="submit" data-testid="login-submit">"Log in"</button>
            </form>
            <p><a href="/forgot-password" data-testid="forgot-link">"Forgot password?"</a></p>
            <p>"New here? "<a href="/register">"Register your organisation"</a></p>
        </section>
    }
}

/// The browser's IANA time zone, a good first value for a new organisation's.
fn browser_time_zone() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|z| z.as_string())
        .filter(|z| twinning_domain::names::is_time_zone(z))
}

/// The registration form, validated in the browser with the server's own rules first.
#[component]
pub fn Register() -> impl IntoView {
    set_title("Join Twinning");
    let auth = use_auth();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let with_code = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let org_name = RwSignal::new(String::new());
    let kind = RwSignal::new("ngo".to_owned());
    let level = RwSignal::new("local".to_owned());
    let country = RwSignal::new(String::new());
    let city = RwSignal::new(String::new());
    let context = RwSignal::new("urban".to_owned());
    let languages = RwSignal::new(String::new());
    let can_mentor = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);

    let build = move || -> Result<RegisterRequest, FieldErrors> {
        let mut e = FieldErrors::new();
        let organisation = if with_code.get() {
            None
        } else {
            let typed = country.get();
            let parsed = CountryCode::parse(&typed);
            match &parsed {
                Err(_) if typed.trim().is_empty() => e.add("organisation.country", "is required"),
                Err(m) => e.add("organisation.country", m.clone()),
                Ok(_) => {}
            }
            // A stand-in keeps the organisation's other rules running, so every fault shows at
            // once; the country's own error already stops the request.
            let country = parsed.or_else(|_| CountryCode::parse("NL")).ok();
            let langs = parse_codes(
                &languages.get(),
                "organisation.languages",
                LanguageCode::parse,
                &mut e,
            );
            country.map(|country| NewOrganisation {
                name: org_name.get(),
                kind: OrganisationKind::parse(&kind.get()).unwrap_or(OrganisationKind::Ngo),
                governance_level: GovernanceLevel::parse(&level.get())
                    .unwrap_or(GovernanceLevel::Local),
                country,
                city: city.get(),
                settlement_context: SettlementContext::parse(&context.get())
                    .unwrap_or(SettlementContext::Urban),
                languages: langs,
                themes: vec![],
                description: String::new(),
                source_language: None,
                website: None,
                location: None,
                can_mentor: can_mentor.get(),
                mentor_capacity: if can_mentor.get() { 1 } else { 0 },
                time_zone: browser_time_zone(),
            })
        };
        let req = RegisterRequest {
            name: name.get(),
            email: email.get(),
            password: password.get(),
            invitation_code: with_code.get().then(|| code.get()),
            organisation,
        };
        if let Err(more) = req.validate() {
            for fe in more.into_vec() {
                if e.get(&fe.field).is_none() {
                    e.add(fe.field, fe.message);
                }
            }
        }
        e.into_result().map(|()| req)
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        banner.set(None);
        let req = match build() {
            Ok(r) => r,
            Err(e) => {
                errors.set(e.into_vec());
                banner.set(Some("Some fields need attention.".into()));
                return;
            }
        };
        errors.set(vec![]);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::post::<Session, _>("/auth/register", &req).await {
                Ok(session) => {
                    crate::pages::my_org::remember_warnings(session.warnings.clone());
                    auth.begin(session);
                    navigate("/my-organisation", Default::default());
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
        });
    };

    view! {
        <section class="narrow">
            <h1>"Join Twinning"</h1>
            <Banner message=banner/>
            <form on:submit=submit novalidate>
                <fieldset>
                    <legend>"You"</legend>
                    <label for="register-name">"Your name"</label>
                    <input id="register-name" data-testid="register-name" autocomplete="name" aria-describedby=described(errors, "name", None) bind:value=name/>
                    <FieldErr errors=errors field="name"/>
                    <label for="register-email">"Email"</label>
                    <input id="register-email" type="email" autocomplete="email" data-testid="register-email" aria-describedby=described(errors, "email", None) bind:value=email/>
                    <FieldErr errors=errors field="email"/>
                    <label for="register-password">"Password (at least 10 characters)"</label>
                    <input id="register-password" type="password" autocomplete="new-password" data-testid="register-password" aria-describedby=described(errors, "password", None) bind:value=password/>
                    <FieldErr errors=errors field="password"/>
                </fieldset>
                <label class="check">
                    <input type="checkbox" data-testid="register-with-code" bind:checked=with_code/>
                    "I have an invitation code to join an organisation"
                </label>
                <Show when=move || with_code.get()>
                    <label for="register-code">"Invitation code"</label>
                    <input id="register-code" data-testid="register-code" aria-describedby=described(errors, "invitation_code", None) bind:value=code/>
                    <FieldErr errors=errors field="invitation_code"/>
                </Show>
                <Show when=move || !with_code.get()>
                    <fieldset>
                        <legend>"Your organisation"</legend>
                        <label for="org-name">"Name"</label>
                        <input id="org-name" data-testid="org-name" aria-describedby=described(errors, "organisation.name", None) bind:value=org_name/>
                        <FieldErr errors=errors field="organisation.name"/>
                        <label for="org-kind">"Kind"</label>
                        <select id="org-kind" data-testid="org-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {options(OrganisationKind::ALL, OrganisationKind::code, OrganisationKind::label, kind)}
                        </select>
                        <label for="org-level">"Governance level"</label>
                        <select id="org-level" data-testid="org-level" on:change=move |ev| level.set(event_target_value(&ev))>
                            {options(GovernanceLevel::ALL, GovernanceLevel::code, GovernanceLevel::label, level)}
                        </select>
                        <label for="org-country">"Country (ISO code, e.g. JO)"</label>
                        <input id="org-country" data-testid="org-country" aria-describedby=described(errors, "organisation.country", None) bind:value=country/>
                        <FieldErr errors=errors field="organisation.country"/>
                        <label for="org-city">"City"</label>
                        <input id="org-city" data-testid="org-city" aria-describedby=described(errors, "organisation.city", None) bind:value=city/>
                        <FieldErr errors=errors field="organisation.city"/>
                        <label for="org-context">"Settlement context"</label>
                        <select id="org-context" data-testid="org-context" on:change=move |ev| context.set(event_target_value(&ev))>
                            {options(SettlementContext::ALL, SettlementContext::code, SettlementContext::label, context)}
                        </select>
                        <label for="org-languages">"Working languages (ISO codes, comma-separated, e.g. ar, en)"</label>
                        <input id="org-languages" data-testid="org-languages" aria-describedby=described(errors, "organisation.languages", None) bind:value=languages/>
                        <FieldErr errors=errors field="organisation.languages"/>
                        <label class="check">
                            <input type="checkbox" bind:checked=can_mentor/>
                            "We can mentor organisations that replicate our practices"
                        </label>
                    </fieldset>
                </Show>
                <button type="submit" data-testid="register-submit">"Register"</button>
            </form>
        </section>
    }
}
