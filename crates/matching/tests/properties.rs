//! The solvers against brute force on small random instances, and the invariants on larger ones.

use proptest::prelude::*;
use twinning_matching::{assign, deferred_acceptance, Acceptable, Candidate, Objective, Problem};

fn problems(max_mentees: usize, max_mentors: usize) -> impl Strategy<Value = Problem> {
    (1..=max_mentees, 1..=max_mentors).prop_flat_map(|(n, m)| {
        (
            proptest::collection::vec(0u32..=3, m),
            proptest::collection::vec(proptest::option::weighted(0.7, 0u32..=10_000), n * m),
            proptest::collection::vec(proptest::bool::weighted(0.1), n * m),
            proptest::option::of(0u32..=6000),
        )
            .prop_map(move |(capacities, scores, excluded, min_score)| {
                let mut candidates = Vec::new();
                let mut ex = Vec::new();
                for e in 0..n {
                    for r in 0..m {
                        if let Some(score) = scores[e * m + r] {
                            candidates.push(Candidate {
                                mentee: e,
                                mentor: r,
                                score,
                            });
                        }
                        if excluded[e * m + r] {
                            ex.push((e, r));
                        }
                    }
                }
                // Pin the first candidate when it is allowed and fits, to exercise pins.
                let mut pinned = Vec::new();
                if let Some(c) = candidates.first() {
                    if capacities[c.mentor] > 0 && !ex.contains(&(c.mentee, c.mentor)) {
                        pinned.push((c.mentee, c.mentor));
                    }
                }
                Problem {
                    mentees: n,
                    capacities,
                    candidates,
                    pinned,
                    excluded: ex,
                    min_score,
                    top_k: None,
                }
            })
    })
}

/// The best (matched, total) over every way of giving each mentee one candidate or none.
fn brute_force(p: &Problem, objective: Objective) -> (usize, u64) {
    let options: Vec<Vec<Option<Candidate>>> = (0..p.mentees)
        .map(|e| {
            if let Some(&(_, r)) = p.pinned.iter().find(|(pe, _)| *pe == e) {
                let score = p
                    .candidates
                    .iter()
                    .filter(|c| c.mentee == e && c.mentor == r)
                    .map(|c| c.score)
                    .max()
                    .unwrap_or(0);
                return vec![Some(Candidate {
                    mentee: e,
                    mentor: r,
                    score,
                })];
            }
            let mut o = vec![None];
            o.extend(
                p.candidates
                    .iter()
                    .filter(|c| c.mentee == e)
                    .filter(|c| !p.excluded.contains(&(c.mentee, c.mentor)))
                    .filter(|c| p.min_score.is_none_or(|m| c.score >= m))
                    .map(|c| Some(*c)),
            );
            o
        })
        .collect();
    let mut best = (0usize, 0u64);
    let mut choice = vec![0usize; p.mentees];
    loop {
        let mut used = vec![0u32; p.capacities.len()];
        let mut ok = true;
        let (mut matched, mut total) = (0, 0);
        for (e, &i) in choice.iter().enumerate() {
            if let Some(c) = options[e][i] {
                used[c.mentor] += 1;
                ok &= used[c.mentor] <= p.capacities[c.mentor];
                matched += 1;
                total += u64::from(c.score);
            }
        }
        if ok {
            let better = match objective {
                Objective::Participation => (matched, total) > best,
                Objective::Quality => total > best.1 || (total == best.1 && matched > best.0),
            };
            if better {
                best = (matched, total);
            }
        }
        // Next combination (odometer).
        let mut e = 0;
        loop {
            if e == p.mentees {
                return best;
            }
            choice[e] += 1;
            if choice[e] < options[e].len() {
                break;
            }
            choice[e] = 0;
            e += 1;
        }
    }
}

fn check_invariants(p: &Problem, pairs: &[Candidate]) {
    let mut used = vec![0u32; p.capacities.len()];
    let mut seen = vec![false; p.mentees];
    for c in pairs {
        assert!(
            !std::mem::replace(&mut seen[c.mentee], true),
            "mentee {} matched twice",
            c.mentee
        );
        used[c.mentor] += 1;
        assert!(
            used[c.mentor] <= p.capacities[c.mentor],
            "mentor {} over capacity",
            c.mentor
        );
        assert!(
            !p.excluded.contains(&(c.mentee, c.mentor)),
            "excluded pair made"
        );
    }
    for &(e, r) in &p.pinned {
        assert!(
            pairs.iter().any(|c| c.mentee == e && c.mentor == r),
            "pin ({e}, {r}) lost"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn participation_is_optimal(p in problems(6, 4)) {
        let a = assign(&p, Objective::Participation).unwrap();
        check_invariants(&p, &a.pairs);
        let (matched, total) = brute_force(&p, Objective::Participation);
        prop_assert_eq!((a.matched(), a.total_score()), (matched, total));
    }

    #[test]
    fn quality_is_optimal(p in problems(6, 4)) {
        let a = assign(&p, Objective::Quality).unwrap();
        check_invariants(&p, &a.pairs);
        prop_assert_eq!(a.total_score(), brute_force(&p, Objective::Quality).1);
    }

    #[test]
    fn larger_pools_keep_the_invariants(p in problems(40, 12)) {
        let a = assign(&p, Objective::Participation).unwrap();
        check_invariants(&p, &a.pairs);
        let q = assign(&p, Objective::Quality).unwrap();
        check_invariants(&p, &q.pairs);
        prop_assert!(q.total_score() >= a.total_score());
        prop_assert!(a.matched() >= q.matched());
    }

    #[test]
    fn stable_mode_has_no_blocking_pair(
        n in 1usize..30,
        m in 1usize..8,
        seed in proptest::collection::vec((0u32..50, 0u32..50, proptest::bool::weighted(0.6)), 30 * 8),
        caps in proptest::collection::vec(0u32..4, 8),
    ) {
        let mut pairs = Vec::new();
        for e in 0..n {
            for r in 0..m {
                let (mentee_rank, mentor_rank, acceptable) = seed[e * 8 + r];
                if acceptable {
                    pairs.push(Acceptable { mentee: e, mentor: r, mentee_rank, mentor_rank });
                }
            }
        }
        let caps = &caps[..m];
        let chosen = deferred_acceptance(n, caps, &pairs);
        let mut partner: Vec<Option<usize>> = vec![None; n];
        let mut held: Vec<Vec<usize>> = vec![Vec::new(); m];
        for &i in &chosen {
            let p = pairs[i];
            prop_assert!(partner[p.mentee].is_none());
            partner[p.mentee] = Some(i);
            held[p.mentor].push(i);
        }
        for r in 0..m {
            prop_assert!(held[r].len() <= caps[r] as usize);
        }
        // A blocking pair: both strictly prefer each other to what they have.
        for (i, p) in pairs.iter().enumerate() {
            if chosen.contains(&i) {
                continue;
            }
            let mentee_wants = partner[p.mentee].is_none_or(|j| p.mentee_rank < pairs[j].mentee_rank);
            let mentor_wants = (held[p.mentor].len() < caps[p.mentor] as usize)
                || held[p.mentor].iter().any(|&j| p.mentor_rank < pairs[j].mentor_rank);
            prop_assert!(!(mentee_wants && mentor_wants), "blocking pair {:?}", p);
        }
    }
}

#[test]
fn pins_over_capacity_are_refused() {
    let p = Problem {
        mentees: 2,
        capacities: vec![1],
        candidates: vec![],
        pinned: vec![(0, 0), (1, 0)],
        ..Default::default()
    };
    assert!(assign(&p, Objective::Quality).is_err());
}

#[test]
fn top_k_keeps_each_mentees_best_candidates() {
    let c = |mentee, mentor, score| Candidate {
        mentee,
        mentor,
        score,
    };
    let p = Problem {
        mentees: 1,
        capacities: vec![1, 1, 1],
        candidates: vec![c(0, 0, 10), c(0, 1, 30), c(0, 2, 20)],
        top_k: Some(1),
        ..Default::default()
    };
    let a = assign(&p, Objective::Quality).unwrap();
    assert_eq!(a.pairs, vec![c(0, 1, 30)]);
}
