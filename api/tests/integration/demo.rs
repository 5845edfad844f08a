//! The demo network loads into an empty database and its accounts work.

use std::collections::HashSet;

use reqwest::StatusCode;
use twinning_domain::organisation::OrganisationPage;
use twinning_domain::search::PracticeSearch;

use crate::support::{parse, TestApp};

#[tokio::test]
async fn the_demo_network_is_realistic_and_its_accounts_log_in() {
    let app = TestApp::spawn().await;
    let loaded = twinning_api::demo::load(&mut app.store(), &app.clock, &app.mail_settings())
        .expect("demo network loads");
    assert!(loaded.organisations >= 25);
    assert!(
        twinning_api::demo::load(&mut app.store(), &app.clock, &app.mail_settings()).is_err(),
        "only into an empty database"
    );

    let (_, body) = app.get("/organisations?per_page=100", None).await;
    let orgs: OrganisationPage = parse(body);
    assert!(orgs.total >= 25);
    let countries: HashSet<_> = orgs
        .items
        .iter()
        .map(|o| o.country.as_str().to_owned())
        .collect();
    assert!(countries.len() >= 10, "{countries:?}");

    let (_, body) = app.get("/practices?per_page=100", None).await;
    let practices: PracticeSearch = parse(body);
    assert!(practices.total >= 15);
    for p in &practices.items {
        let (status, full) = app.get(&format!("/practices/{}", p.slug), None).await;
        assert_eq!(status, StatusCode::OK);
        for section in ["problem", "approach", "results"] {
            assert!(
                full[section].as_str().unwrap().len() >= 200,
                "{} {section}",
                p.slug
            );
        }
    }

    // Each programme reads in the languages it worked in, and says when it ran.
    let (_, body) = app
        .get(
            "/practices/emergency-scaling-waste-collection?lang=ar",
            None,
        )
        .await;
    assert_eq!(body["ran_from"], 2012);
    assert_eq!(body["ran_until"], 2017);
    let fields = body["translation"]["fields"].as_object().unwrap();
    assert!(fields.len() >= 6);
    for (name, f) in fields {
        assert_eq!(f["language"], "ar", "{name}");
        assert_eq!(
            (f["fallback"].as_bool(), f["stale"].as_bool()),
            (Some(false), Some(false))
        );
    }
    assert!(body["title"].as_str().unwrap().contains("النفايات"));
    let (_, body) = app
        .get_in(
            "/practices/sharing-through-mentoring-peer-exchange",
            None,
            "de-DE, de;q=0.9, en;q=0.5",
        )
        .await;
    assert_eq!(body["translation"]["requested"], "de");
    assert_eq!(
        body["translation"]["available"],
        serde_json::json!(["de", "en", "fr"])
    );
    assert_eq!(
        (body["ran_from"].as_i64(), body["ran_until"].as_i64()),
        (Some(2014), Some(2015))
    );
    for (lang, at_least) in [("ar", 10), ("tr", 5), ("fr", 4), ("de", 4)] {
        let (_, list) = app
            .get(
                &format!("/practices?available_language={lang}&lang={lang}"),
                None,
            )
            .await;
        let list: PracticeSearch = parse(list);
        assert!(list.total >= at_least, "{lang}: {}", list.total);
        for item in &list.items {
            let t = item.translation.as_ref().unwrap();
            assert_eq!(t.fields["title"].language.as_str(), lang, "{}", item.slug);
        }
        let facet = list
            .facets
            .available_language
            .iter()
            .find(|c| c.value == lang);
        assert_eq!(facet.map(|c| c.count), Some(list.total), "{lang}");
    }
    let (_, page) = app.get_in("/organisations/mafraq", None, "ar").await;
    assert_eq!(
        page["organisation"]["translation"]["fields"]["description"]["language"],
        "ar"
    );
    assert_eq!(
        page["practices"][0]["translation"]["fields"]["title"]["language"],
        "ar"
    );

    let logins = twinning_api::demo::logins().unwrap();
    assert_eq!(logins.len(), 3);
    let mut admins = 0;
    for login in logins {
        let session = app.login(&login.email, &login.password).await;
        admins += usize::from(session.me.is_network_admin);
    }
    assert_eq!(admins, 1);

    // The demo shows the spine working: its partner key reads its organisation's people, and
    // the worker turns the demo's events into the admin's notifications and the public feed.
    let key = &loaded.api_key.key;
    let (status, body) = app
        .get(
            &format!("/organisations/{}/members", loaded.api_key.organisation),
            Some(key),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(!body.as_array().unwrap().is_empty());
    let report = app.run_jobs().await;
    assert!(report.done > 70, "{report:?}");
    assert_eq!(report.dead, 0);
    let admin = app
        .login("admin@twinning.example", "twinning-admin-2026")
        .await;
    let (_, bell) = app
        .get("/notifications", Some(&admin.tokens.access_token))
        .await;
    assert_eq!(bell["unread"], 2, "the two submitted practices: {bell}");
    let (_, feed) = app.get("/activity?limit=100", None).await;
    assert!(feed["items"].as_array().unwrap().len() >= 50);

    // Vetting and invitations have something to show: a registration awaiting approval,
    // flagged beside the organisation it duplicates, and an open invitation of the org admin.
    let (_, pending) = app
        .get(
            "/admin/organisations?status=pending",
            Some(&admin.tokens.access_token),
        )
        .await;
    assert_eq!(pending["total"], 1, "{pending}");
    assert_eq!(
        pending["items"][0]["organisation"]["name"],
        "Amman Municipality"
    );
    assert_eq!(
        pending["items"][0]["duplicates"][0]["organisation"]["slug"],
        "greater-amman"
    );
    let org_admin = app
        .login("orgadmin@twinning.example", "twinning-orgadmin-2026")
        .await;
    let (_, invitations) = app
        .get(
            &format!("/organisations/{}/invitations", loaded.api_key.organisation),
            Some(&org_admin.tokens.access_token),
        )
        .await;
    assert_eq!(
        invitations[0]["email"], "sanne.peeters@limburg-refugee-council.example",
        "{invitations}"
    );
    assert!(invitations[0]["used_at"].is_null());
}
