//! The error responses every route shares, declared once for the OpenAPI document. A route
//! lists its success response and the groups that apply to it.
#![allow(dead_code)] // Variants are never built: they only describe responses.

use twinning_domain::Problem;
use utoipa::IntoResponses;

/// Any route: a credential sent but invalid, a request larger than the edge accepts, too many
/// requests, the database down.
#[derive(IntoResponses)]
pub enum Common {
    /// The access token or API key sent is invalid, expired or revoked.
    #[response(status = 401, content_type = "application/problem+json")]
    Unauthenticated(Problem),
    /// The address is too long: a path over 2 KiB (a path parameter of many non-ASCII
    /// characters, percent-encoded) or a query string over 8 KiB.
    #[response(status = 414, content_type = "application/problem+json")]
    UriTooLong(Problem),
    /// A header over 8 KiB, or all of them together over 16 KiB.
    #[response(status = 431, content_type = "application/problem+json")]
    HeadersTooLarge(Problem),
    /// Too many requests: see `Retry-After` (and the `RateLimit-*` headers for API keys).
    #[response(status = 429, content_type = "application/problem+json")]
    RateLimited(Problem),
    /// The database is unreachable; retry later.
    #[response(status = 503, content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// Routes for signed-in callers: refused (403) — not allowed, a key lacking the scope named in
/// `required_scope`, or a key where only people may act.
#[derive(IntoResponses)]
pub enum Restricted {
    #[response(status = 403, content_type = "application/problem+json")]
    Forbidden(Problem),
}

/// Routes that read query parameters or whose action checks the object (a submission that is
/// incomplete).
#[derive(IntoResponses)]
pub enum Query {
    /// A query parameter does not parse.
    #[response(status = 400, content_type = "application/problem+json")]
    Malformed(Problem),
    /// A parameter or the object is not valid: see `errors`, each naming its field.
    #[response(status = 422, content_type = "application/problem+json")]
    Invalid(Problem),
}

/// Routes that read a JSON body (and maybe query parameters).
#[derive(IntoResponses)]
pub enum Input {
    /// The body is not JSON, or a query parameter does not parse.
    #[response(status = 400, content_type = "application/problem+json")]
    Malformed(Problem),
    /// The body is larger than the limit.
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not `application/json`.
    #[response(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Problem),
    /// A field is not valid: see `errors`, each naming its field.
    #[response(status = 422, content_type = "application/problem+json")]
    Invalid(Problem),
}

/// Routes that name an object: it does not exist, or the caller may not see it.
#[derive(IntoResponses)]
pub enum Missing {
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
}

/// Routes whose change can collide: the object changed meanwhile, or a unique value is taken.
#[derive(IntoResponses)]
pub enum Conflicting {
    #[response(status = 409, content_type = "application/problem+json")]
    Conflict(Problem),
}
