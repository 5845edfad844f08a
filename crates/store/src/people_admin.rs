//! People as network admins find and look after them: a searched, paged list counted in the
//! database, and the account switches only they hold.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use twinning_domain::admin_people::{AdminPerson, AdminPersonPage, PeopleFilter};
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::{OrganisationStatus, PersonId, Role};

use crate::schema::{organisations, people};
use crate::text::contains_pattern;
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

type Db = <DbConn as Connection>::Backend;

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

#[derive(Queryable, Selectable)]
#[diesel(table_name = people)]
struct PersonRow {
    id: i64,
    name: String,
    email: String,
    role: String,
    is_network_admin: bool,
    email_verified_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    last_seen_at: Option<NaiveDateTime>,
    disabled_at: Option<NaiveDateTime>,
    removed_at: Option<NaiveDateTime>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = organisations)]
struct OrganisationCols {
    slug: String,
    name: String,
    status: String,
}

type Row = (PersonRow, OrganisationCols);

fn filtered(
    f: &PeopleFilter,
) -> diesel::dsl::IntoBoxed<'static, diesel::dsl::InnerJoin<people::table, organisations::table>, Db>
{
    let mut q = people::table
        .inner_join(organisations::table)
        .into_boxed::<Db>()
        .filter(people::deleted_at.is_null());
    // Each word in the name, the address or the organisation's name. `lower` on both sides
    // so PostgreSQL (whose LIKE minds case) and SQLite answer alike.
    for word in &f.words {
        let pattern = contains_pattern(word);
        q = q.filter(
            lower(people::name)
                .like(pattern.clone())
                .escape('\\')
                .or(people::email.like(pattern.clone()).escape('\\'))
                .or(lower(organisations::name).like(pattern).escape('\\')),
        );
    }
    q
}

/// One page of people matching the filter, newest accounts first.
pub fn search(conn: &mut DbConn, f: &PeopleFilter) -> StoreResult<AdminPersonPage> {
    let total: i64 = filtered(f).count().get_result(conn)?;
    let rows: Vec<Row> = filtered(f)
        .order((people::created_at.desc(), people::id.desc()))
        .limit(i64::from(f.per_page))
        .offset(i64::from(f.page - 1) * i64::from(f.per_page))
        .select((PersonRow::as_select(), OrganisationCols::as_select()))
        .load(conn)?;
    let items = rows
        .into_iter()
        .map(into_person)
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(AdminPersonPage {
        items,
        total,
        page: f.page,
        per_page: f.per_page,
    })
}

fn into_person((p, o): Row) -> StoreResult<AdminPerson> {
    Ok(AdminPerson {
        id: PersonId(p.id),
        name: p.name,
        email: p.email,
        organisation: OrganisationRef {
            slug: o.slug,
            name: o.name,
        },
        organisation_status: OrganisationStatus::parse(&o.status).map_err(StoreError::corrupt)?,
        role: Role::parse(&p.role).map_err(StoreError::corrupt)?,
        is_network_admin: p.is_network_admin,
        email_verified: p.email_verified_at.is_some(),
        created_at: utc(p.created_at),
        last_seen_at: p.last_seen_at.map(utc),
        disabled_at: p.disabled_at.map(utc),
        removed_at: p.removed_at.map(utc),
    })
}

/// One person as network admins see them (deleted accounts: not found).
pub fn view(conn: &mut DbConn, person: PersonId) -> StoreResult<AdminPerson> {
    let row: Row = people::table
        .inner_join(organisations::table)
        .filter(people::id.eq(person.get()))
        .filter(people::deleted_at.is_null())
        .select((PersonRow::as_select(), OrganisationCols::as_select()))
        .first(conn)?;
    into_person(row)
}

/// Disables or enables an account; false when it already was.
pub fn set_disabled(tx: &mut Tx<'_>, person: PersonId, disabled: bool) -> StoreResult<bool> {
    let now = tx.now_naive();
    let target = people::table
        .find(person.get())
        .filter(people::deleted_at.is_null());
    let n = if disabled {
        diesel::update(target.filter(people::disabled_at.is_null()))
            .set(people::disabled_at.eq(Some(now)))
            .execute(&mut **tx)?
    } else {
        diesel::update(target.filter(people::disabled_at.is_not_null()))
            .set(people::disabled_at.eq(None::<NaiveDateTime>))
            .execute(&mut **tx)?
    };
    Ok(n == 1)
}

/// Grants or withdraws network-admin rights; false when the person already stood so.
pub fn set_network_admin(tx: &mut Tx<'_>, person: PersonId, grant: bool) -> StoreResult<bool> {
    let n = diesel::update(
        people::table
            .find(person.get())
            .filter(people::deleted_at.is_null())
            .filter(people::is_network_admin.ne(grant)),
    )
    .set(people::is_network_admin.eq(grant))
    .execute(&mut **tx)?;
    Ok(n == 1)
}

/// How many people hold network-admin rights and may use them (not disabled, removed or
/// deleted).
pub fn network_admin_count(conn: &mut DbConn) -> StoreResult<i64> {
    Ok(people::table
        .filter(people::is_network_admin.eq(true))
        .filter(people::deleted_at.is_null())
        .filter(people::removed_at.is_null())
        .filter(people::disabled_at.is_null())
        .count()
        .get_result(conn)?)
}
