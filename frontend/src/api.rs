//! The one way the SPA talks to the server: typed requests with the access token (held in
//! memory), one transparent refresh on 401 with the `HttpOnly` refresh cookie the browser
//! sends by itself, and failures as the server's problem documents.

use std::cell::RefCell;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use twinning_domain::auth::Session;
use twinning_domain::{FieldError, Problem};

use crate::session::{self, tokens};

#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The server answered with a problem document.
    Problem {
        problem: Problem,
        /// Seconds to wait, when the server rate-limited the request.
        retry_after: Option<u64>,
    },
    /// The server could not be reached or answered something unreadable.
    Network(String),
}

impl ApiError {
    /// One sentence for the error banner.
    pub fn message(&self) -> String {
        match self {
            ApiError::Problem {
                retry_after: Some(secs),
                ..
            } => t!("error-rate-limited", seconds = *secs),
            ApiError::Problem { problem, .. } if problem.errors.is_empty() => {
                // The server's English names the thing at hand, so English readers get it;
                // the others get what the kind of problem means, in their language.
                let english = || {
                    if problem.detail.is_empty() {
                        problem.title.clone()
                    } else {
                        problem.detail.clone()
                    }
                };
                if crate::i18n::language() == twinning_domain::account::UiLanguage::En {
                    english()
                } else {
                    let slug = twinning_domain::problem::kinds::slug(&problem.kind);
                    crate::i18n::coded_if_known("problem", slug).unwrap_or_else(english)
                }
            }
            ApiError::Problem { .. } => t!("error-fields-need-attention"),
            ApiError::Network(m) => t!("error-unreachable", detail = m),
        }
    }

    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            ApiError::Problem { problem, .. } => problem.errors.clone(),
            ApiError::Network(_) => vec![],
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem { problem, .. } => Some(problem.status),
            ApiError::Network(_) => None,
        }
    }
}

fn base() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}/api/v1")
}

async fn send(
    method: Method,
    path: &str,
    body: Option<&serde_json::Value>,
    token: Option<&str>,
) -> Result<reqwest::Response, ApiError> {
    let client = reqwest::Client::new();
    let mut req = client
        .request(method, format!("{}{path}", base()))
        .header("Accept", "application/json")
        // Content (practices, descriptions) comes back in the reader's language where it
        // has been translated; the server says per field what it fell back to.
        .header("Accept-Language", crate::i18n::language().code());
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    req.send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))
}

async fn decode<T: DeserializeOwned>(res: reqwest::Response) -> Result<T, ApiError> {
    let status = res.status();
    let retry_after = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok());
    let text = res
        .text()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if status.is_success() {
        // 204 No Content decodes as `()`.
        let text = if text.is_empty() { "null" } else { &text };
        serde_json::from_str(text).map_err(|e| ApiError::Network(e.to_string()))
    } else {
        let problem = serde_json::from_str::<Problem>(&text).unwrap_or_else(|_| Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail: format!("The server answered HTTP {status}."),
            errors: vec![],
            required_scope: None,
        });
        Err(ApiError::Problem {
            problem,
            retry_after: retry_after.filter(|_| status == StatusCode::TOO_MANY_REQUESTS),
        })
    }
}

type Refresh = Shared<LocalBoxFuture<'static, bool>>;

thread_local! {
    /// The refresh under way, if any. Refresh tokens are single-use, so requests that meet a
    /// 401 together must share one refresh rather than each spend the same token.
    static REFRESHING: RefCell<Option<Refresh>> = const { RefCell::new(None) };
}

/// Renews the access token with the refresh cookie; false (and logged out locally) if refused.
async fn refresh() -> bool {
    let running = REFRESHING.with(|r| r.borrow().clone());
    let shared = match running {
        Some(shared) => shared,
        None => {
            let shared = refresh_once().boxed_local().shared();
            REFRESHING.with(|r| *r.borrow_mut() = Some(shared.clone()));
            shared
        }
    };
    let ok = shared.clone().await;
    REFRESHING.with(|r| {
        let mut r = r.borrow_mut();
        if r.as_ref().is_some_and(|running| running.ptr_eq(&shared)) {
            *r = None;
        }
    });
    ok
}

/// Restores the session on load, from the refresh cookie alone.
pub async fn restore() -> bool {
    refresh().await
}

async fn refresh_request() -> Result<Session, ApiError> {
    match send(Method::POST, "/auth/refresh", None, None).await {
        Ok(res) => decode::<Session>(res).await,
        Err(e) => Err(e),
    }
}

async fn refresh_once() -> bool {
    // Two tabs refreshing with one cookie at once are told apart from a replay by the server
    // (a reuse within seconds gets a fresh token), so one attempt is enough.
    match refresh_request().await {
        Ok(session) => {
            session::renewed(session);
            true
        }
        // A network failure is not a refusal: keep the session for the next attempt.
        Err(ApiError::Network(_)) => false,
        Err(ApiError::Problem { .. }) => {
            session::expired();
            false
        }
    }
}

/// Ends the session on the server (the cookie names it; the access token too, if any).
pub async fn logout(access: Option<String>) {
    let _ = send(Method::POST, "/auth/logout", None, access.as_deref()).await;
}

pub async fn call<T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Option<serde_json::Value>,
) -> Result<T, ApiError> {
    if tokens::access().is_none() && tokens::maybe_signed_in() {
        // The page asks before the session is restored: wait for it (or join the refresh
        // under way), so a reload does not fetch private pages anonymously.
        refresh().await;
    }
    let token = tokens::access();
    let res = send(method.clone(), path, body.as_ref(), token.as_deref()).await?;
    if res.status() == StatusCode::UNAUTHORIZED && token.is_some() {
        // Another request may have refreshed while this one was in flight.
        let renewed = tokens::access().is_some_and(|now| Some(&now) != token.as_ref());
        if renewed || refresh().await {
            let retry = send(method, path, body.as_ref(), tokens::access().as_deref()).await?;
            return decode(retry).await;
        }
        if tokens::access().is_none() {
            // The session is over; what was asked may still be public.
            let again = send(method, path, body.as_ref(), None).await?;
            return decode(again).await;
        }
    }
    decode(res).await
}

pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    call(Method::GET, path, None).await
}

pub async fn post<T: DeserializeOwned, B: Serialize>(path: &str, body: &B) -> Result<T, ApiError> {
    let body = serde_json::to_value(body).map_err(|e| ApiError::Network(e.to_string()))?;
    call(Method::POST, path, Some(body)).await
}

/// A POST without a body, for the lifecycle actions.
pub async fn post_empty<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    call(Method::POST, path, None).await
}

pub async fn patch<T: DeserializeOwned, B: Serialize>(path: &str, body: &B) -> Result<T, ApiError> {
    let body = serde_json::to_value(body).map_err(|e| ApiError::Network(e.to_string()))?;
    call(Method::PATCH, path, Some(body)).await
}

pub async fn put<T: DeserializeOwned, B: Serialize>(path: &str, body: &B) -> Result<T, ApiError> {
    let body = serde_json::to_value(body).map_err(|e| ApiError::Network(e.to_string()))?;
    call(Method::PUT, path, Some(body)).await
}

/// A DELETE; whatever the server answers with (nothing, or the deleted object) is ignored.
pub async fn delete(path: &str) -> Result<(), ApiError> {
    call::<serde::de::IgnoredAny>(Method::DELETE, path, None)
        .await
        .map(|_| ())
}

/// Percent-encodes a query value.
pub fn enc(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

/// `k=v&…` from the pairs whose value is not empty, values percent-encoded.
/// `path` with the query of `pairs` (empty values left out), or `path` alone when none is left.
pub fn with_query<K: AsRef<str>, V: AsRef<str>>(path: &str, pairs: &[(K, V)]) -> String {
    let qs = query_string(pairs);
    if qs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{qs}")
    }
}

/// A page number as a query value: empty for the first page, so its address stays short.
pub fn page_param(page: u32) -> String {
    if page > 1 {
        page.to_string()
    } else {
        String::new()
    }
}

pub fn query_string<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.as_ref().is_empty())
        .map(|(k, v)| format!("{}={}", k.as_ref(), enc(v.as_ref())))
        .collect::<Vec<_>>()
        .join("&")
}
