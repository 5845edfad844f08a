//! The links mailed to a person: verifying their address, and resetting a forgotten password.

use super::accounts::Minted;
use super::responses;
use actix_web::http::header::CACHE_CONTROL;
use actix_web::{post, web, HttpRequest, HttpResponse};
use twinning_domain::account::{
    MailQueued, PasswordResetConfirm, PasswordResetRequest, VerifyEmailRequest,
};
use twinning_flows::people::{self as flow, Resend};

use crate::auth::secrets::token_hash;
use crate::auth::{password, PersonAuth};
use crate::error::{ApiError, ApiResult};
use crate::json::ValidJson;
use crate::net::client_ip;
use crate::state::AppState;

const RESET_ANSWER: &str = "If this address belongs to an account, a link to choose a new \
password is on its way. It works once, for one hour.";

/// Verifies an address with the token of the link mailed to it (`/verify-email?token=…`). No
/// sign-in needed: the link may be opened on another device. The token works once, for 48
/// hours, and only while the account still has the address it was sent to; otherwise 422 on
/// `token`.
#[utoipa::path(
    tag = "auth",
    request_body = VerifyEmailRequest,
    responses(
        (status = 204, description = "The address is verified"),
        responses::Common,
        responses::Input,
    )
)]
#[post("/auth/verify-email")]
pub async fn verify_email(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<VerifyEmailRequest>,
) -> ApiResult<HttpResponse> {
    let hash = token_hash(&req.token);
    state
        .write(move |tx| Ok(flow::verify_email(tx, &hash)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Mails the caller a new link to verify their address: at most one a minute and ten a day
/// (429 with `Retry-After` beyond); 409 if the address is already verified.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 202, body = MailQueued),
        responses::Common,
        responses::Restricted,
        responses::Conflicting,
    )
)]
#[post("/auth/verify-email/resend")]
pub async fn resend_verification(
    state: web::Data<AppState>,
    auth: PersonAuth,
) -> ApiResult<HttpResponse> {
    let link = Minted::new()?;
    let st = state.clone();
    let outcome = state
        .write(move |tx| {
            Ok(flow::resend_verification(
                tx,
                st.mailer.settings(),
                auth.0.person_id,
                &link.mailed(),
            )?)
        })
        .await?;
    match outcome {
        Resend::Sent => Ok(HttpResponse::Accepted().json(MailQueued {
            message: "A new link is on its way to your address. It works once, for 48 hours."
                .to_owned(),
        })),
        Resend::AlreadyVerified => Err(ApiError::Conflict {
            field: "email".to_owned(),
            reason: twinning_domain::problem::Reason::wrong_state()
                .saying("your address is already verified"),
        }),
        Resend::TooSoon { retry_after_secs } => Err(ApiError::RateLimited { retry_after_secs }),
    }
}

/// Asks for a link to reset a forgotten password. Always 202 with the same body, whether or
/// not the address has an account (and whether or not a link was sent), so the answer says
/// nothing about who is registered. Limited per client IP (`TWINNING_RESET_PER_HOUR`; 429
/// with `Retry-After`), so that no one client mails many addresses.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, body = MailQueued),
        responses::Common,
        responses::Input,
    )
)]
#[post("/auth/password-reset")]
pub async fn request_reset(
    http: HttpRequest,
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<PasswordResetRequest>,
) -> ApiResult<HttpResponse> {
    state.reset_limiter.check(client_ip(&http))?;
    // Minted and written in one transaction either way, so that the answer takes about as
    // long for an unknown address.
    let link = Minted::new()?;
    let st = state.clone();
    state
        .write(move |tx| {
            Ok(flow::request_reset(
                tx,
                st.mailer.settings(),
                &req.email,
                &link.mailed(),
            )?)
        })
        .await?;
    Ok(HttpResponse::Accepted()
        .insert_header((CACHE_CONTROL, "no-store"))
        .json(MailQueued {
            message: RESET_ANSWER.to_owned(),
        }))
}

/// Sets a new password with the token of a reset link (same rules as at registration). The
/// link works once, for one hour; every session of the account ends, and its address counts
/// as verified. 422 on `token` for a link that is unknown, used or expired.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordResetConfirm,
    responses(
        (status = 204, description = "The password is set; sign in with it"),
        responses::Common,
        responses::Input,
    )
)]
#[post("/auth/password-reset/confirm")]
pub async fn confirm_reset(
    state: web::Data<AppState>,
    ValidJson(req): ValidJson<PasswordResetConfirm>,
) -> ApiResult<HttpResponse> {
    let hash = token_hash(&req.token);
    let password_hash = web::block(move || password::hash(&req.password)).await??;
    state
        .write(move |tx| Ok(flow::confirm_reset(tx, &hash, &password_hash)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
