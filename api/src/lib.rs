//! Twinning's API server: routes, authentication, errors, OpenAPI and the served SPA.

pub mod auth;
pub mod demo;
pub mod error;
mod etag;
mod guard;
pub mod headers;
pub mod json;
mod language;
mod logging;
pub mod net;
mod routes;
pub mod startup;
pub mod state;

pub use routes::ApiDoc;
