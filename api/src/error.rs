//! Every failure of the API becomes one RFC 9457 problem document here, and only here.
//! Internal errors are logged with their cause and answered without it.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use twinning_domain::principal::{Denied, Scope};
use twinning_domain::problem::{kinds, FieldError, FieldErrors, Problem, Reason};
use twinning_flows::FlowError;
use twinning_store::dialect::{Refusal, RefusalKind};
use twinning_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the input is not valid")]
    Validation(Vec<FieldError>),
    /// A body that is not JSON, or that cannot be read at all.
    #[error("{detail}")]
    Malformed { detail: String },
    #[error("{0}")]
    Unauthenticated(&'static str),
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("verify your email address first: open the link mailed to you, or ask for a new one")]
    EmailUnverified,
    #[error("this API key lacks the scope `{0}`")]
    MissingScope(Scope),
    #[error("not found")]
    NotFound,
    #[error("{reason}")]
    Conflict { field: String, reason: Reason },
    #[error("{0}")]
    InvalidTransition(String),
    #[error("your organisation is {}: {}", .0.code(), organisation_not_active_detail(*.0))]
    OrganisationNotActive(twinning_domain::OrganisationStatus),
    /// A domain rule refuses the request as it stands; the problem type names the rule.
    #[error("{message}")]
    Refused { kind: &'static str, message: String },
    #[error("too many requests; try again after the seconds in `Retry-After`")]
    RateLimited { retry_after_secs: u64 },
    #[error("the request body is too large")]
    PayloadTooLarge,
    #[error("the address (path or query string) is too long")]
    UriTooLong,
    #[error("the request headers are too large")]
    HeadersTooLarge,
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    #[error("the database is unavailable")]
    Unavailable,
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

fn organisation_not_active_detail(status: twinning_domain::OrganisationStatus) -> &'static str {
    use twinning_domain::OrganisationStatus::*;
    match status {
        Pending => "it may do this once a network admin approves it",
        Rejected => "a network admin did not approve it",
        Suspended => "a network admin suspended it",
        Active => "it is active",
    }
}

impl ApiError {
    pub fn field(field: &str, reason: Reason) -> ApiError {
        ApiError::Validation(vec![FieldError::new(field, reason)])
    }

    fn kind_and_title(&self) -> (&'static str, &'static str) {
        match self {
            ApiError::Validation(_) => (kinds::VALIDATION, "Invalid input"),
            ApiError::Malformed { .. } => (kinds::MALFORMED, "Malformed request"),
            ApiError::Unauthenticated(_) => (kinds::UNAUTHENTICATED, "Authentication required"),
            ApiError::Forbidden(_) => (kinds::FORBIDDEN, "Not allowed"),
            ApiError::EmailUnverified => (kinds::EMAIL_UNVERIFIED, "Email address not verified"),
            ApiError::MissingScope(_) => (kinds::INSUFFICIENT_SCOPE, "Insufficient scope"),
            ApiError::NotFound => (kinds::NOT_FOUND, "Not found"),
            ApiError::Conflict { .. } => (kinds::CONFLICT, "Conflict"),
            ApiError::InvalidTransition(_) => (kinds::INVALID_TRANSITION, "Invalid transition"),
            ApiError::OrganisationNotActive(_) => {
                (kinds::ORGANISATION_NOT_ACTIVE, "Organisation not active")
            }
            ApiError::Refused { kind, .. } => (kind, "Refused"),
            ApiError::RateLimited { .. } => (kinds::RATE_LIMITED, "Too many requests"),
            ApiError::PayloadTooLarge => (kinds::PAYLOAD_TOO_LARGE, "Payload too large"),
            ApiError::UriTooLong => (kinds::URI_TOO_LONG, "URI too long"),
            ApiError::HeadersTooLarge => (kinds::HEADERS_TOO_LARGE, "Headers too large"),
            ApiError::UnsupportedMediaType => {
                (kinds::UNSUPPORTED_MEDIA_TYPE, "Unsupported media type")
            }
            ApiError::Unavailable => (kinds::UNAVAILABLE, "Service unavailable"),
            ApiError::Internal(_) => (kinds::INTERNAL, "Internal error"),
        }
    }

    pub fn problem(&self) -> Problem {
        let (kind, title) = self.kind_and_title();
        let (detail, errors) = match self {
            ApiError::Validation(errors) => (
                "Some fields are not valid; see `errors`.".to_owned(),
                errors.clone(),
            ),
            ApiError::Conflict { field, reason } => (
                reason.to_string(),
                vec![FieldError::new(field.clone(), reason.clone())],
            ),
            ApiError::NotFound => (
                "There is nothing here, or you may not see it.".to_owned(),
                vec![],
            ),
            ApiError::Internal(_) => (
                "Something went wrong on our side; it has been logged.".to_owned(),
                vec![],
            ),
            other => (other.to_string(), vec![]),
        };
        Problem {
            kind: kind.to_owned(),
            title: title.to_owned(),
            status: self.status_code().as_u16(),
            detail,
            errors,
            required_scope: match self {
                ApiError::MissingScope(scope) => Some(scope.code().to_owned()),
                _ => None,
            },
        }
    }
}

impl From<FieldErrors> for ApiError {
    fn from(e: FieldErrors) -> Self {
        ApiError::Validation(e.into_vec())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::Conflict { field, reason } => ApiError::Conflict {
                field: field.to_owned(),
                reason,
            },
            StoreError::Pool(_) => ApiError::Unavailable,
            other => match other.refusal() {
                Some(refusal) => {
                    // Validation lets nothing through that the database refuses; when it
                    // does, the client still hears it was their input, and the log says which
                    // rule is missing.
                    tracing::warn!(error = %other, "the database refused the input");
                    refused(refusal)
                }
                None => ApiError::Internal(anyhow::Error::new(other)),
            },
        }
    }
}

fn refused(refusal: Refusal) -> ApiError {
    let field = refusal.column.unwrap_or_else(|| "body".to_owned());
    let reason = match refusal.kind {
        RefusalKind::Taken => {
            return ApiError::Conflict {
                field,
                reason: Reason::taken(),
            }
        }
        RefusalKind::Dangling => Reason::invalid_reference(),
        // Which character the database refused is not known here: a NUL is the one that
        // validation lets no further, so the fault is named as one.
        RefusalKind::BadText => {
            Reason::control_character('\0').saying("holds characters that cannot be stored")
        }
        RefusalKind::TooLong => Reason::not_storable().saying("is too long"),
        RefusalKind::OutOfRange => Reason::not_storable().saying("is out of range"),
        RefusalKind::NotAllowed => Reason::not_storable().saying("is not an allowed value"),
    };
    ApiError::Validation(vec![FieldError::new(field, reason)])
}

impl From<twinning_store::DieselError> for ApiError {
    fn from(e: twinning_store::DieselError) -> Self {
        StoreError::from(e).into()
    }
}

impl From<Denied> for ApiError {
    fn from(d: Denied) -> Self {
        match d {
            Denied::Unauthenticated => ApiError::Unauthenticated(
                "sign in, or send an access token or API key as `Authorization: Bearer …`",
            ),
            Denied::Forbidden(why) => ApiError::Forbidden(why),
            Denied::MissingScope(scope) => ApiError::MissingScope(scope),
            Denied::NotForKeys => {
                ApiError::Forbidden("API keys may not do this; sign in as a person")
            }
            Denied::EmailUnverified => ApiError::EmailUnverified,
            Denied::OrganisationNotActive(status) => ApiError::OrganisationNotActive(status),
        }
    }
}

impl From<FlowError> for ApiError {
    fn from(e: FlowError) -> Self {
        match e {
            FlowError::Denied(d) => d.into(),
            FlowError::NotFound => ApiError::NotFound,
            FlowError::Invalid(errors) => errors.into(),
            FlowError::Transition(why) => ApiError::InvalidTransition(why),
            FlowError::Conflict { field, reason } => ApiError::Conflict {
                field: field.to_owned(),
                reason,
            },
            FlowError::Refused { code, message } => ApiError::Refused {
                kind: kinds::refusal(code),
                message,
            },
            FlowError::Store(e) => e.into(),
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Malformed { .. } => StatusCode::BAD_REQUEST,
            ApiError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_)
            | ApiError::MissingScope(_)
            | ApiError::EmailUnverified
            | ApiError::OrganisationNotActive(_) => StatusCode::FORBIDDEN,
            ApiError::Refused { .. } => StatusCode::CONFLICT,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Conflict { .. } | ApiError::InvalidTransition(_) => StatusCode::CONFLICT,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UriTooLong => StatusCode::URI_TOO_LONG,
            ApiError::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(e) = self {
            tracing::error!(error = ?e, "internal error");
        }
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json");
        match self {
            ApiError::RateLimited { retry_after_secs } => {
                res.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            ApiError::Unauthenticated(_) => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            // RFC 6750: clients that know OAuth read the missing scope from the header too.
            ApiError::MissingScope(scope) => {
                res.insert_header((
                    header::WWW_AUTHENTICATE,
                    format!("Bearer error=\"insufficient_scope\", scope=\"{scope}\""),
                ));
            }
            _ => {}
        }
        res.json(self.problem())
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
