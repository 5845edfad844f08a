//! Organisations: profile edits, the duplicate check on registration and rename, and the
//! network admins' vetting: approve, reject, suspend, reactivate, merge.

use twinning_domain::event::{
    EventType, OrganisationMergedPayload, OrganisationPayload, OrganisationReviewPayload,
};
use twinning_domain::organisation::{Organisation, OrganisationPatch, OrganisationRef};
use twinning_domain::policy::{self, organisation as org_policy};
use twinning_domain::principal::Principal;
use twinning_domain::problem::Reason;
use twinning_domain::review::{
    AdminOrganisation, MergeOutcome, OrganisationSaved, ReviewAction, Warning,
};
use twinning_domain::{OrganisationId, OrganisationStatus, Validate};
use twinning_store::sessions::{self, EndReason};
use twinning_store::{organisations, ownership, DbConn, Tx};

use crate::{emit, FlowError, FlowResult};

/// Flags every organisation of the same country whose name is close to `organisation`'s, and
/// returns a warning for each (dismissed pairs are not flagged again, but still warned of).
pub fn check_duplicates(
    tx: &mut Tx<'_>,
    id: OrganisationId,
    organisation: &Organisation,
) -> FlowResult<Vec<Warning>> {
    let close = organisations::close_names(tx, &organisation.name, &organisation.country, id)?;
    let mut warnings = Vec::new();
    for candidate in close {
        organisations::flag_duplicate(tx, id, candidate.id, candidate.score)?;
        warnings.push(Warning::possible_duplicate(candidate.organisation));
    }
    Ok(warnings)
}

/// Edits the profile. Absent fields are kept. A new name (or country) close to another
/// member's is saved, flagged for the network admins, and warned of.
pub fn update(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    patch: &OrganisationPatch,
) -> FlowResult<OrganisationSaved> {
    let (id, current) = organisations::find_by_slug(tx, slug)?;
    org_policy::edit(principal, id)?;
    let mut errors = match patch.validate() {
        Ok(()) => twinning_domain::FieldErrors::new(),
        Err(e) => e,
    };
    crate::translations::check_new_source(
        tx,
        twinning_store::translations::Owner::Organisation(id),
        &current.source_language,
        patch.source_language.as_ref(),
        &mut errors,
    )?;
    errors.into_result()?;
    let organisation = organisations::update(tx, id, patch)?;
    let warnings = if patch.renames() {
        check_duplicates(tx, id, &organisation)?
    } else {
        Vec::new()
    };
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
    Ok(OrganisationSaved {
        organisation,
        warnings,
    })
}

fn event_of(action: ReviewAction) -> EventType {
    match action {
        ReviewAction::Approve => EventType::OrganisationApproved,
        ReviewAction::Reject => EventType::OrganisationRejected,
        ReviewAction::Suspend => EventType::OrganisationSuspended,
        ReviewAction::Reactivate => EventType::OrganisationReactivated,
    }
}

/// A network admin's move on the organisation `slug`. Suspension ends every session of its
/// people at once (its content is kept, hidden). The registrant hears of an approval or a
/// rejection, with its reason, through the event's notification and mail.
pub fn review(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    action: ReviewAction,
    reason: Option<&str>,
) -> FlowResult<AdminOrganisation> {
    policy::network_admin(principal)?;
    let (id, organisation) = organisations::find_by_slug(tx, slug)?;
    let from = organisation.status;
    let to = action.next(from).map_err(FlowError::Transition)?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if action.needs_reason() && reason.is_none() {
        return Err(FlowError::field("reason", Reason::required()));
    }
    organisations::set_status(tx, id, from, to, reason, principal.person_id())?;
    if to == OrganisationStatus::Suspended {
        sessions::end_for_organisation(tx, id, EndReason::OrganisationSuspended)?;
    }
    let organisation = organisations::find_by_id(tx, id)?;
    let slug = organisation.slug.clone();
    emit(
        tx,
        principal,
        event_of(action),
        id.get(),
        Some(&slug),
        &[id],
        &OrganisationReviewPayload {
            organisation,
            from,
            to,
            reason: reason.map(str::to_owned),
        },
    )?;
    Ok(organisations::admin_view(tx, id)?)
}

/// Merges the organisation `slug` into `into`: everything that points at it moves by the
/// ownership registry's rules, in this one transaction, and its slug redirects to `into` from
/// now on. The moved people sign in again (their sessions name the old organisation).
pub fn merge(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    into: &str,
) -> FlowResult<MergeOutcome> {
    policy::network_admin(principal)?;
    let (from_id, from) = organisations::find_by_slug(tx, slug)?;
    let (into_id, _) = match organisations::find_by_slug(tx, into.trim()) {
        Err(twinning_store::StoreError::NotFound) => {
            return Err(FlowError::field(
                "into",
                Reason::invalid_reference().saying("no organisation has this slug"),
            ))
        }
        other => other?,
    };
    if from_id == into_id {
        return Err(FlowError::field(
            "into",
            Reason::must_differ("slug").saying("an organisation cannot be merged into itself"),
        ));
    }
    // Their tokens carry the absorbed organisation: they sign in again as the kept one's.
    sessions::end_for_organisation(tx, from_id, EndReason::RemovedFromOrganisation)?;
    let moved = ownership::merge(tx, from_id, into_id, principal.person_id())?;
    let kept = organisations::find_by_id(tx, into_id)?;
    let absorbed = OrganisationRef {
        slug: from.slug,
        name: from.name,
    };
    emit(
        tx,
        principal,
        EventType::OrganisationMerged,
        into_id.get(),
        Some(&kept.slug),
        &[into_id],
        &OrganisationMergedPayload {
            organisation: kept.clone(),
            absorbed: absorbed.clone(),
            moved: moved.clone(),
        },
    )?;
    Ok(MergeOutcome {
        from: absorbed,
        into: OrganisationRef {
            slug: kept.slug,
            name: kept.name,
        },
        moved,
        merged_at: tx.now(),
    })
}

/// Dismisses the pair flagged between `slug` and `other`: they are different organisations.
pub fn dismiss_duplicate(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    other: &str,
) -> FlowResult<AdminOrganisation> {
    policy::network_admin(principal)?;
    let (a, _) = organisations::find_by_slug(tx, slug)?;
    let (b, _) = organisations::find_by_slug(tx, other)?;
    organisations::dismiss_duplicate(tx, a, b)?;
    Ok(organisations::admin_view(tx, a)?)
}

/// The organisation `slug` if the principal may see it: an active one, or their own, or any
/// for network admins. Others look missing.
pub fn visible(
    conn: &mut DbConn,
    principal: &Principal,
    slug: &str,
) -> FlowResult<(OrganisationId, Organisation)> {
    let (id, organisation) = organisations::find_by_slug(conn, slug)?;
    if org_policy::can_view(principal, id, organisation.status) {
        Ok((id, organisation))
    } else {
        Err(FlowError::NotFound)
    }
}
