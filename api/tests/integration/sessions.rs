//! Sessions that end at once, and "my account": each request reads the person's rights with
//! their session, so logout, a password change, signing a device out, `grant-admin` and
//! changes of role take effect on the live access token; the profile is validated.

use reqwest::StatusCode;
use serde_json::json;
use twinning_domain::account::SessionInfo;
use twinning_domain::auth::Me;

use crate::support::{assert_problem, parse, TestApp};

fn sql(app: &TestApp, statement: &str) {
    use diesel::RunQueryDsl;
    diesel::sql_query(statement)
        .execute(&mut *app.store())
        .unwrap_or_else(|e| panic!("{statement}: {e}"));
}

async fn sessions(app: &TestApp, token: &str) -> Vec<SessionInfo> {
    let (status, body) = app.get("/me/sessions", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    parse(body)
}

#[tokio::test]
async fn a_password_change_asks_the_current_one_and_ends_the_other_sessions() {
    let app = TestApp::spawn().await;
    app.register_org("Irbid", "p@irbid.example").await;
    let here = app.sign_in("p@irbid.example", "a long password").await;
    let there = app.sign_in("p@irbid.example", "a long password").await;

    let (status, body) = app
        .post(
            "/me/password",
            Some(here.token()),
            json!({ "current": "not my password", "new": "a brand new password" }),
        )
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("current"),
    );
    let (status, body) = app
        .post(
            "/me/password",
            Some(here.token()),
            json!({ "current": "a long password", "new": "short" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::UNPROCESSABLE_ENTITY, Some("new"));

    let (status, body) = app
        .post(
            "/me/password",
            Some(here.token()),
            json!({ "current": "a long password", "new": "a brand new password" }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    // This device stays signed in, and can still refresh; the other is out at once.
    let (status, _) = app.get("/me", Some(here.token())).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = app.refresh(&here.refresh).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app.get("/me", Some(there.token())).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let (status, _, _) = app.refresh(&there.refresh).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    app.login("p@irbid.example", "a brand new password").await;
}

#[tokio::test]
async fn the_session_list_marks_this_device_and_signs_others_out() {
    let app = TestApp::spawn().await;
    let first = app.register_org("Mafraq", "s@mafraq.example").await;
    let res = app
        .client
        .post(format!("{}/auth/login", app.base))
        .header("User-Agent", "Phone browser/1.0")
        .json(&json!({ "email": "s@mafraq.example", "password": "a long password" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let phone: twinning_domain::auth::Session = res.json().await.unwrap();
    let laptop = app.sign_in("s@mafraq.example", "a long password").await;

    let list = sessions(&app, laptop.token()).await;
    assert_eq!(list.len(), 3, "{list:?}");
    assert_eq!(list.iter().filter(|s| s.current).count(), 1);
    let phone_session = list
        .iter()
        .find(|s| s.user_agent == "Phone browser/1.0")
        .expect("the phone is listed with its user agent")
        .clone();
    assert!(!phone_session.current);
    assert_eq!(phone_session.ip, "127.0.0.1");

    // Another person cannot end it.
    let stranger = app.register_org("Other", "x@other.example").await;
    let path = format!("/me/sessions/{}", phone_session.id);
    let (status, _) = app.delete(&path, Some(&stranger.tokens.access_token)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get("/me", Some(&phone.tokens.access_token)).await;
    assert_eq!(status, StatusCode::OK);

    let (status, _) = app.delete(&path, Some(laptop.token())).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/me", Some(&phone.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.delete(&path, Some(laptop.token())).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "already over");
    assert_eq!(sessions(&app, laptop.token()).await.len(), 2);

    // Sign out everywhere: this device too.
    let (status, _) = app.delete("/me/sessions", Some(laptop.token())).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for token in [laptop.token(), first.tokens.access_token.as_str()] {
        let (status, _) = app.get("/me", Some(token)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _, _) = app.refresh(&laptop.refresh).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The stranger's sessions are theirs.
    let (status, _) = app.get("/me", Some(&stranger.tokens.access_token)).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn grant_admin_and_its_revocation_end_the_live_access_tokens() {
    let app = TestApp::spawn().await;
    let admin = app.network_admin("Network", "a@net.example").await;
    let token = admin.tokens.access_token.clone();
    let (status, _) = app.get("/admin/overview", Some(&token)).await;
    assert_eq!(status, StatusCode::OK);

    // Rights are read on each request: withdrawn in the database, gone at once.
    app.write(|tx| twinning_store::accounts::set_network_admin(tx, "a@net.example", false));
    let (status, _) = app.get("/admin/overview", Some(&token)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    app.write(|tx| twinning_store::accounts::set_network_admin(tx, "a@net.example", true));
    let (status, _) = app.get("/admin/overview", Some(&token)).await;
    assert_eq!(status, StatusCode::OK);

    // `twinning grant-admin --revoke` also ends every session of the person.
    let mut conn = app.store();
    twinning_store::write(&mut conn, &app.clock, |tx| {
        twinning_flows::people::set_network_admin(tx, "A@net.example", false)
    })
    .unwrap();
    let (status, body) = app.get("/admin/overview", Some(&token)).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    let again = app.login("a@net.example", "a long password").await;
    assert!(!again.me.is_network_admin);
    let (status, _) = app
        .get("/admin/overview", Some(&again.tokens.access_token))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let unknown = twinning_store::write(&mut conn, &app.clock, |tx| {
        twinning_flows::people::set_network_admin(tx, "nobody@net.example", true)
    });
    assert!(matches!(unknown, Err(twinning_flows::FlowError::NotFound)));
}

#[tokio::test]
async fn a_change_of_role_holds_from_the_next_request() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Sittard", "admin@sittard.example").await;
    let member = app
        .join(
            &admin.tokens.access_token,
            "sittard",
            "m@sittard.example",
            "member",
        )
        .await;
    let token = member.tokens.access_token.clone();
    let patch = json!({ "city": "Geleen" });
    let (status, _) = app
        .patch("/organisations/sittard", Some(&token), patch.clone())
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    sql(
        &app,
        "UPDATE people SET role = 'org_admin' WHERE email = 'm@sittard.example'",
    );
    let (status, body) = app
        .patch("/organisations/sittard", Some(&token), patch.clone())
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    sql(
        &app,
        "UPDATE people SET role = 'member' WHERE email = 'm@sittard.example'",
    );
    let (status, _) = app
        .patch("/organisations/sittard", Some(&token), patch)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_token_of_a_deleted_or_disabled_person_is_refused() {
    let app = TestApp::spawn().await;
    let gone = app.register_org("Gone Org", "gone@gone.example").await;
    let disabled = app.register_org("Paused Org", "p@paused.example").await;
    let deleted = app.register_org("Kept Org", "k@kept.example").await;

    sql(&app, "DELETE FROM people WHERE email = 'gone@gone.example'");
    let (status, body) = app.get("/me", Some(&gone.tokens.access_token)).await;
    assert_problem(status, &body, StatusCode::UNAUTHORIZED, None);
    // Even where anonymous callers are welcome: the credential is bad.
    let (status, _) = app.get("/practices", Some(&gone.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    sql(
        &app,
        "UPDATE people SET disabled_at = created_at WHERE email = 'p@paused.example'",
    );
    let (status, _) = app.get("/me", Some(&disabled.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "p@paused.example", "password": "a long password" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);

    sql(
        &app,
        "UPDATE people SET deleted_at = created_at WHERE email = 'k@kept.example'",
    );
    let (status, _) = app.get("/me", Some(&deleted.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "k@kept.example", "password": "a long password" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn my_account_changes_are_validated() {
    let app = TestApp::spawn().await;
    let s = app.register_org("Tampere", "me@tampere.example").await;
    app.register_org("Other", "taken@other.example").await;
    let token = s.tokens.access_token.clone();

    let (status, body) = app
        .patch(
            "/me",
            Some(&token),
            json!({ "name": "Aino Virtanen", "language": "fr", "time_zone": "Europe/Helsinki" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let me: Me = parse(body);
    assert_eq!(me.name, "Aino Virtanen");
    assert_eq!(me.language.code(), "fr");
    assert_eq!(me.time_zone, "Europe/Helsinki");
    assert!(me.email_verified, "the address did not change");
    let (_, fetched) = app.get("/me", Some(&token)).await;
    assert_eq!(parse::<Me>(fetched), me);

    for (body, field) in [
        (json!({ "time_zone": "Mars/Olympus_Mons" }), "time_zone"),
        (json!({ "time_zone": "europe/helsinki" }), "time_zone"),
        (json!({ "language": "xx" }), "language"),
        (json!({ "name": "   " }), "name"),
        (json!({ "email": "not an address" }), "email"),
        (json!({ "time_zone": 3 }), "time_zone"),
    ] {
        let (status, answer) = app.patch("/me", Some(&token), body.clone()).await;
        assert_problem(
            status,
            &answer,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(field),
        );
    }
    let (status, body) = app
        .patch(
            "/me",
            Some(&token),
            json!({ "email": "Taken@Other.example" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("email"));
    let (status, body) = app
        .patch("/me", Some(&token), json!({ "role": "org_admin" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // Nothing of the refused changes was kept.
    let (_, fetched) = app.get("/me", Some(&token)).await;
    assert_eq!(parse::<Me>(fetched), me);
}
