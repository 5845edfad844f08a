//! Who is logged in: the tokens in localStorage and the `Me` the pages read.

use std::cell::Cell;

use leptos::prelude::*;
use twinning_domain::auth::{Me, Session};

use crate::api;

thread_local! {
    /// The app's `Auth`, for the API client, which runs outside any component and must be
    /// able to end a session the server no longer honours.
    static CURRENT: Cell<Option<Auth>> = const { Cell::new(None) };
}

/// The server refused the refresh token: forget the session so the header shows "Log in".
pub fn expired() {
    tokens::clear();
    if let Some(auth) = CURRENT.with(Cell::get) {
        auth.me.set(None);
    }
}

pub mod tokens {
    //! The token pair, kept in localStorage so a reload keeps the session.
    use twinning_domain::auth::TokenPair;

    const ACCESS: &str = "twinning.access";
    const REFRESH: &str = "twinning.refresh";

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window().and_then(|w| w.local_storage().ok().flatten())
    }

    pub fn access() -> Option<String> {
        storage().and_then(|s| s.get_item(ACCESS).ok().flatten())
    }

    pub fn refresh() -> Option<String> {
        storage().and_then(|s| s.get_item(REFRESH).ok().flatten())
    }

    pub fn store(pair: &TokenPair) {
        if let Some(s) = storage() {
            let _ = s.set_item(ACCESS, &pair.access_token);
            let _ = s.set_item(REFRESH, &pair.refresh_token);
        }
    }

    pub fn clear() {
        if let Some(s) = storage() {
            let _ = s.remove_item(ACCESS);
            let _ = s.remove_item(REFRESH);
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
        if tokens::access().is_some() {
            leptos::task::spawn_local(async move {
                if let Ok(me) = api::get::<Me>("/me").await {
                    auth.me.set(Some(me));
                }
                auth.ready.set(true);
            });
        } else {
            auth.ready.set(true);
        }
        auth
    }

    pub fn begin(&self, session: Session) {
        tokens::store(&session.tokens);
        self.me.set(Some(session.me));
    }

    pub fn end(&self) {
        if let Some(refresh_token) = tokens::refresh() {
            leptos::task::spawn_local(async move {
                let body = twinning_domain::auth::RefreshRequest { refresh_token };
                let _ = api::post::<(), _>("/auth/logout", &body).await;
            });
        }
        tokens::clear();
        self.me.set(None);
    }

    pub fn is_logged_in(&self) -> bool {
        self.me.with(Option::is_some)
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
