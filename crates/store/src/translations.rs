//! Translations of practices and organisations, one row per language and field, each with the
//! source text it was made from. Read for a whole page of objects in one query, never per row.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::event::PersonRef;
use twinning_domain::translation::{
    field_order, FieldTranslation, LanguageTranslation, StoredTranslation, Translations,
};
use twinning_domain::{LanguageCode, OrganisationId, PersonId, PracticeId};

use crate::schema::{organisation_translations, organisations, people, practice_translations};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// Whose translations: a practice's or an organisation's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Practice(PracticeId),
    Organisation(OrganisationId),
}

type Row = (i64, String, String, String, String);

fn stored(rows: Vec<Row>) -> StoreResult<HashMap<i64, Vec<StoredTranslation>>> {
    let mut out: HashMap<i64, Vec<StoredTranslation>> = HashMap::new();
    for (id, language, field, body, source_body) in rows {
        out.entry(id).or_default().push(StoredTranslation {
            language: LanguageCode::parse(&language).map_err(StoreError::corrupt)?,
            field,
            body,
            source_body,
        });
    }
    Ok(out)
}

/// The translations of these practices, by practice id: every field, or only `fields` (the
/// catalogue reads titles and summaries). One query.
pub fn of_practices(
    conn: &mut DbConn,
    ids: &[i64],
    fields: Option<&[&str]>,
) -> StoreResult<HashMap<i64, Vec<StoredTranslation>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut q = practice_translations::table
        .filter(practice_translations::practice_id.eq_any(ids))
        .select((
            practice_translations::practice_id,
            practice_translations::language,
            practice_translations::field,
            practice_translations::body,
            practice_translations::source_body,
        ))
        .into_boxed();
    if let Some(fields) = fields {
        q = q.filter(practice_translations::field.eq_any(fields.to_vec()));
    }
    stored(q.load(conn)?)
}

/// The translations of these organisations, by organisation id. One query.
pub fn of_organisations(
    conn: &mut DbConn,
    ids: &[i64],
) -> StoreResult<HashMap<i64, Vec<StoredTranslation>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<Row> = organisation_translations::table
        .filter(organisation_translations::organisation_id.eq_any(ids))
        .select((
            organisation_translations::organisation_id,
            organisation_translations::language,
            organisation_translations::field,
            organisation_translations::body,
            organisation_translations::source_body,
        ))
        .load(conn)?;
    stored(rows)
}

/// Whether there is any translation into `language`.
pub fn has_language(conn: &mut DbConn, owner: Owner, language: &LanguageCode) -> StoreResult<bool> {
    let n: i64 = match owner {
        Owner::Practice(id) => practice_translations::table
            .filter(practice_translations::practice_id.eq(id.get()))
            .filter(practice_translations::language.eq(language.as_str()))
            .count()
            .get_result(conn)?,
        Owner::Organisation(id) => organisation_translations::table
            .filter(organisation_translations::organisation_id.eq(id.get()))
            .filter(organisation_translations::language.eq(language.as_str()))
            .count()
            .get_result(conn)?,
    };
    Ok(n > 0)
}

#[derive(Insertable)]
#[diesel(table_name = practice_translations)]
struct PracticeTranslationInsert<'a> {
    practice_id: i64,
    language: &'a str,
    field: &'a str,
    body: &'a str,
    source_body: &'a str,
    translated_by: Option<i64>,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = organisation_translations)]
struct OrganisationTranslationInsert<'a> {
    organisation_id: i64,
    language: &'a str,
    field: &'a str,
    body: &'a str,
    source_body: &'a str,
    translated_by: Option<i64>,
    updated_at: NaiveDateTime,
}

/// Holds the owner's row until the transaction ends, so two writes of one translation at once
/// are serialised (SQLite's write transactions are already; on PostgreSQL this takes the row
/// lock) and the second replaces the first instead of colliding with it.
fn lock(tx: &mut Tx<'_>, owner: Owner) -> StoreResult<()> {
    let n = match owner {
        Owner::Practice(id) => {
            use crate::schema::practices;
            diesel::update(practices::table.find(id.get()))
                .set(practices::id.eq(practices::id))
                .execute(&mut **tx)?
        }
        Owner::Organisation(id) => diesel::update(organisations::table.find(id.get()))
            .set(organisations::id.eq(organisations::id))
            .execute(&mut **tx)?,
    };
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

/// One field's change: `Some((body, source_body))` sets it, `None` removes it.
pub struct Change<'a> {
    pub field: &'a str,
    pub text: Option<(&'a str, &'a str)>,
}

/// Applies the changes to the translation into `language`; returns the fields that changed
/// (set to a new text, or removed where there was one). Call inside a write transaction.
pub fn apply(
    tx: &mut Tx<'_>,
    owner: Owner,
    language: &LanguageCode,
    changes: &[Change<'_>],
    by: Option<PersonId>,
) -> StoreResult<Vec<String>> {
    lock(tx, owner)?;
    let now = tx.now_naive();
    let current: HashMap<String, (String, String)> = match owner {
        Owner::Practice(id) => practice_translations::table
            .filter(practice_translations::practice_id.eq(id.get()))
            .filter(practice_translations::language.eq(language.as_str()))
            .select((
                practice_translations::field,
                practice_translations::body,
                practice_translations::source_body,
            ))
            .load::<(String, String, String)>(&mut **tx)?,
        Owner::Organisation(id) => organisation_translations::table
            .filter(organisation_translations::organisation_id.eq(id.get()))
            .filter(organisation_translations::language.eq(language.as_str()))
            .select((
                organisation_translations::field,
                organisation_translations::body,
                organisation_translations::source_body,
            ))
            .load::<(String, String, String)>(&mut **tx)?,
    }
    .into_iter()
    .map(|(f, b, s)| (f, (b, s)))
    .collect();
    let mut changed = Vec::new();
    for change in changes {
        let before = current.get(change.field);
        let same = match (before, change.text) {
            (Some((b, s)), Some((body, source))) => b == body && s == source,
            (None, None) => true,
            _ => false,
        };
        if same {
            continue;
        }
        remove(tx, owner, language, Some(change.field))?;
        if let Some((body, source_body)) = change.text {
            let by = by.map(|p| p.get());
            match owner {
                Owner::Practice(id) => diesel::insert_into(practice_translations::table)
                    .values(PracticeTranslationInsert {
                        practice_id: id.get(),
                        language: language.as_str(),
                        field: change.field,
                        body,
                        source_body,
                        translated_by: by,
                        updated_at: now,
                    })
                    .execute(&mut **tx)?,
                Owner::Organisation(id) => diesel::insert_into(organisation_translations::table)
                    .values(OrganisationTranslationInsert {
                        organisation_id: id.get(),
                        language: language.as_str(),
                        field: change.field,
                        body,
                        source_body,
                        translated_by: by,
                        updated_at: now,
                    })
                    .execute(&mut **tx)?,
            };
        }
        changed.push(change.field.to_owned());
    }
    Ok(changed)
}

/// Removes the translation into `language` (one field, or all): how many fields went. Call
/// inside a write transaction.
pub fn remove(
    tx: &mut Tx<'_>,
    owner: Owner,
    language: &LanguageCode,
    field: Option<&str>,
) -> StoreResult<usize> {
    Ok(match owner {
        Owner::Practice(id) => {
            let mut q = diesel::delete(practice_translations::table)
                .filter(practice_translations::practice_id.eq(id.get()))
                .filter(practice_translations::language.eq(language.as_str()))
                .into_boxed();
            if let Some(f) = field {
                q = q.filter(practice_translations::field.eq(f));
            }
            q.execute(&mut **tx)?
        }
        Owner::Organisation(id) => {
            let mut q = diesel::delete(organisation_translations::table)
                .filter(organisation_translations::organisation_id.eq(id.get()))
                .filter(organisation_translations::language.eq(language.as_str()))
                .into_boxed();
            if let Some(f) = field {
                q = q.filter(organisation_translations::field.eq(f));
            }
            q.execute(&mut **tx)?
        }
    })
}

type FullRow = (
    String,
    String,
    String,
    String,
    Option<i64>,
    Option<String>,
    NaiveDateTime,
);

/// Every translation with who made it, beside the current `source` text of each field.
pub fn list(
    conn: &mut DbConn,
    owner: Owner,
    source_language: &LanguageCode,
    source: BTreeMap<String, String>,
) -> StoreResult<Translations> {
    let rows: Vec<FullRow> = match owner {
        Owner::Practice(id) => practice_translations::table
            .left_join(people::table)
            .filter(practice_translations::practice_id.eq(id.get()))
            .select((
                practice_translations::language,
                practice_translations::field,
                practice_translations::body,
                practice_translations::source_body,
                practice_translations::translated_by,
                people::name.nullable(),
                practice_translations::updated_at,
            ))
            .load(conn)?,
        Owner::Organisation(id) => organisation_translations::table
            .left_join(
                people::table
                    .on(organisation_translations::translated_by.eq(people::id.nullable())),
            )
            .filter(organisation_translations::organisation_id.eq(id.get()))
            .select((
                organisation_translations::language,
                organisation_translations::field,
                organisation_translations::body,
                organisation_translations::source_body,
                organisation_translations::translated_by,
                people::name.nullable(),
                organisation_translations::updated_at,
            ))
            .load(conn)?,
    };
    let mut by_language: BTreeMap<String, Vec<FieldTranslation>> = BTreeMap::new();
    for (language, field, body, source_body, by, name, at) in rows {
        let stale = source.get(&field).is_none_or(|s| *s != source_body);
        by_language
            .entry(language)
            .or_default()
            .push(FieldTranslation {
                field,
                body,
                source_body,
                stale,
                translated_by: by.zip(name).map(|(id, name)| PersonRef {
                    id: PersonId(id),
                    name,
                }),
                updated_at: utc(at),
            });
    }
    let languages = by_language
        .into_iter()
        .map(|(language, mut fields)| {
            fields.sort_by_key(|f| field_order(&f.field));
            let missing = source
                .iter()
                .filter(|(name, text)| {
                    !text.trim().is_empty() && !fields.iter().any(|f| f.field == **name)
                })
                .map(|(name, _)| name.clone())
                .collect::<Vec<_>>();
            let mut missing = missing;
            missing.sort_by_key(|f| field_order(f));
            Ok(LanguageTranslation {
                language: LanguageCode::parse(&language).map_err(StoreError::corrupt)?,
                fields,
                missing,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Translations {
        source_language: source_language.clone(),
        source,
        languages,
    })
}

/// Removes the translations of figure labels from `figures` on (the practice has that many
/// figures now). Call inside a write transaction.
pub fn prune_figures(tx: &mut Tx<'_>, id: PracticeId, figures: usize) -> StoreResult<usize> {
    let fields: Vec<String> = practice_translations::table
        .filter(practice_translations::practice_id.eq(id.get()))
        .filter(practice_translations::field.like("figures[%"))
        .select(practice_translations::field)
        .distinct()
        .load(&mut **tx)?;
    let gone: Vec<String> = fields
        .into_iter()
        .filter(|f| field_order(f).1 >= figures)
        .collect();
    if gone.is_empty() {
        return Ok(0);
    }
    Ok(diesel::delete(
        practice_translations::table
            .filter(practice_translations::practice_id.eq(id.get()))
            .filter(practice_translations::field.eq_any(gone)),
    )
    .execute(&mut **tx)?)
}
