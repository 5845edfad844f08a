//! Bad input gets a problem document naming what is wrong, and changes nothing.

use chrono::Utc;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use reqwest::StatusCode;
use serde_json::{json, Value};
use twinning_api::auth::jwt::{Claims, JwtKeys};

use crate::support::{assert_problem, practice_body, register_body, TestApp, JWT_SECRET};

async fn counts(app: &TestApp) -> Value {
    app.get("/stats", None).await.1
}

async fn raw_post(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: &'static str,
) -> (StatusCode, Value) {
    let res = app
        .client
        .post(format!("{}{path}", app.base))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_eq!(
        res.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    (status, res.json().await.unwrap())
}

#[tokio::test]
async fn malformed_json_and_wrong_media_types_change_nothing() {
    let app = TestApp::spawn().await;
    let before = counts(&app).await;
    let (status, body) = raw_post(&app, "/auth/register", "application/json", "{\"name\": ").await;
    assert_problem(status, &body, StatusCode::BAD_REQUEST, None);
    assert_eq!(body["type"], "urn:twinning:problem:malformed-request");
    let (status, body) = raw_post(&app, "/auth/register", "text/plain", "hello").await;
    assert_problem(status, &body, StatusCode::UNSUPPORTED_MEDIA_TYPE, None);
    let (status, body) = raw_post(&app, "/auth/register", "application/json", "hello").await;
    assert_problem(status, &body, StatusCode::BAD_REQUEST, None);
    let big: &'static str =
        Box::leak(format!("{{\"name\":\"{}\"}}", "x".repeat(300_000)).into_boxed_str());
    let (status, body) = raw_post(&app, "/auth/register", "application/json", big).await;
    assert_problem(status, &body, StatusCode::PAYLOAD_TOO_LARGE, None);
    assert_eq!(counts(&app).await, before);
}

#[tokio::test]
async fn wrong_types_unknown_values_and_long_fields_name_the_field() {
    let app = TestApp::spawn().await;
    let before = counts(&app).await;
    type Mutation = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Mutation)> = vec![
        (
            "organisation.kind",
            Box::new(|b| b["organisation"]["kind"] = json!("spaceship")),
        ),
        (
            "organisation.country",
            Box::new(|b| b["organisation"]["country"] = json!("XX")),
        ),
        (
            "organisation.languages[0]",
            Box::new(|b| b["organisation"]["languages"] = json!(["klingon"])),
        ),
        (
            "organisation.mentor_capacity",
            Box::new(|b| b["organisation"]["mentor_capacity"] = json!("five")),
        ),
        (
            "organisation.name",
            Box::new(|b| b["organisation"]["name"] = json!("x".repeat(500))),
        ),
        (
            "organisation.location.lat",
            Box::new(|b| b["organisation"]["location"] = json!({"lat": 123.0, "lon": 0.0})),
        ),
        ("email", Box::new(|b| b["email"] = json!("not an email"))),
        ("password", Box::new(|b| b["password"] = json!("short"))),
        ("name", Box::new(|b| b["name"] = json!(42))),
        (
            "organisation.colour",
            Box::new(|b| b["organisation"]["colour"] = json!("blue")),
        ),
    ];
    for (field, mutate) in cases {
        let mut body = register_body("Bad Input Org", "bad@input.example");
        mutate(&mut body);
        let (status, problem) = app.post("/auth/register", None, body).await;
        assert_problem(
            status,
            &problem,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(field),
        );
    }
    assert_eq!(counts(&app).await, before, "nothing was created");

    // Practices: over-long and unknown values, on create and on edit.
    let session = app.register_org("Good Org", "good@org.example").await;
    let token = session.tokens.access_token.as_str();
    let mut long = practice_body("Title");
    long["title"] = json!("t".repeat(201));
    let (status, body) = app.post("/practices", Some(token), long).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("title"),
    );
    let mut unknown = practice_body("A fine title");
    unknown["themes"] = json!(["education", "astrology"]);
    let (status, body) = app.post("/practices", Some(token), unknown).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("themes[1]"),
    );
    let (_, search) = app.get("/practices?status=draft", Some(token)).await;
    assert_eq!(search["total"], 0, "no practice was created");

    let slug = app.draft(token, "A fine title").await;
    let (status, body) = app
        .patch(
            &format!("/practices/{slug}"),
            Some(token),
            json!({ "summary": "" }),
        )
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("summary"),
    );
    let (_, practice) = app.get(&format!("/practices/{slug}"), Some(token)).await;
    assert!(
        !practice["summary"].as_str().unwrap().is_empty(),
        "the edit was not applied"
    );

    // Query parameters.
    for (query, field) in [
        ("theme=astrology", "theme"),
        ("country=XX", "country"),
        ("page=abc", "page"),
        ("per_page=1000", "per_page"),
        ("sort=random", "sort"),
    ] {
        let (status, body) = app.get(&format!("/practices?{query}"), None).await;
        assert_problem(status, &body, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    }
}

#[tokio::test]
async fn duplicate_emails_are_a_conflict_and_create_no_organisation() {
    let app = TestApp::spawn().await;
    app.register_org("First Org", "same@email.example").await;
    let before = counts(&app).await;
    let (status, body) = app
        .post(
            "/auth/register",
            None,
            register_body("Second Org", "SAME@email.example"),
        )
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("email"));
    assert_eq!(
        counts(&app).await,
        before,
        "the second organisation was rolled back"
    );
    let (status, _) = app.get("/organisations/second-org", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn expired_tampered_and_foreign_tokens_are_refused() {
    let app = TestApp::spawn().await;
    let session = app.register_org("Token Org", "t@token.example").await;
    let good = session.tokens.access_token.clone();
    let keys = JwtKeys::new(JWT_SECRET.as_bytes());
    let now = Utc::now().timestamp();
    let claims = |exp: i64| Claims {
        sub: "1".into(),
        sid: 1,
        iss: "twinning".into(),
        iat: now - 3600,
        exp,
    };

    let expired = keys.sign(&claims(now - 600)).unwrap();
    let mut tampered = good.clone();
    // Flip a character of the payload: the signature no longer matches.
    let dot = tampered.find('.').unwrap() + 5;
    let c = if &tampered[dot..=dot] == "A" {
        "B"
    } else {
        "A"
    };
    tampered.replace_range(dot..=dot, c);
    let hs512 = encode(
        &Header::new(Algorithm::HS512),
        &claims(now + 600),
        &EncodingKey::from_secret(JWT_SECRET.as_bytes()),
    )
    .unwrap();
    let other_key = JwtKeys::new(b"another secret that is long enough!!")
        .sign(&claims(now + 600))
        .unwrap();
    let unsigned = {
        let header = base64_url(r#"{"alg":"none","typ":"JWT"}"#);
        let payload = base64_url(&serde_json::to_string(&claims(now + 600)).unwrap());
        format!("{header}.{payload}.")
    };

    for (name, token) in [
        ("expired", expired),
        ("tampered", tampered),
        ("HS512", hs512),
        ("other key", other_key),
        ("alg none", unsigned),
        ("garbage", "not.a.token".to_owned()),
    ] {
        let (status, body) = app.get("/me", Some(&token)).await;
        assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
        // A bad token is refused even where anonymous access is allowed.
        let (status, _) = app.get("/practices", Some(&token)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name} on a public route");
        let (status, _) = app
            .post("/practices", Some(&token), practice_body("Forged"))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name} creating");
    }
    let (_, search) = app.get("/practices?status=draft", Some(&good)).await;
    assert_eq!(search["total"], 0);
    let (status, _) = app.get("/me", Some(&good)).await;
    assert_eq!(status, StatusCode::OK);
}

fn base64_url(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s)
}

#[tokio::test]
async fn unknown_routes_and_ids_are_problem_documents() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/no-such-thing", None).await;
    assert_problem(status, &body, StatusCode::NOT_FOUND, None);
    let res = app
        .client
        .get(format!("{}/nothing", app.base.trim_end_matches("/v1")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let session = app.register_org("Id Org", "id@org.example").await;
    let (status, body) = app
        .call(
            reqwest::Method::DELETE,
            "/organisations/id-org/invitations/not-a-number",
            Some(&session.tokens.access_token),
            None,
        )
        .await;
    assert_problem(status, &body, StatusCode::NOT_FOUND, None);
}
