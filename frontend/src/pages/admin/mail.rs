//! The mail outbox: what the platform sent, or kept when no mail server is configured.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::notify::{Mail as MailDto, MailPage, MailStatus};

use super::AdminOnly;
use crate::api::{self, query_string};
use crate::components::{banner, moment, set_title, Loading, Pager};

mod text {
    use twinning_domain::notify::MailStatus;

    pub const TITLE: &str = "Mail outbox";
    pub const INTRO: &str = "Every mail the platform produced, newest first. Without a mail \
        server (TWINNING_SMTP_URL unset) mails are kept here instead of being sent, so nothing \
        is lost and you can read what would have gone out.";
    pub const NONE: &str = "No mail yet.";
    pub const NONE_MATCH: &str = "No mail has this status.";
    pub const STATUS: &str = "Status";
    pub const ANY: &str = "Any status";
    pub const TO: &str = "To ";
    pub const TEXT: &str = "Read the text";
    pub const ERROR: &str = "Last error: ";
    pub const SENT: &str = "sent ";
    pub const CREATED: &str = "written ";

    pub fn status(s: MailStatus) -> &'static str {
        match s {
            MailStatus::Queued => "Waiting to be sent",
            MailStatus::Sent => "Sent",
            MailStatus::Kept => "Kept here (no mail server)",
            MailStatus::Failed => "Failed",
        }
    }

    pub fn category(c: &str) -> String {
        match c {
            "account" => "Account and security".to_owned(),
            "digest" => "Weekly digest".to_owned(),
            other => format!("Notification: {}", other.replace('_', " ")),
        }
    }

    pub fn count(n: i64) -> String {
        match n {
            1 => "1 mail".to_owned(),
            n => format!("{n} mails"),
        }
    }

    pub fn attempts(n: i32) -> String {
        match n {
            1 => "1 attempt".to_owned(),
            n => format!("{n} attempts"),
        }
    }
}

#[component]
pub fn Mail() -> impl IntoView {
    set_title(text::TITLE);
    view! { <AdminOnly><Outbox/></AdminOnly> }
}

const STATUSES: [MailStatus; 4] = [
    MailStatus::Queued,
    MailStatus::Sent,
    MailStatus::Kept,
    MailStatus::Failed,
];

/// `/admin/mail` with the filter and page (the first page is left out).
fn outbox_query(status: &str, page: u32) -> String {
    let page = if page > 1 {
        page.to_string()
    } else {
        String::new()
    };
    let qs = query_string(&[("status", status), ("page", page.as_str())]);
    if qs.is_empty() {
        "/admin/mail".to_owned()
    } else {
        format!("/admin/mail?{qs}")
    }
}

#[component]
fn Outbox() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let page_param = move || param("page").parse::<u32>().unwrap_or(1).max(1);
    let list = LocalResource::new(move || {
        let path = outbox_query(&param("status"), page_param());
        async move { api::get::<MailPage>(&path).await }
    });
    let page = Signal::derive(page_param);
    let per_page =
        Signal::derive(move || list.get().and_then(Result::ok).map_or(20, |r| r.per_page));
    let total = Signal::derive(move || list.get().and_then(Result::ok).map_or(0, |r| r.total));
    let go = {
        let navigate = navigate.clone();
        Callback::new(move |n: u32| {
            navigate(&outbox_query(&param("status"), n), Default::default());
        })
    };
    let filter = move |ev: leptos::ev::Event| {
        navigate(
            &outbox_query(&event_target_value(&ev), 1),
            Default::default(),
        );
    };
    let filtered = move || !param("status").is_empty();
    view! {
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <div class="filters">
            <div>
                <label for="mail-status-filter">{text::STATUS}</label>
                <select id="mail-status-filter" data-testid="mail-status-filter" on:change=filter>
                    <option value="" selected=move || !filtered()>{text::ANY}</option>
                    {STATUSES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code() selected=move || param("status") == s.code()>{text::status(s)}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => {
                    let none = if filtered() { text::NONE_MATCH } else { text::NONE };
                    view! { <p class="muted" data-testid="mail-empty">{none}</p> }.into_any()
                }
                Ok(p) => view! {
                    <p role="status" data-testid="mail-count">{text::count(p.total)}</p>
                    <ul class="cards">
                        {p.items.into_iter().map(|m| view! { <MailItem mail=m/> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <Pager page=page per_page=per_page total=total go=go/>
    }
}

#[component]
fn MailItem(mail: MailDto) -> impl IntoView {
    let m = mail;
    let when = match m.sent_at {
        Some(t) => format!("{}{}", text::SENT, moment(&t)),
        None => format!("{}{}", text::CREATED, moment(&m.created_at)),
    };
    view! {
        <li class="card mail" data-testid="mail-item" data-status=m.status.code()>
            <h2 data-testid="mail-subject">{m.subject.clone()}</h2>
            <p class="muted">
                {text::TO}<span data-testid="mail-to">{m.to.clone()}</span>
                " · "<span class=format!("status mail-{}", m.status.code()) data-testid="mail-status">{text::status(m.status)}</span>
                " · "{text::category(&m.category)}
                " · "{when}
                {(m.attempts > 1).then(|| format!(" · {}", text::attempts(m.attempts)))}
            </p>
            {m.last_error.clone().map(|e| view! { <p class="field-error">{text::ERROR}{e}</p> })}
            <details>
                <summary>{text::TEXT}</summary>
                <pre class="mail-body" data-testid="mail-body">{m.body_text.clone()}</pre>
            </details>
        </li>
    }
}
