//! Building the application: configuration, state, routes, documentation and the SPA.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, Server, ServiceRequest, ServiceResponse};
use actix_web::middleware::{from_fn, DefaultHeaders};
use actix_web::{web, App, HttpResponse, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::jwt::JwtKeys;
use crate::auth::limiter::{KeyLimiter, LoginLimiter};
use crate::auth::secrets::random_token;
use crate::error::ApiError;
use crate::routes::{self, ApiDoc};
use crate::state::AppState;
use twinning_flows::mail::Mailer;
use twinning_store::{build_pool, run_migrations, write, Clock, DatabaseUrl};

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub static_dir: PathBuf,
    /// When unset, a key is generated on first start and kept in the database.
    pub jwt_secret: Option<String>,
    pub login_attempts_per_minute: u32,
    /// Requests each API key may make per minute (its bucket also allows a burst of that many).
    pub api_key_requests_per_minute: u32,
    pub pool_size: u32,
    /// Serving the demo network (single-use links stay readable in the mail outbox).
    pub demo: bool,
    /// Cheap password hashes, for test servers only (`TWINNING_INSECURE_FAST_PASSWORDS`).
    pub fast_password_hashing: bool,
    /// Where mails go (`smtp://host:port`, `smtps://…`); unset keeps them in the outbox.
    pub smtp_url: Option<String>,
    /// The address people reach the server at; links in mails start with it.
    pub public_url: String,
    /// The sender of mails (`Name <address>`).
    pub mail_from: String,
}

/// Connects, migrates and loads the signing key: everything a server or a command needs.
pub fn prepare(config: &Config) -> anyhow::Result<AppState> {
    prepare_with_clock(config, Clock::system())
}

/// `prepare` with a given clock. The in-process tests move theirs by hand; the binary offers
/// no way to set one.
pub fn prepare_with_clock(config: &Config, clock: Clock) -> anyhow::Result<AppState> {
    if config.fast_password_hashing {
        tracing::warn!("TWINNING_INSECURE_FAST_PASSWORDS is on: password hashes are weak; for test servers only");
    }
    crate::auth::password::configure(config.fast_password_hashing);
    let url = DatabaseUrl::parse(&config.database_url);
    let pool = build_pool(&url, config.pool_size)?;
    let mut conn = pool
        .get()
        .with_context(|| format!("cannot connect to the {:?} database", url.backend()))?;
    let applied = run_migrations(&mut conn)?;
    if !applied.is_empty() {
        tracing::info!(?applied, "migrations applied");
    }
    let secret = match &config.jwt_secret {
        Some(s) if s.len() >= 32 => s.clone(),
        Some(_) => anyhow::bail!("TWINNING_JWT_SECRET must be at least 32 characters"),
        None => write(&mut conn, &clock, |tx| {
            twinning_store::secrets::get_or_create(tx, "jwt_hs256", || {
                random_token(48).unwrap_or_default()
            })
        })?,
    };
    anyhow::ensure!(
        secret.len() >= 32,
        "no randomness available for the signing key"
    );
    let mailer = Mailer::new(
        &config.public_url,
        &config.mail_from,
        config.smtp_url.as_deref(),
    )
    .map_err(|e| anyhow::anyhow!("mail settings (TWINNING_SMTP_URL, TWINNING_MAIL_FROM): {e}"))?;
    if !mailer.sends() {
        tracing::info!(
            "TWINNING_SMTP_URL is unset: mails are kept in the outbox (GET /api/v1/admin/mail)"
        );
    }
    Ok(AppState {
        mailer: std::sync::Arc::new(mailer),
        backend: url.backend(),
        pool,
        clock,
        demo: config.demo,
        secure_cookies: crate::auth::refresh_cookie::secure_for(&config.public_url),
        keys: JwtKeys::new(secret.as_bytes()),
        login_limiter: LoginLimiter::new(config.login_attempts_per_minute),
        key_limiter: KeyLimiter::new(config.api_key_requests_per_minute),
    })
}

/// The OpenAPI document, generated from the routes themselves.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, mut api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(utoipa_actix_web::scope("/api/v1").configure(routes::configure))
        .service(routes::feeds::activity_atom)
        .split_for_parts();
    routes::document_scopes(&mut api, "/api/v1");
    api
}

async fn api_not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound)
}

fn path_config() -> web::PathConfig {
    // A path that does not parse (a letter where an id goes) names nothing that exists.
    web::PathConfig::default().error_handler(|_, _| ApiError::NotFound.into())
}

async fn spa_index(req: ServiceRequest) -> Result<ServiceResponse, actix_web::Error> {
    let (req, _) = req.into_parts();
    let dir = req
        .app_data::<web::Data<PathBuf>>()
        .map(|d| d.get_ref().clone())
        .unwrap_or_default();
    let file = NamedFile::open(dir.join("index.html"))?;
    let res = file.into_response(&req);
    Ok(ServiceResponse::new(req, res))
}

async fn spa_missing() -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(
        "<!doctype html><title>Twinning</title><p>The web app is not built. Run <code>make run</code>, \
         or see the API at <a href=\"/api/docs/\">/api/docs/</a>.</p>",
    )
}

/// Binds the routes to `listener` and returns the server, ready to be awaited or spawned.
pub fn server(state: AppState, listener: TcpListener, static_dir: &Path) -> anyhow::Result<Server> {
    let state = web::Data::new(state);
    let static_dir = static_dir.to_path_buf();
    let has_spa = static_dir.join("index.html").is_file();
    if !has_spa {
        tracing::warn!(dir = %static_dir.display(), "no built SPA found; serving the API only");
    }
    let openapi = openapi();
    let server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .app_data(state.clone())
            .app_data(path_config())
            .app_data(web::Data::new(static_dir.clone()))
            .service(
                utoipa_actix_web::scope("/api/v1")
                    .app_data(web::PayloadConfig::new(crate::json::BODY_LIMIT))
                    .configure(routes::configure)
                    .default_service(web::to(api_not_found))
                    .wrap(from_fn(crate::etag::etag))
                    .wrap(from_fn(crate::auth::api_key::middleware)),
            )
            // Before the SPA's files, whose fallback would answer every path.
            .service(routes::feeds::activity_atom)
            .split_for_parts();
        let app = app
            .wrap(
                DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("Referrer-Policy", "same-origin"))
                    .add(("X-Frame-Options", "DENY")),
            )
            .wrap(TracingLogger::<crate::logging::RouteSpan>::new())
            .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", openapi.clone()))
            .service(web::scope("/api").default_service(web::to(api_not_found)));
        if has_spa {
            app.service(
                Files::new("/", &static_dir)
                    .index_file("index.html")
                    .default_handler(fn_service(spa_index)),
            )
        } else {
            app.default_service(web::to(spa_missing))
        }
    })
    .listen(listener)?
    .run();
    Ok(server)
}
