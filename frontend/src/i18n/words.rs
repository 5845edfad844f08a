//! The network's vocabulary in the reader's language: each code of the domain's closed lists
//! (themes, kinds of organisation, statuses…) has a message `{family}-{code}`. The families
//! are listed once here and in crates/locale-check, which fails if a code has no message.

use twinning_domain::notify::{Delivery, NotificationKind};
use twinning_domain::vocab::{
    GovernanceLevel, OrganisationKind, OrganisationStatus, PracticeStatus, Role, SettlementContext,
    TargetGroup, Theme,
};

use super::coded;

/// A code's word in the reader's language.
pub trait Word {
    fn word(&self) -> String;
}

macro_rules! words {
    ($($ty:ty => $family:literal),+ $(,)?) => {$(
        impl Word for $ty {
            fn word(&self) -> String {
                coded($family, self.code())
            }
        }
    )+};
}

words! {
    OrganisationKind => "org-kind",
    GovernanceLevel => "governance",
    SettlementContext => "context",
    Theme => "theme",
    TargetGroup => "target-group",
    Role => "role",
    OrganisationStatus => "org-status",
    PracticeStatus => "practice-status",
    NotificationKind => "notification-kind",
    Delivery => "delivery",
}
