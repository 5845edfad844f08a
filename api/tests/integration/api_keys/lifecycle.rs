//! A key's life: shown once and stored hashed, listed, revoked (idempotently), expired, and
//! the network admins' view of every key; bad input names its field.

use super::*;

#[tokio::test]
async fn a_key_is_shown_once_listed_without_its_secret_and_stored_hashed() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let token = owner.tokens.access_token.as_str();

    let res = app
        .client
        .post(format!("{}/organisations/irbid/api-keys", app.base))
        .bearer_auth(token)
        .json(&json!({ "name": "CRM sync", "scopes": ["read:private", "write:practices"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(
        res.headers().get(header::CACHE_CONTROL).unwrap(),
        "no-store"
    );
    let created: CreatedApiKey = res.json().await.unwrap();
    let key = created.key.clone();
    assert!(key.starts_with("twk_") && key.len() == 47, "{key}");
    let secret_part = &key[4..];
    assert_eq!(created.api_key.prefix, key[..12]);
    assert_eq!(created.api_key.name, "CRM sync");
    assert_eq!(created.api_key.organisation.slug, "irbid");
    assert_eq!(
        created.api_key.scopes,
        vec![
            twinning_domain::Scope::ReadPrivate,
            twinning_domain::Scope::WritePractices
        ]
    );
    assert!(created.api_key.last_used_at.is_none() && created.api_key.revoked_at.is_none());

    // The list never shows the secret.
    let (status, listed) = app.get("/organisations/irbid/api-keys", Some(token)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed["total"], 1);
    let item = &listed["items"][0];
    assert_eq!(item["id"], json!(created.api_key.id));
    assert_eq!(item["prefix"], json!(created.api_key.prefix));
    assert!(item.get("key").is_none(), "{item}");
    assert!(!listed.to_string().contains(secret_part));

    // The database keeps its SHA-256 and a prefix, never the secret.
    let stored = stored_keys(&app);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].secret_hash, token_hash(&key));
    assert_eq!(stored[0].prefix, created.api_key.prefix);
    assert_eq!(stored[0].scopes, "read:private,write:practices");
    for column in [&stored[0].name, &stored[0].prefix, &stored[0].secret_hash] {
        assert!(!column.contains(secret_part));
    }

    // Its creation is an event of the organisation, private, without the secret.
    let created_events: Vec<Event> = org_events(&app, "irbid")
        .into_iter()
        .filter(|e| e.event_type == EventType::ApiKeyCreated)
        .collect();
    assert_eq!(created_events.len(), 1);
    let event = &created_events[0];
    assert_eq!(event.payload["api_key"]["id"], json!(created.api_key.id));
    assert_eq!(event.actor.kind, ActorKind::Person);
    assert!(!event.payload.to_string().contains(secret_part));
    let public = events::feed(&mut app.store(), Feed::Public, None, 100).unwrap();
    assert!(public
        .items
        .iter()
        .all(|e| e.event_type != EventType::ApiKeyCreated));

    // And it works.
    let (status, body) = app.get("/organisations/irbid/members", Some(&key)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn revoked_and_expired_keys_are_refused_and_bad_input_is_named() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Options::default()
    })
    .await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let other = app.register_org("Mafraq", "admin@mafraq.example").await;
    let token = owner.tokens.access_token.as_str();

    // Expiry follows the application's clock.
    let expires_at: DateTime<Utc> = app.clock.now() + Duration::days(1);
    let (status, body) = app
        .post(
            "/organisations/irbid/api-keys",
            Some(token),
            json!({ "name": "Pilot", "scopes": ["read:private"], "expires_at": expires_at }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let expiring = body["key"].as_str().unwrap().to_owned();
    let (status, _) = app
        .get("/organisations/irbid/members", Some(&expiring))
        .await;
    assert_eq!(status, StatusCode::OK);
    app.clock.advance(Duration::days(1));
    let (status, body) = app
        .get("/organisations/irbid/members", Some(&expiring))
        .await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    assert!(
        body["detail"].as_str().unwrap().contains("expired"),
        "{body}"
    );
    // Even where anyone may read: a key that is presented must be valid.
    let (status, _) = app.get("/practices", Some(&expiring)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Revocation stops a key at once; a second revocation changes nothing.
    let (id, key) = app.api_key(token, "irbid", &["read:private"]).await;
    let (status, _) = app.get("/organisations/irbid/members", Some(&key)).await;
    assert_eq!(status, StatusCode::OK);
    let path = format!("/organisations/irbid/api-keys/{id}");
    let (status, _) = app.delete(&path, Some(token)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let revoked_at = keys_of(&app, "irbid", token).await.items[0].revoked_at;
    assert!(revoked_at.is_some());
    app.clock.advance(Duration::minutes(5));
    let (status, _) = app.delete(&path, Some(token)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        keys_of(&app, "irbid", token).await.items[0].revoked_at,
        revoked_at
    );
    let revocations = org_events(&app, "irbid")
        .into_iter()
        .filter(|e| e.event_type == EventType::ApiKeyRevoked)
        .count();
    assert_eq!(revocations, 1);
    let (status, body) = app.get("/organisations/irbid/members", Some(&key)).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    assert!(
        body["detail"].as_str().unwrap().contains("revoked"),
        "{body}"
    );

    // Unknown keys and ids.
    let (status, body) = app.get("/practices", Some("twk_not-a-key")).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    for path in [
        "/organisations/irbid/api-keys/999999",
        "/organisations/irbid/api-keys/abc",
        "/organisations/irbid/api-keys/99999999999999999999999",
        "/organisations/nowhere/api-keys/1",
    ] {
        let (status, body) = app.delete(path, Some(token)).await;
        assert_problem(status, &body, StatusCode::NOT_FOUND, None);
    }
    let (theirs, _) = app
        .api_key(&other.tokens.access_token, "mafraq", &["read:private"])
        .await;
    let (status, _) = app
        .delete(
            &format!("/organisations/irbid/api-keys/{theirs}"),
            Some(token),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Bad input names the field.
    let past = app.clock.now() - Duration::minutes(1);
    let far = app.clock.now() + Duration::days(4000);
    for (body, field) in [
        (
            json!({ "name": "X", "scopes": ["read:private", "read:private"] }),
            "scopes[1]",
        ),
        (json!({ "name": "X", "scopes": ["admin"] }), "scopes[0]"),
        (json!({ "name": "X", "scopes": [] }), "scopes"),
        (json!({ "name": "X" }), "scopes"),
        (json!({ "name": "", "scopes": ["read:private"] }), "name"),
        (
            json!({ "name": "a\u{0}b", "scopes": ["read:private"] }),
            "name",
        ),
        (
            json!({ "name": "x".repeat(101), "scopes": ["read:private"] }),
            "name",
        ),
        (
            json!({ "name": "X", "scopes": ["read:private"], "expires_at": past }),
            "expires_at",
        ),
        (
            json!({ "name": "X", "scopes": ["read:private"], "expires_at": far }),
            "expires_at",
        ),
        (
            json!({ "name": "X", "scopes": ["read:private"], "expires_at": "soon" }),
            "expires_at",
        ),
        (
            json!({ "name": "X", "scopes": ["read:private"], "expires_at": "+275760-01-01T00:00:00Z" }),
            "expires_at",
        ),
        (
            json!({ "name": "X", "scopes": ["read:private"], "owner": "me" }),
            "owner",
        ),
    ] {
        let (status, problem) = app
            .post("/organisations/irbid/api-keys", Some(token), body.clone())
            .await;
        assert_problem(
            status,
            &problem,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(field),
        );
    }
    for query in ["page=0", "per_page=101", "per_page=abc", "page=-1"] {
        let (status, problem) = app
            .get(
                &format!("/organisations/irbid/api-keys?{query}"),
                Some(token),
            )
            .await;
        let field = query.split('=').next().unwrap();
        assert_problem(
            status,
            &problem,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(field),
        );
    }
}

#[tokio::test]
async fn network_admins_list_and_revoke_every_key_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let admin = app.network_admin("Network", "admin@network.example").await;
    let irbid = app.register_org("Irbid", "admin@irbid.example").await;
    let mafraq = app.register_org("Mafraq", "admin@mafraq.example").await;
    let member = app
        .join(
            &irbid.tokens.access_token,
            "irbid",
            "member@irbid.example",
            "member",
        )
        .await;
    let admin_token = admin.tokens.access_token.as_str();
    let (first, _) = app
        .api_key(&irbid.tokens.access_token, "irbid", &["read:private"])
        .await;
    let (second, key) = app
        .api_key(&mafraq.tokens.access_token, "mafraq", &["write:practices"])
        .await;

    let (status, body) = app.get("/admin/api-keys", Some(admin_token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let page: ApiKeyPage = parse(body);
    assert_eq!(page.total, 2);
    let ids: Vec<i64> = page.items.iter().map(|k| k.id.get()).collect();
    assert_eq!(ids, vec![second, first], "newest first");
    assert_eq!(page.items[0].organisation.slug, "mafraq");
    let (_, body) = app
        .get("/admin/api-keys?per_page=1&page=2", Some(admin_token))
        .await;
    let page: ApiKeyPage = parse(body);
    assert_eq!((page.total, page.page, page.per_page), (2, 2, 1));
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].id.get(), first);
    let (_, body) = app
        .get("/admin/api-keys?page=3&per_page=1", Some(admin_token))
        .await;
    assert_eq!(body["items"], json!([]));
    assert_eq!(body["total"], 2);

    // A network admin also reads and manages an organisation's keys; its members do not.
    assert_eq!(keys_of(&app, "irbid", admin_token).await.total, 1);
    let (status, body) = app
        .get(
            "/organisations/irbid/api-keys",
            Some(&member.tokens.access_token),
        )
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);
    let (status, body) = app
        .get("/admin/api-keys", Some(&irbid.tokens.access_token))
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);

    let (status, _) = app.get("/practices", Some(&key)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .delete(&format!("/admin/api-keys/{second}"), Some(admin_token))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/practices", Some(&key)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let revoked = org_events(&app, "mafraq")
        .into_iter()
        .find(|e| e.event_type == EventType::ApiKeyRevoked)
        .expect("the revocation is an event");
    assert_eq!(revoked.actor.kind, ActorKind::Person);
    assert_eq!(revoked.payload["api_key"]["id"], json!(second));
    assert!(revoked.payload["api_key"]["revoked_at"].is_string());
    let (status, body) = app
        .delete("/admin/api-keys/999999", Some(admin_token))
        .await;
    assert_problem(status, &body, StatusCode::NOT_FOUND, None);
}
