//! Every route of `/api/v1`, registered with its OpenAPI description in one place.

mod accounts;
mod activity;
mod admin;
pub mod feeds;
mod health;
mod mail;
mod notifications;
mod organisations;
mod practices;

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::service_config::ServiceConfig;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Twinning API",
        description = "Twinning makes good practices travel between the organisations that serve \
refugees and migrants. JSON under /api/v1; errors are RFC 9457 problem documents \
(application/problem+json) with a stable `type` and per-field `errors`. Authenticate with \
`Authorization: Bearer <access token>` from /auth/login.",
        license(name = "MIT OR Apache-2.0")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "network", description = "Health and live counts"),
        (name = "auth", description = "Accounts and sessions"),
        (name = "organisations", description = "Member organisations"),
        (name = "practices", description = "The good-practice catalogue and its lifecycle"),
        (name = "notifications", description = "The bell, mail preferences and one-click unsubscribe"),
        (name = "activity", description = "What happens in the network: JSON feeds, and an Atom feed for readers"),
        (name = "admin", description = "Network administration"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

pub fn configure(cfg: &mut ServiceConfig<'_>) {
    cfg.service(health::health)
        .service(health::stats)
        .service(accounts::register)
        .service(accounts::login)
        .service(accounts::refresh)
        .service(accounts::logout)
        .service(accounts::me)
        .service(organisations::list)
        .service(organisations::detail)
        .service(organisations::update)
        .service(organisations::members)
        .service(organisations::invitations)
        .service(organisations::invite)
        .service(organisations::revoke_invitation)
        .service(practices::search)
        .service(practices::create)
        .service(practices::detail)
        .service(practices::update)
        .service(practices::submit)
        .service(practices::publish)
        .service(practices::reject)
        .service(practices::archive)
        .service(activity::network_activity)
        .service(activity::organisation_activity)
        .service(admin::moderation)
        .service(admin::overview)
        .service(notifications::list)
        .service(notifications::mark_read)
        .service(notifications::preferences)
        .service(notifications::set_preferences)
        .service(mail::unsubscribe_page)
        .service(mail::unsubscribe)
        .service(mail::outbox)
        .service(admin::jobs)
        .service(admin::retry_job);
}
