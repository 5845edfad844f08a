//! Mail through a real SMTP server started by each test: immediate notification mails with
//! their one-click unsubscribe, account mails, retries when the server refuses or is down,
//! and the outbox network admins read when no server is configured. The weekly digest is in
//! `digest.rs`.

use chrono::Duration;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use twinning_domain::event::EventType;
use twinning_domain::notify::MailPage;
use twinning_store::events::{self, Feed};
use twinning_store::jobs;

use crate::smtp::{Received, SmtpServer};
use crate::support::{assert_problem, parse, Options, TestApp};

pub(crate) async fn outbox(app: &TestApp, admin: &str, query: &str) -> MailPage {
    let (status, body) = app.get(&format!("/admin/mail{query}"), Some(admin)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    parse(body)
}

pub(crate) fn to(received: &[Received], address: &str) -> Vec<Received> {
    received
        .iter()
        .filter(|m| m.to.iter().any(|t| t.trim_matches(['<', '>']) == address))
        .cloned()
        .collect()
}

pub(crate) fn unsubscribe_url(mail: &Received) -> String {
    let header = mail
        .header("List-Unsubscribe")
        .expect("a List-Unsubscribe header");
    header
        .trim()
        .strip_prefix('<')
        .and_then(|h| h.strip_suffix('>'))
        .unwrap_or_else(|| panic!("`{header}` is one <URL>"))
        .to_owned()
}

/// What a mail client does for one-click unsubscribe (RFC 8058): a form POST, no sign-in.
pub(crate) async fn one_click(app: &TestApp, url: &str) -> (StatusCode, Value) {
    let res = app
        .client
        .post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn an_immediate_notification_is_mailed_with_a_one_click_unsubscribe() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        ..Default::default()
    })
    .await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let admin = app.network_admin("Network", "a@net.example").await;
    let admin_token = admin.tokens.access_token.as_str();
    let slug = app
        .submitted(&owner.tokens.access_token, "Waste <sorting> & reuse")
        .await;
    let report = app.run_jobs().await;
    assert_eq!((report.retried, report.dead), (0, 0), "{report:?}");

    let received = smtp.received();
    let mails = to(&received, "a@net.example");
    assert_eq!(mails.len(), 1, "{received:?}");
    let mail = &mails[0];
    assert!(mail.from.contains("twinning@example.org"), "{}", mail.from);
    assert_eq!(
        mail.subject(),
        "[Twinning] “Waste <sorting> & reuse” was submitted for review"
    );
    let text = mail.body("text/plain");
    assert!(text.starts_with("Hello Test Person,"), "{text}");
    assert!(text.contains("“Waste <sorting> & reuse” was submitted for review"));
    assert!(text.contains(&format!("{}/admin/moderation", app.public_url)));
    let html = mail.body("text/html");
    assert!(
        html.contains("“Waste &lt;sorting&gt; &amp; reuse”"),
        "{html}"
    );
    assert!(!html.contains("<sorting>"));

    // One-click unsubscribe for the kind, in the headers and in both bodies.
    let url = unsubscribe_url(mail);
    assert!(
        url.starts_with(&format!("{}/api/v1/unsubscribe/", app.public_url)),
        "{url}"
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert!(text.contains(&url));
    assert!(html.contains(&url));
    // The owner submitted it: no mail to them.
    assert!(to(&received, "o@irbid.example").is_empty());

    let page = outbox(&app, admin_token, "").await;
    let sent = page.items.iter().find(|m| m.to == "a@net.example").unwrap();
    assert_eq!(sent.status, twinning_domain::notify::MailStatus::Sent);
    assert_eq!(sent.category, "practice_submitted");
    assert_eq!((sent.attempts, sent.sent_at.is_some()), (1, true));

    // Dispatching the event again (a job run twice) notifies and mails nobody twice.
    let org = twinning_store::organisations::find_by_slug(&mut app.store(), "irbid")
        .unwrap()
        .0;
    let event = events::feed(
        &mut app.store(),
        Feed::Organisation {
            id: org,
            private: true,
        },
        None,
        50,
    )
    .unwrap()
    .items
    .into_iter()
    .find(|e| e.event_type == EventType::PracticeSubmitted)
    .unwrap();
    let settings = twinning_flows::mail::MailSettings::new(&app.public_url);
    let again = app.write(|tx| {
        twinning_flows::notify::dispatch_event(tx, &settings, event.id)
            .map_err(|e| twinning_store::StoreError::Setup(e.to_string()))
    });
    assert_eq!(again, 0);
    app.run_jobs().await;
    assert_eq!(outbox(&app, admin_token, "").await.total, page.total);
    assert_eq!(to(&smtp.received(), "a@net.example").len(), 1);

    // The link opens a page that asks; a tampered token is not found.
    let page_res = app.client.get(&url).send().await.unwrap();
    assert_eq!(page_res.status(), StatusCode::OK);
    let asked = page_res.text().await.unwrap();
    assert!(
        asked.contains("A practice was submitted for review"),
        "{asked}"
    );
    assert!(asked.contains("<form method=\"post\">"));
    let forged = format!("{}x", url.trim_end_matches(|c: char| c != '.'));
    for bad in [
        forged.as_str(),
        &url.replace("/unsubscribe/", "/unsubscribe/9"),
    ] {
        let (status, body) = one_click(&app, bad).await;
        assert_problem(status, &body, StatusCode::NOT_FOUND, None);
    }
    // The click itself: no sign-in, the kind is now `never`.
    let (status, body) = one_click(&app, &url).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({ "unsubscribed": ["practice_submitted"] }));
    let (_, prefs) = app.get("/me/preferences", Some(admin_token)).await;
    assert_eq!(prefs["notifications"]["practice_submitted"], "never");

    // The next submission reaches the bell, not the mailbox.
    app.submitted(&owner.tokens.access_token, "Night buses")
        .await;
    app.run_jobs().await;
    assert_eq!(to(&smtp.received(), "a@net.example").len(), 1);
    let (_, bell) = app.get("/notifications", Some(admin_token)).await;
    assert_eq!(bell["unread"], 2);
    assert!(slug.starts_with("waste-sorting"));
}

#[tokio::test]
async fn account_mails_go_at_once_without_unsubscribe() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        ..Default::default()
    })
    .await;
    let owner = app.register_org("Irbid <Water>", "o@irbid.example").await;
    let token = owner.tokens.access_token.as_str();
    // Preferences govern notifications only, never account mails.
    let prefs =
        json!({ "notifications": { "member_joined": "never", "practice_published": "never" } });
    let (status, _) = app
        .call(Method::PUT, "/me/preferences", Some(token), Some(prefs))
        .await;
    assert_eq!(status, StatusCode::OK);
    let slug = owner.me.organisation.slug.clone();
    let (status, invitation) = app
        .post(
            &format!("/organisations/{slug}/invitations"),
            Some(token),
            json!({ "email": "New.Person@Example.org", "role": "org_admin" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{invitation}");
    let code = invitation["code"].as_str().unwrap();
    app.run_jobs().await;

    let mails = to(&smtp.received(), "new.person@example.org");
    assert_eq!(mails.len(), 1, "{:?}", smtp.received());
    let mail = &mails[0];
    assert_eq!(
        mail.subject(),
        "[Twinning] Irbid <Water> invites you to join it on Twinning"
    );
    assert!(mail.header("List-Unsubscribe").is_none());
    let text = mail.body("text/plain");
    assert!(text.contains("as an organisation admin"), "{text}");
    assert!(
        text.contains(&format!("{}/join/{code}", app.public_url)),
        "{text}"
    );
    let html = mail.body("text/html");
    assert!(
        html.contains("Irbid &lt;Water&gt;") && html.contains(code),
        "{html}"
    );

    // An invitation goes to an address: without one it is refused and nothing is sent.
    let before = smtp.received().len();
    let (status, _) = app
        .post(
            &format!("/organisations/{slug}/invitations"),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    app.run_jobs().await;
    assert_eq!(smtp.received().len(), before);
}

#[tokio::test]
async fn a_refusing_or_absent_smtp_server_makes_the_job_retry_and_loses_nothing() {
    let smtp = SmtpServer::start();
    let addr = smtp.addr();
    smtp.refuse(true);
    let app = TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        manual_clock: true,
        ..Default::default()
    })
    .await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let admin = app.network_admin("Network", "a@net.example").await;
    let admin_token = admin.tokens.access_token.as_str();
    app.submitted(&owner.tokens.access_token, "Waste sorting")
        .await;

    // The server answers 451: the send is retried later, the mail waits in the outbox.
    let first = app.run_jobs().await;
    assert_eq!(first.retried, 1, "{first:?}");
    assert!(smtp.received().is_empty());
    let mail = outbox(&app, admin_token, "").await.items.remove(0);
    assert_eq!(mail.status, twinning_domain::notify::MailStatus::Queued);
    assert_eq!(mail.attempts, 1);
    assert!(
        mail.last_error.as_deref().unwrap().contains("451"),
        "{mail:?}"
    );
    let pending = jobs::list(
        &mut app.store(),
        Some(twinning_domain::ops::JobStatus::Pending),
        app.clock.now(),
        1,
        20,
    )
    .unwrap();
    assert_eq!(pending.items[0].kind, "send_mail");
    assert!(pending.items[0].last_error.is_some());

    // Not before its backoff; then the server is down altogether.
    smtp.refuse(false);
    assert_eq!(app.run_jobs().await.retried, 0);
    drop(smtp);
    app.clock.advance(Duration::seconds(11));
    let second = app.run_jobs().await;
    assert_eq!((second.done, second.retried), (0, 1), "{second:?}");
    let mail = outbox(&app, admin_token, "").await.items.remove(0);
    assert_eq!((mail.attempts, mail.status.code()), (2, "queued"));

    // Back up: the mail goes out once, and only once.
    let smtp = SmtpServer::start_at(addr);
    app.clock.advance(Duration::seconds(21));
    let third = app.run_jobs().await;
    assert_eq!((third.done, third.retried), (1, 0), "{third:?}");
    let received = to(&smtp.received(), "a@net.example");
    assert_eq!(received.len(), 1);
    assert!(received[0].subject().contains("Waste sorting"));
    let mail = outbox(&app, admin_token, "").await.items.remove(0);
    assert_eq!((mail.attempts, mail.status.code()), (3, "sent"));
    assert!(mail.last_error.is_none());
    app.clock.advance(Duration::hours(2));
    app.run_jobs().await;
    assert_eq!(smtp.received().len(), 1);
}

#[tokio::test]
async fn without_smtp_mails_are_kept_for_admins_with_secrets_redacted_outside_demo() {
    for demo in [false, true] {
        let app = TestApp::spawn_with(Options {
            demo,
            ..Default::default()
        })
        .await;
        let owner = app.register_org("Irbid", "o@irbid.example").await;
        let token = owner.tokens.access_token.as_str();
        let admin = app.network_admin("Network", "a@net.example").await;
        let admin_token = admin.tokens.access_token.as_str();
        let (status, invitation) = app
            .post(
                "/organisations/irbid/invitations",
                Some(token),
                json!({ "email": "new@irbid.example" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{invitation}");
        let code = invitation["code"].as_str().unwrap().to_owned();
        app.submitted(token, "Waste sorting").await;
        let report = app.run_jobs().await;
        assert_eq!((report.retried, report.dead), (0, 0), "{report:?}");

        let page = outbox(&app, admin_token, "?status=kept").await;
        assert_eq!(page.total, 2, "{page:?}");
        // Newest first: the notification mail was written after the invitation.
        assert_eq!(page.items[0].to, "a@net.example");
        assert_eq!(page.items[0].category, "practice_submitted");
        let invite = &page.items[1];
        assert_eq!(
            (invite.to.as_str(), invite.category.as_str()),
            ("new@irbid.example", "account")
        );
        assert!(invite.sent_at.is_none());
        for body in [&invite.body_text, &invite.body_html] {
            assert_eq!(body.contains(&code), demo, "demo={demo}: {body}");
            assert_eq!(body.contains("[redacted]"), !demo, "demo={demo}: {body}");
        }
        assert_eq!(outbox(&app, admin_token, "?status=sent").await.total, 0);

        // Paged, newest first.
        let second = outbox(&app, admin_token, "?per_page=1&page=2").await;
        assert_eq!((second.total, second.items.len()), (2, 1));
        assert_eq!(second.items[0].id, invite.id);

        // Network admins only; bad paging names the parameter.
        let (status, body) = app.get("/admin/mail", None).await;
        assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
        let (status, body) = app.get("/admin/mail", Some(token)).await;
        assert_problem(status, &body, StatusCode::FORBIDDEN, None);
        for (query, field) in [
            ("status=lost", "status"),
            ("page=0", "page"),
            ("page=10001", "page"),
            ("per_page=0", "per_page"),
            ("per_page=101", "per_page"),
            ("per_page=-5", "per_page"),
        ] {
            let (status, body) = app
                .get(&format!("/admin/mail?{query}"), Some(admin_token))
                .await;
            assert_problem(status, &body, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
        }
    }
}

#[tokio::test]
async fn after_its_last_attempt_a_mail_is_failed_and_a_retry_still_sends_it() {
    let smtp = SmtpServer::start();
    smtp.refuse(true);
    let app = TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        manual_clock: true,
        ..Default::default()
    })
    .await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let admin = app.network_admin("Network", "a@net.example").await;
    app.submitted(&owner.tokens.access_token, "Waste sorting")
        .await;
    let mut dead = 0;
    for _ in 0..20 {
        dead += app.run_jobs().await.dead;
        app.clock.advance(Duration::hours(1));
    }
    assert_eq!(dead, 1);
    let mail = outbox(&app, &admin.tokens.access_token, "?status=failed")
        .await
        .items
        .remove(0);
    assert_eq!(mail.attempts, 12);
    assert!(mail.last_error.as_deref().unwrap().contains("451"));
    let job = jobs::list(
        &mut app.store(),
        Some(twinning_domain::ops::JobStatus::Dead),
        app.clock.now(),
        1,
        20,
    )
    .unwrap()
    .items
    .remove(0);
    assert_eq!(job.kind, "send_mail");

    // An admin retries the dead job once the server is fixed: the mail goes out.
    smtp.refuse(false);
    app.write(|tx| jobs::retry(tx, job.id));
    assert_eq!(app.run_jobs().await.done, 1);
    assert_eq!(to(&smtp.received(), "a@net.example").len(), 1);
    let mail = outbox(&app, &admin.tokens.access_token, "")
        .await
        .items
        .remove(0);
    assert_eq!((mail.status.code(), mail.attempts), ("sent", 13));
}
