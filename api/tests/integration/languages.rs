//! Written for readers of every language: field errors carry a stable `code` with its
//! `params` (clients write the words), and mails arrive in the recipient's language.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::mail::to;
use crate::smtp::{Received, SmtpServer};
use crate::support::{register_body, Options, TestApp};

/// The error on `field` in a 422 problem document.
fn error_on<'a>(status: StatusCode, body: &'a Value, field: &str) -> &'a Value {
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    body["errors"]
        .as_array()
        .and_then(|errors| errors.iter().find(|e| e["field"] == field))
        .unwrap_or_else(|| panic!("no error on `{field}`: {body}"))
}

#[tokio::test]
async fn every_field_error_carries_a_code_and_its_params() {
    let app = TestApp::spawn().await;

    // The domain's rules: a name too long, a list too short.
    let mut body = register_body("Irbid", "amal@irbid.example");
    body["name"] = json!("n".repeat(121));
    body["organisation"]["languages"] = json!([]);
    let (status, res) = app.post("/auth/register", None, body).await;
    let name = error_on(status, &res, "name");
    assert_eq!(name["code"], "too_long", "{res}");
    assert_eq!(name["params"], json!({ "max": 120 }));
    assert_eq!(name["message"], "must be at most 120 characters");
    let languages = error_on(status, &res, "organisation.languages");
    assert_eq!(languages["code"], "too_few");
    assert_eq!(languages["params"], json!({ "min": 1 }));
    // Every error has a code, and each code is one of the list clients translate.
    for e in res["errors"].as_array().unwrap() {
        let code = e["code"].as_str().unwrap_or_default();
        assert!(
            twinning_domain::problem::reasons::ALL.contains(&code),
            "{e}"
        );
    }

    // What serde refuses: a value outside a vocabulary, a country that is none, a missing field.
    let mut body = register_body("Irbid", "amal@irbid.example");
    body["organisation"]["themes"] = json!(["solid_waste", "space_travel"]);
    let (status, res) = app.post("/auth/register", None, body).await;
    let theme = error_on(status, &res, "organisation.themes[1]");
    assert_eq!(theme["code"], "unknown_value", "{res}");
    assert_eq!(theme["params"]["value"], "space_travel");
    let allowed = theme["params"]["allowed"].as_array().unwrap();
    assert!(allowed.contains(&json!("education")) && allowed.contains(&json!("solid_waste")));

    let mut body = register_body("Irbid", "amal@irbid.example");
    body["organisation"]["country"] = json!("ZZ");
    let (status, res) = app.post("/auth/register", None, body).await;
    let country = error_on(status, &res, "organisation.country");
    assert_eq!(country["code"], "not_country", "{res}");
    assert_eq!(country["params"], json!({ "value": "ZZ" }));

    let (status, res) = app
        .post(
            "/auth/login",
            None,
            json!({ "password": "a long password" }),
        )
        .await;
    let email = error_on(status, &res, "email");
    assert_eq!(email["code"], "required", "{res}");
    assert!(email.get("params").is_none(), "no params, no member: {res}");

    // Query strings: an unknown theme, a page out of range, a number that is none.
    let (status, res) = app.get("/practices?theme=space_travel", None).await;
    let theme = error_on(status, &res, "theme");
    assert_eq!(theme["code"], "unknown_value", "{res}");
    assert_eq!(theme["params"]["value"], "space_travel");
    assert!(theme["params"]["allowed"]
        .as_array()
        .unwrap()
        .contains(&json!("education")));
    let (status, res) = app.get("/practices?per_page=1000", None).await;
    let per_page = error_on(status, &res, "per_page");
    assert_eq!(per_page["code"], "out_of_range", "{res}");
    assert_eq!(per_page["params"], json!({ "min": 1, "max": 100 }));
    let (status, res) = app.get("/practices?page=first", None).await;
    assert_eq!(error_on(status, &res, "page")["code"], "malformed", "{res}");

    // A profile change: a time zone that is none, a control character.
    let s = app.register_org("Mafraq", "m@mafraq.example").await;
    let token = s.tokens.access_token.as_str();
    let (status, res) = app
        .patch(
            "/me",
            Some(token),
            json!({ "time_zone": "Mars/Olympus_Mons", "name": "" }),
        )
        .await;
    let zone = error_on(status, &res, "time_zone");
    assert_eq!(zone["code"], "not_time_zone", "{res}");
    assert_eq!(zone["params"], json!({ "value": "Mars/Olympus_Mons" }));
    assert_eq!(error_on(status, &res, "name")["code"], "required", "{res}");
    let (status, res) = app
        .patch("/me", Some(token), json!({ "name": "Bell\u{7}" }))
        .await;
    let name = error_on(status, &res, "name");
    assert_eq!(name["code"], "control_character", "{res}");
    assert_eq!(name["params"], json!({ "char": "U+0007" }));
    let (status, res) = app
        .patch("/me", Some(token), json!({ "language": "tlh" }))
        .await;
    let language = error_on(status, &res, "language");
    assert_eq!(language["code"], "unknown_value", "{res}");
    assert_eq!(
        language["params"]["allowed"],
        json!(["en", "fr", "de", "ar"])
    );
    let (status, res) = app
        .patch("/me", Some(token), json!({ "nickname": "Amal" }))
        .await;
    let unknown = error_on(status, &res, "nickname");
    assert_eq!(unknown["code"], "unknown_field", "{res}");
}

async fn spawn(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(Options {
        smtp_url: Some(smtp.url()),
        ..Default::default()
    })
    .await
}

/// Sends what is queued and returns the newest mail to `address`.
async fn newest(app: &TestApp, smtp: &SmtpServer, address: &str) -> Received {
    let report = app.run_jobs().await;
    assert_eq!((report.retried, report.dead), (0, 0), "{report:?}");
    to(&smtp.received(), address)
        .pop()
        .unwrap_or_else(|| panic!("no mail to {address}"))
}

async fn ask_reset(app: &TestApp, email: &str) {
    let (status, body) = app
        .post("/auth/password-reset", None, json!({ "email": email }))
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
}

#[tokio::test]
async fn a_french_speaker_gets_french_mails_and_an_arabic_speaker_arabic_ones() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;

    // Registering in French: the first mail, confirming the address, is French already.
    let mut body = register_body("Ville de Lyon", "claire@lyon.example");
    body["language"] = json!("fr");
    body["organisation"]["time_zone"] = json!("Europe/Paris");
    let (status, res) = app.post("/auth/register", None, body).await;
    assert_eq!(status, StatusCode::CREATED, "{res}");
    assert_eq!(res["me"]["language"], "fr");
    let mail = newest(&app, &smtp, "claire@lyon.example").await;
    assert_eq!(mail.subject(), "[Twinning] Confirmez votre adresse e-mail");
    let text = mail.body("text/plain");
    assert!(text.starts_with("Bonjour Test Person,"), "{text}");
    assert!(text.contains("Confirmer mon adresse"), "{text}");
    assert!(text.contains("/verify-email?token="), "{text}");
    assert!(
        text.contains("Le lien ne sert qu’une fois, jusqu’au "),
        "{text}"
    );
    assert!(
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre"
        ]
        .iter()
        .any(|m| text.contains(m)),
        "a French month: {text}"
    );
    let html = mail.body("text/html");
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"), "{html}");

    // A password reset, in French too.
    ask_reset(&app, "claire@lyon.example").await;
    let mail = newest(&app, &smtp, "claire@lyon.example").await;
    assert_eq!(
        mail.subject(),
        "[Twinning] Réinitialisez votre mot de passe"
    );
    assert!(mail.body("text/plain").contains("/reset-password?token="));

    // Someone who reads Arabic (chosen in the profile): their reset link comes in Arabic,
    // right to left, with the time where they are.
    let s = app.register_org("Irbid", "amal@irbid.example").await;
    let (status, res) = app
        .patch(
            "/me",
            Some(&s.tokens.access_token),
            json!({ "language": "ar", "time_zone": "Asia/Amman" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{res}");
    ask_reset(&app, "amal@irbid.example").await;
    let mail = newest(&app, &smtp, "amal@irbid.example").await;
    assert_eq!(mail.subject(), "[Twinning] أعِد تعيين كلمة المرور");
    let text = mail.body("text/plain");
    assert!(text.starts_with("مرحبًا Test Person،"), "{text}");
    assert!(
        text.contains("الساعة") && text.contains("(Asia/Amman)"),
        "{text}"
    );
    assert!(text.contains("/reset-password?token="), "{text}");
    let html = mail.body("text/html");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");

    // Back to English: the fallback, and what a person without a choice reads.
    let s = app.register_org("Kilis", "k@kilis.example").await;
    assert_eq!(s.me.language, twinning_domain::account::UiLanguage::En);
    ask_reset(&app, "k@kilis.example").await;
    let mail = newest(&app, &smtp, "k@kilis.example").await;
    assert_eq!(mail.subject(), "[Twinning] Reset your password");
}

#[tokio::test]
async fn an_invitation_is_written_in_the_inviters_language() {
    let smtp = SmtpServer::start();
    let app = spawn(&smtp).await;
    let admin = app.register_org("Tampere", "admin@tampere.example").await;
    let token = admin.tokens.access_token.as_str();
    let (status, res) = app
        .patch("/me", Some(token), json!({ "language": "de" }))
        .await;
    assert_eq!(status, StatusCode::OK, "{res}");
    let (status, res) = app
        .post(
            "/organisations/tampere/invitations",
            Some(token),
            json!({ "email": "aino@tampere.example", "role": "org_admin" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{res}");
    let mail = newest(&app, &smtp, "aino@tampere.example").await;
    assert_eq!(
        mail.subject(),
        "[Twinning] Tampere lädt Sie zu Twinning ein"
    );
    let text = mail.body("text/plain");
    assert!(
        text.contains("als Administratorin oder Administrator der Organisation"),
        "{text}"
    );
    assert!(text.contains("/join/"), "{text}");
}

#[test]
fn the_document_lists_every_code_with_its_params() {
    let doc: Value =
        serde_json::from_str(&twinning_api::startup::openapi().to_json().unwrap()).unwrap();
    let code = &doc["components"]["schemas"]["FieldError"]["properties"]["code"];
    let listed: Vec<&str> = code["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("an enum: {code}"))
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(listed, twinning_domain::problem::reasons::ALL);
    let description = code["description"].as_str().unwrap();
    for c in listed {
        assert!(description.contains(&format!("`{c}`")), "{c} is described");
    }
}
