//! One-click unsubscribe from the links and headers of mails, and the mail outbox network
//! admins read (everything a server without SMTP would have sent).

use super::responses;
use actix_web::http::header;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use twinning_domain::notify::MailPage;
use twinning_domain::outbox::{MailQuery, Unsubscribed};
use twinning_domain::policy;
use twinning_flows::mail::{self, escape_html};

use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::ValidQuery;
use crate::state::AppState;

/// The longest token this server gives out is far shorter; longer ones are not looked at.
const TOKEN_MAX: usize = 200;

fn token(path: web::Path<String>) -> ApiResult<String> {
    let token = path.into_inner();
    if token.len() > TOKEN_MAX {
        return Err(crate::error::ApiError::NotFound);
    }
    Ok(token)
}

fn page(title: &str, body: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        ))
        .body(format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width\"><title>{title} · Twinning</title></head>\
             <body style=\"font-family: sans-serif; max-width: 36em; margin: 3em auto\">\
             <h1>{title}</h1>\n{body}</body></html>\n",
            title = escape_html(title)
        ))
}

/// The page a mail's "stop these mails" link opens: it asks before acting (link scanners
/// follow links; only the POST unsubscribes). 404 for an invalid token.
#[utoipa::path(
    operation_id = "unsubscribe_page",
    tag = "notifications",
    params(("token" = String, Path, max_length = 200, description = "From the mail's link")),
    responses(
        (status = 200, description = "A page with a button that unsubscribes", content_type = "text/html"),
        responses::Common,
        responses::Missing,
    )
)]
#[get("/unsubscribe/{token}")]
pub async fn unsubscribe_page(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let token = token(path)?;
    let topic = state
        .db(move |conn| Ok(mail::check_unsubscribe(conn, &token)?))
        .await?;
    Ok(page(
        "Stop these mails?",
        &format!(
            "<p>You will no longer receive mails about: <strong>{}</strong>. You still see \
             these notifications in Twinning, and can turn mails back on in your account.</p>\
             <form method=\"post\"><button type=\"submit\">Stop these mails</button></form>\n",
            escape_html(topic.describe())
        ),
    ))
}

/// One-click unsubscribe (RFC 8058): mail clients POST here from the `List-Unsubscribe`
/// header, with no sign-in. Sets the token's kind of notification to `never` (the digest's
/// token: every kind the person gets weekly). 404 for an invalid token.
#[utoipa::path(
    operation_id = "unsubscribe",
    tag = "notifications",
    params(("token" = String, Path, max_length = 200, description = "From the mail's `List-Unsubscribe` header or link")),
    responses(
        (status = 200, body = Unsubscribed),
        responses::Common,
        responses::Missing,
    )
)]
#[post("/unsubscribe/{token}")]
pub async fn unsubscribe(
    http: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let token = token(path)?;
    let kinds = state
        .write(move |tx| Ok(mail::unsubscribe(tx, &token)?))
        .await?;
    // The page's own form is a browser: answer it with a page, and clients with JSON.
    let wants_html = http
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if wants_html {
        return Ok(page(
            "You are unsubscribed",
            "<p>You will receive no more of these mails. You can turn them back on in your \
             account.</p>\n",
        ));
    }
    Ok(HttpResponse::Ok().json(Unsubscribed {
        unsubscribed: kinds,
    }))
}

/// The mail outbox, newest first: every mail written, with its status (`kept` when no SMTP
/// server is configured). Outside demo mode, single-use secrets in mails (invitation codes,
/// reset links) read `[redacted]`. Network admins only.
#[utoipa::path(
    operation_id = "list_mail",
    tag = "admin",
    params(MailQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = MailPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
    )
)]
#[get("/admin/mail")]
pub async fn outbox(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    ValidQuery(query): ValidQuery<MailQuery>,
) -> ApiResult<web::Json<MailPage>> {
    policy::network_admin(&principal)?;
    let filter = query.parse()?;
    let redact = !state.demo;
    let page = state
        .db(move |conn| Ok(twinning_store::mail::page(conn, &filter, redact)?))
        .await?;
    Ok(web::Json(page))
}
