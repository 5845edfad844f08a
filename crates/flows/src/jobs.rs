//! The kinds of background job, and what each does. Every handler is idempotent: a job run
//! twice (its worker died after the effect, before marking it done) has the effect of once.

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use twinning_domain::EventId;
use twinning_store::jobs::{self as queue, Claimed};
use twinning_store::{Clock, DbConn, StoreError, Tx};

use crate::mail::{self, MailSettings, Mailer};
use crate::{notify, FlowResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Applies an event's consequences (notifications; later points, badges, webhooks).
    DispatchEvent,
    /// Deletes finished jobs older than a week.
    PruneJobs,
    /// Hands one mail of the outbox to the SMTP server (or keeps it when there is none).
    SendMail,
    /// Writes the weekly digest of everyone with notifications waiting for it.
    WeeklyDigest,
}

impl JobKind {
    pub const ALL: &'static [JobKind] = &[
        JobKind::DispatchEvent,
        JobKind::PruneJobs,
        JobKind::SendMail,
        JobKind::WeeklyDigest,
    ];

    pub fn code(self) -> &'static str {
        match self {
            JobKind::DispatchEvent => "dispatch_event",
            JobKind::PruneJobs => "prune_jobs",
            JobKind::SendMail => "send_mail",
            JobKind::WeeklyDigest => "weekly_digest",
        }
    }

    /// Whether the whole effect is in the database, so the job runs in the transaction that
    /// marks it done. The others act outside it (an SMTP server cannot be rolled back; the
    /// digest commits one person at a time), each step idempotent, and are marked done after.
    pub fn runs_in_tx(self) -> bool {
        match self {
            JobKind::DispatchEvent | JobKind::PruneJobs => true,
            JobKind::SendMail | JobKind::WeeklyDigest => false,
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

pub const RECURRING: &[Recurring] = &[
    Recurring {
        name: "prune_jobs",
        cron: "0 30 3 * * * *",
        kind: JobKind::PruneJobs,
    },
    Recurring {
        name: "weekly_digest",
        cron: "0 0 7 * * Mon *",
        kind: JobKind::WeeklyDigest,
    },
];

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
pub fn run_in_tx(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    kind: JobKind,
    payload: &serde_json::Value,
) -> FlowResult<()> {
    match kind {
        JobKind::DispatchEvent => {
            let job: EventJob = parse(payload)?;
            notify::dispatch_event(tx, settings, job.event_id)?;
        }
        JobKind::PruneJobs => {
            let before = tx.now() - Duration::days(7);
            let pruned = queue::prune_done(tx, before)?;
            tracing::info!(pruned, "finished jobs pruned");
        }
        JobKind::SendMail | JobKind::WeeklyDigest => {
            return Err(StoreError::Setup(format!(
                "{} jobs run outside a transaction",
                kind.code()
            ))
            .into())
        }
    }
    Ok(())
}

/// Runs a job that acts outside the database transaction (see `JobKind::runs_in_tx`).
/// The error is what the job's row records.
pub fn run_outside_tx(
    conn: &mut DbConn,
    clock: &Clock,
    mailer: &Mailer,
    kind: JobKind,
    job: &Claimed,
) -> Result<(), String> {
    match kind {
        JobKind::SendMail => mail::send_job(conn, clock, mailer, job),
        JobKind::WeeklyDigest => mail::run_weekly_digest(conn, clock, mailer.settings())
            .map(|_| ())
            .map_err(|e| e.to_string()),
        JobKind::DispatchEvent | JobKind::PruneJobs => {
            Err(format!("{} jobs run in a transaction", kind.code()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn every_recurring_schedule_parses_and_the_digest_is_on_monday_morning() {
        let friday = Utc.with_ymd_and_hms(2026, 12, 4, 12, 0, 0).unwrap();
        for r in RECURRING {
            assert!(next_run(r.cron, friday).is_ok(), "{}", r.name);
            assert_eq!(JobKind::parse(r.kind.code()), Some(r.kind));
        }
        let digest = RECURRING
            .iter()
            .find(|r| r.name == "weekly_digest")
            .unwrap();
        assert_eq!(
            next_run(digest.cron, friday).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 7, 7, 0, 0).unwrap()
        );
    }
}
