//! Figures about the network as a whole: the home page's live counts, the admin dashboard and
//! the health check.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkStats {
    pub organisations: i64,
    pub countries: i64,
    pub published_practices: i64,
    pub mentors: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeCounts {
    pub draft: i64,
    pub submitted: i64,
    pub published: i64,
    pub archived: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminOverview {
    /// Active organisations (those the network counts).
    pub organisations: i64,
    /// Organisations awaiting a network admin's approval (`/admin/organisations?status=pending`).
    #[serde(default)]
    pub organisations_pending: i64,
    /// Suspended organisations.
    #[serde(default)]
    pub organisations_suspended: i64,
    pub people: i64,
    pub countries: i64,
    pub practices: PracticeCounts,
    pub jobs: JobCounts,
}

/// The background queue at a glance: a growing `pending` means the workers lag behind, and
/// any `dead` job wants a look (and a retry) at `/admin/jobs`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobCounts {
    pub pending: i64,
    pub dead: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DatabaseBackend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DatabaseHealth {
    pub backend: DatabaseBackend,
    pub reachable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok`, or `unavailable` when the database cannot be reached.
    pub status: String,
    pub version: String,
    pub database: DatabaseHealth,
}
