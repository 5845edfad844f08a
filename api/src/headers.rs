//! Security headers on every response the server gives: the SPA's page and files, the API's
//! JSON and problems, the API docs, the feeds.
//!
//! The Content-Security-Policy allows scripts from this origin only, plus WebAssembly
//! compilation (`'wasm-unsafe-eval'`) and, by their SHA-256, the inline scripts of the SPA's
//! `index.html` (Trunk's loader), hashed at start from the very file served: restart the server
//! after rebuilding the SPA. The API docs (Swagger UI) load their scripts as files and need no
//! hash. Styles come from files too: neither the SPA nor the docs set inline style blocks
//! (React and Leptos set styles through the CSSOM, which `style-src` does not govern; the docs
//! use Swagger UI's base layout, without the top bar whose logo carries a `<style>`).
//!
//! `Cache-Control: no-store` goes on every answer to a request carrying credentials (an
//! `Authorization` header, a cookie) and on everything under `/api/v1/auth/` (tokens), so
//! nothing personal is left in a shared or browser cache.

use std::path::Path;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The headers of this server, computed once at start.
#[derive(Debug, Clone)]
pub struct SecurityHeaders {
    csp: HeaderValue,
    hsts: Option<HeaderValue>,
}

/// Directives every page must carry, even one with its own stricter policy.
const FRAME_AND_BASE: &[(&str, &str)] = &[
    ("frame-ancestors", "frame-ancestors 'none'"),
    ("base-uri", "base-uri 'none'"),
    ("object-src", "object-src 'none'"),
];

const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

impl SecurityHeaders {
    /// `index_html`: the SPA's page, if built; `public_url`: where people reach the server
    /// (HSTS only when it is https, so a plain-http install on a local network keeps working).
    pub fn new(index_html: Option<&str>, public_url: &str) -> SecurityHeaders {
        let hashes: Vec<String> = index_html
            .map(inline_scripts)
            .unwrap_or_default()
            .iter()
            .map(|s| format!("'sha256-{}'", STANDARD.encode(Sha256::digest(s.as_bytes()))))
            .collect();
        let mut script_src = String::from("script-src 'self' 'wasm-unsafe-eval'");
        for h in &hashes {
            script_src.push(' ');
            script_src.push_str(h);
        }
        let csp = [
            "default-src 'self'",
            &script_src,
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
        .join("; ");
        let https = public_url
            .trim()
            .get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("https://"));
        SecurityHeaders {
            csp: HeaderValue::from_str(&csp).expect("the policy is ASCII"),
            hsts: https.then(|| HeaderValue::from_static("max-age=31536000")),
        }
    }

    /// Reads the SPA's `index.html` from `static_dir`, when there is one.
    pub fn for_static_dir(static_dir: &Path, public_url: &str) -> SecurityHeaders {
        let index = std::fs::read_to_string(static_dir.join("index.html")).ok();
        SecurityHeaders::new(index.as_deref(), public_url)
    }

    pub fn content_security_policy(&self) -> &str {
        self.csp.to_str().unwrap_or_default()
    }

    /// Adds the headers to a response. `credentials`: the request carried some, or fetched
    /// tokens.
    pub fn apply(&self, headers: &mut HeaderMap, credentials: bool) {
        let csp = match headers.get(header::CONTENT_SECURITY_POLICY) {
            // A route's own, stricter policy stays, completed with what every page needs.
            Some(own) => {
                let mut own = own.to_str().unwrap_or_default().to_owned();
                for (name, directive) in FRAME_AND_BASE {
                    if !own.split(';').any(|d| d.trim().starts_with(name)) {
                        own.push_str("; ");
                        own.push_str(directive);
                    }
                }
                HeaderValue::from_str(&own).unwrap_or_else(|_| self.csp.clone())
            }
            None => self.csp.clone(),
        };
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS),
        );
        headers.insert(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        );
        if let Some(hsts) = &self.hsts {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, hsts.clone());
        }
        if credentials {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
    }
}

/// The contents of the inline `<script>` elements of an HTML page (those without `src`),
/// exactly as the browser hashes them.
fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<script").map(|i| from + i) {
        let Some(tag_end) = lower[start..].find('>').map(|i| start + i) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| tag_end + i) else {
            break;
        };
        let tag = &lower[start..tag_end];
        let has_src = tag
            .split(|c: char| c.is_whitespace())
            .any(|attr| attr.starts_with("src=") || attr == "src");
        if !has_src {
            out.push(&html[tag_end + 1..close]);
        }
        from = close;
    }
    out
}

/// Whether the response must not be stored: the request carried credentials or is about
/// tokens.
fn carries_credentials(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    headers.contains_key(header::AUTHORIZATION)
        || headers.contains_key(header::COOKIE)
        || req.path().starts_with("/api/v1/auth/")
}

pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let policy = req
        .app_data::<actix_web::web::Data<SecurityHeaders>>()
        .cloned();
    let credentials = carries_credentials(&req);
    let mut res = next.call(req).await?;
    if let Some(policy) = policy {
        policy.apply(res.headers_mut(), credentials);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_INDEX: &str = r#"<!doctype html><html><head>
<link rel="stylesheet" href="/style-1a2b.css" integrity="sha384-x"/>
<script type="module">
import init, * as bindings from '/twinning-frontend-1a2b.js';
const wasm = await init({ module_or_path: '/twinning-frontend-1a2b_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
<link rel="modulepreload" href="/twinning-frontend-1a2b.js"></head>
<body><script src="/other.js"></script></body></html>"#;

    #[test]
    fn the_loader_script_is_allowed_by_its_hash_and_nothing_else_inline() {
        let scripts = inline_scripts(TRUNK_INDEX);
        assert_eq!(scripts.len(), 1);
        assert!(scripts[0].starts_with("\nimport init"));
        let expected = STANDARD.encode(Sha256::digest(scripts[0].as_bytes()));
        let policy = SecurityHeaders::new(Some(TRUNK_INDEX), "http://localhost:8080");
        let csp = policy.content_security_policy();
        assert!(csp.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{expected}'"
        )));
        for directive in [
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} in {csp}");
        }
        assert!(!csp.contains("unsafe-inline"));
        assert!(policy.hsts.is_none());
        assert!(SecurityHeaders::new(None, "HTTPS://twinning.example")
            .hsts
            .is_some());
    }

    #[test]
    fn a_route_policy_is_kept_and_completed() {
        let policy = SecurityHeaders::new(None, "http://x");
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
        );
        policy.apply(&mut headers, false);
        let csp = headers
            .get(header::CONTENT_SECURITY_POLICY)
            .unwrap()
            .to_str()
            .unwrap();
        assert!(csp.starts_with("default-src 'none'; style-src 'unsafe-inline'"));
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"));
        assert!(!headers.contains_key(header::CACHE_CONTROL));
    }
}
