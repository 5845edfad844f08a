//! The practice lifecycle and the catalogue search.

use reqwest::StatusCode;
use serde_json::json;
use twinning_domain::practice::Practice;
use twinning_domain::search::PracticeSearch;
use twinning_domain::PracticeStatus;

use crate::support::{assert_problem, parse, practice_body, TestApp};

#[tokio::test]
async fn a_practice_goes_from_draft_to_the_catalogue_and_back_out() {
    let app = TestApp::spawn().await;
    let owner = app
        .register_org("Greater Irbid", "o@irbid.example")
        .await
        .tokens
        .access_token;
    let admin = app
        .network_admin("Secretariat", "a@net.example")
        .await
        .tokens
        .access_token;

    let mut body = practice_body("Door-to-door waste sorting");
    body["problem"] = json!("short");
    let (status, created) = app.post("/practices", Some(&owner), body).await;
    assert_eq!(status, StatusCode::CREATED);
    let p: Practice = parse(created);
    assert_eq!(p.status, PracticeStatus::Draft);
    assert_eq!(p.owner.slug, "greater-irbid");
    assert_eq!(p.figures[0].value, 90);

    // Incomplete drafts cannot be submitted: the missing parts are named.
    let path = format!("/practices/{}", p.slug);
    let (status, body) = app
        .post(&format!("{path}/submit"), Some(&owner), json!(null))
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("problem"),
    );
    let (status, _) = app
        .patch(
            &path,
            Some(&owner),
            json!({ "problem": "Household waste doubled in two years in Irbid." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .post(&format!("{path}/submit"), Some(&owner), json!(null))
        .await;
    assert_eq!(status, StatusCode::OK);

    // Rejected with a reason the owner sees; editable again; resubmitted; published.
    let (status, body) = app
        .post(
            &format!("{path}/reject"),
            Some(&admin),
            json!({ "reason": "Add the budget, please." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "draft");
    let (_, seen) = app.get(&path, Some(&owner)).await;
    assert_eq!(seen["rejection_reason"], "Add the budget, please.");
    app.patch(
        &path,
        Some(&owner),
        json!({ "results": "Budget: 40,000 JOD a year; recyclables up 40 percent." }),
    )
    .await;
    app.post(&format!("{path}/submit"), Some(&owner), json!(null))
        .await;
    let (_, seen) = app.get(&path, Some(&owner)).await;
    assert!(seen["rejection_reason"].is_null());
    let (status, body) = app
        .post(&format!("{path}/publish"), Some(&admin), json!(null))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["published_at"].is_string());

    let (status, _) = app.get(&path, None).await;
    assert_eq!(status, StatusCode::OK);
    // Published practices are no longer edited, and cannot be published twice.
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "title": "New title" }))
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, None);
    let (status, body) = app
        .post(&format!("{path}/publish"), Some(&admin), json!(null))
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, None);
    assert_eq!(body["type"], "urn:twinning:problem:invalid-transition");

    let (status, _) = app
        .post(&format!("{path}/archive"), Some(&admin), json!(null))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.get(&path, None).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "archived practices leave the public catalogue"
    );
}

#[tokio::test]
async fn the_catalogue_finds_words_filters_by_facets_and_paginates() {
    let app = TestApp::spawn().await;
    let owner = app
        .register_org("Amman", "o@amman.example")
        .await
        .tokens
        .access_token;
    let admin = app
        .network_admin("Secretariat", "a@net.example")
        .await
        .tokens
        .access_token;
    for (i, (title, theme, country)) in [
        (
            "Volunteer mentoring for resettled families",
            "volunteering",
            "NL",
        ),
        (
            "Solid waste partnerships with the private sector",
            "solid_waste",
            "JO",
        ),
        ("Language cafés run by refugees", "language", "FI"),
        ("Waste pickers cooperative", "solid_waste", "LB"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut body = practice_body(title);
        body["themes"] = json!([theme]);
        body["countries"] = json!([country]);
        body["approach"] = json!(format!(
            "Step {i}: municipal staff and volunteers work side by side."
        ));
        let (_, created) = app.post("/practices", Some(&owner), body).await;
        let slug = created["slug"].as_str().unwrap().to_owned();
        app.post(
            &format!("/practices/{slug}/submit"),
            Some(&owner),
            json!(null),
        )
        .await;
        app.post(
            &format!("/practices/{slug}/publish"),
            Some(&admin),
            json!(null),
        )
        .await;
    }
    let search = |q: &'static str| {
        let app = &app;
        async move {
            let (status, body) = app.get(&format!("/practices?{q}"), None).await;
            assert_eq!(status, StatusCode::OK, "{q}: {body}");
            parse::<PracticeSearch>(body)
        }
    };

    let all = search("").await;
    assert_eq!(all.total, 4);
    // A word of the title, of the body, several words, and case does not matter.
    assert_eq!(
        search("q=waste").await.total,
        4,
        "every problem text mentions waste"
    );
    assert_eq!(search("q=partnerships").await.total, 1);
    assert_eq!(search("q=CAF%C3%89S").await.total, 1);
    assert_eq!(search("q=MUNICIPAL%20staff").await.total, 4);
    assert_eq!(search("q=waste%20cooperative").await.total, 1);
    assert_eq!(search("q=nothing-like-this").await.total, 0);
    // Title matches come first under relevance.
    let r = search("q=pickers").await;
    assert_eq!(r.items[0].title, "Waste pickers cooperative");

    // Facets: filtering by one value; the counts of that facet ignore its own filter.
    let waste = search("theme=solid_waste").await;
    assert_eq!(waste.total, 2);
    let themes: Vec<(String, i64)> = waste
        .facets
        .theme
        .iter()
        .map(|f| (f.value.clone(), f.count))
        .collect();
    assert!(themes.contains(&("solid_waste".into(), 2)));
    assert!(themes.contains(&("volunteering".into(), 1)));
    let countries: Vec<&str> = waste
        .facets
        .country
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    assert_eq!(countries, vec!["JO", "LB"]);
    assert_eq!(search("theme=solid_waste&country=LB").await.total, 1);
    assert_eq!(search("theme=solid_waste,language").await.total, 3);

    // Pagination keeps the total; sorting by title.
    let p1 = search("per_page=3&sort=title").await;
    let p2 = search("per_page=3&page=2&sort=title").await;
    assert_eq!(
        (p1.items.len(), p2.items.len(), p1.total, p2.total),
        (3, 1, 4, 4)
    );
    assert_eq!(p1.items[0].title, "Language cafés run by refugees");
    assert_eq!(p2.items[0].title, "Waste pickers cooperative");
}

#[tokio::test]
async fn unchanged_lists_answer_304_to_their_etag() {
    let app = TestApp::spawn().await;
    let url = format!("{}/practices?theme=education", app.base);
    let first = app.client.get(&url).send().await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = app
        .client
        .get(&url)
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), tag);

    // A change in the data is a new version.
    app.register_org("Etag Org", "e@etag.example").await;
    let orgs = format!("{}/organisations", app.base);
    let before = app.client.get(&orgs).send().await.unwrap();
    let tag = before.headers()["etag"].to_str().unwrap().to_owned();
    app.register_org("Another Org", "f@etag.example").await;
    let after = app
        .client
        .get(&orgs)
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::OK);
}
