//! The activity feeds: how a page of events is asked for, what a feed shows to someone outside
//! the organisation concerned, and the humanised line and link the SPA and the Atom feed
//! show for each event.

use serde::{Deserialize, Serialize};

use crate::event::{ActorKind, Event, EventType, SubjectKind};
use crate::ids::EventId;
use crate::problem::{FieldErrors, Reason};

pub const LIMIT_DEFAULT: u32 = 20;
pub const LIMIT_MAX: u32 = 100;

/// Paging of an activity feed, newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ActivityQuery {
    /// Where to continue: the `next_cursor` of the previous page (an opaque string). Absent
    /// for the newest events.
    #[cfg_attr(feature = "openapi", param(max_length = 19, pattern = "^[1-9][0-9]*$"))]
    pub cursor: Option<String>,
    /// Events per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub limit: Option<u32>,
}

/// The typed form of `ActivityQuery`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityPaging {
    /// Only events older than this one.
    pub before: Option<EventId>,
    pub limit: u32,
}

impl ActivityQuery {
    pub fn parse(&self) -> Result<ActivityPaging, FieldErrors> {
        let mut e = FieldErrors::new();
        let before = match self.cursor.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(c) => match c.parse::<i64>() {
                // Cursors are event ids; anything else was not handed out by this API.
                Ok(id) if id > 0 && c.bytes().all(|b| b.is_ascii_digit()) => Some(EventId(id)),
                _ => {
                    e.add("cursor", Reason::invalid_cursor());
                    None
                }
            },
        };
        let limit = self.limit.unwrap_or(LIMIT_DEFAULT);
        if limit == 0 || limit > LIMIT_MAX {
            e.add("limit", Reason::out_of_range(1, LIMIT_MAX));
        }
        e.into_result()?;
        Ok(ActivityPaging { before, limit })
    }
}

fn text<'a>(value: &'a serde_json::Value, path: &[&str]) -> Option<&'a str> {
    path.iter()
        .try_fold(value, |v, key| v.get(key))
        .and_then(serde_json::Value::as_str)
}

fn language_name(p: &serde_json::Value) -> &'static str {
    text(p, &["language"])
        .and_then(|l| crate::codes::LanguageCode::parse(l).ok())
        .map_or("another language", |l| l.name())
}

impl Event {
    /// What happened, in one English line (“Municipality of Irbid published “Waste sorting””).
    /// Read from the payload, so it tells the event as it was then.
    pub fn headline(&self) -> String {
        let p = &self.payload;
        let org = text(p, &["organisation", "name"])
            .or_else(|| text(p, &["practice", "owner", "name"]))
            .or_else(|| self.organisations.first().map(|o| o.name.as_str()))
            .unwrap_or("An organisation");
        let title = text(p, &["practice", "title"]).unwrap_or("a practice");
        let person = text(p, &["person", "name"]).unwrap_or("Someone");
        let key = text(p, &["api_key", "name"]).unwrap_or("a partner system");
        match self.event_type {
            EventType::OrganisationRegistered => format!("{org} joined the network"),
            EventType::OrganisationUpdated => format!("{org} updated its profile"),
            EventType::OrganisationApproved => format!("{org} was approved"),
            EventType::OrganisationRejected => format!("{org} was not approved"),
            EventType::OrganisationSuspended => format!("{org} was suspended"),
            EventType::OrganisationReactivated => format!("{org} was reactivated"),
            EventType::OrganisationMerged => {
                let absorbed = text(p, &["absorbed", "name"]).unwrap_or("another organisation");
                format!("{absorbed} was merged into {org}")
            }
            EventType::PersonJoined => format!("{person} joined {org}"),
            EventType::PersonRoleChanged => {
                let role = text(p, &["role"]).and_then(|r| crate::vocab::Role::parse(r).ok());
                let role = role.map_or("another role", |r| r.label()).to_lowercase();
                format!("{person} is now {role} of {org}")
            }
            EventType::PersonRemoved => format!("{person} was removed from {org}"),
            EventType::PersonDisabled => format!("The account of {person} ({org}) was disabled"),
            EventType::PersonEnabled => {
                format!("The account of {person} ({org}) was enabled again")
            }
            EventType::PersonNetworkAdminChanged => {
                if p.get("is_network_admin")
                    .and_then(serde_json::Value::as_bool)
                    == Some(true)
                {
                    format!("{person} ({org}) became a network admin")
                } else {
                    format!("{person} ({org}) is no longer a network admin")
                }
            }
            EventType::InvitationCreated => format!("{org} invited someone to join"),
            EventType::InvitationRedeemed => format!("An invitation to {org} was accepted"),
            EventType::InvitationRevoked => format!("{org} revoked an invitation"),
            EventType::PracticeCreated => format!("{org} started a draft: “{title}”"),
            EventType::PracticeUpdated => format!("{org} edited the draft “{title}”"),
            EventType::PracticeSubmitted => format!("{org} submitted “{title}” for review"),
            EventType::PracticePublished => format!("{org} published “{title}”"),
            EventType::PracticeRejected => format!("“{title}” was sent back to {org}"),
            EventType::PracticeArchived => format!("“{title}” by {org} was archived"),
            EventType::PracticeTranslated => {
                format!("{org} translated “{title}” into {}", language_name(p))
            }
            EventType::OrganisationTranslated => {
                format!("{org} translated its profile into {}", language_name(p))
            }
            EventType::ApiKeyCreated => format!("{org} created the API key “{key}”"),
            EventType::ApiKeyRevoked => format!("The API key “{key}” of {org} was revoked"),
        }
    }

    /// The SPA page the event is about (`/practices/{slug}`, `/organisations/{slug}`).
    pub fn link(&self) -> Option<String> {
        let slug = self.subject.slug.as_deref();
        match (self.subject.kind, slug) {
            (SubjectKind::Practice, Some(s)) => Some(format!("/practices/{s}")),
            (SubjectKind::Organisation, Some(s)) => Some(format!("/organisations/{s}")),
            _ => self
                .organisations
                .first()
                .map(|o| format!("/organisations/{}", o.slug)),
        }
    }

    /// The event as someone outside its organisation sees it: who did it stays inside (the
    /// people of an organisation are not public), and a practice carries no review notes.
    pub fn for_outsiders(mut self) -> Event {
        if self.actor.kind != ActorKind::System {
            self.actor.name = None;
        }
        if let Some(payload) = self.payload.as_object_mut() {
            payload.remove("reason");
            if let Some(practice) = payload
                .get_mut("practice")
                .and_then(serde_json::Value::as_object_mut)
            {
                practice.insert("rejection_reason".into(), serde_json::Value::Null);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Actor, Subject};
    use crate::organisation::OrganisationRef;
    use chrono::DateTime;
    use serde_json::json;

    fn event(event_type: EventType, payload: serde_json::Value) -> Event {
        Event {
            id: EventId(7),
            event_type,
            subject: Subject {
                kind: event_type.subject_kind(),
                id: 3,
                slug: Some("waste-sorting".into()),
            },
            actor: Actor {
                kind: ActorKind::Person,
                name: Some("Rana".into()),
            },
            organisations: vec![OrganisationRef {
                slug: "irbid".into(),
                name: "Municipality of Irbid".into(),
            }],
            payload,
            occurred_at: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        }
    }

    #[test]
    fn cursors_and_limits_are_checked() {
        let q = |cursor: &str, limit: Option<u32>| ActivityQuery {
            cursor: Some(cursor.to_owned()),
            limit,
        };
        assert_eq!(
            q("42", Some(5)).parse().unwrap(),
            ActivityPaging {
                before: Some(EventId(42)),
                limit: 5
            }
        );
        assert_eq!(q("", None).parse().unwrap().before, None);
        for bad in ["abc", "-3", "0", "+4", "1e3", "99999999999999999999", "4\0"] {
            let e = q(bad, None).parse().unwrap_err();
            assert!(e.get("cursor").is_some(), "{bad:?}");
        }
        for limit in [0, LIMIT_MAX + 1] {
            assert!(q("", Some(limit))
                .parse()
                .unwrap_err()
                .get("limit")
                .is_some());
        }
    }

    #[test]
    fn every_event_type_has_a_headline_and_a_link() {
        let practice = json!({"practice": {"title": "Waste sorting",
            "owner": {"slug": "irbid", "name": "Municipality of Irbid"}}});
        for t in EventType::ALL {
            let e = event(*t, practice.clone());
            assert!(!e.headline().is_empty());
            assert!(e.link().is_some(), "{t}");
        }
        let published = event(EventType::PracticePublished, practice);
        assert_eq!(
            published.headline(),
            "Municipality of Irbid published “Waste sorting”"
        );
        assert_eq!(
            published.link().as_deref(),
            Some("/practices/waste-sorting")
        );
        let joined = event(
            EventType::PersonJoined,
            json!({"person": {"id": 1, "name": "Rana"},
                   "organisation": {"slug": "irbid", "name": "Municipality of Irbid"}}),
        );
        assert_eq!(joined.headline(), "Rana joined Municipality of Irbid");
        assert_eq!(joined.link().as_deref(), Some("/organisations/irbid"));
    }

    #[test]
    fn outsiders_see_neither_the_actor_nor_review_notes() {
        let e = event(
            EventType::PracticePublished,
            json!({"practice": {"title": "T", "rejection_reason": "too short"}, "reason": "x"}),
        )
        .for_outsiders();
        assert_eq!(e.actor.name, None);
        assert!(e.payload.get("reason").is_none());
        assert!(e.payload["practice"]["rejection_reason"].is_null());
    }
}
