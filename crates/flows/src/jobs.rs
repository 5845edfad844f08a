//! The kinds of background job, and what each does. Every handler is idempotent: a job run
//! twice (its worker died after the effect, before marking it done) has the effect of once.

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use twinning_domain::EventId;
use twinning_store::jobs as queue;
use twinning_store::{StoreError, Tx};

use crate::{notify, FlowResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Applies an event's consequences (notifications; later points, badges, webhooks).
    DispatchEvent,
    /// Deletes finished jobs older than a week.
    PruneJobs,
}

impl JobKind {
    pub const ALL: &'static [JobKind] = &[JobKind::DispatchEvent, JobKind::PruneJobs];

    pub fn code(self) -> &'static str {
        match self {
            JobKind::DispatchEvent => "dispatch_event",
            JobKind::PruneJobs => "prune_jobs",
        }
    }

    pub fn parse(code: &str) -> Option<JobKind> {
        JobKind::ALL.iter().copied().find(|k| k.code() == code)
    }
}

/// A job that runs on a schedule: the worker enqueues one run per due time, once across all
/// instances.
pub struct Recurring {
    pub name: &'static str,
    /// A cron expression with seconds (`sec min hour day month weekday year`), in UTC.
    pub cron: &'static str,
    pub kind: JobKind,
}

pub const RECURRING: &[Recurring] = &[Recurring {
    name: "prune_jobs",
    cron: "0 30 3 * * * *",
    kind: JobKind::PruneJobs,
}];

/// The next time `cron` fires after `after`.
pub fn next_run(cron: &str, after: DateTime<Utc>) -> FlowResult<DateTime<Utc>> {
    let schedule: cron::Schedule = cron
        .parse()
        .map_err(|e| StoreError::Setup(format!("bad schedule `{cron}`: {e}")))?;
    schedule
        .after(&after)
        .next()
        .ok_or_else(|| StoreError::Setup(format!("schedule `{cron}` never fires")).into())
}

#[derive(Deserialize)]
struct EventJob {
    event_id: EventId,
}

fn parse<T: serde::de::DeserializeOwned>(payload: &serde_json::Value) -> FlowResult<T> {
    serde_json::from_value(payload.clone())
        .map_err(|e| StoreError::Corrupt(format!("job payload: {e}")).into())
}

/// Runs a job whose whole effect is in the database, inside the transaction that also marks
/// it done.
pub fn run_in_tx(tx: &mut Tx<'_>, kind: JobKind, payload: &serde_json::Value) -> FlowResult<()> {
    match kind {
        JobKind::DispatchEvent => {
            let job: EventJob = parse(payload)?;
            notify::dispatch_event(tx, job.event_id)?;
        }
        JobKind::PruneJobs => {
            let before = tx.now() - Duration::days(7);
            let pruned = queue::prune_done(tx, before)?;
            tracing::info!(pruned, "finished jobs pruned");
        }
    }
    Ok(())
}
