//! Twinning's flows: every change that takes several steps (the change itself, its trail, its
//! event, the jobs the event causes) as a plain function over a write transaction and a
//! principal. Handlers, the CLI, the demo loader and jobs call the same functions, so a side
//! effect never depends on who made the change. The background worker lives here too.

pub mod account_data;
pub mod accounts;
pub mod api_keys;
mod emit;
pub mod invitations;
pub mod jobs;
pub mod mail;
pub mod members;
pub mod notify;
pub mod organisations;
pub mod people;
pub mod people_admin;
pub mod practices;
pub mod sessions;
pub mod translations;
pub mod worker;

pub use emit::emit;

use twinning_domain::principal::{Denied, Scope};
use twinning_domain::problem::Reason;
use twinning_domain::FieldErrors;
use twinning_store::{DieselError, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    #[error("not allowed: {0:?}")]
    Denied(Denied),
    #[error("not found")]
    NotFound,
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// The state machine refuses the move now.
    #[error("{0}")]
    Transition(String),
    #[error("{field}: {reason}")]
    Conflict { field: &'static str, reason: Reason },
    /// A rule of the domain refuses the request as it stands; `code` is stable.
    #[error("{code}: {message}")]
    Refused { code: &'static str, message: String },
    #[error(transparent)]
    Store(StoreError),
}

impl FlowError {
    pub fn missing_scope(scope: Scope) -> FlowError {
        FlowError::Denied(Denied::MissingScope(scope))
    }

    pub fn field(field: &str, reason: Reason) -> FlowError {
        let mut e = FieldErrors::new();
        e.add(field, reason);
        FlowError::Invalid(e)
    }
}

impl From<Denied> for FlowError {
    fn from(d: Denied) -> Self {
        FlowError::Denied(d)
    }
}

impl From<FieldErrors> for FlowError {
    fn from(e: FieldErrors) -> Self {
        FlowError::Invalid(e)
    }
}

impl From<StoreError> for FlowError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => FlowError::NotFound,
            StoreError::Conflict { field, reason } => FlowError::Conflict { field, reason },
            other => FlowError::Store(other),
        }
    }
}

impl From<DieselError> for FlowError {
    fn from(e: DieselError) -> Self {
        StoreError::from(e).into()
    }
}

pub type FlowResult<T> = Result<T, FlowError>;
