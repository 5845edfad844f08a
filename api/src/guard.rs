//! What every request must be before any route looks at it: an address and headers of bounded
//! size, and no control characters in its path (404: no such thing exists) or its query
//! (422 naming the parameter). Routes then never meet a NUL they could hand to the database.
//!
//! actix itself closes connections whose head passes 128 KiB or 96 headers; the bounds here
//! are tighter and answer with a problem document.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, ResponseError};
use percent_encoding::percent_decode_str;
use twinning_domain::problem::forbidden_control;

use crate::error::ApiError;
use crate::json::query_control_fault;

/// The longest path: slugs and tokens are far shorter.
pub const PATH_MAX: usize = 2048;
/// The longest query string: a search of 200 characters of a non-Latin script,
/// percent-encoded, with every filter, fits with room to spare.
pub const QUERY_MAX: usize = 8192;
/// All header names and values together.
pub const HEADERS_MAX: usize = 16 * 1024;
/// One header value.
pub const HEADER_VALUE_MAX: usize = 8 * 1024;

/// The refusal a request earns before routing, if any.
pub fn check(req: &HttpRequest) -> Result<(), ApiError> {
    let path = req.uri().path();
    let query = req.uri().query().unwrap_or("");
    if path.len() > PATH_MAX || query.len() > QUERY_MAX {
        return Err(ApiError::UriTooLong);
    }
    let mut total = 0;
    for (name, value) in req.headers() {
        if value.len() > HEADER_VALUE_MAX {
            return Err(ApiError::HeadersTooLarge);
        }
        total += name.as_str().len() + value.len();
    }
    if total > HEADERS_MAX {
        return Err(ApiError::HeadersTooLarge);
    }
    if forbidden_control(&percent_decode_str(path).decode_utf8_lossy(), false).is_some() {
        return Err(ApiError::NotFound);
    }
    if let Some(fault) = query_control_fault(query) {
        return Err(ApiError::Validation(vec![fault]));
    }
    Ok(())
}

pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if let Err(refusal) = check(req.request()) {
        return Ok(req.into_response(refusal.error_response()));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    fn refusal(uri: &str) -> Option<u16> {
        check(&TestRequest::get().uri(uri).to_http_request())
            .err()
            .map(|e| e.status_code().as_u16())
    }

    #[test]
    fn paths_and_queries_are_bounded_and_free_of_controls() {
        assert_eq!(refusal("/api/v1/practices/a-plan?page=2&q=caf%C3%A9"), None);
        assert_eq!(refusal("/api/v1/practices/a%00b"), Some(404));
        assert_eq!(refusal("/api/v1/practices/a%0Ab"), Some(404));
        assert_eq!(refusal("/api/v1/practices/a%C2%85b"), Some(404), "C1 NEL");
        assert_eq!(refusal("/api/v1/practices?q=a%00"), Some(422));
        assert_eq!(refusal("/api/v1/practices?q=a%09b"), Some(422), "tab");
        let long_query = format!("/api/v1/practices?q={}", "a".repeat(QUERY_MAX));
        assert_eq!(refusal(&long_query), Some(414));
        let long_path = format!("/api/v1/practices/{}", "a".repeat(PATH_MAX));
        assert_eq!(refusal(&long_path), Some(414));
    }

    #[test]
    fn headers_are_bounded() {
        let big = "x".repeat(HEADER_VALUE_MAX + 1);
        let req = TestRequest::get()
            .uri("/")
            .insert_header(("x-big", big.as_str()))
            .to_http_request();
        assert_eq!(check(&req).unwrap_err().status_code().as_u16(), 431);
        let mut req = TestRequest::get().uri("/");
        for i in 0..5 {
            req = req.insert_header((format!("x-part-{i}"), "y".repeat(4000)));
        }
        assert_eq!(
            check(&req.to_http_request())
                .unwrap_err()
                .status_code()
                .as_u16(),
            431
        );
    }
}
