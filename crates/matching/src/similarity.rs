//! How alike two organisations are on each criterion, in thousandths, and the sentence that
//! says why. `similarity` is the one definition both the fast score and the explanation use.

use std::collections::HashMap;

use twinning_domain::{OrganisationKind, SettlementContext};

use crate::criteria::Criterion;
use crate::profile::{population_band, OrgProfile};
use crate::score::{size_label, PairContext};

/// A profile reduced to integers for fast comparison.
pub(crate) struct Prepared {
    languages: Vec<u16>,
    themes: u32,
    kind: OrganisationKind,
    level: u8,
    context: u8,
    size_band: Option<u8>,
    country: u32,
    region: Option<u32>,
    utc_offset_minutes: i32,
    completed: u32,
    pub(crate) capacity: u32,
    pub(crate) offered: Vec<u32>,
    wanted: Vec<u32>,
}

fn intern<'p, T: Copy + TryFrom<usize>>(map: &mut HashMap<&'p str, T>, key: &'p str) -> T
where
    <T as TryFrom<usize>>::Error: std::fmt::Debug,
{
    let next = map.len();
    *map.entry(key)
        .or_insert_with(|| T::try_from(next).expect("fewer distinct values than the id type holds"))
}

impl Prepared {
    pub(crate) fn new<'p>(
        p: &'p OrgProfile,
        practices: &mut HashMap<&'p str, u32>,
        languages: &mut HashMap<&'p str, u16>,
        places: &mut HashMap<&'p str, u32>,
    ) -> Prepared {
        let mut langs: Vec<u16> = p
            .languages
            .iter()
            .map(|l| intern(languages, l.as_str()))
            .collect();
        langs.sort_unstable();
        let mut offered: Vec<u32> = p
            .practices_offered
            .iter()
            .map(|s| intern(practices, s))
            .collect();
        offered.sort_unstable();
        let mut wanted: Vec<u32> = p
            .practices_wanted
            .iter()
            .map(|s| intern(practices, s))
            .collect();
        wanted.sort_unstable();
        Prepared {
            languages: langs,
            themes: p.themes.iter().fold(0, |bits, t| bits | 1 << (*t as u32)),
            kind: p.kind,
            level: p.level as u8,
            context: p.context as u8,
            size_band: p.population.map(|n| population_band(n).0 as u8),
            country: intern(places, p.country.as_str()),
            region: p.region.as_deref().map(|r| intern(places, r)),
            utc_offset_minutes: p.utc_offset_minutes,
            completed: p.completed_replications,
            capacity: p.capacity,
            offered,
            wanted,
        }
    }
}

fn sorted_intersect<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

fn public_authority(k: OrganisationKind) -> bool {
    use OrganisationKind as K;
    matches!(
        k,
        K::Municipality | K::RegionalAuthority | K::NationalAuthority
    )
}

fn civil_society(k: OrganisationKind) -> bool {
    use OrganisationKind as K;
    matches!(
        k,
        K::Ngo | K::RefugeeLed | K::FaithBased | K::VolunteerInitiative | K::ServiceProvider
    )
}

fn ladder(a: u8, b: u8) -> u32 {
    match a.abs_diff(b) {
        0 => 1000,
        1 => 500,
        _ => 0,
    }
}

/// Hours apart that still leave a shared working day; beyond `FAR_HOURS` calls are hard.
const NEAR_HOURS: f64 = 2.0;
const FAR_HOURS: f64 = 10.0;
/// Completed replications after which a track record counts in full.
const PROVEN: u32 = 5;

pub(crate) fn similarity(
    c: Criterion,
    a: &Prepared,
    b: &Prepared,
    practice: Option<u32>,
    call_answer: Option<u8>,
) -> u32 {
    match c {
        Criterion::SharedLanguage => u32::from(sorted_intersect(&a.languages, &b.languages)) * 1000,
        Criterion::PeerKind => {
            if a.kind == b.kind {
                1000
            } else if (public_authority(a.kind) && public_authority(b.kind))
                || (civil_society(a.kind) && civil_society(b.kind))
            {
                500
            } else {
                0
            }
        }
        Criterion::PeerLevel => ladder(a.level, b.level),
        Criterion::SimilarContext => ladder(a.context, b.context),
        Criterion::SimilarSize => match (a.size_band, b.size_band) {
            (Some(x), Some(y)) => ladder(x, y),
            _ => 500,
        },
        Criterion::SharedThemes => ((a.themes & b.themes).count_ones() * 1000)
            .checked_div((a.themes | b.themes).count_ones())
            .unwrap_or(0),
        Criterion::Proximity => match (a.region, b.region) {
            (Some(x), Some(y)) if x == y => 1000,
            _ if a.country == b.country => 700,
            _ => 0,
        },
        Criterion::TimeZone => {
            let hours = f64::from(a.utc_offset_minutes.abs_diff(b.utc_offset_minutes)) / 60.0;
            let share =
                ((FAR_HOURS - hours.max(NEAR_HOURS)) / (FAR_HOURS - NEAR_HOURS)).clamp(0.0, 1.0);
            (share * 1000.0).round() as u32
        }
        Criterion::TrackRecord => b.completed.min(PROVEN) * 1000 / PROVEN,
        Criterion::PracticeFit => match practice {
            Some(p) => {
                u32::from(b.offered.binary_search(&p).is_ok())
                    * if a.wanted.binary_search(&p).is_ok() {
                        1000
                    } else {
                        600
                    }
            }
            None => u32::from(sorted_intersect(&a.wanted, &b.offered)) * 1000,
        },
        Criterion::CallAnswer => call_answer.map_or(0, |s| u32::from(s.min(100)) * 10),
    }
}

fn plural(kind: OrganisationKind) -> String {
    let label = kind.label().to_lowercase();
    match label.as_str() {
        "municipality" => "municipalities".to_owned(),
        "university" => "universities".to_owned(),
        "private sector" => "private-sector companies".to_owned(),
        other => format!("{other}s"),
    }
}

fn context_phrase(c: SettlementContext) -> String {
    format!("{} settings", c.label().to_lowercase())
}

/// The human sentence for one criterion of a pair.
pub(crate) fn reason(
    c: Criterion,
    a: &OrgProfile,
    b: &OrgProfile,
    permille: u32,
    ctx: &PairContext<'_>,
) -> String {
    match c {
        Criterion::SharedLanguage => {
            let shared: Vec<&str> = a
                .languages
                .iter()
                .filter(|l| b.languages.contains(l))
                .map(|l| l.name())
                .collect();
            match shared.as_slice() {
                [] => "no working language in common".to_owned(),
                [one] => format!("both work in {one}"),
                many => format!("both work in {}", many.join(" and ")),
            }
        }
        Criterion::PeerKind if a.kind == b.kind => {
            let size = match (size_label(a.population), size_label(b.population)) {
                (Some(x), Some(y)) if x == y => format!(" of {x} people"),
                _ => String::new(),
            };
            let setting = if a.context == b.context {
                format!(" in {}", context_phrase(a.context))
            } else {
                String::new()
            };
            format!("both are {}{size}{setting}", plural(a.kind))
        }
        Criterion::PeerKind if permille > 0 => format!(
            "a {} and a {}, both {}",
            a.kind.label().to_lowercase(),
            b.kind.label().to_lowercase(),
            if public_authority(a.kind) {
                "public authorities"
            } else {
                "civil society"
            }
        ),
        Criterion::PeerKind => format!(
            "a {} and a {}",
            a.kind.label().to_lowercase(),
            b.kind.label().to_lowercase()
        ),
        Criterion::PeerLevel if a.level == b.level => {
            format!("both work at {} level", a.level.label().to_lowercase())
        }
        Criterion::PeerLevel => format!(
            "{} and {} levels",
            a.level.label().to_lowercase(),
            b.level.label().to_lowercase()
        ),
        Criterion::SimilarContext if a.context == b.context => {
            format!("both in {}", context_phrase(a.context))
        }
        Criterion::SimilarContext => format!(
            "{} and {} settings",
            a.context.label().to_lowercase(),
            b.context.label().to_lowercase()
        ),
        Criterion::SimilarSize => match (size_label(a.population), size_label(b.population)) {
            (Some(x), Some(y)) if x == y => format!("both places have {x} inhabitants"),
            (Some(x), Some(y)) => format!("places of {x} and {y} inhabitants"),
            _ => "the size of one place is not known".to_owned(),
        },
        Criterion::SharedThemes => {
            let shared: Vec<&str> = a
                .themes
                .iter()
                .filter(|t| b.themes.contains(t))
                .map(|t| t.label())
                .collect();
            if shared.is_empty() {
                "no theme in common".to_owned()
            } else {
                format!("both work on {}", shared.join(", ").to_lowercase())
            }
        }
        Criterion::Proximity => match (&a.region, &b.region) {
            (Some(x), Some(y)) if x == y => format!("both in {x}"),
            _ if a.country == b.country => format!("both in {}", a.country.name()),
            _ => format!("{} and {}", a.country.name(), b.country.name()),
        },
        Criterion::TimeZone => {
            let hours = a.utc_offset_minutes.abs_diff(b.utc_offset_minutes) as f64 / 60.0;
            if hours < 0.5 {
                "same time zone".to_owned()
            } else {
                format!("{hours:.0} hours apart")
            }
        }
        Criterion::TrackRecord => match b.completed_replications {
            0 => "the mentor has no completed replication yet".to_owned(),
            1 => "the mentor completed 1 replication".to_owned(),
            n => format!("the mentor completed {n} replications"),
        },
        Criterion::PracticeFit => match ctx.practice {
            Some(p) if permille == 1000 => {
                format!("the mentor offers {p}, which the mentee asked for")
            }
            Some(p) => format!("the mentor offers {p}"),
            None if permille > 0 => "the mentor offers a practice the mentee wants".to_owned(),
            None => "the mentor offers none of the practices the mentee wants".to_owned(),
        },
        Criterion::CallAnswer => match ctx.call_answer {
            Some(s) => format!("the call's reviewers scored the application {s}/100"),
            None => "no scored application".to_owned(),
        },
    }
}
