//! Twinning's matching engine: explainable scores for mentor–mentee pairs, recommendations,
//! exactly optimal capacity-constrained assignment of a whole pool, and stable matching.
//!
//! Pure: no IO, no database, no web. The API, the admin matching console and the benchmarks
//! all call this code.

pub mod assign;
pub mod criteria;
pub mod instance;
pub mod profile;
pub mod recommend;
pub mod score;
mod similarity;
pub mod stable;

pub use assign::{assign, Assignment, Candidate, Objective, Problem};
pub use criteria::{Criteria, Criterion, Weighting};
pub use instance::{solve, Instance, Mode, Solution};
pub use profile::OrgProfile;
pub use recommend::{mentees_for, mentors_for, Recommendation};
pub use score::{Breakdown, Exclusion, PairContext, Part, Scorer, MAX_SCORE};
pub use stable::{deferred_acceptance, Acceptable};
