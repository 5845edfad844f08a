//! `twinning`: the server and its maintenance commands.

use std::net::TcpListener;
use std::path::PathBuf;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use twinning_api::demo;
use twinning_api::net::TrustedProxies;
use twinning_api::startup::{self, Config, EdgeConfig};
use twinning_flows::worker::{Worker, WorkerConfig};

#[derive(Parser)]
#[command(
    name = "twinning",
    version,
    about = "Twinning: make good practices travel"
)]
struct Cli {
    /// A SQLite file (`data/twinning.db`, `sqlite://…`) or a PostgreSQL URL (`postgres://…`).
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "data/twinning.db",
        global = true
    )]
    database_url: String,
    /// Where `serve` listens.
    #[arg(
        long,
        env = "TWINNING_ADDR",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    addr: String,
    /// The built SPA (Trunk's output).
    #[arg(
        long,
        env = "TWINNING_STATIC_DIR",
        default_value = "frontend/dist",
        global = true
    )]
    static_dir: PathBuf,
    /// The HS256 signing key for access tokens (at least 32 random characters, e.g.
    /// `openssl rand -base64 48`); required by `serve` and `worker`. `serve --demo` and the
    /// maintenance commands run without it on a random key that lives as long as the process.
    #[arg(
        long,
        env = "TWINNING_JWT_SECRET",
        hide_env_values = true,
        global = true
    )]
    jwt_secret: Option<String>,
    /// Login attempts allowed per client IP and minute.
    #[arg(
        long,
        env = "TWINNING_LOGIN_PER_MINUTE",
        default_value_t = 10,
        global = true
    )]
    login_per_minute: u32,
    /// Registrations allowed per client IP and hour.
    #[arg(
        long,
        env = "TWINNING_REGISTER_PER_HOUR",
        default_value_t = EdgeConfig::default().register_per_hour,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    register_per_hour: u32,
    /// Password-reset requests allowed per client IP and hour.
    #[arg(
        long,
        env = "TWINNING_RESET_PER_HOUR",
        default_value_t = EdgeConfig::default().reset_per_hour,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    reset_per_hour: u32,
    /// Token refreshes allowed per client IP and minute.
    #[arg(
        long,
        env = "TWINNING_REFRESH_PER_MINUTE",
        default_value_t = EdgeConfig::default().refresh_per_minute,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    refresh_per_minute: u32,
    /// Failed logins for one account from one IP before each further attempt waits
    /// (1 s, then doubling up to TWINNING_LOGIN_DELAY_MAX_SECS).
    #[arg(
        long,
        env = "TWINNING_LOGIN_FREE_FAILURES",
        default_value_t = EdgeConfig::default().login_free_failures,
        global = true
    )]
    login_free_failures: u32,
    /// The longest wait between login attempts for one account from one IP.
    #[arg(
        long,
        env = "TWINNING_LOGIN_DELAY_MAX_SECS",
        default_value_t = EdgeConfig::default().login_delay_max_secs,
        value_parser = clap::value_parser!(u64).range(1..=3600),
        global = true
    )]
    login_delay_max_secs: u64,
    /// Failed logins per account and hour from all IPs together before IPs that failed for
    /// it wait for this budget to refill.
    #[arg(
        long,
        env = "TWINNING_LOGIN_ACCOUNT_FAILURES_PER_HOUR",
        default_value_t = EdgeConfig::default().login_account_failures_per_hour,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    login_account_failures_per_hour: u32,
    /// Proxies whose `X-Forwarded-For` names the client (comma-separated IPs and CIDR
    /// networks). Unset: the TCP peer is the client and the header is ignored.
    #[arg(
        long,
        env = "TWINNING_TRUSTED_PROXIES",
        default_value = "",
        value_parser = clap::value_parser!(TrustedProxies),
        global = true
    )]
    trusted_proxies: TrustedProxies,
    /// Weak, fast password hashes: for test servers only, never in production.
    #[arg(
        long,
        env = "TWINNING_INSECURE_FAST_PASSWORDS",
        default_value_t = false,
        global = true,
        hide = true
    )]
    insecure_fast_passwords: bool,
    /// Where mails go: `smtp://host:port` (no TLS), `smtp://host:587?tls=required`
    /// (STARTTLS), `smtps://user:password@host` (TLS). Unset: mails are kept in the outbox,
    /// readable by network admins at /api/v1/admin/mail, and never sent.
    #[arg(long, env = "TWINNING_SMTP_URL", hide_env_values = true, global = true)]
    smtp_url: Option<String>,
    /// The address people reach this server at; links in mails start with it.
    /// Default: `http://<TWINNING_ADDR>`.
    #[arg(long, env = "TWINNING_PUBLIC_URL", global = true)]
    public_url: Option<String>,
    /// The sender of mails.
    #[arg(
        long,
        env = "TWINNING_MAIL_FROM",
        default_value = twinning_flows::mail::DEFAULT_FROM,
        global = true
    )]
    mail_from: String,
    /// Requests each partner API key may make per minute (a token bucket: a burst of that
    /// many, refilled evenly). Each instance counts its own.
    #[arg(
        long,
        env = "TWINNING_API_KEY_PER_MINUTE",
        default_value_t = 600,
        value_parser = clap::value_parser!(u32).range(1..=1_000_000),
        global = true
    )]
    api_key_per_minute: u32,
    /// `off` makes an API-only instance: no background worker in `serve`.
    #[arg(long, env = "TWINNING_WORKER", default_value = "on", global = true)]
    worker: WorkerMode,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum WorkerMode {
    On,
    Off,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate and serve the API and the SPA.
    Serve {
        /// Load the demo network when the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending migrations and exit.
    Migrate,
    /// Load the demo network into an empty database.
    SeedDemo,
    /// Print the OpenAPI document.
    Openapi,
    /// Run only the background worker (jobs: notifications, mails, digests…).
    Worker {
        /// Run what is due now, then exit (for scripts and tests).
        #[arg(long)]
        once: bool,
    },
    /// Make an existing account a network admin (or, with --revoke, no longer one).
    GrantAdmin {
        email: String,
        #[arg(long)]
        revoke: bool,
    },
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let config = Config {
        database_url: cli.database_url.clone(),
        static_dir: cli.static_dir.clone(),
        jwt_secret: cli.jwt_secret.clone(),
        login_attempts_per_minute: cli.login_per_minute,
        api_key_requests_per_minute: cli.api_key_per_minute,
        pool_size: 8,
        demo: matches!(
            cli.command,
            Command::Serve { demo: true } | Command::SeedDemo
        ),
        fast_password_hashing: cli.insecure_fast_passwords,
        smtp_url: cli.smtp_url.clone(),
        public_url: cli
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", cli.addr)),
        mail_from: cli.mail_from.clone(),
        edge: EdgeConfig {
            trusted_proxies: cli.trusted_proxies.clone(),
            register_per_hour: cli.register_per_hour,
            refresh_per_minute: cli.refresh_per_minute,
            reset_per_hour: cli.reset_per_hour,
            login_free_failures: cli.login_free_failures,
            login_delay_max_secs: cli.login_delay_max_secs,
            login_account_failures_per_hour: cli.login_account_failures_per_hour,
            // Only a server people sign in to, and the worker beside it, need the shared key.
            ephemeral_signing_key: !matches!(
                cli.command,
                Command::Serve { demo: false } | Command::Worker { .. }
            ),
        },
    };
    match cli.command {
        Command::Openapi => {
            println!("{}", startup::openapi().to_pretty_json()?);
            Ok(())
        }
        Command::Migrate => {
            startup::prepare(&config)?;
            eprintln!("migrations are up to date");
            Ok(())
        }
        Command::SeedDemo => {
            let state = startup::prepare(&config)?;
            let mut conn = state.pool.get()?;
            let loaded = demo::load(&mut conn, &state.clock, state.mailer.settings())?;
            print_loaded(&loaded)?;
            Ok(())
        }
        Command::GrantAdmin { email, revoke } => {
            let state = startup::prepare(&config)?;
            let email = twinning_domain::auth::normalise_email(&email);
            let mut conn = state.pool.get()?;
            twinning_store::write(&mut conn, &state.clock, |tx| {
                twinning_flows::people::set_network_admin(tx, &email, !revoke)
            })
            .map_err(|e| match e {
                twinning_flows::FlowError::NotFound => {
                    anyhow::anyhow!("no account with the email {email}")
                }
                other => anyhow::Error::new(other),
            })?;
            eprintln!(
                "{email} is {} a network admin; their sessions have ended, so they sign in again",
                if revoke { "no longer" } else { "now" }
            );
            Ok(())
        }
        Command::Worker { once } => {
            let state = startup::prepare(&config)?;
            let worker = Worker::new(state.pool.clone(), state.clock, WorkerConfig::default())
                .with_mailer(state.mailer);
            if once {
                let report = worker.run_due()?;
                eprintln!(
                    "jobs run: {} done, {} to retry, {} dead; {} recurring enqueued",
                    report.done, report.retried, report.dead, report.scheduled
                );
            } else {
                // Stopped by a signal: a job it held is claimed again when its lease runs out.
                worker.run(&AtomicBool::new(false));
            }
            Ok(())
        }
        Command::Serve { demo } => serve(&config, &cli.addr, demo, cli.worker == WorkerMode::On),
    }
}

fn print_loaded(loaded: &demo::Loaded) -> anyhow::Result<()> {
    eprintln!(
        "demo network loaded: {} organisations, {} people, {} practices",
        loaded.organisations, loaded.people, loaded.practices
    );
    eprintln!("demo logins:");
    for login in demo::logins()? {
        eprintln!(
            "  {:<14} {}  password: {}",
            login.role, login.email, login.password
        );
    }
    let key = &loaded.api_key;
    let scopes: Vec<&str> = key.scopes.iter().map(|s| s.code()).collect();
    eprintln!(
        "demo API key of {} (\"{}\", {}), shown this once:\n  {}",
        key.organisation,
        key.name,
        scopes.join(" "),
        key.key
    );
    Ok(())
}

#[actix_web::main]
async fn serve(
    config: &Config,
    addr: &str,
    with_demo: bool,
    with_worker: bool,
) -> anyhow::Result<()> {
    let state = startup::prepare(config)?;
    if with_demo {
        let mut conn = state.pool.get()?;
        if twinning_store::stats::is_empty(&mut conn)? {
            print_loaded(&demo::load(
                &mut conn,
                &state.clock,
                state.mailer.settings(),
            )?)?;
        } else {
            eprintln!("the database already holds data; demo logins (if it was seeded):");
            for login in demo::logins()? {
                eprintln!(
                    "  {:<14} {}  password: {}",
                    login.role, login.email, login.password
                );
            }
        }
    }
    let listener = TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    eprintln!("Twinning is running at http://{local}/  (API docs: http://{local}/api/docs/)");
    let stop = Arc::new(AtomicBool::new(false));
    let worker = with_worker.then(|| {
        let worker = Worker::new(
            state.pool.clone(),
            state.clock.clone(),
            WorkerConfig::default(),
        )
        .with_mailer(state.mailer.clone());
        let stop = stop.clone();
        std::thread::Builder::new()
            .name("worker".into())
            .spawn(move || worker.run(&stop))
    });
    if !with_worker {
        eprintln!("TWINNING_WORKER=off: this instance serves the API only; run `twinning worker` elsewhere");
    }
    startup::server(state, listener, &config.static_dir)?.await?;
    stop.store(true, Ordering::Relaxed);
    if let Some(handle) = worker {
        let _ = handle?.join();
    }
    Ok(())
}
