//! The words and rules of Twinning, shared by the API and the SPA.
//!
//! Nothing here does IO or knows about the database: this crate builds for wasm32 and the
//! browser validates forms with the very rules the server enforces.

pub mod account;
pub mod account_data;
pub mod activity;
pub mod admin_people;
pub mod api_key;
pub mod auth;
pub mod codes;
pub mod event;
pub mod ids;
pub mod lifecycle;
pub mod membership;
pub mod names;
pub mod notify;
pub mod ops;
pub mod organisation;
pub mod outbox;
pub mod policy;
pub mod practice;
pub mod principal;
pub mod problem;
pub mod review;
pub mod search;
pub mod stats;
pub mod translation;
pub mod vocab;

pub use codes::{CountryCode, LanguageCode};
pub use ids::{
    ApiKeyId, EventId, InvitationId, JobId, MailId, NotificationId, OrganisationId, PersonId,
    PracticeId,
};
pub use principal::{Principal, Scope};
pub use problem::{FieldError, FieldErrors, Problem, Reason, Validate};
pub use vocab::{
    GovernanceLevel, OrganisationKind, OrganisationStatus, PracticeStatus, Role, SettlementContext,
    TargetGroup, Theme,
};
