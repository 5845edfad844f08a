//! Organisations: registration with their first person, and profile edits.

use twinning_domain::event::{EventType, OrganisationPayload};
use twinning_domain::organisation::{Organisation, OrganisationPatch};
use twinning_domain::policy::organisation as policy;
use twinning_domain::principal::Principal;
use twinning_domain::Validate;
use twinning_store::{organisations, Tx};

use crate::{emit, FlowResult};

/// Edits the profile. Absent fields are kept.
pub fn update(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    patch: &OrganisationPatch,
) -> FlowResult<Organisation> {
    let (id, _) = organisations::find_by_slug(tx, slug)?;
    policy::edit(principal, id)?;
    patch.validate()?;
    let organisation = organisations::update(tx, id, patch)?;
    emit(
        tx,
        principal,
        EventType::OrganisationUpdated,
        id.get(),
        Some(&organisation.slug),
        &[id],
        &OrganisationPayload {
            organisation: organisation.clone(),
        },
    )?;
    Ok(organisation)
}
