//! The durable job queue, in the same database as everything else so a job is enqueued in
//! the transaction of the change that causes it. Claims are leases: the jobs of a worker that
//! died are claimed again once its lease runs out. Recurring jobs have a row in `schedules`
//! whose next run a guarded update moves forward, so one instance enqueues each run.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use twinning_domain::ops::{Job, JobPage, JobStatus};
use twinning_domain::problem::Reason;
use twinning_domain::JobId;

use crate::dialect::{self, insert_if_absent};
use crate::schema::{jobs, schedules};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

pub const DEFAULT_MAX_ATTEMPTS: i32 = 6;

pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: serde_json::Value,
    /// When to run it; now when absent.
    pub run_at: Option<DateTime<Utc>>,
    /// A job with the same key is enqueued only once.
    pub dedupe_key: Option<String>,
    pub max_attempts: i32,
}

impl<'a> NewJob<'a> {
    pub fn new(kind: &'a str, payload: serde_json::Value) -> NewJob<'a> {
        NewJob {
            kind,
            payload,
            run_at: None,
            dedupe_key: None,
            max_attempts: DEFAULT_MAX_ATTEMPTS,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = jobs)]
struct JobInsert<'a> {
    kind: &'a str,
    payload: String,
    dedupe_key: Option<&'a str>,
    status: &'a str,
    attempts: i32,
    max_attempts: i32,
    run_at: NaiveDateTime,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// Enqueues a job in the caller's transaction. False when a job with the same dedupe key
/// already exists.
pub fn enqueue(tx: &mut Tx<'_>, job: &NewJob<'_>) -> StoreResult<bool> {
    let now = tx.now_naive();
    let insert = diesel::insert_into(jobs::table).values(JobInsert {
        kind: job.kind,
        payload: job.payload.to_string(),
        dedupe_key: job.dedupe_key.as_deref(),
        status: JobStatus::Pending.code(),
        attempts: 0,
        max_attempts: job.max_attempts.max(1),
        run_at: job.run_at.map(|t| t.naive_utc()).unwrap_or(now),
        created_at: now,
        updated_at: now,
    });
    insert_if_absent!(tx, insert)
}

/// A job a worker holds.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: JobId,
    pub kind: String,
    pub payload: serde_json::Value,
    /// Including this one.
    pub attempts: i32,
    pub max_attempts: i32,
}

/// Claims up to `limit` due jobs for `worker`, leased for `lease`.
pub fn claim(
    tx: &mut Tx<'_>,
    worker: &str,
    lease: Duration,
    limit: i64,
) -> StoreResult<Vec<Claimed>> {
    let until = tx.now_naive() + lease;
    dialect::claim_jobs(tx, worker, until, limit)?
        .into_iter()
        .map(|r| {
            Ok(Claimed {
                id: JobId(r.id),
                payload: serde_json::from_str(&r.payload)
                    .map_err(|e| StoreError::Corrupt(format!("payload of job {}: {e}", r.id)))?,
                kind: r.kind,
                attempts: r.attempts,
                max_attempts: r.max_attempts,
            })
        })
        .collect()
}

/// Marks a held job done. False when `worker` no longer holds it (its lease ran out and
/// another worker took it): the caller's transaction must then roll back.
pub fn complete(tx: &mut Tx<'_>, id: JobId, worker: &str) -> StoreResult<bool> {
    let now = tx.now_naive();
    dialect::guarded_update(
        tx,
        diesel::update(
            jobs::table
                .find(id.get())
                .filter(jobs::status.eq(JobStatus::Running.code()))
                .filter(jobs::locked_by.eq(worker)),
        )
        .set((
            jobs::status.eq(JobStatus::Done.code()),
            jobs::locked_by.eq(None::<String>),
            jobs::locked_until.eq(None::<NaiveDateTime>),
            jobs::last_error.eq(None::<String>),
            jobs::finished_at.eq(Some(now)),
            jobs::updated_at.eq(now),
        )),
    )
}

/// The wait before attempt `attempts + 1`: 10 s, 20 s, 40 s… capped at an hour.
pub fn backoff(attempts: i32) -> Duration {
    let exp = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    Duration::seconds((10_i64 << exp.min(9)).min(3600))
}

/// Records a failed attempt: the job waits for its next try, or is dead after its last.
pub fn fail(tx: &mut Tx<'_>, job: &Claimed, worker: &str, error: &str) -> StoreResult<JobStatus> {
    let now = tx.now_naive();
    let error: String = error.chars().take(2000).collect();
    let dead = job.attempts >= job.max_attempts;
    let status = if dead {
        JobStatus::Dead
    } else {
        JobStatus::Pending
    };
    dialect::guarded_update(
        tx,
        diesel::update(
            jobs::table
                .find(job.id.get())
                .filter(jobs::status.eq(JobStatus::Running.code()))
                .filter(jobs::locked_by.eq(worker)),
        )
        .set((
            jobs::status.eq(status.code()),
            jobs::locked_by.eq(None::<String>),
            jobs::locked_until.eq(None::<NaiveDateTime>),
            jobs::last_error.eq(Some(error)),
            jobs::run_at.eq(if dead {
                now
            } else {
                now + backoff(job.attempts)
            }),
            jobs::finished_at.eq(dead.then_some(now)),
            jobs::updated_at.eq(now),
        )),
    )?;
    Ok(status)
}

/// Puts a dead job back in the queue, due now, with its attempts reset.
pub fn retry(tx: &mut Tx<'_>, id: JobId) -> StoreResult<()> {
    let now = tx.now_naive();
    let applied = dialect::guarded_update(
        tx,
        diesel::update(
            jobs::table
                .find(id.get())
                .filter(jobs::status.eq(JobStatus::Dead.code())),
        )
        .set((
            jobs::status.eq(JobStatus::Pending.code()),
            jobs::attempts.eq(0),
            jobs::run_at.eq(now),
            jobs::finished_at.eq(None::<NaiveDateTime>),
            jobs::updated_at.eq(now),
        )),
    )?;
    if applied {
        Ok(())
    } else if jobs::table
        .find(id.get())
        .count()
        .get_result::<i64>(&mut **tx)?
        == 0
    {
        Err(StoreError::NotFound)
    } else {
        Err(StoreError::Conflict {
            field: "status",
            reason: Reason::wrong_state().saying("only dead jobs can be retried"),
        })
    }
}

/// Deletes finished jobs older than `before`; returns how many.
pub fn prune_done(tx: &mut Tx<'_>, before: DateTime<Utc>) -> StoreResult<usize> {
    Ok(diesel::delete(
        jobs::table
            .filter(jobs::status.eq(JobStatus::Done.code()))
            .filter(jobs::finished_at.lt(before.naive_utc())),
    )
    .execute(&mut **tx)?)
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = jobs)]
struct JobRow {
    id: i64,
    kind: String,
    payload: String,
    status: String,
    attempts: i32,
    max_attempts: i32,
    run_at: NaiveDateTime,
    locked_until: Option<NaiveDateTime>,
    last_error: Option<String>,
    created_at: NaiveDateTime,
    finished_at: Option<NaiveDateTime>,
}

impl JobRow {
    fn into_job(self, now: DateTime<Utc>) -> StoreResult<Job> {
        let mut status = JobStatus::parse(&self.status).map_err(StoreError::corrupt)?;
        if status == JobStatus::Running && self.locked_until.is_some_and(|t| t < now.naive_utc()) {
            status = JobStatus::Pending;
        }
        Ok(Job {
            id: JobId(self.id),
            payload: serde_json::from_str(&self.payload).unwrap_or(serde_json::Value::Null),
            kind: self.kind,
            status,
            attempts: self.attempts,
            max_attempts: self.max_attempts,
            run_at: utc(self.run_at),
            last_error: self.last_error,
            created_at: utc(self.created_at),
            finished_at: self.finished_at.map(utc),
        })
    }
}

/// One job as the admin screen shows it.
pub fn by_id(conn: &mut DbConn, id: JobId, now: DateTime<Utc>) -> StoreResult<Job> {
    jobs::table
        .find(id.get())
        .select(JobRow::as_select())
        .first(conn)?
        .into_job(now)
}

/// Jobs for the admin screen, newest first. `Running` covers claimed jobs; a running job
/// whose lease ran out is shown as pending (any worker will take it again).
pub fn list(
    conn: &mut DbConn,
    status: Option<JobStatus>,
    now: DateTime<Utc>,
    page: u32,
    per_page: u32,
) -> StoreResult<JobPage> {
    let at = now.naive_utc();
    let running = JobStatus::Running.code();
    // Filter as the rows are shown: a claim whose lease ran out counts as pending.
    let filtered = || {
        let q = jobs::table.into_boxed();
        match status {
            None => q,
            Some(JobStatus::Pending) => q.filter(
                jobs::status
                    .eq(JobStatus::Pending.code())
                    .or(jobs::status.eq(running).and(jobs::locked_until.lt(at))),
            ),
            Some(JobStatus::Running) => q
                .filter(jobs::status.eq(running))
                .filter(jobs::locked_until.ge(at)),
            Some(s) => q.filter(jobs::status.eq(s.code())),
        }
    };
    let total: i64 = filtered().count().get_result(conn)?;
    let rows: Vec<JobRow> = filtered()
        .order(jobs::id.desc())
        .offset(i64::from(page.saturating_sub(1)) * i64::from(per_page))
        .limit(i64::from(per_page))
        .select(JobRow::as_select())
        .load(conn)?;
    let items = rows
        .into_iter()
        .map(|r| r.into_job(now))
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(JobPage {
        items,
        total,
        page,
        per_page,
    })
}

/// How many jobs are in each state (for the dashboard and metrics).
pub fn counts(conn: &mut DbConn) -> StoreResult<Vec<(String, i64)>> {
    Ok(jobs::table
        .group_by(jobs::status)
        .select((jobs::status, diesel::dsl::count_star()))
        .load(conn)?)
}

/// Makes sure a recurring job has its row, first due at `first_run`.
pub fn ensure_schedule(tx: &mut Tx<'_>, name: &str, first_run: DateTime<Utc>) -> StoreResult<()> {
    let now = tx.now_naive();
    let insert = diesel::insert_into(schedules::table).values((
        schedules::name.eq(name),
        schedules::next_run_at.eq(first_run.naive_utc()),
        schedules::updated_at.eq(now),
    ));
    insert_if_absent!(tx, insert)?;
    Ok(())
}

/// When the recurring job `name` is next due; `None` before its row exists.
pub fn schedule_due_at(conn: &mut DbConn, name: &str) -> StoreResult<Option<DateTime<Utc>>> {
    Ok(schedules::table
        .find(name)
        .select(schedules::next_run_at)
        .first(conn)
        .optional()?
        .map(utc))
}

/// Claims the run of `name` that was due at `due` by moving it to `next`. False when another
/// instance claimed it first.
pub fn advance_schedule(
    tx: &mut Tx<'_>,
    name: &str,
    due: DateTime<Utc>,
    next: DateTime<Utc>,
) -> StoreResult<bool> {
    let now = tx.now_naive();
    dialect::guarded_update(
        tx,
        diesel::update(
            schedules::table
                .find(name)
                .filter(schedules::next_run_at.eq(due.naive_utc())),
        )
        .set((
            schedules::next_run_at.eq(next.naive_utc()),
            schedules::updated_at.eq(now),
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::seconds(10));
        assert_eq!(backoff(2), Duration::seconds(20));
        assert_eq!(backoff(4), Duration::seconds(80));
        assert_eq!(backoff(30), Duration::seconds(3600));
    }
}
