//! The mail outbox: what the platform sent, or kept when no mail server is configured.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::notify::{Mail as MailDto, MailPage, MailStatus, NotificationKind};

use super::AdminOnly;
use crate::api::{self, query_string};
use crate::components::{banner, moment, set_title, Loading, Pager};

/// A mail's status in the reader's language.
fn status_word(s: MailStatus) -> String {
    match s {
        MailStatus::Queued => t!("admin-mail-status-queued"),
        MailStatus::Sent => t!("admin-mail-status-sent"),
        MailStatus::Kept => t!("admin-mail-status-kept"),
        MailStatus::Failed => t!("admin-mail-status-failed"),
    }
}

/// What a mail is about: account mails, the digest, or the kind of notification it carries.
fn category(c: &str) -> String {
    match c {
        "account" => t!("admin-mail-category-account"),
        "digest" => t!("admin-mail-category-digest"),
        other => match NotificationKind::parse(other) {
            Ok(NotificationKind::PracticeSubmitted) => t!("admin-mail-category-practice-submitted"),
            Ok(NotificationKind::PracticePublished) => t!("admin-mail-category-practice-published"),
            Ok(NotificationKind::PracticeRejected) => t!("admin-mail-category-practice-rejected"),
            Ok(NotificationKind::MemberJoined) => t!("admin-mail-category-member-joined"),
            Ok(NotificationKind::OrganisationReviewed) => {
                t!("admin-mail-category-organisation-reviewed")
            }
            // A category this app does not know yet (a newer server): its code, readable.
            Err(_) => t!("admin-mail-category-other", code = other.replace('_', " ")),
        },
    }
}

#[component]
pub fn Mail() -> impl IntoView {
    set_title(&t!("admin-mail-title"));
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
        <h1>{t!("admin-mail-title")}</h1>
        <p class="lead">{t!("admin-mail-intro")}</p>
        <div class="filters">
            <div>
                <label for="mail-status-filter">{t!("admin-mail-status")}</label>
                <select id="mail-status-filter" data-testid="mail-status-filter" on:change=filter>
                    <option value="" selected=move || !filtered()>{t!("admin-mail-any-status")}</option>
                    {STATUSES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code() selected=move || param("status") == s.code()>{status_word(s)}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => {
                    let none = if filtered() { t!("admin-mail-none-match") } else { t!("admin-mail-none") };
                    view! { <p class="muted" data-testid="mail-empty">{none}</p> }.into_any()
                }
                Ok(p) => view! {
                    <p role="status" data-testid="mail-count">{t!("admin-mail-count", count = p.total)}</p>
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
        Some(t) => t!("admin-mail-sent", when = moment(&t)),
        None => t!("admin-mail-written", when = moment(&m.created_at)),
    };
    view! {
        <li class="card mail" data-testid="mail-item" data-status=m.status.code()>
            <h2 data-testid="mail-subject">{m.subject.clone()}</h2>
            <p class="muted">
                {t!("admin-mail-to")}" "<span data-testid="mail-to">{m.to.clone()}</span>
                " · "<span class=format!("status mail-{}", m.status.code()) data-testid="mail-status">{status_word(m.status)}</span>
                " · "{category(&m.category)}
                " · "{when}
                {(m.attempts > 1).then(|| format!(" · {}", t!("admin-mail-attempts", count = m.attempts)))}
            </p>
            {m.last_error.clone().map(|e| view! { <p class="field-error">{t!("admin-mail-last-error", error = e)}</p> })}
            <details>
                <summary>{t!("admin-mail-read-text")}</summary>
                <pre class="mail-body" data-testid="mail-body">{m.body_text.clone()}</pre>
            </details>
        </li>
    }
}
