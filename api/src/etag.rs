//! `ETag` on successful GET responses of the API, and `304 Not Modified` when the client
//! already holds that version: partner systems polling the catalogue re-download nothing.

use actix_web::body::{to_bytes, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::HttpResponse;
use sha2::{Digest, Sha256};

pub async fn etag(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let cacheable = req.method() == Method::GET;
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let res = next.call(req).await?;
    // JSON documents only: files carry the ETag of their SHA-256 and are streamed, never
    // buffered whole here; a response that already has an ETag keeps it.
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim() == "application/json" || v.trim().ends_with("+json"));
    if !cacheable
        || res.status() != StatusCode::OK
        || !json
        || res.headers().contains_key(header::ETAG)
    {
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (head, body) = res.into_parts();
    // API bodies are small JSON documents; buffering them to hash is cheap.
    let bytes = to_bytes(body).await.map_err(|_| {
        actix_web::error::ErrorInternalServerError("could not read the response body")
    })?;
    let digest = Sha256::digest(&bytes);
    let tag: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    let tag = format!("\"{tag}\"");
    let matches = if_none_match.as_deref().is_some_and(|v| {
        v.split(',')
            .any(|t| t.trim().trim_start_matches("W/") == tag || t.trim() == "*")
    });
    let mut res = if matches {
        HttpResponse::NotModified().finish()
    } else {
        head.set_body(BoxBody::new(bytes))
    };
    res.headers_mut().insert(
        header::ETAG,
        header::HeaderValue::from_str(&tag).expect("hex is a valid header value"),
    );
    // Revalidate every time; and what a response holds depends on who asks, and in which
    // languages (practices and organisations are read in the reader's).
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    res.headers_mut().insert(
        header::VARY,
        header::HeaderValue::from_static("Authorization, Accept-Language"),
    );
    Ok(ServiceResponse::new(req, res))
}
