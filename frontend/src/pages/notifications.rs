//! The person's notifications, newest first: open one, mark one or all read, load more.

use leptos::prelude::*;
use twinning_domain::notify::{MarkRead, MarkedRead, Notification, NotificationPage};
use twinning_domain::NotificationId;

use crate::api;
use crate::bell::use_unread;
use crate::components::{moment, now, set_title, Banner, Loading, LoginNeeded};
use crate::session::use_auth;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    set_title(&t!("notifications-title"));
    let auth = use_auth();
    view! {
        <h1>{t!("notifications-title")}</h1>
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_logged_in() fallback=|| view! { <LoginNeeded what=t!("notifications-login")/> }>
                <List/>
            </Show>
        </Show>
    }
}

#[component]
fn List() -> impl IntoView {
    let unread = use_unread();
    let items = RwSignal::new(Vec::<Notification>::new());
    let cursor = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);

    // `after` is the cursor of the page to read; `None` starts again from the newest.
    let load = move |after: Option<String>| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let path = match &after {
                Some(c) => format!("/notifications?cursor={}", api::enc(c)),
                None => "/notifications".to_owned(),
            };
            match api::get::<NotificationPage>(&path).await {
                Ok(page) => {
                    unread.count.set(page.unread);
                    if after.is_some() {
                        items.update(|all| all.extend(page.items));
                    } else {
                        items.set(page.items);
                    }
                    cursor.set(page.next_cursor);
                    message.set(None);
                }
                Err(e) => message.set(Some(e.message())),
            }
            loaded.set(true);
            busy.set(false);
        });
    };
    load(None);

    let mark = move |body: MarkRead| {
        status.set(None);
        leptos::task::spawn_local(async move {
            let all = body.all;
            match api::post::<MarkedRead, _>("/notifications/read", &body).await {
                Ok(marked) => {
                    let at = now();
                    items.update(|list| {
                        for n in list.iter_mut() {
                            if all || body.ids.contains(&n.id) {
                                n.read_at.get_or_insert(at);
                            }
                        }
                    });
                    if all {
                        status.set(Some(t!("notifications-all-read")));
                    }
                    message.set(None);
                    unread.count.set(marked.unread);
                    // A poll that left before the change may still answer with the old count.
                    unread.refresh();
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    let mark_one = move |id: NotificationId| {
        mark(MarkRead {
            ids: vec![id],
            all: false,
        });
    };
    let any_unread = move || unread.count.get() > 0;
    let empty = move || loaded.get() && items.with(Vec::is_empty);

    view! {
        <p class="lead">{t!("notifications-intro")}" "<a href="/account">{t!("notifications-mail-preferences")}</a></p>
        <Banner message=message/>
        <div class="actions">
            <span data-testid="notifications-unread">{move || t!("notifications-unread-count", count = unread.count.get())}</span>
            <Show when=any_unread>
                <button type="button" class="secondary" data-testid="notifications-read-all"
                    on:click=move |_| mark(MarkRead { ids: vec![], all: true })>{t!("notifications-mark-all")}</button>
            </Show>
            {move || status.get().map(|s| view! { <span role="status" data-testid="notifications-status">{s}</span> })}
        </div>
        <Show when=move || loaded.get() fallback=Loading>
            <Show when=move || !empty() fallback=|| view! { <p class="muted" data-testid="notifications-empty">{t!("notifications-empty")}</p> }>
                <ul class="notifications" data-testid="notification-list">
                    <For each=move || items.get() key=|n| (n.id, n.read_at.is_some()) let:n>
                        <Item notification=n mark_one=mark_one/>
                    </For>
                </ul>
            </Show>
        </Show>
        <Show when=move || cursor.with(Option::is_some)>
            <button type="button" class="secondary" data-testid="notifications-more" disabled=move || busy.get()
                on:click=move |_| load(cursor.get_untracked())>{t!("notifications-more")}</button>
        </Show>
    }
}

#[component]
fn Item(
    notification: Notification,
    mark_one: impl Fn(NotificationId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let n = notification;
    let id = n.id;
    let is_unread = n.read_at.is_none();
    // Opening it counts as reading it; the router keeps the page alive for the request.
    let open = move |_| {
        if is_unread {
            mark_one(id);
        }
    };
    let title = match n.link.clone() {
        Some(link) => view! {
            <a href=link data-testid="notification-link" on:click=open>{n.title.clone()}</a>
        }
        .into_any(),
        None => view! { <span>{n.title.clone()}</span> }.into_any(),
    };
    view! {
        <li class=if is_unread { "notification unread" } else { "notification" }
            data-testid="notification-item" data-unread=is_unread.to_string()>
            <p class="notification-title">
                {is_unread.then(|| view! { <span class="badge">{t!("notifications-unread-tag")}</span>" " })}
                <strong>{title}</strong>
            </p>
            <p>{n.body.clone()}</p>
            <p class="muted">
                <time datetime=n.created_at.to_rfc3339()>{moment(&n.created_at)}</time>
                {is_unread.then(|| view! {
                    " "<button type="button" class="link" data-testid="notification-read"
                        on:click=move |_| mark_one(id)>{t!("notifications-mark-one")}</button>
                })}
            </p>
        </li>
    }
}
