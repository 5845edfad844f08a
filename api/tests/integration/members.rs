//! Org admins managing their people: invitations mailed as links to one address, resent and
//! revoked; roles; removal (the live token fails at once); handing the org-admin role on; the
//! last org admin kept. Network admins looking after people.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{assert_problem, TestApp};

const PASSWORD: &str = "a long password";

/// The code of the newest `/join/{code}` link mailed to `address`.
fn join_code(app: &TestApp, address: &str) -> String {
    let (_, text) = app
        .outbox_mail(address, "/join/")
        .unwrap_or_else(|| panic!("no invitation mailed to {address}"));
    let start = text.find("/join/").unwrap() + "/join/".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn invite(app: &TestApp, token: &str, email: &str, role: &str) -> (StatusCode, Value) {
    app.post(
        "/organisations/tampere/invitations",
        Some(token),
        json!({ "email": email, "role": role }),
    )
    .await
}

async fn accept(app: &TestApp, code: &str, email: &str, password: &str) -> (StatusCode, Value) {
    app.post(
        "/auth/register",
        None,
        json!({ "name": "Aino", "email": email, "password": password, "invitation_code": code }),
    )
    .await
}

async fn lookup(app: &TestApp, code: &str) -> (StatusCode, Value) {
    app.post("/invitations/lookup", None, json!({ "code": code }))
        .await
}

fn emails(members: &Value) -> Vec<&str> {
    members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn an_invitation_link_works_for_its_address_once_and_can_be_resent_or_revoked() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Tampere", "admin@tampere.example").await;
    let token = admin.tokens.access_token.as_str();

    let (status, inv) = invite(&app, token, "Aino@Tampere.example", "member").await;
    assert_eq!(status, StatusCode::CREATED, "{inv}");
    assert_eq!(inv["email"], "aino@tampere.example");
    assert!(inv["sent_at"].is_string());
    let first = join_code(&app, "aino@tampere.example");
    assert_eq!(
        inv["code"],
        first.as_str(),
        "the mailed link carries the code shown"
    );

    // A second invitation to the same address while one is open: resend that one instead.
    let (status, body) = invite(&app, token, "aino@tampere.example", "member").await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("email"));
    // An address that already has an account cannot be invited.
    let (status, body) = invite(&app, token, "admin@tampere.example", "member").await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("email"));

    // The join page reads the link: organisation, role, address, open.
    let (status, preview) = lookup(&app, &first).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert_eq!(preview["organisation"]["slug"], "tampere");
    assert_eq!(preview["email"], "aino@tampere.example");
    assert_eq!(preview["state"], "open");
    let (status, _) = lookup(&app, "not-a-code").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Resending mails a new link; the first stops working.
    let id = inv["id"].as_i64().unwrap();
    let (status, resent) = app
        .post(
            &format!("/organisations/tampere/invitations/{id}/resend"),
            Some(token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{resent}");
    let second = join_code(&app, "aino@tampere.example");
    assert_ne!(first, second);
    assert_eq!(resent["code"], second.as_str());
    assert_eq!(lookup(&app, &first).await.0, StatusCode::NOT_FOUND);

    // Another address cannot use it; its own can, once, and is verified by it.
    let (status, body) = accept(&app, &second, "someone@else.example", PASSWORD).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("email"),
    );
    let (status, joined) = accept(&app, &second, "aino@tampere.example", PASSWORD).await;
    assert_eq!(status, StatusCode::CREATED, "{joined}");
    assert_eq!(joined["me"]["email_verified"], true);
    assert!(
        app.outbox_mail("aino@tampere.example", "/verify-email")
            .is_none(),
        "no verification mail for an address the invitation proved"
    );
    assert_eq!(lookup(&app, &second).await.1["state"], "used");
    let (status, _) = app
        .post(
            &format!("/organisations/tampere/invitations/{id}/resend"),
            Some(token),
            json!(null),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a used invitation is not resent"
    );

    // Revoking: the link reads as revoked and no longer works; twice is a conflict.
    let (_, other) = invite(&app, token, "late@tampere.example", "member").await;
    let code = other["code"].as_str().unwrap().to_owned();
    let path = format!("/organisations/tampere/invitations/{}", other["id"]);
    assert_eq!(
        app.delete(&path, Some(token)).await.0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(app.delete(&path, Some(token)).await.0, StatusCode::CONFLICT);
    assert_eq!(lookup(&app, &code).await.1["state"], "revoked");
    let (status, body) = accept(&app, &code, "late@tampere.example", PASSWORD).await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("invitation_code"),
    );
    // Once revoked, the address may be invited afresh.
    let (status, _) = invite(&app, token, "late@tampere.example", "member").await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn two_identical_invitations_at_once_make_one() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Tampere", "admin@tampere.example").await;
    let token = admin.tokens.access_token.as_str();
    let (a, b) = tokio::join!(
        invite(&app, token, "twin@tampere.example", "member"),
        invite(&app, token, "twin@tampere.example", "member"),
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::CREATED, StatusCode::CONFLICT],
        "{a:?} {b:?}"
    );
    let (_, list) = app
        .get("/organisations/tampere/invitations", Some(token))
        .await;
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn org_admins_change_roles_remove_people_and_hand_their_role_on() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Tampere", "admin@tampere.example").await;
    let token = admin.tokens.access_token.clone();
    let aino = app
        .join(&token, "tampere", "aino@tampere.example", "member")
        .await;
    let aino_id = app.person_id("aino@tampere.example");
    let admin_id = app.person_id("admin@tampere.example");
    let member_path = |id: i64| format!("/organisations/tampere/members/{id}");

    let (status, members) = app
        .get("/organisations/tampere/members", Some(&token))
        .await;
    assert_eq!(status, StatusCode::OK);
    let listed = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == aino_id)
        .unwrap();
    assert_eq!(listed["role"], "member");
    assert_eq!(listed["email_verified"], true);

    // A member manages nobody.
    let (status, _) = app
        .patch(
            &member_path(admin_id),
            Some(&aino.tokens.access_token),
            json!({ "role": "member" }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Nobody changes their own membership here, and the last org admin stays one.
    let (status, body) = app
        .patch(
            &member_path(admin_id),
            Some(&token),
            json!({ "role": "member" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, None);
    assert_eq!(body["type"], "urn:twinning:problem:own-account");
    let net = app.network_admin("Network", "net@network.example").await;
    let (status, body) = app
        .patch(
            &member_path(admin_id),
            Some(&net.tokens.access_token),
            json!({ "role": "member" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, None);
    assert_eq!(body["type"], "urn:twinning:problem:last-org-admin");
    let (status, body) = app
        .delete(&member_path(admin_id), Some(&net.tokens.access_token))
        .await;
    assert_eq!(
        body["type"], "urn:twinning:problem:last-org-admin",
        "{status}"
    );

    // A role change applies on the person's next request, without signing them out.
    let (status, changed) = app
        .patch(
            &member_path(aino_id),
            Some(&token),
            json!({ "role": "org_admin" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["role"], "org_admin");
    let (status, _) = app
        .get(
            "/organisations/tampere/invitations",
            Some(&aino.tokens.access_token),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "Aino manages invitations at once");
    let (_, feed) = app
        .get("/organisations/tampere/activity", Some(&token))
        .await;
    assert!(feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["type"] == "person.role_changed"));

    // Handing the role on: the caller becomes a member, in one step.
    let (status, after) = app
        .post(
            "/organisations/tampere/admin-transfer",
            Some(&token),
            json!({ "person_id": aino_id }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{after}");
    let role_of = |list: &Value, id: i64| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .map(|m| m["role"].as_str().unwrap().to_owned())
    };
    assert_eq!(role_of(&after, admin_id).as_deref(), Some("member"));
    assert_eq!(role_of(&after, aino_id).as_deref(), Some("org_admin"));
    let (status, _) = app
        .get("/organisations/tampere/invitations", Some(&token))
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "the former admin is a member now"
    );

    // Removing a member: their live token fails at once, they cannot sign in, and they are
    // no longer listed or counted.
    let (status, _) = app
        .delete(&member_path(admin_id), Some(&aino.tokens.access_token))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/me", Some(&token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "admin@tampere.example", "password": PASSWORD }),
        )
        .await;
    assert_problem(status, &body, StatusCode::FORBIDDEN, None);
    assert!(
        body["detail"].as_str().unwrap().contains("removed"),
        "{body}"
    );
    let (_, members) = app
        .get(
            "/organisations/tampere/members",
            Some(&aino.tokens.access_token),
        )
        .await;
    assert_eq!(emails(&members), ["aino@tampere.example"]);
    let (_, org) = app.get("/organisations/tampere", None).await;
    assert_eq!(org["member_count"], 1, "{org}");

    // A new invitation to their address brings them back, with the password chosen now.
    let (status, _) = app
        .post(
            "/organisations/tampere/invitations",
            Some(&aino.tokens.access_token),
            json!({ "email": "admin@tampere.example" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let code = join_code(&app, "admin@tampere.example");
    let (status, back) = accept(&app, &code, "admin@tampere.example", "a new long password").await;
    assert_eq!(status, StatusCode::CREATED, "{back}");
    assert_eq!(back["me"]["role"], "member");
    app.login("admin@tampere.example", "a new long password")
        .await;
    assert_eq!(
        app.person_id("admin@tampere.example"),
        admin_id,
        "the same account"
    );
}

#[tokio::test]
async fn two_admins_demoting_each_other_at_once_leave_one_org_admin() {
    let app = TestApp::spawn().await;
    let a = app.register_org("Tampere", "a@tampere.example").await;
    let b = app
        .join(
            &a.tokens.access_token,
            "tampere",
            "b@tampere.example",
            "org_admin",
        )
        .await;
    let a_id = app.person_id("a@tampere.example");
    let b_id = app.person_id("b@tampere.example");
    let demote = |token: &str, id: i64| {
        let path = format!("/organisations/tampere/members/{id}");
        let token = token.to_owned();
        let app = &app;
        async move {
            app.patch(&path, Some(&token), json!({ "role": "member" }))
                .await
                .0
        }
    };
    let (x, y) = tokio::join!(
        demote(&a.tokens.access_token, b_id),
        demote(&b.tokens.access_token, a_id)
    );
    let ok = [x, y].iter().filter(|s| **s == StatusCode::OK).count();
    assert!(ok <= 1, "{x} {y}");
    let (_, members) = app
        .get(
            "/organisations/tampere/members",
            Some(
                &app.network_admin("Network", "n@net.example")
                    .await
                    .tokens
                    .access_token,
            ),
        )
        .await;
    let admins = members
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == "org_admin")
        .count();
    assert!(admins >= 1, "{members}");
}

#[tokio::test]
async fn network_admins_find_disable_enable_and_empower_people() {
    let app = TestApp::spawn().await;
    let net = app.network_admin("Network", "net@network.example").await;
    let admin_token = net.tokens.access_token.as_str();
    let owner = app.register_org("Irbid Water", "owner@irbid.example").await;
    let unverified = app
        .register_org_unverified("Zarqa Youth", "zarqa@zarqa.example")
        .await;
    let owner_id = app.person_id("owner@irbid.example");
    let zarqa_id = app.person_id("zarqa@zarqa.example");

    // Found by any case of a word in the name, address or organisation.
    let (status, page) = app.get("/admin/people?q=IRBID", Some(admin_token)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["email"], "owner@irbid.example");
    assert_eq!(page["items"][0]["organisation"]["slug"], "irbid-water");
    let (_, page) = app
        .get("/admin/people?per_page=1&page=2", Some(admin_token))
        .await;
    assert_eq!(page["total"], 3);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let (status, body) = app
        .get("/admin/people?per_page=500", Some(admin_token))
        .await;
    assert_problem(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some("per_page"),
    );

    // Disabling ends the live token at once and refuses sign-in until enabled.
    let path = |id: i64, action: &str| format!("/admin/people/{id}/{action}");
    let (status, person) = app
        .post(&path(owner_id, "disable"), Some(admin_token), json!(null))
        .await;
    assert_eq!(status, StatusCode::OK, "{person}");
    assert!(person["disabled_at"].is_string());
    let (status, _) = app.get("/me", Some(&owner.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "owner@irbid.example", "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, person) = app
        .post(&path(owner_id, "enable"), Some(admin_token), json!(null))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(person["disabled_at"].is_null());
    let owner = app.login("owner@irbid.example", PASSWORD).await;

    // Never one's own account.
    let net_id = app.person_id("net@network.example");
    let (status, body) = app
        .post(&path(net_id, "disable"), Some(admin_token), json!(null))
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, None);
    assert_eq!(body["type"], "urn:twinning:problem:own-account");

    // Resending a verification link: only to an unverified address.
    let (status, _) = app
        .post(
            &path(zarqa_id, "resend-verification"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(app
        .outbox_link("zarqa@zarqa.example", "/verify-email")
        .is_some());
    drop(unverified);
    let (status, body) = app
        .post(
            &path(owner_id, "resend-verification"),
            Some(admin_token),
            json!(null),
        )
        .await;
    assert_eq!(
        body["type"], "urn:twinning:problem:already-verified",
        "{status}"
    );

    // Network-admin rights: granted and withdrawn from the API; the person's sessions end.
    let (status, person) = app
        .post(
            &path(owner_id, "network-admin"),
            Some(admin_token),
            json!({ "grant": true }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{person}");
    assert_eq!(person["is_network_admin"], true);
    let (status, _) = app.get("/me", Some(&owner.tokens.access_token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let owner = app.login("owner@irbid.example", PASSWORD).await;
    assert!(owner.me.is_network_admin);
    let (status, _) = app
        .call(
            Method::POST,
            &path(owner_id, "network-admin"),
            Some(admin_token),
            Some(json!({ "grant": false })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app
        .post(
            &path(owner_id, "network-admin"),
            Some(admin_token),
            json!({ "grant": "yes" }),
        )
        .await;
    assert_problem(status, &body, StatusCode::UNPROCESSABLE_ENTITY, None);
    let (status, _) = app
        .post(&path(999_999, "disable"), Some(admin_token), json!(null))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_code_from_before_invitations_were_mailed_never_takes_over_a_removed_account() {
    let app = TestApp::spawn().await;
    let admin = app.register_org("Tampere", "admin@tampere.example").await;
    let token = admin.tokens.access_token.clone();
    app.join(&token, "tampere", "aino@tampere.example", "member")
        .await;
    let aino = app.person_id("aino@tampere.example");
    let (status, _) = app
        .delete(
            &format!("/organisations/tampere/members/{aino}"),
            Some(&token),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // An invitation made before invitations went by mail: a bare code, for no address.
    let org = app
        .write(|tx| twinning_store::organisations::find_by_slug(tx, "tampere"))
        .0;
    let admin_id = app.person_id("admin@tampere.example");
    let hash = twinning_api::auth::secrets::token_hash("legacy-code-of-2025");
    let now = chrono::Utc::now().naive_utc();
    app.write(move |tx| {
        use twinning_store::dialect::{execute, Bind};
        execute(
            tx,
            "INSERT INTO invitations (organisation_id, code_hash, email, role, created_by, \
             expires_at, created_at) VALUES (?, ?, NULL, 'member', ?, ?, ?)",
            &[
                Bind::Id(org.get()),
                Bind::Text(hash),
                Bind::Id(admin_id),
                Bind::Time(now + chrono::Duration::days(1)),
                Bind::Time(now),
            ],
        )
    });
    let (status, body) = accept(
        &app,
        "legacy-code-of-2025",
        "aino@tampere.example",
        "a stolen password",
    )
    .await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("email"));
    let (status, _) = app
        .post(
            "/auth/login",
            None,
            json!({ "email": "aino@tampere.example", "password": "a stolen password" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
