//! Typed ids: an organisation's id cannot be passed where a person's is expected. On the wire
//! and in the database each is a plain integer.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[cfg_attr(feature = "openapi", schema(value_type = i64, format = Int64))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl $name {
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }

        impl From<i64> for $name {
            fn from(id: i64) -> $name {
                $name(id)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    )+};
}

id_type!(
    /// A member organisation.
    OrganisationId,
    /// A person (user account).
    PersonId,
    /// A good practice.
    PracticeId,
    /// A domain event in the outbox.
    EventId,
    /// A background job.
    JobId,
    /// A partner API key.
    ApiKeyId,
    /// An in-app notification.
    NotificationId,
    /// A mail in the outbox.
    MailId,
    /// An invitation to join an organisation.
    InvitationId,
);
