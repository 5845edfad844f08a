//! The members directory and organisation profiles.

use reqwest::StatusCode;
use serde_json::json;
use twinning_domain::organisation::{Organisation, OrganisationPage};

use crate::support::{assert_problem, parse, register_body, TestApp};

#[tokio::test]
async fn the_directory_filters_and_paginates_with_totals() {
    let app = TestApp::spawn().await;
    for (name, kind, country, lang) in [
        ("Tampere", "municipality", "FI", "fi"),
        ("Finnish Red Cross Tampere", "ngo", "FI", "fi"),
        ("Dutch Council for Refugees Limburg", "ngo", "NL", "nl"),
        ("Municipality of Saida", "municipality", "LB", "ar"),
    ] {
        let mut body = register_body(name, &format!("{}@dir.example", name.len()));
        body["email"] = json!(format!(
            "{}@dir.example",
            name.replace(' ', ".").to_lowercase()
        ));
        body["organisation"]["kind"] = json!(kind);
        body["organisation"]["country"] = json!(country);
        body["organisation"]["languages"] = json!([lang, "en"]);
        let (status, b) = app.post("/auth/register", None, body).await;
        assert_eq!(status, StatusCode::CREATED, "{b}");
        // The directory lists members the network admins approved.
        app.approve(b["me"]["organisation"]["slug"].as_str().unwrap());
    }
    let list = |q: &'static str| {
        let app = &app;
        async move {
            let (status, body) = app.get(&format!("/organisations?{q}"), None).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            parse::<OrganisationPage>(body)
        }
    };
    assert_eq!(list("").await.total, 4);
    assert_eq!(list("kind=ngo").await.total, 2);
    assert_eq!(list("country=FI").await.total, 2);
    assert_eq!(list("language=ar").await.total, 1);
    assert_eq!(list("language=en&kind=municipality").await.total, 2);
    assert_eq!(list("q=red%20cross").await.total, 1);
    let page = list("per_page=3&page=2").await;
    assert_eq!((page.total, page.items.len()), (4, 1));
    assert_eq!(page.items[0].name, "Tampere", "name order");
    let (status, body) = app.get("/organisations?kind=castle", None).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("kind"),
    );
}

#[tokio::test]
async fn org_admins_edit_their_profile() {
    let app = TestApp::spawn().await;
    let token = app
        .register_org("Zahle", "z@zahle.example")
        .await
        .tokens
        .access_token;
    let (status, body) = app
        .patch(
            "/organisations/zahle",
            Some(&token),
            json!({ "city": "Zahlé", "languages": ["ar", "fr"], "can_mentor": true,
                    "mentor_capacity": 3, "website": "https://zahle.example",
                    "location": { "lat": 33.85, "lon": 35.9 } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let org: Organisation = parse(body);
    assert_eq!(org.city, "Zahlé");
    assert_eq!(
        org.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        ["ar", "fr"]
    );
    assert_eq!(org.themes.len(), 1, "themes were not named and are kept");
    assert!(org.can_mentor);

    let (status, body) = app
        .patch(
            "/organisations/zahle",
            Some(&token),
            json!({ "website": "" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["website"].is_null(), "an empty website clears it");

    let (status, body) = app
        .patch(
            "/organisations/zahle",
            Some(&token),
            json!({ "languages": [], "city": "" }),
        )
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("languages"),
    );
    let (_, detail) = app.get("/organisations/zahle", None).await;
    assert_eq!(
        detail["organisation"]["city"], "Zahlé",
        "nothing was half-written"
    );
    assert_eq!(detail["member_count"], 1);
}
