//! From events to notifications: the rules (kept as data in the domain) name who hears of an
//! event; each person gets one notification per event and kind, whose mail goes out at once,
//! in the weekly digest or never, as they chose.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use twinning_domain::account::UiLanguage;
use twinning_domain::event::{
    Event, EventType, OrganisationReviewPayload, PersonJoinedPayload, PracticePayload, SubjectKind,
};
use twinning_domain::notify::{rules_for, Delivery, NotificationKind, Preferences};
use twinning_domain::{EventId, PersonId};
use twinning_store::notifications::{self, MailState, NewNotification};
use twinning_store::{accounts, events, StoreError, Tx};

use crate::mail::{self, Args, MailSettings, Words};
use crate::FlowResult;

/// The text of a notification.
pub struct Rendered {
    pub title: String,
    pub body: String,
    pub link: Option<String>,
}

fn payload<T: serde::de::DeserializeOwned>(event: &Event) -> FlowResult<T> {
    serde_json::from_value(event.payload.clone())
        .map_err(|e| StoreError::Corrupt(format!("payload of event {}: {e}", event.id)).into())
}

/// What a notification of `kind` about `event` says, in `words`' language.
pub fn render(words: Words, kind: NotificationKind, event: &Event) -> FlowResult<Rendered> {
    // A reason given, or the message that says none was.
    let said = |key: &str, silent: &str, reason: Option<&str>| match reason {
        Some(reason) => words.text(key, &Args::new().text("reason", reason)),
        None => words.text(silent, &Args::new()),
    };
    Ok(match kind {
        NotificationKind::PracticeSubmitted => {
            let p: PracticePayload = payload(event)?;
            Rendered {
                title: words.text(
                    "practice-submitted-title",
                    &Args::new().text("title", &p.practice.title),
                ),
                body: words.text(
                    "practice-submitted-body",
                    &Args::new().text("owner", &p.practice.owner.name),
                ),
                link: Some("/admin/moderation".to_owned()),
            }
        }
        NotificationKind::PracticePublished => {
            let p: PracticePayload = payload(event)?;
            Rendered {
                title: words.text(
                    "practice-published-title",
                    &Args::new().text("title", &p.practice.title),
                ),
                body: words.text("practice-published-body", &Args::new()),
                link: Some(format!("/practices/{}", p.practice.slug)),
            }
        }
        NotificationKind::PracticeRejected => {
            let p: PracticePayload = payload(event)?;
            Rendered {
                title: words.text(
                    "practice-rejected-title",
                    &Args::new().text("title", &p.practice.title),
                ),
                body: said(
                    "practice-rejected-body",
                    "practice-rejected-body-silent",
                    p.reason.as_deref(),
                ),
                link: Some(format!("/practices/{}", p.practice.slug)),
            }
        }
        NotificationKind::OrganisationReviewed => {
            let p: OrganisationReviewPayload = payload(event)?;
            let org = || Args::new().text("organisation", &p.organisation.name);
            let reason = p.reason.as_deref();
            let (title, body) = match event.event_type {
                EventType::OrganisationApproved => (
                    words.text("organisation-approved-title", &org()),
                    words.text("organisation-approved-body", &Args::new()),
                ),
                EventType::OrganisationRejected => (
                    words.text("organisation-rejected-title", &org()),
                    said(
                        "organisation-rejected-body",
                        "organisation-rejected-body-silent",
                        reason,
                    ),
                ),
                EventType::OrganisationSuspended => (
                    words.text("organisation-suspended-title", &org()),
                    said(
                        "organisation-suspended-body",
                        "organisation-suspended-body-silent",
                        reason,
                    ),
                ),
                _ => (
                    words.text("organisation-reactivated-title", &org()),
                    words.text("organisation-reactivated-body", &Args::new()),
                ),
            };
            Rendered {
                title,
                body,
                link: Some("/my-organisation".to_owned()),
            }
        }
        NotificationKind::MemberJoined => {
            let p: PersonJoinedPayload = payload(event)?;
            Rendered {
                title: words.text(
                    "member-joined-title",
                    &Args::new()
                        .text("person", &p.person.name)
                        .text("organisation", &p.organisation.name),
                ),
                body: words.text(
                    "member-joined-body",
                    &Args::new().text("role", p.role.code()),
                ),
                link: Some("/my-organisation".to_owned()),
            }
        }
    })
}

/// Applies every rule for the event. Safe to run twice: a person is notified once per event
/// and kind, and only a new notification queues a mail (for those who want it at once; the
/// others' waits for the weekly digest, or goes nowhere). Each person's notification, and its
/// mail, is written in their language.
pub fn dispatch_event(tx: &mut Tx<'_>, settings: &MailSettings, id: EventId) -> FlowResult<usize> {
    let event = events::by_id(tx, id)?;
    let organisations = events::organisations_of(tx, id)?;
    let actor = events::actor_person(tx, id)?.map(PersonId);
    let mut added = 0;
    // Nobody hears of their own act, nor of themselves (a person who joined).
    let subject = (event.subject.kind == SubjectKind::Person).then_some(PersonId(event.subject.id));
    for rule in rules_for(event.event_type) {
        let mut rendered: HashMap<UiLanguage, Rendered> = HashMap::new();
        for (person, delivery) in
            notifications::audience(tx, rule.audience, &organisations, rule.kind)?
        {
            if Some(person) == actor || Some(person) == subject {
                continue;
            }
            let recipient = accounts::person_by_id(tx, person)?;
            let language = mail::language_of(&recipient);
            let text = match rendered.entry(language) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(slot) => {
                    slot.insert(render(Words::new(language), rule.kind, &event)?)
                }
            };
            let inserted = notifications::insert(
                tx,
                &NewNotification {
                    person,
                    event: id,
                    kind: rule.kind,
                    title: &text.title,
                    body: &text.body,
                    link: text.link.as_deref(),
                    mail_state: MailState::for_delivery(delivery),
                },
            )?;
            if inserted {
                added += 1;
                if delivery == Delivery::Immediate {
                    mail::queue_notification(tx, settings, &recipient, rule.kind, text)?;
                }
            }
        }
    }
    Ok(added)
}

/// Sets the person's mail choices for the kinds `prefs` names and returns all of them. A kind
/// set to `never` also drops what waited for the weekly digest: after "stop these mails"
/// none of that kind arrives, not even in this week's digest.
pub fn set_preferences(
    tx: &mut Tx<'_>,
    person: PersonId,
    prefs: &Preferences,
) -> FlowResult<Preferences> {
    notifications::set_preferences(tx, person, prefs)?;
    for (kind, delivery) in &prefs.notifications {
        if *delivery == Delivery::Never {
            twinning_store::mail::drop_waiting(tx, person, *kind)?;
        }
    }
    Ok(notifications::preferences(tx, person)?)
}

/// Whether events of this type notify anyone (lets tests and docs list them).
pub fn notifies(event_type: EventType) -> bool {
    rules_for(event_type).next().is_some()
}
