//! The performance goals of the matching engine, on realistic synthetic networks.

#[path = "../examples/synthetic/mod.rs"]
mod synthetic;

use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion as Bench};
use twinning_matching::{
    assign, deferred_acceptance, mentors_for, Acceptable, Criteria, Objective, OrgProfile,
    PairContext, Problem, Scorer,
};

const CTX: PairContext<'static> = PairContext {
    practice: Some(synthetic::PRACTICE),
    call_answer: None,
};

/// Scores each mentee's shortlist and builds the assignment problem.
fn scored(profiles: &[OrgProfile], mentees: usize, k: usize) -> Problem {
    let scorer = Scorer::new(Criteria::default(), profiles);
    let mentors = profiles.len() - mentees;
    Problem {
        mentees,
        capacities: profiles[mentees..].iter().map(|p| p.capacity).collect(),
        candidates: synthetic::candidates(3, &scorer, mentees, mentors, k),
        ..Default::default()
    }
}

fn benches(c: &mut Bench) {
    let mut group = c.benchmark_group("matching");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));

    // A call: 500 applicants × 50 mentors with capacities 1–10, all pairs.
    let call = synthetic::network(7, 500, 50, 0);
    group.bench_function("call_500x50_scoring_and_assignment", |b| {
        b.iter(|| {
            assign(&scored(&call, 500, 50), Objective::Participation)
                .unwrap()
                .matched()
        });
    });

    // A network round: 10,000 mentees × 2,000 mentors, capacity 5, 50 candidates each.
    let round = synthetic::network(11, 10_000, 2_000, 5);
    group.bench_function("network_10000x2000_scoring_and_assignment", |b| {
        b.iter(|| {
            assign(&scored(&round, 10_000, 50), Objective::Participation)
                .unwrap()
                .matched()
        });
    });
    let problem = scored(&round, 10_000, 50);
    group.bench_function("network_10000x2000_assignment_only", |b| {
        b.iter(|| {
            assign(black_box(&problem), Objective::Quality)
                .unwrap()
                .matched()
        });
    });
    let acceptable: Vec<Acceptable> = problem
        .candidates
        .iter()
        .map(|c| Acceptable::from_score(c.mentee, c.mentor, c.score))
        .collect();
    group.bench_function("stable_10000x2000", |b| {
        b.iter(|| {
            deferred_acceptance(
                10_000,
                black_box(&problem.capacities),
                black_box(&acceptable),
            )
            .len()
        });
    });

    // Top-10 recommendations for one mentee among 2,000 mentors.
    let scorer = Scorer::new(Criteria::default(), &round);
    let mentors: Vec<usize> = (10_000..12_000).collect();
    group.bench_function("recommend_top10_of_2000", |b| {
        b.iter(|| mentors_for(&scorer, black_box(42), &mentors, 10, &CTX).len());
    });
    group.finish();
}

criterion_group!(matching, benches);
criterion_main!(matching);
