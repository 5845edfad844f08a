//! The activity feeds (JSON and Atom): what each caller sees, that nothing private reaches a
//! public feed, and cursor paging without repeats or gaps.

use std::collections::HashSet;
use std::io::BufReader;

use reqwest::StatusCode;
use serde_json::{json, Value};
use twinning_domain::event::EventType;
use twinning_store::events::{self, Feed};

use crate::support::{assert_problem, TestApp};

/// Words that only private events or private details carry.
const SECRETS: [&str; 7] = [
    "Secret draft",
    "Pending review",
    "SECRET-REASON",
    "secret-invitee",
    "Test Person",
    "Joiner",
    "SECRET-PROFILE",
];

fn types(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect()
}

fn assert_no_secrets(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{what} leaks {secret:?}: {text}");
    }
}

async fn atom(app: &TestApp) -> (String, atom_syndication::Feed) {
    let root = app.base.trim_end_matches("/api/v1");
    let res = reqwest::get(format!("{root}/feeds/activity.atom"))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let content_type = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(
        content_type.starts_with("application/atom+xml"),
        "{content_type}"
    );
    let text = res.text().await.unwrap();
    let feed = atom_syndication::Feed::read_from(BufReader::new(text.as_bytes()))
        .unwrap_or_else(|e| panic!("a feed reader rejects the feed ({e}): {text}"));
    (text, feed)
}

/// Two organisations, a member who joined by invitation, and practices in every private
/// state: a draft, a submission, a rejection with its reason, an invitation, a profile edit.
/// One practice went through a rejection before it was published.
struct Network {
    app: TestApp,
    owner: String,
    member: String,
    admin: String,
    published: String,
}

async fn network() -> Network {
    let app = TestApp::spawn().await;
    let owner = app
        .register_org("Irbid", "o@irbid.example")
        .await
        .tokens
        .access_token;
    let admin = app
        .network_admin("Network", "a@net.example")
        .await
        .tokens
        .access_token;
    let member = app
        .join(&owner, "irbid", "secret-invitee@irbid.example", "member")
        .await
        .tokens
        .access_token;
    let (status, _) = app
        .post(
            "/organisations/irbid/invitations",
            Some(&owner),
            json!({ "email": "secret-invitee2@irbid.example" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    app.draft(&owner, "Secret draft of a plan").await;
    app.submitted(&owner, "Pending review plan").await;

    let published = app.submitted(&owner, "Waste sorting committees").await;
    let (status, body) = app
        .post(
            &format!("/practices/{published}/reject"),
            Some(&admin),
            json!({ "reason": "SECRET-REASON: the budget is missing" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for step in ["submit", "publish"] {
        let token = if step == "submit" { &owner } else { &admin };
        let (status, body) = app
            .post(
                &format!("/practices/{published}/{step}"),
                Some(token),
                json!(null),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    let (status, _) = app
        .patch(
            "/organisations/irbid",
            Some(&owner),
            json!({ "description": "SECRET-PROFILE edit" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    Network {
        app,
        owner,
        member,
        admin,
        published,
    }
}

#[tokio::test]
async fn public_feeds_carry_public_events_only_and_no_private_detail() {
    let n = network().await;
    let app = &n.app;

    // The stored snapshot of the publication holds no trace of the earlier rejection.
    let stored = events::feed(&mut app.store(), Feed::Public, None, 50)
        .unwrap()
        .items
        .into_iter()
        .find(|e| e.event_type == EventType::PracticePublished)
        .expect("the publication is public");
    assert!(stored.payload.get("reason").is_none(), "{}", stored.payload);
    assert!(stored.payload["practice"]["rejection_reason"].is_null());

    let (status, public) = app.get("/activity", None).await;
    assert_eq!(status, StatusCode::OK, "{public}");
    assert_eq!(
        types(&public),
        [
            "practice.published",
            "organisation.registered",
            "organisation.registered"
        ]
    );
    assert_no_secrets("the network feed", &public.to_string());
    for item in public["items"].as_array().unwrap() {
        assert!(item["actor"].get("name").is_none(), "{item}");
    }
    assert_eq!(public["items"][0]["subject"]["slug"], n.published.as_str());
    assert_eq!(public["next_cursor"], Value::Null);

    // Signed in changes nothing in the network feed, even for an insider of Irbid.
    let (_, as_member) = app.get("/activity", Some(&n.member)).await;
    assert_eq!(as_member, public);

    // Irbid's own feed: outsiders see its public events, insiders everything.
    let other = app
        .register_org("Other", "x@other.example")
        .await
        .tokens
        .access_token;
    for token in [None, Some(other.as_str())] {
        let (status, feed) = app.get("/organisations/irbid/activity", token).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            types(&feed),
            ["practice.published", "organisation.registered"]
        );
        assert_no_secrets("an outsider's organisation feed", &feed.to_string());
    }
    for token in [&n.member, &n.owner, &n.admin] {
        let (status, feed) = app.get("/organisations/irbid/activity", Some(token)).await;
        assert_eq!(status, StatusCode::OK);
        let seen = types(&feed);
        for t in [
            "organisation.updated",
            "practice.rejected",
            "practice.submitted",
            "practice.created",
            "invitation.created",
            "invitation.redeemed",
            "person.joined",
        ] {
            assert!(seen.iter().any(|s| s == t), "{t} missing: {seen:?}");
        }
        let text = feed.to_string();
        assert!(text.contains("SECRET-REASON"), "insiders read the reason");
        assert!(text.contains("Secret draft"));
        assert!(feed["items"][0]["actor"]["name"].is_string());
    }
    let (status, body) = app.get("/organisations/nowhere/activity", None).await;
    assert_problem(status, &body, StatusCode::NOT_FOUND, None);

    // The Atom feed: what a reader gets, parsed back.
    let (text, feed) = atom(app).await;
    assert_no_secrets("the Atom feed", &text);
    let root = app.base.trim_end_matches("/api/v1");
    // Other's registration (the newest), the publication, the registrations of Network and
    // Irbid.
    assert_eq!(feed.entries().len(), 4);
    assert_eq!(
        feed.updated(),
        feed.entries()[0].updated(),
        "the feed is as new as its newest entry"
    );
    assert!(feed
        .links()
        .iter()
        .any(|l| l.rel() == "self" && l.href() == format!("{root}/feeds/activity.atom")));
    let ids: HashSet<&str> = feed.entries().iter().map(|e| e.id()).collect();
    assert_eq!(ids.len(), 4, "entry ids are unique");
    assert_eq!(
        feed.entries()[0].title().as_str(),
        "Other joined the network"
    );
    let publication = &feed.entries()[1];
    assert!(
        publication.id().starts_with("tag:127.0.0.1,20"),
        "{}",
        publication.id()
    );
    assert_eq!(
        publication.title().as_str(),
        "Irbid published “Waste sorting committees”"
    );
    assert_eq!(
        publication.links()[0].href(),
        format!("{root}/practices/{}", n.published)
    );
    assert_eq!(publication.categories()[0].term(), "practice.published");
    assert_eq!(publication.authors()[0].name(), "Irbid");
    assert!(publication
        .summary()
        .unwrap()
        .as_str()
        .contains("Neighbourhood committees"));
    let joined = &feed.entries()[3];
    assert_eq!(joined.title().as_str(), "Irbid joined the network");
    assert_eq!(
        joined.links()[0].href(),
        format!("{root}/organisations/irbid")
    );

    // Archived, the practice is no longer public: its events leave the public feeds.
    let (status, _) = app
        .post(
            &format!("/practices/{}/archive", n.published),
            Some(&n.admin),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, public) = app.get("/activity", None).await;
    assert!(!public.to_string().contains(&n.published), "{public}");
    let (_, feed) = atom(app).await;
    assert!(feed
        .entries()
        .iter()
        .all(|e| e.categories()[0].term() == "organisation.registered"));
    let (_, inside) = app
        .get("/organisations/irbid/activity", Some(&n.member))
        .await;
    assert!(types(&inside).contains(&"practice.archived".to_owned()));
}

#[tokio::test]
async fn an_empty_network_has_a_valid_empty_atom_feed() {
    let app = TestApp::spawn().await;
    let (_, feed) = atom(&app).await;
    assert!(feed.entries().is_empty());
    assert!(feed.id().starts_with("tag:127.0.0.1,"));
    assert_eq!(feed.title().as_str(), "Twinning: activity of the network");
}

async fn all_pages(app: &TestApp, path: &str, token: Option<&str>, limit: u32) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let url = match &cursor {
            Some(c) => format!("{path}?limit={limit}&cursor={c}"),
            None => format!("{path}?limit={limit}"),
        };
        let (status, page) = app.get(&url, token).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= limit as usize);
        ids.extend(items.iter().map(|e| e["id"].as_i64().unwrap()));
        pages += 1;
        assert!(pages < 100, "paging does not end");
        match page["next_cursor"].as_str() {
            Some(c) => {
                assert_eq!(items.len(), limit as usize, "only the last page is short");
                cursor = Some(c.to_owned());
            }
            None => return ids,
        }
    }
}

#[tokio::test]
async fn cursor_paging_neither_repeats_nor_skips() {
    let app = TestApp::spawn().await;
    let owner = app
        .register_org("Irbid", "o@irbid.example")
        .await
        .tokens
        .access_token;
    let admin = app
        .network_admin("Network", "a@net.example")
        .await
        .tokens
        .access_token;
    for n in 0..9 {
        app.published(&owner, &admin, &format!("Practice number {n}"))
            .await;
    }
    app.draft(&owner, "A draft among them").await;

    for (path, token) in [
        ("/activity", None),
        ("/organisations/irbid/activity", None),
        ("/organisations/irbid/activity", Some(owner.as_str())),
    ] {
        let (_, whole) = app.get(&format!("{path}?limit=100"), token).await;
        assert_eq!(whole["next_cursor"], Value::Null);
        let expected: Vec<i64> = whole["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_i64().unwrap())
            .collect();
        assert!(expected.len() >= 10, "{path}: {}", expected.len());
        assert!(expected.windows(2).all(|w| w[0] > w[1]), "newest first");
        for limit in [1, 4, 7] {
            let paged = all_pages(&app, path, token, limit).await;
            assert_eq!(paged, expected, "{path} by {limit}");
        }
    }

    // Events recorded while a reader pages do not shift the pages they have not read yet.
    let (_, first) = app.get("/activity?limit=3", None).await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    app.published(&owner, &admin, "Published meanwhile").await;
    let (_, second) = app
        .get(&format!("/activity?limit=3&cursor={cursor}"), None)
        .await;
    let last_of_first = first["items"][2]["id"].as_i64().unwrap();
    assert!(last_of_first > second["items"][0]["id"].as_i64().unwrap());
    let (_, beyond) = app.get("/activity?cursor=1", None).await;
    assert_eq!(beyond["items"], json!([]));
    assert_eq!(beyond["next_cursor"], Value::Null);

    // The default page and the bounds.
    let (_, default) = app.get("/activity", None).await;
    assert_eq!(default["items"].as_array().unwrap().len(), 12);
    for bad in [
        "abc",
        "-1",
        "0",
        "1.5",
        "%2B4",
        "%00",
        "99999999999999999999999",
    ] {
        for path in ["/activity", "/organisations/irbid/activity"] {
            let (status, body) = app.get(&format!("{path}?cursor={bad}"), None).await;
            assert_problem(
                status,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("cursor"),
            );
        }
    }
    for bad in ["0", "101", "-1", "x", "99999999999"] {
        let (status, body) = app.get(&format!("/activity?limit={bad}"), None).await;
        assert_problem(
            status,
            &body,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("limit"),
        );
    }
}
