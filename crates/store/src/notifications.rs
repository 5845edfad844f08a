//! In-app notifications and each person's mail preferences per kind of notification.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::notify::{
    Audience, Delivery, Notification, NotificationKind, NotificationPage, Preferences,
};
use twinning_domain::{EventId, NotificationId, OrganisationId, PersonId, Role};

use crate::dialect::insert_if_absent;
use crate::schema::{notification_preferences, notifications, organisations, people};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// What became of a notification by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailState {
    /// The person wants no mail of this kind.
    None,
    /// A mail was queued at once.
    Immediate,
    /// Waits for the weekly digest.
    Digest,
    /// Went out in a digest.
    Digested,
}

impl MailState {
    pub const fn code(self) -> &'static str {
        match self {
            MailState::None => "none",
            MailState::Immediate => "immediate",
            MailState::Digest => "digest",
            MailState::Digested => "digested",
        }
    }

    pub fn for_delivery(d: Delivery) -> MailState {
        match d {
            Delivery::Immediate => MailState::Immediate,
            Delivery::Weekly => MailState::Digest,
            Delivery::Never => MailState::None,
        }
    }
}

pub struct NewNotification<'a> {
    pub person: PersonId,
    pub event: EventId,
    pub kind: NotificationKind,
    pub title: &'a str,
    pub body: &'a str,
    pub link: Option<&'a str>,
    pub mail_state: MailState,
}

#[derive(Insertable)]
#[diesel(table_name = notifications)]
struct NotificationInsert<'a> {
    person_id: i64,
    event_id: i64,
    kind: &'a str,
    title: &'a str,
    body: &'a str,
    link: Option<&'a str>,
    mail_state: &'a str,
    created_at: NaiveDateTime,
}

/// Adds a notification unless the same event already notified this person of this kind
/// (a job run twice notifies once). True when it was added.
pub fn insert(tx: &mut Tx<'_>, n: &NewNotification<'_>) -> StoreResult<bool> {
    let now = tx.now_naive();
    let insert = diesel::insert_into(notifications::table).values(NotificationInsert {
        person_id: n.person.get(),
        event_id: n.event.get(),
        kind: n.kind.code(),
        title: n.title,
        body: n.body,
        link: n.link,
        mail_state: n.mail_state.code(),
        created_at: now,
    });
    insert_if_absent!(tx, insert)
}

/// The people an audience names, in id order, each with how they want `kind` by mail.
pub fn audience(
    conn: &mut DbConn,
    audience: Audience,
    organisations: &[OrganisationId],
    kind: NotificationKind,
) -> StoreResult<Vec<(PersonId, Delivery)>> {
    let orgs: Vec<i64> = organisations.iter().map(|o| o.get()).collect();
    // Each person's choice for `kind` comes in the same query (no query per person).
    let mut q = people::table
        .left_join(
            notification_preferences::table.on(notification_preferences::person_id
                .eq(people::id)
                .and(notification_preferences::kind.eq(kind.code()))),
        )
        .select((people::id, notification_preferences::delivery.nullable()))
        .order(people::id)
        .into_boxed();
    q = match audience {
        Audience::NetworkAdmins => q.filter(people::is_network_admin.eq(true)),
        Audience::ConcernedPeople => q.filter(people::organisation_id.eq_any(orgs)),
        Audience::ConcernedOrgAdmins => q
            .filter(people::organisation_id.eq_any(orgs))
            .filter(people::role.eq(Role::OrgAdmin.code())),
        Audience::Registrant => q.filter(
            people::id.nullable().eq_any(
                organisations::table
                    .filter(organisations::id.eq_any(orgs))
                    .select(organisations::registered_by),
            ),
        ),
    };
    // Deleted, removed and disabled accounts hear of nothing.
    q = q
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
        .filter(people::disabled_at.is_null());
    q.load::<(i64, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, chosen)| {
            let delivery = match chosen {
                Some(d) => Delivery::parse(&d).map_err(StoreError::corrupt)?,
                None => kind.default_delivery(),
            };
            Ok((PersonId(id), delivery))
        })
        .collect()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = notifications)]
struct NotificationRow {
    id: i64,
    kind: String,
    title: String,
    body: String,
    link: Option<String>,
    read_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

impl NotificationRow {
    fn into_domain(self) -> StoreResult<Notification> {
        Ok(Notification {
            id: NotificationId(self.id),
            kind: NotificationKind::parse(&self.kind).map_err(StoreError::corrupt)?,
            title: self.title,
            body: self.body,
            link: self.link,
            created_at: utc(self.created_at),
            read_at: self.read_at.map(utc),
        })
    }
}

/// The person's notifications, newest first, before `before` when given.
pub fn page(
    conn: &mut DbConn,
    person: PersonId,
    before: Option<NotificationId>,
    limit: i64,
) -> StoreResult<NotificationPage> {
    let mut q = notifications::table
        .filter(notifications::person_id.eq(person.get()))
        .order(notifications::id.desc())
        .limit(limit + 1)
        .select(NotificationRow::as_select())
        .into_boxed();
    if let Some(before) = before {
        q = q.filter(notifications::id.lt(before.get()));
    }
    let mut rows = q.load(conn)?;
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    let items = rows
        .into_iter()
        .map(NotificationRow::into_domain)
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(NotificationPage {
        next_cursor: if more {
            items.last().map(|n| n.id.to_string())
        } else {
            None
        },
        items,
        unread: unread(conn, person)?,
    })
}

pub fn unread(conn: &mut DbConn, person: PersonId) -> StoreResult<i64> {
    Ok(notifications::table
        .filter(notifications::person_id.eq(person.get()))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Marks the person's notifications read: those of `ids`, or all when `ids` is `None`. Ids
/// of other people's notifications are ignored. Returns how many changed.
pub fn mark_read(
    tx: &mut Tx<'_>,
    person: PersonId,
    ids: Option<&[NotificationId]>,
) -> StoreResult<usize> {
    let now = tx.now_naive();
    let mut q = diesel::update(notifications::table)
        .filter(notifications::person_id.eq(person.get()))
        .filter(notifications::read_at.is_null())
        .into_boxed();
    if let Some(ids) = ids {
        let ids: Vec<i64> = ids.iter().map(|i| i.get()).collect();
        q = q.filter(notifications::id.eq_any(ids));
    }
    Ok(q.set(notifications::read_at.eq(Some(now)))
        .execute(&mut **tx)?)
}

/// The person's preferences, every kind present (defaults where they chose nothing).
pub fn preferences(conn: &mut DbConn, person: PersonId) -> StoreResult<Preferences> {
    let rows: Vec<(String, String)> = notification_preferences::table
        .filter(notification_preferences::person_id.eq(person.get()))
        .select((
            notification_preferences::kind,
            notification_preferences::delivery,
        ))
        .load(conn)?;
    let mut prefs = Preferences::defaults();
    for (kind, delivery) in rows {
        // A kind retired by a later version is ignored rather than failing the whole page.
        if let (Ok(k), Ok(d)) = (NotificationKind::parse(&kind), Delivery::parse(&delivery)) {
            prefs.notifications.insert(k, d);
        }
    }
    Ok(prefs)
}

/// Sets the person's choice for each kind named in `prefs`; other kinds keep theirs. An
/// insert-if-absent then an update, so two identical requests racing both succeed.
pub fn set_preferences(tx: &mut Tx<'_>, person: PersonId, prefs: &Preferences) -> StoreResult<()> {
    for (kind, delivery) in &prefs.notifications {
        let insert = diesel::insert_into(notification_preferences::table).values((
            notification_preferences::person_id.eq(person.get()),
            notification_preferences::kind.eq(kind.code()),
            notification_preferences::delivery.eq(delivery.code()),
        ));
        if !insert_if_absent!(tx, insert)? {
            diesel::update(
                notification_preferences::table
                    .filter(notification_preferences::person_id.eq(person.get()))
                    .filter(notification_preferences::kind.eq(kind.code())),
            )
            .set(notification_preferences::delivery.eq(delivery.code()))
            .execute(&mut **tx)?;
        }
    }
    Ok(())
}
