//! Closed vocabularies of the domain. Each is stored and sent as its snake_case code, so the
//! database, the API and the SPA agree on one spelling; `label()` is the English display text.

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, EnumIter, EnumString, IntoStaticStr};

/// Implements the shared helpers on a vocabulary enum: its code, all values, label, and
/// a parse that names the accepted values in its error (used for field errors).
macro_rules! vocabulary {
    ($name:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, Deserialize, AsRefStr, IntoStaticStr, EnumString, EnumIter,
        )]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                self.into()
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a code, or says which codes exist (`unknown_value`).
            pub fn parse(code: &str) -> Result<Self, $crate::problem::Reason> {
                code.parse().map_err(|_| {
                    let allowed: Vec<&str> = Self::ALL.iter().map(|v| v.code()).collect();
                    $crate::problem::Reason::unknown_value(code, &allowed)
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

vocabulary!(OrganisationKind {
    Ngo => "NGO",
    Municipality => "Municipality",
    RegionalAuthority => "Regional authority",
    NationalAuthority => "National authority",
    UnAgency => "UN agency",
    InternationalOrg => "International organisation",
    RefugeeLed => "Refugee-led organisation",
    FaithBased => "Faith-based organisation",
    University => "University",
    PrivateSector => "Private sector",
    VolunteerInitiative => "Volunteer initiative",
    ServiceProvider => "Service provider",
});

vocabulary!(GovernanceLevel {
    Local => "Local",
    Regional => "Regional",
    National => "National",
    European => "European",
    International => "International",
});

vocabulary!(SettlementContext {
    Metropolitan => "Metropolitan",
    Urban => "Urban",
    PeriUrban => "Peri-urban",
    Rural => "Rural",
});

vocabulary!(Theme {
    Education => "Education",
    Livelihoods => "Livelihoods",
    Health => "Health",
    Protection => "Protection",
    Housing => "Housing",
    SocialCohesion => "Social cohesion",
    Language => "Language learning",
    LegalAid => "Legal aid",
    Volunteering => "Volunteering",
    LocalEconomicDevelopment => "Local economic development",
    SolidWaste => "Solid waste management",
    Resettlement => "Resettlement",
    Participation => "Participation",
    Governance => "Multi-level governance",
    GenderEquality => "Gender equality",
    MentalHealth => "Mental health and psychosocial support",
});

vocabulary!(TargetGroup {
    Refugees => "Refugees",
    AsylumSeekers => "Asylum seekers",
    Migrants => "Migrants",
    InternallyDisplaced => "Internally displaced people",
    HostCommunities => "Host communities",
    Women => "Women",
    Children => "Children",
    Youth => "Youth",
    Elderly => "Older people",
    UnaccompaniedMinors => "Unaccompanied minors",
    PeopleWithDisabilities => "People with disabilities",
    Volunteers => "Volunteers",
    LocalAuthorities => "Local authorities",
});

vocabulary!(Role {
    Member => "Member",
    OrgAdmin => "Organisation admin",
});

// Where an organisation stands with the network. Only `active` ones are listed, counted,
// offered as mentors or may submit; the others are seen by their own people and network admins.
vocabulary!(OrganisationStatus {
    Pending => "Awaiting approval",
    Active => "Active",
    Suspended => "Suspended",
    Rejected => "Rejected",
});

vocabulary!(PracticeStatus {
    Draft => "Draft",
    Submitted => "Submitted for review",
    Published => "Published",
    Archived => "Archived",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_serde_and_parse() {
        for kind in OrganisationKind::ALL {
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
            assert_eq!(OrganisationKind::parse(kind.code()).unwrap(), *kind);
        }
        assert_eq!(SettlementContext::PeriUrban.code(), "peri_urban");
        assert_eq!(OrganisationKind::UnAgency.code(), "un_agency");
    }

    #[test]
    fn unknown_codes_list_the_allowed_ones() {
        let err = GovernanceLevel::parse("galactic").unwrap_err();
        assert_eq!(err.code(), crate::problem::reasons::UNKNOWN_VALUE);
        assert_eq!(err.params()["value"], "galactic");
        assert_eq!(
            err.params()["allowed"],
            serde_json::json!(["local", "regional", "national", "european", "international"])
        );
        assert!(err
            .message()
            .contains("local, regional, national, european, international"));
    }
}
