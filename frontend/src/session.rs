//! Who is logged in: the access token in memory only, and the `Me` the pages read. The refresh
//! token is an `HttpOnly` cookie this code never sees: on load, a refresh with it restores the
//! session. No token is ever written to browser storage.

use std::cell::Cell;

use leptos::prelude::*;
use twinning_domain::auth::{Me, Session};

use crate::api;

thread_local! {
    /// The app's `Auth`, for the API client, which runs outside any component and must be
    /// able to end a session the server no longer honours.
    static CURRENT: Cell<Option<Auth>> = const { Cell::new(None) };
}

/// The server refused the refresh cookie: forget the session so the header shows "Log in".
pub fn expired() {
    tokens::clear();
    if let Some(auth) = CURRENT.with(Cell::get) {
        auth.me.set(None);
    }
}

/// A refresh renewed the session: keep the token, and who the server says the person is now
/// (their verification or role may have changed).
pub fn renewed(session: Session) {
    tokens::store(&session.tokens.access_token);
    if let Some(auth) = CURRENT.with(Cell::get) {
        auth.me.set(Some(session.me));
    }
}

pub mod tokens {
    //! The access token, in this page's memory only: a script injected into the page cannot
    //! find it in storage, and a reload gets a new one from the refresh cookie.
    use std::cell::RefCell;

    thread_local! {
        static ACCESS: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// Not a token: a hint that this browser signed in, so that an anonymous visitor's page
    /// load does not ask the server to refresh a session that does not exist.
    const SIGNED_IN: &str = "twinning.signed_in";

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window().and_then(|w| w.local_storage().ok().flatten())
    }

    pub fn access() -> Option<String> {
        ACCESS.with(|a| a.borrow().clone())
    }

    pub fn store(access: &str) {
        ACCESS.with(|a| *a.borrow_mut() = Some(access.to_owned()));
        if let Some(s) = storage() {
            let _ = s.set_item(SIGNED_IN, "1");
        }
    }

    /// Whether a refresh cookie may be waiting (this browser signed in and did not log out).
    pub fn maybe_signed_in() -> bool {
        storage().is_some_and(|s| s.get_item(SIGNED_IN).ok().flatten().is_some())
    }

    pub fn clear() {
        ACCESS.with(|a| *a.borrow_mut() = None);
        if let Some(s) = storage() {
            let _ = s.remove_item(SIGNED_IN);
        }
    }
}

/// The current person, shared through context.
#[derive(Clone, Copy)]
pub struct Auth {
    pub me: RwSignal<Option<Me>>,
    /// False until the stored session has been checked, so pages do not flash "log in".
    pub ready: RwSignal<bool>,
}

impl Auth {
    pub fn start() -> Auth {
        let auth = Auth {
            me: RwSignal::new(None),
            ready: RwSignal::new(false),
        };
        CURRENT.with(|c| c.set(Some(auth)));
        if tokens::maybe_signed_in() {
            leptos::task::spawn_local(async move {
                // Sets `me` through `renewed`, or forgets the hint through `expired`.
                api::restore().await;
                auth.ready.set(true);
            });
        } else {
            auth.ready.set(true);
        }
        auth
    }

    pub fn begin(&self, session: Session) {
        tokens::store(&session.tokens.access_token);
        let language = session.me.language;
        self.me.set(Some(session.me));
        // Signing in on a browser that was never told a language: the app takes the
        // person's own, once the page the sign-in leads to is reached.
        if crate::i18n::stored_choice().is_none() && language != crate::i18n::language() {
            request_animation_frame(move || crate::i18n::remember_and_reload(language));
        }
    }

    /// Logs out: the server ends the session and clears the cookie.
    pub fn end(&self) {
        leptos::task::spawn_local(api::logout(tokens::access()));
        tokens::clear();
        self.me.set(None);
    }

    /// The session is over on the server already (signed out everywhere): forget it here.
    pub fn forget(&self) {
        expired();
    }

    /// Reads `/me` again after a change the server made (an address verified). An answer
    /// that comes back after the person logged out (or someone else logged in) is dropped:
    /// it would sign the page in again with a session that is over.
    pub fn reload_me(&self) {
        let me = self.me;
        let who = move || me.with_untracked(|m| m.as_ref().map(|m| m.email.clone()));
        let before = who();
        if before.is_none() {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(fresh) = api::get::<Me>("/me").await {
                if tokens::access().is_some() && who() == before {
                    me.set(Some(fresh));
                }
            }
        });
    }

    pub fn is_logged_in(&self) -> bool {
        self.me.with(Option::is_some)
    }

    /// Whether the person is signed in and has not verified their address yet.
    pub fn is_unverified(&self) -> bool {
        self.me
            .with(|m| m.as_ref().is_some_and(|m| !m.email_verified))
    }

    /// The slug of the caller's organisation.
    pub fn org_slug(&self) -> Option<String> {
        self.me
            .with(|m| m.as_ref().map(|m| m.organisation.slug.clone()))
    }

    pub fn is_admin(&self) -> bool {
        self.me
            .with(|m| m.as_ref().is_some_and(|m| m.is_network_admin))
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
