//! Domain events: the record of every change that matters, written in the change's own
//! transaction. They are the one source of the activity feed, notifications and (later)
//! points, badges and webhooks. Event types are a public contract: webhook subscriptions,
//! notification and points rules name them; later capabilities extend `EventType` by name.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::api_key::ApiKey;
use crate::ids::EventId;
use crate::organisation::{Invitation, Organisation, OrganisationRef};
use crate::practice::Practice;
use crate::vocab::Role;

macro_rules! event_types {
    ($($variant:ident => $code:literal, $subject:ident, $payload:ident, public: $public:literal;)+) => {
        /// Every kind of event, named `subject.verb_past`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum EventType {
            $(#[serde(rename = $code)] $variant),+
        }

        impl EventType {
            pub const ALL: &'static [EventType] = &[$(EventType::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $(EventType::$variant => $code),+ }
            }

            /// The kind of object the event is about.
            pub fn subject_kind(self) -> SubjectKind {
                match self { $(EventType::$variant => SubjectKind::$subject),+ }
            }

            /// The name of the payload's schema in the OpenAPI document.
            pub fn payload_schema(self) -> &'static str {
                match self { $(EventType::$variant => stringify!($payload)),+ }
            }

            /// Whether the event belongs to the network's public activity feed.
            pub fn is_public(self) -> bool {
                match self { $(EventType::$variant => $public),+ }
            }
        }
    };
}

event_types! {
    OrganisationRegistered => "organisation.registered", Organisation, OrganisationPayload, public: true;
    OrganisationUpdated => "organisation.updated", Organisation, OrganisationPayload, public: false;
    OrganisationApproved => "organisation.approved", Organisation, OrganisationReviewPayload, public: false;
    OrganisationRejected => "organisation.rejected", Organisation, OrganisationReviewPayload, public: false;
    OrganisationSuspended => "organisation.suspended", Organisation, OrganisationReviewPayload, public: false;
    OrganisationReactivated => "organisation.reactivated", Organisation, OrganisationReviewPayload, public: false;
    OrganisationMerged => "organisation.merged", Organisation, OrganisationMergedPayload, public: false;
    OrganisationTranslated => "organisation.translated", Organisation, OrganisationTranslatedPayload, public: false;
    PersonJoined => "person.joined", Person, PersonJoinedPayload, public: false;
    PersonRoleChanged => "person.role_changed", Person, PersonChangePayload, public: false;
    PersonRemoved => "person.removed", Person, PersonChangePayload, public: false;
    PersonDisabled => "person.disabled", Person, PersonChangePayload, public: false;
    PersonEnabled => "person.enabled", Person, PersonChangePayload, public: false;
    PersonNetworkAdminChanged => "person.network_admin_changed", Person, PersonChangePayload, public: false;
    InvitationCreated => "invitation.created", Invitation, InvitationPayload, public: false;
    InvitationRedeemed => "invitation.redeemed", Invitation, InvitationPayload, public: false;
    InvitationRevoked => "invitation.revoked", Invitation, InvitationPayload, public: false;
    PracticeCreated => "practice.created", Practice, PracticePayload, public: false;
    PracticeUpdated => "practice.updated", Practice, PracticePayload, public: false;
    PracticeSubmitted => "practice.submitted", Practice, PracticePayload, public: false;
    PracticePublished => "practice.published", Practice, PracticePayload, public: true;
    PracticeRejected => "practice.rejected", Practice, PracticePayload, public: false;
    PracticeArchived => "practice.archived", Practice, PracticePayload, public: false;
    PracticeTranslated => "practice.translated", Practice, PracticeTranslatedPayload, public: false;
    ApiKeyCreated => "api_key.created", ApiKey, ApiKeyPayload, public: false;
    ApiKeyRevoked => "api_key.revoked", ApiKey, ApiKeyPayload, public: false;
}

// Written by hand: the derive does not see the codes through the macro above and would
// document the Rust variant names instead of the wire names.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for EventType {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "Every kind of event, named `subject.verb_past`. The payload of each is described \
                 by the schema the `EventPayloads` table names for it.",
            ))
            .enum_values(Some(EventType::ALL.iter().map(|t| t.code())))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for EventType {}

impl EventType {
    pub fn parse(code: &str) -> Result<EventType, String> {
        EventType::ALL
            .iter()
            .copied()
            .find(|t| t.code() == code)
            .ok_or_else(|| format!("unknown event type `{code}`"))
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    Organisation,
    Person,
    Invitation,
    Practice,
    ApiKey,
}

impl SubjectKind {
    pub fn code(self) -> &'static str {
        match self {
            SubjectKind::Organisation => "organisation",
            SubjectKind::Person => "person",
            SubjectKind::Invitation => "invitation",
            SubjectKind::Practice => "practice",
            SubjectKind::ApiKey => "api_key",
        }
    }

    pub fn parse(code: &str) -> Result<SubjectKind, String> {
        [
            SubjectKind::Organisation,
            SubjectKind::Person,
            SubjectKind::Invitation,
            SubjectKind::Practice,
            SubjectKind::ApiKey,
        ]
        .into_iter()
        .find(|k| k.code() == code)
        .ok_or_else(|| format!("unknown subject kind `{code}`"))
    }
}

/// What the event is about. `slug` is given for objects the API addresses by slug.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    ApiKey,
    System,
}

impl ActorKind {
    pub fn code(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::ApiKey => "api_key",
            ActorKind::System => "system",
        }
    }

    pub fn parse(code: &str) -> Result<ActorKind, String> {
        [ActorKind::Person, ActorKind::ApiKey, ActorKind::System]
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| format!("unknown actor kind `{code}`"))
    }
}

/// Who caused the event. The name is that of the person or key at read time (a deleted
/// actor reads as absent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Actor {
    pub kind: ActorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One event as the API, the feeds and webhooks deliver it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: EventId,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub subject: Subject,
    pub actor: Actor,
    /// The organisations the event concerns.
    pub organisations: Vec<OrganisationRef>,
    /// The API-shaped snapshot at the time of the event; its schema is named by the type
    /// (see `EventType` and the `EventPayloads` table in the OpenAPI document).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub payload: serde_json::Value,
    pub occurred_at: DateTime<Utc>,
}

/// A page of events, newest first. Pass `next_cursor` as `cursor` for the next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPage {
    pub items: Vec<Event>,
    pub next_cursor: Option<String>,
}

/// Payload of `organisation.*` events: the organisation's public profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationPayload {
    pub organisation: Organisation,
}

/// Payload of `organisation.approved`, `.rejected`, `.suspended` and `.reactivated`: the
/// organisation after the move, the move, and the reason the admin gave (its people read it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationReviewPayload {
    pub organisation: Organisation,
    pub from: crate::vocab::OrganisationStatus,
    pub to: crate::vocab::OrganisationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Payload of `organisation.merged` (its subject is the kept organisation): what was absorbed
/// and how many rows moved, per `table.column`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationMergedPayload {
    pub organisation: Organisation,
    pub absorbed: OrganisationRef,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub moved: std::collections::BTreeMap<String, i64>,
}

/// Payload of `person.joined`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonJoinedPayload {
    pub person: PersonRef,
    pub organisation: OrganisationRef,
    pub role: Role,
    /// Whether they came with an invitation (else they registered the organisation).
    pub invited: bool,
}

/// Payload of `person.role_changed`, `.removed`, `.disabled`, `.enabled` and
/// `.network_admin_changed`: the person and their organisation after the change, and the role
/// they held before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonChangePayload {
    pub person: PersonRef,
    pub organisation: OrganisationRef,
    pub role: Role,
    pub previous_role: Role,
    pub is_network_admin: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonRef {
    pub id: crate::ids::PersonId,
    pub name: String,
}

/// Payload of `invitation.*` events (never the code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationPayload {
    pub invitation: Invitation,
    pub organisation: OrganisationRef,
}

/// Payload of `practice.*` events: the practice as it stood, and the reason of a rejection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticePayload {
    pub practice: Practice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A practice named in an event without its whole text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeRef {
    pub slug: String,
    /// In its source language.
    pub title: String,
    pub owner: OrganisationRef,
}

/// Payload of `practice.translated`: which fields of the translation into `language` were
/// saved and which removed (a whole translation deleted lists every field it had).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeTranslatedPayload {
    pub practice: PracticeRef,
    pub language: crate::codes::LanguageCode,
    pub saved: Vec<String>,
    pub removed: Vec<String>,
}

/// Payload of `organisation.translated`: as `practice.translated`, for the description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationTranslatedPayload {
    pub organisation: OrganisationRef,
    pub language: crate::codes::LanguageCode,
    pub saved: Vec<String>,
    pub removed: Vec<String>,
}

/// Payload of `api_key.*` events: the key as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKeyPayload {
    pub api_key: ApiKey,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_types_are_named_subject_dot_verb_past_and_round_trip() {
        for t in EventType::ALL {
            let code = t.code();
            let (subject, verb) = code.split_once('.').expect("subject.verb");
            assert_eq!(subject, t.subject_kind().code());
            assert!(verb.ends_with("ed"), "{code} is in the past tense");
            assert_eq!(EventType::parse(code), Ok(*t));
            assert_eq!(serde_json::to_string(t).unwrap(), format!("\"{code}\""));
        }
    }
}
