//! The bell in the header: how many notifications the person has not read, kept fresh by
//! polling while they are signed in and after each change of page.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;
use twinning_domain::notify::NotificationPage;

use crate::api;
use crate::session::Auth;

/// Often enough that a publication shows within the minute, rarely enough to cost nothing.
const POLL: Duration = Duration::from_secs(45);

/// Where the count's request stands. One request at a time, and a refresh asked while one is
/// out runs again when it is back: a count asked after a change (marking read) must not be
/// answered by a request that left before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fetch {
    Idle,
    Out,
    OutThenAgain,
}

thread_local! {
    static FETCH: Cell<Fetch> = const { Cell::new(Fetch::Idle) };
}

/// The unread count, shared through context so the notifications page can update it.
#[derive(Clone, Copy)]
pub struct Unread {
    pub count: RwSignal<i64>,
    auth: Auth,
}

impl Unread {
    pub fn start(auth: Auth) -> Unread {
        Unread {
            count: RwSignal::new(0),
            auth,
        }
    }

    fn signed_in(self) -> bool {
        self.auth.me.with_untracked(Option::is_some)
    }

    /// Asks the server for the count, if someone is signed in.
    pub fn refresh(self) {
        if !self.signed_in() {
            self.count.set(0);
            return;
        }
        let state = FETCH.with(|f| {
            let was = f.get();
            f.set(if was == Fetch::Idle {
                Fetch::Out
            } else {
                Fetch::OutThenAgain
            });
            was
        });
        if state != Fetch::Idle {
            return;
        }
        leptos::task::spawn_local(async move {
            loop {
                let page = api::get::<NotificationPage>("/notifications").await;
                // A logout while the request was out: the count was someone else's.
                if !self.signed_in() {
                    self.count.set(0);
                } else if let Ok(page) = page {
                    self.count.set(page.unread);
                }
                let again = FETCH.with(|f| {
                    let again = f.get() == Fetch::OutThenAgain && self.signed_in();
                    f.set(if again { Fetch::Out } else { Fetch::Idle });
                    again
                });
                if !again {
                    break;
                }
            }
        });
    }
}

pub fn use_unread() -> Unread {
    expect_context::<Unread>()
}

/// Unread counts are far below 2^53, where f64 stops being exact.
#[allow(clippy::cast_precision_loss)]
fn count_f64(n: i64) -> f64 {
    n as f64
}

fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// The bell itself, for the header. Shown only to people signed in.
#[component]
pub fn Bell() -> impl IntoView {
    let unread = use_unread();
    let location = leptos_router::hooks::use_location();
    // On sign-in, sign-out and each change of page.
    Effect::new(move |_| {
        location.pathname.track();
        unread.auth.me.track();
        unread.refresh();
    });
    // A tab in the background needs no count; it is fetched again on the next change of page.
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if !hidden() {
                unread.refresh();
            }
        },
        POLL,
    ) {
        on_cleanup(move || handle.clear());
    }
    let count = unread.count;
    let any = move || count.get() > 0;
    view! {
        <A href="/notifications" attr:class="bell" attr:data-testid="nav-bell"
            attr:aria-label=move || t!("bell-label", count = count.get()) attr:title=t!("bell-name")>
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
                <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"/>
            </svg>
            <Show when=any>
                <span class="bell-count" data-testid="bell-count">{move || crate::i18n::number(count_f64(count.get()))}</span>
            </Show>
        </A>
    }
}
