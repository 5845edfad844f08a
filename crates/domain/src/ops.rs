//! What network admins see of the machinery: background jobs.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::JobId;
use crate::problem::FieldErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    /// Waiting for its time or for a worker.
    Pending,
    /// Claimed by a worker whose lease has not run out.
    Running,
    Done,
    /// Failed on its last attempt; retry it from the admin screen.
    Dead,
}

impl JobStatus {
    pub fn code(self) -> &'static str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Running => "running",
            JobStatus::Done => "done",
            JobStatus::Dead => "dead",
        }
    }

    pub fn parse(code: &str) -> Result<JobStatus, String> {
        [
            JobStatus::Pending,
            JobStatus::Running,
            JobStatus::Done,
            JobStatus::Dead,
        ]
        .into_iter()
        .find(|s| s.code() == code)
        .ok_or_else(|| {
            format!("unknown job status `{code}`; expected one of: pending, running, done, dead")
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Job {
    pub id: JobId,
    /// What the job does (`dispatch_event`, `send_mail`, `weekly_digest`, …).
    pub kind: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub payload: serde_json::Value,
    pub status: JobStatus,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobPage {
    pub items: Vec<Job>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

/// The admin screen's filter: jobs in one state (all when absent), a page at a time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct JobQuery {
    /// `pending` (waiting for its time or a worker, including claims whose lease ran out),
    /// `running` (claimed), `done` or `dead` (failed its last attempt; retry it).
    pub status: Option<JobStatus>,
    /// 1-based page number (at most 10000).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 10000))]
    pub page: Option<u32>,
    /// Jobs per page (1–100, default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
}

/// The typed form of `JobQuery`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobFilter {
    pub status: Option<JobStatus>,
    pub page: u32,
    pub per_page: u32,
}

impl JobQuery {
    pub fn parse(&self) -> Result<JobFilter, FieldErrors> {
        let mut e = FieldErrors::new();
        let (page, per_page) = crate::search::parse_paging(self.page, self.per_page, &mut e);
        e.into_result()?;
        Ok(JobFilter {
            status: self.status,
            page,
            per_page,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_is_bounded() {
        let q = JobQuery {
            status: Some(JobStatus::Dead),
            page: Some(0),
            per_page: Some(1000),
        };
        let e = q.parse().unwrap_err();
        assert!(e.get("page").is_some() && e.get("per_page").is_some());
        let f = JobQuery::default().parse().unwrap();
        assert_eq!((f.status, f.page, f.per_page), (None, 1, 20));
    }

    #[test]
    fn statuses_round_trip_by_code() {
        for s in [
            JobStatus::Pending,
            JobStatus::Running,
            JobStatus::Done,
            JobStatus::Dead,
        ] {
            assert_eq!(JobStatus::parse(s.code()), Ok(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
    }
}
