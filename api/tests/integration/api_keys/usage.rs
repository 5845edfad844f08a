//! The per-key rate limit with its headers, and the record of last use.

use super::*;

#[tokio::test]
async fn each_key_has_its_own_rate_limit_told_in_headers() {
    let app = TestApp::spawn_with(Options {
        api_key_per_minute: 3,
        ..Options::default()
    })
    .await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let token = owner.tokens.access_token.as_str();
    let (_, busy) = app.api_key(token, "irbid", &["read:private"]).await;
    let (_, calm) = app.api_key(token, "irbid", &["read:private"]).await;
    let send = |key: &str, path: &str| {
        app.client
            .get(format!("{}{path}", app.base))
            .bearer_auth(key)
            .send()
    };
    let header_u64 = |res: &reqwest::Response, name: &str| -> u64 {
        res.headers()
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .to_str()
            .unwrap()
            .parse()
            .unwrap()
    };

    for remaining in [2, 1, 0] {
        // Public routes count as much as private ones.
        let path = if remaining == 1 {
            "/practices"
        } else {
            "/organisations/irbid/members"
        };
        let res = send(&busy, path).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(header_u64(&res, "ratelimit-limit"), 3);
        assert_eq!(header_u64(&res, "ratelimit-remaining"), remaining);
        let reset = header_u64(&res, "ratelimit-reset");
        assert!((1..=60).contains(&reset), "{reset}");
    }
    let res = send(&busy, "/organisations/irbid/members").await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        res.headers().get(header::CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    let retry_after = header_u64(&res, "retry-after");
    assert!((1..=20).contains(&retry_after), "{retry_after}");
    assert_eq!(header_u64(&res, "ratelimit-limit"), 3);
    assert_eq!(header_u64(&res, "ratelimit-remaining"), 0);
    assert!(header_u64(&res, "ratelimit-reset") >= retry_after);
    let problem: Problem = res.json().await.unwrap();
    assert_eq!(problem.status, 429);
    assert_eq!(problem.kind, "urn:twinning:problem:rate-limited");

    // Another key, and people, are not held back.
    let res = send(&calm, "/organisations/irbid/members").await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_u64(&res, "ratelimit-remaining"), 2);
    let res = send(token, "/organisations/irbid/members").await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers().get("ratelimit-limit").is_none());
}

#[tokio::test]
async fn last_use_is_recorded_at_most_once_a_minute() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Options::default()
    })
    .await;
    let owner = app.register_org("Irbid", "admin@irbid.example").await;
    let token = owner.tokens.access_token.as_str();
    let (_, key) = app.api_key(token, "irbid", &["read:private"]).await;
    assert!(keys_of(&app, "irbid", token).await.items[0]
        .last_used_at
        .is_none());

    let first = app.clock.now();
    let (status, _) = app.get("/organisations/irbid", Some(&key)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        keys_of(&app, "irbid", token).await.items[0].last_used_at,
        Some(first)
    );

    app.clock.advance(Duration::seconds(30));
    for _ in 0..3 {
        app.get("/organisations/irbid", Some(&key)).await;
    }
    assert_eq!(
        keys_of(&app, "irbid", token).await.items[0].last_used_at,
        Some(first)
    );

    app.clock.advance(Duration::seconds(31));
    let later = app.clock.now();
    app.get("/practices", Some(&key)).await;
    assert_eq!(
        keys_of(&app, "irbid", token).await.items[0].last_used_at,
        Some(later)
    );
}
