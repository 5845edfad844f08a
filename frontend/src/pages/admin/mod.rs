//! The network admins' screens: the dashboard, the moderation queue, background jobs, the
//! mail outbox and every partner API key.

mod jobs;
mod keys;
mod mail;
mod moderation;
mod organisations;
mod people;

use leptos::prelude::*;
use twinning_domain::notify::MailPage;
use twinning_domain::stats::AdminOverview;

use crate::api;
use crate::components::{banner, set_title, Loading, LoginNeeded};
use crate::session::use_auth;

pub use jobs::Jobs;
pub use keys::ApiKeys;
pub use mail::Mail;
pub use moderation::Moderation;
pub use organisations::Organisations;
pub use people::People;

mod text {
    pub const TITLE: &str = "Administration";
    pub const HEADING: &str = "Network administration";
    pub const NOT_ALLOWED: &str = "Not allowed";
    pub const ONLY_ADMINS: &str = "Only network administrators may see this page.";
    pub const LOGIN: &str = "This page is for network administrators. Log in first.";
    pub const HOME: &str = "Back to the home page";
    pub const TOOLS: &str = "Tools";
    pub const MODERATION: &str = "Moderation queue";
    pub const MODERATION_HINT: &str =
        "Practices waiting for review: publish them or send them back.";
    pub const JOBS: &str = "Background jobs";
    pub const JOBS_HINT: &str =
        "Work the platform does later: events to dispatch, mails to send. Retry the dead ones.";
    pub const MAIL: &str = "Mail outbox";
    pub const MAIL_HINT: &str =
        "Every mail the platform sent or, without a mail server, kept here.";
    pub const KEYS: &str = "API keys";
    pub const KEYS_HINT: &str = "Every organisation's partner API keys; revoke one that leaked.";
    pub const ORGANISATIONS: &str = "Organisations";
    pub const ORGANISATIONS_HINT: &str =
        "Approve new organisations, check possible duplicates, suspend or merge.";
    pub const PEOPLE: &str = "People";
    pub const PEOPLE_HINT: &str =
        "Find a person; disable or enable an account, resend a verification link, grant admin rights.";

    pub fn awaiting(n: i64) -> String {
        match n {
            1 => "1 organisation awaiting approval".to_owned(),
            n => format!("{n} organisations awaiting approval"),
        }
    }

    pub fn waiting(n: i64) -> String {
        format!("{n} waiting")
    }

    /// The queue at a glance: what waits, and what died and wants a retry.
    pub fn jobs(pending: i64, dead: i64) -> String {
        let dead = match dead {
            1 => "1 dead job".to_owned(),
            n => format!("{n} dead jobs"),
        };
        format!("{pending} pending, {dead}")
    }

    pub fn mails(n: i64) -> String {
        match n {
            1 => "1 mail".to_owned(),
            n => format!("{n} mails"),
        }
    }
}

/// Shows `children` to network admins only; others are told why, or asked to log in.
#[component]
fn AdminOnly(children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    // Stored so the nested `Show`s can render the children again each time they reappear.
    let children = StoredValue::new(children);
    view! {
        <Show when=move || auth.ready.get() fallback=Loading>
            <Show when=move || auth.is_admin()
                fallback=move || if auth.is_logged_in() {
                    view! { <h1>{text::NOT_ALLOWED}</h1>{banner(text::ONLY_ADMINS.into())}<p><a href="/">{text::HOME}</a></p> }.into_any()
                } else {
                    view! { <h1>{text::TITLE}</h1><LoginNeeded what=text::LOGIN/> }.into_any()
                }>
                {move || children.with_value(|c| c())}
            </Show>
        </Show>
    }
}

#[component]
pub fn Dashboard() -> impl IntoView {
    set_title(text::TITLE);
    view! { <AdminOnly><Overview/></AdminOnly> }
}

#[component]
fn Overview() -> impl IntoView {
    let overview = LocalResource::new(|| api::get::<AdminOverview>("/admin/overview"));
    let mails = LocalResource::new(|| api::get::<MailPage>("/admin/mail"));
    // A count, once known; a tile stays useful without it.
    let figure = |text: String, testid: &'static str| {
        view! { <span class="tile-figure" data-testid=testid>{text}</span> }
    };
    view! {
        <h1>{text::HEADING}</h1>
        <Suspense fallback=Loading>
            {move || overview.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(o) => view! {
                    <ul class="stats">
                        <li><a href="/admin/organisations?status=active"><strong>{o.organisations}</strong>" organisations"</a></li>
                        <li><a href="/admin/organisations?status=pending"><strong data-testid="admin-orgs-pending">{o.organisations_pending}</strong>" awaiting approval"</a></li>
                        <li><a href="/admin/organisations?status=suspended"><strong>{o.organisations_suspended}</strong>" suspended"</a></li>
                        <li><a href="/admin/people"><strong>{o.people}</strong>" people"</a></li>
                        <li><strong>{o.countries}</strong>" countries"</li>
                        <li><strong>{o.practices.published}</strong>" published practices"</li>
                        <li><a href="/admin/moderation"><strong data-testid="admin-pending">{o.practices.submitted}</strong>" waiting for review"</a></li>
                        <li><strong>{o.practices.draft}</strong>" drafts"</li>
                        <li><strong>{o.practices.archived}</strong>" archived"</li>
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <h2>{text::TOOLS}</h2>
        <ul class="tiles">
            <li>
                <a class="tile" href="/admin/organisations?status=pending" data-testid="tile-organisations">
                    <strong>{text::ORGANISATIONS}</strong>
                    <span>{text::ORGANISATIONS_HINT}</span>
                    {move || overview.get().and_then(Result::ok).map(|o| figure(text::awaiting(o.organisations_pending), "tile-organisations-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/people" data-testid="tile-people">
                    <strong>{text::PEOPLE}</strong>
                    <span>{text::PEOPLE_HINT}</span>
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/moderation" data-testid="tile-moderation">
                    <strong>{text::MODERATION}</strong>
                    <span>{text::MODERATION_HINT}</span>
                    {move || overview.get().and_then(Result::ok).map(|o| figure(text::waiting(o.practices.submitted), "tile-moderation-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/jobs" data-testid="tile-jobs">
                    <strong>{text::JOBS}</strong>
                    <span>{text::JOBS_HINT}</span>
                    {move || overview.get().and_then(Result::ok).map(|o| figure(text::jobs(o.jobs.pending, o.jobs.dead), "tile-jobs-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/mail" data-testid="tile-mail">
                    <strong>{text::MAIL}</strong>
                    <span>{text::MAIL_HINT}</span>
                    {move || mails.get().and_then(Result::ok).map(|p| figure(text::mails(p.total), "tile-mail-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/api-keys" data-testid="tile-api-keys">
                    <strong>{text::KEYS}</strong>
                    <span>{text::KEYS_HINT}</span>
                </a>
            </li>
        </ul>
    }
}
