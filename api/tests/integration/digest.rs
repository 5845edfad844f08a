//! The weekly digest: one mail per person and ISO week at most, grouping everything that
//! waited for it, through a real SMTP server.

use chrono::Duration;
use reqwest::{Method, StatusCode};
use serde_json::json;
use twinning_store::jobs::{self, NewJob};

use crate::mail::{one_click, to, unsubscribe_url};
use crate::smtp::{Received, SmtpServer};
use crate::support::{Options, TestApp};

fn digest_to(smtp: &SmtpServer, address: &str) -> Vec<Received> {
    to(&smtp.received(), address)
        .into_iter()
        .filter(|m| m.subject().contains("weekly digest"))
        .collect()
}

#[tokio::test]
async fn the_weekly_digest_groups_everything_in_one_mail_once_a_week() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        manual_clock: true,
        ..Default::default()
    })
    .await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let token = owner.tokens.access_token.as_str();
    let admin = app.network_admin("Network", "a@net.example").await;
    let (status, _) = app
        .call(
            Method::PUT,
            "/me/preferences",
            Some(token),
            Some(json!({ "notifications": { "practice_published": "weekly" } })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    for n in 0..3 {
        app.join(token, "irbid", &format!("m{n}@irbid.example"), "member")
            .await;
    }
    app.published(token, &admin.tokens.access_token, "Waste sorting")
        .await;
    app.run_jobs().await;
    // Members want publications at once; the org admin chose the digest for everything.
    assert_eq!(
        to(&smtp.received(), "m0@irbid.example").len(),
        2,
        "invitation and publication"
    );
    assert!(to(&smtp.received(), "o@irbid.example").is_empty());

    // The schedule comes round on Monday morning: one mail groups the four notifications.
    app.clock.advance(Duration::days(7));
    let report = app.run_jobs().await;
    assert!(report.scheduled >= 1, "{report:?}");
    let digests = digest_to(&smtp, "o@irbid.example");
    assert_eq!(digests.len(), 1, "{:?}", smtp.received());
    let digest = &digests[0];
    assert_eq!(
        digest.subject(),
        "[Twinning] Your weekly digest: 4 notifications"
    );
    let text = digest.body("text/plain");
    assert!(
        text.contains("People joining your organisation (3)"),
        "{text}"
    );
    assert_eq!(text.matches("Joiner joined Irbid").count(), 3, "{text}");
    assert!(text.contains("Your organisation's practices published (1)"));
    assert!(text.contains("“Waste sorting” is published"));
    let html = digest.body("text/html");
    assert!(html.contains("Your organisation&#39;s practices published (1)"));
    let unsubscribe_all = unsubscribe_url(digest);
    assert!(text.contains(&unsubscribe_all));
    // The bell is unchanged by the digest.
    let (_, bell) = app.get("/notifications", Some(token)).await;
    assert_eq!(bell["unread"], 4);

    // Running the digest again sends nothing: what it grouped is done...
    let rerun = || app.write(|tx| jobs::enqueue(tx, &NewJob::new("weekly_digest", json!({}))));
    rerun();
    app.run_jobs().await;
    assert_eq!(digest_to(&smtp, "o@irbid.example").len(), 1);
    // ...and what arrives in the same week waits for next week's.
    app.join(token, "irbid", "late@irbid.example", "member")
        .await;
    app.run_jobs().await;
    rerun();
    app.run_jobs().await;
    assert_eq!(digest_to(&smtp, "o@irbid.example").len(), 1);
    app.clock.advance(Duration::days(7));
    app.run_jobs().await;
    let digests = digest_to(&smtp, "o@irbid.example");
    assert_eq!(digests.len(), 2);
    let next = digests
        .iter()
        .find(|d| d.subject().ends_with(": 1 notification"))
        .unwrap();
    assert!(next
        .body("text/plain")
        .contains("People joining your organisation (1)"));

    // The digest's one-click unsubscribe stops every kind the person gets weekly.
    let (status, body) = one_click(&app, &unsubscribe_all).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!({ "unsubscribed": ["practice_published", "member_joined"] })
    );
    let (_, prefs) = app.get("/me/preferences", Some(token)).await;
    assert_eq!(prefs["notifications"]["member_joined"], "never");
    assert_eq!(prefs["notifications"]["practice_rejected"], "immediate");
    app.join(token, "irbid", "later@irbid.example", "member")
        .await;
    app.clock.advance(Duration::days(7));
    app.run_jobs().await;
    assert_eq!(digest_to(&smtp, "o@irbid.example").len(), 2);
}
