//! The authorization matrix: every endpoint × {anonymous, member of the owner organisation,
//! member of another organisation, org admin of the owner, network admin, a member of the
//! owner organisation who has not verified their address} and the API-key
//! personas of the owner organisation (every scope, each single scope, revoked, expired) and
//! of another organisation (every scope). No 2xx where none is expected, and no draft leaks.

use chrono::Duration;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{practice_body, Options, TestApp};

const OWNER_MEMBER: usize = 1;
const OTHER_ADMIN: usize = 2;
const ORG_ADMIN: usize = 3;
const NET_ADMIN: usize = 4;
const KEY_ALL: usize = 5;
const KEY_READ: usize = 6;
const KEY_REVOKED: usize = 9;
const KEY_EXPIRED: usize = 10;
const UNVERIFIED_MEMBER: usize = 12;
const PERSONAS: usize = 13;
const NAMES: [&str; PERSONAS] = [
    "anonymous",
    "member of owner org",
    "member of another org",
    "org admin of owner",
    "network admin",
    "owner key with every scope",
    "owner key with read:private",
    "owner key with write:practices",
    "owner key with write:organisation",
    "revoked owner key",
    "expired owner key",
    "another org's key with every scope",
    "unverified member of owner org",
];
const EVERY_SCOPE: [&str; 3] = ["read:private", "write:practices", "write:organisation"];

struct World {
    app: TestApp,
    tokens: [Option<String>; PERSONAS],
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
        let app = TestApp::spawn_with(Options {
            manual_clock: true,
            ..Options::default()
        })
        .await;
        let owner_admin = app.register_org("Owner Org", "admin@owner.example").await;
        let owner_token = owner_admin.tokens.access_token.clone();
        let member = app
            .join(&owner_token, "owner-org", "member@owner.example", "member")
            .await;
        let other = app.register_org("Other Org", "admin@other.example").await;
        let admin = app
            .network_admin("Network Secretariat", "admin@network.example")
            .await;
        let org = "owner-org";
        let (_, key_all) = app.api_key(&owner_token, org, &EVERY_SCOPE).await;
        let (_, key_read) = app.api_key(&owner_token, org, &["read:private"]).await;
        let (_, key_practices) = app.api_key(&owner_token, org, &["write:practices"]).await;
        let (_, key_profile) = app
            .api_key(&owner_token, org, &["write:organisation"])
            .await;
        let (revoked_id, key_revoked) = app.api_key(&owner_token, org, &EVERY_SCOPE).await;
        let (status, _) = app
            .delete(
                &format!("/organisations/owner-org/api-keys/{revoked_id}"),
                Some(&owner_token),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let expires_at = app.clock.now() + Duration::hours(1);
        let (status, body) = app
            .post(
                "/organisations/owner-org/api-keys",
                Some(&owner_token),
                json!({ "name": "Short-lived", "scopes": EVERY_SCOPE, "expires_at": expires_at }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let key_expired = body["key"].as_str().unwrap().to_owned();
        // Access tokens follow the system clock, so only the key expires.
        app.clock.advance(Duration::hours(2));
        let (_, key_other) = app
            .api_key(&other.tokens.access_token, "other-org", &EVERY_SCOPE)
            .await;
        let unverified = app
            .join_unverified(&owner_token, "owner-org", "new@owner.example", "member")
            .await;
        World {
            tokens: [
                None,
                Some(member.tokens.access_token),
                Some(other.tokens.access_token),
                Some(owner_token),
                Some(admin.tokens.access_token),
                Some(key_all),
                Some(key_read),
                Some(key_practices),
                Some(key_profile),
                Some(key_revoked),
                Some(key_expired),
                Some(key_other),
                Some(unverified.tokens.access_token),
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
        expected: [u16; PERSONAS],
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
        expected: [u16; PERSONAS],
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

// Columns: anonymous, owner member, other org admin, owner org admin, network admin | owner
// keys: every scope, read:private, write:practices, write:organisation, revoked, expired |
// another organisation's key with every scope | unverified member of the owner organisation.

#[tokio::test]
async fn every_endpoint_answers_each_role_as_designed() {
    let mut w = World::new().await;
    use Fixture::*;

    // Reading a practice: drafts and submissions are the owner's (keys: with read:private) and
    // the admins' only; any other key sees what anonymous sees.
    let unpublished = [
        404, 200, 404, 200, 200, 200, 200, 404, 404, 401, 401, 404, 200,
    ];
    w.on_practice(Draft, Method::GET, "", None, unpublished)
        .await;
    w.on_practice(Submitted, Method::GET, "", None, unpublished)
        .await;
    w.on_practice(
        Published,
        Method::GET,
        "",
        None,
        [
            200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401, 200, 200,
        ],
    )
    .await;

    // Editing: the owner organisation's drafts only; keys need write:practices (which also
    // lets them name drafts they cannot list), the missing scope is a 403.
    let edit = Some(json!({ "summary": "A shorter summary of the practice." }));
    w.on_practice(
        Draft,
        Method::PATCH,
        "",
        edit.clone(),
        [
            401, 200, 404, 200, 403, 200, 403, 200, 404, 401, 401, 404, 200,
        ],
    )
    .await;
    w.on_practice(
        Published,
        Method::PATCH,
        "",
        edit,
        [
            401, 409, 403, 409, 403, 409, 403, 409, 403, 401, 401, 403, 409,
        ],
    )
    .await;

    // Lifecycle: keys submit with write:practices and never moderate.
    // An unverified person prepares but does not submit.
    w.on_practice(
        Draft,
        Method::POST,
        "/submit",
        None,
        [
            401, 200, 404, 200, 403, 200, 403, 200, 404, 401, 401, 404, 403,
        ],
    )
    .await;
    let moderate = [
        401, 403, 404, 403, 200, 403, 403, 403, 404, 401, 401, 404, 403,
    ];
    w.on_practice(Submitted, Method::POST, "/publish", None, moderate)
        .await;
    let reason = Some(json!({ "reason": "Please add the budget figures." }));
    w.on_practice(Submitted, Method::POST, "/reject", reason, moderate)
        .await;
    w.on_practice(
        Published,
        Method::POST,
        "/archive",
        None,
        [
            401, 403, 403, 403, 200, 403, 403, 403, 403, 401, 401, 403, 403,
        ],
    )
    .await;
    // Translations: the owner organisation translates at any status but archived (keys with
    // write:practices); its insiders read them with who made them; no one else.
    let translation = Some(json!({ "title": "ممارسة مترجمة", "summary": "ملخص مترجم" }));
    w.on_practice(
        Published,
        Method::GET,
        "/translations",
        None,
        [
            401, 200, 403, 200, 200, 200, 200, 200, 403, 401, 401, 403, 200,
        ],
    )
    .await;
    w.on_practice(
        Draft,
        Method::GET,
        "/translations",
        None,
        [
            401, 200, 404, 200, 200, 200, 200, 200, 404, 401, 401, 404, 200,
        ],
    )
    .await;
    let translate = [
        401, 200, 403, 200, 403, 200, 403, 200, 403, 401, 401, 403, 200,
    ];
    w.on_practice(
        Published,
        Method::PUT,
        "/translations/ar",
        translation.clone(),
        translate,
    )
    .await;
    w.on_practice(
        Draft,
        Method::PUT,
        "/translations/ar",
        translation,
        [
            401, 200, 404, 200, 403, 200, 403, 200, 404, 401, 401, 404, 200,
        ],
    )
    .await;
    w.on_practice(
        Published,
        Method::DELETE,
        "/translations/ar",
        None,
        translate.map(|c| if c == 200 { 204 } else { c }),
    )
    .await;

    // An archived practice keeps its translations as they are.
    for (method, body) in [
        (Method::PUT, Some(json!({ "title": "ممارسة مؤرشفة" }))),
        (Method::DELETE, None),
    ] {
        let slug = w.practice(Published).await;
        let admin = w.token(NET_ADMIN).unwrap().to_owned();
        let (status, _) = w
            .app
            .post(
                &format!("/practices/{slug}/archive"),
                Some(&admin),
                json!(null),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let path = format!("/practices/{slug}/translations/ar");
        w.check(ORG_ADMIN, method, &path, body, StatusCode::CONFLICT)
            .await;
    }
    // A draft cannot be published even by an admin.
    w.on_practice(
        Draft,
        Method::POST,
        "/publish",
        None,
        [
            401, 403, 404, 403, 409, 403, 403, 403, 404, 401, 401, 404, 403,
        ],
    )
    .await;

    // Creating practices: any logged-in person, keys with write:practices, for their own
    // organisation.
    w.everyone(
        Method::POST,
        "/practices",
        Some(practice_body("A new practice")),
        [
            401, 201, 201, 201, 201, 201, 403, 201, 403, 401, 401, 201, 201,
        ],
    )
    .await;

    // Organisations.
    let public = [
        200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401, 200, 200,
    ];
    w.everyone(Method::GET, "/organisations", None, public)
        .await;
    w.everyone(Method::GET, "/organisations/owner-org", None, public)
        .await;
    let patch = Some(json!({ "city": "Mafraq" }));
    w.everyone(
        Method::PATCH,
        "/organisations/owner-org",
        patch,
        [
            401, 403, 403, 200, 200, 200, 403, 403, 200, 401, 401, 403, 403,
        ],
    )
    .await;
    // The description's translations: those who edit the profile write them; its people
    // (and keys with read:private) read them.
    w.everyone(
        Method::GET,
        "/organisations/owner-org/translations",
        None,
        [
            401, 200, 403, 200, 200, 200, 200, 403, 200, 401, 401, 403, 200,
        ],
    )
    .await;
    let profile_editors = |ok: u16| [401, 403, 403, ok, ok, ok, 403, 403, ok, 401, 401, 403, 403];
    w.everyone(
        Method::PUT,
        "/organisations/owner-org/translations/fr",
        Some(json!({ "description": "Une organisation de la région." })),
        profile_editors(200),
    )
    .await;
    w.everyone(
        Method::DELETE,
        "/organisations/owner-org/translations/fr",
        None,
        profile_editors(204),
    )
    .await;
    w.everyone(
        Method::GET,
        "/organisations/owner-org/members",
        None,
        [
            401, 403, 403, 200, 200, 200, 200, 403, 403, 401, 401, 403, 403,
        ],
    )
    .await;
    // Invitations bring people in: people only.
    let people_admins = |ok: u16| {
        [
            401, 403, 403, ok, ok, 403, 403, 403, 403, 401, 401, 403, 403,
        ]
    };
    w.everyone(
        Method::GET,
        "/organisations/owner-org/invitations",
        None,
        people_admins(200),
    )
    .await;
    for (who, code) in people_admins(201).into_iter().enumerate() {
        let body = json!({ "email": format!("invitee{who}@owner.example") });
        w.check(
            who,
            Method::POST,
            "/organisations/owner-org/invitations",
            Some(body),
            status(code),
        )
        .await;
    }
    w.everyone(
        Method::DELETE,
        "/organisations/owner-org/invitations/999999",
        None,
        people_admins(404),
    )
    .await;
    w.everyone(
        Method::POST,
        "/organisations/owner-org/invitations/999999/resend",
        None,
        people_admins(404),
    )
    .await;
    // Anyone holding a link may look it up; a bad key is still a 401.
    w.everyone(
        Method::POST,
        "/invitations/lookup",
        Some(json!({ "code": "no-such-code" })),
        [
            404, 404, 404, 404, 404, 404, 404, 404, 404, 401, 401, 404, 404,
        ],
    )
    .await;
    // Managing people: the organisation's admins and network admins, people only.
    let member_id = w.app.person_id("member@owner.example");
    w.everyone(
        Method::PATCH,
        &format!("/organisations/owner-org/members/{member_id}"),
        Some(json!({ "role": "member" })),
        people_admins(200),
    )
    .await;
    for (who, code) in people_admins(204).into_iter().enumerate() {
        let owner = w.token(ORG_ADMIN).unwrap().to_owned();
        let email = format!("leaving{who}@owner.example");
        w.app.join(&owner, "owner-org", &email, "member").await;
        let id = w.app.person_id(&email);
        let path = format!("/organisations/owner-org/members/{id}");
        w.check(who, Method::DELETE, &path, None, status(code))
            .await;
    }
    w.everyone(
        Method::POST,
        "/organisations/owner-org/admin-transfer",
        Some(json!({ "person_id": 999999 })),
        people_admins(404),
    )
    .await;
    w.everyone(
        Method::GET,
        "/organisations/nowhere",
        None,
        [
            404, 404, 404, 404, 404, 404, 404, 404, 404, 401, 401, 404, 404,
        ],
    )
    .await;

    // API keys: managed by people (org admins and network admins), never by a key.
    w.everyone(
        Method::GET,
        "/organisations/owner-org/api-keys",
        None,
        people_admins(200),
    )
    .await;
    w.everyone(
        Method::POST,
        "/organisations/owner-org/api-keys",
        Some(json!({ "name": "Matrix", "scopes": ["read:private"] })),
        people_admins(201),
    )
    .await;
    w.everyone(
        Method::DELETE,
        "/organisations/owner-org/api-keys/999999",
        None,
        people_admins(404),
    )
    .await;
    for (who, code) in people_admins(204).into_iter().enumerate() {
        let (id, _) = w
            .app
            .api_key(w.token(ORG_ADMIN).unwrap(), "owner-org", &["read:private"])
            .await;
        let path = format!("/organisations/owner-org/api-keys/{id}");
        w.check(who, Method::DELETE, &path, None, status(code))
            .await;
    }
    // Another organisation's key is not found under this one.
    let (theirs, _) = w
        .app
        .api_key(
            w.token(OTHER_ADMIN).unwrap(),
            "other-org",
            &["read:private"],
        )
        .await;
    w.check(
        ORG_ADMIN,
        Method::DELETE,
        &format!("/organisations/owner-org/api-keys/{theirs}"),
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
    let net_admin_only = |ok: u16| {
        [
            401, 403, 403, 403, ok, 403, 403, 403, 403, 401, 401, 403, 403,
        ]
    };
    w.everyone(Method::GET, "/admin/api-keys", None, net_admin_only(200))
        .await;
    w.everyone(
        Method::DELETE,
        "/admin/api-keys/999999",
        None,
        net_admin_only(404),
    )
    .await;
    for (who, code) in net_admin_only(204).into_iter().enumerate() {
        let (id, _) = w
            .app
            .api_key(
                w.token(OTHER_ADMIN).unwrap(),
                "other-org",
                &["read:private"],
            )
            .await;
        w.check(
            who,
            Method::DELETE,
            &format!("/admin/api-keys/{id}"),
            None,
            status(code),
        )
        .await;
    }

    // Accounts and administration: keys have no account and do no admin work.
    w.everyone(
        Method::GET,
        "/me",
        None,
        [
            401, 200, 200, 200, 200, 403, 403, 403, 403, 401, 401, 403, 200,
        ],
    )
    .await;
    // Notifications and mail preferences: every signed-in person, for themselves.
    w.everyone(
        Method::GET,
        "/notifications",
        None,
        [
            401, 200, 200, 200, 200, 403, 403, 403, 403, 401, 401, 403, 200,
        ],
    )
    .await;
    w.everyone(
        Method::POST,
        "/notifications/read",
        Some(json!({ "all": true })),
        [
            401, 200, 200, 200, 200, 403, 403, 403, 403, 401, 401, 403, 200,
        ],
    )
    .await;
    w.everyone(
        Method::GET,
        "/me/preferences",
        None,
        [
            401, 200, 200, 200, 200, 403, 403, 403, 403, 401, 401, 403, 200,
        ],
    )
    .await;
    w.everyone(
        Method::PUT,
        "/me/preferences",
        Some(json!({ "notifications": { "member_joined": "weekly" } })),
        [
            401, 200, 200, 200, 200, 403, 403, 403, 403, 401, 401, 403, 200,
        ],
    )
    .await;
    // The mail outbox is the network admins'; unsubscribing needs a valid token, no sign-in.
    w.everyone(Method::GET, "/admin/mail", None, net_admin_only(200))
        .await;
    w.everyone(
        Method::GET,
        "/unsubscribe/1.member_joined.x",
        None,
        [
            404, 404, 404, 404, 404, 404, 404, 404, 404, 401, 401, 404, 404,
        ],
    )
    .await;
    w.everyone(
        Method::POST,
        "/unsubscribe/1.member_joined.x",
        None,
        [
            404, 404, 404, 404, 404, 404, 404, 404, 404, 401, 401, 404, 404,
        ],
    )
    .await;
    w.everyone(Method::GET, "/admin/jobs", None, net_admin_only(200))
        .await;
    // Looking after people is the network admins' work.
    w.everyone(
        Method::GET,
        "/admin/people?q=owner",
        None,
        net_admin_only(200),
    )
    .await;
    for action in ["disable", "enable", "resend-verification"] {
        w.everyone(
            Method::POST,
            &format!("/admin/people/999999/{action}"),
            None,
            net_admin_only(404),
        )
        .await;
    }
    w.everyone(
        Method::POST,
        "/admin/people/999999/network-admin",
        Some(json!({ "grant": false })),
        net_admin_only(404),
    )
    .await;
    w.everyone(
        Method::POST,
        "/admin/jobs/999999/retry",
        None,
        net_admin_only(404),
    )
    .await;

    // Activity: anyone reads the feeds; what they hold depends on who asks (see below).
    w.everyone(Method::GET, "/activity", None, public).await;
    w.everyone(
        Method::GET,
        "/organisations/owner-org/activity",
        None,
        public,
    )
    .await;
    w.everyone(
        Method::GET,
        "/organisations/nowhere/activity",
        None,
        [
            404, 404, 404, 404, 404, 404, 404, 404, 404, 401, 401, 404, 404,
        ],
    )
    .await;
    w.everyone(Method::GET, "/admin/moderation", None, net_admin_only(200))
        .await;
    w.everyone(Method::GET, "/admin/overview", None, net_admin_only(200))
        .await;
    w.everyone(Method::GET, "/health", None, public).await;
    w.everyone(Method::GET, "/stats", None, public).await;

    // Vetting organisations: network admins only, never a key.
    w.everyone(
        Method::GET,
        "/admin/organisations",
        None,
        net_admin_only(200),
    )
    .await;
    let reason = Some(json!({ "reason": "Not a refugee-serving organisation." }));
    for (action, body) in [
        ("approve", None),
        ("reject", reason.clone()),
        ("suspend", reason.clone()),
        ("reactivate", None),
        ("merge", Some(json!({ "into": "other-org" }))),
        ("duplicates/other-org/dismiss", None),
    ] {
        w.everyone(
            Method::POST,
            &format!("/admin/organisations/nowhere/{action}"),
            body,
            net_admin_only(404),
        )
        .await;
    }
    // A move that does not apply to an active organisation is a conflict.
    w.everyone(
        Method::POST,
        "/admin/organisations/owner-org/approve",
        None,
        net_admin_only(409),
    )
    .await;
    // A person's own data: people only, for themselves.
    let people_only = |ok: u16| [401, ok, ok, ok, ok, 403, 403, 403, 403, 401, 401, 403, ok];
    w.everyone(Method::GET, "/me/export", None, people_only(200))
        .await;
    w.everyone(
        Method::DELETE,
        "/me",
        Some(json!({ "password": "not the password" })),
        people_only(422),
    )
    .await;
    // My account: every signed-in person, for themselves; keys have no account.
    let people = |ok: u16| [401, ok, ok, ok, ok, 403, 403, 403, 403, 401, 401, 403, ok];
    w.everyone(
        Method::PATCH,
        "/me",
        Some(json!({ "language": "en", "time_zone": "Asia/Amman" })),
        people(200),
    )
    .await;
    w.everyone(Method::GET, "/me/sessions", None, people(200))
        .await;
    w.everyone(Method::DELETE, "/me/sessions/999999", None, people(404))
        .await;
    // Mailed links: the resend is for the unverified (a minute after the first link went);
    // the links themselves need no sign-in (a bad credential is still refused).
    w.app.clock.advance(Duration::seconds(61));
    w.everyone(
        Method::POST,
        "/auth/verify-email/resend",
        None,
        [
            401, 409, 409, 409, 409, 403, 403, 403, 403, 401, 401, 403, 202,
        ],
    )
    .await;
    let anyone = |code: u16| {
        [
            code, code, code, code, code, code, code, code, code, 401, 401, code, code,
        ]
    };
    w.everyone(
        Method::POST,
        "/auth/verify-email",
        Some(json!({ "token": "not-a-token" })),
        anyone(422),
    )
    .await;
    w.everyone(
        Method::POST,
        "/auth/password-reset",
        Some(json!({ "email": "nobody@nowhere.example" })),
        anyone(202),
    )
    .await;
    w.everyone(
        Method::POST,
        "/auth/password-reset/confirm",
        Some(json!({ "token": "not-a-token", "password": "a long password" })),
        anyone(422),
    )
    .await;
    // Refresh needs the cookie, whoever calls.
    w.everyone(Method::POST, "/auth/refresh", None, anyone(401))
        .await;
    // Last: these end the personas' own credentials. The password change keeps the session
    // that made it; signing out everywhere does not; logout always answers 204.
    w.everyone(
        Method::POST,
        "/me/password",
        Some(json!({ "current": "a long password", "new": "another long password" })),
        people(204),
    )
    .await;
    w.everyone(Method::GET, "/me", None, people(200)).await;
    w.everyone(Method::DELETE, "/me/sessions", None, people(204))
        .await;
    w.everyone(Method::GET, "/me", None, people(401)).await;
    w.everyone(Method::POST, "/auth/logout", None, anyone(204))
        .await;

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
        if matches!(who, KEY_REVOKED | KEY_EXPIRED) {
            continue;
        }
        let insider = matches!(
            who,
            OWNER_MEMBER | ORG_ADMIN | NET_ADMIN | KEY_ALL | KEY_READ | UNVERIFIED_MEMBER
        );
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
        if matches!(who, KEY_REVOKED | KEY_EXPIRED) {
            continue;
        }
        let insider = matches!(
            who,
            OWNER_MEMBER | ORG_ADMIN | NET_ADMIN | KEY_ALL | KEY_READ | UNVERIFIED_MEMBER
        );
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

/// The people of an organisation awaiting approval prepare (profile, drafts, invitations) but
/// put nothing before the network; those of a suspended one read only. Every refusal names
/// the rule (`organisation-not-active`).
#[tokio::test]
async fn pending_and_suspended_organisations_people_act_within_their_standing() {
    let app = TestApp::spawn().await;
    let admin = app
        .network_admin("Network Secretariat", "admin@network.example")
        .await;
    app.register_org("Owner Org", "admin@owner.example").await;
    let pending = app
        .register_pending_org("Pending Org", "admin@pending.example")
        .await;
    let suspended = app
        .register_org("Suspended Org", "admin@suspended.example")
        .await;
    let pending_draft = app
        .draft(&pending.tokens.access_token, "Pending draft")
        .await;
    let suspended_draft = app
        .draft(&suspended.tokens.access_token, "Suspended draft")
        .await;
    let (status, _) = app
        .post(
            "/admin/organisations/suspended-org/suspend",
            Some(&admin.tokens.access_token),
            json!({ "reason": "Under review." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Suspension ended their sessions: they sign in again to read why.
    let suspended = app
        .login("admin@suspended.example", "a long password")
        .await;
    let personas = [
        (
            "pending",
            pending.tokens.access_token.as_str(),
            "pending-org",
            pending_draft.as_str(),
        ),
        (
            "suspended",
            suspended.tokens.access_token.as_str(),
            "suspended-org",
            suspended_draft.as_str(),
        ),
    ];
    let not_active = "urn:twinning:problem:organisation-not-active";
    let mut failures = Vec::new();
    for (who, token, org, draft) in personas {
        let is_pending = who == "pending";
        let prepare = if is_pending { 200 } else { 403 };
        let calls: Vec<(Method, String, Option<Value>, u16)> = vec![
            (Method::GET, "/me".into(), None, 200),
            (Method::GET, format!("/organisations/{org}"), None, 200),
            (Method::GET, "/organisations/owner-org".into(), None, 200),
            (
                Method::GET,
                format!("/organisations/{org}/activity"),
                None,
                200,
            ),
            (
                Method::PATCH,
                format!("/organisations/{org}"),
                Some(json!({ "city": "Zarqa" })),
                prepare,
            ),
            (
                Method::GET,
                format!("/organisations/{org}/members"),
                None,
                200,
            ),
            (
                Method::GET,
                format!("/organisations/{org}/invitations"),
                None,
                prepare,
            ),
            (
                Method::POST,
                format!("/organisations/{org}/invitations"),
                Some(json!({ "email": format!("colleague@{org}.example") })),
                if is_pending { 201 } else { 403 },
            ),
            (
                Method::POST,
                format!("/organisations/{org}/admin-transfer"),
                Some(json!({ "person_id": 999999 })),
                if is_pending { 404 } else { 403 },
            ),
            (
                Method::GET,
                format!("/organisations/{org}/api-keys"),
                None,
                403,
            ),
            (
                Method::POST,
                format!("/organisations/{org}/api-keys"),
                Some(json!({ "name": "Early", "scopes": ["read:private"] })),
                403,
            ),
            (
                Method::POST,
                "/practices".into(),
                Some(practice_body("Another")),
                if is_pending { 201 } else { 403 },
            ),
            (Method::GET, format!("/practices/{draft}"), None, 200),
            (
                Method::PATCH,
                format!("/practices/{draft}"),
                Some(json!({ "summary": "A shorter summary of the practice." })),
                prepare,
            ),
            (
                Method::POST,
                format!("/practices/{draft}/submit"),
                None,
                403,
            ),
            (Method::GET, "/notifications".into(), None, 200),
            (Method::GET, "/me/preferences".into(), None, 200),
            (Method::GET, "/me/export".into(), None, 200),
            (Method::GET, "/admin/organisations".into(), None, 403),
            (
                Method::GET,
                "/organisations/suspended-org".into(),
                None,
                if is_pending { 404 } else { 200 },
            ),
            (
                Method::GET,
                "/organisations/pending-org".into(),
                None,
                if is_pending { 200 } else { 404 },
            ),
        ];
        for (method, path, body, expected) in calls {
            let (status, value) = app.call(method.clone(), &path, Some(token), body).await;
            if status.as_u16() != expected {
                failures.push(format!(
                    "{method} {path} as {who}: expected {expected}, got {status} {value}"
                ));
            } else if expected == 403
                && !path.ends_with("api-keys")
                && !path.starts_with("/admin")
                && value["type"] != not_active
            {
                failures.push(format!(
                    "{method} {path} as {who}: refused without naming the rule: {value}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
