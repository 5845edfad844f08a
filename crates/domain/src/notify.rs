//! Notifications: which events tell whom (rules kept as data), the kinds a person can tune,
//! and how each kind reaches them by mail.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::event::EventType;
use crate::ids::NotificationId;
use crate::problem::{FieldErrors, Reason, Validate};

// The outbox's types live with the outbox; they were first declared here.
pub use crate::outbox::{Mail, MailPage, MailStatus};

/// How a person wants one kind of notification by mail (the in-app bell always shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    Immediate,
    Weekly,
    Never,
}

impl Delivery {
    pub fn code(self) -> &'static str {
        match self {
            Delivery::Immediate => "immediate",
            Delivery::Weekly => "weekly",
            Delivery::Never => "never",
        }
    }

    pub fn parse(code: &str) -> Result<Delivery, Reason> {
        let all = [Delivery::Immediate, Delivery::Weekly, Delivery::Never];
        all.into_iter()
            .find(|d| d.code() == code)
            .ok_or_else(|| Reason::unknown_value(code, &all.map(Delivery::code)))
    }
}

macro_rules! notification_kinds {
    ($($variant:ident => $code:literal, $default:ident, $label:literal;)+) => {
        /// The kinds of notification a person can tune. Account and security mails
        /// (verification, reset, invitations) and time-bound reminders are always sent at once
        /// and are not listed here. Later capabilities add kinds here.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum NotificationKind {
            $($variant),+
        }

        impl NotificationKind {
            pub const ALL: &'static [NotificationKind] = &[$(NotificationKind::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $(NotificationKind::$variant => $code),+ }
            }

            pub fn default_delivery(self) -> Delivery {
                match self { $(NotificationKind::$variant => Delivery::$default),+ }
            }

            /// English label for preferences screens.
            pub fn label(self) -> &'static str {
                match self { $(NotificationKind::$variant => $label),+ }
            }
        }
    };
}

notification_kinds! {
    PracticeSubmitted => "practice_submitted", Immediate, "A practice was submitted for review (network admins)";
    PracticePublished => "practice_published", Immediate, "One of your organisation's practices was published";
    PracticeRejected => "practice_rejected", Immediate, "One of your organisation's practices was sent back";
    MemberJoined => "member_joined", Weekly, "Someone joined your organisation (org admins)";
    OrganisationReviewed => "organisation_reviewed", Immediate, "Your organisation was approved, rejected, suspended or reactivated";
}

impl NotificationKind {
    pub fn parse(code: &str) -> Result<NotificationKind, Reason> {
        NotificationKind::ALL
            .iter()
            .copied()
            .find(|k| k.code() == code)
            .ok_or_else(|| {
                let all: Vec<&str> = NotificationKind::ALL.iter().map(|k| k.code()).collect();
                Reason::unknown_value(code, &all)
            })
    }
}

/// Who hears of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Every network admin.
    NetworkAdmins,
    /// Every person of the organisations the event concerns.
    ConcernedPeople,
    /// The org admins of the organisations the event concerns.
    ConcernedOrgAdmins,
    /// The person who registered the organisations the event concerns.
    Registrant,
}

/// One rule: an event of this type notifies this audience with this kind. The actor is never
/// notified of their own act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub event: EventType,
    pub kind: NotificationKind,
    pub audience: Audience,
}

pub const RULES: &[Rule] = &[
    Rule {
        event: EventType::PracticeSubmitted,
        kind: NotificationKind::PracticeSubmitted,
        audience: Audience::NetworkAdmins,
    },
    Rule {
        event: EventType::PracticePublished,
        kind: NotificationKind::PracticePublished,
        audience: Audience::ConcernedPeople,
    },
    Rule {
        event: EventType::PracticeRejected,
        kind: NotificationKind::PracticeRejected,
        audience: Audience::ConcernedPeople,
    },
    Rule {
        event: EventType::PersonJoined,
        kind: NotificationKind::MemberJoined,
        audience: Audience::ConcernedOrgAdmins,
    },
    // The registrant hears whether the organisation they registered was let in, and why not.
    Rule {
        event: EventType::OrganisationApproved,
        kind: NotificationKind::OrganisationReviewed,
        audience: Audience::Registrant,
    },
    Rule {
        event: EventType::OrganisationRejected,
        kind: NotificationKind::OrganisationReviewed,
        audience: Audience::Registrant,
    },
    // A suspension or its end concerns whoever runs the organisation now.
    Rule {
        event: EventType::OrganisationSuspended,
        kind: NotificationKind::OrganisationReviewed,
        audience: Audience::ConcernedOrgAdmins,
    },
    Rule {
        event: EventType::OrganisationReactivated,
        kind: NotificationKind::OrganisationReviewed,
        audience: Audience::ConcernedOrgAdmins,
    },
];

pub fn rules_for(event: EventType) -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(move |r| r.event == event)
}

/// One notification in the bell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: NotificationId,
    pub kind: NotificationKind,
    pub title: String,
    pub body: String,
    /// Where in the app it leads (a path such as `/practices/<slug>`).
    pub link: Option<String>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    /// Unread notifications in all.
    pub unread: i64,
    pub next_cursor: Option<String>,
}

pub const NOTIFICATIONS_PER_PAGE_DEFAULT: u32 = 20;
pub const NOTIFICATIONS_PER_PAGE_MAX: u32 = 100;

/// `GET /notifications` query parameters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct NotificationQuery {
    /// The `next_cursor` of the previous page; the first page without it.
    #[cfg_attr(feature = "openapi", param(max_length = 19, pattern = "^[1-9][0-9]*$"))]
    pub cursor: Option<String>,
    /// Notifications per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub limit: Option<u32>,
}

impl NotificationQuery {
    /// The notification to start before, and the page size.
    pub fn parse(&self) -> Result<(Option<NotificationId>, u32), FieldErrors> {
        let mut e = FieldErrors::new();
        let cursor = match self.cursor.as_deref() {
            None => None,
            Some(c) => match c.parse::<i64>() {
                Ok(id) if id > 0 => Some(NotificationId(id)),
                _ => {
                    e.add("cursor", Reason::invalid_cursor());
                    None
                }
            },
        };
        let limit = self.limit.unwrap_or(NOTIFICATIONS_PER_PAGE_DEFAULT);
        if limit == 0 || limit > NOTIFICATIONS_PER_PAGE_MAX {
            e.add("limit", Reason::out_of_range(1, NOTIFICATIONS_PER_PAGE_MAX));
        }
        e.into_result().map(|()| (cursor, limit))
    }
}

/// `{"ids": [..]}` marks those; `{"all": true}` marks every notification read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkRead {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub ids: Vec<NotificationId>,
    #[serde(default)]
    pub all: bool,
}

pub const MARK_READ_MAX: usize = 500;

impl Validate for MarkRead {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if self.all && !self.ids.is_empty() {
            e.add(
                "ids",
                Reason::either_or(&["ids", "all"]).saying("give either `ids` or `all`, not both"),
            );
        } else if !self.all && self.ids.is_empty() {
            e.add(
                "ids",
                Reason::either_or(&["ids", "all"])
                    .saying("give the ids to mark read, or `\"all\": true`"),
            );
        }
        if self.ids.len() > MARK_READ_MAX {
            e.add(
                "ids",
                Reason::too_many(MARK_READ_MAX)
                    .saying(format!("at most {MARK_READ_MAX} ids at once")),
            );
        }
        e.into_result()
    }
}

/// What `POST /notifications/read` changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkedRead {
    /// Notifications that were unread and are now read (ids already read or not the
    /// caller's count for nothing).
    pub marked: i64,
    /// Unread notifications left.
    pub unread: i64,
}

/// `GET/PUT /me/preferences`. A PUT may name only some kinds; the others keep their value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, Delivery>))]
    pub notifications: BTreeMap<NotificationKind, Delivery>,
}

/// The body of `PUT /me/preferences`: kinds and deliveries as the client sent them, so that
/// an unknown one is refused naming it (`notifications.<kind>`), which a map keyed by the
/// enum cannot do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PreferencesUpdate {
    /// The kinds to change; the others keep their choice.
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<NotificationKind, Delivery>))]
    pub notifications: BTreeMap<String, String>,
}

impl PreferencesUpdate {
    pub fn parse(&self) -> Result<Preferences, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut notifications = BTreeMap::new();
        for (kind, delivery) in &self.notifications {
            // Echo at most a short prefix of what the client sent as a key.
            let named: String = kind.chars().take(64).collect();
            match (NotificationKind::parse(kind), Delivery::parse(delivery)) {
                (Ok(k), Ok(d)) => {
                    notifications.insert(k, d);
                }
                // The reason echoes at most 64 characters of the key, as `named` does.
                (Err(r), _) => e.add("notifications", r),
                (Ok(_), Err(r)) => e.add(format!("notifications.{named}"), r),
            }
        }
        e.into_result().map(|()| Preferences { notifications })
    }
}

impl Validate for PreferencesUpdate {
    fn validate(&self) -> Result<(), FieldErrors> {
        self.parse().map(|_| ())
    }
}

impl Preferences {
    /// Every kind with its default.
    pub fn defaults() -> Preferences {
        Preferences {
            notifications: NotificationKind::ALL
                .iter()
                .map(|k| (*k, k.default_delivery()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_names_a_kind_and_kinds_parse_by_code() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.code()), Ok(*k));
            assert!(RULES.iter().any(|r| r.kind == *k), "{k:?} has a rule");
        }
        let p: Preferences =
            serde_json::from_str(r#"{"notifications":{"member_joined":"never"}}"#).unwrap();
        assert_eq!(
            p.notifications[&NotificationKind::MemberJoined],
            Delivery::Never
        );
        assert!(
            serde_json::from_str::<Preferences>(r#"{"notifications":{"nope":"never"}}"#).is_err()
        );
    }

    #[test]
    fn notification_queries_are_bounded() {
        let q = |cursor: Option<&str>, limit: Option<u32>| NotificationQuery {
            cursor: cursor.map(str::to_owned),
            limit,
        };
        assert_eq!(q(None, None).parse(), Ok((None, 20)));
        assert_eq!(
            q(Some("41"), Some(100)).parse(),
            Ok((Some(NotificationId(41)), 100))
        );
        for (bad, field) in [
            (q(Some("x"), None), "cursor"),
            (q(Some("-3"), None), "cursor"),
            (q(None, Some(0)), "limit"),
            (q(None, Some(101)), "limit"),
        ] {
            let errors = bad.parse().unwrap_err();
            assert!(errors.get(field).is_some(), "{field}: {errors:?}");
        }
    }

    #[test]
    fn a_preferences_update_names_the_kind_or_value_at_fault() {
        let update = |json: &str| serde_json::from_str::<PreferencesUpdate>(json).unwrap();
        assert_eq!(
            update(r#"{"notifications":{"member_joined":"never"}}"#).parse(),
            Ok(Preferences {
                notifications: [(NotificationKind::MemberJoined, Delivery::Never)].into()
            })
        );
        let bad = update(r#"{"notifications":{"member_joined":"often","nope":"never"}}"#)
            .parse()
            .unwrap_err();
        assert!(bad
            .get("notifications.member_joined")
            .unwrap()
            .contains("often"));
        assert!(bad.get("notifications").unwrap().contains("nope"));
    }

    #[test]
    fn mark_read_takes_ids_or_all() {
        assert!(MarkRead::default().validate().is_err());
        assert!(MarkRead {
            all: true,
            ..Default::default()
        }
        .validate()
        .is_ok());
        assert!(MarkRead {
            ids: vec![NotificationId(1)],
            all: true
        }
        .validate()
        .is_err());
    }
}
