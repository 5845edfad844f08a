//! The one way the SPA talks to the server: typed requests with the access token, one
//! transparent refresh on 401, and failures as the server's problem documents.

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use twinning_domain::auth::{RefreshRequest, TokenPair};
use twinning_domain::{FieldError, Problem};

use crate::session::tokens;

#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The server answered with a problem document.
    Problem(Problem),
    /// The server could not be reached or answered something unreadable.
    Network(String),
}

impl ApiError {
    pub fn message(&self) -> String {
        match self {
            ApiError::Problem(p) if p.errors.is_empty() => p.detail.clone(),
            ApiError::Problem(p) => format!("{} {}", p.title, p.detail),
            ApiError::Network(m) => format!("The server could not be reached: {m}"),
        }
    }

    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            ApiError::Problem(p) => p.errors.clone(),
            ApiError::Network(_) => vec![],
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
    let mut req = client.request(method, format!("{}{path}", base()));
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
    let text = res
        .text()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if status.is_success() {
        let text = if text.is_empty() { "null" } else { &text };
        serde_json::from_str(text).map_err(|e| ApiError::Network(e.to_string()))
    } else {
        Err(serde_json::from_str::<Problem>(&text)
            .map(ApiError::Problem)
            .unwrap_or_else(|_| ApiError::Network(format!("HTTP {status}"))))
    }
}

/// Trades the stored refresh token for a new pair; false (and logged out locally) if refused.
async fn refresh() -> bool {
    let Some(refresh_token) = tokens::refresh() else {
        return false;
    };
    let body = serde_json::to_value(RefreshRequest { refresh_token }).unwrap_or_default();
    match send(Method::POST, "/auth/refresh", Some(&body), None).await {
        Ok(res) if res.status().is_success() => match decode::<TokenPair>(res).await {
            Ok(pair) => {
                tokens::store(&pair);
                true
            }
            Err(_) => false,
        },
        _ => {
            tokens::clear();
            false
        }
    }
}

pub async fn call<T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Option<serde_json::Value>,
) -> Result<T, ApiError> {
    let token = tokens::access();
    let res = send(method.clone(), path, body.as_ref(), token.as_deref()).await?;
    if res.status() == StatusCode::UNAUTHORIZED && token.is_some() && refresh().await {
        let retry = send(method, path, body.as_ref(), tokens::access().as_deref()).await?;
        return decode(retry).await;
    }
    if res.status() == StatusCode::UNAUTHORIZED && token.is_some() {
        // The session is over; what was asked may still be public.
        tokens::clear();
        let again = send(method, path, body.as_ref(), None).await?;
        return decode(again).await;
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

pub async fn patch<T: DeserializeOwned, B: Serialize>(path: &str, body: &B) -> Result<T, ApiError> {
    let body = serde_json::to_value(body).map_err(|e| ApiError::Network(e.to_string()))?;
    call(Method::PATCH, path, Some(body)).await
}

pub async fn delete(path: &str) -> Result<(), ApiError> {
    call(Method::DELETE, path, None).await
}

/// Percent-encodes a query value.
pub fn enc(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}
