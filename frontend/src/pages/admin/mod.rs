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

/// A count in the reader's digits, beside the words for it.
// Counts shown to people are far below 2^53, where f64 stops being exact.
#[allow(clippy::cast_precision_loss)]
fn figure_of(n: i64) -> String {
    crate::i18n::number(n as f64)
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
                    view! { <h1>{t!("admin-not-allowed")}</h1>{banner(t!("admin-only-admins"))}<p><a href="/">{t!("admin-back-home")}</a></p> }.into_any()
                } else {
                    view! { <h1>{t!("admin-title")}</h1><LoginNeeded what=t!("admin-login-needed")/> }.into_any()
                }>
                {move || children.with_value(|c| c())}
            </Show>
        </Show>
    }
}

#[component]
pub fn Dashboard() -> impl IntoView {
    set_title(&t!("admin-title"));
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
        <h1>{t!("admin-heading")}</h1>
        <Suspense fallback=Loading>
            {move || overview.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(o) => view! {
                    <ul class="stats">
                        <li><a href="/admin/organisations?status=active"><strong>{figure_of(o.organisations)}</strong>" "{t!("admin-stat-organisations", count = o.organisations)}</a></li>
                        <li><a href="/admin/organisations?status=pending"><strong data-testid="admin-orgs-pending">{figure_of(o.organisations_pending)}</strong>" "{t!("admin-stat-awaiting-approval", count = o.organisations_pending)}</a></li>
                        <li><a href="/admin/organisations?status=suspended"><strong>{figure_of(o.organisations_suspended)}</strong>" "{t!("admin-stat-suspended", count = o.organisations_suspended)}</a></li>
                        <li><a href="/admin/people"><strong>{figure_of(o.people)}</strong>" "{t!("admin-stat-people", count = o.people)}</a></li>
                        <li><strong>{figure_of(o.countries)}</strong>" "{t!("admin-stat-countries", count = o.countries)}</li>
                        <li><strong>{figure_of(o.practices.published)}</strong>" "{t!("admin-stat-published", count = o.practices.published)}</li>
                        <li><a href="/admin/moderation"><strong data-testid="admin-pending">{figure_of(o.practices.submitted)}</strong>" "{t!("admin-stat-waiting-for-review", count = o.practices.submitted)}</a></li>
                        <li><strong>{figure_of(o.practices.draft)}</strong>" "{t!("admin-stat-drafts", count = o.practices.draft)}</li>
                        <li><strong>{figure_of(o.practices.archived)}</strong>" "{t!("admin-stat-archived", count = o.practices.archived)}</li>
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <h2>{t!("admin-tools")}</h2>
        <ul class="tiles">
            <li>
                <a class="tile" href="/admin/organisations?status=pending" data-testid="tile-organisations">
                    <strong>{t!("admin-tile-organisations")}</strong>
                    <span>{t!("admin-tile-organisations-hint")}</span>
                    {move || overview.get().and_then(Result::ok).map(|o| figure(t!("admin-tile-organisations-count", count = o.organisations_pending), "tile-organisations-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/people" data-testid="tile-people">
                    <strong>{t!("admin-tile-people")}</strong>
                    <span>{t!("admin-tile-people-hint")}</span>
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/moderation" data-testid="tile-moderation">
                    <strong>{t!("admin-tile-moderation")}</strong>
                    <span>{t!("admin-tile-moderation-hint")}</span>
                    {move || overview.get().and_then(Result::ok).map(|o| figure(t!("admin-tile-moderation-count", count = o.practices.submitted), "tile-moderation-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/jobs" data-testid="tile-jobs">
                    <strong>{t!("admin-tile-jobs")}</strong>
                    <span>{t!("admin-tile-jobs-hint")}</span>
                    {move || overview.get().and_then(Result::ok).map(|o| figure(t!("admin-tile-jobs-count", pending = o.jobs.pending, dead = o.jobs.dead), "tile-jobs-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/mail" data-testid="tile-mail">
                    <strong>{t!("admin-tile-mail")}</strong>
                    <span>{t!("admin-tile-mail-hint")}</span>
                    {move || mails.get().and_then(Result::ok).map(|p| figure(t!("admin-tile-mail-count", count = p.total), "tile-mail-count"))}
                </a>
            </li>
            <li>
                <a class="tile" href="/admin/api-keys" data-testid="tile-api-keys">
                    <strong>{t!("admin-tile-keys")}</strong>
                    <span>{t!("admin-tile-keys-hint")}</span>
                </a>
            </li>
        </ul>
    }
}
