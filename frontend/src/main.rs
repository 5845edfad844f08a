//! Twinning's web app: a Leptos client-side app that talks to the API through the shared
//! domain types.

mod api;
mod bell;
mod components;
mod pages;
mod session;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use wasm_bindgen::JsCast;

use pages::{
    account, admin, auth, catalogue, editor, home, join, my_org, notifications, organisations,
    practice, recovery,
};
use session::{use_auth, Auth};

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
            <nav aria-label="Main">
                <A href="/practices" attr:data-testid="nav-catalogue">"Good practices"</A>
                <A href="/organisations" attr:data-testid="nav-members">"Members"</A>
                <Show when=move || auth.me.with(Option::is_some)>
                    <A href="/my-organisation" attr:data-testid="nav-my-org">"My organisation"</A>
                </Show>
                <Show when=move || auth.is_admin()>
                    <A href="/admin" attr:data-testid="nav-admin">"Admin"</A>
                </Show>
                <Show
                    when=move || auth.me.with(Option::is_some)
                    // Nothing until a stored session is checked, so "Log in" does not flash.
                    fallback=move || auth.ready.get().then(|| view! {
                        <A href="/login" attr:data-testid="nav-login">"Log in"</A>
                        <A href="/register" attr:data-testid="nav-register">"Register"</A>
                    })
                >
                    <bell::Bell/>
                    <A href="/account" attr:data-testid="nav-account">"My account"</A>
                    <span class="me" data-testid="me-name">
                        {move || auth.me.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default())}
                    </span>
                    <button type="button" class="link" data-testid="nav-logout" on:click=logout.clone()>"Log out"</button>
                </Show>
            </nav>
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
    components::set_title("Page not found");
    view! {
        <section>
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p><a href="/">"Home"</a>" · "<a href="/practices">"Good practices"</a>" · "<a href="/organisations">"Members"</a></p>
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
            <a class="skip" href="#main">"Skip to content"</a>
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
                <p>"Twinning — open source (MIT OR Apache-2.0). "<a href="/api/docs/" rel="external">"API"</a>" · "
                    <a href="/feeds/activity.atom" rel="external" type="application/atom+xml">"Activity feed (Atom)"</a></p>
            </footer>
        </Router>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
