//! The lifecycle of a practice: draft → submitted → published → archived, with rejection
//! sending a submission back to draft. Every move the API makes goes through `next`.

use serde::{Deserialize, Serialize};

use crate::vocab::PracticeStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PracticeAction {
    Submit,
    Publish,
    Reject,
    Archive,
}

impl PracticeAction {
    pub fn code(self) -> &'static str {
        match self {
            PracticeAction::Submit => "submit",
            PracticeAction::Publish => "publish",
            PracticeAction::Reject => "reject",
            PracticeAction::Archive => "archive",
        }
    }

    /// Whether only network admins may take this action (the rest belong to the owner).
    pub fn needs_network_admin(self) -> bool {
        !matches!(self, PracticeAction::Submit)
    }
}

impl PracticeStatus {
    /// The status after `action`, or an explanation of why it cannot happen now.
    pub fn next(self, action: PracticeAction) -> Result<PracticeStatus, String> {
        use PracticeAction as A;
        use PracticeStatus as S;
        match (self, action) {
            (S::Draft, A::Submit) => Ok(S::Submitted),
            (S::Submitted, A::Publish) => Ok(S::Published),
            (S::Submitted, A::Reject) => Ok(S::Draft),
            // Archiving retires a practice from the catalogue; drafts and submissions are
            // simply left or rejected instead.
            (S::Published, A::Archive) => Ok(S::Archived),
            (from, action) => Err(format!(
                "cannot {} a practice whose status is {}",
                action.code(),
                from.code()
            )),
        }
    }

    /// Only drafts are edited: what reviewers read is what gets published.
    pub fn is_editable(self) -> bool {
        self == PracticeStatus::Draft
    }

    pub fn is_public(self) -> bool {
        self == PracticeStatus::Published
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PracticeAction as A;
    use PracticeStatus as S;

    #[test]
    fn the_happy_path_runs_from_draft_to_archive() {
        let s = S::Draft.next(A::Submit).unwrap();
        let s = s.next(A::Publish).unwrap();
        assert!(s.is_public());
        assert_eq!(s.next(A::Archive).unwrap(), S::Archived);
    }

    #[test]
    fn rejection_returns_a_submission_to_draft() {
        assert_eq!(S::Submitted.next(A::Reject).unwrap(), S::Draft);
        assert!(S::Draft.is_editable());
    }

    #[test]
    fn every_other_move_is_refused_with_a_reason() {
        let allowed = [
            (S::Draft, A::Submit),
            (S::Submitted, A::Publish),
            (S::Submitted, A::Reject),
            (S::Published, A::Archive),
        ];
        for from in S::ALL {
            for action in [A::Submit, A::Publish, A::Reject, A::Archive] {
                let result = from.next(action);
                assert_eq!(result.is_ok(), allowed.contains(&(*from, action)));
            }
        }
        assert_eq!(
            S::Draft.next(A::Publish).unwrap_err(),
            "cannot publish a practice whose status is draft"
        );
        assert_eq!(
            S::Archived.next(A::Submit).unwrap_err(),
            "cannot submit a practice whose status is archived"
        );
    }
}
