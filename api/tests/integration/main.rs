//! One integration-test binary: each test spawns the real application on port 0 over its own
//! fresh database (SQLite, or PostgreSQL with `TWINNING_TEST_BACKEND=postgres`).

mod accounts;
mod activity;
mod admin_jobs;
mod api_keys;
mod authz;
mod bad_input;
mod catalogue;
mod demo;
mod digest;
mod mail;
mod notifications;
mod openapi;
mod organisations;
mod queue;
mod schema;
mod sessions;
mod signin;
mod smtp;
mod spine;
mod support;
mod verification;
