//! Vetting organisations: a registered organisation waits, invisible to the network, until a
//! network admin approves it; rejection mails the reason; suspension hides it and ends its
//! sessions; a merge moves everything to the kept organisation and redirects the old slug;
//! close names are warned of and flagged.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use twinning_domain::auth::Session;

use crate::mail::to;
use crate::smtp::SmtpServer;
use crate::support::{assert_problem, parse, practice_body, register_body, Options, TestApp};

const NOT_ACTIVE: &str = "urn:twinning:problem:organisation-not-active";

async fn atom(app: &TestApp) -> String {
    app.client
        .get(format!("{}/feeds/activity.atom", app.public_url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

fn slugs(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["slug"].as_str().unwrap().to_owned())
        .collect()
}

/// Whether the organisation `slug` (named `name`) shows anywhere to `token`'s holder: the
/// directory (plain, searched, mentors), its page, its activity, the network's feeds, and its
/// published practice `practice` in the catalogue and its facets.
async fn shows(
    app: &TestApp,
    token: Option<&str>,
    slug: &str,
    name: &str,
    practice: Option<&str>,
) -> Vec<&'static str> {
    let mut seen = Vec::new();
    let (_, list) = app.get("/organisations?per_page=100", token).await;
    if slugs(&list["items"]).contains(&slug.to_owned()) {
        seen.push("directory");
    }
    let word = name.split_whitespace().next().unwrap();
    let (_, found) = app.get(&format!("/organisations?q={word}"), token).await;
    if slugs(&found["items"]).contains(&slug.to_owned()) {
        seen.push("search");
    }
    let (_, mentors) = app
        .get("/organisations?can_mentor=true&per_page=100", token)
        .await;
    if slugs(&mentors["items"]).contains(&slug.to_owned()) {
        seen.push("mentors");
    }
    if app.get(&format!("/organisations/{slug}"), token).await.0 == StatusCode::OK {
        seen.push("page");
    }
    if app
        .get(&format!("/organisations/{slug}/activity"), token)
        .await
        .0
        == StatusCode::OK
    {
        seen.push("activity");
    }
    let (_, feed) = app.get("/activity?limit=100", token).await;
    if feed.to_string().contains(&format!("\"slug\":\"{slug}\"")) {
        seen.push("network activity");
    }
    if atom(app).await.contains(name) {
        seen.push("atom");
    }
    if let Some(practice) = practice {
        let (_, catalogue) = app.get("/practices?per_page=100", token).await;
        if slugs(&catalogue["items"]).contains(&practice.to_owned()) {
            seen.push("catalogue");
        }
        let (_, searched) = app.get("/practices?q=Hidden", token).await;
        if searched["total"].as_i64().unwrap() > 0 {
            seen.push("practice search");
        }
        let livelihoods = catalogue["facets"]["theme"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"] == "livelihoods");
        if livelihoods {
            seen.push("facets");
        }
        if app.get(&format!("/practices/{practice}"), token).await.0 == StatusCode::OK {
            seen.push("practice");
        }
    }
    seen
}

fn mentor_body(org_name: &str, email: &str) -> Value {
    let mut body = register_body(org_name, email);
    body["organisation"]["can_mentor"] = json!(true);
    body["organisation"]["mentor_capacity"] = json!(2);
    body["organisation"]["time_zone"] = json!("Asia/Amman");
    body
}

async fn stats(app: &TestApp) -> Value {
    app.get("/stats", None).await.1
}

#[tokio::test]
async fn a_pending_organisation_prepares_unseen_until_approved() {
    let app = TestApp::spawn().await;
    let admin = app
        .network_admin("Network Secretariat", "admin@net.example")
        .await;
    let admin_token = admin.tokens.access_token.as_str();
    let other = app.register_org("Other Org", "o@other.example").await;
    let before = stats(&app).await;

    let (status, body) = app
        .post(
            "/auth/register",
            None,
            mentor_body("Quietwater Relief", "q@quiet.example"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let pending: Session = app.verified(parse(body)).await;
    let token = pending.tokens.access_token.as_str();
    let slug = pending.me.organisation.slug.clone();

    // Its people prepare: the profile, drafts.
    let (status, page) = app
        .get(&format!("/organisations/{slug}"), Some(token))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["organisation"]["status"], "pending");
    assert_eq!(page["organisation"]["time_zone"], "Asia/Amman");
    let (status, saved) = app
        .patch(
            &format!("/organisations/{slug}"),
            Some(token),
            json!({ "city": "Mafraq", "time_zone": "Asia/Amman" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let draft = app.draft(token, "Hidden kitchen gardens").await;
    let (_, detail) = app.get(&format!("/practices/{draft}"), Some(token)).await;
    assert_eq!(detail["permissions"]["submit"], false, "{detail}");
    // …but submit nothing, nor create keys.
    let (status, problem) = app
        .post(
            &format!("/practices/{draft}/submit"),
            Some(token),
            json!(null),
        )
        .await;
    assert_problem(status, &problem, StatusCode::FORBIDDEN, None);
    assert_eq!(problem["type"], NOT_ACTIVE);
    let (status, problem) = app
        .post(
            &format!("/organisations/{slug}/api-keys"),
            Some(token),
            json!({ "name": "Early", "scopes": ["read:private"] }),
        )
        .await;
    assert_eq!(
        (status, problem["type"].as_str()),
        (StatusCode::FORBIDDEN, Some(NOT_ACTIVE))
    );

    // Nobody else sees it, nor counts it.
    for who in [None, Some(other.tokens.access_token.as_str())] {
        let seen = shows(&app, who, &slug, "Quietwater Relief", None).await;
        assert!(seen.is_empty(), "seen in {seen:?}");
    }
    assert_eq!(stats(&app).await, before, "not counted");
    let (status, _) = app.get(&format!("/organisations/{slug}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The admins see it first in their list, with its registrant.
    let (status, list) = app.get("/admin/organisations", Some(admin_token)).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let first = &list["items"][0];
    assert_eq!(first["organisation"]["slug"], slug.as_str());
    assert_eq!(first["organisation"]["status"], "pending");
    assert_eq!(first["registrant"]["email"], "q@quiet.example");
    assert!(first["organisation"]["created_at"].is_string());
    let (_, only) = app
        .get("/admin/organisations?status=pending", Some(admin_token))
        .await;
    assert_eq!(only["total"], 1);
    let (_, overview) = app.get("/admin/overview", Some(admin_token)).await;
    assert_eq!(overview["organisations_pending"], 1);
    let (status, problem) = app
        .get("/admin/organisations?status=gone", Some(admin_token))
        .await;
    assert_problem(
        status,
        &problem,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("status"),
    );

    // Approved, it is everywhere, and submits.
    let (status, approved) = app
        .post(
            &format!("/admin/organisations/{slug}/approve"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{approved}");
    assert_eq!(approved["organisation"]["status"], "active");
    let (status, again) = app
        .post(
            &format!("/admin/organisations/{slug}/approve"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_problem(status, &again, StatusCode::CONFLICT, None);
    let seen = shows(&app, None, &slug, "Quietwater Relief", None).await;
    assert_eq!(
        seen,
        [
            "directory",
            "search",
            "mentors",
            "page",
            "activity",
            "network activity",
            "atom"
        ]
    );
    let after = stats(&app).await;
    assert_eq!(
        after["organisations"],
        before["organisations"].as_i64().unwrap() + 1
    );
    assert_eq!(after["mentors"], before["mentors"].as_i64().unwrap() + 1);
    let (status, body) = app
        .post(
            &format!("/practices/{draft}/submit"),
            Some(token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_registrant_reads_the_decision_and_its_reason_by_mail() {
    let smtp = SmtpServer::start();
    let app = TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        ..Default::default()
    })
    .await;
    let admin = app
        .network_admin("Network Secretariat", "admin@net.example")
        .await;
    let admin_token = admin.tokens.access_token.as_str();
    let refused = app
        .register_pending_org("Shadow Relief", "s@shadow.example")
        .await;
    let welcome = app
        .register_pending_org("Bright Relief", "b@bright.example")
        .await;
    let path = |s: &Session, action: &str| {
        format!("/admin/organisations/{}/{action}", s.me.organisation.slug)
    };

    let (status, problem) = app
        .post(
            &path(&refused, "reject"),
            Some(admin_token),
            json!({ "reason": " " }),
        )
        .await;
    assert_problem(
        status,
        &problem,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("reason"),
    );
    let reason =
        "We could not confirm that this organisation exists; write to us with its registration.";
    let (status, body) = app
        .post(
            &path(&refused, "reject"),
            Some(admin_token),
            json!({ "reason": reason }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status_reason"], reason);
    let (status, _) = app
        .post(&path(&welcome, "approve"), Some(admin_token), json!(null))
        .await;
    assert_eq!(status, StatusCode::OK);
    app.run_jobs().await;

    let mails = to(&smtp.received(), "s@shadow.example");
    assert_eq!(mails.len(), 1, "{:?}", smtp.received());
    assert!(
        mails[0]
            .subject()
            .contains("Shadow Relief was not approved"),
        "{}",
        mails[0].subject()
    );
    assert!(mails[0].body("text/plain").contains(reason));
    let mails = to(&smtp.received(), "b@bright.example");
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject().contains("Bright Relief is approved"));

    // Its people read where it stands on its page; nobody else finds it.
    let token = refused.tokens.access_token.as_str();
    let (_, page) = app
        .get(
            &format!("/organisations/{}", refused.me.organisation.slug),
            Some(token),
        )
        .await;
    assert_eq!(page["organisation"]["status"], "rejected");
    assert_eq!(page["status_reason"], reason);
    let (status, problem) = app
        .post("/practices", Some(token), practice_body("Too late"))
        .await;
    assert_eq!(
        (status, problem["type"].as_str()),
        (StatusCode::FORBIDDEN, Some(NOT_ACTIVE))
    );
    let (status, _) = app
        .get(
            &format!("/organisations/{}", refused.me.organisation.slug),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn published_world() -> (TestApp, Session, Session, String) {
    let app = TestApp::spawn().await;
    let admin = app
        .network_admin("Network Secretariat", "admin@net.example")
        .await;
    let (status, body) = app
        .post(
            "/auth/register",
            None,
            mentor_body("Harbour Aid", "h@harbour.example"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let owner: Session = app.verified(parse(body)).await;
    app.approve(&owner.me.organisation.slug);
    let mut practice = practice_body("Hidden harbour jobs");
    practice["themes"] = json!(["livelihoods"]);
    let (status, created) = app
        .post("/practices", Some(&owner.tokens.access_token), practice)
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let slug = created["slug"].as_str().unwrap().to_owned();
    for (action, token) in [
        ("submit", &owner.tokens.access_token),
        ("publish", &admin.tokens.access_token),
    ] {
        let (status, body) = app
            .post(
                &format!("/practices/{slug}/{action}"),
                Some(token),
                json!(null),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    (app, admin, owner, slug)
}

#[tokio::test]
async fn a_suspended_organisation_is_hidden_with_its_content_kept() {
    let (app, admin, owner, practice) = published_world().await;
    let admin_token = admin.tokens.access_token.as_str();
    let slug = owner.me.organisation.slug.clone();
    let everything = [
        "directory",
        "search",
        "mentors",
        "page",
        "activity",
        "network activity",
        "atom",
        "catalogue",
        "practice search",
        "facets",
        "practice",
    ];
    assert_eq!(
        shows(&app, None, &slug, "Harbour Aid", Some(&practice)).await,
        everything
    );

    let (status, problem) = app
        .post(
            &format!("/admin/organisations/{slug}/suspend"),
            Some(admin_token),
            json!({ "reason": "" }),
        )
        .await;
    assert_problem(
        status,
        &problem,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("reason"),
    );
    let (status, body) = app
        .post(
            &format!("/admin/organisations/{slug}/suspend"),
            Some(admin_token),
            json!({ "reason": "Reported for misuse; under review." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["organisation"]["status"], "suspended");
    let seen = shows(&app, None, &slug, "Harbour Aid", Some(&practice)).await;
    assert!(
        seen.is_empty(),
        "a suspended organisation shows in {seen:?}"
    );
    let (_, overview) = app.get("/admin/overview", Some(admin_token)).await;
    assert_eq!(overview["organisations_suspended"], 1);
    // Its content is kept: the network admins still see it.
    let (status, _) = app
        .get(&format!("/practices/{practice}"), Some(admin_token))
        .await;
    assert_eq!(status, StatusCode::OK);
    // Its people sign in again and read why, but change nothing.
    let back = app.login("h@harbour.example", "a long password").await;
    let token = back.tokens.access_token.as_str();
    let (_, page) = app
        .get(&format!("/organisations/{slug}"), Some(token))
        .await;
    assert_eq!(page["status_reason"], "Reported for misuse; under review.");
    let (status, problem) = app
        .patch(
            &format!("/organisations/{slug}"),
            Some(token),
            json!({ "city": "Aqaba" }),
        )
        .await;
    assert_eq!(
        (status, problem["type"].as_str()),
        (StatusCode::FORBIDDEN, Some(NOT_ACTIVE))
    );

    let (status, _) = app
        .post(
            &format!("/admin/organisations/{slug}/reactivate"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        shows(&app, None, &slug, "Harbour Aid", Some(&practice)).await,
        everything
    );
}

/// Suspension ends every session of its people at once. The refresh token and the live access
/// token both stop working: this needs the per-request session check (`sid` in the access token,
/// the "sessions" capability of issue #8) to pass.
#[tokio::test]
async fn suspension_ends_the_sessions_of_its_people_at_once() {
    let (app, admin, owner, _) = published_world().await;
    let slug = owner.me.organisation.slug.clone();
    let (status, _) = app
        .post(
            &format!("/admin/organisations/{slug}/suspend"),
            Some(&admin.tokens.access_token),
            json!({ "reason": "Reported for misuse." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.get("/me", Some(&owner.tokens.access_token)).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the live access token is refused"
    );
}

#[tokio::test]
async fn a_merge_moves_everything_to_the_kept_organisation_and_redirects() {
    let app = TestApp::spawn().await;
    let admin = app
        .network_admin("Network Secretariat", "admin@net.example")
        .await;
    let admin_token = admin.tokens.access_token.as_str();
    let kept = app
        .register_org("Amman Relief Network", "k@kept.example")
        .await;
    let absorbed = app
        .register_org("Relief Network of Amman", "a@absorbed.example")
        .await;
    let a_token = absorbed.tokens.access_token.clone();
    let a = absorbed.me.organisation.slug.clone();
    let k = kept.me.organisation.slug.clone();
    let member = app.join(&a_token, &a, "m@absorbed.example", "member").await;
    let draft = app
        .draft(&member.tokens.access_token, "Shared kitchens")
        .await;
    let (_, key) = app.api_key(&a_token, &a, &["read:private"]).await;
    let (status, _) = app
        .post(
            &format!("/organisations/{a}/invitations"),
            Some(&a_token),
            json!({ "email": "later@absorbed.example" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    for (into, field) in [(a.as_str(), "into"), ("nowhere", "into")] {
        let (status, problem) = app
            .post(
                &format!("/admin/organisations/{a}/merge"),
                Some(admin_token),
                json!({ "into": into }),
            )
            .await;
        assert_problem(
            status,
            &problem,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(field),
        );
    }
    let (status, problem) = app
        .post(
            &format!("/admin/organisations/{a}/merge"),
            Some(&kept.tokens.access_token),
            json!({ "into": k }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");

    let (status, outcome) = app
        .post(
            &format!("/admin/organisations/{a}/merge"),
            Some(admin_token),
            json!({ "into": k }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(outcome["from"]["slug"], a.as_str());
    assert_eq!(outcome["into"]["slug"], k.as_str());
    assert_eq!(outcome["moved"]["people.organisation_id"], 2);
    assert_eq!(outcome["moved"]["practices.organisation_id"], 1);
    assert_eq!(outcome["moved"]["api_keys.organisation_id"], 1);
    assert!(
        outcome["moved"]["invitations.organisation_id"]
            .as_i64()
            .unwrap()
            >= 1
    );

    // The old address redirects, for anyone.
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}/organisations/{a}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        res.headers()["location"].to_str().unwrap(),
        format!("/api/v1/organisations/{k}")
    );
    // Its people, practices and keys are the kept organisation's now.
    let (_, members) = app
        .get(
            &format!("/organisations/{k}/members"),
            Some(&kept.tokens.access_token),
        )
        .await;
    let emails: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert!(
        emails.contains(&"m@absorbed.example") && emails.contains(&"a@absorbed.example"),
        "{emails:?}"
    );
    let moved = app.login("m@absorbed.example", "a long password").await;
    assert_eq!(moved.me.organisation.slug, k);
    let (status, practice) = app
        .get(
            &format!("/practices/{draft}"),
            Some(&moved.tokens.access_token),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(practice["owner"]["slug"], k.as_str());
    let (status, _) = app
        .get(&format!("/organisations/{k}/members"), Some(&key))
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the key acts for the kept organisation"
    );
    // A token issued for the absorbed organisation no longer works.
    let (status, _) = app.get("/me", Some(&a_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The kept organisation's activity tells of the merge.
    let (_, feed) = app
        .get(
            &format!("/organisations/{k}/activity"),
            Some(&kept.tokens.access_token),
        )
        .await;
    assert!(feed.to_string().contains("organisation.merged"), "{feed}");
}

#[tokio::test]
async fn a_name_close_to_a_members_is_warned_of_and_flagged() {
    let app = TestApp::spawn().await;
    twinning_api::demo::load(&mut app.store(), &app.clock, &app.mail_settings())
        .expect("the demo network loads");
    let admin = app
        .login("admin@twinning.example", "twinning-admin-2026")
        .await;
    let admin_token = admin.tokens.access_token.as_str();

    let (status, body) = app
        .post(
            "/auth/register",
            None,
            register_body("Amman Municipality", "x@amman.example"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // The demo network holds a pending "Amman Municipality" of its own: each pair is flagged.
    let names = |list: &Value| -> Vec<String> {
        list.as_array()
            .expect("a list")
            .iter()
            .map(|d| d["organisation"]["slug"].as_str().unwrap().to_owned())
            .collect()
    };
    let warnings = &body["warnings"];
    assert_eq!(warnings[0]["code"], "possible_duplicate");
    assert!(
        names(warnings).contains(&"greater-amman".to_owned()),
        "{warnings}"
    );
    let session: Session = parse(body);
    let slug = session.me.organisation.slug.clone();

    let (_, list) = app
        .get("/admin/organisations?status=pending", Some(admin_token))
        .await;
    let mine = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisation"]["slug"] == slug.as_str())
        .expect("the new registration awaits approval");
    let greater_amman = mine["duplicates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["organisation"]["slug"] == "greater-amman")
        .expect("flagged beside Greater Amman Municipality");
    assert!(greater_amman["score"].as_f64().unwrap() >= 0.99);
    let demo_pending = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisation"]["slug"] != slug.as_str())
        .expect("the demo's own pending registration");
    assert!(names(&demo_pending["duplicates"]).contains(&"greater-amman".to_owned()));
    let (_, active) = app
        .get(
            "/admin/organisations?status=active&per_page=100",
            Some(admin_token),
        )
        .await;
    let greater = active["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisation"]["slug"] == "greater-amman")
        .unwrap();
    assert!(names(&greater["duplicates"]).contains(&slug), "{greater}");

    // Dismissed, the pair is not flagged again.
    let (status, body) = app
        .post(
            &format!("/admin/organisations/{slug}/duplicates/greater-amman/dismiss"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        !names(&body["duplicates"]).contains(&"greater-amman".to_owned()),
        "{body}"
    );
    let (status, _) = app
        .post(
            &format!("/admin/organisations/{slug}/duplicates/greater-amman/dismiss"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A rename close to another member's name is warned of too.
    let (status, saved) = app
        .patch(
            &format!("/organisations/{slug}"),
            Some(&session.tokens.access_token),
            json!({ "name": "Municipality of Zarqa" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["name"], "Municipality of Zarqa");
    assert_eq!(saved["warnings"][0]["organisation"]["slug"], "zarqa");
    let (status, saved) = app
        .call(
            Method::PATCH,
            &format!("/organisations/{slug}"),
            Some(&session.tokens.access_token),
            Some(json!({ "time_zone": "Asia/Atlantis" })),
        )
        .await;
    assert_problem(
        status,
        &saved,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("time_zone"),
    );
}
