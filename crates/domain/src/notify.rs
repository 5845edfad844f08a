//! Notifications: which events tell whom (rules kept as data), the kinds a person can tune,
//! and how each kind reaches them by mail.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::event::EventType;
use crate::ids::{MailId, NotificationId};
use crate::problem::{FieldErrors, Validate};

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

    pub fn parse(code: &str) -> Result<Delivery, String> {
        [Delivery::Immediate, Delivery::Weekly, Delivery::Never]
            .into_iter()
            .find(|d| d.code() == code)
            .ok_or_else(|| {
                format!("unknown delivery `{code}`; expected one of: immediate, weekly, never")
            })
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
}

impl NotificationKind {
    pub fn parse(code: &str) -> Result<NotificationKind, String> {
        NotificationKind::ALL
            .iter()
            .copied()
            .find(|k| k.code() == code)
            .ok_or_else(|| {
                let all: Vec<&str> = NotificationKind::ALL.iter().map(|k| k.code()).collect();
                format!(
                    "unknown notification kind `{code}`; expected one of: {}",
                    all.join(", ")
                )
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
            e.add("ids", "give either `ids` or `all`, not both");
        } else if !self.all && self.ids.is_empty() {
            e.add("ids", "give the ids to mark read, or `\"all\": true`");
        }
        if self.ids.len() > MARK_READ_MAX {
            e.add("ids", format!("at most {MARK_READ_MAX} ids at once"));
        }
        e.into_result()
    }
}

/// `GET/PUT /me/preferences`. A PUT may name only some kinds; the others keep their value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, Delivery>))]
    pub notifications: BTreeMap<NotificationKind, Delivery>,
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

/// The status of a mail in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    /// Waiting for the worker.
    Queued,
    /// Handed to the SMTP server.
    Sent,
    /// No SMTP server is configured: kept here, never sent.
    Kept,
    /// The SMTP server refused it after every retry.
    Failed,
}

impl MailStatus {
    pub fn code(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sent => "sent",
            MailStatus::Kept => "kept",
            MailStatus::Failed => "failed",
        }
    }

    pub fn parse(code: &str) -> Result<MailStatus, String> {
        [
            MailStatus::Queued,
            MailStatus::Sent,
            MailStatus::Kept,
            MailStatus::Failed,
        ]
        .into_iter()
        .find(|s| s.code() == code)
        .ok_or_else(|| format!("unknown mail status `{code}`"))
    }
}

/// A mail as network admins read it in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mail {
    pub id: MailId,
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// The notification kind, or `account` for account and security mails, `digest` for
    /// the weekly digest.
    pub category: String,
    pub status: MailStatus,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MailPage {
    pub items: Vec<Mail>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
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
