//! One integration-test binary: each test spawns the real application on port 0 over its own
//! fresh database (SQLite, or PostgreSQL with `TWINNING_TEST_BACKEND=postgres`).

mod account_data;
mod accounts;
mod activity;
mod admin_jobs;
mod api_keys;
mod authz;
mod bad_input;
mod bounds;
mod catalogue;
mod demo;
mod digest;
mod edge;
mod languages;
mod mail;
mod members;
mod notifications;
mod openapi;
mod organisation_review;
mod organisations;
mod queue;
mod schema;
mod sessions;
mod signin;
mod smtp;
mod spine;
mod support;
mod translations;
mod verification;
