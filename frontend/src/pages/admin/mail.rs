//! The mail outbox: what the platform sent, or kept when no mail server is configured.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::notify::{Mail as MailDto, MailPage};

use super::AdminOnly;
use crate::api;
use crate::components::{banner, moment, set_title, Loading, Pager};

mod text {
    use twinning_domain::notify::MailStatus;

    pub const TITLE: &str = "Mail outbox";
    pub const INTRO: &str = "Every mail the platform produced, newest first. Without a mail \
        server (TWINNING_SMTP_URL unset) mails are kept here instead of being sent, so nothing \
        is lost and you can read what would have gone out.";
    pub const NONE: &str = "No mail yet.";
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

#[component]
fn Outbox() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let page_param = move || query.with(|q| q.get("page").unwrap_or_default());
    let list = LocalResource::new(move || {
        let page = page_param();
        async move {
            let path = match page.parse::<u32>() {
                Ok(n) if n > 1 => format!("/admin/mail?page={n}"),
                _ => "/admin/mail".to_owned(),
            };
            api::get::<MailPage>(&path).await
        }
    });
    let page = Signal::derive(move || page_param().parse().unwrap_or(1));
    let per_page =
        Signal::derive(move || list.get().and_then(Result::ok).map_or(20, |r| r.per_page));
    let total = Signal::derive(move || list.get().and_then(Result::ok).map_or(0, |r| r.total));
    let go = Callback::new(move |n: u32| {
        let target = if n > 1 {
            format!("/admin/mail?page={n}")
        } else {
            "/admin/mail".to_owned()
        };
        navigate(&target, Default::default());
    });
    view! {
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="mail-empty">{text::NONE}</p> }.into_any(),
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
