//! Log in, and register an organisation (or join one with an invitation code).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::auth::{LoginRequest, RegisterRequest, Session};
use twinning_domain::organisation::NewOrganisation;
use twinning_domain::Reason;
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, GovernanceLevel, LanguageCode, OrganisationKind,
    SettlementContext, Validate,
};

use crate::api;
use crate::components::{
    described, invalid, options, parse_codes, set_title, Banner, ErrorSummary, FieldErr, FieldRef,
    Req,
};
use crate::picker::{CodePicker, Kind};
use crate::session::use_auth;

#[component]
pub fn Login() -> impl IntoView {
    set_title(&t!("auth-login-title"));
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
                    let found = e.field_errors();
                    if found.is_empty() {
                        banner.set(Some(e.message()));
                    }
                    errors.set(found);
                }
            }
        });
    };
    view! {
        <section class="narrow">
            <h1>{t!("auth-login-title")}</h1>
            {signed_out_everywhere.then(|| view! {
                <p class="saved" role="status" data-testid="signed-out-notice">{t!("auth-signed-out-everywhere")}</p>
            })}
            <Banner message=banner/>
            <form on:submit=submit novalidate>
                <label for="login-email">{t!("auth-email")}</label>
                <input id="login-email" type="email" autocomplete="username" data-testid="login-email"
                    aria-describedby=described(errors, "email", None) bind:value=email/>
                <FieldErr errors=errors field="email"/>
                <label for="login-password">{t!("auth-password")}</label>
                <input id="login-password" type="password" autocomplete="current-password" data-testid="login-password"
                    aria-describedby=described(errors, "password", None) bind:value=password/>
                <FieldErr errors=errors field="password"/>
                <button type="submit" data-testid="login-submit">{t!("auth-login-submit")}</button>
            </form>
            <p><a href="/forgot-password" data-testid="forgot-link">{t!("auth-forgot-link")}</a></p>
            <p>{t!("auth-new-here")}" "<a href="/register">{t!("auth-register-link")}</a></p>
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
    set_title(&t!("auth-register-title"));
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
                Err(_) if typed.trim().is_empty() => e.add(
                    "organisation.country",
                    Reason::required().saying(t!("auth-required")),
                ),
                Err(r) => e.add("organisation.country", r.clone()),
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
                // Whatever it writes first is most likely in the language it reads.
                source_language: LanguageCode::parse(crate::i18n::language().code()).ok(),
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
            // The language the person reads now: their first mails come in it.
            language: Some(crate::i18n::language()),
        };
        if let Err(more) = req.validate() {
            for fe in more.into_vec() {
                if e.get(&fe.field).is_none() {
                    e.push(fe);
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
            <h1>{t!("auth-register-title")}</h1>
            <Banner message=banner/>
            <ErrorSummary errors=errors fields=vec![
                FieldRef::new("name", t!("auth-your-name"), "register-name"),
                FieldRef::new("email", t!("auth-email"), "register-email"),
                FieldRef::new("password", t!("auth-new-password"), "register-password"),
                FieldRef::new("invitation_code", t!("auth-invitation-code"), "register-code"),
                FieldRef::new("organisation.name", t!("auth-org-name"), "org-name"),
                FieldRef::new("organisation.country", t!("auth-org-country"), "org-country"),
                FieldRef::new("organisation.city", t!("auth-org-city"), "org-city"),
                FieldRef::new("organisation.languages", t!("auth-org-languages"), "org-languages"),
            ]/>
            <p class="hint">{t!("form-required-legend")}</p>
            <form on:submit=submit novalidate>
                <fieldset>
                    <legend>{t!("auth-you")}</legend>
                    <label for="register-name">{t!("auth-your-name")}<Req/></label>
                    <input id="register-name" data-testid="register-name" autocomplete="name" aria-describedby=described(errors, "name", None) bind:value=name/>
                    <FieldErr errors=errors field="name"/>
                    <label for="register-email">{t!("auth-email")}<Req/></label>
                    <input id="register-email" type="email" autocomplete="email" data-testid="register-email" aria-describedby=described(errors, "email", None) bind:value=email/>
                    <FieldErr errors=errors field="email"/>
                    <label for="register-password">{t!("auth-new-password")}<Req/></label>
                    <input id="register-password" type="password" autocomplete="new-password" data-testid="register-password" aria-describedby=described(errors, "password", None) bind:value=password/>
                    <FieldErr errors=errors field="password"/>
                </fieldset>
                <label class="check">
                    <input type="checkbox" data-testid="register-with-code" bind:checked=with_code/>
                    {t!("auth-with-code")}
                </label>
                <Show when=move || with_code.get()>
                    <label for="register-code">{t!("auth-invitation-code")}</label>
                    <input id="register-code" data-testid="register-code" aria-describedby=described(errors, "invitation_code", None) bind:value=code/>
                    <FieldErr errors=errors field="invitation_code"/>
                </Show>
                <Show when=move || !with_code.get()>
                    <fieldset>
                        <legend>{t!("auth-your-organisation")}</legend>
                        <label for="org-name">{t!("auth-org-name")}<Req/></label>
                        <input id="org-name" data-testid="org-name" aria-describedby=described(errors, "organisation.name", None) bind:value=org_name/>
                        <FieldErr errors=errors field="organisation.name"/>
                        <label for="org-kind">{t!("auth-org-kind")}</label>
                        <select id="org-kind" data-testid="org-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {options(OrganisationKind::ALL, OrganisationKind::code, kind)}
                        </select>
                        <label for="org-level">{t!("auth-org-level")}</label>
                        <select id="org-level" data-testid="org-level" on:change=move |ev| level.set(event_target_value(&ev))>
                            {options(GovernanceLevel::ALL, GovernanceLevel::code, level)}
                        </select>
                        <label for="org-country">{t!("auth-org-country")}<Req/></label>
                        <CodePicker kind=Kind::Country value=country input_id="org-country" testid="org-country"
                            described_by=Signal::derive(described(errors, "organisation.country", None))
                            invalid=Signal::derive(invalid(errors, "organisation.country"))/>
                        <FieldErr errors=errors field="organisation.country"/>
                        <label for="org-city">{t!("auth-org-city")}<Req/></label>
                        <input id="org-city" data-testid="org-city" aria-describedby=described(errors, "organisation.city", None) bind:value=city/>
                        <FieldErr errors=errors field="organisation.city"/>
                        <label for="org-context">{t!("auth-org-context")}</label>
                        <select id="org-context" data-testid="org-context" on:change=move |ev| context.set(event_target_value(&ev))>
                            {options(SettlementContext::ALL, SettlementContext::code, context)}
                        </select>
                        <label for="org-languages">{t!("auth-org-languages")}<Req/></label>
                        <CodePicker kind=Kind::Language multiple=true value=languages input_id="org-languages" testid="org-languages"
                            described_by=Signal::derive(described(errors, "organisation.languages", None))
                            invalid=Signal::derive(invalid(errors, "organisation.languages"))/>
                        <FieldErr errors=errors field="organisation.languages"/>
                        <label class="check">
                            <input type="checkbox" bind:checked=can_mentor/>
                            {t!("auth-can-mentor")}
                        </label>
                    </fieldset>
                </Show>
                <button type="submit" data-testid="register-submit">{t!("auth-register-submit")}</button>
            </form>
        </section>
    }
}
