//! Every criterion, the hard filters, and the breakdown adding up to the total.

use twinning_domain::{
    CountryCode, GovernanceLevel, LanguageCode, OrganisationKind, SettlementContext, Theme,
};
use twinning_matching::{
    Criteria, Criterion, Exclusion, OrgProfile, PairContext, Scorer, Weighting, MAX_SCORE,
};

fn org(id: &str) -> OrgProfile {
    OrgProfile {
        id: id.into(),
        kind: OrganisationKind::Municipality,
        level: GovernanceLevel::Local,
        country: CountryCode::parse("JO").unwrap(),
        region: Some("Mashreq".into()),
        context: SettlementContext::PeriUrban,
        population: Some(250_000),
        languages: vec![LanguageCode::parse("ar").unwrap()],
        themes: vec![Theme::SolidWaste, Theme::SocialCohesion],
        utc_offset_minutes: 180,
        completed_replications: 0,
        capacity: 0,
        practices_offered: vec![],
        practices_wanted: vec!["waste-sorting".into()],
    }
}

fn mentor(id: &str) -> OrgProfile {
    OrgProfile {
        capacity: 2,
        completed_replications: 5,
        practices_offered: vec!["waste-sorting".into()],
        practices_wanted: vec![],
        ..org(id)
    }
}

/// Scores with one criterion alone, so its similarity shows in the total.
fn only(criterion: Criterion, mentee: OrgProfile, mentor: OrgProfile) -> u32 {
    let criteria = Criteria {
        weightings: vec![Weighting {
            criterion,
            weight: 1,
            must: false,
        }],
    };
    let profiles = [mentee, mentor];
    Scorer::new(criteria, &profiles)
        .score(0, 1, &PairContext::default())
        .expect("not filtered")
}

#[test]
fn identical_peers_score_the_maximum_and_the_parts_add_up() {
    let profiles = [org("irbid"), mentor("mafraq")];
    let scorer = Scorer::new(Criteria::default(), &profiles);
    let ctx = PairContext {
        practice: Some("waste-sorting"),
        call_answer: None,
    };
    let b = scorer.explain(0, 1, &ctx).unwrap();
    assert_eq!(b.total, b.parts.iter().map(|p| p.points).sum::<u32>());
    assert_eq!(Some(b.total), scorer.score(0, 1, &ctx));
    assert!(
        b.total >= MAX_SCORE - 10,
        "only rounding is lost: {}",
        b.total
    );
    let reasons: Vec<&str> = b.parts.iter().map(|p| p.reason.as_str()).collect();
    assert!(reasons.contains(&"both work in Arabic"), "{reasons:?}");
    assert!(
        reasons.contains(&"both are municipalities of 100k–500k people in peri-urban settings"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"the mentor completed 5 replications"),
        "{reasons:?}"
    );
}

#[test]
fn each_criterion_measures_its_own_similarity() {
    let full = MAX_SCORE;
    let half = MAX_SCORE / 2;
    let far = |f: fn(&mut OrgProfile)| {
        let mut m = mentor("m");
        f(&mut m);
        m
    };
    assert_eq!(only(Criterion::SharedLanguage, org("a"), mentor("m")), full);
    assert_eq!(only(Criterion::PeerKind, org("a"), mentor("m")), full);
    assert_eq!(
        only(
            Criterion::PeerKind,
            org("a"),
            far(|m| m.kind = OrganisationKind::RegionalAuthority)
        ),
        half
    );
    assert_eq!(
        only(
            Criterion::PeerKind,
            org("a"),
            far(|m| m.kind = OrganisationKind::Ngo)
        ),
        0
    );
    assert_eq!(
        only(
            Criterion::PeerLevel,
            org("a"),
            far(|m| m.level = GovernanceLevel::Regional)
        ),
        half
    );
    assert_eq!(
        only(
            Criterion::PeerLevel,
            org("a"),
            far(|m| m.level = GovernanceLevel::International)
        ),
        0
    );
    assert_eq!(
        only(
            Criterion::SimilarContext,
            org("a"),
            far(|m| m.context = SettlementContext::Urban)
        ),
        half
    );
    assert_eq!(
        only(
            Criterion::SimilarContext,
            org("a"),
            far(|m| m.context = SettlementContext::Metropolitan)
        ),
        0
    );
    assert_eq!(
        only(
            Criterion::SimilarSize,
            org("a"),
            far(|m| m.population = Some(600_000))
        ),
        half
    );
    assert_eq!(
        only(
            Criterion::SimilarSize,
            org("a"),
            far(|m| m.population = None)
        ),
        half
    );
    assert_eq!(
        only(
            Criterion::SharedThemes,
            org("a"),
            far(|m| m.themes = vec![Theme::SolidWaste])
        ),
        half
    );
    assert_eq!(
        only(Criterion::Proximity, org("a"), far(|m| m.region = None)),
        7_000
    );
    assert_eq!(
        only(
            Criterion::Proximity,
            org("a"),
            far(|m| {
                m.region = None;
                m.country = CountryCode::parse("TR").unwrap();
            })
        ),
        0
    );
    assert_eq!(
        only(
            Criterion::TimeZone,
            org("a"),
            far(|m| m.utc_offset_minutes = 120)
        ),
        full
    );
    assert_eq!(
        only(
            Criterion::TimeZone,
            org("a"),
            far(|m| m.utc_offset_minutes = 180 - 6 * 60)
        ),
        half
    );
    assert_eq!(
        only(
            Criterion::TimeZone,
            org("a"),
            far(|m| m.utc_offset_minutes = -600)
        ),
        0
    );
    assert_eq!(
        only(
            Criterion::TrackRecord,
            org("a"),
            far(|m| m.completed_replications = 2)
        ),
        4_000
    );
    assert_eq!(
        only(
            Criterion::TrackRecord,
            org("a"),
            far(|m| m.completed_replications = 50)
        ),
        full
    );
    assert_eq!(only(Criterion::PracticeFit, org("a"), mentor("m")), full);
    assert_eq!(
        only(
            Criterion::PracticeFit,
            org("a"),
            far(|m| m.practices_offered = vec!["other".into()])
        ),
        0
    );
    assert_eq!(only(Criterion::CallAnswer, org("a"), mentor("m")), 0);
}

#[test]
fn a_call_answer_counts_when_the_call_weighs_it() {
    let profiles = [org("a"), mentor("m")];
    let scorer = Scorer::new(Criteria::for_call(10), &profiles);
    let low = scorer
        .score(
            0,
            1,
            &PairContext {
                practice: None,
                call_answer: Some(10),
            },
        )
        .unwrap();
    let high = scorer
        .score(
            0,
            1,
            &PairContext {
                practice: None,
                call_answer: Some(90),
            },
        )
        .unwrap();
    assert!(high > low);
    let b = scorer
        .explain(
            0,
            1,
            &PairContext {
                practice: None,
                call_answer: Some(90),
            },
        )
        .unwrap();
    let part = b
        .parts
        .iter()
        .find(|p| p.criterion == Criterion::CallAnswer)
        .unwrap();
    assert_eq!(
        part.reason,
        "the call's reviewers scored the application 90/100"
    );
    assert!((part.similarity - 0.9).abs() < 1e-9);
}

#[test]
fn hard_filters_remove_pairs_and_say_why() {
    let mut no_language = mentor("fr");
    no_language.languages = vec![LanguageCode::parse("fr").unwrap()];
    let mut full = mentor("full");
    full.capacity = 0;
    let profiles = [org("a"), mentor("m"), no_language, full, mentor("excluded")];
    let mut scorer = Scorer::new(Criteria::default(), &profiles);
    scorer.exclude(0, 4);
    let ctx = PairContext {
        practice: Some("waste-sorting"),
        call_answer: None,
    };
    assert_eq!(
        scorer.explain(0, 0, &ctx).unwrap_err(),
        Exclusion::SameOrganisation
    );
    assert_eq!(
        scorer.explain(0, 2, &ctx).unwrap_err(),
        Exclusion::Must {
            criterion: Criterion::SharedLanguage
        }
    );
    assert_eq!(
        scorer.explain(0, 3, &ctx).unwrap_err(),
        Exclusion::MentorHasNoCapacity
    );
    assert_eq!(
        scorer.explain(0, 4, &ctx).unwrap_err(),
        Exclusion::ExcludedPair
    );
    let other = PairContext {
        practice: Some("language-cafes"),
        call_answer: None,
    };
    assert_eq!(
        scorer.explain(0, 1, &other).unwrap_err(),
        Exclusion::MentorDoesNotOffer
    );
    for m in 2..5 {
        assert_eq!(scorer.score(0, m, &ctx), None);
    }
}

#[test]
fn recommendations_are_best_first_with_breakdowns() {
    let mut weaker = mentor("weaker");
    weaker.kind = OrganisationKind::Ngo;
    weaker.completed_replications = 0;
    let profiles = [org("a"), weaker, mentor("best"), mentor("second")];
    let scorer = Scorer::new(Criteria::default(), &profiles);
    let recs = twinning_matching::mentors_for(&scorer, 0, &[1, 2, 3], 2, &PairContext::default());
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0].id, "best");
    assert_eq!(recs[1].id, "second");
    assert!(recs.iter().all(|r| r.breakdown.total == r.score));
    let back = twinning_matching::mentees_for(&scorer, 2, &[0, 1, 3], 5, &PairContext::default());
    assert_eq!(back.len(), 3);
}
