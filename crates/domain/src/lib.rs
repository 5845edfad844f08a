//! The words and rules of Twinning, shared by the API and the SPA.
//!
//! Nothing here does IO or knows about the database: this crate builds for wasm32 and the
//! browser validates forms with the very rules the server enforces.

pub mod auth;
pub mod codes;
pub mod lifecycle;
pub mod organisation;
pub mod practice;
pub mod problem;
pub mod search;
pub mod stats;
pub mod vocab;

pub use codes::{CountryCode, LanguageCode};
pub use problem::{FieldError, FieldErrors, Problem, Validate};
pub use vocab::{
    GovernanceLevel, OrganisationKind, PracticeStatus, Role, SettlementContext, TargetGroup, Theme,
};
