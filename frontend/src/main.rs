//! Twinning's web app: a Leptos client-side app that talks to the API through the shared
//! domain types.

mod api;
mod components;
mod pages;
mod session;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use pages::{admin, auth, catalogue, editor, home, my_org, organisations, practice};
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
                <A href="/practices" attr:data-testid="nav-catalogue">"Practices"</A>
                <A href="/organisations" attr:data-testid="nav-members">"Members"</A>
                <Show when=move || auth.me.with(Option::is_some)>
                    <A href="/my-organisation" attr:data-testid="nav-my-org">"My organisation"</A>
                </Show>
                <Show when=move || auth.is_admin()>
                    <A href="/admin" attr:data-testid="nav-admin">"Admin"</A>
                </Show>
                <Show
                    when=move || auth.me.with(Option::is_some)
                    fallback=|| view! {
                        <A href="/login" attr:data-testid="nav-login">"Log in"</A>
                        <A href="/register" attr:data-testid="nav-register">"Join"</A>
                    }
                >
                    <span class="me" data-testid="me-name">
                        {move || auth.me.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default())}
                    </span>
                    <button type="button" class="link" data-testid="nav-logout" on:click=logout.clone()>"Log out"</button>
                </Show>
            </nav>
        </header>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section>
            <h1>"Page not found"</h1>
            <p><a href="/">"Back to the home page"</a></p>
        </section>
    }
}

#[component]
fn App() -> impl IntoView {
    provide_context(Auth::start());
    view! {
        <Router>
            <a class="skip" href="#main">"Skip to content"</a>
            <Header/>
            <main id="main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=home::Home/>
                    <Route path=path!("/practices") view=catalogue::Catalogue/>
                    <Route path=path!("/practices/new") view=editor::NewPractice/>
                    <Route path=path!("/practices/:slug") view=practice::PracticePage/>
                    <Route path=path!("/practices/:slug/edit") view=editor::EditPractice/>
                    <Route path=path!("/organisations") view=organisations::Directory/>
                    <Route path=path!("/organisations/:slug") view=organisations::OrganisationPage/>
                    <Route path=path!("/login") view=auth::Login/>
                    <Route path=path!("/register") view=auth::Register/>
                    <Route path=path!("/my-organisation") view=my_org::MyOrganisation/>
                    <Route path=path!("/admin") view=admin::Dashboard/>
                    <Route path=path!("/admin/moderation") view=admin::Moderation/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Twinning — open source (MIT OR Apache-2.0). "<a href="/api/docs/">"API"</a></p>
            </footer>
        </Router>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
