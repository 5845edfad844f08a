//! The background worker: claims due jobs (leases, so a dead worker's jobs come back), runs
//! them, records success or a failed attempt with backoff, and enqueues recurring jobs when
//! due. `twinning serve` runs it on a thread; `twinning worker` runs only it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::Duration;
use twinning_domain::ops::JobStatus;
use twinning_domain::problem::Reason;
use twinning_store::jobs::{self as queue, Claimed, NewJob};
use twinning_store::{write, Clock, DbPool, StoreError};

use crate::jobs::{self, JobKind, RECURRING};
use crate::mail::Mailer;
use crate::{FlowError, FlowResult};

/// Where mails link to when the worker was given no mailer.
const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:8080";

#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// How long a claim holds before another worker may take the job again.
    pub lease: Duration,
    /// How many jobs one claim takes.
    pub batch: i64,
    /// How long the loop sleeps when nothing is due.
    pub idle: StdDuration,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            lease: Duration::minutes(5),
            batch: 16,
            idle: StdDuration::from_millis(500),
        }
    }
}

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    pub done: usize,
    pub retried: usize,
    pub dead: usize,
    pub scheduled: usize,
}

pub struct Worker {
    pool: DbPool,
    clock: Clock,
    id: String,
    config: WorkerConfig,
    mailer: Arc<Mailer>,
}

impl Worker {
    pub fn new(pool: DbPool, clock: Clock, config: WorkerConfig) -> Worker {
        let id = format!(
            "{}-{}-{:08x}",
            std::env::var("HOSTNAME").unwrap_or_else(|_| "worker".to_owned()),
            std::process::id(),
            rand_suffix()
        );
        Worker {
            pool,
            clock,
            id,
            config,
            mailer: Arc::new(Mailer::keep_only(DEFAULT_PUBLIC_URL)),
        }
    }

    /// Writes and sends mails with `mailer` (without one, mails are kept in the outbox and
    /// link to `http://127.0.0.1:8080`).
    pub fn with_mailer(mut self, mailer: Arc<Mailer>) -> Worker {
        self.mailer = mailer;
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    fn conn(&self) -> FlowResult<twinning_store::PooledConn> {
        self.pool
            .get()
            .map_err(|e| FlowError::Store(StoreError::Pool(e)))
    }

    /// Enqueues the runs of recurring jobs that are due, once across every instance.
    pub fn tick_schedules(&self) -> FlowResult<usize> {
        let mut conn = self.conn()?;
        let mut enqueued = 0;
        for r in RECURRING {
            let now = self.clock.now();
            // A read on every pass; a write only the first time and when a run is due.
            let due = match queue::schedule_due_at(&mut conn, r.name)? {
                Some(due) => due,
                None => {
                    write(&mut conn, &self.clock, |tx| -> FlowResult<()> {
                        queue::ensure_schedule(tx, r.name, jobs::next_run(r.cron, now)?)?;
                        Ok(())
                    })?;
                    continue;
                }
            };
            if due > now {
                continue;
            }
            let claimed = write(&mut conn, &self.clock, |tx| -> FlowResult<bool> {
                let next = jobs::next_run(r.cron, now)?;
                if !queue::advance_schedule(tx, r.name, due, next)? {
                    return Ok(false);
                }
                let mut job = NewJob::new(r.kind.code(), serde_json::json!({ "due": due }));
                job.dedupe_key = Some(format!("{}:{}", r.name, due.timestamp()));
                queue::enqueue(tx, &job)?;
                Ok(true)
            })?;
            enqueued += usize::from(claimed);
        }
        Ok(enqueued)
    }

    /// Runs every job due now, then returns (for `twinning worker --once` and tests).
    pub fn run_due(&self) -> FlowResult<Report> {
        let mut report = Report {
            scheduled: self.tick_schedules()?,
            ..Report::default()
        };
        loop {
            let mut conn = self.conn()?;
            let claimed = write(&mut conn, &self.clock, |tx| {
                queue::claim(tx, &self.id, self.config.lease, self.config.batch)
            })?;
            if claimed.is_empty() {
                return Ok(report);
            }
            drop(conn);
            for job in claimed {
                match self.run_one(&job)? {
                    JobStatus::Done => report.done += 1,
                    JobStatus::Dead => report.dead += 1,
                    _ => report.retried += 1,
                }
            }
        }
    }

    /// Runs one claimed job and records the outcome.
    fn run_one(&self, job: &Claimed) -> FlowResult<JobStatus> {
        let mut conn = self.conn()?;
        let outcome: Result<(), String> = match JobKind::parse(&job.kind) {
            None => Err(format!("no handler for jobs of kind `{}`", job.kind)),
            Some(_) if job.attempts > job.max_attempts => {
                Err("the worker holding its last attempt stopped".to_owned())
            }
            Some(kind) if !kind.runs_in_tx() => self.run_outside_tx(&mut conn, kind, job),
            Some(kind) => write(&mut conn, &self.clock, |tx| -> FlowResult<()> {
                jobs::run_in_tx(tx, self.mailer.settings(), kind, &job.payload)?;
                if queue::complete(tx, job.id, &self.id)? {
                    Ok(())
                } else {
                    // The lease ran out and another worker holds the job: undo our effect.
                    Err(FlowError::Conflict {
                        field: "job",
                        reason: Reason::wrong_state().saying("lease lost"),
                    })
                }
            })
            .map_err(|e| e.to_string()),
        };
        match outcome {
            Ok(()) => Ok(JobStatus::Done),
            Err(error) => {
                let status = write(&mut conn, &self.clock, |tx| {
                    queue::fail(tx, job, &self.id, &error)
                })?;
                if status == JobStatus::Dead {
                    tracing::error!(job = %job.id, kind = %job.kind, %error, "job is dead after its last attempt");
                } else {
                    tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, %error, "job failed; will retry");
                }
                Ok(status)
            }
        }
    }

    /// Runs a job whose effect is outside the database, then marks it done. Its handler is
    /// idempotent (a mail already sent is not sent again), so when the lease ran out and
    /// another worker holds the job, the effect stands and that worker finds nothing to do.
    fn run_outside_tx(
        &self,
        conn: &mut twinning_store::PooledConn,
        kind: JobKind,
        job: &Claimed,
    ) -> Result<(), String> {
        jobs::run_outside_tx(conn, &self.clock, &self.mailer, kind, job)?;
        let completed = write(conn, &self.clock, |tx| {
            queue::complete(tx, job.id, &self.id)
        })
        .map_err(|e| e.to_string())?;
        if !completed {
            tracing::warn!(job = %job.id, kind = %job.kind, "lease lost while the job ran; another worker holds it");
        }
        Ok(())
    }

    /// Runs until `stop` is set: due jobs, then a short sleep when idle. Errors (a database
    /// restart…) are logged and retried, never fatal.
    pub fn run(&self, stop: &AtomicBool) {
        tracing::info!(worker = %self.id, "background worker started");
        while !stop.load(Ordering::Relaxed) {
            match self.run_due() {
                Ok(r) if r.done + r.retried + r.dead > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "worker pass failed; retrying"),
            }
            std::thread::sleep(self.config.idle);
        }
    }
}

fn rand_suffix() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    h.finish() as u32
}
