//! Assigning a whole pool at once, exactly optimally: every mentee at most one mentor, every
//! mentor at most its capacity, pinned pairs kept (they use capacity), excluded pairs and
//! pairs under the minimum score never made. One problem is one practice: a mentee replicating
//! two practices appears in two problems, so "one mentor per practice" holds by construction.

mod flow;

use serde::{Deserialize, Serialize};

use flow::Network;

/// What "best" means for the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// As many mentees matched as possible, then the highest total score.
    Participation,
    /// The highest total score.
    Quality,
}

/// A candidate pair by index, with its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub mentee: usize,
    pub mentor: usize,
    pub score: u32,
}

#[derive(Debug, Clone, Default)]
pub struct Problem {
    pub mentees: usize,
    pub capacities: Vec<u32>,
    pub candidates: Vec<Candidate>,
    /// Pairs that must be made; they count against the mentor's capacity.
    pub pinned: Vec<(usize, usize)>,
    /// Pairs never to make.
    pub excluded: Vec<(usize, usize)>,
    pub min_score: Option<u32>,
    /// Keep only each mentee's K best candidates (faster; optimal over what is kept).
    pub top_k: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignError {
    #[error("mentee {0} is pinned more than once")]
    PinnedTwice(usize),
    #[error("mentor {0} has more pinned mentees than capacity")]
    PinsOverCapacity(usize),
    #[error("an index is out of range: {0}")]
    OutOfRange(String),
    #[error("pinned pair ({0}, {1}) is also excluded")]
    PinnedAndExcluded(usize, usize),
}

/// The chosen pairs (pinned ones included), by index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    pub pairs: Vec<Candidate>,
}

impl Assignment {
    pub fn matched(&self) -> usize {
        self.pairs.len()
    }

    pub fn total_score(&self) -> u64 {
        self.pairs.iter().map(|p| u64::from(p.score)).sum()
    }
}

impl Problem {
    fn check(&self) -> Result<(), AssignError> {
        let n = self.mentees;
        let m = self.capacities.len();
        let bad =
            |what: &str, a: usize, b: usize| AssignError::OutOfRange(format!("{what} ({a}, {b})"));
        for c in &self.candidates {
            if c.mentee >= n || c.mentor >= m {
                return Err(bad("candidate", c.mentee, c.mentor));
            }
        }
        let mut pinned_mentee = vec![false; n];
        let mut used = vec![0u32; m];
        for &(e, r) in &self.pinned {
            if e >= n || r >= m {
                return Err(bad("pinned pair", e, r));
            }
            if std::mem::replace(&mut pinned_mentee[e], true) {
                return Err(AssignError::PinnedTwice(e));
            }
            used[r] += 1;
            if used[r] > self.capacities[r] {
                return Err(AssignError::PinsOverCapacity(r));
            }
            if self.excluded.contains(&(e, r)) {
                return Err(AssignError::PinnedAndExcluded(e, r));
            }
        }
        Ok(())
    }

    /// The candidates the solver may use: filtered, de-duplicated (best score kept), pruned.
    fn usable(&self, pinned_mentee: &[bool], left: &[u32]) -> Vec<Candidate> {
        let excluded: std::collections::HashSet<(usize, usize)> =
            self.excluded.iter().copied().collect();
        let mut usable: Vec<Candidate> = self
            .candidates
            .iter()
            .filter(|c| !pinned_mentee[c.mentee] && left[c.mentor] > 0)
            .filter(|c| self.min_score.is_none_or(|min| c.score >= min))
            .filter(|c| !excluded.contains(&(c.mentee, c.mentor)))
            .copied()
            .collect();
        // Best first within each mentee, so that de-duplication and top-K keep the best.
        usable.sort_unstable_by(|a, b| {
            (a.mentee, a.mentor, std::cmp::Reverse(a.score)).cmp(&(
                b.mentee,
                b.mentor,
                std::cmp::Reverse(b.score),
            ))
        });
        usable.dedup_by_key(|c| (c.mentee, c.mentor));
        if let Some(k) = self.top_k {
            usable.sort_unstable_by(|a, b| {
                (a.mentee, std::cmp::Reverse(a.score), a.mentor).cmp(&(
                    b.mentee,
                    std::cmp::Reverse(b.score),
                    b.mentor,
                ))
            });
            let mut kept = Vec::with_capacity(usable.len());
            let mut run = (usize::MAX, 0);
            for c in usable {
                run = if run.0 == c.mentee {
                    (run.0, run.1 + 1)
                } else {
                    (c.mentee, 1)
                };
                if run.1 <= k {
                    kept.push(c);
                }
            }
            usable = kept;
        }
        usable
    }
}

/// The network of a pool: source → mentees → mentors (capacity) → sink.
struct Pool {
    net: Network,
    arcs: Vec<usize>,
}

const SOURCE: usize = 0;
const SINK: usize = 1;

fn pool(
    n: usize,
    m: usize,
    usable: &[Candidate],
    left: &[u32],
    cost: impl Fn(&Candidate) -> i64,
) -> Pool {
    let mut net = Network::new(2 + n + m);
    let mut has_candidate = vec![false; n];
    for c in usable {
        has_candidate[c.mentee] = true;
    }
    for (e, _) in has_candidate.iter().enumerate().filter(|(_, has)| **has) {
        net.add_arc(SOURCE, 2 + e, 1, 0);
    }
    let arcs = usable
        .iter()
        .map(|c| net.add_arc(2 + c.mentee, 2 + n + c.mentor, 1, cost(c)))
        .collect();
    for (r, &cap) in left.iter().enumerate().filter(|(_, cap)| **cap > 0) {
        net.add_arc(2 + n + r, SINK, i64::from(cap), 0);
    }
    Pool { net, arcs }
}

/// The largest number of pairs that can be made at once.
fn max_matches(n: usize, m: usize, usable: &[Candidate], left: &[u32]) -> i64 {
    pool(n, m, usable, left, |_| 0).net.max_flow(SOURCE, SINK).0
}

/// The best-scoring set of pairs; exactly `required` of them when given, else any number.
fn best_flow(
    n: usize,
    m: usize,
    usable: &[Candidate],
    left: &[u32],
    required: Option<i64>,
) -> Vec<Candidate> {
    let mut p = pool(n, m, usable, left, |c| -i64::from(c.score));
    match required {
        Some(k) => {
            p.net.set_supply(SOURCE, k);
            p.net.set_supply(SINK, -k);
        }
        None => {
            p.net.add_arc(SINK, SOURCE, n as i64, 0);
        }
    }
    let flow = p.net.solve();
    usable
        .iter()
        .zip(&p.arcs)
        .filter(|(_, &arc)| flow.flow(arc) > 0)
        .map(|(c, _)| *c)
        .collect()
}

/// The exactly optimal assignment of `problem` under `objective`.
pub fn assign(problem: &Problem, objective: Objective) -> Result<Assignment, AssignError> {
    problem.check()?;
    let n = problem.mentees;
    let m = problem.capacities.len();
    let mut pinned_mentee = vec![false; n];
    let mut left = problem.capacities.clone();
    let mut pairs = Vec::new();
    for &(e, r) in &problem.pinned {
        pinned_mentee[e] = true;
        left[r] -= 1;
        let score = problem
            .candidates
            .iter()
            .filter(|c| c.mentee == e && c.mentor == r)
            .map(|c| c.score)
            .max()
            .unwrap_or(0);
        pairs.push(Candidate {
            mentee: e,
            mentor: r,
            score,
        });
    }
    let usable = problem.usable(&pinned_mentee, &left);
    if usable.is_empty() {
        return Ok(Assignment { pairs });
    }

    // Participation: each match is worth more than all scores together, so the optimum
    // first maximises the number of matches and then the score.
    let required = match objective {
        // Participation is lexicographic: first the largest number of matches, then the best
        // score among matchings of that size. Solving it as two flows keeps the costs small
        // (a bonus per match large enough to dominate every score would make them huge).
        Objective::Participation => Some(max_matches(n, m, &usable, &left)),
        Objective::Quality => None,
    };
    let chosen = best_flow(n, m, &usable, &left, required);
    pairs.extend(chosen);
    pairs.sort_unstable_by_key(|p| (p.mentee, p.mentor));
    Ok(Assignment { pairs })
}
