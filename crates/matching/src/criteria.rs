//! The criteria of a good mentor–mentee pair, as data: each has a weight and may be a must.
//!
//! The defaults encode what the source programmes found makes peer learning work: peers of the
//! same kind and level of government in similar settings learn most from each other (the host
//! municipalities' peer-to-peer exchanges), a shared working language is the precondition of
//! any exchange (the SHARE toolkit was translated for this reason), and a mentor with a track
//! record of completed replications carries the method (the Limburg–Tampere mentoring pair).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// At least one working language in common.
    SharedLanguage,
    /// The same kind of organisation (a municipality learns from a municipality).
    PeerKind,
    /// The same level of governance.
    PeerLevel,
    /// Similar settlement context (metropolitan … rural).
    SimilarContext,
    /// Places of a similar size.
    SimilarSize,
    /// Themes in common.
    SharedThemes,
    /// The same region or country: shared law, institutions and funding.
    Proximity,
    /// Office hours that overlap, for calls.
    TimeZone,
    /// The mentor's completed replications.
    TrackRecord,
    /// The mentor offers what the mentee wants.
    PracticeFit,
    /// The mentee's answer to a call for interest (a rubric score given by the caller).
    CallAnswer,
}

impl Criterion {
    pub const ALL: [Criterion; 11] = [
        Criterion::SharedLanguage,
        Criterion::PeerKind,
        Criterion::PeerLevel,
        Criterion::SimilarContext,
        Criterion::SimilarSize,
        Criterion::SharedThemes,
        Criterion::Proximity,
        Criterion::TimeZone,
        Criterion::TrackRecord,
        Criterion::PracticeFit,
        Criterion::CallAnswer,
    ];
}

/// One criterion's place in the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weighting {
    pub criterion: Criterion,
    pub weight: u32,
    /// A must removes the pair when the similarity found is zero.
    #[serde(default)]
    pub must: bool,
}

/// The criteria in force, with their weights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criteria {
    pub weightings: Vec<Weighting>,
}

impl Default for Criteria {
    fn default() -> Self {
        use Criterion as C;
        let w = |criterion, weight, must| Weighting {
            criterion,
            weight,
            must,
        };
        Criteria {
            weightings: vec![
                w(C::SharedLanguage, 20, true),
                w(C::PeerKind, 15, false),
                w(C::PeerLevel, 10, false),
                w(C::SimilarContext, 10, false),
                w(C::SimilarSize, 5, false),
                w(C::SharedThemes, 10, false),
                w(C::Proximity, 5, false),
                w(C::TimeZone, 5, false),
                w(C::TrackRecord, 12, false),
                w(C::PracticeFit, 8, false),
            ],
        }
    }
}

impl Criteria {
    /// The defaults plus the call's rubric, for scoring the answers to a call for interest.
    pub fn for_call(rubric_weight: u32) -> Criteria {
        let mut c = Criteria::default();
        c.weightings.push(Weighting {
            criterion: Criterion::CallAnswer,
            weight: rubric_weight,
            must: false,
        });
        c
    }

    pub fn total_weight(&self) -> u64 {
        self.weightings.iter().map(|w| u64::from(w.weight)).sum()
    }
}
