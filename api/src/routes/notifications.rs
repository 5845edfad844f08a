//! The bell (a person's notifications, newest first) and each person's mail preferences.
//! These are a person's own: API keys are refused (403).

use super::responses;
use actix_web::{get, post, put, web};
use twinning_domain::notify::{
    MarkRead, MarkedRead, NotificationPage, NotificationQuery, Preferences, PreferencesUpdate,
};
use twinning_domain::Problem;
use twinning_store::notifications;

use crate::auth::PersonAuth;
use crate::error::ApiResult;
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// The caller's notifications, newest first, a page at a time (follow `next_cursor`), with
/// the number of unread ones.
#[utoipa::path(
    operation_id = "list_notifications",
    tag = "notifications",
    params(NotificationQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = NotificationPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
        (status = 403, description = "API keys may not read notifications", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/notifications")]
pub async fn list(
    state: web::Data<AppState>,
    auth: PersonAuth,
    ValidQuery(query): ValidQuery<NotificationQuery>,
) -> ApiResult<web::Json<NotificationPage>> {
    let (before, limit) = query.parse()?;
    let person = auth.0.person_id;
    let page = state
        .db(move |conn| Ok(notifications::page(conn, person, before, i64::from(limit))?))
        .await?;
    Ok(web::Json(page))
}

/// Marks notifications read: `{"ids": [..]}` (at most 500; ids that are not the caller's,
/// already read or repeated change nothing) or `{"all": true}`.
#[utoipa::path(
    operation_id = "mark_notifications_read",
    tag = "notifications",
    request_body = MarkRead,
    security(("bearer" = [])),
    responses(
        (status = 200, body = MarkedRead),
        responses::Common,
        responses::Restricted,
        responses::Input,
    )
)]
#[post("/notifications/read")]
pub async fn mark_read(
    state: web::Data<AppState>,
    auth: PersonAuth,
    ValidJson(req): ValidJson<MarkRead>,
) -> ApiResult<web::Json<MarkedRead>> {
    let person = auth.0.person_id;
    let marked = state
        .write(move |tx| {
            let ids = (!req.all).then_some(req.ids.as_slice());
            let marked = notifications::mark_read(tx, person, ids)?;
            Ok(MarkedRead {
                marked: i64::try_from(marked).unwrap_or(i64::MAX),
                unread: notifications::unread(tx, person)?,
            })
        })
        .await?;
    Ok(web::Json(marked))
}

/// How the caller wants each kind of notification by mail: `immediate`, in the `weekly`
/// digest, or `never`. Every kind is listed, with its default where the caller chose nothing.
#[utoipa::path(
    operation_id = "get_preferences",
    tag = "notifications",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Preferences),
        responses::Common,
        responses::Restricted,
    )
)]
#[get("/me/preferences")]
pub async fn preferences(
    state: web::Data<AppState>,
    auth: PersonAuth,
) -> ApiResult<web::Json<Preferences>> {
    let person = auth.0.person_id;
    let prefs = state
        .db(move |conn| Ok(notifications::preferences(conn, person)?))
        .await?;
    Ok(web::Json(prefs))
}

/// Changes the kinds the body names (the others keep their choice) and answers with all of
/// them. An unknown kind or delivery is a 422 naming it. Setting a kind to `never` also
/// drops what waited for the weekly digest.
#[utoipa::path(
    operation_id = "set_preferences",
    tag = "notifications",
    request_body = PreferencesUpdate,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Preferences),
        responses::Common,
        responses::Restricted,
        responses::Input,
    )
)]
#[put("/me/preferences")]
pub async fn set_preferences(
    state: web::Data<AppState>,
    auth: PersonAuth,
    ValidJson(update): ValidJson<PreferencesUpdate>,
) -> ApiResult<web::Json<Preferences>> {
    let prefs = update.parse()?;
    let person = auth.0.person_id;
    let prefs = state
        .write(move |tx| Ok(twinning_flows::notify::set_preferences(tx, person, &prefs)?))
        .await?;
    Ok(web::Json(prefs))
}
