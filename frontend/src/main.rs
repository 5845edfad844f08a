//! Twinning's web app: a Leptos client-side app that talks to the API through the shared
//! domain types.

#[macro_use]
mod i18n;
mod api;
mod bell;
mod components;
mod error_summary;
mod pages;
mod picker;
mod session;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use wasm_bindgen::JsCast;

use pages::{
    account, admin, auth, catalogue, editor, home, join, my_org, notifications, organisations,
    practice, recovery, translations,
};
use session::{use_auth, Auth};
use twinning_domain::account::{MeUpdate, UiLanguage};

/// The four languages by their own names. Choosing one keeps it in this browser and, for a
/// signed-in person, on their account (their mails follow it), then starts the app in it.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let auth = use_auth();
    let current = i18n::language();
    let choose = move |ev: leptos::ev::Event| {
        let Ok(chosen) = UiLanguage::parse(&event_target_value(&ev)) else {
            return;
        };
        if chosen == current {
            return;
        }
        let signed_in = auth.me.with_untracked(Option::is_some);
        leptos::task::spawn_local(async move {
            if signed_in {
                let update = MeUpdate {
                    language: Some(chosen),
                    ..Default::default()
                };
                // The page reloads either way; a failure here only means the mails keep
                // the old language until the person saves it under My account.
                let _ = api::patch::<serde_json::Value, _>("/me", &update).await;
            }
            i18n::remember_and_reload(chosen);
        });
    };
    view! {
        <label class="language-switcher">
            <span class="visually-hidden">{t!("nav-language")}</span>
            <select data-testid="language-switcher" on:change=choose>
                {UiLanguage::ALL.iter().map(|l| view! {
                    <option value=l.code() lang=l.code() selected=*l == current>{l.label()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

#[component]
fn Header() -> impl IntoView {
    let auth = use_auth();
    let navigate = leptos_router::hooks::use_navigate();
    let logout = move |_| {
        auth.end();
        navigate("/", Default::default());
    };
    view! {
        <header class="site-header">
            <a href="/" class="brand">"Twinning"</a>
            <nav aria-label=t!("nav-main")>
                <A href="/practices" attr:data-testid="nav-catalogue">{t!("nav-catalogue")}</A>
                <A href="/organisations" attr:data-testid="nav-members">{t!("nav-members")}</A>
                <Show when=move || auth.me.with(Option::is_some)>
                    <A href="/my-organisation" attr:data-testid="nav-my-org">{t!("nav-my-org")}</A>
                </Show>
                <Show when=move || auth.is_admin()>
                    <A href="/admin" attr:data-testid="nav-admin">{t!("nav-admin")}</A>
                </Show>
                <Show
                    when=move || auth.me.with(Option::is_some)
                    // Nothing until a stored session is checked, so "Log in" does not flash.
                    fallback=move || auth.ready.get().then(|| view! {
                        <A href="/login" attr:data-testid="nav-login">{t!("nav-login")}</A>
                        <A href="/register" attr:data-testid="nav-register">{t!("nav-register")}</A>
                    })
                >
                    <bell::Bell/>
                    <A href="/account" attr:data-testid="nav-account">{t!("nav-account")}</A>
                    <span class="me" data-testid="me-name">
                        {move || auth.me.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default())}
                    </span>
                    <button type="button" class="link" data-testid="nav-logout" on:click=logout.clone()>{t!("nav-logout")}</button>
                </Show>
            </nav>
            <LanguageSwitcher/>
        </header>
    }
}

/// Moves focus to the content after each change of page, as a full page load would, so
/// screen-reader and keyboard users start on the new page rather than on the link they used.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = main.focus();
            }
        }
        path
    });
}

#[component]
fn NotFound() -> impl IntoView {
    components::set_title(&t!("not-found-title"));
    view! {
        <section>
            <h1>{t!("not-found-title")}</h1>
            <p>{t!("not-found-body")}</p>
            <p><a href="/">{t!("nav-home")}</a>" · "<a href="/practices">{t!("nav-catalogue")}</a>" · "<a href="/organisations">{t!("nav-members")}</a></p>
        </section>
    }
}

#[component]
fn App() -> impl IntoView {
    let auth = Auth::start();
    provide_context(auth);
    provide_context(bell::Unread::start(auth));
    view! {
        <Router>
            <a class="skip" href="#main">{t!("skip-to-content")}</a>
            <Header/>
            <recovery::VerificationBanner/>
            <FocusOnNavigate/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=home::Home/>
                    <Route path=path!("/practices") view=catalogue::Catalogue/>
                    <Route path=path!("/practices/new") view=editor::NewPractice/>
                    <Route path=path!("/practices/:slug") view=practice::PracticePage/>
                    <Route path=path!("/practices/:slug/edit") view=editor::EditPractice/>
                    <Route path=path!("/practices/:slug/translations") view=translations::PracticeTranslations/>
                    <Route path=path!("/organisations/:slug/translations") view=translations::OrganisationTranslations/>
                    <Route path=path!("/organisations") view=organisations::Directory/>
                    <Route path=path!("/organisations/:slug") view=organisations::OrganisationPage/>
                    <Route path=path!("/organisations/:slug/manage") view=my_org::ManageOrganisation/>
                    <Route path=path!("/login") view=auth::Login/>
                    <Route path=path!("/register") view=auth::Register/>
                    <Route path=path!("/verify-email") view=recovery::VerifyEmail/>
                    <Route path=path!("/forgot-password") view=recovery::ForgotPassword/>
                    <Route path=path!("/reset-password") view=recovery::ResetPassword/>
                    <Route path=path!("/my-organisation") view=my_org::MyOrganisation/>
                    <Route path=path!("/account") view=account::Account/>
                    <Route path=path!("/notifications") view=notifications::NotificationsPage/>
                    <Route path=path!("/admin") view=admin::Dashboard/>
                    <Route path=path!("/admin/moderation") view=admin::Moderation/>
                    <Route path=path!("/admin/jobs") view=admin::Jobs/>
                    <Route path=path!("/admin/mail") view=admin::Mail/>
                    <Route path=path!("/admin/api-keys") view=admin::ApiKeys/>
                    <Route path=path!("/admin/organisations") view=admin::Organisations/>
                    <Route path=path!("/admin/people") view=admin::People/>
                    <Route path=path!("/join/:code") view=join::Join/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{t!("footer-licence")}" "<a href="/api/docs/" rel="external">{t!("footer-api")}</a>" · "
                    <a href="/feeds/activity.atom" rel="external" type="application/atom+xml">{t!("footer-feed")}</a></p>
            </footer>
        </Router>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    // The words come before the first paint, so no screen shows in one language and then
    // another. Should the chosen language's file fail, English is tried before giving up.
    // Leptos's own executor starts with the app; until then, the browser's.
    wasm_bindgen_futures::spawn_local(async {
        let chosen = i18n::initial();
        let loaded = match i18n::load(chosen).await {
            Ok(()) => Ok(()),
            Err(e) if chosen != UiLanguage::En => {
                leptos::logging::warn!("{e}; falling back to English");
                i18n::load(UiLanguage::En).await
            }
            Err(e) => Err(e),
        };
        match loaded {
            Ok(()) => mount_to_body(App),
            Err(e) => show_unreachable(&e),
        }
    });
}

/// Without its words the app cannot speak; say so in the page rather than stay blank.
fn show_unreachable(error: &str) {
    leptos::logging::error!("{error}");
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        body.set_text_content(Some(
            "Twinning could not be loaded. Please check your connection and reload the page.",
        ));
    }
}
