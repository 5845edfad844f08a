//! Every organisation's partner API keys, for network admins: see them, revoke one.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use serde::Deserialize;
use twinning_domain::api_key::ApiKey;

use super::AdminOnly;
use crate::api;
use crate::components::{banner, set_title, Banner, Loading, Pager};
use crate::pages::api_keys::{revoke, text as keys_text, KeyTable};

mod text {
    pub const TITLE: &str = "API keys";
    pub const INTRO: &str = "The keys every organisation created for its partner systems, \
        newest first. Their admins manage them under My organisation; revoke one here when it \
        leaked or its organisation cannot be reached.";
    pub const NONE: &str = "No keys on this page.";
    pub const PAGES: &str = "Pages";
    pub const PREVIOUS: &str = "← Previous";
    pub const NEXT: &str = "Next →";
}

/// The answer of `GET /admin/api-keys`: a page with its total, or the bare list of one page.
#[derive(Deserialize)]
#[serde(untagged)]
enum Keys {
    Page {
        items: Vec<ApiKey>,
        total: i64,
        per_page: u32,
    },
    List(Vec<ApiKey>),
}

impl Keys {
    fn into_parts(self) -> (Vec<ApiKey>, Option<(i64, u32)>) {
        match self {
            Keys::Page {
                items,
                total,
                per_page,
            } => (items, Some((total, per_page))),
            Keys::List(items) => (items, None),
        }
    }
}

#[component]
pub fn ApiKeys() -> impl IntoView {
    set_title(text::TITLE);
    view! { <AdminOnly><AllKeys/></AdminOnly> }
}

#[component]
fn AllKeys() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let page_param = move || {
        query
            .with(|q| q.get("page").unwrap_or_default())
            .parse::<u32>()
            .unwrap_or(1)
            .max(1)
    };
    let reload = RwSignal::new(0u32);
    let message = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let list = LocalResource::new(move || {
        reload.track();
        let page = page_param();
        async move {
            let path = if page > 1 {
                format!("/admin/api-keys?page={page}")
            } else {
                "/admin/api-keys".to_owned()
            };
            api::get::<Keys>(&path).await.map(Keys::into_parts)
        }
    });
    let on_revoke = Callback::new(move |key: ApiKey| {
        message.set(None);
        status.set(None);
        leptos::task::spawn_local(async move {
            match revoke(&key).await {
                Ok(()) => {
                    status.set(Some(keys_text::revoked(&key.name)));
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    });
    let page = Signal::derive(page_param);
    let paged = move || list.get().and_then(Result::ok).and_then(|(_, p)| p);
    let per_page = Signal::derive(move || paged().map_or(20, |(_, per)| per));
    let total = Signal::derive(move || paged().map_or(0, |(total, _)| total));
    let first = move || page.get() <= 1;
    // A bare list has no total: "next" is offered while the page is not empty.
    let bare = move || {
        list.get()
            .and_then(Result::ok)
            .and_then(|(items, p)| p.is_none().then_some(items.is_empty()))
    };
    let go = Callback::new(move |n: u32| {
        let target = if n > 1 {
            format!("/admin/api-keys?page={n}")
        } else {
            "/admin/api-keys".to_owned()
        };
        navigate(&target, Default::default());
    });
    view! {
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <Banner message=message/>
        {move || status.get().map(|s| view! { <p role="status" class="saved" data-testid="apikey-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok((items, _)) if items.is_empty() => view! { <p class="muted" data-testid="apikeys-empty">{text::NONE}</p> }.into_any(),
                Ok((items, _)) => view! { <KeyTable keys=items with_org=true on_revoke=on_revoke/> }.into_any(),
            })}
        </Suspense>
        {move || match bare() {
            None => view! { <Pager page=page per_page=per_page total=total go=go/> }.into_any(),
            Some(empty) => view! {
                <nav class="pager" aria-label=text::PAGES>
                    <button type="button" class="secondary" data-testid="page-prev" disabled=first
                        on:click=move |_| go.run(page.get().saturating_sub(1).max(1))>{text::PREVIOUS}</button>
                    <button type="button" class="secondary" data-testid="page-next" disabled=empty
                        on:click=move |_| go.run(page.get() + 1)>{text::NEXT}</button>
                </nav>
            }.into_any(),
        }}
    }
}
