//! Throughput of the job queue: jobs per second through the worker, on SQLite and on
//! PostgreSQL, with one worker and with two side by side (two pools, as two processes).
//!
//! Each measured job is a real `dispatch_event` of a `practice.submitted` event: it loads the
//! event, applies the notification rules and notifies the one network admin (in-app), then
//! marks the job done, all in one transaction, after a claim in its own.
//!
//! `make bench-api` runs it. `TWINNING_BENCH_JOBS` sets how many jobs a run measures (default
//! 2000, which bounds the time); `TWINNING_BENCH_PG_URL` the server (default
//! `postgres://postgres@127.0.0.1:5432`); PostgreSQL is skipped, loudly, when unreachable.

use std::path::PathBuf;
use std::sync::Barrier;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use serde_json::json;
use twinning_domain::lifecycle::PracticeAction;
use twinning_domain::notify::{Delivery, NotificationKind, Preferences};
use twinning_domain::organisation::NewOrganisation;
use twinning_domain::practice::NewPractice;
use twinning_domain::principal::{PersonPrincipal, Principal};
use twinning_domain::Role;
use twinning_flows::practices as flow;
use twinning_flows::worker::{Report, Worker, WorkerConfig};
use twinning_flows::FlowError;
use twinning_store::accounts::{insert_person, NewPerson};
use twinning_store::{
    build_pool, notifications, organisations, run_migrations, write, Clock, DatabaseUrl,
};

/// Practices created (or submitted) per setup transaction.
const SETUP_BATCH: usize = 250;

enum Db {
    Sqlite(PathBuf),
    Postgres { admin: String, name: String },
}

impl Db {
    fn url(&self) -> String {
        match self {
            Db::Sqlite(path) => path.display().to_string(),
            Db::Postgres { admin, name } => {
                format!("{}/{name}", admin.trim_end_matches("/postgres"))
            }
        }
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        match self {
            Db::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Db::Postgres { admin, name } => {
                if let Ok(mut c) = PgConnection::establish(admin) {
                    let _ =
                        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                }
            }
        }
    }
}

fn fresh(backend: &str, run: usize) -> Option<Db> {
    let tag = format!("{}_{run}", std::process::id());
    match backend {
        "sqlite" => Some(Db::Sqlite(
            std::env::temp_dir().join(format!("twinning-bench-{tag}.db")),
        )),
        _ => {
            let base = std::env::var("TWINNING_BENCH_PG_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
            let admin = format!("{}/postgres", base.trim_end_matches('/'));
            let mut conn = PgConnection::establish(&admin).ok()?;
            let name = format!("twinning_bench_{tag}");
            conn.batch_execute(&format!("CREATE DATABASE {name}"))
                .ok()?;
            Some(Db::Postgres { admin, name })
        }
    }
}

fn organisation() -> NewOrganisation {
    serde_json::from_value(json!({
        "name": "Municipality of Irbid", "kind": "municipality", "governance_level": "local",
        "country": "JO", "city": "Irbid", "settlement_context": "urban", "languages": ["ar"]
    }))
    .expect("a valid organisation")
}

fn practice(n: usize) -> NewPractice {
    serde_json::from_value(json!({
        "title": format!("Waste sorting committees {n}"),
        "summary": "Neighbourhood committees of refugees and hosts sort waste at the source.",
        "problem": "Household waste doubled in two years after the arrival of refugees.",
        "approach": "Mixed committees run door-to-door awareness and sorting points.",
        "results": "Collected recyclables rose by 40 percent and complaints fell by half.",
        "themes": ["solid_waste"], "countries": ["JO"], "languages": ["ar"]
    }))
    .expect("a valid practice")
}

fn worker(url: &DatabaseUrl) -> Worker {
    let pool = build_pool(url, 2).expect("a pool");
    let config = WorkerConfig {
        batch: 16,
        ..WorkerConfig::default()
    };
    Worker::new(pool, Clock::system(), config)
}

/// An organisation, its admin and a network admin; `jobs` submitted practices whose
/// `dispatch_event` jobs wait in the queue (the creations' jobs already ran).
fn prepare(url: &DatabaseUrl, jobs: usize) -> Result<(), FlowError> {
    let clock = Clock::system();
    let pool = build_pool(url, 1)?;
    let mut conn = pool.get().map_err(twinning_store::StoreError::Pool)?;
    run_migrations(&mut conn)?;
    let owner = write(&mut conn, &clock, |tx| -> Result<Principal, FlowError> {
        let (org, _) = organisations::insert(
            tx,
            &organisation(),
            None,
            twinning_domain::OrganisationStatus::Active,
        )?;
        let person = |email: &'static str, admin: bool| NewPerson {
            organisation_id: org,
            email,
            name: "Someone",
            password_hash: "not-a-hash",
            role: Role::OrgAdmin,
            is_network_admin: admin,
            language: Default::default(),
        };
        let owner = insert_person(tx, &person("owner@irbid.example", false))?;
        let admin = insert_person(tx, &person("admin@network.example", true))?;
        // In-app only: the run measures dispatching, not mail (which has its own jobs).
        let in_app_only = Preferences {
            notifications: [(NotificationKind::PracticeSubmitted, Delivery::Never)].into(),
        };
        notifications::set_preferences(tx, admin, &in_app_only)?;
        Ok(Principal::Person(PersonPrincipal {
            person_id: owner,
            organisation_id: org,
            role: Role::OrgAdmin,
            is_network_admin: false,
            email_verified: true,
            organisation_status: twinning_domain::OrganisationStatus::Active,
        }))
    })?;
    let mut slugs = Vec::with_capacity(jobs);
    for chunk in (0..jobs).collect::<Vec<_>>().chunks(SETUP_BATCH) {
        write(&mut conn, &clock, |tx| -> Result<(), FlowError> {
            for &n in chunk {
                slugs.push(flow::create(tx, &owner, &practice(n))?.slug);
            }
            Ok(())
        })?;
    }
    worker(url).run_due()?;
    for chunk in slugs.chunks(SETUP_BATCH) {
        write(&mut conn, &clock, |tx| -> Result<(), FlowError> {
            for slug in chunk {
                flow::act(tx, &owner, slug, PracticeAction::Submit, None)?;
            }
            Ok(())
        })?;
    }
    Ok(())
}

/// Runs `workers` workers side by side until the queue is empty.
fn drain(url: &DatabaseUrl, workers: usize) -> (Duration, Report) {
    let workers: Vec<Worker> = (0..workers).map(|_| worker(url)).collect();
    let start = Barrier::new(workers.len());
    let began = Instant::now();
    let reports: Vec<Report> = std::thread::scope(|s| {
        let handles: Vec<_> = workers
            .iter()
            .map(|w| {
                let start = &start;
                s.spawn(move || {
                    start.wait();
                    w.run_due().expect("the worker runs")
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let elapsed = began.elapsed();
    let total = reports.iter().fold(Report::default(), |a, r| Report {
        done: a.done + r.done,
        retried: a.retried + r.retried,
        dead: a.dead + r.dead,
        scheduled: a.scheduled + r.scheduled,
    });
    (elapsed, total)
}

fn main() {
    // `cargo bench` passes `--bench`; there is nothing to filter.
    let jobs: usize = std::env::var("TWINNING_BENCH_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    println!("queue throughput: {jobs} dispatch_event jobs per run (each notifies one person)");
    let mut run = 0;
    for backend in ["sqlite", "postgres"] {
        for workers in [1, 2] {
            run += 1;
            let Some(db) = fresh(backend, run) else {
                println!(
                    "!!!!! SKIPPED {backend}: no PostgreSQL server answered (set \
                     TWINNING_BENCH_PG_URL, or start one: scripts/ensure-postgres.sh) !!!!!"
                );
                break;
            };
            let url = DatabaseUrl::parse(&db.url());
            if let Err(e) = prepare(&url, jobs) {
                panic!("setting up the {backend} database failed: {e}");
            }
            let (elapsed, report) = drain(&url, workers);
            assert_eq!(report.done, jobs, "every job ran once: {report:?}");
            assert_eq!(report.retried + report.dead, 0, "{report:?}");
            println!(
                "{backend:>8}, {workers} worker{}: {jobs} jobs in {:.2} s = {:.0} jobs/s",
                if workers == 1 { " " } else { "s" },
                elapsed.as_secs_f64(),
                jobs as f64 / elapsed.as_secs_f64()
            );
        }
    }
}
