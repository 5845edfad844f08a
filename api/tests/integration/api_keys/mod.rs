//! Partner API keys end to end: the secret shown once and stored hashed, scopes, revocation,
//! expiry, what a key of another organisation sees, what no key ever does, the per-key rate
//! limit and the record of last use. The authorization matrix (authz.rs) covers every route.

mod lifecycle;
mod scopes;
mod usage;

use chrono::{DateTime, Duration, Utc};
use diesel::sql_types::Text;
use diesel::{QueryableByName, RunQueryDsl};
use reqwest::{header, Method, StatusCode};
use serde_json::{json, Value};
use twinning_api::auth::secrets::token_hash;
use twinning_domain::api_key::{ApiKeyPage, CreatedApiKey};
use twinning_domain::event::{ActorKind, Event, EventType};
use twinning_domain::{OrganisationId, Problem};
use twinning_store::events::{self, Feed};

use crate::support::{assert_problem, parse, practice_body, Options, TestApp};

#[derive(QueryableByName)]
struct StoredKey {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    prefix: String,
    #[diesel(sql_type = Text)]
    secret_hash: String,
    #[diesel(sql_type = Text)]
    scopes: String,
}

fn stored_keys(app: &TestApp) -> Vec<StoredKey> {
    diesel::sql_query("SELECT name, prefix, secret_hash, scopes FROM api_keys ORDER BY id")
        .load(&mut *app.store())
        .unwrap()
}

fn org_id(app: &TestApp, slug: &str) -> OrganisationId {
    twinning_store::organisations::find_by_slug(&mut app.store(), slug)
        .unwrap()
        .0
}

fn org_events(app: &TestApp, slug: &str) -> Vec<Event> {
    let feed = Feed::Organisation {
        id: org_id(app, slug),
        private: true,
    };
    events::feed(&mut app.store(), feed, None, 200)
        .unwrap()
        .items
}

async fn keys_of(app: &TestApp, slug: &str, token: &str) -> ApiKeyPage {
    let (status, body) = app
        .get(&format!("/organisations/{slug}/api-keys"), Some(token))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    parse(body)
}

fn assert_missing_scope(status: StatusCode, body: &Value, scope: &str) {
    assert_problem(status, body, StatusCode::FORBIDDEN, None);
    let problem: Problem = parse(body.clone());
    assert_eq!(
        problem.kind, "urn:twinning:problem:insufficient-scope",
        "{body}"
    );
    assert_eq!(problem.required_scope.as_deref(), Some(scope), "{body}");
    assert!(problem.detail.contains(scope), "{body}");
}
