//! The committed OpenAPI document is the partner systems' contract: it must match the routes.

use reqwest::StatusCode;

use crate::support::TestApp;

#[test]
fn the_committed_openapi_document_matches_the_routes() {
    let generated = twinning_api::startup::openapi().to_pretty_json().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed.trim() == generated.trim(),
        "openapi/openapi.json is out of date: run `make openapi` and commit the result"
    );
}

#[tokio::test]
async fn the_document_is_served_and_lists_every_route() {
    let app = TestApp::spawn().await;
    let root = app.base.trim_end_matches("/api/v1");
    let doc: serde_json::Value = reqwest::get(format!("{root}/api/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/health", "get"),
        ("/api/v1/auth/register", "post"),
        ("/api/v1/auth/login", "post"),
        ("/api/v1/auth/refresh", "post"),
        ("/api/v1/auth/logout", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/organisations", "get"),
        ("/api/v1/organisations/{slug}", "patch"),
        ("/api/v1/organisations/{slug}/invitations", "post"),
        (
            "/api/v1/organisations/{slug}/invitations/{id}/resend",
            "post",
        ),
        ("/api/v1/organisations/{slug}/members/{person_id}", "patch"),
        ("/api/v1/organisations/{slug}/members/{person_id}", "delete"),
        ("/api/v1/organisations/{slug}/admin-transfer", "post"),
        ("/api/v1/invitations/lookup", "post"),
        ("/api/v1/admin/people", "get"),
        ("/api/v1/admin/people/{id}/disable", "post"),
        ("/api/v1/admin/people/{id}/enable", "post"),
        ("/api/v1/admin/people/{id}/resend-verification", "post"),
        ("/api/v1/admin/people/{id}/network-admin", "post"),
        ("/api/v1/practices", "get"),
        ("/api/v1/practices", "post"),
        ("/api/v1/practices/{slug}", "patch"),
        ("/api/v1/practices/{slug}/submit", "post"),
        ("/api/v1/practices/{slug}/publish", "post"),
        ("/api/v1/practices/{slug}/reject", "post"),
        ("/api/v1/practices/{slug}/archive", "post"),
        ("/api/v1/practices/{slug}/translations", "get"),
        ("/api/v1/practices/{slug}/translations/{lang}", "put"),
        ("/api/v1/practices/{slug}/translations/{lang}", "delete"),
        ("/api/v1/organisations/{slug}/translations", "get"),
        ("/api/v1/organisations/{slug}/translations/{lang}", "put"),
        ("/api/v1/organisations/{slug}/translations/{lang}", "delete"),
        ("/api/v1/admin/moderation", "get"),
        ("/api/v1/notifications", "get"),
        ("/api/v1/notifications/read", "post"),
        ("/api/v1/me/preferences", "get"),
        ("/api/v1/me/preferences", "put"),
        ("/api/v1/unsubscribe/{token}", "get"),
        ("/api/v1/unsubscribe/{token}", "post"),
        ("/api/v1/admin/mail", "get"),
        ("/api/v1/admin/jobs", "get"),
        ("/api/v1/admin/jobs/{id}/retry", "post"),
        ("/api/v1/activity", "get"),
        ("/api/v1/organisations/{slug}/activity", "get"),
        ("/feeds/activity.atom", "get"),
        ("/api/v1/organisations/{slug}/api-keys", "post"),
        ("/api/v1/organisations/{slug}/api-keys", "get"),
        ("/api/v1/organisations/{slug}/api-keys/{id}", "delete"),
        ("/api/v1/admin/api-keys", "get"),
        ("/api/v1/admin/api-keys/{id}", "delete"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path}"
        );
    }
    let api_key = &doc["components"]["securitySchemes"]["api_key"];
    assert_eq!(api_key["bearerFormat"], "twk_…");
    let table = api_key["description"].as_str().unwrap();
    for scope in ["read:private", "write:practices", "write:organisation"] {
        assert!(
            table.contains(&format!("| `{scope}` |")),
            "{scope} in {table}"
        );
    }
    let docs = reqwest::get(format!("{root}/api/docs/")).await.unwrap();
    assert_eq!(docs.status(), StatusCode::OK);
    assert!(docs.text().await.unwrap().contains("swagger"));
}

#[test]
fn every_event_type_is_documented_by_its_wire_name_with_its_payload_schema() {
    use twinning_domain::event::EventType;
    let doc = serde_json::to_value(twinning_api::startup::openapi()).unwrap();
    let schemas = &doc["components"]["schemas"];
    let codes: Vec<&str> = schemas["EventType"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let expected: Vec<&str> = EventType::ALL.iter().map(|t| t.code()).collect();
    assert_eq!(codes, expected);
    for t in EventType::ALL {
        let reference = schemas["EventPayloads"]["properties"][t.code()]["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("{} has no payload in EventPayloads", t.code()));
        let name = reference.trim_start_matches("#/components/schemas/");
        assert!(
            schemas.get(name).is_some(),
            "{} names {name}, which the document lacks",
            t.code()
        );
    }
}
