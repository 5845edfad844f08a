//! The mail outbox as network admins read it, and what a one-click unsubscribe answers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::MailId;
use crate::notify::NotificationKind;
use crate::problem::FieldErrors;

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

    pub fn parse(code: &str) -> Result<MailStatus, crate::problem::Reason> {
        let all = [
            MailStatus::Queued,
            MailStatus::Sent,
            MailStatus::Kept,
            MailStatus::Failed,
        ];
        all.into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| crate::problem::Reason::unknown_value(code, &all.map(MailStatus::code)))
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

/// `GET /admin/mail` query parameters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct MailQuery {
    /// Only mails in this status (`queued`, `sent`, `kept`, `failed`).
    #[cfg_attr(feature = "openapi", param(value_type = Option<MailStatus>))]
    pub status: Option<String>,
    /// 1-based page number (at most 10000).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 10000))]
    pub page: Option<u32>,
    /// Mails per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

/// The typed form of `MailQuery`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailFilter {
    pub status: Option<MailStatus>,
    pub page: u32,
    pub per_page: u32,
}

impl MailQuery {
    pub fn parse(&self) -> Result<MailFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let status = match self.status.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => MailStatus::parse(code).map_err(|r| e.add("status", r)).ok(),
        };
        let (page, per_page) = crate::search::parse_paging(self.page, self.per_page, &mut e);
        e.into_result().map(|()| MailFilter {
            status,
            page,
            per_page,
        })
    }
}

/// What a one-click unsubscribe did: these kinds now send no mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unsubscribed {
    pub unsubscribed: Vec<NotificationKind>,
}

/// The unsubscribe token of the weekly digest names this instead of a kind: it stops every
/// kind the person receives weekly.
pub const DIGEST_TOPIC: &str = "digest";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_queries_are_bounded_and_name_their_field() {
        let ok = MailQuery {
            status: Some("kept".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(ok.status, Some(MailStatus::Kept));
        assert_eq!((ok.page, ok.per_page), (1, crate::search::PER_PAGE_DEFAULT));
        let bad = MailQuery {
            status: Some("lost".into()),
            page: Some(0),
            per_page: Some(1000),
        }
        .parse()
        .unwrap_err();
        for field in ["status", "page", "per_page"] {
            assert!(bad.get(field).is_some(), "{field}: {bad:?}");
        }
    }

    #[test]
    fn no_kind_is_called_like_the_digest() {
        assert!(NotificationKind::ALL
            .iter()
            .all(|k| k.code() != DIGEST_TOPIC));
    }
}
