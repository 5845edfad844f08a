//! "My account", your data: download everything held about you, or delete the account (with
//! your password, after a confirmation that says what stays and what goes).

use leptos::prelude::*;
use twinning_domain::account_data::DeleteAccountRequest;
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{described_in, Banner, Confirm, FieldErr};
use crate::session::use_auth;

/// The name the browser gives the downloaded file.
const FILE: &str = "twinning-my-data.json";

/// The "your data" section of My account; shows nothing to someone signed out.
#[component]
pub fn AccountData() -> impl IntoView {
    let auth = use_auth();
    let deleted = RwSignal::new(false);
    view! {
        <Show when=move || deleted.get()>
            <p role="status" class="saved" data-testid="account-deleted">{t!("account-data-deleted")}</p>
        </Show>
        <Show when=move || auth.is_logged_in()>
            <section aria-labelledby="data-heading">
                <h2 id="data-heading">{t!("account-data-heading")}</h2>
                <Export/>
                <DeleteAccount deleted=deleted/>
            </section>
        </Show>
    }
}

#[component]
fn Export() -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let href = RwSignal::new(None::<String>);
    let link = NodeRef::<leptos::html::A>::new();
    let download = move |_| {
        busy.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            match api::get::<serde_json::Value>("/me/export").await {
                Ok(document) => {
                    let json = serde_json::to_string_pretty(&document).unwrap_or_default();
                    href.set(Some(format!(
                        "data:application/json;charset=utf-8,{}",
                        api::enc(&json)
                    )));
                    // Once the link is in the page, follow it: the browser saves the file.
                    request_animation_frame(move || {
                        if let Some(a) = link.get_untracked() {
                            a.click();
                        }
                    });
                }
                Err(e) => message.set(Some(e.message())),
            }
            busy.set(false);
        });
    };
    view! {
        <p>{t!("account-data-export-intro")}</p>
        <Banner message=message/>
        <div class="actions">
            <button type="button" data-testid="export-data" disabled=move || busy.get() on:click=download>
                {move || if busy.get() { t!("account-data-preparing") } else { t!("account-data-export") }}
            </button>
        </div>
        {move || href.get().map(|h| view! {
            <p role="status">{t!("account-data-ready")}" "
                <a node_ref=link href=h download=FILE data-testid="export-link">{FILE}</a>
            </p>
        })}
    }
}

#[component]
fn DeleteAccount(deleted: RwSignal<bool>) -> impl IntoView {
    let auth = use_auth();
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let delete = Callback::new(move |()| {
        let body = DeleteAccountRequest {
            password: password.get_untracked(),
        };
        if let Err(e) = body.validate() {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        message.set(None);
        leptos::task::spawn_local(async move {
            let body = serde_json::to_value(&body).unwrap_or_default();
            match api::call::<serde::de::IgnoredAny>(reqwest::Method::DELETE, "/me", Some(body))
                .await
            {
                Ok(_) => {
                    deleted.set(true);
                    auth.end();
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    message.set(Some(e.message()));
                }
            }
        });
    });
    view! {
        <h3>{t!("account-data-delete-heading")}</h3>
        <p>{t!("account-data-delete-intro")}</p>
        <Banner message=message/>
        <form class="narrow" novalidate on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <label for="delete-password">{t!("account-data-password")}</label>
            <input id="delete-password" type="password" autocomplete="current-password"
                data-testid="delete-password" bind:value=password
                aria-describedby=described_in(errors, "delete", "password", None)/>
            <FieldErr errors=errors field="password" form="delete"/>
            <div class="actions">
                <Confirm label=t!("account-data-delete") question=t!("account-data-delete-question") confirm=t!("account-data-delete-confirm")
                    testid="delete-account" on_confirm=delete/>
            </div>
        </form>
    }
}
