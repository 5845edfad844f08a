//! Test support for accounts and sessions: verifying a new person through the mail they were
//! sent, reading links from the outbox, and the refresh cookie a browser would hold.

use diesel::RunQueryDsl;
use reqwest::StatusCode;
use serde_json::{json, Value};
use twinning_domain::auth::Session;

use crate::support::TestApp;

impl TestApp {
    /// The person of `session` opens the verification link mailed to them, as they would;
    /// the mail is then withdrawn from the outbox (with its job), so that tests counting mails
    /// see only the mails they are about.
    pub async fn verified(&self, mut session: Session) -> Session {
        self.verify_by_mail(&session.me.email).await;
        session.me.email_verified = true;
        session
    }

    pub async fn verify_by_mail(&self, email: &str) {
        let (mail, token) = self
            .outbox_link(email, "/verify-email")
            .unwrap_or_else(|| panic!("no verification mail to {email}"));
        let (status, body) = self
            .post("/auth/verify-email", None, json!({ "token": token }))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
        self.withdraw_mail(mail);
    }

    /// The mails in the outbox to `address`, newest first: `(id, text)`.
    fn outbox_to(&self, address: &str) -> Vec<(i64, String)> {
        let rows: Vec<MailRow> = diesel::sql_query(format!(
            "SELECT id, body_text FROM mail_outbox WHERE to_address = '{}' ORDER BY id DESC",
            address.replace('\'', "''")
        ))
        .load(&mut *self.store())
        .expect("read the outbox");
        rows.into_iter().map(|m| (m.id, m.body_text)).collect()
    }

    /// The newest mail in the outbox to `address` holding a link to `path`, and the link's
    /// token: for tests without an SMTP server.
    pub fn outbox_link(&self, address: &str, path: &str) -> Option<(i64, String)> {
        self.outbox_to(address)
            .into_iter()
            .find_map(|(id, text)| link_token(&text, path).map(|t| (id, t)))
    }

    /// The newest mail in the outbox to `address` whose text holds `marker`, with its text.
    pub fn outbox_mail(&self, address: &str, marker: &str) -> Option<(i64, String)> {
        self.outbox_to(address)
            .into_iter()
            .find(|(_, text)| text.contains(marker))
    }

    /// Removes a queued mail and its sending job, as if it had never been written.
    pub fn withdraw_mail(&self, id: i64) {
        let mut conn = self.store();
        diesel::sql_query(format!(
            "DELETE FROM jobs WHERE dedupe_key = 'send_mail:{id}'"
        ))
        .execute(&mut *conn)
        .expect("delete the mail's job");
        diesel::sql_query(format!("DELETE FROM mail_outbox WHERE id = {id}"))
            .execute(&mut *conn)
            .expect("delete the mail");
    }

    /// Logs in and returns the session with its refresh token (from the cookie).
    pub async fn sign_in(&self, email: &str, password: &str) -> SignedIn {
        let res = self
            .client
            .post(format!("{}/auth/login", self.base))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let refresh = refresh_cookie(&res).expect("login sets the refresh cookie");
        SignedIn {
            session: res.json().await.unwrap(),
            refresh,
        }
    }

    /// POST /auth/refresh with `cookie` as the refresh cookie: the status, the body and the
    /// next refresh token if one was set.
    pub async fn refresh(&self, cookie: &str) -> (StatusCode, Value, Option<String>) {
        self.with_cookie("/auth/refresh", cookie, None).await
    }

    /// POST to an auth route with the refresh cookie (and an access token).
    pub async fn with_cookie(
        &self,
        path: &str,
        cookie: &str,
        token: Option<&str>,
    ) -> (StatusCode, Value, Option<String>) {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("Cookie", format!("twinning_refresh={cookie}"));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        let next = refresh_cookie(&res);
        let text = res.text().await.unwrap();
        let value = serde_json::from_str(&text).unwrap_or(Value::Null);
        (status, value, next)
    }
}

/// A session with its refresh token, as a browser holds it (the token in the cookie jar).
pub struct SignedIn {
    pub session: Session,
    pub refresh: String,
}

impl SignedIn {
    pub fn token(&self) -> &str {
        &self.session.tokens.access_token
    }
}

#[derive(diesel::QueryableByName)]
struct MailRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
    #[diesel(sql_type = diesel::sql_types::Text)]
    body_text: String,
}

/// The token of the first link to `path` (`/verify-email`) in a mail's text.
pub fn link_token(text: &str, path: &str) -> Option<String> {
    let marker = format!("{path}?token=");
    let start = text.find(&marker)? + marker.len();
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}

/// The refresh token a response sets, if it sets one (an empty value clears it).
pub fn refresh_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("twinning_refresh="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .filter(|v| !v.is_empty())
}
