//! Two workers on one database (each with its own pool, as two `twinning worker` processes
//! would have) never run the same job twice: on PostgreSQL claims skip the rows another
//! worker holds (`FOR UPDATE SKIP LOCKED`), on SQLite the IMMEDIATE transaction serialises
//! them. Runs on both backends.

use std::sync::Barrier;

use twinning_domain::lifecycle::PracticeAction;
use twinning_domain::ops::JobStatus;
use twinning_domain::practice::NewPractice;
use twinning_domain::principal::{PersonPrincipal, Principal};
use twinning_flows::practices as flow;
use twinning_flows::worker::{Report, Worker, WorkerConfig};
use twinning_store::jobs;
use twinning_store::{accounts, notifications, Clock, DatabaseUrl, StoreError};

use crate::support::{practice_body, TestApp};

/// Practices submitted; each submission's event notifies the one network admin, and each
/// creation's event notifies nobody: two dispatch jobs per practice.
const PRACTICES: usize = 150;

fn principal(app: &TestApp, email: &str) -> Principal {
    let person = accounts::person_by_email(&mut app.store(), email).unwrap();
    Principal::Person(PersonPrincipal {
        person_id: person.id,
        organisation_id: person.organisation_id,
        role: person.role().unwrap(),
        is_network_admin: person.is_network_admin,
        email_verified: true,
        organisation_status: twinning_domain::OrganisationStatus::Active,
    })
}

fn all_jobs(app: &TestApp) -> Vec<twinning_domain::ops::Job> {
    let now = app.clock.now();
    let mut out = Vec::new();
    for page in 1.. {
        let p = jobs::list(&mut app.store(), None, now, page, 100).unwrap();
        if p.items.is_empty() {
            return out;
        }
        out.extend(p.items);
    }
    unreachable!()
}

#[tokio::test]
async fn two_workers_never_run_the_same_job_twice() {
    let app = TestApp::spawn().await;
    app.register_org("Irbid", "o@irbid.example").await;
    app.network_admin("Network", "a@net.example").await;
    app.run_jobs().await;
    let before: i64 = all_jobs(&app).iter().map(|j| j.id.get()).max().unwrap();
    let admin = accounts::person_by_email(&mut app.store(), "a@net.example")
        .unwrap()
        .id;
    let notified_before = notifications::unread(&mut app.store(), admin).unwrap();

    let owner = principal(&app, "o@irbid.example");
    for n in 0..PRACTICES {
        let new: NewPractice =
            serde_json::from_value(practice_body(&format!("Practice number {n}"))).unwrap();
        app.write(|tx| {
            let p = flow::create(tx, &owner, &new).map_err(|e| StoreError::Setup(e.to_string()))?;
            flow::act(tx, &owner, &p.slug, PracticeAction::Submit, None)
                .map_err(|e| StoreError::Setup(e.to_string()))
        });
    }
    let enqueued = all_jobs(&app)
        .into_iter()
        .filter(|j| j.id.get() > before)
        .count();
    assert_eq!(enqueued, 2 * PRACTICES);

    let url = DatabaseUrl::parse(&app.database_url);
    let config = WorkerConfig {
        batch: 4,
        ..WorkerConfig::default()
    };
    let workers: Vec<Worker> = (0..2)
        .map(|_| {
            let pool = twinning_store::build_pool(&url, 2).unwrap();
            Worker::new(pool, Clock::system(), config.clone())
        })
        .collect();
    let reports: Vec<Report> = tokio::task::spawn_blocking(move || {
        let start = Barrier::new(workers.len());
        std::thread::scope(|s| {
            let running: Vec<_> = workers
                .iter()
                .map(|w| {
                    let start = &start;
                    s.spawn(move || {
                        start.wait();
                        w.run_due().expect("the worker runs")
                    })
                })
                .collect();
            running.into_iter().map(|h| h.join().unwrap()).collect()
        })
    })
    .await
    .unwrap();

    let (a, b) = (reports[0], reports[1]);
    eprintln!("worker A: {a:?}; worker B: {b:?}");
    assert_eq!(a.retried + b.retried + a.dead + b.dead, 0, "{a:?} {b:?}");
    // Which worker got how many depends on the scheduler (on a loaded machine one may take
    // them all); what must hold whatever the split is below.
    // Every job the change caused (and any job those caused in turn) ran exactly once: it is
    // done after one attempt, and the workers' own tallies add up to exactly that many.
    let ran: Vec<_> = all_jobs(&app)
        .into_iter()
        .filter(|j| j.id.get() > before)
        .collect();
    assert!(ran.len() >= 2 * PRACTICES);
    for job in &ran {
        assert_eq!(job.status, JobStatus::Done, "{job:?}");
        assert_eq!(job.attempts, 1, "job {} was claimed twice", job.id);
        assert_eq!(job.last_error, None);
    }
    assert_eq!(a.done + b.done, ran.len(), "{a:?} {b:?}");

    // The effect: one notification per submission for the one network admin.
    let notified = notifications::unread(&mut app.store(), admin).unwrap();
    assert_eq!(notified - notified_before, PRACTICES as i64);
}
