//! The demo network loads into an empty database and its accounts work.

use std::collections::HashSet;

use reqwest::StatusCode;
use twinning_domain::organisation::OrganisationPage;
use twinning_domain::search::PracticeSearch;

use crate::support::{parse, TestApp};

#[tokio::test]
async fn the_demo_network_is_realistic_and_its_accounts_log_in() {
    let app = TestApp::spawn().await;
    let loaded =
        twinning_api::demo::load(&mut app.store(), &app.clock).expect("demo network loads");
    assert!(loaded.organisations >= 25);
    assert!(
        twinning_api::demo::load(&mut app.store(), &app.clock).is_err(),
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

    let logins = twinning_api::demo::logins().unwrap();
    assert_eq!(logins.len(), 3);
    let mut admins = 0;
    for login in logins {
        let session = app.login(&login.email, &login.password).await;
        admins += usize::from(session.me.is_network_admin);
    }
    assert_eq!(admins, 1);
}
