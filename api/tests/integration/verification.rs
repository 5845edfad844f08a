//! Mailed links, read from a real SMTP server: verifying an address (once, before it
//! expires, resent within limits, again after a change of address) and resetting a password
//! (once, within the hour, ending every session, same answer for unknown addresses).

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};
use twinning_domain::auth::Me;

use crate::mail::to;
use crate::signin::link_token;
use crate::smtp::{Received, SmtpServer};
use crate::support::{assert_problem, parse, Options, TestApp};

async fn spawn(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        manual_clock: true,
        ..Default::default()
    })
    .await
}

/// Sends what is queued and returns the mails `address` received so far.
async fn inbox(app: &TestApp, smtp: &SmtpServer, address: &str) -> Vec<Received> {
    let report = app.run_jobs().await;
    assert_eq!((report.retried, report.dead), (0, 0), "{report:?}");
    to(&smtp.received(), address)
}

/// The token of the link to `path` in the newest mail to `address` (there must be one).
async fn link(app: &TestApp, smtp: &SmtpServer, address: &str, path: &str) -> (Received, String) {
    let mails = inbox(app, smtp, address).await;
    let mail = mails
        .iter()
        .rev()
        .find(|m| link_token(&m.body("text/plain"), path).is_some())
        .unwrap_or_else(|| panic!("no mail to {address} links to {path}: {mails:?}"))
        .clone();
    let token = link_token(&mail.body("text/plain"), path).unwrap();
    (mail, token)
}

async fn me(app: &TestApp, token: &str) -> Me {
    let (status, body) = app.get("/me", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    parse(body)
}

async fn verify(app: &TestApp, token: &str) -> (StatusCode, Value) {
    app.post("/auth/verify-email", None, json!({ "token": token }))
        .await
}

#[tokio::test]
async fn a_new_account_verifies_its_address_once_and_only_then_submits() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    let s = app
        .register_org_unverified("Irbid", "amal@irbid.example")
        .await;
    assert!(!s.me.email_verified);
    let token = s.tokens.access_token.clone();

    // Unverified: drafts yes, submission no, and the practice's permissions say so.
    let slug = app.draft(&token, "Waste sorting in Irbid").await;
    let (status, body) = app
        .post(
            &format!("/practices/{slug}/submit"),
            Some(&token),
            json!(null),
        )
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);
    assert_eq!(body["type"], "urn:twinning:problem:email-unverified");
    let (_, practice) = app.get(&format!("/practices/{slug}"), Some(&token)).await;
    assert_eq!(practice["permissions"]["edit"], true);
    assert_eq!(practice["permissions"]["submit"], false);
    // Nor may they invite (the organisation's permissions say so too).
    let (status, body) = app
        .post(
            "/organisations/irbid/invitations",
            Some(&token),
            json!({ "email": "colleague@irbid.example" }),
        )
        .await;
    assert_eq!(
        body["type"], "urn:twinning:problem:email-unverified",
        "{status}"
    );
    let (_, org) = app.get("/organisations/irbid", Some(&token)).await;
    assert_eq!(org["permissions"]["invite"], false, "{org}");

    let (mail, link_token) = link(&app, &smtp, "amal@irbid.example", "/verify-email").await;
    assert_eq!(mail.subject(), "[Twinning] Confirm your email address");
    let text = mail.body("text/plain");
    assert!(
        text.contains(&format!("{}/verify-email?token=", app.public_url)),
        "{text}"
    );
    // Written in the person's time zone (UTC until they choose one).
    assert!(text.contains("(UTC)"), "{text}");
    // The database keeps the token's hash only, and admins read the outbox redacted.
    assert_eq!(count(&app, &format!("token_hash = '{link_token}'")), 0);
    let admin = app.network_admin("Network", "admin@net.example").await;
    let (_, outbox) = app
        .get("/admin/mail?per_page=100", Some(&admin.tokens.access_token))
        .await;
    assert!(!outbox.to_string().contains(&link_token), "{outbox}");

    let (status, body) = verify(&app, &link_token).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    // At once, with the same access token.
    assert!(me(&app, &token).await.email_verified);
    let (status, body) = app
        .post(
            &format!("/practices/{slug}/submit"),
            Some(&token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // The link works once.
    let (status, body) = verify(&app, &link_token).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("token"),
    );
    assert!(body.to_string().contains("already used"), "{body}");
    let (status, body) = verify(&app, "not-a-token").await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("token"),
    );
    // Verified: nothing to resend.
    let (status, body) = app
        .post("/auth/verify-email/resend", Some(&token), json!(null))
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("email"));
}

fn count(app: &TestApp, condition: &str) -> i64 {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(format!(
        "SELECT COUNT(*) AS n FROM person_tokens WHERE {condition}"
    ))
    .get_result::<N>(&mut *app.store())
    .unwrap()
    .n
}

#[tokio::test]
async fn a_verification_link_expires_and_a_new_one_is_sent_within_limits() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    let s = app
        .register_org_unverified("Mafraq", "m@mafraq.example")
        .await;
    let token = s.tokens.access_token.clone();
    let (_, first) = link(&app, &smtp, "m@mafraq.example", "/verify-email").await;

    app.clock.advance(Duration::hours(49));
    let (status, body) = verify(&app, &first).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("token"),
    );
    assert!(body.to_string().contains("expired"), "{body}");

    let (status, body) = app
        .post("/auth/verify-email/resend", Some(&token), json!(null))
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    // One a minute.
    let res = app
        .client
        .post(format!("{}/auth/verify-email/resend", app.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");

    let (_, second) = link(&app, &smtp, "m@mafraq.example", "/verify-email").await;
    assert_ne!(second, first);
    assert_eq!(verify(&app, &second).await.0, StatusCode::NO_CONTENT);
    assert!(me(&app, &token).await.email_verified);
    // Keys and anonymous callers have nothing to verify.
    let (status, _) = app
        .post("/auth/verify-email/resend", None, json!(null))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_new_address_is_verified_again_and_the_old_one_is_told() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    let s = app.register_org("Kilis", "old@kilis.example").await;
    let token = s.tokens.access_token.clone();
    let (status, body) = app
        .patch(
            "/me",
            Some(&token),
            json!({ "email": "New@Kilis.example", "time_zone": "Europe/Istanbul" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let changed: Me = parse(body);
    assert_eq!(changed.email, "new@kilis.example");
    assert!(!changed.email_verified);

    let notice = inbox(&app, &smtp, "old@kilis.example").await;
    assert_eq!(notice.len(), 1, "{notice:?}");
    assert_eq!(
        notice[0].subject(),
        "[Twinning] The email address of your account was changed"
    );
    let text = notice[0].body("text/plain");
    assert!(
        text.contains("new@kilis.example") && text.contains("(Europe/Istanbul)"),
        "{text}"
    );
    assert!(
        link_token(&text, "/verify-email").is_none(),
        "no link to the old address"
    );

    let (mail, link_token) = link(&app, &smtp, "new@kilis.example", "/verify-email").await;
    assert!(mail.body("text/plain").contains("(Europe/Istanbul)"));
    // Unverified again until the new address is confirmed: no submission meanwhile.
    let slug = app.draft(&token, "Language cafés in Kilis").await;
    let (status, _) = app
        .post(
            &format!("/practices/{slug}/submit"),
            Some(&token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(verify(&app, &link_token).await.0, StatusCode::NO_CONTENT);
    assert!(me(&app, &token).await.email_verified);
    app.login("new@kilis.example", "a long password").await;
}

#[tokio::test]
async fn a_link_for_an_address_the_account_no_longer_has_verifies_nothing() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    let s = app
        .register_org_unverified("Gaziantep", "first@gaziantep.example")
        .await;
    let token = s.tokens.access_token.clone();
    let (_, old_link) = link(&app, &smtp, "first@gaziantep.example", "/verify-email").await;
    let (status, _) = app
        .patch(
            "/me",
            Some(&token),
            json!({ "email": "second@gaziantep.example" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = verify(&app, &old_link).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("token"),
    );
    assert!(!me(&app, &token).await.email_verified);
}

async fn ask_reset(app: &TestApp, email: &str) -> Value {
    let (status, body) = app
        .post("/auth/password-reset", None, json!({ "email": email }))
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    body
}

async fn confirm(app: &TestApp, token: &str, password: &str) -> (StatusCode, Value) {
    app.post(
        "/auth/password-reset/confirm",
        None,
        json!({ "token": token, "password": password }),
    )
    .await
}

#[tokio::test]
async fn a_reset_link_works_once_ends_every_session_and_says_nothing_of_unknown_addresses() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    app.register_org("Tampere", "t@tampere.example").await;
    let (status, _) = app
        .patch(
            "/me",
            Some(
                &app.login("t@tampere.example", "a long password")
                    .await
                    .tokens
                    .access_token,
            ),
            json!({ "time_zone": "Europe/Helsinki" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let laptop = app.sign_in("t@tampere.example", "a long password").await;
    let phone = app.sign_in("t@tampere.example", "a long password").await;

    let known = ask_reset(&app, "T@Tampere.example").await;
    let unknown = ask_reset(&app, "nobody@tampere.example").await;
    assert_eq!(known, unknown, "the same answer either way");
    assert!(inbox(&app, &smtp, "nobody@tampere.example")
        .await
        .is_empty());

    let (mail, token) = link(&app, &smtp, "t@tampere.example", "/reset-password").await;
    assert_eq!(mail.subject(), "[Twinning] Reset your password");
    let text = mail.body("text/plain");
    assert!(text.contains("(Europe/Helsinki)"), "{text}");
    assert!(text.contains(&format!("{}/reset-password?token=", app.public_url)));

    // The password follows the registration rules.
    let (status, body) = confirm(&app, &token, "short").await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("password"),
    );
    let (status, body) = confirm(&app, &token, "a brand new password").await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");

    // Every session is over, access tokens included.
    for device in [&laptop, &phone] {
        let (status, _) = app.get("/me", Some(device.token())).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, _, _) = app.refresh(&device.refresh).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "t@tampere.example", "password": "a long password" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    app.login("t@tampere.example", "a brand new password").await;

    // Once only.
    let (status, body) = confirm(&app, &token, "yet another password").await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("token"),
    );
}

#[tokio::test]
async fn a_reset_link_lasts_one_hour_and_verifies_the_address() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    let s = app
        .register_org_unverified("Bogota", "b@bogota.example")
        .await;
    ask_reset(&app, "b@bogota.example").await;
    let (_, late) = link(&app, &smtp, "b@bogota.example", "/reset-password").await;
    app.clock.advance(Duration::minutes(61));
    let (status, body) = confirm(&app, &late, "a brand new password").await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("token"),
    );
    assert!(body.to_string().contains("expired"), "{body}");

    ask_reset(&app, "b@bogota.example").await;
    let (_, fresh) = link(&app, &smtp, "b@bogota.example", "/reset-password").await;
    assert_ne!(fresh, late);
    app.clock.advance(Duration::minutes(59));
    assert_eq!(
        confirm(&app, &fresh, "a brand new password").await.0,
        StatusCode::NO_CONTENT
    );
    // Reading the mail proved the address.
    let again = app.login("b@bogota.example", "a brand new password").await;
    assert!(again.me.email_verified);
    let (status, _) = app.get("/me", Some(&s.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn reset_links_are_not_mailed_more_than_once_a_minute() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    app.register_org("Limburg", "l@limburg.example").await;
    let first = ask_reset(&app, "l@limburg.example").await;
    let second = ask_reset(&app, "l@limburg.example").await;
    assert_eq!(first, second, "the answer does not tell either");
    assert_eq!(inbox(&app, &smtp, "l@limburg.example").await.len(), 1);
    app.clock.advance(Duration::seconds(61));
    ask_reset(&app, "l@limburg.example").await;
    assert_eq!(inbox(&app, &smtp, "l@limburg.example").await.len(), 2);
}
