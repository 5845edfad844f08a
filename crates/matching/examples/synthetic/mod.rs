//! Realistic synthetic organisation profiles for the `solve` example and the benchmarks:
//! municipalities, NGOs and agencies spread over the countries of the source programmes, with
//! their languages, time zones, settings and sizes.

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use twinning_domain::{
    CountryCode, GovernanceLevel, LanguageCode, OrganisationKind, SettlementContext, Theme,
};
use twinning_matching::{Candidate, OrgProfile, PairContext, Scorer};

pub const PRACTICE: &str = "volunteer-mentoring";

/// (country, region, languages, UTC offset in minutes)
const PLACES: &[(&str, &str, &[&str], i32)] = &[
    ("JO", "Mashreq", &["ar", "en"], 180),
    ("LB", "Mashreq", &["ar", "fr", "en"], 120),
    ("TR", "Anatolia", &["tr", "ar"], 180),
    ("IQ", "Mashreq", &["ar", "ku"], 180),
    ("PS", "Mashreq", &["ar"], 120),
    ("EG", "North Africa", &["ar", "en"], 120),
    ("NL", "Benelux", &["nl", "en"], 60),
    ("BE", "Benelux", &["fr", "nl", "en"], 60),
    ("FI", "Nordics", &["fi", "sv", "en"], 120),
    ("DE", "Central Europe", &["de", "en"], 60),
    ("FR", "Western Europe", &["fr"], 60),
    ("GR", "Southern Europe", &["el", "en"], 120),
    ("UG", "East Africa", &["en", "sw"], 180),
    ("KE", "East Africa", &["en", "sw"], 180),
    ("MY", "South-East Asia", &["ms", "en"], 480),
    ("CO", "Andes", &["es"], -300),
];

const KINDS: &[(OrganisationKind, GovernanceLevel)] = &[
    (OrganisationKind::Municipality, GovernanceLevel::Local),
    (OrganisationKind::Municipality, GovernanceLevel::Local),
    (OrganisationKind::Municipality, GovernanceLevel::Local),
    (OrganisationKind::Ngo, GovernanceLevel::Local),
    (OrganisationKind::Ngo, GovernanceLevel::National),
    (OrganisationKind::RefugeeLed, GovernanceLevel::Local),
    (
        OrganisationKind::RegionalAuthority,
        GovernanceLevel::Regional,
    ),
    (OrganisationKind::FaithBased, GovernanceLevel::Local),
    (OrganisationKind::University, GovernanceLevel::National),
    (OrganisationKind::UnAgency, GovernanceLevel::International),
    (
        OrganisationKind::VolunteerInitiative,
        GovernanceLevel::Local,
    ),
];

fn profile(rng: &mut StdRng, id: String, mentor: bool, capacity: u32) -> OrgProfile {
    let (country, region, languages, offset) = *PLACES.choose(rng).expect("places");
    let (kind, level) = *KINDS.choose(rng).expect("kinds");
    let mut langs: Vec<LanguageCode> = languages
        .iter()
        .filter(|_| rng.gen_bool(0.8))
        .map(|l| LanguageCode::parse(l).expect("valid code"))
        .collect();
    if langs.is_empty() {
        langs.push(LanguageCode::parse(languages[0]).expect("valid code"));
    }
    let how_many = rng.gen_range(1..5);
    let themes: Vec<Theme> = Theme::ALL.choose_multiple(rng, how_many).copied().collect();
    let context = *SettlementContext::ALL.choose(rng).expect("contexts");
    let population = match context {
        SettlementContext::Metropolitan => rng.gen_range(1_000_000..10_000_000),
        SettlementContext::Urban => rng.gen_range(100_000..1_000_000),
        SettlementContext::PeriUrban => rng.gen_range(20_000..300_000),
        SettlementContext::Rural => rng.gen_range(1_000..40_000),
    };
    OrgProfile {
        id,
        kind,
        level,
        country: CountryCode::parse(country).expect("valid code"),
        region: Some(region.to_owned()),
        context,
        population: rng.gen_bool(0.85).then_some(population),
        languages: langs,
        themes,
        utc_offset_minutes: offset,
        completed_replications: if mentor { rng.gen_range(0..8) } else { 0 },
        capacity,
        practices_offered: if mentor {
            vec![PRACTICE.to_owned()]
        } else {
            vec![]
        },
        practices_wanted: if mentor {
            vec![]
        } else {
            vec![PRACTICE.to_owned()]
        },
    }
}

/// `mentees` then `mentors` profiles; mentor capacities are `capacity` or, with `capacity`
/// 0, drawn from 1–10.
pub fn network(seed: u64, mentees: usize, mentors: usize, capacity: u32) -> Vec<OrgProfile> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut out: Vec<OrgProfile> = (0..mentees)
        .map(|i| profile(&mut rng, format!("mentee-{i}"), false, 0))
        .collect();
    for i in 0..mentors {
        let cap = if capacity == 0 {
            rng.gen_range(1..=10)
        } else {
            capacity
        };
        out.push(profile(&mut rng, format!("mentor-{i}"), true, cap));
    }
    out
}

/// For each mentee, up to `k` mentors that pass the filters, drawn at random (all of them
/// when `k` is at least the number of mentors), scored with the real scoring code: the
/// shortlist a call or a regional pre-selection produces.
pub fn candidates(
    seed: u64,
    scorer: &Scorer<'_>,
    mentees: usize,
    mentors: usize,
    k: usize,
) -> Vec<Candidate> {
    let ctx = PairContext {
        practice: Some(PRACTICE),
        call_answer: None,
    };
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5eed);
    let mut out = Vec::with_capacity(mentees * k.min(mentors));
    let mut tried = Vec::new();
    for e in 0..mentees {
        let mut kept = 0;
        tried.clear();
        while kept < k && tried.len() < mentors {
            let r = if k >= mentors {
                tried.len()
            } else {
                rng.gen_range(0..mentors)
            };
            if tried.contains(&r) {
                continue;
            }
            tried.push(r);
            if let Some(score) = scorer.score(e, mentees + r, &ctx) {
                out.push(Candidate {
                    mentee: e,
                    mentor: r,
                    score,
                });
                kept += 1;
            }
        }
    }
    out
}
