//! Good practices: drafts, edits, lifecycle moves with their trail, and the catalogue search
//! with facet counts.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::policy::practice::PracticeFacts;
use twinning_domain::practice::{NewPractice, Practice};
use twinning_domain::principal::Principal;
use twinning_domain::problem::Reason;
use twinning_domain::search::PracticeFilter;
use twinning_domain::translation::{
    figure_label_field, LanguagePreference, Localiser, StoredTranslation, PRACTICE_KEY_FIELD,
};
use twinning_domain::{
    CountryCode, LanguageCode, OrganisationStatus, PracticeStatus, SettlementContext, TargetGroup,
    Theme,
};
use twinning_domain::{OrganisationId, PersonId, PracticeId};

use crate::schema::{organisations, practice_transitions, practices};
use crate::tags::{self, codes, TagMap, Tags};
use crate::text::{opaque_slug, search_text};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

pub(crate) type Db = <DbConn as Connection>::Backend;

mod search;
pub use search::{moderation_queue, search};
#[cfg(test)]
mod tests;

/// The facets of a practice, as stored in `practice_tags` and named in query parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Facet {
    Theme,
    Context,
    Country,
    TargetGroup,
    Language,
}

impl Facet {
    pub(crate) const ALL: [Facet; 5] = [
        Facet::Theme,
        Facet::Context,
        Facet::Country,
        Facet::TargetGroup,
        Facet::Language,
    ];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Context => "context",
            Facet::Country => "country",
            Facet::TargetGroup => "target_group",
            Facet::Language => "language",
        }
    }

    pub(crate) fn selected(self, f: &PracticeFilter) -> Vec<String> {
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
    source_language: String,
    ran_from: Option<i32>,
    ran_until: Option<i32>,
}

impl PracticeRow {
    fn into_domain(
        self,
        owner: OrganisationRef,
        mentor_available: bool,
        tags: &TagMap,
    ) -> StoreResult<Practice> {
        Ok(Practice {
            status: PracticeStatus::parse(&self.status).map_err(StoreError::corrupt)?,
            figures: serde_json::from_str(&self.figures)
                .map_err(|e| StoreError::Corrupt(format!("figures of {}: {e}", self.slug)))?,
            themes: tags.parsed(Facet::Theme.code(), Theme::parse)?,
            target_groups: tags.parsed(Facet::TargetGroup.code(), TargetGroup::parse)?,
            settlement_contexts: tags.parsed(Facet::Context.code(), SettlementContext::parse)?,
            countries: tags.parsed(Facet::Country.code(), CountryCode::parse)?,
            languages: tags.parsed(Facet::Language.code(), LanguageCode::parse)?,
            source_language: LanguageCode::parse(&self.source_language)
                .map_err(StoreError::corrupt)?,
            ran_from: self.ran_from,
            ran_until: self.ran_until,
            translation: None,
            owner,
            mentor_available,
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
            permissions: None,
        })
    }
}

/// What authorization needs to know about a practice besides its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PracticeKey {
    pub id: PracticeId,
    pub organisation_id: OrganisationId,
    pub status: PracticeStatus,
    /// Whether the owner organisation is active.
    pub owner_active: bool,
}

impl PracticeKey {
    pub fn facts(&self) -> PracticeFacts {
        PracticeFacts {
            owner: self.organisation_id,
            status: self.status,
            owner_active: self.owner_active,
        }
    }
}

/// The SQL twin of `twinning_domain::policy::practice::can_view`: published practices of
/// active organisations, plus every practice of the organisation the principal is an insider
/// of (all for network admins). `tests::the_sql_filter_agrees_with_the_policy` checks the two
/// agree.
pub fn visible_filter(
    principal: &Principal,
) -> Box<dyn BoxableExpression<practices::table, Db, SqlType = Bool>> {
    let public = practices::status.eq(PracticeStatus::Published.code()).and(
        practices::organisation_id.eq_any(
            organisations::table
                .filter(organisations::status.eq(OrganisationStatus::Active.code()))
                .select(organisations::id),
        ),
    );
    if principal.is_network_admin() {
        return Box::new(true.into_sql::<Bool>());
    }
    match principal.organisation_id() {
        Some(org) if principal.is_insider_of(org) => {
            Box::new(public.or(practices::organisation_id.eq(org.get())))
        }
        _ => Box::new(public),
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
    source_language: &'a str,
    ran_from: Option<i32>,
    ran_until: Option<i32>,
}

#[derive(AsChangeset)]
#[diesel(table_name = practices, treat_none_as_null = true)]
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
    source_language: &'a str,
    ran_from: Option<i32>,
    ran_until: Option<i32>,
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
/// creates published ones). Without a given `slug` it gets an opaque one (`text::opaque_slug`):
/// a draft's slug must not tell anyone of other hidden drafts of the same title. Call inside
/// a write transaction.
pub fn insert(
    tx: &mut Tx<'_>,
    organisation_id: OrganisationId,
    author_id: PersonId,
    new: &NewPractice,
    slug: Option<&str>,
    status: PracticeStatus,
) -> StoreResult<Practice> {
    let slug = match slug {
        Some(s) => s.to_owned(),
        None => opaque_slug(&new.title, |s| {
            diesel::select(diesel::dsl::exists(
                practices::table.filter(practices::slug.eq(s)),
            ))
            .get_result(&mut **tx)
        })?,
    };
    let t = tx.now_naive();
    let (search_title, search_text) = search_fields(new);
    let reviewed = matches!(status, PracticeStatus::Published | PracticeStatus::Archived);
    let id: i64 = diesel::insert_into(practices::table)
        .values(PracticeInsert {
            slug: &slug,
            organisation_id: organisation_id.get(),
            title: new.title.trim(),
            summary: new.summary.trim(),
            problem: new.problem.trim(),
            approach: new.approach.trim(),
            results: new.results.trim(),
            figures: figures_json(new)?,
            status: status.code(),
            search_title,
            search_text,
            created_by: author_id.get(),
            created_at: t,
            updated_at: t,
            submitted_at: (status != PracticeStatus::Draft).then_some(t),
            published_at: reviewed.then_some(t),
            source_language: new.source_language.as_str(),
            ran_from: new.ran_from,
            ran_until: new.ran_until,
        })
        .returning(practices::id)
        .get_result(&mut **tx)
        .map_err(|e| StoreError::from(e).unique_as("title", "a practice with this slug exists"))?;
    tags::set_practice_tags(tx, id, &tags_of(new))?;
    load(tx, PracticeId(id))
}

pub fn key_by_slug(conn: &mut DbConn, slug: &str) -> StoreResult<PracticeKey> {
    let (id, organisation_id, status, owner_status): (i64, i64, String, String) = practices::table
        .inner_join(organisations::table)
        .filter(practices::slug.eq(slug))
        .select((
            practices::id,
            practices::organisation_id,
            practices::status,
            organisations::status,
        ))
        .first(conn)?;
    Ok(PracticeKey {
        id: PracticeId(id),
        organisation_id: OrganisationId(organisation_id),
        status: PracticeStatus::parse(&status).map_err(StoreError::corrupt)?,
        owner_active: owner_status == OrganisationStatus::Active.code(),
    })
}

pub fn load(conn: &mut DbConn, id: PracticeId) -> StoreResult<Practice> {
    load_many(conn, &[id.get()])?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// Loads practices with their owners and tags in three queries, in the order of `ids`.
pub(crate) fn load_many(conn: &mut DbConn, ids: &[i64]) -> StoreResult<Vec<Practice>> {
    let rows: Vec<(PracticeRow, String, String, bool, i32)> = practices::table
        .inner_join(organisations::table)
        .filter(practices::id.eq_any(ids))
        .select((
            PracticeRow::as_select(),
            organisations::slug,
            organisations::name,
            organisations::can_mentor,
            organisations::mentor_capacity,
        ))
        .load(conn)?;
    let tags = tags::practice_tags_of(conn, ids)?;
    let mut by_id: HashMap<i64, Practice> = HashMap::new();
    for (row, slug, name, can_mentor, capacity) in rows {
        let id = row.id;
        let t = tags.get(&id).cloned().unwrap_or_default();
        let practice = row.into_domain(
            OrganisationRef { slug, name },
            can_mentor && capacity > 0,
            &t,
        )?;
        by_id.insert(id, practice);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// `load_many`, each practice read in the reader's language where it is translated (with its
/// `translation` block): every field, or only the title and summary (`list`). The
/// translations of all of them are read in one query.
pub fn load_localised(
    conn: &mut DbConn,
    ids: &[i64],
    pref: &LanguagePreference,
    list: bool,
) -> StoreResult<Vec<Practice>> {
    let mut loaded = load_many(conn, ids)?;
    let fields: Option<&[&str]> = list.then_some(&["title", "summary"]);
    let rows = crate::translations::of_practices(conn, ids, fields)?;
    let none = Vec::new();
    for (id, practice) in ids.iter().zip(loaded.iter_mut()) {
        localise(practice, rows.get(id).unwrap_or(&none), pref, list);
    }
    Ok(loaded)
}

/// Puts the translation the reader asks for into the practice's text fields.
pub fn localise(
    p: &mut Practice,
    rows: &[StoredTranslation],
    pref: &LanguagePreference,
    list: bool,
) {
    let mut loc = Localiser::new(rows, &p.source_language, PRACTICE_KEY_FIELD, pref);
    loc.field("title", &mut p.title);
    loc.field("summary", &mut p.summary);
    if !list {
        loc.field("problem", &mut p.problem);
        loc.field("approach", &mut p.approach);
        loc.field("results", &mut p.results);
        for (i, figure) in p.figures.iter_mut().enumerate() {
            loc.field(&figure_label_field(i), &mut figure.label);
        }
    }
    p.translation = Some(loc.finish());
}

/// The current source text of each translatable field of a practice.
pub fn source_fields(p: &Practice) -> std::collections::BTreeMap<String, String> {
    let mut out: std::collections::BTreeMap<String, String> = [
        ("title", &p.title),
        ("summary", &p.summary),
        ("problem", &p.problem),
        ("approach", &p.approach),
        ("results", &p.results),
    ]
    .into_iter()
    .map(|(f, v)| (f.to_owned(), v.clone()))
    .collect();
    for (i, figure) in p.figures.iter().enumerate() {
        out.insert(figure_label_field(i), figure.label.clone());
    }
    out
}

/// Replaces the content of a draft with `content` (already validated). Call inside a write
/// transaction.
pub fn update_content(
    tx: &mut Tx<'_>,
    id: PracticeId,
    content: &NewPractice,
) -> StoreResult<Practice> {
    let (search_title, search_text) = search_fields(content);
    diesel::update(practices::table.find(id.get()))
        .set(ContentChanges {
            title: content.title.trim(),
            summary: content.summary.trim(),
            problem: content.problem.trim(),
            approach: content.approach.trim(),
            results: content.results.trim(),
            figures: figures_json(content)?,
            search_title,
            search_text,
            updated_at: tx.now_naive(),
            source_language: content.source_language.as_str(),
            ran_from: content.ran_from,
            ran_until: content.ran_until,
        })
        .execute(&mut **tx)?;
    tags::set_practice_tags(tx, id.get(), &tags_of(content))?;
    refresh_search(tx, id)?;
    load(tx, id)
}

/// Recomputes what the catalogue's words search in: the source text and every translation
/// of it (so a reader finds a practice by the words of their language). Call inside a write
/// transaction after the text or a translation changes.
pub fn refresh_search(tx: &mut Tx<'_>, id: PracticeId) -> StoreResult<()> {
    let p = load(tx, id)?;
    let translations = crate::translations::of_practices(tx, &[id.get()], None)?;
    let rows = translations.get(&id.get()).map_or(&[][..], Vec::as_slice);
    let mut titles: Vec<&str> = vec![&p.title];
    let mut texts: Vec<&str> = vec![&p.title, &p.summary, &p.problem, &p.approach, &p.results];
    for row in rows {
        if row.field == "title" {
            titles.push(&row.body);
        }
        texts.push(&row.body);
    }
    diesel::update(practices::table.find(id.get()))
        .set((
            practices::search_title.eq(search_text(&titles)),
            practices::search_text.eq(search_text(&texts)),
        ))
        .execute(&mut **tx)?;
    Ok(())
}

/// A lifecycle move; absent fields are left as they are.
#[derive(AsChangeset)]
#[diesel(table_name = practices)]
struct StatusChange<'a> {
    status: &'a str,
    updated_at: NaiveDateTime,
    submitted_at: Option<NaiveDateTime>,
    published_at: Option<NaiveDateTime>,
    rejection_reason: Option<Option<&'a str>>,
}

#[derive(Insertable)]
#[diesel(table_name = practice_transitions)]
struct TransitionInsert<'a> {
    practice_id: i64,
    from_status: &'a str,
    to_status: &'a str,
    actor_id: i64,
    actor_api_key_id: Option<i64>,
    reason: Option<&'a str>,
    created_at: NaiveDateTime,
}

/// Moves a practice from `from` to `to` and records who did it and why. Fails with a
/// conflict when the practice is no longer in `from` (someone else moved it first).
pub fn transition(
    tx: &mut Tx<'_>,
    id: PracticeId,
    from: PracticeStatus,
    to: PracticeStatus,
    actor: &Principal,
    reason: Option<&str>,
) -> StoreResult<Practice> {
    let actor_id = actor
        .accountable_person()
        .ok_or_else(|| StoreError::Corrupt("a practice moves only by a person or key".into()))?
        .get();
    let actor_api_key_id = match actor {
        Principal::ApiKey(k) => Some(k.key_id.get()),
        _ => None,
    };
    let t = tx.now_naive();
    let change = StatusChange {
        status: to.code(),
        updated_at: t,
        submitted_at: (to == PracticeStatus::Submitted).then_some(t),
        published_at: (to == PracticeStatus::Published).then_some(t),
        // Submitting clears the last rejection; rejecting records its reason.
        rejection_reason: match to {
            PracticeStatus::Submitted => Some(None),
            PracticeStatus::Draft => Some(reason),
            _ => None,
        },
    };
    let changed = diesel::update(
        practices::table
            .find(id.get())
            .filter(practices::status.eq(from.code())),
    )
    .set(change)
    .execute(&mut **tx)?;
    if changed != 1 {
        return Err(StoreError::Conflict {
            field: "status",
            reason: Reason::stale().saying("the practice changed status meanwhile; reload it"),
        });
    }
    diesel::insert_into(practice_transitions::table)
        .values(TransitionInsert {
            practice_id: id.get(),
            from_status: from.code(),
            to_status: to.code(),
            actor_id,
            actor_api_key_id,
            reason,
            created_at: t,
        })
        .execute(&mut **tx)?;
    load(tx, id)
}
