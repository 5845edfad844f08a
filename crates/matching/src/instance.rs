//! The file formats of the `solve` example and of batch runs: an instance of candidate pairs
//! with scores, and its solution.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::assign::{assign, AssignError, Candidate, Objective, Problem};
use crate::stable::{deferred_acceptance, Acceptable};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Participation,
    Quality,
    Stable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MenteeRef {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorRef {
    pub id: String,
    pub capacity: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    pub mentee: String,
    pub mentor: String,
    pub score: u32,
    /// The mentee's rank of this mentor for stable mode (1 = first choice); from the score if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentee_rank: Option<u32>,
    /// The mentor's rank of this mentee for stable mode; from the score if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor_rank: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairRef {
    pub mentee: String,
    pub mentor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    pub mentees: Vec<MenteeRef>,
    pub mentors: Vec<MentorRef>,
    pub edges: Vec<Edge>,
    #[serde(default)]
    pub pinned: Vec<PairRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded: Vec<PairRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<u32>,
    /// Keep only each mentee's K best edges before solving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_k: Option<usize>,
    #[serde(default)]
    pub mode: Mode,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub mentee: String,
    pub mentor: String,
    pub score: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solution {
    pub pairs: Vec<Pair>,
    pub matched: usize,
    pub total_score: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    #[error("unknown {side} id `{id}`")]
    UnknownId { side: &'static str, id: String },
    #[error("duplicate {side} id `{id}`")]
    DuplicateId { side: &'static str, id: String },
    #[error(transparent)]
    Assign(#[from] AssignError),
}

fn index<'a>(
    side: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashMap<&'a str, usize>, InstanceError> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        if map.insert(id, i).is_some() {
            return Err(InstanceError::DuplicateId {
                side,
                id: id.to_owned(),
            });
        }
    }
    Ok(map)
}

fn lookup(
    map: &HashMap<&str, usize>,
    side: &'static str,
    id: &str,
) -> Result<usize, InstanceError> {
    map.get(id)
        .copied()
        .ok_or_else(|| InstanceError::UnknownId {
            side,
            id: id.to_owned(),
        })
}

/// Solves an instance in its mode (or `mode` when given).
pub fn solve(instance: &Instance, mode: Option<Mode>) -> Result<Solution, InstanceError> {
    let mentee_ix = index("mentee", instance.mentees.iter().map(|m| m.id.as_str()))?;
    let mentor_ix = index("mentor", instance.mentors.iter().map(|m| m.id.as_str()))?;
    let pair = |p: &PairRef| -> Result<(usize, usize), InstanceError> {
        Ok((
            lookup(&mentee_ix, "mentee", &p.mentee)?,
            lookup(&mentor_ix, "mentor", &p.mentor)?,
        ))
    };
    let candidates = instance
        .edges
        .iter()
        .map(|e| {
            Ok(Candidate {
                mentee: lookup(&mentee_ix, "mentee", &e.mentee)?,
                mentor: lookup(&mentor_ix, "mentor", &e.mentor)?,
                score: e.score,
            })
        })
        .collect::<Result<Vec<_>, InstanceError>>()?;
    let problem = Problem {
        mentees: instance.mentees.len(),
        capacities: instance.mentors.iter().map(|m| m.capacity).collect(),
        pinned: instance.pinned.iter().map(pair).collect::<Result<_, _>>()?,
        excluded: instance
            .excluded
            .iter()
            .map(pair)
            .collect::<Result<_, _>>()?,
        min_score: instance.min_score,
        top_k: instance.top_k,
        candidates,
    };
    let chosen: Vec<Candidate> = match mode.unwrap_or(instance.mode) {
        Mode::Participation => assign(&problem, Objective::Participation)?.pairs,
        Mode::Quality => assign(&problem, Objective::Quality)?.pairs,
        Mode::Stable => stable(instance, &problem),
    };
    let pairs: Vec<Pair> = chosen
        .iter()
        .map(|c| Pair {
            mentee: instance.mentees[c.mentee].id.clone(),
            mentor: instance.mentors[c.mentor].id.clone(),
            score: c.score,
        })
        .collect();
    Ok(Solution {
        matched: pairs.len(),
        total_score: pairs.iter().map(|p| u64::from(p.score)).sum(),
        pairs,
    })
}

/// Stable mode: pins are honoured first, exclusions and the minimum score filter the lists.
fn stable(instance: &Instance, problem: &Problem) -> Vec<Candidate> {
    let mut left = problem.capacities.clone();
    let mut pinned = vec![false; problem.mentees];
    let mut out = Vec::new();
    for &(e, r) in &problem.pinned {
        pinned[e] = true;
        left[r] = left[r].saturating_sub(1);
        let score = problem
            .candidates
            .iter()
            .find(|c| c.mentee == e && c.mentor == r)
            .map_or(0, |c| c.score);
        out.push(Candidate {
            mentee: e,
            mentor: r,
            score,
        });
    }
    let excluded: std::collections::HashSet<(usize, usize)> =
        problem.excluded.iter().copied().collect();
    let mut kept = Vec::new();
    let mut acceptable = Vec::new();
    for (c, e) in problem.candidates.iter().zip(&instance.edges) {
        if pinned[c.mentee]
            || excluded.contains(&(c.mentee, c.mentor))
            || problem.min_score.is_some_and(|m| c.score < m)
        {
            continue;
        }
        let mut a = Acceptable::from_score(c.mentee, c.mentor, c.score);
        if let Some(r) = e.mentee_rank {
            a.mentee_rank = r;
        }
        if let Some(r) = e.mentor_rank {
            a.mentor_rank = r;
        }
        kept.push(*c);
        acceptable.push(a);
    }
    out.extend(
        deferred_acceptance(problem.mentees, &left, &acceptable)
            .into_iter()
            .map(|i| kept[i]),
    );
    out.sort_unstable_by_key(|p| (p.mentee, p.mentor));
    out
}
