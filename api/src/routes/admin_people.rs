//! Network admins finding and looking after people: the searchable list, disabling and
//! enabling accounts, resending a verification link, network-admin rights.

use super::accounts::Minted;
use super::responses;
use actix_web::{get, post, web};
use twinning_domain::admin_people::{
    AdminPerson, AdminPersonPage, NetworkAdminChange, PeopleQuery,
};
use twinning_domain::policy;
use twinning_domain::PersonId;
use twinning_flows::people_admin as flow;

use crate::auth::Authed;
use crate::error::ApiResult;
use crate::json::{ValidJson, ValidQuery};
use crate::state::AppState;

/// People, newest accounts first, with their organisation, role, whether their address is
/// verified and when they were last seen. `q` keeps those whose name, address or organisation
/// holds every word. Removed people are listed (with `removed_at`); deleted accounts are not.
#[utoipa::path(
    tag = "admin",
    params(PeopleQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminPersonPage),
        responses::Common,
        responses::Restricted,
        responses::Query,
    )
)]
#[get("/admin/people")]
pub async fn list(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    ValidQuery(q): ValidQuery<PeopleQuery>,
) -> ApiResult<web::Json<AdminPersonPage>> {
    policy::network_admin(&principal)?;
    let filter = q.parse()?;
    let page = state
        .db(move |conn| Ok(twinning_store::people_admin::search(conn, &filter)?))
        .await?;
    Ok(web::Json(page))
}

async fn switch(
    state: web::Data<AppState>,
    principal: twinning_domain::Principal,
    person: i64,
    disabled: bool,
) -> ApiResult<web::Json<AdminPerson>> {
    let person = state
        .write(move |tx| {
            Ok(flow::set_disabled(
                tx,
                &principal,
                PersonId(person),
                disabled,
            )?)
        })
        .await?;
    Ok(web::Json(person))
}

/// Disables an account: its sessions end at once and it cannot sign in until enabled; what
/// the person wrote stays. 409 for one's own account and for the last network admin.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, minimum = 1)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminPerson),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/admin/people/{id}/disable")]
pub async fn disable(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    id: web::Path<i64>,
) -> ApiResult<web::Json<AdminPerson>> {
    switch(state, principal, id.into_inner(), true).await
}

/// Enables a disabled account: the person may sign in again.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, minimum = 1)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminPerson),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/admin/people/{id}/enable")]
pub async fn enable(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    id: web::Path<i64>,
) -> ApiResult<web::Json<AdminPerson>> {
    switch(state, principal, id.into_inner(), false).await
}

/// Mails the person a new link to verify their address. 409 when it is verified already.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, minimum = 1)),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminPerson),
        responses::Common,
        responses::Restricted,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/admin/people/{id}/resend-verification")]
pub async fn resend_verification(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    id: web::Path<i64>,
) -> ApiResult<web::Json<AdminPerson>> {
    let id = PersonId(id.into_inner());
    let link = Minted::new()?;
    let st = state.clone();
    let person = state
        .write(move |tx| {
            Ok(flow::resend_verification(
                tx,
                st.mailer.settings(),
                &principal,
                id,
                &link.mailed(),
            )?)
        })
        .await?;
    Ok(web::Json(person))
}

/// Grants (`{"grant": true}`) or withdraws network-admin rights, as `twinning grant-admin`
/// does on the server. The person's sessions end, so each device signs in again under the new
/// rights. 409 for one's own account and for withdrawing the last network admin's rights.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, minimum = 1)),
    request_body = NetworkAdminChange,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AdminPerson),
        responses::Common,
        responses::Restricted,
        responses::Input,
        responses::Missing,
        responses::Conflicting,
    )
)]
#[post("/admin/people/{id}/network-admin")]
pub async fn network_admin(
    state: web::Data<AppState>,
    Authed(principal): Authed,
    id: web::Path<i64>,
    ValidJson(change): ValidJson<NetworkAdminChange>,
) -> ApiResult<web::Json<AdminPerson>> {
    let id = PersonId(id.into_inner());
    let person = state
        .write(move |tx| Ok(flow::set_network_admin(tx, &principal, id, change.grant)?))
        .await?;
    Ok(web::Json(person))
}
