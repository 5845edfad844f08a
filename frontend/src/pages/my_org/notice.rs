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
            "Awaiting approval",
            "A network administrator checks every new organisation before it joins. Until then \
             you can complete your profile, prepare drafts and invite colleagues; your \
             organisation is not listed yet and cannot submit practices. You will hear by mail.",
        ),
        OrganisationStatus::Rejected => (
            "Not approved",
            "A network administrator did not approve this organisation. Its page is seen by its \
             people only. If this is a mistake, correct your profile and write to the network.",
        ),
        OrganisationStatus::Suspended => (
            "Suspended",
            "A network administrator suspended this organisation: it is hidden from the network \
             and can change nothing until it is reactivated. Its content is kept.",
        ),
    };
    Some(view! {
        <div class=format!("notice org-{}", status.code()) role="status" data-testid="org-status-notice" data-status=status.code()>
            <strong>{heading}</strong>
            <p>{body}</p>
            {reason.map(|r| view! { <p data-testid="org-status-reason">"The reason given: "{r}</p> })}
        </div>
    })
}

/// Warnings about a save that went through.
pub fn warnings_view(warnings: Vec<Warning>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        view! {
            <div class="notice warning" role="status" data-testid="org-warnings">
                <strong>"Possible duplicate"</strong>
                <ul>
                    {warnings.into_iter().map(|w| view! {
                        <li data-testid="org-warning">
                            {w.message}
                            {w.organisation.map(|o| view! { " "<a href=format!("/organisations/{}", o.slug)>{format!("See {}", o.name)}</a> })}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
