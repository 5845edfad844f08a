//! The event outbox: every change that matters writes its event here, in its own
//! transaction. Reading turns rows back into the API's `Event`, with the actor's name and the
//! organisations concerned, a page at a time.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::event::{Actor, ActorKind, Event, EventPage, EventType, Subject, SubjectKind};
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::principal::Principal;
use twinning_domain::{EventId, OrganisationId, OrganisationStatus, PracticeStatus};

use crate::schema::{api_keys, event_organisations, events, organisations, people, practices};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// An event to record. `payload` is the API-shaped snapshot of the subject now.
pub struct NewEvent<'a> {
    pub event_type: EventType,
    pub subject_id: i64,
    pub subject_slug: Option<&'a str>,
    pub actor: &'a Principal,
    pub organisations: &'a [OrganisationId],
    pub payload: serde_json::Value,
}

#[derive(Insertable)]
#[diesel(table_name = events)]
struct EventInsert<'a> {
    event_type: &'a str,
    subject_kind: &'a str,
    subject_id: i64,
    subject_slug: Option<&'a str>,
    actor_kind: &'a str,
    actor_person_id: Option<i64>,
    actor_api_key_id: Option<i64>,
    is_public: bool,
    payload: String,
    occurred_at: NaiveDateTime,
}

/// Writes the event in the caller's transaction: if the change rolls back, so does its event.
pub fn record(tx: &mut Tx<'_>, new: &NewEvent<'_>) -> StoreResult<EventId> {
    let (actor_kind, person, key) = match new.actor {
        Principal::Person(p) => (ActorKind::Person, Some(p.person_id.get()), None),
        // The key's accountable person is recorded beside it, as in the practice trail.
        Principal::ApiKey(k) => (
            ActorKind::ApiKey,
            Some(k.on_behalf_of.get()),
            Some(k.key_id.get()),
        ),
        Principal::System | Principal::Anonymous => (ActorKind::System, None, None),
    };
    let now = tx.now_naive();
    let id: i64 = diesel::insert_into(events::table)
        .values(EventInsert {
            event_type: new.event_type.code(),
            subject_kind: new.event_type.subject_kind().code(),
            subject_id: new.subject_id,
            subject_slug: new.subject_slug,
            actor_kind: actor_kind.code(),
            actor_person_id: person,
            actor_api_key_id: key,
            is_public: new.event_type.is_public(),
            payload: new.payload.to_string(),
            occurred_at: now,
        })
        .returning(events::id)
        .get_result(&mut **tx)?;
    let mut orgs = new.organisations.to_vec();
    orgs.sort();
    orgs.dedup();
    for org in orgs {
        diesel::insert_into(event_organisations::table)
            .values((
                event_organisations::event_id.eq(id),
                event_organisations::organisation_id.eq(org.get()),
            ))
            .execute(&mut **tx)?;
    }
    Ok(EventId(id))
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = events)]
struct EventRow {
    id: i64,
    event_type: String,
    subject_kind: String,
    subject_id: i64,
    subject_slug: Option<String>,
    actor_kind: String,
    payload: String,
    occurred_at: NaiveDateTime,
}

/// The event's organisations, as ids, for notification rules.
pub fn organisations_of(conn: &mut DbConn, event: EventId) -> StoreResult<Vec<OrganisationId>> {
    Ok(event_organisations::table
        .filter(event_organisations::event_id.eq(event.get()))
        .select(event_organisations::organisation_id)
        .order(event_organisations::organisation_id)
        .load::<i64>(conn)?
        .into_iter()
        .map(OrganisationId)
        .collect())
}

/// The person who caused the event, if a person (or a key's accountable person) did.
pub fn actor_person(conn: &mut DbConn, event: EventId) -> StoreResult<Option<i64>> {
    Ok(events::table
        .find(event.get())
        .select(events::actor_person_id)
        .first(conn)?)
}

/// Which events a feed shows.
#[derive(Debug, Clone, Copy)]
pub enum Feed {
    /// The network's public activity.
    Public,
    /// Events concerning one organisation; `private` adds those only insiders see.
    Organisation { id: OrganisationId, private: bool },
}

/// A page of a feed, newest first, before the event `before` when given. `next_cursor` is the
/// id of the page's last event: ids only grow, so paging by it neither repeats nor skips.
pub fn feed(
    conn: &mut DbConn,
    feed: Feed,
    before: Option<EventId>,
    limit: i64,
) -> StoreResult<EventPage> {
    let mut q = events::table
        .left_join(people::table.on(people::id.nullable().eq(events::actor_person_id)))
        .left_join(api_keys::table.on(api_keys::id.nullable().eq(events::actor_api_key_id)))
        .select((
            EventRow::as_select(),
            people::name.nullable(),
            api_keys::name.nullable(),
        ))
        .order(events::id.desc())
        .limit(limit + 1)
        .into_boxed();
    let private = match feed {
        Feed::Public => false,
        Feed::Organisation { id, private } => {
            q = q.filter(
                events::id.eq_any(
                    event_organisations::table
                        .filter(event_organisations::organisation_id.eq(id.get()))
                        .select(event_organisations::event_id),
                ),
            );
            private
        }
    };
    if !private {
        // A practice archived since its publication is no longer public: its events leave
        // the public feeds with it.
        q = q.filter(events::is_public.eq(true)).filter(
            events::subject_kind
                .ne(SubjectKind::Practice.code())
                .or(events::subject_id.eq_any(
                    practices::table
                        .filter(practices::status.eq(PracticeStatus::Published.code()))
                        .select(practices::id),
                )),
        );
        // Nothing about an organisation that is not active (awaiting approval, rejected,
        // suspended) reaches the public: not its registration, not its practices.
        q = q.filter(
            events::id.ne_all(
                event_organisations::table
                    .inner_join(organisations::table)
                    .filter(organisations::status.ne(OrganisationStatus::Active.code()))
                    .select(event_organisations::event_id),
            ),
        );
    }
    if let Some(before) = before {
        q = q.filter(events::id.lt(before.get()));
    }
    let mut rows: Vec<(EventRow, Option<String>, Option<String>)> = q.load(conn)?;
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    let items = to_events(conn, rows)?;
    let next_cursor = if more {
        items.last().map(|e| e.id.to_string())
    } else {
        None
    };
    Ok(EventPage { items, next_cursor })
}

/// One event by id, for the worker.
pub fn by_id(conn: &mut DbConn, id: EventId) -> StoreResult<Event> {
    let rows: Vec<(EventRow, Option<String>, Option<String>)> = events::table
        .left_join(people::table.on(people::id.nullable().eq(events::actor_person_id)))
        .left_join(api_keys::table.on(api_keys::id.nullable().eq(events::actor_api_key_id)))
        .filter(events::id.eq(id.get()))
        .select((
            EventRow::as_select(),
            people::name.nullable(),
            api_keys::name.nullable(),
        ))
        .load(conn)?;
    to_events(conn, rows)?.pop().ok_or(StoreError::NotFound)
}

fn to_events(
    conn: &mut DbConn,
    rows: Vec<(EventRow, Option<String>, Option<String>)>,
) -> StoreResult<Vec<Event>> {
    let ids: Vec<i64> = rows.iter().map(|(r, _, _)| r.id).collect();
    let orgs: Vec<(i64, String, String)> = event_organisations::table
        .inner_join(organisations::table)
        .filter(event_organisations::event_id.eq_any(&ids))
        .order((event_organisations::event_id, organisations::name))
        .select((
            event_organisations::event_id,
            organisations::slug,
            organisations::name,
        ))
        .load(conn)?;
    let mut by_event: HashMap<i64, Vec<OrganisationRef>> = HashMap::new();
    for (event, slug, name) in orgs {
        by_event
            .entry(event)
            .or_default()
            .push(OrganisationRef { slug, name });
    }
    rows.into_iter()
        .map(|(row, person, key)| {
            let corrupt = StoreError::corrupt;
            let kind = ActorKind::parse(&row.actor_kind).map_err(corrupt)?;
            Ok(Event {
                id: EventId(row.id),
                event_type: EventType::parse(&row.event_type).map_err(corrupt)?,
                subject: Subject {
                    kind: SubjectKind::parse(&row.subject_kind).map_err(corrupt)?,
                    id: row.subject_id,
                    slug: row.subject_slug,
                },
                actor: Actor {
                    kind,
                    name: match kind {
                        ActorKind::Person => person,
                        ActorKind::ApiKey => key,
                        ActorKind::System => Some("Twinning".to_owned()),
                    },
                },
                organisations: by_event.remove(&row.id).unwrap_or_default(),
                payload: serde_json::from_str(&row.payload).map_err(|e| {
                    StoreError::Corrupt(format!("payload of event {}: {e}", row.id))
                })?,
                occurred_at: utc(row.occurred_at),
            })
        })
        .collect()
}
