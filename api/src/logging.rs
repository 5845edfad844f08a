//! Request logs that name the route template (`/api/v1/unsubscribe/{token}`), never the path
//! or query as sent: tokens, join codes and reset links travel in them and must not end up in
//! log files. The client is the address `net::client_ip` gives, the one the limiters count.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

pub struct RouteSpan;

/// What a request's path is logged as: its route template, or a fixed word when no route
/// matched (the raw path of a miss may itself hold a secret someone mistyped).
pub fn route_of(req: &ServiceRequest) -> String {
    req.match_pattern().unwrap_or_else(|| {
        if req.path().starts_with("/api/") {
            "<unmatched api route>".to_owned()
        } else {
            "<static or app page>".to_owned()
        }
    })
}

impl RootSpanBuilder for RouteSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = route_of(request);
        let client = crate::net::client_ip(request.request())
            .map(|ip| ip.to_string())
            .unwrap_or_default();
        let span = tracing::info_span!(
            "request",
            method = %request.method(),
            route = %route,
            client = %client,
            status = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        request.extensions_mut().insert(Started(Instant::now()));
        span
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let (status, elapsed) = match outcome {
            Ok(res) => (
                res.status().as_u16(),
                res.request()
                    .extensions()
                    .get::<Started>()
                    .map(|s| s.0.elapsed().as_millis()),
            ),
            Err(e) => (e.as_response_error().status_code().as_u16(), None),
        };
        span.record("status", status);
        if let Some(ms) = elapsed {
            span.record("elapsed_ms", ms as u64);
        }
        span.in_scope(|| {
            if status >= 500 {
                tracing::warn!(status, "request failed");
            } else {
                tracing::info!(status, "request");
            }
        });
    }
}

#[derive(Clone, Copy)]
struct Started(Instant);

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use actix_web::dev::Service;
    use actix_web::{test, web, App, HttpResponse};

    use super::route_of;

    #[actix_web::test]
    async fn a_logged_route_is_the_template_never_the_secret_in_the_path_or_query() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let app = test::init_service(
            App::new()
                .wrap_fn(move |req, srv| {
                    log.lock().unwrap().push(route_of(&req));
                    srv.call(req)
                })
                .route(
                    "/api/v1/unsubscribe/{token}",
                    web::post().to(HttpResponse::NoContent),
                ),
        )
        .await;
        for uri in [
            "/api/v1/unsubscribe/s3cr3t-token?code=j0in-c0de",
            "/api/v1/nowhere/s3cr3t-token",
            "/join/s3cr3t-token",
        ] {
            test::call_service(&app, test::TestRequest::post().uri(uri).to_request()).await;
        }
        let seen = seen.lock().unwrap().clone();
        assert_eq!(
            seen,
            [
                "/api/v1/unsubscribe/{token}",
                "<unmatched api route>",
                "<static or app page>"
            ]
        );
        assert!(seen
            .iter()
            .all(|r| !r.contains("s3cr3t") && !r.contains("c0de")));
    }
}
