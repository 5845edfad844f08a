//! Liveness with the database's reachability, and the network's live counts.

use super::responses;
use actix_web::{get, web, HttpResponse};
use twinning_domain::stats::{DatabaseHealth, Health, NetworkStats};

use crate::error::ApiResult;
use crate::state::AppState;

/// Health of the server and its database. 200 when the database answers, 503 otherwise.
#[utoipa::path(
    tag = "network",
    responses(
        (status = 200, description = "Up, with the database reachable", body = Health),
        (status = 503, description = "Up, but the database is unreachable", body = Health),
    )
)]
#[get("/health")]
pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    let reachable = state
        .db(|conn| Ok(twinning_store::stats::ping(conn)?))
        .await
        .is_ok();
    let body = Health {
        status: if reachable { "ok" } else { "unavailable" }.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database: DatabaseHealth {
            backend: state.backend,
            reachable,
        },
    };
    if reachable {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}

/// Live counts of the network, for the home page and partner dashboards.
#[utoipa::path(tag = "network", responses(
        (status = 200, body = NetworkStats),
        responses::Common,
    ))]
#[get("/stats")]
pub async fn stats(state: web::Data<AppState>) -> ApiResult<web::Json<NetworkStats>> {
    let stats = state
        .db(|conn| Ok(twinning_store::stats::network(conn)?))
        .await?;
    Ok(web::Json(stats))
}
