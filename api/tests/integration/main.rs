//! One integration-test binary: each test spawns the real application on port 0 over its own
//! fresh database (SQLite, or PostgreSQL with `TWINNING_TEST_BACKEND=postgres`).

mod accounts;
mod api_keys;
mod authz;
mod bad_input;
mod catalogue;
mod demo;
mod openapi;
mod organisations;
mod schema;
mod spine;
mod support;
