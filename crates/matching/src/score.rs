//! Scoring a (mentee, mentor, practice) triple: an integer 0–10000 whose breakdown lists each
//! criterion's weight, the similarity found, the points it gave and why. The parts add up to
//! the total by construction.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::criteria::{Criteria, Criterion, Weighting};
use crate::profile::{population_band, OrgProfile};
use crate::similarity::{reason, similarity, Prepared};

pub const MAX_SCORE: u32 = 10_000;

/// What a pair is scored for: a practice, and the mentee's rubric score in a call (0–100).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairContext<'a> {
    pub practice: Option<&'a str>,
    pub call_answer: Option<u8>,
}

/// One criterion's contribution to a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub criterion: Criterion,
    pub weight: u32,
    /// The similarity found, 0.0–1.0.
    pub similarity: f64,
    pub points: u32,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    pub total: u32,
    pub parts: Vec<Part>,
}

/// Why a pair cannot be made at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "rule")]
pub enum Exclusion {
    SameOrganisation,
    ExcludedPair,
    MentorHasNoCapacity,
    MentorDoesNotOffer,
    Must { criterion: Criterion },
}

/// Scores pairs among a fixed set of profiles. Profiles are prepared once (languages and
/// practices interned, themes as bits), so that scoring half a million pairs stays cheap.
pub struct Scorer<'p> {
    criteria: Criteria,
    /// Points for each criterion and similarity (0–1000): the floored shares, looked up
    /// instead of divided on the hot path.
    points: Vec<Vec<u32>>,
    profiles: &'p [OrgProfile],
    prepared: Vec<Prepared>,
    practice_ids: HashMap<&'p str, u32>,
    excluded: std::collections::HashSet<(usize, usize)>,
}

impl<'p> Scorer<'p> {
    pub fn new(criteria: Criteria, profiles: &'p [OrgProfile]) -> Scorer<'p> {
        let mut practice_ids: HashMap<&'p str, u32> = HashMap::new();
        let mut languages: HashMap<&'p str, u16> = HashMap::new();
        let mut places: HashMap<&'p str, u32> = HashMap::new();
        let prepared = profiles
            .iter()
            .map(|p| Prepared::new(p, &mut practice_ids, &mut languages, &mut places))
            .collect();
        let total_weight = criteria.total_weight().max(1);
        let points = criteria
            .weightings
            .iter()
            .map(|w| {
                (0..=1000u64)
                    .map(|permille| {
                        (u64::from(w.weight) * permille * u64::from(MAX_SCORE)
                            / (1000 * total_weight)) as u32
                    })
                    .collect()
            })
            .collect();
        Scorer {
            points,
            criteria,
            profiles,
            prepared,
            practice_ids,
            excluded: Default::default(),
        }
    }

    /// Pairs (mentee index, mentor index) that must never be made.
    pub fn exclude(&mut self, mentee: usize, mentor: usize) {
        self.excluded.insert((mentee, mentor));
    }

    pub fn profiles(&self) -> &'p [OrgProfile] {
        self.profiles
    }

    fn practice_id(&self, ctx: &PairContext<'_>) -> Option<Option<u32>> {
        // Some(None): a practice nobody offers, so no mentor can pass the filter.
        ctx.practice.map(|p| self.practice_ids.get(p).copied())
    }

    fn filter(
        &self,
        mentee: usize,
        mentor: usize,
        practice: Option<Option<u32>>,
    ) -> Result<(), Exclusion> {
        if mentee == mentor || self.profiles[mentee].id == self.profiles[mentor].id {
            return Err(Exclusion::SameOrganisation);
        }
        if !self.excluded.is_empty() && self.excluded.contains(&(mentee, mentor)) {
            return Err(Exclusion::ExcludedPair);
        }
        let m = &self.prepared[mentor];
        if m.capacity == 0 {
            return Err(Exclusion::MentorHasNoCapacity);
        }
        match practice {
            Some(Some(id)) if m.offered.binary_search(&id).is_ok() => Ok(()),
            Some(_) => Err(Exclusion::MentorDoesNotOffer),
            None => Ok(()),
        }
    }

    fn permille(
        &self,
        w: &Weighting,
        mentee: usize,
        mentor: usize,
        practice: Option<Option<u32>>,
        ctx: &PairContext<'_>,
    ) -> u32 {
        similarity(
            w.criterion,
            &self.prepared[mentee],
            &self.prepared[mentor],
            practice.flatten(),
            ctx.call_answer,
        )
    }

    /// The score of a pair, or `None` when a filter removes it. The fast path: no text.
    pub fn score(&self, mentee: usize, mentor: usize, ctx: &PairContext<'_>) -> Option<u32> {
        let practice = self.practice_id(ctx);
        self.filter(mentee, mentor, practice).ok()?;
        let mut total = 0;
        for (w, points) in self.criteria.weightings.iter().zip(&self.points) {
            let permille = self.permille(w, mentee, mentor, practice, ctx);
            if w.must && permille == 0 {
                return None;
            }
            total += points[permille as usize];
        }
        Some(total)
    }

    /// The score with its breakdown, or the rule that removes the pair.
    pub fn explain(
        &self,
        mentee: usize,
        mentor: usize,
        ctx: &PairContext<'_>,
    ) -> Result<Breakdown, Exclusion> {
        let practice = self.practice_id(ctx);
        self.filter(mentee, mentor, practice)?;
        let (a, b) = (&self.profiles[mentee], &self.profiles[mentor]);
        let mut parts = Vec::with_capacity(self.criteria.weightings.len());
        for (w, points) in self.criteria.weightings.iter().zip(&self.points) {
            let permille = self.permille(w, mentee, mentor, practice, ctx);
            if w.must && permille == 0 {
                return Err(Exclusion::Must {
                    criterion: w.criterion,
                });
            }
            parts.push(Part {
                criterion: w.criterion,
                weight: w.weight,
                similarity: f64::from(permille) / 1000.0,
                points: points[permille as usize],
                reason: reason(w.criterion, a, b, permille, ctx),
            });
        }
        Ok(Breakdown {
            total: parts.iter().map(|p| p.points).sum(),
            parts,
        })
    }
}

/// Used by `reason`: the label of a population band.
pub(crate) fn size_label(population: Option<u64>) -> Option<&'static str> {
    population.map(|p| population_band(p).1)
}
