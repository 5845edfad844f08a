//! Good practices: drafts, edits, lifecycle moves with their trail, and the catalogue search
//! with facet counts.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::practice::{NewPractice, Practice, PracticeSummary};
use twinning_domain::search::{
    FacetCount, PracticeFacets, PracticeFilter, PracticeSearch, PracticeSort,
};
use twinning_domain::{
    CountryCode, LanguageCode, PracticeStatus, SettlementContext, TargetGroup, Theme,
};

use crate::schema::{organisations, practice_tags, practice_transitions, practices};
use crate::tags::{self, codes, TagMap, Tags};
use crate::text::{contains_pattern, search_text, unique_slug};
use crate::{now, utc, DbConn, StoreError, StoreResult, Viewer};

type Db = <DbConn as Connection>::Backend;

/// The facets of a practice, as stored in `practice_tags` and named in query parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Facet {
    Theme,
    Context,
    Country,
    TargetGroup,
    Language,
}

impl Facet {
    const ALL: [Facet; 5] = [
        Facet::Theme,
        Facet::Context,
        Facet::Country,
        Facet::TargetGroup,
        Facet::Language,
    ];

    fn code(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Context => "context",
            Facet::Country => "country",
            Facet::TargetGroup => "target_group",
            Facet::Language => "language",
        }
    }

    fn selected(self, f: &PracticeFilter) -> Vec<String> {
        match self {
            Facet::Theme => codes(&f.themes),
            Facet::Context => codes(&f.contexts),
            Facet::Country => codes(&f.countries),
            Facet::TargetGroup => codes(&f.target_groups),
            Facet::Language => codes(&f.languages),
        }
    }
}

fn tags_of(p: &NewPractice) -> Tags {
    [
        (Facet::Theme, codes(&p.themes)),
        (Facet::Context, codes(&p.settlement_contexts)),
        (Facet::Country, codes(&p.countries)),
        (Facet::TargetGroup, codes(&p.target_groups)),
        (Facet::Language, codes(&p.languages)),
    ]
    .into_iter()
    .map(|(f, v)| (f.code().to_owned(), v))
    .collect()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = practices)]
struct PracticeRow {
    id: i64,
    slug: String,
    title: String,
    summary: String,
    problem: String,
    approach: String,
    results: String,
    figures: String,
    status: String,
    rejection_reason: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    published_at: Option<NaiveDateTime>,
}

impl PracticeRow {
    fn into_domain(self, owner: OrganisationRef, tags: &TagMap) -> StoreResult<Practice> {
        Ok(Practice {
            status: PracticeStatus::parse(&self.status).map_err(StoreError::Corrupt)?,
            figures: serde_json::from_str(&self.figures)
                .map_err(|e| StoreError::Corrupt(format!("figures of {}: {e}", self.slug)))?,
            themes: tags.parsed(Facet::Theme.code(), Theme::parse)?,
            target_groups: tags.parsed(Facet::TargetGroup.code(), TargetGroup::parse)?,
            settlement_contexts: tags.parsed(Facet::Context.code(), SettlementContext::parse)?,
            countries: tags.parsed(Facet::Country.code(), CountryCode::parse)?,
            languages: tags.parsed(Facet::Language.code(), LanguageCode::parse)?,
            owner,
            slug: self.slug,
            title: self.title,
            summary: self.summary,
            problem: self.problem,
            approach: self.approach,
            results: self.results,
            rejection_reason: self.rejection_reason,
            created_at: utc(self.created_at),
            updated_at: utc(self.updated_at),
            published_at: self.published_at.map(utc),
        })
    }
}

/// What authorization needs to know about a practice besides its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PracticeKey {
    pub id: i64,
    pub organisation_id: i64,
    pub status: PracticeStatus,
}

impl PracticeKey {
    /// Published practices are public; others only to their organisation and network admins.
    pub fn visible_to(&self, viewer: &Viewer) -> bool {
        self.status.is_public()
            || viewer.is_network_admin
            || viewer.organisation_id == Some(self.organisation_id)
    }
}

#[derive(Insertable)]
#[diesel(table_name = practices)]
struct PracticeInsert<'a> {
    slug: &'a str,
    organisation_id: i64,
    title: &'a str,
    summary: &'a str,
    problem: &'a str,
    approach: &'a str,
    results: &'a str,
    figures: String,
    status: &'a str,
    search_title: String,
    search_text: String,
    created_by: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    submitted_at: Option<NaiveDateTime>,
    published_at: Option<NaiveDateTime>,
}

#[derive(AsChangeset)]
#[diesel(table_name = practices)]
struct ContentChanges<'a> {
    title: &'a str,
    summary: &'a str,
    problem: &'a str,
    approach: &'a str,
    results: &'a str,
    figures: String,
    search_title: String,
    search_text: String,
    updated_at: NaiveDateTime,
}

fn figures_json(p: &NewPractice) -> StoreResult<String> {
    serde_json::to_string(&p.figures).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn search_fields(p: &NewPractice) -> (String, String) {
    (
        search_text(&[&p.title]),
        search_text(&[&p.title, &p.summary, &p.problem, &p.approach, &p.results]),
    )
}

/// Creates a practice of `organisation_id` in `status` (drafts from the API; the demo loader
/// creates published ones). Call inside a write transaction.
pub fn insert(
    conn: &mut DbConn,
    organisation_id: i64,
    author_id: i64,
    new: &NewPractice,
    slug: Option<&str>,
    status: PracticeStatus,
) -> StoreResult<Practice> {
    let slug = match slug {
        Some(s) => s.to_owned(),
        None => unique_slug(&new.title, |s| {
            diesel::select(diesel::dsl::exists(
                practices::table.filter(practices::slug.eq(s)),
            ))
            .get_result(conn)
        })?,
    };
    let t = now();
    let (search_title, search_text) = search_fields(new);
    let reviewed = matches!(status, PracticeStatus::Published | PracticeStatus::Archived);
    let id: i64 = diesel::insert_into(practices::table)
        .values(PracticeInsert {
            slug: &slug,
            organisation_id,
            title: new.title.trim(),
            summary: new.summary.trim(),
            problem: new.problem.trim(),
            approach: new.approach.trim(),
            results: new.results.trim(),
            figures: figures_json(new)?,
            status: status.code(),
            search_title,
            search_text,
            created_by: author_id,
            created_at: t,
            updated_at: t,
            submitted_at: (status != PracticeStatus::Draft).then_some(t),
            published_at: reviewed.then_some(t),
        })
        .returning(practices::id)
        .get_result(conn)
        .map_err(|e| StoreError::from(e).unique_as("title", "a practice with this slug exists"))?;
    tags::set_practice_tags(conn, id, &tags_of(new))?;
    load(conn, id)
}

pub fn key_by_slug(conn: &mut DbConn, slug: &str) -> StoreResult<PracticeKey> {
    let (id, organisation_id, status): (i64, i64, String) = practices::table
        .filter(practices::slug.eq(slug))
        .select((practices::id, practices::organisation_id, practices::status))
        .first(conn)?;
    Ok(PracticeKey {
        id,
        organisation_id,
        status: PracticeStatus::parse(&status).map_err(StoreError::Corrupt)?,
    })
}

pub fn load(conn: &mut DbConn, id: i64) -> StoreResult<Practice> {
    load_many(conn, &[id])?.pop().ok_or(StoreError::NotFound)
}

/// Loads practices with their owners and tags in three queries, in the order of `ids`.
fn load_many(conn: &mut DbConn, ids: &[i64]) -> StoreResult<Vec<Practice>> {
    let rows: Vec<(PracticeRow, String, String)> = practices::table
        .inner_join(organisations::table)
        .filter(practices::id.eq_any(ids))
        .select((
            PracticeRow::as_select(),
            organisations::slug,
            organisations::name,
        ))
        .load(conn)?;
    let tags = tags::practice_tags_of(conn, ids)?;
    let mut by_id: HashMap<i64, Practice> = HashMap::new();
    for (row, slug, name) in rows {
        let id = row.id;
        let t = tags.get(&id).cloned().unwrap_or_default();
        by_id.insert(id, row.into_domain(OrganisationRef { slug, name }, &t)?);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// Replaces the content of a draft with `content` (already validated). Call inside a write
/// transaction.
pub fn update_content(conn: &mut DbConn, id: i64, content: &NewPractice) -> StoreResult<Practice> {
    let (search_title, search_text) = search_fields(content);
    diesel::update(practices::table.find(id))
        .set(ContentChanges {
            title: content.title.trim(),
            summary: content.summary.trim(),
            problem: content.problem.trim(),
            approach: content.approach.trim(),
            results: content.results.trim(),
            figures: figures_json(content)?,
            search_title,
            search_text,
            updated_at: now(),
        })
        .execute(conn)?;
    tags::set_practice_tags(conn, id, &tags_of(content))?;
    load(conn, id)
}

#[derive(Insertable)]
#[diesel(table_name = practice_transitions)]
struct TransitionInsert<'a> {
    practice_id: i64,
    from_status: &'a str,
    to_status: &'a str,
    actor_id: i64,
    reason: Option<&'a str>,
    created_at: NaiveDateTime,
}

/// Moves a practice from `from` to `to` and records who did it and why. Fails with a
/// conflict when the practice is no longer in `from` (someone else moved it first).
pub fn transition(
    conn: &mut DbConn,
    id: i64,
    from: PracticeStatus,
    to: PracticeStatus,
    actor_id: i64,
    reason: Option<&str>,
) -> StoreResult<Practice> {
    let t = now();
    let target = practices::table
        .find(id)
        .filter(practices::status.eq(from.code()));
    let changed = match to {
        PracticeStatus::Submitted => diesel::update(target)
            .set((
                practices::status.eq(to.code()),
                practices::submitted_at.eq(t),
                practices::rejection_reason.eq(None::<String>),
                practices::updated_at.eq(t),
            ))
            .execute(conn)?,
        PracticeStatus::Published => diesel::update(target)
            .set((
                practices::status.eq(to.code()),
                practices::published_at.eq(t),
                practices::updated_at.eq(t),
            ))
            .execute(conn)?,
        PracticeStatus::Draft => diesel::update(target)
            .set((
                practices::status.eq(to.code()),
                practices::rejection_reason.eq(reason),
                practices::updated_at.eq(t),
            ))
            .execute(conn)?,
        PracticeStatus::Archived => diesel::update(target)
            .set((practices::status.eq(to.code()), practices::updated_at.eq(t)))
            .execute(conn)?,
    };
    if changed != 1 {
        return Err(StoreError::Conflict {
            field: "status",
            message: "the practice changed status meanwhile; reload it".into(),
        });
    }
    diesel::insert_into(practice_transitions::table)
        .values(TransitionInsert {
            practice_id: id,
            from_status: from.code(),
            to_status: to.code(),
            actor_id,
            reason,
            created_at: t,
        })
        .execute(conn)?;
    load(conn, id)
}

/// The practices matching `f` that `viewer` may see; the facet filters only `with_facets`.
fn filtered(
    f: &PracticeFilter,
    viewer: &Viewer,
    with_facets: bool,
) -> practices::BoxedQuery<'static, Db> {
    let mut q = practices::table
        .into_boxed::<Db>()
        .filter(practices::status.eq_any(codes(&f.statuses)));
    if !viewer.is_network_admin {
        let public = practices::status.eq(PracticeStatus::Published.code());
        q = match viewer.organisation_id {
            Some(org) => q.filter(public.or(practices::organisation_id.eq(org))),
            None => q.filter(public),
        };
    }
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
    viewer: &Viewer,
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
    let items = load_many(conn, &ids)?
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
fn facets(conn: &mut DbConn, f: &PracticeFilter, viewer: &Viewer) -> StoreResult<PracticeFacets> {
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
    }
    let selected: Vec<(Facet, Vec<String>)> = Facet::ALL
        .iter()
        .map(|&facet| (facet, facet.selected(f)))
        .collect();
    let matches = |practice: &[(String, String)], facet: Facet, wanted: &[String]| {
        wanted.is_empty()
            || practice
                .iter()
                .any(|(fc, v)| fc == facet.code() && wanted.contains(v))
    };
    let mut tallies: HashMap<Facet, BTreeMap<String, i64>> = HashMap::new();
    let empty = Vec::new();
    for id in &ids {
        let practice = tags.get(id).unwrap_or(&empty);
        for (facet, _) in &selected {
            let others_match = selected
                .iter()
                .filter(|(other, _)| other != facet)
                .all(|(other, wanted)| matches(practice, *other, wanted));
            if !others_match {
                continue;
            }
            let tally = tallies.entry(*facet).or_default();
            for (fc, value) in practice {
                if fc == facet.code() {
                    *tally.entry(value.clone()).or_default() += 1;
                }
            }
        }
    }
    let mut counts = |facet: Facet| {
        let mut list: Vec<FacetCount> = tallies
            .remove(&facet)
            .unwrap_or_default()
            .into_iter()
            .map(|(value, count)| FacetCount { value, count })
            .collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        list
    };
    Ok(PracticeFacets {
        theme: counts(Facet::Theme),
        context: counts(Facet::Context),
        country: counts(Facet::Country),
        target_group: counts(Facet::TargetGroup),
        language: counts(Facet::Language),
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
