//! What a key may do: its organisation's work within its scopes, what anyone may read
//! elsewhere, and never key management, admin work or `/me`.

use super::*;

#[tokio::test]
async fn a_key_acts_for_its_organisation_within_its_scopes() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let token = owner.tokens.access_token.as_str();
    let (_, writer) = app
        .api_key(token, "irbid", &["read:private", "write:practices"])
        .await;
    let (_, reader) = app.api_key(token, "irbid", &["read:private"]).await;
    let (_, profile) = app.api_key(token, "irbid", &["write:organisation"]).await;
    let (_, write_only) = app.api_key(token, "irbid", &["write:practices"]).await;

    // The right scope: create, edit and submit a practice of its organisation.
    let (status, created) = app
        .post(
            "/practices",
            Some(&writer),
            practice_body("Sorting at the source"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["owner"]["slug"], "irbid");
    assert_eq!(created["permissions"]["edit"], true);
    assert_eq!(created["permissions"]["publish"], false);
    let slug = created["slug"].as_str().unwrap().to_owned();
    let (status, body) = app
        .patch(
            &format!("/practices/{slug}"),
            Some(&writer),
            json!({ "summary": "Committees of refugees and hosts sort waste together." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app
        .post(
            &format!("/practices/{slug}/submit"),
            Some(&writer),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "submitted");

    // The trail and the events name the key, and its creator answers for it.
    let by_key: Vec<Event> = org_events(&app, "irbid")
        .into_iter()
        .filter(|e| e.subject.slug.as_deref() == Some(slug.as_str()))
        .collect();
    assert_eq!(by_key.len(), 3, "{by_key:?}");
    for e in &by_key {
        assert_eq!(e.actor.kind, ActorKind::ApiKey);
        assert_eq!(
            e.actor.name.as_deref(),
            Some("Partner read:private write:practices")
        );
    }

    // The wrong scope: 403 naming the scope to ask for, in the body and in the header.
    let res = app
        .client
        .post(format!("{}/practices", app.base))
        .bearer_auth(&reader)
        .json(&practice_body("Not allowed either"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        res.headers().get(header::WWW_AUTHENTICATE).unwrap(),
        "Bearer error=\"insufficient_scope\", scope=\"write:practices\""
    );
    let (status, body) = app
        .post("/practices", Some(&reader), practice_body("Not allowed"))
        .await;
    assert_missing_scope(status, &body, "write:practices");
    let draft = app.draft(token, "A draft of the org").await;
    let (status, body) = app
        .patch(
            &format!("/practices/{draft}"),
            Some(&reader),
            json!({ "summary": "No." }),
        )
        .await;
    assert_missing_scope(status, &body, "write:practices");
    let (status, body) = app
        .patch(
            "/organisations/irbid",
            Some(&reader),
            json!({ "city": "Mafraq" }),
        )
        .await;
    assert_missing_scope(status, &body, "write:organisation");
    let (status, body) = app
        .get("/organisations/irbid/members", Some(&profile))
        .await;
    assert_missing_scope(status, &body, "read:private");

    // read:private opens the drafts (without the right to edit them) and the members.
    let (status, body) = app.get(&format!("/practices/{draft}"), Some(&reader)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["permissions"]["edit"], false);
    let (status, members) = app.get("/organisations/irbid/members", Some(&reader)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(members[0]["email"], "admin@irbid.example");

    // write:organisation edits the profile.
    let (status, body) = app
        .patch(
            "/organisations/irbid",
            Some(&profile),
            json!({ "city": "Mafraq" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["city"], "Mafraq");

    // write:practices alone edits a draft it cannot list or read, and sees it as anyone does.
    let (status, _) = app
        .get(&format!("/practices/{draft}"), Some(&write_only))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = app
        .get(
            "/practices?status=draft,submitted,published",
            Some(&write_only),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], 0, "{body}");
    let (status, body) = app
        .patch(
            &format!("/practices/{draft}"),
            Some(&write_only),
            json!({ "title": "A draft renamed by the partner" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["title"], "A draft renamed by the partner");
}

#[tokio::test]
async fn another_organisations_key_sees_what_anonymous_sees() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let admin = app.network_admin("Network", "admin@network.example").await;
    let other = app.register_org("Mafraq", "admin@mafraq.example").await;
    let token = owner.tokens.access_token.as_str();
    let draft = app.draft(token, "Irbid draft").await;
    let submitted = app.submitted(token, "Irbid submission").await;
    let published = app
        .published(token, &admin.tokens.access_token, "Irbid practice")
        .await;
    let (_, theirs) = app
        .api_key(
            &other.tokens.access_token,
            "mafraq",
            &["read:private", "write:practices", "write:organisation"],
        )
        .await;

    for slug in [&draft, &submitted] {
        for (method, suffix, body) in [
            (Method::GET, "", None),
            (Method::PATCH, "", Some(json!({ "summary": "Taken over." }))),
            (Method::POST, "/submit", None),
        ] {
            let path = format!("/practices/{slug}{suffix}");
            let (status, body) = app.call(method.clone(), &path, Some(&theirs), body).await;
            assert_problem(status, &body, StatusCode::NOT_FOUND, None);
            let (anonymous, _) = app.call(Method::GET, &path, None, None).await;
            if method == Method::GET {
                assert_eq!(anonymous, StatusCode::NOT_FOUND);
            }
        }
    }
    let (status, _) = app
        .get(&format!("/practices/{published}"), Some(&theirs))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app
        .get("/practices?status=draft,submitted,published", Some(&theirs))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], 1, "{body}");
    assert_eq!(body["items"][0]["slug"], json!(published));
    let (_, page) = app.get("/organisations/irbid", Some(&theirs)).await;
    assert_eq!(page["practices"].as_array().unwrap().len(), 1, "{page}");
    assert_eq!(page["permissions"]["edit"], false);
    let (status, body) = app.get("/organisations/irbid/members", Some(&theirs)).await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);
    let (status, body) = app
        .patch(
            "/organisations/irbid",
            Some(&theirs),
            json!({ "city": "Zarqa" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);
    let (status, body) = app
        .patch(
            &format!("/practices/{published}"),
            Some(&theirs),
            json!({ "summary": "Taken over." }),
        )
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);
}

#[tokio::test]
async fn a_key_never_manages_keys_never_does_admin_work_and_has_no_me() {
    let app = TestApp::spawn().await;
    // A network admin's own key is still only a key of their organisation.
    let admin = app.network_admin("Network", "admin@network.example").await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let admin_token = admin.tokens.access_token.as_str();
    let every = ["read:private", "write:practices", "write:organisation"];
    let (own_id, key) = app.api_key(admin_token, "network", &every).await;
    // Its own organisation's submission, which the key sees: it still may not publish it.
    let submitted = app.submitted(admin_token, "Awaiting review").await;
    let (other_id, _) = app
        .api_key(&owner.tokens.access_token, "irbid", &["read:private"])
        .await;

    let new_key = json!({ "name": "Child key", "scopes": ["read:private"] });
    for (method, path, body) in [
        (
            Method::POST,
            "/organisations/network/api-keys".to_owned(),
            Some(new_key.clone()),
        ),
        (
            Method::GET,
            "/organisations/network/api-keys".to_owned(),
            None,
        ),
        (
            Method::DELETE,
            format!("/organisations/network/api-keys/{own_id}"),
            None,
        ),
        (Method::GET, "/admin/api-keys".to_owned(), None),
        (Method::DELETE, format!("/admin/api-keys/{other_id}"), None),
        (Method::GET, "/admin/moderation".to_owned(), None),
        (Method::GET, "/admin/overview".to_owned(), None),
        (
            Method::POST,
            format!("/practices/{submitted}/publish"),
            None,
        ),
        (
            Method::POST,
            "/organisations/network/invitations".to_owned(),
            Some(json!({ "email": "colleague@network.example" })),
        ),
        (
            Method::GET,
            "/organisations/network/invitations".to_owned(),
            None,
        ),
        (Method::GET, "/me".to_owned(), None),
    ] {
        let (status, body) = app.call(method.clone(), &path, Some(&key), body).await;
        assert_problem(status, &body, StatusCode::FORBIDDEN, None);
        assert!(
            body["required_scope"].is_null(),
            "{method} {path}: no scope opens it: {body}"
        );
    }
    // Nothing was created or revoked by those calls.
    let page = keys_of(&app, "network", admin_token).await;
    assert_eq!(page.total, 1);
    assert!(page.items[0].revoked_at.is_none());
    let (_, practice) = app
        .get(&format!("/practices/{submitted}"), Some(admin_token))
        .await;
    assert_eq!(practice["status"], "submitted");
    let (status, body) = app.get("/me", Some(&key)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
}
