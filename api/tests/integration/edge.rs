//! The edge of the server, probed from outside: security headers on every kind of answer,
//! bounded bodies, addresses and headers, the per-page cap, the client address behind proxies,
//! the throttles, opaque slugs and the signing key.

use std::time::Duration;

use reqwest::{header, StatusCode};
use serde_json::{json, Value};
use sha2::Digest;
use twinning_api::net::TrustedProxies;
use twinning_api::startup::{self, Config, EdgeConfig};

use crate::support::{assert_problem, practice_body, register_body, Options, TestApp};

const LOADER: &str = "\nimport init, * as bindings from '/app-1a2b.js';\nconst wasm = await init({ module_or_path: '/app-1a2b_bg.wasm' });\nwindow.wasmBindings = bindings;\n";

/// A built SPA as Trunk leaves it: a page with an inline loader script, and files.
fn spa_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "twinning-spa-{}",
        twinning_api::auth::secrets::random_token(6).unwrap()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/style-1a2b.css\"/>\
             <script type=\"module\">{LOADER}</script></head><body></body></html>"
        ),
    )
    .unwrap();
    std::fs::write(dir.join("app-1a2b.js"), "export default function init() {}").unwrap();
    std::fs::write(dir.join("style-1a2b.css"), "body { margin: 0 }").unwrap();
    dir
}

fn origin(app: &TestApp) -> &str {
    app.public_url.as_str()
}

async fn head_of(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
) -> (StatusCode, header::HeaderMap, String) {
    let mut req = app.client.get(format!("{}{path}", origin(app)));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    (status, headers, res.text().await.unwrap())
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let dir = spa_dir();
    let app = TestApp::spawn_with(Options {
        static_dir: Some(dir.clone()),
        ..Default::default()
    })
    .await;
    let session = app.register_org("Header Org", "h@header.example").await;
    let token = session.tokens.access_token.as_str();
    let loader_hash = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(LOADER.as_bytes()))
    };
    let kinds = [
        ("SPA page", "/", 200),
        ("SPA route", "/practices/some-practice", 200),
        ("SPA file", "/app-1a2b.js", 200),
        ("SPA style", "/style-1a2b.css", 200),
        ("API JSON", "/api/v1/health", 200),
        ("API problem", "/api/v1/no-such-thing", 404),
        ("API problem outside v1", "/api/nothing", 404),
        ("docs page", "/api/docs/", 200),
        ("docs script", "/api/docs/swagger-initializer.js", 200),
        ("OpenAPI", "/api/openapi.json", 200),
        ("feed", "/feeds/activity.atom", 200),
        (
            "HTML page of a route",
            "/api/v1/unsubscribe/not-a-token",
            404,
        ),
    ];
    for (kind, path, expected) in kinds {
        let (status, headers, body) = head_of(&app, path, None).await;
        assert_eq!(status.as_u16(), expected, "{kind}: {body}");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        for directive in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{kind}: {directive} in {csp}");
        }
        assert!(
            csp.contains(&format!("'sha256-{loader_hash}'")),
            "{kind}: the loader's hash in {csp}"
        );
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{kind}");
        assert_eq!(headers[header::REFERRER_POLICY], "same-origin", "{kind}");
        assert!(
            headers["permissions-policy"]
                .to_str()
                .unwrap()
                .contains("camera=()"),
            "{kind}"
        );
        // The test server is reached over plain http: no HSTS.
        assert!(
            !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
            "{kind}"
        );
        // Anonymous answers may be cached (revalidated); none says no-store.
        assert_ne!(
            headers
                .get(header::CACHE_CONTROL)
                .map(|v| v.to_str().unwrap()),
            Some("no-store"),
            "{kind}"
        );
    }
    let (_, _, initializer) = head_of(&app, "/api/docs/swagger-initializer.js", None).await;
    assert!(
        initializer.contains("\"validatorUrl\": \"none\""),
        "no image from outside"
    );
    assert!(
        initializer.contains("\"layout\": \"BaseLayout\""),
        "no top bar, whose logo's <style> the policy refuses"
    );

    // Tokens and whatever answers a credential are never stored.
    for path in ["/api/v1/me", "/api/v1/practices", "/api/v1/no-such-thing"] {
        let (_, headers, _) = head_of(&app, path, Some(token)).await;
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{path}");
        assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
    }
    let res = app
        .client
        .post(format!("{}/auth/login", app.base))
        .json(&json!({ "email": "h@header.example", "password": "a long password" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let _ = std::fs::remove_dir_all(dir);
}

async fn raw(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    body: String,
    token: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = app
        .client
        .request(method, format!("{}{path}", app.base))
        .header("content-type", "application/json")
        .body(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let text = res.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

#[tokio::test]
async fn bodies_are_limited_per_scope_and_addresses_and_headers_are_bounded() {
    let app = TestApp::spawn().await;
    let session = app.register_org("Limit Org", "l@limit.example").await;
    let token = session.tokens.access_token.as_str();

    // 70 KiB is too much for a login…
    let login = json!({ "email": "l@limit.example", "password": "p".repeat(70 * 1024) });
    let (status, body) = raw(
        &app,
        reqwest::Method::POST,
        "/auth/login",
        login.to_string(),
        None,
    )
    .await;
    assert_problem(status, &body, StatusCode::PAYLOAD_TOO_LARGE, None);

    // …but a full practice in a script of two bytes a character (~120 KiB) fits.
    let mut practice = practice_body("A practice written at length");
    for section in ["problem", "approach", "results"] {
        practice[section] = json!("é".repeat(19_000));
    }
    let big = practice.to_string();
    assert!(big.len() > 100 * 1024);
    let (status, body) = raw(&app, reqwest::Method::POST, "/practices", big, Some(token)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, body) = raw(
        &app,
        reqwest::Method::POST,
        "/practices",
        format!("{{\"title\":\"{}\"}}", "x".repeat(300 * 1024)),
        Some(token),
    )
    .await;
    assert_problem(status, &body, StatusCode::PAYLOAD_TOO_LARGE, None);

    // A query string or path past its bound, headers past theirs.
    let (status, body) = app
        .get(&format!("/practices?q={}", "a".repeat(9000)), None)
        .await;
    assert_problem(status, &body, StatusCode::URI_TOO_LONG, None);
    let (status, body) = app
        .get(&format!("/practices/{}", "a".repeat(3000)), None)
        .await;
    assert_problem(status, &body, StatusCode::URI_TOO_LONG, None);
    let res = app
        .client
        .get(format!("{}/health", app.base))
        .header("x-padding", "p".repeat(9 * 1024))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    // A long but legitimate search (200 Arabic letters, percent-encoded) is served.
    let (status, body) = app
        .get(&format!("/practices?q={}", "%D8%B9".repeat(200)), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn every_list_caps_its_page_size() {
    let app = TestApp::spawn().await;
    let admin = app.network_admin("Cap Org", "cap@cap.example").await;
    let token = admin.tokens.access_token.as_str();
    for (path, field) in [
        ("/practices?per_page=101", "per_page"),
        ("/organisations?per_page=101", "per_page"),
        ("/organisations/cap-org/api-keys?per_page=101", "per_page"),
        ("/admin/api-keys?per_page=101", "per_page"),
        ("/admin/jobs?per_page=101", "per_page"),
        ("/admin/mail?per_page=101", "per_page"),
        ("/activity?limit=101", "limit"),
        ("/organisations/cap-org/activity?limit=101", "limit"),
        ("/notifications?limit=101", "limit"),
        ("/practices?per_page=0", "per_page"),
    ] {
        let (status, body) = app.get(path, Some(token)).await;
        assert_problem(status, &body, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    }
    let (status, body) = app.get("/practices?per_page=100", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["per_page"], 100);
}

async fn login_from(app: &TestApp, forwarded: Option<&str>, password: &str) -> reqwest::Response {
    let mut req = app
        .client
        .post(format!("{}/auth/login", app.base))
        .json(&json!({ "email": "p@proxy.example", "password": password }));
    if let Some(f) = forwarded {
        req = req.header("x-forwarded-for", f);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn a_spoofed_forwarded_for_from_an_untrusted_peer_changes_nothing() {
    let app = TestApp::spawn_with(Options {
        login_attempts_per_minute: 2,
        ..Default::default()
    })
    .await;
    app.register_org("Proxy Org", "p@proxy.example").await;
    // Each attempt claims another address; all are counted against the real peer.
    for spoof in ["198.51.100.1", "198.51.100.2"] {
        let res = login_from(&app, Some(spoof), "wrong password").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = login_from(&app, Some("198.51.100.3"), "a long password").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let res = login_from(&app, None, "a long password").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_trusted_proxy_names_the_client() {
    let app = TestApp::spawn_with(Options {
        login_attempts_per_minute: 2,
        edge: EdgeConfig {
            trusted_proxies: "127.0.0.1, ::1".parse::<TrustedProxies>().unwrap(),
            ..EdgeConfig::relaxed()
        },
        ..Default::default()
    })
    .await;
    app.register_org("Proxy Org", "p@proxy.example").await;
    for _ in 0..2 {
        let res = login_from(&app, Some("198.51.100.1"), "wrong password").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = login_from(&app, Some("198.51.100.1"), "a long password").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // What the client wrote left of the proxy's entry does not make it someone else.
    let res = login_from(&app, Some("203.0.113.66, 198.51.100.1"), "a long password").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the same proxy has its own allowance.
    let res = login_from(&app, Some("198.51.100.2"), "a long password").await;
    assert_eq!(res.status(), StatusCode::OK);
}

fn retry_after(res: &reqwest::Response) -> u64 {
    res.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

async fn assert_limited(res: reqwest::Response) -> u64 {
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let retry = retry_after(&res);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["type"], "urn:twinning:problem:rate-limited");
    assert_eq!(body["status"], 429);
    retry
}

#[tokio::test]
async fn registration_refresh_and_reset_requests_are_limited_per_address() {
    let app = TestApp::spawn_with(Options {
        edge: EdgeConfig {
            register_per_hour: 2,
            refresh_per_minute: 2,
            reset_per_hour: 2,
            ..EdgeConfig::relaxed()
        },
        ..Default::default()
    })
    .await;
    app.register_org("First Org", "one@reg.example").await;
    let first = app.sign_in("one@reg.example", "a long password").await;
    app.register_org("Second Org", "two@reg.example").await;
    let before = app.get("/stats", None).await.1;
    let res = app
        .client
        .post(format!("{}/auth/register", app.base))
        .json(&register_body("Third Org", "three@reg.example"))
        .send()
        .await
        .unwrap();
    let retry = assert_limited(res).await;
    assert!((1..=3600).contains(&retry), "{retry}");
    assert_eq!(
        app.get("/stats", None).await.1,
        before,
        "nothing was created"
    );

    let refresh = |token: &str| {
        app.client
            .post(format!("{}/auth/refresh", app.base))
            .header("Cookie", format!("twinning_refresh={token}"))
            .send()
    };
    let res = refresh(&first.refresh).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = refresh("not-a-refresh-token").await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let retry = assert_limited(refresh("not-a-refresh-token").await.unwrap()).await;
    assert!((1..=60).contains(&retry), "{retry}");

    // Password-reset requests too: one client does not mail address after address.
    let reset = |email: &str| {
        app.client
            .post(format!("{}/auth/password-reset", app.base))
            .json(&serde_json::json!({ "email": email }))
            .send()
    };
    for email in ["one@reg.example", "nobody@reg.example"] {
        assert_eq!(reset(email).await.unwrap().status(), StatusCode::ACCEPTED);
    }
    let retry = assert_limited(reset("two@reg.example").await.unwrap()).await;
    assert!((1..=3600).contains(&retry), "{retry}");
}

#[tokio::test]
async fn failed_logins_for_an_account_grow_delays_that_never_lock_its_owner_out() {
    let app = TestApp::spawn_with(Options {
        edge: EdgeConfig {
            trusted_proxies: "127.0.0.1, ::1".parse::<TrustedProxies>().unwrap(),
            login_free_failures: 3,
            login_delay_max_secs: 60,
            ..EdgeConfig::relaxed()
        },
        ..Default::default()
    })
    .await;
    app.register_org("Throttle Org", "p@proxy.example").await;
    let attacker = Some("203.0.113.5");
    let owner = Some("192.0.2.10");
    for _ in 0..3 {
        let res = login_from(&app, attacker, "wrong password").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    // The fourth attempt waits a second: not even the right password is looked at before.
    assert_eq!(
        assert_limited(login_from(&app, attacker, "a long password").await).await,
        1
    );
    // The owner, elsewhere, is not held back by the attacker's failures.
    let res = login_from(&app, owner, "a long password").await;
    assert_eq!(res.status(), StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let res = login_from(&app, attacker, "wrong password").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // The next wait is twice as long.
    assert_eq!(
        assert_limited(login_from(&app, attacker, "wrong password").await).await,
        2
    );
    tokio::time::sleep(Duration::from_millis(2100)).await;
    // The right password after the wait goes in and starts afresh: three free failures again.
    let res = login_from(&app, attacker, "a long password").await;
    assert_eq!(res.status(), StatusCode::OK);
    for _ in 0..3 {
        let res = login_from(&app, attacker, "wrong password").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    assert_limited(login_from(&app, attacker, "wrong password").await).await;
    // Unknown accounts are throttled alike: the answer does not tell them apart.
    for _ in 0..3 {
        let res = app
            .client
            .post(format!("{}/auth/login", app.base))
            .header("x-forwarded-for", "203.0.113.5")
            .json(&json!({ "email": "nobody@proxy.example", "password": "wrong password" }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = app
        .client
        .post(format!("{}/auth/login", app.base))
        .header("x-forwarded-for", "203.0.113.5")
        .json(&json!({ "email": "nobody@proxy.example", "password": "wrong password" }))
        .send()
        .await
        .unwrap();
    assert_limited(res).await;
}

#[tokio::test]
async fn a_new_practice_slug_says_nothing_of_hidden_drafts() {
    // On a server where no other practice bears the title…
    let alone = {
        let app = TestApp::spawn().await;
        let s = app.register_org("Alone Org", "alone@slug.example").await;
        app.draft(&s.tokens.access_token, "Hidden plan").await
    };
    // …and on one where another organisation's hidden draft does.
    let app = TestApp::spawn().await;
    let first = app.register_org("First Org", "one@slug.example").await;
    let second = app.register_org("Second Org", "two@slug.example").await;
    let hidden = app.draft(&first.tokens.access_token, "Hidden plan").await;
    let mine = app.draft(&second.tokens.access_token, "Hidden plan").await;
    // The same shape whether or not a hidden draft bears the title: base and random suffix.
    for slug in [&hidden, &mine, &alone] {
        let (base, suffix) = slug.rsplit_once('-').unwrap();
        assert_eq!(base, "hidden-plan", "{slug}");
        assert_eq!(suffix.len(), 6, "{slug}");
        assert!(suffix.chars().all(|c| c.is_ascii_alphanumeric()), "{slug}");
    }
    assert_ne!(hidden, mine);
    assert!(!mine.ends_with("-2"));
    // And the other organisation still cannot reach the draft by its slug.
    let (status, _) = app
        .get(
            &format!("/practices/{hidden}"),
            Some(&second.tokens.access_token),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

fn config_for(app: &TestApp, secret: Option<&str>, ephemeral: bool) -> Config {
    Config {
        database_url: app.database_url.clone(),
        static_dir: "/nonexistent".into(),
        jwt_secret: secret.map(str::to_owned),
        login_attempts_per_minute: 10,
        api_key_requests_per_minute: 10,
        pool_size: 1,
        demo: false,
        fast_password_hashing: true,
        smtp_url: None,
        public_url: app.public_url.clone(),
        mail_from: "Twinning <twinning@example.org>".to_owned(),
        edge: EdgeConfig {
            ephemeral_signing_key: ephemeral,
            ..EdgeConfig::default()
        },
    }
}

#[tokio::test]
async fn the_signing_key_is_required_strong_and_never_stored() {
    let app = TestApp::spawn().await;
    let err = |config: Config| match startup::prepare(&config) {
        Ok(_) => panic!("should refuse to start"),
        Err(e) => e.to_string(),
    };
    assert!(err(config_for(&app, None, false)).contains("TWINNING_JWT_SECRET is not set"));
    for weak in [
        "a-short-secret",
        "0123456789abcdef0123456789abcdef",
        "test-secret-test-secret-test-secret-0123",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        assert!(
            err(config_for(&app, Some(weak), true)).contains("too weak"),
            "{weak}"
        );
    }
    // A demo server or a maintenance command starts without one, and writes none down.
    let state = startup::prepare(&config_for(&app, None, true)).unwrap();
    drop(state);
    let mut conn = app.store();
    let stored: i64 = {
        use diesel::RunQueryDsl;
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let query = "SELECT COUNT(*) AS n FROM app_secrets WHERE name = 'jwt_hs256'";
        match &mut *conn {
            twinning_store::DbConn::Postgres(c) => {
                diesel::sql_query(query).get_result::<Count>(c).unwrap().n
            }
            twinning_store::DbConn::Sqlite(c) => {
                diesel::sql_query(query).get_result::<Count>(c).unwrap().n
            }
        }
    };
    assert_eq!(stored, 0);
}
