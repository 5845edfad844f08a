//! A practice's life: created as a draft, edited, submitted, published or sent back,
//! archived. Each step checks the policy and the state machine, moves the practice, records
//! its trail and its event, in the caller's transaction.

use twinning_domain::event::{EventType, PracticePayload};
use twinning_domain::lifecycle::PracticeAction;
use twinning_domain::policy::practice as policy;
use twinning_domain::practice::{check_ready_for_review, NewPractice, Practice, PracticePatch};
use twinning_domain::principal::{Denied, Principal};
use twinning_domain::translation::LanguagePreference;
use twinning_domain::{FieldErrors, PracticeId, PracticeStatus};
use twinning_store::practices::{self, PracticeKey};
use twinning_store::translations::Owner;
use twinning_store::{DbConn, Tx};

use crate::{emit, FlowError, FlowResult};

/// The practice `slug` if `principal` may see it. Invisible and missing look the same, so
/// drafts do not leak through their slugs.
pub fn visible(conn: &mut DbConn, principal: &Principal, slug: &str) -> FlowResult<PracticeKey> {
    let key = practices::key_by_slug(conn, slug)?;
    if policy::can_view(principal, &key.facts()) {
        Ok(key)
    } else {
        Err(FlowError::NotFound)
    }
}

/// The practice `slug` if `principal` may name it in a change (see
/// `policy::can_address_for_change`); otherwise not found, as for an anonymous caller.
fn addressable(tx: &mut Tx<'_>, principal: &Principal, slug: &str) -> FlowResult<PracticeKey> {
    let key = practices::key_by_slug(tx, slug)?;
    if policy::can_address_for_change(principal, &key.facts()) {
        Ok(key)
    } else {
        Err(FlowError::NotFound)
    }
}

/// The practice with what `principal` may do with it, in the reader's language where it is
/// translated (its `translation` block says which language each field is in).
pub fn view(
    conn: &mut DbConn,
    principal: &Principal,
    slug: &str,
    pref: &LanguagePreference,
) -> FlowResult<Practice> {
    let key = visible(conn, principal, slug)?;
    let mut practice = practices::load_localised(conn, &[key.id.get()], pref, false)?
        .pop()
        .ok_or(FlowError::NotFound)?;
    practice.permissions = Some(policy::permissions(principal, &key.facts()));
    Ok(practice)
}

/// The practice as its editors change it: in its source language, which the block says.
fn as_written(conn: &mut DbConn, id: PracticeId, mut practice: Practice) -> FlowResult<Practice> {
    let rows = twinning_store::translations::of_practices(conn, &[id.get()], None)?;
    let rows = rows.get(&id.get()).map_or(&[][..], Vec::as_slice);
    practices::localise(&mut practice, rows, &LanguagePreference::none(), false);
    Ok(practice)
}

fn this_year(tx: &Tx<'_>) -> i32 {
    use chrono::Datelike;
    tx.now().year()
}

fn emit_practice(
    tx: &mut Tx<'_>,
    principal: &Principal,
    event_type: EventType,
    key: &PracticeKey,
    practice: &Practice,
    reason: Option<String>,
) -> FlowResult<()> {
    let mut snapshot = practice.clone();
    snapshot.permissions = None;
    emit(
        tx,
        principal,
        event_type,
        key.id.get(),
        Some(&practice.slug),
        &[key.organisation_id],
        &PracticePayload {
            practice: snapshot,
            reason,
        },
    )?;
    Ok(())
}

/// Creates a draft of the principal's organisation.
pub fn create(tx: &mut Tx<'_>, principal: &Principal, new: &NewPractice) -> FlowResult<Practice> {
    policy::create(principal)?;
    new.validate_in(this_year(tx))?;
    let (Some(org), Some(author)) = (principal.organisation_id(), principal.accountable_person())
    else {
        return Err(Denied::Unauthenticated.into());
    };
    let practice = practices::insert(tx, org, author, new, None, PracticeStatus::Draft)?;
    let key = practices::key_by_slug(tx, &practice.slug)?;
    emit_practice(
        tx,
        principal,
        EventType::PracticeCreated,
        &key,
        &practice,
        None,
    )?;
    with_permissions(tx, principal, &key, practice)
}

fn with_permissions(
    tx: &mut Tx<'_>,
    principal: &Principal,
    key: &PracticeKey,
    mut practice: Practice,
) -> FlowResult<Practice> {
    let facts = policy::PracticeFacts {
        status: practice.status,
        ..key.facts()
    };
    practice.permissions = Some(policy::permissions(principal, &facts));
    as_written(tx, key.id, practice)
}

/// Edits a draft: absent fields are kept and the result is validated as a whole.
pub fn update(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    patch: &PracticePatch,
) -> FlowResult<Practice> {
    let key = addressable(tx, principal, slug)?;
    policy::edit(principal, &key.facts())?;
    if !key.status.is_editable() {
        return Err(FlowError::Transition(format!(
            "only drafts can be edited; this practice is {}",
            key.status.code()
        )));
    }
    let current = practices::load(tx, key.id)?;
    let merged = patch.apply_to(&NewPractice::from(&current));
    let mut errors = match merged.validate_in(this_year(tx)) {
        Ok(()) => FieldErrors::new(),
        Err(e) => e,
    };
    crate::translations::check_new_source(
        tx,
        Owner::Practice(key.id),
        &current.source_language,
        patch.source_language.as_ref(),
        &mut errors,
    )?;
    errors.into_result()?;
    let practice = practices::update_content(tx, key.id, &merged)?;
    // Translations of figures the practice no longer has go with them.
    twinning_store::translations::prune_figures(tx, key.id, practice.figures.len())?;
    emit_practice(
        tx,
        principal,
        EventType::PracticeUpdated,
        &key,
        &practice,
        None,
    )?;
    with_permissions(tx, principal, &key, practice)
}

fn event_of(action: PracticeAction) -> EventType {
    match action {
        PracticeAction::Submit => EventType::PracticeSubmitted,
        PracticeAction::Publish => EventType::PracticePublished,
        PracticeAction::Reject => EventType::PracticeRejected,
        PracticeAction::Archive => EventType::PracticeArchived,
    }
}

/// One lifecycle action: visibility, rights, the state machine and (for a submission)
/// completeness, then the move, its trail and its event.
pub fn act(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    action: PracticeAction,
    reason: Option<&str>,
) -> FlowResult<Practice> {
    let key = addressable(tx, principal, slug)?;
    policy::act(principal, &key.facts(), action)?;
    let next = key.status.next(action).map_err(FlowError::Transition)?;
    if action == PracticeAction::Submit {
        let current = practices::load(tx, key.id)?;
        check_ready_for_review(&NewPractice::from(&current))?;
    }
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    let practice = practices::transition(tx, key.id, key.status, next, principal, reason)?;
    emit_practice(
        tx,
        principal,
        event_of(action),
        &key,
        &practice,
        reason.map(str::to_owned),
    )?;
    with_permissions(tx, principal, &key, practice)
}
