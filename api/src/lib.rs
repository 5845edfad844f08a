//! Twinning's API server: routes, authentication, errors, OpenAPI and the served SPA.

pub mod auth;
pub mod demo;
pub mod error;
mod etag;
pub mod json;
mod logging;
mod routes;
pub mod startup;
pub mod state;

pub use routes::ApiDoc;
