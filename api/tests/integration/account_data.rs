//! A person's own data: the export holds everything about them; deleting the account leaves
//! a nameless tombstone, keeps the organisation's content, and protects the last org admin.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{assert_problem, TestApp};

async fn delete_me(app: &TestApp, token: &str, password: &str) -> (StatusCode, Value) {
    app.call(
        Method::DELETE,
        "/me",
        Some(token),
        Some(json!({ "password": password })),
    )
    .await
}

#[tokio::test]
async fn the_export_holds_what_is_kept_about_the_person() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Harbour Aid", "h@harbour.example").await;
    let token = owner.tokens.access_token.as_str();
    let draft = app.draft(token, "Harbour jobs").await;
    app.api_key(token, &owner.me.organisation.slug, &["read:private"])
        .await;
    let (status, _) = app
        .call(
            Method::PUT,
            "/me/preferences",
            Some(token),
            Some(json!({ "notifications": { "member_joined": "never" } })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    let res = app
        .client
        .get(format!("{}/me/export", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\"twinning-my-data-"),
        "{disposition}"
    );
    let export: Value = res.json().await.unwrap();
    let data = &export["data"];
    assert_eq!(data["people"]["email"], "h@harbour.example");
    assert_eq!(data["people"]["password_hash"], "[redacted]");
    assert_eq!(
        export["organisation"]["slug"],
        owner.me.organisation.slug.as_str()
    );
    assert_eq!(data["practices.created_by"][0]["slug"], draft.as_str());
    assert_eq!(data["api_keys.created_by"][0]["secret_hash"], "[redacted]");
    assert_eq!(
        data["notification_preferences.person_id"][0]["delivery"],
        "never"
    );
    assert_eq!(
        data["organisations.registered_by"][0]["slug"],
        owner.me.organisation.slug.as_str()
    );
    assert!(!data["events.actor_person_id"]
        .as_array()
        .unwrap()
        .is_empty());
    assert!(
        !export.to_string().contains("$argon2"),
        "no password hash leaks"
    );

    let (status, _) = app.get("/me/export", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_deleted_account_leaves_a_tombstone_and_the_content_stays() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Harbour Aid", "h@harbour.example").await;
    let owner_token = owner.tokens.access_token.clone();
    let slug = owner.me.organisation.slug.clone();
    let member = app
        .join(&owner_token, &slug, "rana@harbour.example", "member")
        .await;
    let token = member.tokens.access_token.as_str();
    let draft = app.draft(token, "Harbour jobs").await;

    let (status, problem) = delete_me(&app, token, "not my password").await;
    assert_problem(
        status,
        &problem,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("password"),
    );
    let (status, problem) = app
        .call(Method::DELETE, "/me", Some(token), Some(json!({})))
        .await;
    assert_problem(status, &problem, StatusCode::UNPROCESSABLE_ENTITY, None);
    // The last org admin of an organisation with other people must hand the role on first.
    let (status, problem) = delete_me(&app, &owner_token, "a long password").await;
    assert_problem(status, &problem, StatusCode::CONFLICT, None);
    assert_eq!(problem["type"], "urn:twinning:problem:last-org-admin");

    let (status, body) = delete_me(&app, token, "a long password").await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (status, _) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "rana@harbour.example", "password": "a long password" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The practice stays with the organisation; the trails name a deleted member.
    let (status, _) = app
        .get(&format!("/practices/{draft}"), Some(&owner_token))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = app
        .get(&format!("/organisations/{slug}"), Some(&owner_token))
        .await;
    assert_eq!(page["member_count"], 1);
    let (_, feed) = app
        .get(
            &format!("/organisations/{slug}/activity?limit=100"),
            Some(&owner_token),
        )
        .await;
    let text = feed.to_string();
    assert!(
        !text.contains("Joiner"),
        "the name is replaced in trails: {text}"
    );
    assert!(text.contains("Deleted member"), "{text}");
    let (_, members) = app
        .get(
            &format!("/organisations/{slug}/members"),
            Some(&owner_token),
        )
        .await;
    assert!(!members.to_string().contains("rana@harbour.example"));
    // The address may register again.
    app.register_org("Rana's Own Org", "rana@harbour.example")
        .await;

    // The only person of an organisation may leave: the organisation and its content stay.
    let (status, _) = delete_me(&app, &owner_token, "a long password").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, page) = app.get(&format!("/organisations/{slug}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["member_count"], 0);
}
