//! The test harness: the real application on port 0 over a fresh database per test, on
//! SQLite by default or on PostgreSQL with `TWINNING_TEST_BACKEND=postgres`.

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::OnceLock;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use twinning_api::startup::{self, Config, EdgeConfig};
use twinning_domain::auth::Session;
use twinning_domain::Problem;
use twinning_flows::worker::{Report, Worker, WorkerConfig};
use twinning_store::Clock;

/// Random enough for the server's strength check (`auth::signing`).
pub const JWT_SECRET: &str = "aFHTiapq-uU4T0Qkz-4g9adFqCl305sDorlsypIgdtehUHIP";

enum TestDb {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

/// A migrated database made once per test process; each test gets a copy, which is much faster
/// than migrating afresh (a `CREATE DATABASE … TEMPLATE` on PostgreSQL, a file copy on SQLite).
static TEMPLATE: OnceLock<String> = OnceLock::new();

fn migrate(url: &str) {
    let pool = twinning_store::build_pool(&twinning_store::DatabaseUrl::parse(url), 1)
        .expect("connect to the template database");
    twinning_store::run_migrations(&mut pool.get().expect("a connection"))
        .expect("migrate the template database");
}

fn unique_id() -> String {
    format!(
        "{}_{}",
        std::process::id(),
        twinning_api::auth::secrets::random_token(6)
            .unwrap()
            .to_lowercase()
            .replace(['-', '_'], "x")
    )
}

fn pg_template(base: &str, admin: &mut PgConnection) -> String {
    TEMPLATE
        .get_or_init(|| {
            // Templates of test processes that are gone are dropped on the way.
            let stale: Vec<String> = diesel::sql_query(
                "SELECT datname AS name FROM pg_database WHERE datname LIKE 'twinning_tpl_%'",
            )
            .load::<DbName>(admin)
            .expect("list databases")
            .into_iter()
            .map(|d| d.name)
            .filter(|n| {
                n.trim_start_matches("twinning_tpl_")
                    .split('_')
                    .next()
                    .is_some_and(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists())
            })
            .collect();
            for name in stale {
                let _ =
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
            let name = format!("twinning_tpl_{}", unique_id());
            admin
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .expect("create the template database");
            migrate(&format!("{base}/{name}"));
            name
        })
        .clone()
}

#[derive(diesel::QueryableByName)]
struct DbName {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

impl TestDb {
    fn create() -> (TestDb, String) {
        let id = unique_id();
        match std::env::var("TWINNING_TEST_BACKEND").as_deref() {
            Ok("postgres") => {
                let base = std::env::var("TWINNING_TEST_PG_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
                let admin_url = format!("{base}/postgres");
                let name = format!("twinning_test_{id}");
                let mut conn = PgConnection::establish(&admin_url)
                    .expect("PostgreSQL must be running for TWINNING_TEST_BACKEND=postgres");
                let template = pg_template(&base, &mut conn);
                // Two copies of one template at the same instant can collide; retry briefly.
                let mut attempt = 0;
                while let Err(e) =
                    conn.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
                {
                    attempt += 1;
                    assert!(attempt < 50, "create the test database: {e}");
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                let url = format!("{base}/{name}");
                (TestDb::Postgres { admin_url, name }, url)
            }
            Ok("sqlite") | Err(_) => {
                let template = TEMPLATE.get_or_init(|| {
                    let path =
                        std::env::temp_dir().join(format!("twinning-template-{}.db", unique_id()));
                    let url = path.display().to_string();
                    migrate(&url);
                    url
                });
                let path = std::env::temp_dir().join(format!("twinning-test-{id}.db"));
                std::fs::copy(template, &path).expect("copy the template database");
                let url = path.display().to_string();
                (TestDb::Sqlite(path), url)
            }
            Ok(other) => panic!("unknown TWINNING_TEST_BACKEND {other}"),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match self {
            TestDb::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            TestDb::Postgres { admin_url, name } => {
                if let Ok(mut conn) = PgConnection::establish(admin_url) {
                    let _ =
                        conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                }
            }
        }
    }
}

pub struct TestApp {
    pub base: String,
    /// Where the server is reached (`TWINNING_PUBLIC_URL`): links in mails start with it.
    pub public_url: String,
    pub client: reqwest::Client,
    pub database_url: String,
    /// The application's clock: a manual one when the test asked for it.
    pub clock: Clock,
    pub pool: twinning_store::DbPool,
    mailer: std::sync::Arc<twinning_flows::mail::Mailer>,
    _db: TestDb,
}

pub struct Options {
    pub login_attempts_per_minute: u32,
    /// A clock the test moves by hand (deadlines, retries, schedules).
    pub manual_clock: bool,
    /// `TWINNING_SMTP_URL`: mails are kept in the outbox without one.
    pub smtp_url: Option<String>,
    /// Serving the demo network (secrets stay readable in the mail outbox).
    pub demo: bool,
    /// Requests per API key and minute; high unless a test checks the limit.
    pub api_key_per_minute: u32,
    /// Limits per address and account, trusted proxies: relaxed unless a test checks them.
    pub edge: EdgeConfig,
    /// The built SPA to serve (`TWINNING_STATIC_DIR`); none by default.
    pub static_dir: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            login_attempts_per_minute: 1000,
            manual_clock: false,
            smtp_url: None,
            demo: false,
            api_key_per_minute: 100_000,
            edge: EdgeConfig::relaxed(),
            static_dir: None,
        }
    }
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(Options::default()).await
    }

    pub async fn spawn_with(options: Options) -> TestApp {
        let (db, database_url) = TestDb::create();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let public_url = format!("http://127.0.0.1:{port}");
        let config = Config {
            database_url: database_url.clone(),
            static_dir: options
                .static_dir
                .unwrap_or_else(|| PathBuf::from("/nonexistent")),
            jwt_secret: Some(JWT_SECRET.to_owned()),
            login_attempts_per_minute: options.login_attempts_per_minute,
            api_key_requests_per_minute: options.api_key_per_minute,
            pool_size: 4,
            fast_password_hashing: true,
            demo: options.demo,
            smtp_url: options.smtp_url,
            public_url: public_url.clone(),
            mail_from: "Twinning <twinning@example.org>".to_owned(),
            edge: options.edge,
        };
        let clock = if options.manual_clock {
            Clock::manual(chrono::Utc::now())
        } else {
            Clock::system()
        };
        let state =
            startup::prepare_with_clock(&config, clock.clone()).expect("prepare the application");
        let pool = state.pool.clone();
        let mailer = state.mailer.clone();
        let server = startup::server(state, listener, &config.static_dir).unwrap();
        tokio::spawn(server);
        TestApp {
            base: format!("{public_url}/api/v1"),
            public_url,
            client: reqwest::Client::new(),
            database_url,
            clock,
            pool,
            mailer,
            _db: db,
        }
    }

    /// A worker over the test database with the application's clock, as `twinning worker`.
    pub fn worker(&self) -> Worker {
        Worker::new(
            self.pool.clone(),
            self.clock.clone(),
            WorkerConfig::default(),
        )
        .with_mailer(self.mailer.clone())
    }

    /// Runs every job due now (what `twinning worker --once` does).
    pub async fn run_jobs(&self) -> Report {
        let worker = self.worker();
        tokio::task::spawn_blocking(move || worker.run_due().expect("the worker runs"))
            .await
            .unwrap()
    }

    /// Runs `f` in a write transaction on the test database, with the application's clock.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut twinning_store::Tx<'_>) -> Result<T, twinning_store::StoreError>,
    ) -> T {
        let mut conn = self.store();
        twinning_store::write(&mut conn, &self.clock, f).expect("the write succeeds")
    }

    /// The mail settings of the app under test (its public address).
    pub fn mail_settings(&self) -> twinning_flows::mail::MailSettings {
        twinning_flows::mail::MailSettings::new(&self.public_url)
    }

    /// A direct connection to the test database, for setup the API does not offer.
    pub fn store(&self) -> twinning_store::PooledConn {
        let url = twinning_store::DatabaseUrl::parse(&self.database_url);
        twinning_store::build_pool(&url, 1).unwrap().get().unwrap()
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.expect("request");
        let status = res.status();
        let text = res.text().await.unwrap();
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, value)
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        self.call(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, token, Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: Value) -> (StatusCode, Value) {
        self.call(Method::PATCH, path, token, Some(body)).await
    }

    pub async fn put(&self, path: &str, token: Option<&str>, body: Value) -> (StatusCode, Value) {
        self.call(Method::PUT, path, token, Some(body)).await
    }

    /// A GET with an `Accept-Language` header.
    pub async fn get_in(
        &self,
        path: &str,
        token: Option<&str>,
        accept_language: &str,
    ) -> (StatusCode, Value) {
        let mut req = self
            .client
            .get(format!("{}{path}", self.base))
            .header("Accept-Language", accept_language);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request");
        let status = res.status();
        let value = res.json().await.unwrap_or(Value::Null);
        (status, value)
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        self.call(Method::DELETE, path, token, None).await
    }

    /// Creates an API key of `org_slug` with `scopes` as its admin; returns its id and secret.
    pub async fn api_key(
        &self,
        admin_token: &str,
        org_slug: &str,
        scopes: &[&str],
    ) -> (i64, String) {
        let (status, body) = self
            .post(
                &format!("/organisations/{org_slug}/api-keys"),
                Some(admin_token),
                json!({ "name": format!("Partner {}", scopes.join(" ")), "scopes": scopes }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        (
            body["id"].as_i64().unwrap(),
            body["key"].as_str().unwrap().to_owned(),
        )
    }

    /// Registers a person with a new organisation; returns their session. The person is
    /// verified (see `verify_by_mail`) and the organisation approved at once, as a network admin
    /// would (most tests want a member of the network). `register_pending_org` leaves the
    /// organisation awaiting approval, `register_org_unverified` leaves the person unverified.
    pub async fn register_org(&self, org_name: &str, email: &str) -> Session {
        let session = self.register_pending_org(org_name, email).await;
        self.approve(&session.me.organisation.slug);
        session
    }

    /// Registers a verified person with a new organisation left awaiting approval.
    pub async fn register_pending_org(&self, org_name: &str, email: &str) -> Session {
        let session = self.register_as_is(org_name, email).await;
        self.verified(session).await
    }

    /// Registers a person with a new, approved organisation, without opening the verification
    /// link.
    pub async fn register_org_unverified(&self, org_name: &str, email: &str) -> Session {
        let session = self.register_as_is(org_name, email).await;
        self.approve(&session.me.organisation.slug);
        session
    }

    /// Registers as a visitor would: the person unverified, the organisation pending.
    async fn register_as_is(&self, org_name: &str, email: &str) -> Session {
        let (status, body) = self
            .post("/auth/register", None, register_body(org_name, email))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        parse(body)
    }

    /// Makes the organisation `slug` active through the store (no event, no mail).
    pub fn approve(&self, slug: &str) {
        self.write(|tx| {
            let (id, org) = twinning_store::organisations::find_by_slug(tx, slug)?;
            twinning_store::organisations::set_status(
                tx,
                id,
                org.status,
                twinning_domain::OrganisationStatus::Active,
                None,
                None,
            )
        });
    }

    /// Registers a person joining `org_slug` through an invitation its admin mails them; the
    /// mailed link verifies the address (`join_unverified` undoes that).
    pub async fn join(
        &self,
        admin_token: &str,
        org_slug: &str,
        email: &str,
        role: &str,
    ) -> Session {
        let (status, inv) = self
            .post(
                &format!("/organisations/{org_slug}/invitations"),
                Some(admin_token),
                json!({ "email": email, "role": role }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{inv}");
        let (status, body) = self
            .post(
                "/auth/register",
                None,
                json!({ "name": "Joiner", "email": email, "password": "a long password",
                        "invitation_code": inv["code"] }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let session: Session = parse(body);
        assert!(
            session.me.email_verified,
            "the invitation link verifies the address"
        );
        session
    }

    /// The id of the account with this (normalised) address.
    pub fn person_id(&self, email: &str) -> i64 {
        twinning_store::accounts::person_by_email(&mut self.store(), email)
            .expect("a person with this address")
            .id
            .get()
    }

    /// As `join`, then the address made unverified again through the store (as after a change
    /// of address): a person who may prepare but not invite, submit or publish.
    pub async fn join_unverified(
        &self,
        admin_token: &str,
        org_slug: &str,
        email: &str,
        role: &str,
    ) -> Session {
        let mut session = self.join(admin_token, org_slug, email, role).await;
        let address = session.me.email.clone();
        self.write(move |tx| {
            twinning_store::dialect::execute(
                tx,
                "UPDATE people SET email_verified_at = NULL WHERE email = ?",
                &[twinning_store::dialect::Bind::Text(address)],
            )
        });
        session.me.email_verified = false;
        session
    }

    pub async fn login(&self, email: &str, password: &str) -> Session {
        let (status, body) = self
            .post(
                "/auth/login",
                None,
                json!({ "email": email, "password": password }),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        parse(body)
    }

    /// Makes `email` a network admin and returns a fresh session carrying the right.
    pub async fn network_admin(&self, org_name: &str, email: &str) -> Session {
        self.register_org(org_name, email).await;
        self.write(|tx| twinning_store::accounts::set_network_admin(tx, email, true));
        self.login(email, "a long password").await
    }

    /// Creates a complete draft practice; returns its slug.
    pub async fn draft(&self, token: &str, title: &str) -> String {
        let (status, body) = self
            .post("/practices", Some(token), practice_body(title))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["slug"].as_str().unwrap().to_owned()
    }

    pub async fn submitted(&self, token: &str, title: &str) -> String {
        let slug = self.draft(token, title).await;
        let (status, body) = self
            .post(
                &format!("/practices/{slug}/submit"),
                Some(token),
                json!(null),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        slug
    }

    pub async fn published(&self, token: &str, admin: &str, title: &str) -> String {
        let slug = self.submitted(token, title).await;
        let (status, body) = self
            .post(
                &format!("/practices/{slug}/publish"),
                Some(admin),
                json!(null),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        slug
    }
}

pub fn register_body(org_name: &str, email: &str) -> Value {
    json!({
        "name": "Test Person",
        "email": email,
        "password": "a long password",
        "organisation": {
            "name": org_name,
            "kind": "municipality",
            "governance_level": "local",
            "country": "JO",
            "city": "Irbid",
            "settlement_context": "urban",
            "languages": ["ar", "en"],
            "themes": ["solid_waste"]
        }
    })
}

pub fn practice_body(title: &str) -> Value {
    json!({
        "title": title,
        "summary": "Neighbourhood committees of refugees and hosts sort waste at the source.",
        "problem": "Household waste doubled in two years after the arrival of refugees in Irbid.",
        "approach": "Mixed committees run door-to-door awareness and sorting points in each block.",
        "results": "Collected recyclables rose by 40 percent and complaints fell by half.",
        "figures": [{ "value": 90, "label": "participants in the launch workshop" }],
        "themes": ["solid_waste", "social_cohesion"],
        "target_groups": ["refugees", "host_communities"],
        "settlement_contexts": ["urban"],
        "countries": ["JO"],
        "languages": ["ar", "en"]
    })
}

pub fn parse<T: DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("the response has the documented shape")
}

/// Asserts a problem+json body of `status` whose errors name `field` (when given).
pub fn assert_problem(status: StatusCode, body: &Value, expected: StatusCode, field: Option<&str>) {
    assert_eq!(status, expected, "{body}");
    let problem: Problem = parse(body.clone());
    assert_eq!(problem.status, expected.as_u16());
    assert!(problem.kind.starts_with("urn:twinning:problem:"), "{body}");
    if let Some(field) = field {
        assert!(
            problem.field_error(field).is_some(),
            "expected an error on `{field}`: {body}"
        );
    }
}
