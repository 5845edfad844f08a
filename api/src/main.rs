//! `twinning`: the server and its maintenance commands.

use std::net::TcpListener;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use twinning_api::demo;
use twinning_api::startup::{self, Config};

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
    /// The HS256 signing key for access tokens; generated once and kept in the database if unset.
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
    #[command(subcommand)]
    command: Command,
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
        pool_size: 8,
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
            let loaded = demo::load(&mut conn)?;
            print_loaded(&loaded)?;
            Ok(())
        }
        Command::GrantAdmin { email, revoke } => {
            let state = startup::prepare(&config)?;
            let email = twinning_domain::auth::normalise_email(&email);
            let mut conn = state.pool.get()?;
            twinning_store::accounts::set_network_admin(&mut conn, &email, !revoke)
                .with_context(|| format!("no account with the email {email}"))?;
            eprintln!(
                "{email} is {} a network admin (from their next login)",
                if revoke { "no longer" } else { "now" }
            );
            Ok(())
        }
        Command::Serve { demo } => serve(&config, &cli.addr, demo),
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
    Ok(())
}

#[actix_web::main]
async fn serve(config: &Config, addr: &str, with_demo: bool) -> anyhow::Result<()> {
    let state = startup::prepare(config)?;
    if with_demo {
        let mut conn = state.pool.get()?;
        if twinning_store::stats::is_empty(&mut conn)? {
            print_loaded(&demo::load(&mut conn)?)?;
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
    startup::server(state, listener, &config.static_dir)?.await?;
    Ok(())
}
