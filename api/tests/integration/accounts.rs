//! Registration, login, token rotation and logout.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;
use twinning_domain::auth::{Me, Session};

use crate::support::{assert_problem, parse, Options, TestApp};

#[tokio::test]
async fn registering_creates_the_organisation_with_its_first_admin() {
    let app = TestApp::spawn().await;
    let session = app
        .register_org("Municipality of Irbid", "Amal@Irbid.example")
        .await;
    assert_eq!(session.me.email, "amal@irbid.example");
    assert_eq!(session.me.organisation.slug, "municipality-of-irbid");
    assert_eq!(session.me.role, twinning_domain::Role::OrgAdmin);
    assert!(!session.me.is_network_admin);

    let (status, body) = app.get("/me", Some(&session.tokens.access_token)).await;
    assert_eq!(status, StatusCode::OK);
    let me: Me = parse(body);
    assert_eq!(me, session.me);

    // A second organisation of the same name gets its own slug.
    let other = app
        .register_org("Municipality of Irbid", "b@irbid.example")
        .await;
    assert_eq!(other.me.organisation.slug, "municipality-of-irbid-2");
}

#[tokio::test]
async fn login_checks_the_password_and_case_of_email_does_not_matter() {
    let app = TestApp::spawn().await;
    app.register_org("Tampere", "coordinator@tampere.example")
        .await;
    let session = app
        .login("COORDINATOR@tampere.example", "a long password")
        .await;
    assert_eq!(session.tokens.token_type, "Bearer");
    assert!(session.tokens.expires_in <= 15 * 60);

    let (status, body) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "coordinator@tampere.example", "password": "wrong password" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let (status, body) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "nobody@tampere.example", "password": "a long password" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
}

#[tokio::test]
async fn refresh_tokens_rotate_in_a_cookie_and_a_replayed_one_ends_the_session() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Default::default()
    })
    .await;
    app.register_org("Limburg", "joost@limburg.example").await;
    let first = app
        .sign_in("joost@limburg.example", "a long password")
        .await;
    assert!(
        first.session.tokens.access_token.len() > 20,
        "the body carries the access token only"
    );

    let (status, body, second) = app.refresh(&first.refresh).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let renewed: Session = parse(body);
    assert_eq!(renewed.me.email, "joost@limburg.example");
    let second = second.expect("the next refresh token is set as a cookie");
    assert_ne!(second, first.refresh);
    let (status, _) = app.get("/me", Some(&renewed.tokens.access_token)).await;
    assert_eq!(status, StatusCode::OK);

    // The spent token again an instant later (a second tab racing the first, or an answer
    // lost when a page was left): a fresh token, and the one the first use made is revoked.
    let (status, body, third) = app.refresh(&first.refresh).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let third = third.expect("a fresh refresh token");
    let (status, _) = app.get("/me", Some(&renewed.tokens.access_token)).await;
    assert_eq!(status, StatusCode::OK, "the session goes on");
    // Whoever presents the superseded token holds a copy they should not: the session ends,
    // with its live access tokens.
    let (status, body, _) = app.refresh(&second).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let (status, body, _) = app.refresh(&third).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let (status, body) = app.get("/me", Some(&renewed.tokens.access_token)).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);

    // In another session, a spent token replayed later ends it too.
    let other = app
        .sign_in("joost@limburg.example", "a long password")
        .await;
    let (status, body, next) = app.refresh(&other.refresh).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let live: Session = parse(body);
    app.clock.advance(Duration::minutes(1));
    let (status, body, _) = app.refresh(&other.refresh).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let (status, _, _) = app.refresh(&next.unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.get("/me", Some(&live.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Another login is another session, untouched.
    let fresh = app
        .sign_in("joost@limburg.example", "a long password")
        .await;
    let (status, _, _) = app.refresh(&fresh.refresh).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.get("/me", Some(fresh.token())).await;
    assert_eq!(status, StatusCode::OK);

    // Without the cookie there is nothing to refresh.
    let (status, body) = app.post("/auth/refresh", None, json!(null)).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
}

#[tokio::test]
async fn the_refresh_cookie_is_http_only_strict_and_scoped_to_auth() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .post(format!("{}/auth/register", app.base))
        .json(&crate::support::register_body(
            "Cookie Org",
            "c@cookie.example",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let cookie = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    for part in [
        "twinning_refresh=",
        "HttpOnly",
        "SameSite=Strict",
        "Path=/api/v1/auth",
    ] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    // The test server is reached over plain http, so the cookie cannot be `Secure` there.
    assert!(!cookie.contains("Secure"), "{cookie}");
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["tokens"]["access_token"].is_string());
    assert!(body["tokens"].get("refresh_token").is_none(), "{body}");
    assert!(!body.to_string().contains(
        cookie
            .trim_start_matches("twinning_refresh=")
            .split(';')
            .next()
            .unwrap()
    ));
}

#[tokio::test]
async fn logout_ends_the_session_and_its_live_access_token() {
    let app = TestApp::spawn().await;
    app.register_org("Sittard", "s@sittard.example").await;
    let signed = app.sign_in("s@sittard.example", "a long password").await;
    let other = app.sign_in("s@sittard.example", "a long password").await;
    let (status, _, cleared) = app.with_cookie("/auth/logout", &signed.refresh, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(cleared, None, "the cookie is cleared");
    let (status, body) = app.get("/me", Some(signed.token())).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let (status, body, _) = app.refresh(&signed.refresh).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    // Logging out twice is harmless, and the other device is still signed in.
    let (status, _, _) = app.with_cookie("/auth/logout", &signed.refresh, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/me", Some(other.token())).await;
    assert_eq!(status, StatusCode::OK);

    // Logout with only the access token (the cookie lost) ends that session too.
    let (status, _) = app
        .post("/auth/logout", Some(other.token()), json!(null))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/me", Some(other.token())).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = app.refresh(&other.refresh).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn login_is_rate_limited_per_ip_with_retry_after() {
    let app = TestApp::spawn_with(Options {
        login_attempts_per_minute: 3,
        ..Default::default()
    })
    .await;
    app.register_org("Kilis", "k@kilis.example").await;
    let attempt = json!({ "email": "k@kilis.example", "password": "wrong password" });
    for _ in 0..3 {
        let (status, _) = app.post("/auth/login", None, attempt.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let res = app
        .client
        .post(format!("{}/auth/login", app.base))
        .json(&json!({ "email": "k@kilis.example", "password": "a long password" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["type"], "urn:twinning:problem:rate-limited");
}

#[tokio::test]
async fn an_invitation_lets_one_person_join_once() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Tampere", "admin@tampere.example").await;
    let token = admin.tokens.access_token;
    let (status, inv) = app
        .post(
            "/organisations/tampere/invitations",
            Some(&token),
            json!({ "email": "volunteer@tampere.example" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{inv}");
    let code = inv["code"].as_str().unwrap().to_owned();
    assert_eq!(inv["role"], "member");

    let join = |email: &str| {
        json!({ "name": "Volunteer", "email": email, "password": "a long password",
                "invitation_code": code })
    };
    // Only the address it was sent to may use it.
    let (status, body) = app
        .post("/auth/register", None, join("v@tampere.example"))
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("email"),
    );
    assert_eq!(body["errors"][0]["code"], "invitation_address");
    let (status, body) = app
        .post("/auth/register", None, join("Volunteer@Tampere.example"))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["me"]["organisation"]["slug"], "tampere");
    assert_eq!(body["me"]["role"], "member");
    assert_eq!(
        body["me"]["email_verified"], true,
        "the mailed link verified it"
    );

    let (status, body) = app
        .post("/auth/register", None, join("volunteer@tampere.example"))
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("invitation_code"),
    );

    // The list shows it used, without the code.
    let (_, list) = app
        .get("/organisations/tampere/invitations", Some(&token))
        .await;
    assert!(list[0]["used_at"].is_string());
    assert!(list[0]["code"].is_null());
    let (_, members) = app
        .get("/organisations/tampere/members", Some(&token))
        .await;
    assert_eq!(members.as_array().unwrap().len(), 2);

    // A revoked invitation no longer works.
    let (_, inv2) = app
        .post(
            "/organisations/tampere/invitations",
            Some(&token),
            json!({ "email": "late@tampere.example" }),
        )
        .await;
    let id = inv2["id"].as_i64().unwrap();
    let (status, _) = app
        .call(
            reqwest::Method::DELETE,
            &format!("/organisations/tampere/invitations/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let body = json!({ "name": "Late", "email": "late@tampere.example",
                       "password": "a long password", "invitation_code": inv2["code"] });
    let (status, body) = app.post("/auth/register", None, body).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("invitation_code"),
    );
}
