//! The catalogue search: filters, sorting, pagination and disjunctive facet counts.

use std::collections::{BTreeMap, HashMap};

use diesel::prelude::*;
use twinning_domain::practice::PracticeSummary;
use twinning_domain::search::{
    FacetCount, PracticeFacets, PracticeFilter, PracticeSearch, PracticeSort,
};
use twinning_domain::PracticeStatus;

use super::{load_localised, load_many, visible_filter, Db, Facet};
use crate::schema::{organisations, practice_tags, practice_translations, practices};
use crate::tags::codes;
use crate::text::contains_pattern;
use crate::{DbConn, StoreResult};
use twinning_domain::principal::Principal;
use twinning_domain::translation::PRACTICE_KEY_FIELD;

/// The pseudo-facet of the languages a practice can be read in.
const AVAILABLE: &str = "available_language";

/// The practices matching `f` that `viewer` may see; the facet filters only `with_facets`.
fn filtered(
    f: &PracticeFilter,
    viewer: &Principal,
    with_facets: bool,
) -> practices::BoxedQuery<'static, Db> {
    let mut q = practices::table
        .into_boxed::<Db>()
        .filter(practices::status.eq_any(codes(&f.statuses)));
    q = q.filter(visible_filter(viewer));
    for word in &f.words {
        q = q.filter(
            practices::search_text
                .like(contains_pattern(word))
                .escape('\\'),
        );
    }
    if let Some(owner) = &f.owner {
        q = q.filter(
            practices::organisation_id.eq_any(
                organisations::table
                    .filter(organisations::slug.eq(owner.clone()))
                    .select(organisations::id),
            ),
        );
    }
    let available = codes(&f.available_languages);
    if with_facets && !available.is_empty() {
        // Available in a language: written in it, or its title translated into it.
        q = q.filter(
            practices::source_language
                .eq_any(available.clone())
                .or(practices::id.eq_any(
                    practice_translations::table
                        .filter(practice_translations::field.eq(PRACTICE_KEY_FIELD))
                        .filter(practice_translations::language.eq_any(available))
                        .select(practice_translations::practice_id),
                )),
        );
    }
    for facet in Facet::ALL {
        let values = facet.selected(f);
        if !with_facets || values.is_empty() {
            continue;
        }
        q = q.filter(
            practices::id.eq_any(
                practice_tags::table
                    .filter(practice_tags::facet.eq(facet.code()))
                    .filter(practice_tags::value.eq_any(values))
                    .select(practice_tags::practice_id),
            ),
        );
    }
    q
}

/// One page of the catalogue with its total and facet counts.
pub fn search(
    conn: &mut DbConn,
    f: &PracticeFilter,
    viewer: &Principal,
) -> StoreResult<PracticeSearch> {
    let total: i64 = filtered(f, viewer, true).count().get_result(conn)?;
    let sort = f.sort.unwrap_or(if f.words.is_empty() {
        PracticeSort::Newest
    } else {
        PracticeSort::Relevance
    });
    let mut page = filtered(f, viewer, true).select(practices::id);
    page = match sort {
        PracticeSort::Title => page.order((practices::search_title.asc(), practices::id.asc())),
        PracticeSort::Relevance if !f.words.is_empty() => {
            // Practices whose title holds the words come first, then the most recent.
            let title_has = |w: &String| {
                practices::search_title
                    .like(contains_pattern(w))
                    .escape('\\')
                    .desc()
            };
            let mut ordered = page.order(title_has(&f.words[0]));
            for word in &f.words[1..] {
                ordered = ordered.then_order_by(title_has(word));
            }
            ordered.then_order_by((practices::updated_at.desc(), practices::id.desc()))
        }
        PracticeSort::Newest | PracticeSort::Relevance => {
            page.order((practices::updated_at.desc(), practices::id.desc()))
        }
    };
    let ids: Vec<i64> = page
        .limit(i64::from(f.per_page))
        .offset(i64::from(f.page - 1) * i64::from(f.per_page))
        .load(conn)?;
    let items = load_localised(conn, &ids, &f.reader, true)?
        .into_iter()
        .map(PracticeSummary::from)
        .collect();
    Ok(PracticeSearch {
        items,
        total,
        page: f.page,
        per_page: f.per_page,
        facets: facets(conn, f, viewer)?,
    })
}

/// Facet counts are disjunctive: each value of a facet counts the practices it would give
/// with the other facets' filters kept. The practices matching the non-facet filters and their
/// tags are loaded once and counted here; the multi-backend connection cannot embed the boxed
/// filter query as a subquery of another query.
fn facets(
    conn: &mut DbConn,
    f: &PracticeFilter,
    viewer: &Principal,
) -> StoreResult<PracticeFacets> {
    let ids: Vec<i64> = filtered(f, viewer, false)
        .select(practices::id)
        .load(conn)?;
    let mut tags: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    // Chunked to stay well under the bind-parameter limits of both backends.
    for chunk in ids.chunks(5000) {
        let rows: Vec<(i64, String, String)> = practice_tags::table
            .filter(practice_tags::practice_id.eq_any(chunk))
            .select((
                practice_tags::practice_id,
                practice_tags::facet,
                practice_tags::value,
            ))
            .load(conn)?;
        for (id, facet, value) in rows {
            tags.entry(id).or_default().push((facet, value));
        }
        // The languages each can be read in count as the values of one more facet.
        let sources: Vec<(i64, String)> = practices::table
            .filter(practices::id.eq_any(chunk))
            .select((practices::id, practices::source_language))
            .load(conn)?;
        let translated: Vec<(i64, String)> = practice_translations::table
            .filter(practice_translations::practice_id.eq_any(chunk))
            .filter(practice_translations::field.eq(PRACTICE_KEY_FIELD))
            .select((
                practice_translations::practice_id,
                practice_translations::language,
            ))
            .load(conn)?;
        for (id, language) in sources.into_iter().chain(translated) {
            let practice = tags.entry(id).or_default();
            let tag = (AVAILABLE.to_owned(), language);
            if !practice.contains(&tag) {
                practice.push(tag);
            }
        }
    }
    let selected: Vec<(&'static str, Vec<String>)> = Facet::ALL
        .iter()
        .map(|&facet| (facet.code(), facet.selected(f)))
        .chain(std::iter::once((AVAILABLE, codes(&f.available_languages))))
        .collect();
    let matches = |practice: &[(String, String)], facet: &str, wanted: &[String]| {
        wanted.is_empty()
            || practice
                .iter()
                .any(|(fc, v)| fc == facet && wanted.contains(v))
    };
    let mut tallies: HashMap<&'static str, BTreeMap<String, i64>> = HashMap::new();
    let empty = Vec::new();
    for id in &ids {
        let practice = tags.get(id).unwrap_or(&empty);
        for (facet, _) in &selected {
            let others_match = selected
                .iter()
                .filter(|(other, _)| other != facet)
                .all(|(other, wanted)| matches(practice, other, wanted));
            if !others_match {
                continue;
            }
            let tally = tallies.entry(*facet).or_default();
            for (fc, value) in practice {
                if fc == facet {
                    *tally.entry(value.clone()).or_default() += 1;
                }
            }
        }
    }
    let mut counts = |facet: &str| {
        let mut list: Vec<FacetCount> = tallies
            .remove(facet)
            .unwrap_or_default()
            .into_iter()
            .map(|(value, count)| FacetCount { value, count })
            .collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        list
    };
    Ok(PracticeFacets {
        theme: counts(Facet::Theme.code()),
        context: counts(Facet::Context.code()),
        country: counts(Facet::Country.code()),
        target_group: counts(Facet::TargetGroup.code()),
        language: counts(Facet::Language.code()),
        available_language: counts(AVAILABLE),
    })
}

/// The moderation queue: submitted practices, oldest submission first.
pub fn moderation_queue(conn: &mut DbConn) -> StoreResult<Vec<PracticeSummary>> {
    let ids: Vec<i64> = practices::table
        .filter(practices::status.eq(PracticeStatus::Submitted.code()))
        .order((practices::submitted_at.asc(), practices::id.asc()))
        .select(practices::id)
        .load(conn)?;
    Ok(load_many(conn, &ids)?
        .into_iter()
        .map(PracticeSummary::from)
        .collect())
}
