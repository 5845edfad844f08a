//! A person's own data: download all of it, or delete the account.

use super::responses;
use actix_web::http::header;
use actix_web::{delete, get, web, HttpResponse};
use twinning_domain::account_data::DeleteAccountRequest;
use twinning_flows::account_data as flow;
use twinning_store::accounts;

use crate::auth::{password, PersonAuth};
use crate::error::{ApiError, ApiResult};
use crate::json::ValidJson;
use crate::state::AppState;

/// Everything Twinning holds about the caller, as a JSON file to download: the account, then
/// every table that refers to them (sessions, memberships, practices they created, moves they
/// made, notifications, preferences, invitations, API keys they created, mails sent to them…),
/// secrets redacted.
#[utoipa::path(
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A JSON document, sent as an attachment", body = Object,
            headers(("Content-Disposition" = String, description = "attachment; filename=…"))),
        responses::Common,
        responses::Restricted,
    )
)]
#[get("/me/export")]
pub async fn export(state: web::Data<AppState>, auth: PersonAuth) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let person = auth.0.person_id;
    let document = state
        .db(move |conn| Ok(flow::export(conn, person, now)?))
        .await?;
    let body = serde_json::to_vec_pretty(&document)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("writing the export: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"twinning-my-data-{}.json\"",
                now.format("%Y-%m-%d")
            ),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// Deletes the caller's account, after checking their password. Their row stays as a
/// tombstone (`Deleted member`, no email, no password) so the content their organisation keeps
/// and the trails still point somewhere; sessions end, and their tokens, preferences,
/// notifications and mails go. The last org admin of an organisation with other people is
/// refused (`urn:twinning:problem:last-org-admin`): hand the role on first. An organisation
/// whose only person leaves is kept, with its content.
#[utoipa::path(
    tag = "auth",
    request_body = DeleteAccountRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The account is deleted"),
        responses::Common,
        responses::Restricted,
        responses::Input,
        (status = 409, description = "The caller is the last org admin of an organisation with other people", body = twinning_domain::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/me")]
pub async fn delete_account(
    state: web::Data<AppState>,
    auth: PersonAuth,
    ValidJson(req): ValidJson<DeleteAccountRequest>,
) -> ApiResult<HttpResponse> {
    let person = auth.0.person_id;
    let record = state
        .db(move |conn| Ok(accounts::person_by_id(conn, person)?))
        .await?;
    let pw = req.password;
    let verified = web::block(move || password::verify(&pw, &record.password_hash)).await?;
    if !verified {
        return Err(ApiError::field(
            "password",
            twinning_domain::problem::Reason::wrong_password(),
        ));
    }
    state
        .write(move |tx| Ok(flow::delete_account(tx, person)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
