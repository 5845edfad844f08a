//! The authorization matrix: every endpoint × {anonymous, member of the owner organisation,
//! member of another organisation, org admin of the owner, network admin}. No 2xx where none
//! is expected, and no draft leaks.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{practice_body, TestApp};

const OWNER_MEMBER: usize = 1;
const ORG_ADMIN: usize = 3;
const NET_ADMIN: usize = 4;
const NAMES: [&str; 5] = [
    "anonymous",
    "member of owner org",
    "member of another org",
    "org admin of owner",
    "network admin",
];

struct World {
    app: TestApp,
    tokens: [Option<String>; 5],
    failures: Vec<String>,
    created: usize,
}

/// The state a practice must be in before the call under test.
#[derive(Clone, Copy)]
enum Fixture {
    Draft,
    Submitted,
    Published,
}

impl World {
    async fn new() -> World {
        let app = TestApp::spawn().await;
        let owner_admin = app.register_org("Owner Org", "admin@owner.example").await;
        let owner_token = owner_admin.tokens.access_token.clone();
        let member = app
            .join(&owner_token, "owner-org", "member@owner.example", "member")
            .await;
        let other = app.register_org("Other Org", "admin@other.example").await;
        let admin = app
            .network_admin("Network Secretariat", "admin@network.example")
            .await;
        World {
            tokens: [
                None,
                Some(member.tokens.access_token),
                Some(other.tokens.access_token),
                Some(owner_token),
                Some(admin.tokens.access_token),
            ],
            app,
            failures: Vec::new(),
            created: 0,
        }
    }

    fn token(&self, who: usize) -> Option<&str> {
        self.tokens[who].as_deref()
    }

    async fn practice(&mut self, state: Fixture) -> String {
        self.created += 1;
        let n = self.created;
        let owner = self.token(ORG_ADMIN).unwrap();
        let admin = self.token(NET_ADMIN).unwrap();
        let title = format!("Practice number {n}");
        match state {
            Fixture::Draft => self.app.draft(owner, &title).await,
            Fixture::Submitted => self.app.submitted(owner, &title).await,
            Fixture::Published => self.app.published(owner, admin, &title).await,
        }
    }

    async fn check(
        &mut self,
        who: usize,
        method: Method,
        path: &str,
        body: Option<Value>,
        expected: StatusCode,
    ) -> Value {
        let (status, value) = self
            .app
            .call(method.clone(), path, self.token(who), body)
            .await;
        if status != expected {
            self.failures.push(format!(
                "{method} {path} as {}: expected {expected}, got {status} {value}",
                NAMES[who]
            ));
        }
        value
    }

    /// Runs a call on a fresh practice in `state` for each persona.
    async fn on_practice(
        &mut self,
        state: Fixture,
        method: Method,
        suffix: &str,
        body: Option<Value>,
        expected: [u16; 5],
    ) {
        for (who, code) in expected.into_iter().enumerate() {
            let slug = self.practice(state).await;
            let path = format!("/practices/{slug}{suffix}");
            self.check(who, method.clone(), &path, body.clone(), status(code))
                .await;
        }
    }

    async fn everyone(
        &mut self,
        method: Method,
        path: &str,
        body: Option<Value>,
        expected: [u16; 5],
    ) {
        for (who, code) in expected.into_iter().enumerate() {
            self.check(who, method.clone(), path, body.clone(), status(code))
                .await;
        }
    }
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap()
}

#[tokio::test]
async fn every_endpoint_answers_each_role_as_designed() {
    let mut w = World::new().await;
    use Fixture::*;

    // Reading a practice: drafts and submissions are the owner's and the admins' only.
    w.on_practice(Draft, Method::GET, "", None, [404, 200, 404, 200, 200])
        .await;
    w.on_practice(Submitted, Method::GET, "", None, [404, 200, 404, 200, 200])
        .await;
    w.on_practice(Published, Method::GET, "", None, [200, 200, 200, 200, 200])
        .await;

    // Editing: the owner organisation's drafts only.
    let edit = Some(json!({ "summary": "A shorter summary of the practice." }));
    w.on_practice(
        Draft,
        Method::PATCH,
        "",
        edit.clone(),
        [401, 200, 404, 200, 403],
    )
    .await;
    w.on_practice(
        Published,
        Method::PATCH,
        "",
        edit,
        [401, 409, 403, 409, 403],
    )
    .await;

    // Lifecycle.
    w.on_practice(
        Draft,
        Method::POST,
        "/submit",
        None,
        [401, 200, 404, 200, 403],
    )
    .await;
    w.on_practice(
        Submitted,
        Method::POST,
        "/publish",
        None,
        [401, 403, 404, 403, 200],
    )
    .await;
    let reason = Some(json!({ "reason": "Please add the budget figures." }));
    w.on_practice(
        Submitted,
        Method::POST,
        "/reject",
        reason,
        [401, 403, 404, 403, 200],
    )
    .await;
    w.on_practice(
        Published,
        Method::POST,
        "/archive",
        None,
        [401, 403, 403, 403, 200],
    )
    .await;
    // A draft cannot be published even by an admin.
    w.on_practice(
        Draft,
        Method::POST,
        "/publish",
        None,
        [401, 403, 404, 403, 409],
    )
    .await;

    // Creating practices: any logged-in person, for their own organisation.
    w.everyone(
        Method::POST,
        "/practices",
        Some(practice_body("A new practice")),
        [401, 201, 201, 201, 201],
    )
    .await;

    // Organisations.
    w.everyone(Method::GET, "/organisations", None, [200; 5])
        .await;
    w.everyone(Method::GET, "/organisations/owner-org", None, [200; 5])
        .await;
    let patch = Some(json!({ "city": "Mafraq" }));
    w.everyone(
        Method::PATCH,
        "/organisations/owner-org",
        patch,
        [401, 403, 403, 200, 200],
    )
    .await;
    w.everyone(
        Method::GET,
        "/organisations/owner-org/members",
        None,
        [401, 403, 403, 200, 200],
    )
    .await;
    w.everyone(
        Method::GET,
        "/organisations/owner-org/invitations",
        None,
        [401, 403, 403, 200, 200],
    )
    .await;
    w.everyone(
        Method::POST,
        "/organisations/owner-org/invitations",
        Some(json!({})),
        [401, 403, 403, 201, 201],
    )
    .await;
    w.everyone(
        Method::DELETE,
        "/organisations/owner-org/invitations/999999",
        None,
        [401, 403, 403, 404, 404],
    )
    .await;
    w.everyone(Method::GET, "/organisations/nowhere", None, [404; 5])
        .await;

    // Accounts and administration.
    w.everyone(Method::GET, "/me", None, [401, 200, 200, 200, 200])
        .await;
    w.everyone(
        Method::GET,
        "/admin/moderation",
        None,
        [401, 403, 403, 403, 200],
    )
    .await;
    w.everyone(
        Method::GET,
        "/admin/overview",
        None,
        [401, 403, 403, 403, 200],
    )
    .await;
    // Notifications and mail preferences: every signed-in person, for themselves.
    w.everyone(
        Method::GET,
        "/notifications",
        None,
        [401, 200, 200, 200, 200],
    )
    .await;
    w.everyone(
        Method::POST,
        "/notifications/read",
        Some(json!({ "all": true })),
        [401, 200, 200, 200, 200],
    )
    .await;
    w.everyone(
        Method::GET,
        "/me/preferences",
        None,
        [401, 200, 200, 200, 200],
    )
    .await;
    w.everyone(
        Method::PUT,
        "/me/preferences",
        Some(json!({ "notifications": { "member_joined": "weekly" } })),
        [401, 200, 200, 200, 200],
    )
    .await;
    // The mail outbox is the network admins'; unsubscribing needs a valid token, no sign-in.
    w.everyone(Method::GET, "/admin/mail", None, [401, 403, 403, 403, 200])
        .await;
    w.everyone(
        Method::GET,
        "/unsubscribe/1.member_joined.x",
        None,
        [404; 5],
    )
    .await;
    w.everyone(
        Method::POST,
        "/unsubscribe/1.member_joined.x",
        None,
        [404; 5],
    )
    .await;
    w.everyone(Method::GET, "/admin/jobs", None, [401, 403, 403, 403, 200])
        .await;
    w.everyone(
        Method::POST,
        "/admin/jobs/999999/retry",
        None,
        [401, 403, 403, 403, 404],
    )
    .await;

    // Activity: anyone reads the feeds; what they hold depends on who asks (see below).
    w.everyone(Method::GET, "/activity", None, [200; 5]).await;
    w.everyone(
        Method::GET,
        "/organisations/owner-org/activity",
        None,
        [200; 5],
    )
    .await;
    w.everyone(
        Method::GET,
        "/organisations/nowhere/activity",
        None,
        [404; 5],
    )
    .await;
    w.everyone(Method::GET, "/health", None, [200; 5]).await;
    w.everyone(Method::GET, "/stats", None, [200; 5]).await;

    assert!(
        w.failures.is_empty(),
        "authorization mismatches:\n{}",
        w.failures.join("\n")
    );
}

#[tokio::test]
async fn drafts_never_leak_through_lists() {
    let mut w = World::new().await;
    let draft = w.practice(Fixture::Draft).await;
    let submitted = w.practice(Fixture::Submitted).await;
    let published = w.practice(Fixture::Published).await;
    let all = "draft,submitted,published,archived";

    for (who, name) in NAMES.iter().enumerate() {
        let insider = matches!(who, OWNER_MEMBER | ORG_ADMIN | NET_ADMIN);
        let catalogue = w
            .check(who, Method::GET, "/practices", None, StatusCode::OK)
            .await;
        let listed = slugs(&catalogue["items"]);
        assert_eq!(listed, vec![published.clone()], "catalogue as {}", name);
        assert_eq!(catalogue["total"], 1);

        let everything = w
            .check(
                who,
                Method::GET,
                &format!("/practices?status={all}"),
                None,
                StatusCode::OK,
            )
            .await;
        let listed = slugs(&everything["items"]);
        assert_eq!(listed.contains(&draft), insider, "drafts as {}", name);
        assert_eq!(
            listed.contains(&submitted),
            insider,
            "submissions as {}",
            name
        );
        assert!(listed.contains(&published));
        // Facet counts count only what the viewer may see.
        let solid_waste = everything["facets"]["theme"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["value"] == "solid_waste")
            .map(|f| f["count"].as_i64().unwrap());
        assert_eq!(
            solid_waste,
            Some(if insider { 3 } else { 1 }),
            "facets as {}",
            name
        );

        let page = w
            .check(
                who,
                Method::GET,
                "/organisations/owner-org",
                None,
                StatusCode::OK,
            )
            .await;
        let listed = slugs(&page["practices"]);
        assert_eq!(
            listed.contains(&draft),
            insider,
            "organisation page as {}",
            name
        );
    }

    // The organisation's activity: its drafts and submissions for insiders only, and never
    // in the network's feed.
    for (who, name) in NAMES.iter().enumerate() {
        let insider = matches!(who, OWNER_MEMBER | ORG_ADMIN | NET_ADMIN);
        let feed = w
            .check(
                who,
                Method::GET,
                "/organisations/owner-org/activity?limit=100",
                None,
                StatusCode::OK,
            )
            .await;
        let subjects = subject_slugs(&feed);
        assert_eq!(subjects.contains(&draft), insider, "activity as {name}");
        assert_eq!(subjects.contains(&submitted), insider, "activity as {name}");
        assert!(subjects.contains(&published), "activity as {name}");
        let network = w
            .check(
                who,
                Method::GET,
                "/activity?limit=100",
                None,
                StatusCode::OK,
            )
            .await;
        let subjects = subject_slugs(&network);
        assert!(!subjects.contains(&draft) && !subjects.contains(&submitted));
        assert!(subjects.contains(&published), "network activity as {name}");
    }

    let queue = w
        .check(
            NET_ADMIN,
            Method::GET,
            "/admin/moderation",
            None,
            StatusCode::OK,
        )
        .await;
    assert_eq!(slugs(&queue), vec![submitted]);
    assert!(w.failures.is_empty(), "{}", w.failures.join("\n"));
}

fn slugs(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_owned())
        .collect()
}

fn subject_slugs(feed: &Value) -> Vec<String> {
    feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["subject"]["slug"].as_str().map(str::to_owned))
        .collect()
}
