//! Stable matching: mentee-proposing deferred acceptance with mentor capacities. Each side
//! ranks the other (given ranks, or scores: higher is better); the result has no blocking
//! pair, and is the best stable matching for every mentee.

use std::collections::BinaryHeap;

/// A pair both sides may accept, with each side's rank of the other (lower is preferred).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acceptable {
    pub mentee: usize,
    pub mentor: usize,
    pub mentee_rank: u32,
    pub mentor_rank: u32,
}

impl Acceptable {
    /// Ranks from a score both sides share: the higher the score, the more preferred.
    pub fn from_score(mentee: usize, mentor: usize, score: u32) -> Acceptable {
        Acceptable {
            mentee,
            mentor,
            mentee_rank: u32::MAX - score,
            mentor_rank: u32::MAX - score,
        }
    }
}

/// Deferred acceptance in O(E log E). Returns the pairs as indices into `pairs`.
pub fn deferred_acceptance(mentees: usize, capacities: &[u32], pairs: &[Acceptable]) -> Vec<usize> {
    // Each mentee's proposals, best first (ties broken by mentor index for determinism).
    let mut proposals: Vec<Vec<usize>> = vec![Vec::new(); mentees];
    for (i, p) in pairs.iter().enumerate() {
        proposals[p.mentee].push(i);
    }
    for list in &mut proposals {
        list.sort_unstable_by_key(|&i| std::cmp::Reverse((pairs[i].mentee_rank, pairs[i].mentor)));
    }
    // Each mentor holds its tentative mentees in a max-heap of (rank, mentee): the top is the
    // one it likes least, the first to let go.
    let mut held: Vec<BinaryHeap<(u32, usize, usize)>> =
        capacities.iter().map(|_| BinaryHeap::new()).collect();
    let mut free: Vec<usize> = (0..mentees).rev().collect();
    while let Some(e) = free.pop() {
        let Some(i) = proposals[e].pop() else {
            continue;
        };
        let p = pairs[i];
        let cap = capacities[p.mentor] as usize;
        if cap == 0 {
            free.push(e);
            continue;
        }
        let heap = &mut held[p.mentor];
        heap.push((p.mentor_rank, p.mentee, i));
        if heap.len() > cap {
            let (_, rejected, _) = heap.pop().expect("over capacity means non-empty");
            free.push(rejected);
        }
    }
    let mut chosen: Vec<usize> = held
        .into_iter()
        .flat_map(|h| h.into_iter().map(|(_, _, i)| i))
        .collect();
    chosen.sort_unstable();
    chosen
}
