//! The best mentors for a mentee, or mentees for a mentor, each with its explanation.

use serde::{Deserialize, Serialize};

use crate::score::{Breakdown, PairContext, Scorer};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    /// The recommended organisation's id.
    pub id: String,
    pub score: u32,
    pub breakdown: Breakdown,
}

/// Keeps the `n` best of (score, index), best first; ties go to the lower index.
fn top(mut scored: Vec<(u32, usize)>, n: usize) -> Vec<(u32, usize)> {
    let by_rank = |a: &(u32, usize), b: &(u32, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if scored.len() > n && n > 0 {
        scored.select_nth_unstable_by(n - 1, by_rank);
        scored.truncate(n);
    }
    scored.sort_unstable_by(by_rank);
    scored.truncate(n);
    scored
}

fn explain_all(
    scorer: &Scorer<'_>,
    chosen: Vec<(u32, usize)>,
    pair: impl Fn(usize) -> (usize, usize),
    ctx: &PairContext<'_>,
) -> Vec<Recommendation> {
    chosen
        .into_iter()
        .filter_map(|(score, other)| {
            let (mentee, mentor) = pair(other);
            let breakdown = scorer.explain(mentee, mentor, ctx).ok()?;
            Some(Recommendation {
                id: scorer.profiles()[other].id.clone(),
                score,
                breakdown,
            })
        })
        .collect()
}

/// The `n` best mentors among `mentors` (profile indices) for `mentee`.
pub fn mentors_for(
    scorer: &Scorer<'_>,
    mentee: usize,
    mentors: &[usize],
    n: usize,
    ctx: &PairContext<'_>,
) -> Vec<Recommendation> {
    let scored = mentors
        .iter()
        .filter_map(|&r| scorer.score(mentee, r, ctx).map(|s| (s, r)))
        .collect();
    explain_all(scorer, top(scored, n), |r| (mentee, r), ctx)
}

/// The `n` best mentees among `mentees` (profile indices) for `mentor`.
pub fn mentees_for(
    scorer: &Scorer<'_>,
    mentor: usize,
    mentees: &[usize],
    n: usize,
    ctx: &PairContext<'_>,
) -> Vec<Recommendation> {
    let scored = mentees
        .iter()
        .filter_map(|&e| scorer.score(e, mentor, ctx).map(|s| (s, e)))
        .collect();
    explain_all(scorer, top(scored, n), |e| (e, mentor), ctx)
}

#[cfg(test)]
mod tests {
    use super::top;

    #[test]
    fn top_keeps_the_best_in_order_with_stable_ties() {
        let picked = top(vec![(5, 0), (9, 1), (5, 2), (7, 3), (1, 4)], 3);
        assert_eq!(picked, vec![(9, 1), (7, 3), (5, 0)]);
        assert!(top(vec![(1, 0)], 0).is_empty());
    }
}
