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

fn assert_coded(status: StatusCode, body: &Value, field: &str, code: &str) {
    assert_problem(status, body, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    let error = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["field"] == field)
        .unwrap();
    assert_eq!(error["code"], code, "{body}");
}

#[tokio::test]
async fn repeated_codes_in_any_list_are_refused_naming_the_repeat() {
    let app = TestApp::spawn().await;
    let before = counts(&app).await;
    // Anonymously, through registration.
    for (list, values) in [
        ("themes", json!(["education", "education"])),
        ("languages", json!(["ar", "ar"])),
    ] {
        let mut body = register_body("Repeat Org", "repeat@input.example");
        body["organisation"][list] = values;
        let (status, problem) = app.post("/auth/register", None, body).await;
        assert_coded(
            status,
            &problem,
            &format!("organisation.{list}[1]"),
            "duplicate_value",
        );
    }
    assert_eq!(counts(&app).await, before, "nothing was created");

    let session = app.register_org("Lists Org", "lists@input.example").await;
    let token = session.tokens.access_token.as_str();
    let slug = app.draft(token, "A practice with lists").await;
    for (list, values) in [
        ("themes", json!(["education", "health", "education"])),
        ("target_groups", json!(["refugees", "refugees"])),
        ("settlement_contexts", json!(["urban", "urban"])),
        ("countries", json!(["JO", "LB", "JO"])),
        ("languages", json!(["ar", "ar"])),
    ] {
        let repeat = if values.as_array().unwrap().len() == 3 {
            2
        } else {
            1
        };
        let field = format!("{list}[{repeat}]");
        let mut body = practice_body("Repeated lists");
        body[list] = values.clone();
        let (status, problem) = app.post("/practices", Some(token), body).await;
        assert_coded(status, &problem, &field, "duplicate_value");
        let (status, problem) = app
            .patch(
                &format!("/practices/{slug}"),
                Some(token),
                json!({ list: values }),
            )
            .await;
        assert_coded(status, &problem, &field, "duplicate_value");
    }
    for (list, values) in [
        ("themes", json!(["education", "education"])),
        ("languages", json!(["en", "en"])),
    ] {
        let (status, problem) = app
            .patch(
                "/organisations/lists-org",
                Some(token),
                json!({ list: values }),
            )
            .await;
        assert_coded(status, &problem, &format!("{list}[1]"), "duplicate_value");
    }
    let (status, problem) = app
        .post(
            "/organisations/lists-org/api-keys",
            Some(token),
            json!({ "name": "Twice", "scopes": ["read:private", "read:private"] }),
        )
        .await;
    assert_coded(status, &problem, "scopes[1]", "duplicate_value");
    let (_, search) = app.get("/practices?status=draft", Some(token)).await;
    assert_eq!(search["total"], 1, "only the first draft exists");
    // In a query, a repeated code is the same filter: folded, not refused.
    let (status, _) = app.get("/practices?theme=education,education", None).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn control_characters_are_refused_in_every_field_kind() {
    let app = TestApp::spawn().await;
    let before = counts(&app).await;
    const CONTROL: &str = "control_character";
    // Body strings, anonymous: one-line fields refuse even a tab; NUL is refused everywhere.
    type Mutation = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Mutation)> = vec![
        ("name", Box::new(|b| b["name"] = json!("Am\u{0}al"))),
        (
            "email",
            Box::new(|b| b["email"] = json!("a\u{0}@input.example")),
        ),
        (
            "password",
            Box::new(|b| b["password"] = json!("a long\u{7} password")),
        ),
        (
            "organisation.name",
            Box::new(|b| b["organisation"]["name"] = json!("Tab\tOrg")),
        ),
        (
            "organisation.description",
            Box::new(|b| b["organisation"]["description"] = json!("bell \u{7}")),
        ),
        // In a list, before the code is even looked up.
        (
            "organisation.themes[0]",
            Box::new(|b| b["organisation"]["themes"] = json!(["educ\u{0}ation"])),
        ),
    ];
    for (field, mutate) in cases {
        let mut body = register_body("Control Org", "control@input.example");
        mutate(&mut body);
        let (status, problem) = app.post("/auth/register", None, body).await;
        assert_coded(status, &problem, field, CONTROL);
    }
    // A key holding one: the object is named, never the key echoed back.
    let res = app
        .client
        .post(format!("{}/auth/login", app.base))
        .header("content-type", "application/json")
        .body("{\"email\\u0000\": \"x\", \"password\": \"y\"}")
        .send()
        .await
        .unwrap();
    let status = res.status();
    let problem: Value = res.json().await.unwrap();
    assert_coded(status, &problem, "body", CONTROL);
    assert_eq!(counts(&app).await, before, "nothing was created");

    // Signed in: practices, nested fields, multi-line text.
    let session = app.register_org("Text Org", "text@input.example").await;
    let token = session.tokens.access_token.as_str();
    let cases: Vec<(&str, Mutation)> = vec![
        (
            "title",
            Box::new(|b| b["title"] = json!("Line\nbreak title")),
        ),
        (
            "summary",
            Box::new(|b| b["summary"] = json!("escape \u{1b}[31m")),
        ),
        (
            "problem",
            Box::new(|b| b["problem"] = json!("nul \u{0} here")),
        ),
        (
            "approach",
            Box::new(|b| b["approach"] = json!("C1 \u{85} here")),
        ),
        (
            "figures[0].label",
            Box::new(|b| b["figures"] = json!([{ "value": 1, "label": "a\u{0}b" }])),
        ),
        (
            "countries[1]",
            Box::new(|b| b["countries"] = json!(["JO", "L\u{0}B"])),
        ),
    ];
    for (field, mutate) in cases {
        let mut body = practice_body("Control characters");
        mutate(&mut body);
        let (status, problem) = app.post("/practices", Some(token), body).await;
        assert_coded(status, &problem, field, CONTROL);
    }
    let (_, search) = app.get("/practices?status=draft", Some(token)).await;
    assert_eq!(search["total"], 0, "no practice was created");
    // Line breaks and tabs are text in multi-line fields.
    let mut body = practice_body("Multi-line text");
    body["problem"] = json!("First line.\r\nSecond line,\tindented.");
    let (status, created) = app.post("/practices", Some(token), body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let slug = created["slug"].as_str().unwrap().to_owned();
    let (status, problem) = app
        .patch(
            "/organisations/text-org",
            Some(token),
            json!({ "city": "Ir\u{0}bid" }),
        )
        .await;
    assert_coded(status, &problem, "city", CONTROL);

    // Query parameters: every one is a single line.
    for (path, field) in [
        ("/practices?q=%00", "q"),
        ("/practices?q=two%0Alines", "q"),
        ("/practices?theme=education%00", "theme"),
        ("/organisations?q=a%07b", "q"),
        ("/activity?cursor=%00", "cursor"),
        ("/notifications?cursor=1%00", "cursor"),
    ] {
        let (status, problem) = app.get(path, Some(token)).await;
        assert_coded(status, &problem, field, CONTROL);
    }
    let res = app
        .client
        .get(format!("{}/feeds/activity.atom?page=%00", app.public_url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Paths: nothing is named by a control character.
    for (method, path) in [
        (reqwest::Method::GET, "/practices/%00"),
        (reqwest::Method::GET, "/practices/a%00b"),
        (reqwest::Method::PATCH, "/practices/x%00"),
        (reqwest::Method::GET, "/organisations/text%00org"),
        (reqwest::Method::GET, "/organisations/text-org%00/members"),
        (reqwest::Method::GET, "/unsubscribe/%00"),
        (reqwest::Method::POST, "/unsubscribe/a%0Db"),
        (
            reqwest::Method::DELETE,
            "/organisations/text-org/invitations/1%00",
        ),
    ] {
        let body = (method == reqwest::Method::PATCH).then(|| json!({ "title": "x" }));
        let (status, problem) = app.call(method, path, Some(token), body).await;
        assert_problem(status, &problem, StatusCode::NOT_FOUND, None);
    }
    let res = app
        .client
        .get(format!("{}/join/%00", app.public_url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (status, _) = app.get(&format!("/practices/{slug}"), Some(token)).await;
    assert_eq!(status, StatusCode::OK);
}

/// Runs `sql` (with `text` bound to its one parameter, if any) on the test database and maps
/// the refusal as the API would.
fn refusal(app: &TestApp, sql: &str, text: Option<&str>) -> Option<twinning_api::error::ApiError> {
    use diesel::sql_types::Text;
    use diesel::RunQueryDsl;
    use twinning_store::DbConn;
    let mut conn = app.store();
    let result = match (&mut *conn, text) {
        (DbConn::Postgres(c), None) => diesel::sql_query(sql).execute(c),
        (DbConn::Sqlite(c), None) => diesel::sql_query(sql).execute(c),
        (DbConn::Postgres(c), Some(t)) => diesel::sql_query(sql.replace('?', "$1"))
            .bind::<Text, _>(t)
            .execute(c),
        (DbConn::Sqlite(c), Some(t)) => diesel::sql_query(sql).bind::<Text, _>(t).execute(c),
    };
    result
        .err()
        .map(|e| twinning_api::error::ApiError::from(twinning_store::StoreError::from(e)))
}

#[tokio::test]
async fn every_refusal_of_the_database_is_a_client_error() {
    use actix_web::ResponseError;
    let app = TestApp::spawn().await;
    let postgres = std::env::var("TWINNING_TEST_BACKEND").as_deref() == Ok("postgres");
    // Tables of the test database's own: each constraint input can break.
    for ddl in [
        "CREATE TABLE edge_parent (id BIGINT PRIMARY KEY)",
        "CREATE TABLE edge_child (parent BIGINT REFERENCES edge_parent (id), \
         n INTEGER CHECK (n > 0), code VARCHAR(3), note TEXT NOT NULL)",
        "INSERT INTO edge_parent (id) VALUES (1)",
    ] {
        assert!(refusal(&app, ddl, None).is_none(), "{ddl}");
    }
    /// What is broken, the statement, its text parameter, the status and code expected.
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, u16, Option<&'a str>);
    let cases: Vec<Case<'_>> = vec![
        (
            "unique",
            "INSERT INTO edge_parent (id) VALUES (1)",
            None,
            409,
            None,
        ),
        (
            "foreign key",
            "INSERT INTO edge_child (parent, n, note) VALUES (999, 1, 'x')",
            None,
            422,
            Some("invalid_reference"),
        ),
        (
            "check",
            "INSERT INTO edge_child (parent, n, note) VALUES (1, -1, 'x')",
            None,
            422,
            Some("not_storable"),
        ),
        (
            "not null",
            "INSERT INTO edge_child (parent, n, note) VALUES (1, 1, NULL)",
            None,
            422,
            Some("not_storable"),
        ),
        (
            "too long",
            "INSERT INTO edge_child (parent, n, code, note) VALUES (1, 1, ?, 'x')",
            Some("abcdef"),
            422,
            Some("not_storable"),
        ),
        (
            "NUL in text",
            "INSERT INTO edge_child (parent, n, note) VALUES (1, 1, ?)",
            Some("a\u{0}b"),
            422,
            Some("control_character"),
        ),
        (
            "out of range",
            "INSERT INTO edge_child (parent, n, note) VALUES (1, 99999999999, 'x')",
            None,
            422,
            Some("not_storable"),
        ),
    ];
    for (name, sql, text, status, code) in cases {
        let Some(error) = refusal(&app, sql, text) else {
            // SQLite keeps what PostgreSQL refuses (a NUL, an over-long VARCHAR, a big number).
            assert!(
                !postgres && ["too long", "NUL in text", "out of range"].contains(&name),
                "{name} should be refused"
            );
            continue;
        };
        assert_eq!(error.status_code().as_u16(), status, "{name}: {error:?}");
        let problem = error.problem();
        if let Some(code) = code {
            assert_eq!(problem.errors[0].code, code, "{name}");
        }
    }
}
