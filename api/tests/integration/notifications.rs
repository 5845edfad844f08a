//! The bell: who the rules notify (and never the actor), paging, marking read, and each
//! person's mail preferences.

use std::collections::BTreeSet;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use twinning_domain::notify::{MarkedRead, NotificationPage, Preferences};

use crate::support::{assert_problem, parse, TestApp};

async fn bell(app: &TestApp, token: &str) -> NotificationPage {
    let (status, body) = app.get("/notifications?limit=100", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    parse(body)
}

/// `(kind, title)` of each notification, newest first.
async fn kinds_and_titles(app: &TestApp, token: &str) -> Vec<(String, String)> {
    bell(app, token)
        .await
        .items
        .into_iter()
        .map(|n| (n.kind.code().to_owned(), n.title))
        .collect()
}

#[tokio::test]
async fn the_rules_notify_the_right_people_and_never_the_actor() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let owner_token = owner.tokens.access_token.as_str();
    let member = app
        .join(owner_token, "irbid", "m@irbid.example", "member")
        .await;
    let outsider = app.register_org("Mafraq", "x@mafraq.example").await;
    let admin = app.network_admin("Network", "a@net.example").await;
    let other_admin = app.network_admin("Secretariat", "b@net.example").await;
    let admin_token = admin.tokens.access_token.as_str();

    let published = app
        .published(owner_token, admin_token, "Waste sorting committees")
        .await;
    let rejected = app.submitted(owner_token, "Night buses").await;
    let (status, body) = app
        .post(
            &format!("/practices/{rejected}/reject"),
            Some(admin_token),
            json!({ "reason": "Please add the budget figures." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // A network admin submitting their own practice: the other admins hear of it, not them.
    app.submitted(admin_token, "Shared translators").await;
    let report = app.run_jobs().await;
    assert_eq!(report.dead, 0, "{report:?}");

    let owner_bell = kinds_and_titles(&app, owner_token).await;
    assert_eq!(
        owner_bell,
        vec![
            (
                "practice_rejected".into(),
                "“Night buses” was sent back".into()
            ),
            (
                "practice_published".into(),
                "“Waste sorting committees” is published".into()
            ),
            ("member_joined".into(), "Joiner joined Irbid".into()),
        ],
        "the org admin hears of the joiner and of both decisions, not of their own acts"
    );
    let rejection = &bell(&app, owner_token).await.items[0];
    assert_eq!(
        rejection.body,
        "The reviewer wrote: Please add the budget figures."
    );
    assert_eq!(
        rejection.link.as_deref(),
        Some(format!("/practices/{rejected}").as_str())
    );
    let published_note = &bell(&app, owner_token).await.items[1];
    assert_eq!(
        published_note.link.as_deref(),
        Some(format!("/practices/{published}").as_str())
    );

    // Every person of the owner organisation hears of decisions; only org admins of joins.
    let member_bell = kinds_and_titles(&app, &member.tokens.access_token).await;
    let member_kinds: Vec<&str> = member_bell.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(member_kinds, ["practice_rejected", "practice_published"]);

    // Network admins hear of submissions, except their own.
    let titles = |bell: Vec<(String, String)>| -> BTreeSet<String> {
        bell.into_iter()
            .map(|(kind, title)| {
                assert_eq!(kind, "practice_submitted");
                title
            })
            .collect()
    };
    assert_eq!(
        titles(kinds_and_titles(&app, admin_token).await),
        BTreeSet::from([
            "“Night buses” was submitted for review".to_owned(),
            "“Waste sorting committees” was submitted for review".to_owned(),
        ])
    );
    assert_eq!(
        titles(kinds_and_titles(&app, &other_admin.tokens.access_token).await),
        BTreeSet::from([
            "“Night buses” was submitted for review".to_owned(),
            "“Shared translators” was submitted for review".to_owned(),
            "“Waste sorting committees” was submitted for review".to_owned(),
        ])
    );

    // Nothing of another organisation's life reaches an outsider.
    let outsider_bell = bell(&app, &outsider.tokens.access_token).await;
    assert!(outsider_bell.items.is_empty(), "{outsider_bell:?}");
    assert_eq!(outsider_bell.unread, 0);
    assert_eq!(bell(&app, owner_token).await.unread, 3);
}

#[tokio::test]
async fn the_bell_pages_newest_first_and_marks_read() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let token = owner.tokens.access_token.as_str();
    for n in 0..5 {
        app.join(token, "irbid", &format!("m{n}@irbid.example"), "member")
            .await;
    }
    let outsider = app.register_org("Mafraq", "x@mafraq.example").await;
    app.run_jobs().await;

    // Pages of two, following the cursor, newest first, each notification once.
    let mut ids = Vec::new();
    let mut path = "/notifications?limit=2".to_owned();
    loop {
        let (status, body) = app.get(&path, Some(token)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let page: NotificationPage = parse(body);
        assert_eq!(page.unread, 5);
        assert!(page.items.len() <= 2);
        ids.extend(page.items.iter().map(|n| n.id));
        match page.next_cursor {
            Some(cursor) => path = format!("/notifications?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(ids.len(), 5);
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "{ids:?}");

    // Repeated ids, unknown ids and read ones change nothing twice.
    let mark = json!({ "ids": [ids[0], ids[0], ids[1], 999_999_999] });
    let (status, body) = app
        .post("/notifications/read", Some(token), mark.clone())
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        parse::<MarkedRead>(body),
        MarkedRead {
            marked: 2,
            unread: 3
        }
    );
    let (_, body) = app.post("/notifications/read", Some(token), mark).await;
    assert_eq!(
        parse::<MarkedRead>(body),
        MarkedRead {
            marked: 0,
            unread: 3
        }
    );
    let page = bell(&app, token).await;
    assert!(page.items[0].read_at.is_some() && page.items[2].read_at.is_none());

    // Someone else's ids are not theirs to mark.
    let (status, body) = app
        .post(
            "/notifications/read",
            Some(&outsider.tokens.access_token),
            json!({ "ids": [ids[2], ids[3]] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        parse::<MarkedRead>(body),
        MarkedRead {
            marked: 0,
            unread: 0
        }
    );
    assert_eq!(bell(&app, token).await.unread, 3);

    let (status, body) = app
        .post("/notifications/read", Some(token), json!({ "all": true }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        parse::<MarkedRead>(body),
        MarkedRead {
            marked: 3,
            unread: 0
        }
    );
    assert!(bell(&app, token)
        .await
        .items
        .iter()
        .all(|n| n.read_at.is_some()));

    // Bad input names its field.
    let too_many: Vec<i64> = (1..=501).collect();
    for (body, field) in [
        (json!({}), "ids"),
        (json!({ "ids": [1], "all": true }), "ids"),
        (json!({ "ids": too_many }), "ids"),
        (json!({ "ids": ["one"] }), "ids[0]"),
        (json!({ "ids": [1e30] }), "ids[0]"),
        (json!({ "all": "yes" }), "all"),
        (json!({ "ids": [1], "everything": true }), "everything"),
    ] {
        let (status, res) = app
            .post("/notifications/read", Some(token), body.clone())
            .await;
        assert_problem(status, &res, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    }
    for (query, field) in [
        ("cursor=abc", "cursor"),
        ("cursor=-1", "cursor"),
        ("cursor=%00", "cursor"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=-1", "limit"),
        ("limit=99999999999", "limit"),
    ] {
        let (status, res) = app
            .get(&format!("/notifications?{query}"), Some(token))
            .await;
        assert_problem(status, &res, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    }
}

async fn put_preferences(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    app.call(Method::PUT, "/me/preferences", Some(token), Some(body))
        .await
}

#[tokio::test]
async fn preferences_round_trip_and_refuse_unknown_kinds_and_values() {
    let app = TestApp::spawn().await;
    let person = app.register_org("Irbid", "o@irbid.example").await;
    let token = person.tokens.access_token.as_str();

    let (status, body) = app.get("/me/preferences", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(parse::<Preferences>(body.clone()), Preferences::defaults());
    assert_eq!(
        body,
        json!({ "notifications": {
            "organisation_reviewed": "immediate",
            "practice_submitted": "immediate",
            "practice_published": "immediate",
            "practice_rejected": "immediate",
            "member_joined": "weekly",
        }})
    );

    // A PUT names some kinds; the others keep their choice.
    let (status, body) = put_preferences(
        &app,
        token,
        json!({ "notifications": { "member_joined": "never" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["notifications"]["member_joined"], "never");
    assert_eq!(body["notifications"]["practice_published"], "immediate");
    let (status, body) = put_preferences(
        &app,
        token,
        json!({ "notifications": { "practice_published": "weekly" } }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, stored) = app.get("/me/preferences", Some(token)).await;
    assert_eq!(stored, body);
    assert_eq!(stored["notifications"]["member_joined"], "never");
    assert_eq!(stored["notifications"]["practice_published"], "weekly");

    // Naming nothing changes nothing; two identical requests racing both succeed.
    let (status, body) = put_preferences(&app, token, json!({ "notifications": {} })).await;
    assert_eq!((status, &body), (StatusCode::OK, &stored));
    let race =
        json!({ "notifications": { "practice_rejected": "weekly", "member_joined": "immediate" } });
    let (first, second) = tokio::join!(
        put_preferences(&app, token, race.clone()),
        put_preferences(&app, token, race.clone())
    );
    assert_eq!(first.0, StatusCode::OK, "{}", first.1);
    assert_eq!(second.0, StatusCode::OK, "{}", second.1);
    assert_eq!(first.1["notifications"]["member_joined"], "immediate");

    // Preferences are each person's own.
    let other = app.register_org("Mafraq", "x@mafraq.example").await;
    let (_, theirs) = app
        .get("/me/preferences", Some(&other.tokens.access_token))
        .await;
    assert_eq!(parse::<Preferences>(theirs), Preferences::defaults());

    for (body, field) in [
        (
            json!({ "notifications": { "member_joined": "sometimes" } }),
            "notifications.member_joined",
        ),
        (
            json!({ "notifications": { "member_joined": "" } }),
            "notifications.member_joined",
        ),
        (
            json!({ "notifications": { "member_joined": null } }),
            "notifications.member_joined",
        ),
        (
            json!({ "notifications": { "coffee_break": "never" } }),
            "notifications",
        ),
        (
            json!({ "notifications": { "member_joined\u{0}": "never" } }),
            "notifications",
        ),
        (json!({ "notifications": [] }), "notifications"),
        (
            json!({ "notifications": { "member_joined": "never" }, "mails": true }),
            "mails",
        ),
        // A missing field is named itself, with `required`.
        (json!({}), "notifications"),
    ] {
        let (status, res) = put_preferences(&app, token, body.clone()).await;
        assert_problem(status, &res, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
        let message = res["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "{body}: {res}");
    }
    let (status, res) = put_preferences(&app, token, json!("immediate")).await;
    assert_problem(status, &res, StatusCode::UNPROCESSABLE_ENTITY, None);
    let (_, unchanged) = app.get("/me/preferences", Some(token)).await;
    assert_eq!(unchanged["notifications"]["member_joined"], "immediate");
}

#[tokio::test]
async fn the_bell_and_preferences_are_for_signed_in_people_only() {
    let app = TestApp::spawn().await;
    let person = app.register_org("Irbid", "o@irbid.example").await;
    let calls = [
        (Method::GET, "/notifications", None),
        (
            Method::POST,
            "/notifications/read",
            Some(json!({ "all": true })),
        ),
        (Method::GET, "/me/preferences", None),
        (
            Method::PUT,
            "/me/preferences",
            Some(json!({ "notifications": { "member_joined": "never" } })),
        ),
    ];
    for (method, path, body) in calls {
        for token in [None, Some("not-a-token"), Some("twk_0123456789abcdef")] {
            let (status, res) = app.call(method.clone(), path, token, body.clone()).await;
            assert_problem(status, &res, StatusCode::UNAUTHORIZED, None);
        }
        let (status, res) = app
            .call(
                method.clone(),
                path,
                Some(&person.tokens.access_token),
                body,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{method} {path}: {res}");
    }
}
