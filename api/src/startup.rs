//! Building the application: configuration, state, routes, documentation and the SPA.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, Server, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpResponse, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::jwt::JwtKeys;
use crate::auth::limiter::KeyLimiter;
use crate::auth::rate::IpLimiter;
use crate::auth::throttle::{LoginThrottle, ThrottleSettings};
use crate::error::ApiError;
use crate::headers::SecurityHeaders;
use crate::net::TrustedProxies;
use crate::routes::{self, ApiDoc};
use crate::state::AppState;
use twinning_flows::mail::Mailer;
use twinning_store::{build_pool, run_migrations, Clock, DatabaseUrl};

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub static_dir: PathBuf,
    /// The access-token signing key; required unless `edge.ephemeral_signing_key`.
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
    /// Limits, throttles and proxies at the edge of the server.
    pub edge: EdgeConfig,
}

/// What holds the edge of the server: the limits per client address and account, the proxies
/// whose `X-Forwarded-For` is believed, and whether a signing key may be made up.
#[derive(Debug, Clone)]
pub struct EdgeConfig {
    /// `TWINNING_TRUSTED_PROXIES`.
    pub trusted_proxies: TrustedProxies,
    /// `TWINNING_REGISTER_PER_HOUR`: registrations per client address and hour.
    pub register_per_hour: u32,
    /// `TWINNING_REFRESH_PER_MINUTE`: token refreshes per client address and minute.
    pub refresh_per_minute: u32,
    /// `TWINNING_RESET_PER_HOUR`: password-reset requests per client address and hour (each
    /// address also gets at most one link a minute and ten a day, whoever asks).
    pub reset_per_hour: u32,
    /// `TWINNING_LOGIN_FREE_FAILURES`: failed logins for an account from one address before
    /// each further attempt waits (1 s, doubling).
    pub login_free_failures: u32,
    /// `TWINNING_LOGIN_DELAY_MAX_SECS`: the longest such wait.
    pub login_delay_max_secs: u64,
    /// `TWINNING_LOGIN_ACCOUNT_FAILURES_PER_HOUR`: failed logins per account and hour from
    /// all addresses, before addresses that failed for it wait for the budget to refill.
    pub login_account_failures_per_hour: u32,
    /// No access token of this process must outlive it (`serve --demo`, maintenance
    /// commands): without `TWINNING_JWT_SECRET`, a random key kept nowhere signs them.
    pub ephemeral_signing_key: bool,
}

impl Default for EdgeConfig {
    /// A production server's.
    fn default() -> EdgeConfig {
        EdgeConfig {
            trusted_proxies: TrustedProxies::none(),
            register_per_hour: 10,
            refresh_per_minute: 60,
            reset_per_hour: 20,
            login_free_failures: 3,
            login_delay_max_secs: 60,
            login_account_failures_per_hour: 60,
            ephemeral_signing_key: false,
        }
    }
}

impl EdgeConfig {
    /// For test servers: limits no ordinary test meets (tests of a limit set their own).
    pub fn relaxed() -> EdgeConfig {
        EdgeConfig {
            register_per_hour: 100_000,
            refresh_per_minute: 100_000,
            reset_per_hour: 100_000,
            login_free_failures: 1000,
            login_account_failures_per_hour: 100_000,
            ..EdgeConfig::default()
        }
    }
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
    let secret = crate::auth::signing::signing_secret(
        config.jwt_secret.as_deref(),
        config.edge.ephemeral_signing_key,
    )?;
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
        login_limiter: IpLimiter::per_minute(config.login_attempts_per_minute),
        key_limiter: KeyLimiter::new(config.api_key_requests_per_minute),
        register_limiter: IpLimiter::per_hour(config.edge.register_per_hour),
        refresh_limiter: IpLimiter::per_minute(config.edge.refresh_per_minute),
        reset_limiter: IpLimiter::per_hour(config.edge.reset_per_hour),
        login_throttle: LoginThrottle::new(ThrottleSettings {
            free: config.edge.login_free_failures,
            max_delay: std::time::Duration::from_secs(config.edge.login_delay_max_secs),
            account_failures_per_hour: config.edge.login_account_failures_per_hour,
        }),
        trusted_proxies: config.edge.trusted_proxies.clone(),
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
    let headers = web::Data::new(SecurityHeaders::for_static_dir(
        &static_dir,
        state.mailer.settings().public_url(),
    ));
    let server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .app_data(state.clone())
            .app_data(headers.clone())
            .app_data(path_config())
            .app_data(web::Data::new(static_dir.clone()))
            .service(
                utoipa_actix_web::scope("/api/v1")
                    // For extractors other than `ValidJson`, which applies `json::body_limit`.
                    .app_data(web::PayloadConfig::new(crate::json::BODY_LIMIT))
                    .configure(routes::configure)
                    .default_service(web::to(api_not_found))
                    .wrap(from_fn(crate::etag::etag))
                    .wrap(from_fn(crate::auth::api_key::middleware)),
            )
            // Before the SPA's files, whose fallback would answer every path.
            .service(routes::feeds::activity_atom)
            .split_for_parts();
        // The last wrapped runs first: headers go on every answer, the log sees every request,
        // and the guard turns away malformed ones before any route.
        let app = app
            .wrap(from_fn(crate::guard::middleware))
            .wrap(TracingLogger::<crate::logging::RouteSpan>::new())
            .wrap(from_fn(crate::headers::middleware))
            .service(
                SwaggerUi::new("/api/docs/{_:.*}")
                    .url("/api/openapi.json", openapi.clone())
                    // The default validator badge is an image from swagger.io, which the
                    // Content-Security-Policy refuses (and which would leak the docs' address).
                    // The base layout has no top bar: its logo is an SVG carrying a `<style>`
                    // element, an inline style the policy refuses (Chromium logs an error on
                    // every load), and its box to explore other documents has nothing to load.
                    .config(
                        utoipa_swagger_ui::Config::default()
                            .validator_url("none")
                            .use_base_layout(),
                    ),
            )
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
    // A client must send its request head within this; slow ones are cut off (408).
    .client_request_timeout(std::time::Duration::from_secs(5))
    .listen(listener)?
    .run();
    Ok(server)
}
