//! Translations of practices and of organisations' descriptions: listed for their editors with
//! the source beside them, saved field by field with the source text they were made from, and
//! removed; each change writes its event in the same transaction.

use twinning_domain::event::{
    EventType, OrganisationTranslatedPayload, PracticeRef, PracticeTranslatedPayload,
};
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::policy::organisation as org_policy;
use twinning_domain::policy::practice as policy;
use twinning_domain::principal::Principal;
use twinning_domain::translation::{
    check_target_language, target_language, FieldChange, OrganisationTranslationInput,
    PracticeTranslationInput, Translations,
};
use twinning_domain::{LanguageCode, Validate};
use twinning_store::translations::{self, Change, Owner};
use twinning_store::{organisations, practices, DbConn, Tx};

use crate::{emit, FlowError, FlowResult};

/// Every translation of the practice, with its current source (its organisation, network
/// admins and keys with `read:private`; keys with `write:practices`).
pub fn of_practice(
    conn: &mut DbConn,
    principal: &Principal,
    slug: &str,
) -> FlowResult<Translations> {
    let key = practices::key_by_slug(conn, slug)?;
    if !policy::can_address_for_change(principal, &key.facts()) {
        return Err(FlowError::NotFound);
    }
    policy::see_translations(principal, &key.facts())?;
    let practice = practices::load(conn, key.id)?;
    Ok(translations::list(
        conn,
        Owner::Practice(key.id),
        &practice.source_language,
        practices::source_fields(&practice),
    )?)
}

/// An archived practice is out of the catalogue: its translations are kept as they are.
fn refuse_archived(key: &practices::PracticeKey) -> FlowResult<()> {
    if key.status == twinning_domain::PracticeStatus::Archived {
        return Err(FlowError::Transition(
            "an archived practice is no longer translated".into(),
        ));
    }
    Ok(())
}

/// The fields set and removed among the changes that took effect.
/// The store's changes: each requested text with the source text it translates (kept beside
/// it, so a later change of the source shows the translation as stale).
fn against_source<'a>(
    requested: &'a [FieldChange],
    source: &'a std::collections::BTreeMap<String, String>,
) -> Vec<Change<'a>> {
    requested
        .iter()
        .map(|(field, text)| Change {
            field,
            text: text
                .as_deref()
                .map(|t| (t, source.get(field).map_or("", String::as_str))),
        })
        .collect()
}

fn split(changes: &[FieldChange], changed: &[String]) -> (Vec<String>, Vec<String>) {
    let mut saved = Vec::new();
    let mut removed = Vec::new();
    for (field, text) in changes {
        if changed.contains(field) {
            if text.is_some() {
                saved.push(field.clone());
            } else {
                removed.push(field.clone());
            }
        }
    }
    (saved, removed)
}

/// Saves the translation of a practice into `lang`: the fields given are set (with the source
/// text they translate) or, empty or null, removed. Not into its source language; not once
/// archived. Answers every translation, as `of_practice`.
pub fn translate_practice(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    lang: &str,
    input: &PracticeTranslationInput,
) -> FlowResult<Translations> {
    let key = practices::key_by_slug(tx, slug)?;
    if !policy::can_address_for_change(principal, &key.facts()) {
        return Err(FlowError::NotFound);
    }
    policy::translate(principal, &key.facts())?;
    refuse_archived(&key)?;
    let practice = practices::load(tx, key.id)?;
    let mut errors = match input.check(practice.figures.len()) {
        Ok(()) => twinning_domain::FieldErrors::new(),
        Err(e) => e,
    };
    let language = target_language(lang, &practice.source_language, &mut errors);
    errors.into_result()?;
    let language = language.ok_or(FlowError::NotFound)?;
    save_practice(tx, principal, &key, &practice, language, input)
}

/// Applies a validated translation and writes its event; answers every translation.
fn save_practice(
    tx: &mut Tx<'_>,
    principal: &Principal,
    key: &practices::PracticeKey,
    practice: &twinning_domain::practice::Practice,
    language: LanguageCode,
    input: &PracticeTranslationInput,
) -> FlowResult<Translations> {
    let source = practices::source_fields(practice);
    let requested = input.changes();
    let changes = against_source(&requested, &source);
    let by = principal.accountable_person();
    let changed = translations::apply(tx, Owner::Practice(key.id), &language, &changes, by)?;
    if !changed.is_empty() {
        practices::refresh_search(tx, key.id)?;
        let (saved, removed) = split(&requested, &changed);
        emit_practice(tx, principal, key, practice, language, saved, removed)?;
    }
    Ok(translations::list(
        tx,
        Owner::Practice(key.id),
        &practice.source_language,
        source,
    )?)
}

/// The platform's own import of a translation (the demo loader): checked as an editor's,
/// saved by no one in particular, with its event.
pub fn import_practice_translation(
    tx: &mut Tx<'_>,
    slug: &str,
    lang: &str,
    input: &PracticeTranslationInput,
) -> FlowResult<()> {
    let key = practices::key_by_slug(tx, slug)?;
    let practice = practices::load(tx, key.id)?;
    input.check(practice.figures.len())?;
    let language = check_target_language(lang, &practice.source_language)?;
    save_practice(tx, &Principal::System, &key, &practice, language, input)?;
    Ok(())
}

fn emit_practice(
    tx: &mut Tx<'_>,
    principal: &Principal,
    key: &practices::PracticeKey,
    practice: &twinning_domain::practice::Practice,
    language: LanguageCode,
    saved: Vec<String>,
    removed: Vec<String>,
) -> FlowResult<()> {
    emit(
        tx,
        principal,
        EventType::PracticeTranslated,
        key.id.get(),
        Some(&practice.slug),
        &[key.organisation_id],
        &PracticeTranslatedPayload {
            practice: PracticeRef {
                slug: practice.slug.clone(),
                title: practice.title.clone(),
                owner: practice.owner.clone(),
            },
            language,
            saved,
            removed,
        },
    )?;
    Ok(())
}

/// Removes the whole translation of a practice into `lang` (nothing to remove is no error).
pub fn delete_practice_translation(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    lang: &str,
) -> FlowResult<()> {
    let key = practices::key_by_slug(tx, slug)?;
    if !policy::can_address_for_change(principal, &key.facts()) {
        return Err(FlowError::NotFound);
    }
    policy::translate(principal, &key.facts())?;
    refuse_archived(&key)?;
    let practice = practices::load(tx, key.id)?;
    let language = check_target_language(lang, &practice.source_language)?;
    let before = translations::list(
        tx,
        Owner::Practice(key.id),
        &practice.source_language,
        practices::source_fields(&practice),
    )?;
    let fields: Vec<String> = before
        .languages
        .iter()
        .filter(|l| l.language == language)
        .flat_map(|l| l.fields.iter().map(|f| f.field.clone()))
        .collect();
    if translations::remove(tx, Owner::Practice(key.id), &language, None)? > 0 {
        practices::refresh_search(tx, key.id)?;
        emit_practice(tx, principal, &key, &practice, language, vec![], fields)?;
    }
    Ok(())
}

/// The organisation `slug` if the principal may see it, with its id.
fn organisation(
    conn: &mut DbConn,
    principal: &Principal,
    slug: &str,
) -> FlowResult<(
    twinning_domain::OrganisationId,
    twinning_domain::organisation::Organisation,
)> {
    crate::organisations::visible(conn, principal, slug)
}

fn organisation_source(
    o: &twinning_domain::organisation::Organisation,
) -> std::collections::BTreeMap<String, String> {
    [("description".to_owned(), o.description.clone())].into()
}

/// Every translation of the organisation's description (its people, its editors, network
/// admins).
pub fn of_organisation(
    conn: &mut DbConn,
    principal: &Principal,
    slug: &str,
) -> FlowResult<Translations> {
    let (id, o) = organisation(conn, principal, slug)?;
    if !principal.is_insider_of(id) {
        org_policy::edit(principal, id)?;
    }
    Ok(translations::list(
        conn,
        Owner::Organisation(id),
        &o.source_language,
        organisation_source(&o),
    )?)
}

/// Saves the translation of the organisation's description into `lang` (its editors).
pub fn translate_organisation(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    lang: &str,
    input: &OrganisationTranslationInput,
) -> FlowResult<Translations> {
    let (id, o) = organisation(tx, principal, slug)?;
    org_policy::edit(principal, id)?;
    let mut errors = match input.validate() {
        Ok(()) => twinning_domain::FieldErrors::new(),
        Err(e) => e,
    };
    let language = target_language(lang, &o.source_language, &mut errors);
    errors.into_result()?;
    let language = language.ok_or(FlowError::NotFound)?;
    save_organisation(tx, principal, id, &o, language, input)
}

fn save_organisation(
    tx: &mut Tx<'_>,
    principal: &Principal,
    id: twinning_domain::OrganisationId,
    o: &twinning_domain::organisation::Organisation,
    language: LanguageCode,
    input: &OrganisationTranslationInput,
) -> FlowResult<Translations> {
    let source = organisation_source(o);
    let requested = input.changes();
    let changes = against_source(&requested, &source);
    let by = principal.accountable_person();
    let changed = translations::apply(tx, Owner::Organisation(id), &language, &changes, by)?;
    if !changed.is_empty() {
        organisations::refresh_search(tx, id)?;
        let (saved, removed) = split(&requested, &changed);
        emit_organisation(tx, principal, id, o, language, saved, removed)?;
    }
    Ok(translations::list(
        tx,
        Owner::Organisation(id),
        &o.source_language,
        source,
    )?)
}

/// The platform's own import of a description's translation (the demo loader).
pub fn import_organisation_translation(
    tx: &mut Tx<'_>,
    slug: &str,
    lang: &str,
    input: &OrganisationTranslationInput,
) -> FlowResult<()> {
    let (id, o) = organisations::find_by_slug(tx, slug)?;
    input.validate()?;
    let language = check_target_language(lang, &o.source_language)?;
    save_organisation(tx, &Principal::System, id, &o, language, input)?;
    Ok(())
}

fn emit_organisation(
    tx: &mut Tx<'_>,
    principal: &Principal,
    id: twinning_domain::OrganisationId,
    o: &twinning_domain::organisation::Organisation,
    language: LanguageCode,
    saved: Vec<String>,
    removed: Vec<String>,
) -> FlowResult<()> {
    emit(
        tx,
        principal,
        EventType::OrganisationTranslated,
        id.get(),
        Some(&o.slug),
        &[id],
        &OrganisationTranslatedPayload {
            organisation: OrganisationRef {
                slug: o.slug.clone(),
                name: o.name.clone(),
            },
            language,
            saved,
            removed,
        },
    )?;
    Ok(())
}

/// Removes the translation of the organisation's description into `lang`.
pub fn delete_organisation_translation(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    lang: &str,
) -> FlowResult<()> {
    let (id, o) = organisation(tx, principal, slug)?;
    org_policy::edit(principal, id)?;
    let language = check_target_language(lang, &o.source_language)?;
    if translations::remove(tx, Owner::Organisation(id), &language, None)? > 0 {
        organisations::refresh_search(tx, id)?;
        emit_organisation(
            tx,
            principal,
            id,
            &o,
            language,
            vec![],
            vec!["description".to_owned()],
        )?;
    }
    Ok(())
}

/// Refuses a new source language the content is already translated into: that translation
/// would shadow the source. Adds the error to `errors`.
pub fn check_new_source(
    conn: &mut DbConn,
    owner: Owner,
    current: &LanguageCode,
    new: Option<&LanguageCode>,
    errors: &mut twinning_domain::FieldErrors,
) -> FlowResult<()> {
    if let Some(new) = new.filter(|n| *n != current) {
        if translations::has_language(conn, owner, new)? {
            errors.add(
                "source_language",
                twinning_domain::problem::Reason::translation_exists(new.as_str()),
            );
        }
    }
    Ok(())
}

/// The organisation's page in the reader's language.
pub fn localise_organisation(
    conn: &mut DbConn,
    id: twinning_domain::OrganisationId,
    o: &mut twinning_domain::organisation::Organisation,
    pref: &twinning_domain::translation::LanguagePreference,
) -> FlowResult<()> {
    Ok(organisations::localise(conn, id, o, pref)?)
}
