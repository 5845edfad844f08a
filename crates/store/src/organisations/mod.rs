//! Member organisations: registration, profile, the members directory.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::names::name_key;
use twinning_domain::organisation::{
    GeoPoint, NewOrganisation, Organisation, OrganisationPage, OrganisationPatch, OrganisationRef,
};
use twinning_domain::search::OrganisationFilter;
use twinning_domain::{
    CountryCode, GovernanceLevel, LanguageCode, OrganisationKind, OrganisationStatus,
    SettlementContext, Theme,
};

use crate::tx::Tx;
use twinning_domain::{OrganisationId, PersonId};

use crate::schema::{organisation_merges, organisation_tags, organisations, people};
use crate::tags::{self, codes, TagMap, Tags};
use crate::text::{contains_pattern, search_text, unique_slug};
use crate::{utc, DbConn, StoreError, StoreResult};

type Db = <DbConn as Connection>::Backend;

const LANGUAGES: &str = "language";
const THEMES: &str = "theme";

#[derive(Queryable, Selectable)]
#[diesel(table_name = organisations)]
struct OrganisationRow {
    id: i64,
    slug: String,
    name: String,
    kind: String,
    governance_level: String,
    country: String,
    city: String,
    settlement_context: String,
    description: String,
    website: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    can_mentor: bool,
    mentor_capacity: i32,
    status: String,
    time_zone: String,
    created_at: NaiveDateTime,
    source_language: String,
}

mod review;
pub use review::*;

impl OrganisationRow {
    fn into_domain(self, tags: &TagMap) -> StoreResult<Organisation> {
        let corrupt = StoreError::corrupt;
        Ok(Organisation {
            kind: OrganisationKind::parse(&self.kind).map_err(corrupt)?,
            governance_level: GovernanceLevel::parse(&self.governance_level).map_err(corrupt)?,
            country: CountryCode::parse(&self.country).map_err(corrupt)?,
            settlement_context: SettlementContext::parse(&self.settlement_context)
                .map_err(corrupt)?,
            languages: tags.parsed(LANGUAGES, LanguageCode::parse)?,
            themes: tags.parsed(THEMES, Theme::parse)?,
            location: self
                .lat
                .zip(self.lon)
                .map(|(lat, lon)| GeoPoint { lat, lon }),
            slug: self.slug,
            name: self.name,
            city: self.city,
            description: self.description,
            source_language: LanguageCode::parse(&self.source_language).map_err(corrupt)?,
            translation: None,
            website: self.website,
            can_mentor: self.can_mentor,
            mentor_capacity: u32::try_from(self.mentor_capacity).unwrap_or(0),
            status: OrganisationStatus::parse(&self.status).map_err(corrupt)?,
            time_zone: self.time_zone,
            created_at: utc(self.created_at),
        })
    }
}

#[derive(Insertable)]
#[diesel(table_name = organisations)]
struct OrganisationInsert<'a> {
    slug: &'a str,
    name: &'a str,
    kind: &'a str,
    governance_level: &'a str,
    country: &'a str,
    city: &'a str,
    settlement_context: &'a str,
    description: &'a str,
    website: Option<&'a str>,
    lat: Option<f64>,
    lon: Option<f64>,
    can_mentor: bool,
    mentor_capacity: i32,
    search_text: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    status: &'a str,
    time_zone: &'a str,
    name_key: String,
    source_language: &'a str,
}

#[derive(AsChangeset, Default)]
#[diesel(table_name = organisations)]
struct OrganisationChanges {
    name: Option<String>,
    kind: Option<String>,
    governance_level: Option<String>,
    country: Option<String>,
    city: Option<String>,
    settlement_context: Option<String>,
    description: Option<String>,
    website: Option<Option<String>>,
    lat: Option<Option<f64>>,
    lon: Option<Option<f64>>,
    can_mentor: Option<bool>,
    mentor_capacity: Option<i32>,
    search_text: Option<String>,
    updated_at: Option<NaiveDateTime>,
    time_zone: Option<String>,
    name_key: Option<String>,
    source_language: Option<String>,
}

fn tags_of(languages: &[LanguageCode], themes: &[Theme]) -> Tags {
    vec![
        (LANGUAGES.to_owned(), codes(languages)),
        (THEMES.to_owned(), codes(themes)),
    ]
}

fn clean_website(w: Option<&str>) -> Option<&str> {
    w.map(str::trim).filter(|w| !w.is_empty())
}

/// Creates an organisation in `status` (registrations wait as `pending`; the demo network is
/// `active`); `slug` is derived from the name unless given (demo data). Returns its id and
/// profile. Call inside a write transaction.
pub fn insert(
    tx: &mut Tx<'_>,
    new: &NewOrganisation,
    slug: Option<&str>,
    status: OrganisationStatus,
) -> StoreResult<(OrganisationId, Organisation)> {
    let slug = match slug {
        Some(s) => s.to_owned(),
        None => unique_slug(&new.name, |s| slug_taken(tx, s))?,
    };
    let t = tx.now_naive();
    let id: i64 = diesel::insert_into(organisations::table)
        .values(OrganisationInsert {
            slug: &slug,
            name: new.name.trim(),
            kind: new.kind.code(),
            governance_level: new.governance_level.code(),
            country: new.country.as_str(),
            city: new.city.trim(),
            settlement_context: new.settlement_context.code(),
            description: new.description.trim(),
            website: clean_website(new.website.as_deref()),
            lat: new.location.map(|p| p.lat),
            lon: new.location.map(|p| p.lon),
            can_mentor: new.can_mentor,
            mentor_capacity: new.mentor_capacity as i32,
            search_text: search_text(&[&new.name, &new.city, &new.description]),
            created_at: t,
            updated_at: t,
            status: status.code(),
            time_zone: new.time_zone(),
            name_key: name_key(&new.name),
            source_language: new
                .source_language
                .as_ref()
                .map_or("en", LanguageCode::as_str),
        })
        .returning(organisations::id)
        .get_result(&mut **tx)
        .map_err(|e| StoreError::from(e).unique_as("organisation.name", "this slug is taken"))?;
    tags::set_organisation_tags(tx, id, &tags_of(&new.languages, &new.themes))?;
    let id = OrganisationId(id);
    Ok((id, find_by_id(tx, id)?))
}

/// A slug is taken while an organisation holds it, and for ever once a merged organisation
/// held it: the old address keeps redirecting to the organisation it was merged into.
fn slug_taken(conn: &mut DbConn, slug: &str) -> QueryResult<bool> {
    let live: bool = diesel::select(diesel::dsl::exists(
        organisations::table.filter(organisations::slug.eq(slug)),
    ))
    .get_result(conn)?;
    Ok(live
        || diesel::select(diesel::dsl::exists(
            organisation_merges::table.filter(organisation_merges::from_slug.eq(slug)),
        ))
        .get_result(conn)?)
}

/// Records who registered the organisation (told of its approval or rejection).
pub fn set_registrant(tx: &mut Tx<'_>, id: OrganisationId, person: PersonId) -> StoreResult<()> {
    diesel::update(organisations::table.find(id.get()))
        .set(organisations::registered_by.eq(Some(person.get())))
        .execute(&mut **tx)?;
    Ok(())
}

pub fn find_by_id(conn: &mut DbConn, id: OrganisationId) -> StoreResult<Organisation> {
    let id = id.get();
    let row: OrganisationRow = organisations::table
        .find(id)
        .select(OrganisationRow::as_select())
        .first(conn)?;
    let tags = tags::organisation_tags_of(conn, &[id])?;
    row.into_domain(&tags.get(&id).cloned().unwrap_or_default())
}

/// The organisation with this slug and its internal id.
pub fn find_by_slug(conn: &mut DbConn, slug: &str) -> StoreResult<(OrganisationId, Organisation)> {
    let row: OrganisationRow = organisations::table
        .filter(organisations::slug.eq(slug))
        .select(OrganisationRow::as_select())
        .first(conn)?;
    let id = row.id;
    let tags = tags::organisation_tags_of(conn, &[id])?;
    Ok((
        OrganisationId(id),
        row.into_domain(&tags.get(&id).cloned().unwrap_or_default())?,
    ))
}

pub fn reference(conn: &mut DbConn, id: OrganisationId) -> StoreResult<OrganisationRef> {
    let id = id.get();
    let (slug, name) = organisations::table
        .find(id)
        .select((organisations::slug, organisations::name))
        .first(conn)?;
    Ok(OrganisationRef { slug, name })
}

/// Its people, deleted accounts left out.
pub fn member_count(conn: &mut DbConn, id: OrganisationId) -> StoreResult<i64> {
    let id = id.get();
    Ok(people::table
        .filter(people::organisation_id.eq(id))
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
        .count()
        .get_result(conn)?)
}

/// The directory lists active organisations only: the others are not members of the network
/// (yet, or any more) and are seen on their own pages by their people and network admins.
fn filtered(f: &OrganisationFilter) -> organisations::BoxedQuery<'static, Db> {
    let mut q = organisations::table
        .into_boxed::<Db>()
        .filter(organisations::status.eq(OrganisationStatus::Active.code()));
    for word in &f.words {
        q = q.filter(
            organisations::search_text
                .like(contains_pattern(word))
                .escape('\\'),
        );
    }
    if !f.kinds.is_empty() {
        q = q.filter(organisations::kind.eq_any(codes(&f.kinds)));
    }
    if !f.levels.is_empty() {
        q = q.filter(organisations::governance_level.eq_any(codes(&f.levels)));
    }
    if !f.countries.is_empty() {
        q = q.filter(organisations::country.eq_any(codes(&f.countries)));
    }
    if !f.contexts.is_empty() {
        q = q.filter(organisations::settlement_context.eq_any(codes(&f.contexts)));
    }
    if let Some(can_mentor) = f.can_mentor {
        q = q.filter(organisations::can_mentor.eq(can_mentor));
    }
    for (facet, values) in [(LANGUAGES, codes(&f.languages)), (THEMES, codes(&f.themes))] {
        if !values.is_empty() {
            q = q.filter(
                organisations::id.eq_any(
                    organisation_tags::table
                        .filter(organisation_tags::facet.eq(facet))
                        .filter(organisation_tags::value.eq_any(values))
                        .select(organisation_tags::organisation_id),
                ),
            );
        }
    }
    q
}

/// The members directory: one page in name order, with the total.
pub fn list(conn: &mut DbConn, f: &OrganisationFilter) -> StoreResult<OrganisationPage> {
    let total: i64 = filtered(f).count().get_result(conn)?;
    let rows: Vec<OrganisationRow> = filtered(f)
        .order((organisations::name, organisations::id))
        .limit(i64::from(f.per_page))
        .offset(i64::from(f.page - 1) * i64::from(f.per_page))
        .select(OrganisationRow::as_select())
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let tags = tags::organisation_tags_of(conn, &ids)?;
    // The page's translations in one query; each description in the reader's language.
    let translations = crate::translations::of_organisations(conn, &ids)?;
    let pref = f.lang.clone().unwrap_or_default();
    let items = rows
        .into_iter()
        .map(|r| {
            let id = r.id;
            let t = tags.get(&id).cloned().unwrap_or_default();
            let mut o = r.into_domain(&t)?;
            localise_with(&mut o, translations.get(&id), &pref);
            Ok(o)
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(OrganisationPage {
        items,
        total,
        page: f.page,
        per_page: f.per_page,
    })
}

/// The organisation's description in the reader's language where it is translated, with its
/// `translation` block.
pub fn localise(
    conn: &mut DbConn,
    id: OrganisationId,
    organisation: &mut Organisation,
    pref: &twinning_domain::translation::LanguagePreference,
) -> StoreResult<()> {
    let rows = crate::translations::of_organisations(conn, &[id.get()])?;
    localise_with(organisation, rows.get(&id.get()), pref);
    Ok(())
}

fn localise_with(
    organisation: &mut Organisation,
    rows: Option<&Vec<twinning_domain::translation::StoredTranslation>>,
    pref: &twinning_domain::translation::LanguagePreference,
) {
    use twinning_domain::translation::{Localiser, ORGANISATION_KEY_FIELD};
    let rows = rows.map_or(&[][..], Vec::as_slice);
    let mut loc = Localiser::new(
        rows,
        &organisation.source_language,
        ORGANISATION_KEY_FIELD,
        pref,
    );
    loc.field("description", &mut organisation.description);
    organisation.translation = Some(loc.finish());
}

/// Applies a validated patch. Call inside a write transaction.
pub fn update(
    tx: &mut Tx<'_>,
    id: OrganisationId,
    patch: &OrganisationPatch,
) -> StoreResult<Organisation> {
    let current = find_by_id(tx, id)?;
    let name = patch
        .name
        .as_deref()
        .map(str::trim)
        .unwrap_or(&current.name);
    let city = patch
        .city
        .as_deref()
        .map(str::trim)
        .unwrap_or(&current.city);
    let description = patch
        .description
        .as_deref()
        .map(str::trim)
        .unwrap_or(&current.description);
    let changes = OrganisationChanges {
        name: patch.name.as_ref().map(|_| name.to_owned()),
        kind: patch.kind.map(|k| k.code().to_owned()),
        governance_level: patch.governance_level.map(|l| l.code().to_owned()),
        country: patch.country.as_ref().map(|c| c.as_str().to_owned()),
        city: patch.city.as_ref().map(|_| city.to_owned()),
        settlement_context: patch.settlement_context.map(|c| c.code().to_owned()),
        description: patch.description.as_ref().map(|_| description.to_owned()),
        website: patch
            .website
            .as_deref()
            .map(|w| clean_website(Some(w)).map(str::to_owned)),
        lat: patch.location.map(|p| Some(p.lat)),
        lon: patch.location.map(|p| Some(p.lon)),
        can_mentor: patch.can_mentor,
        mentor_capacity: patch.mentor_capacity.map(|c| c as i32),
        search_text: Some(search_text(&[name, city, description])),
        updated_at: Some(tx.now_naive()),
        time_zone: patch.time_zone.as_deref().map(|z| z.trim().to_owned()),
        name_key: patch.name.as_ref().map(|_| name_key(name)),
        source_language: patch
            .source_language
            .as_ref()
            .map(|l| l.as_str().to_owned()),
    };
    diesel::update(organisations::table.find(id.get()))
        .set(changes)
        .execute(&mut **tx)?;
    let mut tags: Tags = Vec::new();
    if let Some(languages) = &patch.languages {
        tags.push((LANGUAGES.to_owned(), codes(languages)));
    }
    if let Some(themes) = &patch.themes {
        tags.push((THEMES.to_owned(), codes(themes)));
    }
    tags::set_organisation_tags(tx, id.get(), &tags)?;
    refresh_search(tx, id)?;
    find_by_id(tx, id)
}

/// Recomputes what the directory's words search in: name, city, the description and its
/// translations. Call inside a write transaction after one of them changes.
pub fn refresh_search(tx: &mut Tx<'_>, id: OrganisationId) -> StoreResult<()> {
    let o = find_by_id(tx, id)?;
    let translations = crate::translations::of_organisations(tx, &[id.get()])?;
    let mut parts: Vec<&str> = vec![&o.name, &o.city, &o.description];
    for row in translations.get(&id.get()).into_iter().flatten() {
        parts.push(&row.body);
    }
    diesel::update(organisations::table.find(id.get()))
        .set(organisations::search_text.eq(search_text(&parts)))
        .execute(&mut **tx)?;
    Ok(())
}
