//! From events to notifications: the rules (kept as data in the domain) name who hears of an
//! event; each person gets one notification per event and kind, whose mail goes out at once,
//! in the weekly digest or never, as they chose.

use twinning_domain::event::{
    Event, EventType, OrganisationReviewPayload, PersonJoinedPayload, PracticePayload, SubjectKind,
};
use twinning_domain::notify::{rules_for, Delivery, NotificationKind, Preferences};
use twinning_domain::{EventId, PersonId};
use twinning_store::notifications::{self, MailState, NewNotification};
use twinning_store::{events, StoreError, Tx};

use crate::mail::{self, MailSettings};
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

/// What a notification of `kind` about `event` says (English for now).
pub fn render(kind: NotificationKind, event: &Event) -> FlowResult<Rendered> {
    Ok(match kind {
        NotificationKind::PracticeSubmitted => {
            let p: PracticePayload = payload(event)?;
            Rendered {
                title: format!("“{}” was submitted for review", p.practice.title),
                body: format!(
                    "{} submitted it. Review it in the moderation queue.",
                    p.practice.owner.name
                ),
                link: Some("/admin/moderation".to_owned()),
            }
        }
        NotificationKind::PracticePublished => {
            let p: PracticePayload = payload(event)?;
            Rendered {
                title: format!("“{}” is published", p.practice.title),
                body: "It is now in the catalogue, open to the whole network.".to_owned(),
                link: Some(format!("/practices/{}", p.practice.slug)),
            }
        }
        NotificationKind::PracticeRejected => {
            let p: PracticePayload = payload(event)?;
            Rendered {
                title: format!("“{}” was sent back", p.practice.title),
                body: match &p.reason {
                    Some(reason) => format!("The reviewer wrote: {reason}"),
                    None => "The reviewer sent it back to draft.".to_owned(),
                },
                link: Some(format!("/practices/{}", p.practice.slug)),
            }
        }
        NotificationKind::OrganisationReviewed => {
            let p: OrganisationReviewPayload = payload(event)?;
            let name = &p.organisation.name;
            let (title, body) = match event.event_type {
                EventType::OrganisationApproved => (
                    format!("{name} is approved"),
                    "It is now a member of the network: listed, counted, and able to submit                      practices."
                        .to_owned(),
                ),
                EventType::OrganisationRejected => (
                    format!("{name} was not approved"),
                    format!(
                        "A network admin wrote: {}",
                        p.reason.as_deref().unwrap_or("no reason given")
                    ),
                ),
                EventType::OrganisationSuspended => (
                    format!("{name} is suspended"),
                    format!(
                        "It is hidden from the network until a network admin reactivates it.                          The reason given: {}",
                        p.reason.as_deref().unwrap_or("none")
                    ),
                ),
                _ => (
                    format!("{name} is active again"),
                    "A network admin reactivated it: it is listed again.".to_owned(),
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
                title: format!("{} joined {}", p.person.name, p.organisation.name),
                body: format!("They joined as {}.", p.role.label().to_lowercase()),
                link: Some("/my-organisation".to_owned()),
            }
        }
    })
}

/// Applies every rule for the event. Safe to run twice: a person is notified once per event
/// and kind, and only a new notification queues a mail (for those who want it at once; the
/// others' waits for the weekly digest, or goes nowhere).
pub fn dispatch_event(tx: &mut Tx<'_>, settings: &MailSettings, id: EventId) -> FlowResult<usize> {
    let event = events::by_id(tx, id)?;
    let organisations = events::organisations_of(tx, id)?;
    let actor = events::actor_person(tx, id)?.map(PersonId);
    let mut added = 0;
    // Nobody hears of their own act, nor of themselves (a person who joined).
    let subject = (event.subject.kind == SubjectKind::Person).then_some(PersonId(event.subject.id));
    for rule in rules_for(event.event_type) {
        let rendered = render(rule.kind, &event)?;
        for (person, delivery) in
            notifications::audience(tx, rule.audience, &organisations, rule.kind)?
        {
            if Some(person) == actor || Some(person) == subject {
                continue;
            }
            let inserted = notifications::insert(
                tx,
                &NewNotification {
                    person,
                    event: id,
                    kind: rule.kind,
                    title: &rendered.title,
                    body: &rendered.body,
                    link: rendered.link.as_deref(),
                    mail_state: MailState::for_delivery(delivery),
                },
            )?;
            if inserted {
                added += 1;
                if delivery == Delivery::Immediate {
                    mail::queue_notification(tx, settings, person, rule.kind, &rendered)?;
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
