//! The activity feeds: the network's public events, and one organisation's events (its
//! insiders see the private ones too). Newest first, a page at a time by cursor.

use super::responses;
use actix_web::{get, web};
use twinning_domain::activity::ActivityQuery;
use twinning_domain::event::EventPage;
use twinning_domain::Problem;
use twinning_store::events::{self, Feed};

use crate::auth::Anyone;
use crate::error::ApiResult;
use crate::json::ValidQuery;
use crate::state::AppState;

/// Applies what outsiders may not see (who acted, review notes) to a page they read.
fn for_outsiders(page: EventPage) -> EventPage {
    EventPage {
        items: page.items.into_iter().map(|e| e.for_outsiders()).collect(),
        next_cursor: page.next_cursor,
    }
}

/// The network's public activity: organisations joining, practices published (while they
/// stay published). Pass `next_cursor` as `cursor` for older events; paging never repeats or
/// skips an event.
#[utoipa::path(
    tag = "activity",
    params(ActivityQuery),
    responses(
        (status = 200, body = EventPage),
        responses::Common,
        responses::Query,
        (status = 401, description = "An access token was sent but is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed `cursor` or a `limit` out of range", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/activity")]
pub async fn network_activity(
    state: web::Data<AppState>,
    _caller: Anyone,
    ValidQuery(q): ValidQuery<ActivityQuery>,
) -> ApiResult<web::Json<EventPage>> {
    let paging = q.parse()?;
    let page = state
        .db(move |conn| {
            Ok(events::feed(
                conn,
                Feed::Public,
                paging.before,
                i64::from(paging.limit),
            )?)
        })
        .await?;
    Ok(web::Json(for_outsiders(page)))
}

/// One organisation's activity. Anyone sees its public events; its people, network admins and
/// its API keys with `read:private` also see drafts, submissions, rejections (with their
/// reasons), invitations, new members and profile edits.
#[utoipa::path(
    tag = "activity",
    params(("slug" = String, Path), ActivityQuery),
    responses(
        (status = 200, body = EventPage),
        responses::Common,
        responses::Query,
        responses::Missing,
        (status = 401, description = "An access token was sent but is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A malformed `cursor` or a `limit` out of range", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{slug}/activity")]
pub async fn organisation_activity(
    state: web::Data<AppState>,
    Anyone(principal): Anyone,
    slug: web::Path<String>,
    ValidQuery(q): ValidQuery<ActivityQuery>,
) -> ApiResult<web::Json<EventPage>> {
    let paging = q.parse()?;
    let slug = slug.into_inner();
    let (page, insider) = state
        .db(move |conn| {
            let (id, _) = twinning_flows::organisations::visible(conn, &principal, &slug)?;
            let insider = principal.is_insider_of(id);
            let feed = Feed::Organisation {
                id,
                private: insider,
            };
            let page = events::feed(conn, feed, paging.before, i64::from(paging.limit))?;
            Ok((page, insider))
        })
        .await?;
    Ok(web::Json(if insider { page } else { for_outsiders(page) }))
}
