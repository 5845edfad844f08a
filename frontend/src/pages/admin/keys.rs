//! Every organisation's partner API keys, for network admins: see them, revoke one.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::api_key::{ApiKey, ApiKeyPage};

use super::AdminOnly;
use crate::api;
use crate::components::{banner, set_title, Banner, Loading, Pager};
use crate::pages::api_keys::KeyTable;

#[component]
pub fn ApiKeys() -> impl IntoView {
    set_title(&t!("admin-keys-title"));
    view! { <AdminOnly><AllKeys/></AdminOnly> }
}

fn list_path(page: u32) -> String {
    if page > 1 {
        format!("/admin/api-keys?page={page}")
    } else {
        "/admin/api-keys".to_owned()
    }
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
        let path = list_path(page_param());
        async move { api::get::<ApiKeyPage>(&path).await }
    });
    let on_revoke = Callback::new(move |key: ApiKey| {
        message.set(None);
        status.set(None);
        leptos::task::spawn_local(async move {
            match api::delete(&format!("/admin/api-keys/{}", key.id)).await {
                Ok(()) => {
                    status.set(Some(t!("api-keys-revoked", name = key.name.as_str())));
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    });
    let page = Signal::derive(page_param);
    let loaded = move || list.get().and_then(Result::ok);
    let per_page = Signal::derive(move || loaded().map_or(20, |p| p.per_page));
    let total = Signal::derive(move || loaded().map_or(0, |p| p.total));
    let go = Callback::new(move |n: u32| navigate(&list_path(n), Default::default()));
    view! {
        <h1>{t!("admin-keys-title")}</h1>
        <p class="lead">{t!("admin-keys-intro")}</p>
        <Banner message=message/>
        {move || status.get().map(|s| view! { <p role="status" class="saved" data-testid="apikey-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.total == 0 => view! { <p class="muted" data-testid="apikeys-empty">{t!("admin-keys-none")}</p> }.into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="apikeys-empty">{t!("admin-keys-none-here")}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="apikeys-count">{t!("admin-keys-count", count = p.total)}</p>
                    <KeyTable keys=p.items with_org=true on_revoke=on_revoke/>
                }.into_any(),
            })}
        </Suspense>
        <Pager page=page per_page=per_page total=total go=go/>
    }
}
