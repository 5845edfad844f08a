//! Content in several languages: translations edited, read back and removed; reads in the
//! reader's language (`?lang=`, `Accept-Language` with q-values) with fallback and stale
//! flags; the catalogue in the reader's language and filtered by available language; the
//! programme's years.

use reqwest::StatusCode;
use serde_json::{json, Value};
use twinning_domain::practice::Practice;
use twinning_domain::search::PracticeSearch;
use twinning_domain::translation::Translations;

use crate::support::{assert_problem, parse, practice_body, TestApp};

const TITLE_AR: &str = "فرز النفايات من الباب إلى الباب";
const SUMMARY_AR: &str = "لجان أحياء من اللاجئين والمجتمع المضيف تفرز النفايات من المصدر.";

/// The error of `field` has `code`.
fn assert_code(status: StatusCode, body: &Value, field: &str, code: &str) {
    assert_problem(status, body, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    let errors = body["errors"].as_array().unwrap();
    assert!(
        errors
            .iter()
            .any(|e| e["field"] == field && e["code"] == code),
        "expected `{code}` on `{field}`: {body}"
    );
}

fn events_of(app: &TestApp, event_type: &str) -> Vec<Value> {
    let mut conn = app.store();
    twinning_store::dialect::json_rows(
        &mut conn,
        "events",
        "event_type = ?",
        &[twinning_store::dialect::Bind::Text(event_type.into())],
    )
    .unwrap()
}

#[tokio::test]
async fn a_practice_is_read_in_the_readers_language_with_fallbacks() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Greater Irbid", "o@irbid.example").await;
    let owner = owner.tokens.access_token;
    let admin = app.network_admin("Secretariat", "a@net.example").await;
    let slug = app
        .published(
            &owner,
            &admin.tokens.access_token,
            "Door-to-door waste sorting",
        )
        .await;
    let path = format!("/practices/{slug}");

    let (status, body) = app
        .put(
            &format!("{path}/translations/ar"),
            Some(&owner),
            json!({ "title": TITLE_AR, "summary": SUMMARY_AR,
                    "figure_labels": ["مشاركاً في ورشة الإطلاق"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Nothing asked: the source, saying so.
    let (_, plain) = app.get(&path, None).await;
    assert_eq!(plain["title"], "Door-to-door waste sorting");
    let t = &plain["translation"];
    assert!(t["requested"].is_null(), "{t}");
    assert_eq!(t["source_language"], "en");
    assert_eq!(t["available"], json!(["ar", "en"]));
    assert_eq!(
        t["fields"]["title"],
        json!({"language": "en", "fallback": false, "stale": false})
    );

    // ?lang=ar: translated fields in Arabic, the others fall back to English.
    let (status, ar) = app.get(&format!("{path}?lang=ar"), None).await;
    assert_eq!(status, StatusCode::OK);
    let p: Practice = parse(ar.clone());
    assert_eq!(p.title, TITLE_AR);
    assert_eq!(p.summary, SUMMARY_AR);
    assert_eq!(p.figures[0].label, "مشاركاً في ورشة الإطلاق");
    assert_eq!(p.figures[0].value, 90);
    let t = p.translation.unwrap();
    assert_eq!(t.requested.unwrap().as_str(), "ar");
    let field = |name: &str| {
        let f = &t.fields[name];
        (f.language.as_str().to_owned(), f.fallback, f.stale)
    };
    assert_eq!(field("title"), ("ar".into(), false, false));
    assert_eq!(field("figures[0].label"), ("ar".into(), false, false));
    assert_eq!(field("problem"), ("en".into(), true, false));
    assert_eq!(field("results"), ("en".into(), true, false));

    // Accept-Language, by q-value: Arabic is preferred over French here.
    let (_, body) = app
        .get_in(&path, None, "fr-CH;q=0.4, ar-JO;q=0.9, en;q=0.1")
        .await;
    assert_eq!(body["title"], TITLE_AR);
    assert_eq!(body["translation"]["requested"], "ar");
    // English outranks Arabic: the source, no fallback.
    let (_, body) = app.get_in(&path, None, "ar;q=0.5, en").await;
    assert_eq!(body["title"], "Door-to-door waste sorting");
    assert_eq!(body["translation"]["requested"], "en");
    assert_eq!(body["translation"]["fields"]["title"]["fallback"], false);
    // A language it is not translated into: the source, as a fallback.
    let (_, body) = app.get_in(&path, None, "tr, de;q=0.8").await;
    assert_eq!(body["title"], "Door-to-door waste sorting");
    assert_eq!(body["translation"]["requested"], "tr");
    assert_eq!(body["translation"]["fields"]["title"]["fallback"], true);
    // q=0 refuses a language; nonsense asks for nothing.
    let (_, body) = app.get_in(&path, None, "ar;q=0, *;q=0.1").await;
    assert_eq!(body["title"], "Door-to-door waste sorting");
    let (status, body) = app.get_in(&path, None, ";;;, q=1, x-klingon").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["translation"]["requested"].is_null());
    // ?lang wins over the header; `*` asks for the text as written (what editors load).
    let (_, body) = app.get_in(&format!("{path}?lang=ar"), None, "en").await;
    assert_eq!(body["title"], TITLE_AR);
    let (_, body) = app.get_in(&format!("{path}?lang=*"), None, "ar").await;
    assert_eq!(body["title"], "Door-to-door waste sorting");
    assert_eq!(
        body["figures"][0]["label"],
        "participants in the launch workshop"
    );
    assert_eq!(body["translation"]["requested"], "en");
    assert_eq!(body["translation"]["fields"]["title"]["fallback"], false);
    // An unknown language is the reader's error, named.
    for bad in ["xx", "arabic", "a%00"] {
        let (status, body) = app.get(&format!("{path}?lang={bad}"), None).await;
        assert_problem(
            status,
            &body,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("lang"),
        );
    }

    // The catalogue reads titles in the reader's language and filters by language.
    let (_, list) = app.get_in("/practices", None, "ar").await;
    let list: PracticeSearch = parse(list);
    assert_eq!(list.items[0].title, TITLE_AR);
    let t = list.items[0].translation.clone().unwrap();
    assert_eq!(
        t.fields.keys().collect::<Vec<_>>(),
        vec!["summary", "title"]
    );
    let counts: Vec<(String, i64)> = list
        .facets
        .available_language
        .iter()
        .map(|c| (c.value.clone(), c.count))
        .collect();
    assert_eq!(counts, vec![("ar".into(), 1), ("en".into(), 1)]);
    let (_, arabic) = app.get("/practices?available_language=ar", None).await;
    assert_eq!(arabic["total"], 1);
    assert_eq!(arabic["items"][0]["title"], "Door-to-door waste sorting");
    let (_, none) = app.get("/practices?available_language=tr,de", None).await;
    assert_eq!(none["total"], 0);
    let (status, body) = app.get("/practices?available_language=xx", None).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("available_language"),
    );
    let (_, body) = app.get("/practices?lang=ar", None).await;
    assert_eq!(body["items"][0]["title"], TITLE_AR);
    let (status, body) = app.get("/practices?lang=zz", None).await;
    assert_code(status, &body, "lang", "not_language");

    // Its words are found in either language.
    let (_, found) = app.get("/practices?q=النفايات&lang=ar", None).await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["title"], TITLE_AR);
    let (_, found) = app.get("/practices?q=door-to-door", None).await;
    assert_eq!(found["total"], 1);

    // The organisation's page lists it in the reader's language too.
    let (_, page) = app.get("/organisations/greater-irbid?lang=ar", None).await;
    assert_eq!(page["practices"][0]["title"], TITLE_AR);
}

#[tokio::test]
async fn translations_are_edited_read_back_removed_and_go_stale() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Greater Irbid", "o@irbid.example").await;
    let owner = owner.tokens.access_token;
    let slug = app.draft(&owner, "Door-to-door waste sorting").await;
    let path = format!("/practices/{slug}");
    let tr = format!("{path}/translations");

    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "title": TITLE_AR, "summary": SUMMARY_AR }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let list: Translations = parse(body);
    assert_eq!(list.source_language.as_str(), "en");
    assert_eq!(list.source["title"], "Door-to-door waste sorting");
    let ar = &list.languages[0];
    assert_eq!(ar.language.as_str(), "ar");
    assert_eq!(ar.fields[0].field, "title");
    assert_eq!(ar.fields[0].body, TITLE_AR);
    assert_eq!(ar.fields[0].source_body, "Door-to-door waste sorting");
    assert!(!ar.fields[0].stale);
    assert_eq!(
        ar.fields[0].translated_by.as_ref().unwrap().name,
        "Test Person",
        "who saved it"
    );
    assert_eq!(
        ar.missing,
        vec!["problem", "approach", "results", "figures[0].label"]
    );

    // The source changes: the translation of the summary is stale, in the list and on reads.
    let (status, _) = app
        .patch(
            &path,
            Some(&owner),
            json!({ "summary": "Mixed committees sort waste at the source, block by block." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = app.get(&tr, Some(&owner)).await;
    let list: Translations = parse(body);
    let summary = list.languages[0]
        .fields
        .iter()
        .find(|f| f.field == "summary")
        .unwrap();
    assert!(summary.stale);
    assert_eq!(
        summary.source_body,
        "Neighbourhood committees of refugees and hosts sort waste at the source."
    );
    let (_, read) = app.get(&format!("{path}?lang=ar"), Some(&owner)).await;
    assert_eq!(read["summary"], SUMMARY_AR);
    assert_eq!(read["translation"]["fields"]["summary"]["stale"], true);
    assert_eq!(read["translation"]["fields"]["title"]["stale"], false);
    // Saved again, it is fresh.
    let (_, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "summary": "لجان مختلطة تفرز النفايات من المصدر، حيّاً حيّاً." }),
        )
        .await;
    let list: Translations = parse(body);
    assert!(list.languages[0].fields.iter().all(|f| !f.stale));

    // Empty or null removes a field; absent keeps it.
    let (_, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "summary": null }),
        )
        .await;
    let list: Translations = parse(body);
    let fields: Vec<&str> = list.languages[0]
        .fields
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, vec!["title"]);
    let (_, body) = app
        .put(&format!("{tr}/ar"), Some(&owner), json!({ "title": "" }))
        .await;
    let list: Translations = parse(body);
    assert!(list.languages.is_empty());

    // A second language, then the whole of it removed (and removed again: still 204).
    app.put(
        &format!("{tr}/fr"),
        Some(&owner),
        json!({ "title": "Tri des déchets au porte-à-porte" }),
    )
    .await;
    let (_, body) = app.get(&format!("{path}?lang=fr"), Some(&owner)).await;
    assert_eq!(body["title"], "Tri des déchets au porte-à-porte");
    let (status, _) = app.delete(&format!("{tr}/fr"), Some(&owner)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.delete(&format!("{tr}/FR"), Some(&owner)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, body) = app.get(&tr, Some(&owner)).await;
    assert_eq!(body["languages"], json!([]));

    // Each change wrote its event in its transaction.
    let events = events_of(&app, "practice.translated");
    assert_eq!(events.len(), 6, "{events:?}");
    let last = events.iter().max_by_key(|e| e["id"].as_i64()).unwrap();
    let last: Value = serde_json::from_str(last["payload"].as_str().unwrap()).unwrap();
    assert_eq!(last["language"], "fr");
    assert_eq!(last["removed"], json!(["title"]));
    assert_eq!(last["practice"]["slug"], slug.as_str());
}

#[tokio::test]
async fn bad_translations_are_refused_with_codes_never_a_500() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Greater Irbid", "o@irbid.example").await;
    let owner = owner.tokens.access_token;
    let slug = app.draft(&owner, "Door-to-door waste sorting").await;
    let tr = format!("/practices/{slug}/translations");
    let title = json!({ "title": TITLE_AR });

    let (status, body) = app
        .put(&format!("{tr}/en"), Some(&owner), title.clone())
        .await;
    assert_code(status, &body, "lang", "source_language");
    let (status, body) = app
        .put(&format!("{tr}/xx"), Some(&owner), title.clone())
        .await;
    assert_code(status, &body, "lang", "not_language");
    let (status, body) = app
        .put(&format!("{tr}/ara"), Some(&owner), title.clone())
        .await;
    assert_code(status, &body, "lang", "not_language");
    let (status, body) = app.delete(&format!("{tr}/en"), Some(&owner)).await;
    assert_code(status, &body, "lang", "source_language");
    let (status, body) = app.delete(&format!("{tr}/qq"), Some(&owner)).await;
    assert_code(status, &body, "lang", "not_language");
    // A NUL in the path is nothing's name.
    let (status, _) = app
        .put(&format!("{tr}/a%00"), Some(&owner), title.clone())
        .await;
    assert!(status.is_client_error(), "{status}");

    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "title": "a\u{0}b" }),
        )
        .await;
    assert_code(status, &body, "title", "control_character");
    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "title": "line\nbreak" }),
        )
        .await;
    assert_code(status, &body, "title", "control_character");
    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "title": "ع".repeat(201), "problem": "x".repeat(20_001) }),
        )
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("title"),
    );
    assert!(body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["field"] == "problem"));
    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "figure_labels": ["واحد", "اثنان"] }),
        )
        .await;
    assert_code(status, &body, "figure_labels[1]", "no_such_figure");
    let (status, body) = app.put(&format!("{tr}/ar"), Some(&owner), json!({})).await;
    assert_code(status, &body, "title", "empty_translation");
    let (status, body) = app
        .put(&format!("{tr}/ar"), Some(&owner), json!({ "titel": "x" }))
        .await;
    assert!(
        status.is_client_error() && status != StatusCode::NOT_FOUND,
        "{status} {body}"
    );
    let huge = "ع".repeat(200_000);
    let (status, _) = app
        .put(
            &format!("{tr}/ar"),
            Some(&owner),
            json!({ "problem": huge }),
        )
        .await;
    assert!(
        status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::UNPROCESSABLE_ENTITY,
        "{status}"
    );

    // Two identical saves at once: both succeed, one translation is kept.
    let url = format!("{tr}/ar");
    let body = json!({ "title": TITLE_AR, "summary": SUMMARY_AR });
    let (a, b) = tokio::join!(
        app.put(&url, Some(&owner), body.clone()),
        app.put(&url, Some(&owner), body.clone())
    );
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{a:?} {b:?}");
    let (_, list) = app.get(&tr, Some(&owner)).await;
    assert_eq!(list["languages"][0]["fields"].as_array().unwrap().len(), 2);

    // The source language cannot become one it is translated into; another is fine.
    let path = format!("/practices/{slug}");
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "source_language": "ar" }))
        .await;
    assert_code(status, &body, "source_language", "translation_exists");
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "source_language": "fr" }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["source_language"], "fr");
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "source_language": "klingon" }))
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("source_language"),
    );
    // Now English is a language it may be translated into.
    let (status, _) = app.put(&format!("{tr}/en"), Some(&owner), title).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn an_organisation_description_is_translated_by_its_editors() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Greater Irbid", "o@irbid.example").await;
    let admin = admin.tokens.access_token;
    let member = app
        .join(&admin, "greater-irbid", "m@irbid.example", "member")
        .await
        .tokens
        .access_token;
    let (status, _) = app
        .patch(
            "/organisations/greater-irbid",
            Some(&admin),
            json!({ "description": "The municipality of Irbid, in northern Jordan." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let tr = "/organisations/greater-irbid/translations";
    let description = "بلدية إربد في شمال الأردن.";
    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&member),
            json!({ "description": description }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, body) = app
        .put(
            &format!("{tr}/ar"),
            Some(&admin),
            json!({ "description": description }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app.get(tr, Some(&member)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["languages"][0]["fields"][0]["body"], description);

    let (_, page) = app
        .get_in("/organisations/greater-irbid", None, "ar-JO")
        .await;
    let o = &page["organisation"];
    assert_eq!(o["description"], description);
    assert_eq!(o["translation"]["available"], json!(["ar", "en"]));
    assert_eq!(o["translation"]["fields"]["description"]["language"], "ar");
    // The directory reads descriptions in the reader's language too.
    let (_, dir) = app.get_in("/organisations", None, "ar, en;q=0.5").await;
    let item = dir["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["slug"] == "greater-irbid")
        .unwrap();
    assert_eq!(item["description"], description);
    let (_, found) = app.get("/organisations?q=الأردن", None).await;
    assert_eq!(
        found["total"], 1,
        "found by the words of its translation: {found}"
    );
    let (_, dir) = app.get_in("/organisations?lang=*", None, "ar").await;
    assert_eq!(
        dir["items"][0]["translation"]["fields"]["description"]["language"],
        "en"
    );
    let (_, page) = app.get("/organisations/greater-irbid?lang=de", None).await;
    let o = &page["organisation"];
    assert_eq!(
        o["description"],
        "The municipality of Irbid, in northern Jordan."
    );
    assert_eq!(o["translation"]["fields"]["description"]["fallback"], true);

    // The description changes: stale.
    app.patch(
        "/organisations/greater-irbid",
        Some(&admin),
        json!({ "description": "The municipality of Irbid." }),
    )
    .await;
    let (_, page) = app.get("/organisations/greater-irbid?lang=ar", None).await;
    assert_eq!(
        page["organisation"]["translation"]["fields"]["description"]["stale"],
        true
    );
    let (status, body) = app
        .put(
            &format!("{tr}/en"),
            Some(&admin),
            json!({ "description": "x" }),
        )
        .await;
    assert_code(status, &body, "lang", "source_language");
    let (status, body) = app
        .patch(
            "/organisations/greater-irbid",
            Some(&admin),
            json!({ "source_language": "ar" }),
        )
        .await;
    assert_code(status, &body, "source_language", "translation_exists");
    let (status, _) = app.delete(&format!("{tr}/ar"), Some(&admin)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, page) = app.get("/organisations/greater-irbid?lang=ar", None).await;
    assert_eq!(
        page["organisation"]["translation"]["available"],
        json!(["en"])
    );
    assert_eq!(events_of(&app, "organisation.translated").len(), 2);
}

#[tokio::test]
async fn a_practice_says_when_its_programme_ran() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Greater Irbid", "o@irbid.example").await;
    let owner = owner.tokens.access_token;
    let mut body = practice_body("Door-to-door waste sorting");
    body["ran_from"] = json!(2012);
    body["ran_until"] = json!(2017);
    let (status, created) = app.post("/practices", Some(&owner), body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(
        (created["ran_from"].clone(), created["ran_until"].clone()),
        (json!(2012), json!(2017))
    );
    let path = format!("/practices/{}", created["slug"].as_str().unwrap());
    let (_, list) = app.get("/practices?status=draft", Some(&owner)).await;
    assert_eq!(list["items"][0]["ran_from"], 2012);

    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "ran_until": 2011 }))
        .await;
    assert_code(status, &body, "ran_until", "period_reversed");
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "ran_from": 1899 }))
        .await;
    assert_code(status, &body, "ran_from", "out_of_range");
    let next_decade = chrono::Datelike::year(&chrono::Utc::now()) + 11;
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "ran_until": next_decade }))
        .await;
    assert_code(status, &body, "ran_until", "out_of_range");
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "ran_until": "soon" }))
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("ran_until"),
    );
    // Still running: the end cleared.
    let (status, body) = app
        .patch(&path, Some(&owner), json!({ "ran_until": null }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["ran_until"].is_null());
    assert_eq!(body["ran_from"], 2012);
    assert_eq!(body["permissions"]["translate"], true);
}

#[tokio::test]
async fn a_translators_deleted_account_leaves_the_translation_with_a_deleted_member() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Greater Irbid", "o@irbid.example").await;
    let owner = owner.tokens.access_token;
    let member = app
        .join(&owner, "greater-irbid", "m@irbid.example", "member")
        .await
        .tokens
        .access_token;
    let slug = app.draft(&owner, "Door-to-door waste sorting").await;
    let tr = format!("/practices/{slug}/translations");
    let (status, _) = app
        .put(
            &format!("{tr}/ar"),
            Some(&member),
            json!({ "title": TITLE_AR }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app
        .call(
            reqwest::Method::DELETE,
            "/me",
            Some(&member),
            Some(json!({ "password": "a long password" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (_, body) = app.get(&tr, Some(&owner)).await;
    let field = &body["languages"][0]["fields"][0];
    assert_eq!(field["body"], TITLE_AR, "the organisation's content stays");
    assert_eq!(field["translated_by"]["name"], "Deleted member");
}
