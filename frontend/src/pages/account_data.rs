//! "My account", your data: download everything held about you, or delete the account (with
//! your password, after a confirmation that says what stays and what goes).

use leptos::prelude::*;
use twinning_domain::account_data::DeleteAccountRequest;
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{described_in, Banner, Confirm, FieldErr};
use crate::session::use_auth;

mod text {
    pub const HEADING: &str = "Your data";
    pub const EXPORT_INTRO: &str = "Download everything Twinning holds about you as one JSON \
        file: your account, your organisation, your sessions, the practices you created, the \
        moves you made, your notifications, preferences, invitations, API keys and the mails \
        sent to you.";
    pub const EXPORT: &str = "Download my data";
    pub const PREPARING: &str = "Preparing your file…";
    pub const READY: &str = "Your file is ready. If it did not download by itself, save it here:";
    pub const FILE: &str = "twinning-my-data.json";
    pub const DELETE_HEADING: &str = "Delete my account";
    pub const DELETE_INTRO: &str = "Your account is removed: you are signed out everywhere, your \
        notifications, preferences and mails go, and your name is replaced by “Deleted member” \
        wherever it appears. What you wrote for your organisation (its practices) stays with \
        it. If you are its last admin and others remain, make one of them an admin first.";
    pub const PASSWORD: &str = "Your password, to confirm";
    pub const DELETE: &str = "Delete my account";
    pub const DELETE_QUESTION: &str = "Delete your account for good? This cannot be undone.";
    pub const DELETE_CONFIRM: &str = "Yes, delete it";
    pub const DELETED: &str =
        "Your account is deleted. Thank you for the time you gave the network.";
}

/// The "your data" section of My account; shows nothing to someone signed out.
#[component]
pub fn AccountData() -> impl IntoView {
    let auth = use_auth();
    let deleted = RwSignal::new(false);
    view! {
        <Show when=move || deleted.get()>
            <p role="status" class="saved" data-testid="account-deleted">{text::DELETED}</p>
        </Show>
        <Show when=move || auth.is_logged_in()>
            <section aria-labelledby="data-heading">
                <h2 id="data-heading">{text::HEADING}</h2>
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
        <p>{text::EXPORT_INTRO}</p>
        <Banner message=message/>
        <div class="actions">
            <button type="button" data-testid="export-data" disabled=move || busy.get() on:click=download>
                {move || if busy.get() { text::PREPARING } else { text::EXPORT }}
            </button>
        </div>
        {move || href.get().map(|h| view! {
            <p role="status">{text::READY}" "
                <a node_ref=link href=h download=text::FILE data-testid="export-link">{text::FILE}</a>
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
        <h3>{text::DELETE_HEADING}</h3>
        <p>{text::DELETE_INTRO}</p>
        <Banner message=message/>
        <form class="narrow" novalidate on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <label for="delete-password">{text::PASSWORD}</label>
            <input id="delete-password" type="password" autocomplete="current-password"
                data-testid="delete-password" bind:value=password
                aria-describedby=described_in(errors, "delete", "password", None)/>
            <FieldErr errors=errors field="password" form="delete"/>
            <div class="actions">
                <Confirm label=text::DELETE question=text::DELETE_QUESTION confirm=text::DELETE_CONFIRM
                    testid="delete-account" on_confirm=delete/>
            </div>
        </form>
    }
}
