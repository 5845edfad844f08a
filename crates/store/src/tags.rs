//! Multi-valued attributes, one row per value in `organisation_tags` / `practice_tags`.
//! Loaded for a whole page of objects in one query, never one query per object.

use std::collections::HashMap;

use diesel::prelude::*;

use crate::schema::{organisation_tags, practice_tags};
use crate::tx::Tx;
use crate::{DbConn, StoreError, StoreResult};

pub(crate) type Tags = Vec<(String, Vec<String>)>;

/// The values of each facet of one object, in the order they were given.
#[derive(Debug, Default, Clone)]
pub(crate) struct TagMap(HashMap<String, Vec<String>>);

impl TagMap {
    pub(crate) fn values(&self, facet: &str) -> &[String] {
        self.0.get(facet).map_or(&[], Vec::as_slice)
    }

    /// Parses each value of `facet`; a value that no longer parses is a data error.
    pub(crate) fn parsed<T>(
        &self,
        facet: &str,
        parse: impl Fn(&str) -> Result<T, twinning_domain::problem::Reason>,
    ) -> StoreResult<Vec<T>> {
        self.values(facet)
            .iter()
            .map(|v| parse(v).map_err(StoreError::corrupt))
            .collect()
    }
}

#[derive(Insertable)]
#[diesel(table_name = organisation_tags)]
struct OrganisationTagRow<'a> {
    organisation_id: i64,
    facet: &'a str,
    value: &'a str,
    position: i32,
}

#[derive(Insertable)]
#[diesel(table_name = practice_tags)]
struct PracticeTagRow<'a> {
    practice_id: i64,
    facet: &'a str,
    value: &'a str,
    position: i32,
}

/// Replaces the values of the given facets (facets not named keep theirs).
pub(crate) fn set_organisation_tags(tx: &mut Tx<'_>, id: i64, tags: &Tags) -> StoreResult<()> {
    for (facet, values) in tags {
        diesel::delete(
            organisation_tags::table
                .filter(organisation_tags::organisation_id.eq(id))
                .filter(organisation_tags::facet.eq(facet)),
        )
        .execute(&mut **tx)?;
        // One row at a time: batch inserts do not compile over the multi-backend connection,
        // and an object has a handful of values.
        for (position, value) in values.iter().enumerate() {
            diesel::insert_into(organisation_tags::table)
                .values(OrganisationTagRow {
                    organisation_id: id,
                    facet,
                    value,
                    position: position as i32,
                })
                .execute(&mut **tx)?;
        }
    }
    Ok(())
}

pub(crate) fn set_practice_tags(tx: &mut Tx<'_>, id: i64, tags: &Tags) -> StoreResult<()> {
    for (facet, values) in tags {
        diesel::delete(
            practice_tags::table
                .filter(practice_tags::practice_id.eq(id))
                .filter(practice_tags::facet.eq(facet)),
        )
        .execute(&mut **tx)?;
        for (position, value) in values.iter().enumerate() {
            diesel::insert_into(practice_tags::table)
                .values(PracticeTagRow {
                    practice_id: id,
                    facet,
                    value,
                    position: position as i32,
                })
                .execute(&mut **tx)?;
        }
    }
    Ok(())
}

pub(crate) fn organisation_tags_of(
    conn: &mut DbConn,
    ids: &[i64],
) -> StoreResult<HashMap<i64, TagMap>> {
    let rows: Vec<(i64, String, String)> = organisation_tags::table
        .filter(organisation_tags::organisation_id.eq_any(ids))
        .order((
            organisation_tags::organisation_id,
            organisation_tags::facet,
            organisation_tags::position,
        ))
        .select((
            organisation_tags::organisation_id,
            organisation_tags::facet,
            organisation_tags::value,
        ))
        .load(conn)?;
    Ok(group(rows))
}

pub(crate) fn practice_tags_of(
    conn: &mut DbConn,
    ids: &[i64],
) -> StoreResult<HashMap<i64, TagMap>> {
    let rows: Vec<(i64, String, String)> = practice_tags::table
        .filter(practice_tags::practice_id.eq_any(ids))
        .order((
            practice_tags::practice_id,
            practice_tags::facet,
            practice_tags::position,
        ))
        .select((
            practice_tags::practice_id,
            practice_tags::facet,
            practice_tags::value,
        ))
        .load(conn)?;
    Ok(group(rows))
}

fn group(rows: Vec<(i64, String, String)>) -> HashMap<i64, TagMap> {
    let mut out: HashMap<i64, TagMap> = HashMap::new();
    for (id, facet, value) in rows {
        out.entry(id)
            .or_default()
            .0
            .entry(facet)
            .or_default()
            .push(value);
    }
    out
}

/// Codes of a list of values, for storing as tags.
pub(crate) fn codes<T: ToString>(values: &[T]) -> Vec<String> {
    values.iter().map(ToString::to_string).collect()
}
