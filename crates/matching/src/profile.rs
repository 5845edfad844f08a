//! What the engine knows of an organisation, and the pairs it may not make.

use serde::{Deserialize, Serialize};
use twinning_domain::{
    CountryCode, GovernanceLevel, LanguageCode, OrganisationKind, SettlementContext, Theme,
};

/// An organisation as the matching engine sees it: a mentor, a mentee, or both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgProfile {
    pub id: String,
    pub kind: OrganisationKind,
    pub level: GovernanceLevel,
    pub country: CountryCode,
    /// A region inside or across countries ("Mashreq", "Limburg"), when known.
    #[serde(default)]
    pub region: Option<String>,
    pub context: SettlementContext,
    /// Inhabitants of the place it serves, when known.
    #[serde(default)]
    pub population: Option<u64>,
    pub languages: Vec<LanguageCode>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Minutes east of UTC of its usual office hours.
    #[serde(default)]
    pub utc_offset_minutes: i32,
    /// Replications it mentored to completion.
    #[serde(default)]
    pub completed_replications: u32,
    /// Mentees it can take on now (0 for a mentee-only organisation).
    #[serde(default)]
    pub capacity: u32,
    /// Practices (slugs) it can mentor.
    #[serde(default)]
    pub practices_offered: Vec<String>,
    /// Practices (slugs) it wants to replicate.
    #[serde(default)]
    pub practices_wanted: Vec<String>,
}

/// Size bands used to compare places: peers of similar size face similar problems.
pub fn population_band(population: u64) -> (usize, &'static str) {
    const BANDS: [(u64, &str); 6] = [
        (20_000, "under 20k"),
        (100_000, "20k–100k"),
        (500_000, "100k–500k"),
        (1_000_000, "500k–1M"),
        (5_000_000, "1M–5M"),
        (u64::MAX, "over 5M"),
    ];
    BANDS
        .iter()
        .enumerate()
        .find(|(_, (limit, _))| population < *limit)
        .map_or((5, "over 5M"), |(i, (_, label))| (i, *label))
}
