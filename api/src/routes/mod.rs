//! Every route of `/api/v1`, registered with its OpenAPI description in one place, and the
//! one table of API-key scopes and the endpoints each opens.

mod account_data;
mod accounts;
mod activity;
mod admin;
mod admin_organisations;
mod admin_people;
mod api_keys;
pub mod feeds;
mod health;
mod invitations;
mod mail;
mod me;
mod members;
mod notifications;
mod organisations;
mod practices;
mod responses;
mod verification;

use twinning_domain::event::ApiKeyPayload;
use twinning_domain::principal::Scope;
use twinning_domain::problem::kinds;
use utoipa::openapi::path::{HttpMethod, Operation};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::service_config::ServiceConfig;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Twinning API",
        description = "Twinning makes good practices travel between the organisations that serve \
refugees and migrants. JSON under /api/v1; errors are RFC 9457 problem documents \
(application/problem+json) with a stable `type` and per-field `errors`. People authenticate with \
`Authorization: Bearer <access token>` from /auth/login (renewed at /auth/refresh with the \
`HttpOnly` refresh cookie login sets; each request checks that the session is still live); \
partner systems with \
`Authorization: Bearer twk_…`, an API key of their organisation (see the `api_key` security \
scheme for its scopes).",
        license(name = "MIT OR Apache-2.0")
    ),
    components(schemas(
        ApiKeyPayload,
        twinning_domain::event::OrganisationPayload,
        twinning_domain::event::PersonJoinedPayload,
        twinning_domain::event::PersonChangePayload,
        twinning_domain::event::InvitationPayload,
        twinning_domain::event::PracticePayload,
        twinning_domain::event::OrganisationReviewPayload,
        twinning_domain::event::OrganisationMergedPayload,
        twinning_domain::event::PracticeTranslatedPayload,
        twinning_domain::event::OrganisationTranslatedPayload,
        twinning_domain::codes::ReadingLanguage,
        twinning_domain::translation::FigureLabelText,
    )),
    modifiers(&BearerAuth, &EventPayloads),
    tags(
        (name = "network", description = "Health and live counts"),
        (name = "auth", description = "Accounts and sessions"),
        (name = "organisations", description = "Member organisations"),
        (name = "api-keys", description = "Partner API keys of an organisation"),
        (name = "practices", description = "The good-practice catalogue and its lifecycle"),
        (name = "notifications", description = "The bell, mail preferences and one-click unsubscribe"),
        (name = "activity", description = "What happens in the network: JSON feeds, and an Atom feed for readers"),
        (name = "admin", description = "Network administration"),
    )
)]
pub struct ApiDoc;

/// What each scope opens, beyond what anyone may read: `(method, path under /api/v1)`. The
/// `api_key` security scheme shows it as a table and each endpoint listed gets the scope as
/// its security requirement. A capability that adds a scope or an endpoint a key may call
/// adds it here.
pub const SCOPE_ENDPOINTS: &[(Scope, &[(HttpMethod, &str)])] = &[
    (
        Scope::ReadPrivate,
        &[
            (HttpMethod::Get, "/practices"),
            (HttpMethod::Get, "/practices/{slug}"),
            (HttpMethod::Get, "/organisations/{slug}"),
            (HttpMethod::Get, "/organisations/{slug}/members"),
            (HttpMethod::Get, "/organisations/{slug}/activity"),
            (HttpMethod::Get, "/practices/{slug}/translations"),
            (HttpMethod::Get, "/organisations/{slug}/translations"),
        ],
    ),
    (
        Scope::WritePractices,
        &[
            (HttpMethod::Post, "/practices"),
            (HttpMethod::Patch, "/practices/{slug}"),
            (HttpMethod::Post, "/practices/{slug}/submit"),
            (HttpMethod::Get, "/practices/{slug}/translations"),
            (HttpMethod::Put, "/practices/{slug}/translations/{lang}"),
            (HttpMethod::Delete, "/practices/{slug}/translations/{lang}"),
        ],
    ),
    (
        Scope::WriteOrganisation,
        &[
            (HttpMethod::Patch, "/organisations/{slug}"),
            (HttpMethod::Get, "/organisations/{slug}/translations"),
            (HttpMethod::Put, "/organisations/{slug}/translations/{lang}"),
            (
                HttpMethod::Delete,
                "/organisations/{slug}/translations/{lang}",
            ),
        ],
    ),
];

const BEARER: &str = "bearer";
const API_KEY: &str = "api_key";
const INSUFFICIENT_SCOPE: &str = "InsufficientScope";
const PEOPLE_ONLY: &str = "PeopleOnly";

fn method_name(m: &HttpMethod) -> &'static str {
    match m {
        HttpMethod::Get => "GET",
        HttpMethod::Put => "PUT",
        HttpMethod::Post => "POST",
        HttpMethod::Delete => "DELETE",
        HttpMethod::Options => "OPTIONS",
        HttpMethod::Head => "HEAD",
        HttpMethod::Patch => "PATCH",
        HttpMethod::Trace => "TRACE",
    }
}

/// The description of the `api_key` scheme: how keys work, and the table of scopes.
fn api_key_description(prefix: &str) -> String {
    let mut text = String::from(
        "A partner API key, `Authorization: Bearer twk_…`, created by an org admin under \
`POST /api/v1/organisations/{slug}/api-keys` (shown once; only its SHA-256 is kept). A key acts \
for its organisation within its scopes, never does more than the organisation's admins could, \
never does admin work, never manages keys and never uses `/me` (403). Whatever its scopes, it \
reads everything an anonymous caller reads. An unknown, revoked or expired key answers 401.\n\n\
A call outside the key's scopes answers 403 with the problem type \
`urn:twinning:problem:insufficient-scope`, whose `required_scope` names the scope to ask for.\n\n\
Each key has a token bucket (`TWINNING_API_KEY_PER_MINUTE` requests a minute, as a burst too). \
Every answer to a key carries `RateLimit-Limit` (the bucket), `RateLimit-Remaining` and \
`RateLimit-Reset` (seconds until the bucket is full); beyond it, 429 with `Retry-After`.\n\n\
| Scope | What it opens | Endpoints |\n| --- | --- | --- |\n",
    );
    for scope in Scope::ALL {
        let endpoints: Vec<String> = SCOPE_ENDPOINTS
            .iter()
            .filter(|(s, _)| s == scope)
            .flat_map(|(_, eps)| eps.iter())
            .map(|(m, p)| format!("`{} {prefix}{p}`", method_name(m)))
            .collect();
        text.push_str(&format!(
            "| `{}` | {} | {} |\n",
            scope.code(),
            scope.description(),
            endpoints.join(", ")
        ));
    }
    text
}

struct BearerAuth;

/// One table of every event type and the schema of its payload: webhook subscribers and
/// partner systems read events against it.
struct EventPayloads;

impl Modify for EventPayloads {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use twinning_domain::event::EventType;
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::Ref;
        let mut table = ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "Each event type with the schema of its `payload` (the API-shaped snapshot of \
             the subject when the event happened).",
            ));
        for t in EventType::ALL {
            table = table
                .property(t.code(), Ref::from_schema_name(t.payload_schema()))
                .required(t.code());
        }
        openapi
            .components
            .get_or_insert_with(Default::default)
            .schemas
            .insert("EventPayloads".to_owned(), table.into());
    }
}

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            BEARER,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("A person's access token from /auth/login"))
                    .build(),
            ),
        );
        let problem = ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .example(Some(serde_json::json!({
                "type": kinds::INSUFFICIENT_SCOPE,
                "title": "Insufficient scope",
                "status": 403,
                "detail": "this API key lacks the scope `write:practices`",
                "required_scope": "write:practices",
            })))
            .build();
        components.responses.insert(
            INSUFFICIENT_SCOPE.to_owned(),
            RefOr::T(
                ResponseBuilder::new()
                    .description(
                        "Not allowed. For an API key lacking a scope the problem's `type` is \
`urn:twinning:problem:insufficient-scope` and `required_scope` names the scope.",
                    )
                    .content("application/problem+json", problem)
                    .build(),
            ),
        );
    }
}

fn operation_mut<'a>(
    api: &'a mut utoipa::openapi::OpenApi,
    path: &str,
    method: &HttpMethod,
) -> Option<&'a mut Operation> {
    let item = api.paths.paths.get_mut(path)?;
    match method {
        HttpMethod::Get => item.get.as_mut(),
        HttpMethod::Put => item.put.as_mut(),
        HttpMethod::Post => item.post.as_mut(),
        HttpMethod::Delete => item.delete.as_mut(),
        HttpMethod::Options => item.options.as_mut(),
        HttpMethod::Head => item.head.as_mut(),
        HttpMethod::Patch => item.patch.as_mut(),
        HttpMethod::Trace => item.trace.as_mut(),
    }
}

/// Documents API keys on the routes, from `SCOPE_ENDPOINTS`: the `api_key` scheme with the
/// table, each listed endpoint's scope as a security requirement (beside the person's token,
/// or beside anonymous access for public reads) and its 403 as the insufficient-scope problem.
/// Runs on the finished document, where the routes' paths carry `prefix`.
pub fn document_scopes(api: &mut utoipa::openapi::OpenApi, prefix: &str) {
    for (scope, endpoints) in SCOPE_ENDPOINTS {
        for (method, path) in endpoints.iter() {
            let full = format!("{prefix}{path}");
            let Some(op) = operation_mut(api, &full, method) else {
                panic!(
                    "SCOPE_ENDPOINTS lists {} {full}, which no route serves",
                    method_name(method)
                );
            };
            let security = op.security.get_or_insert_with(|| {
                // A public read: anonymous callers are welcome too.
                vec![SecurityRequirement::default()]
            });
            security.push(SecurityRequirement::new(API_KEY, [scope.code()]));
            op.responses.responses.insert(
                "403".to_owned(),
                RefOr::Ref(Ref::from_response_name(INSUFFICIENT_SCOPE)),
            );
        }
    }
    document_people_only(api);
    let components = api.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        API_KEY,
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("twk_…")
                .description(Some(api_key_description(prefix)))
                .build(),
        ),
    );
}

/// An API key sent where only a person may act is refused with 403 by the extractor, before
/// the handler: every operation open to a person's token and to no key scope says so.
fn document_people_only(api: &mut utoipa::openapi::OpenApi) {
    for item in api.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in operations.into_iter().flatten() {
            let Some(security) = &op.security else {
                continue;
            };
            let requirements = serde_json::to_value(security).unwrap_or_default();
            let names: Vec<&str> = requirements
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| r.as_object())
                .flat_map(|r| r.keys().map(String::as_str))
                .collect();
            if names.contains(&BEARER) && !names.contains(&API_KEY) {
                op.responses
                    .responses
                    .entry("403".to_owned())
                    .or_insert_with(|| RefOr::Ref(Ref::from_response_name(PEOPLE_ONLY)));
            }
        }
    }
    api.components
        .get_or_insert_with(Default::default)
        .responses
        .insert(
            PEOPLE_ONLY.to_owned(),
            RefOr::T(
                ResponseBuilder::new()
                    .description("Not allowed: only a person may do this, not an API key.")
                    .content(
                        "application/problem+json",
                        ContentBuilder::new()
                            .schema(Some(Ref::from_schema_name("Problem")))
                            .build(),
                    )
                    .build(),
            ),
        );
}

pub fn configure(cfg: &mut ServiceConfig<'_>) {
    cfg.service(health::health)
        .service(health::stats)
        .service(accounts::register)
        .service(accounts::login)
        .service(accounts::refresh)
        .service(accounts::logout)
        .service(verification::verify_email)
        .service(verification::resend_verification)
        .service(verification::request_reset)
        .service(verification::confirm_reset)
        .service(me::me)
        .service(me::update)
        .service(me::change_password)
        .service(me::list_sessions)
        .service(me::end_all_sessions)
        .service(me::end_session)
        .service(organisations::list)
        .service(organisations::detail)
        .service(organisations::update)
        .service(members::list)
        .service(members::change_role)
        .service(members::remove)
        .service(members::transfer_admin)
        .service(invitations::list)
        .service(invitations::create)
        .service(invitations::resend)
        .service(invitations::revoke)
        .service(invitations::lookup)
        .service(api_keys::create)
        .service(api_keys::list)
        .service(api_keys::revoke)
        .service(practices::search)
        .service(practices::create)
        .service(practices::detail)
        .service(practices::update)
        .service(practices::submit)
        .service(practices::publish)
        .service(practices::reject)
        .service(practices::archive)
        .service(practices::translations)
        .service(practices::translate)
        .service(practices::delete_translation)
        .service(organisations::translations)
        .service(organisations::translate)
        .service(organisations::delete_translation)
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
        .service(admin::retry_job)
        .service(api_keys::admin_list)
        .service(api_keys::admin_revoke)
        .service(admin_organisations::list)
        .service(admin_organisations::approve)
        .service(admin_organisations::reject)
        .service(admin_organisations::suspend)
        .service(admin_organisations::reactivate)
        .service(admin_organisations::merge)
        .service(admin_organisations::dismiss_duplicate)
        .service(admin_people::list)
        .service(admin_people::disable)
        .service(admin_people::enable)
        .service(admin_people::resend_verification)
        .service(admin_people::network_admin)
        .service(account_data::export)
        .service(account_data::delete_account);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_opens_something_and_the_table_shows_it() {
        let api = crate::startup::openapi();
        let schemes = &api.components.as_ref().unwrap().security_schemes;
        let doc = serde_json::to_value(&schemes[API_KEY]).unwrap();
        let description = doc["description"].as_str().unwrap();
        for scope in Scope::ALL {
            assert!(
                SCOPE_ENDPOINTS
                    .iter()
                    .any(|(s, e)| s == scope && !e.is_empty()),
                "{scope} opens no endpoint"
            );
            assert!(description.contains(&format!("| `{}` |", scope.code())));
        }
        assert!(description.contains("`PATCH /api/v1/organisations/{slug}`"));
        let patch = serde_json::to_value(
            api.paths
                .get_path_operation("/api/v1/organisations/{slug}", HttpMethod::Patch)
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            patch["security"],
            serde_json::json!([{ "bearer": [] }, { "api_key": ["write:organisation"] }])
        );
        let search = serde_json::to_value(
            api.paths
                .get_path_operation("/api/v1/practices", HttpMethod::Get)
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            search["security"],
            serde_json::json!([{}, { "api_key": ["read:private"] }])
        );
    }
}
