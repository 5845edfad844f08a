//! What an organisation's people must know about where it stands: awaiting approval, rejected
//! or suspended (with the reason a network admin gave), and the warnings of the last save (a
//! name close to another member's).

use std::cell::RefCell;

use leptos::prelude::*;
use twinning_domain::review::Warning;
use twinning_domain::OrganisationStatus;

thread_local! {
    /// Warnings from the registration, shown once on the organisation's page it leads to.
    static PENDING_WARNINGS: RefCell<Vec<Warning>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the registration's warnings for the page shown next.
pub fn remember_warnings(warnings: Vec<Warning>) {
    PENDING_WARNINGS.with(|w| *w.borrow_mut() = warnings);
}

/// The warnings kept by `remember_warnings`, once.
pub fn take_warnings() -> Vec<Warning> {
    PENDING_WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// The notice for an organisation that is not active; nothing for an active one.
pub fn status_notice(status: OrganisationStatus, reason: Option<String>) -> impl IntoView {
    let (heading, body) = match status {
        OrganisationStatus::Active => return None,
        OrganisationStatus::Pending => (
            t!("my-org-notice-pending-heading"),
            t!("my-org-notice-pending-body"),
        ),
        OrganisationStatus::Rejected => (
            t!("my-org-notice-rejected-heading"),
            t!("my-org-notice-rejected-body"),
        ),
        OrganisationStatus::Suspended => (
            t!("my-org-notice-suspended-heading"),
            t!("my-org-notice-suspended-body"),
        ),
    };
    Some(view! {
        <div class=format!("notice org-{}", status.code()) role="status" data-testid="org-status-notice" data-status=status.code()>
            <strong>{heading}</strong>
            <p>{body}</p>
            {reason.map(|r| view! { <p data-testid="org-status-reason">{t!("my-org-notice-reason", reason = r)}</p> })}
        </div>
    })
}

/// Warnings about a save that went through.
pub fn warnings_view(warnings: Vec<Warning>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        view! {
            <div class="notice warning" role="status" data-testid="org-warnings">
                <strong>{t!("my-org-warnings-heading")}</strong>
                <ul>
                    {warnings.into_iter().map(|w| view! {
                        <li data-testid="org-warning">
                            {warning_text(&w)}
                            {w.organisation.map(|o| view! { " "<a href=format!("/organisations/{}", o.slug)>{t!("my-org-warning-see", name = o.name)}</a> })}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// A warning in the reader's language, from its stable code; the server's own words for a
/// code the app does not know yet.
fn warning_text(w: &Warning) -> String {
    match &w.organisation {
        Some(o) if w.code == Warning::POSSIBLE_DUPLICATE => {
            t!("my-org-warning-possible-duplicate", name = &o.name)
        }
        _ => w.message.clone(),
    }
}
