//! Partner API keys. Only the SHA-256 of a key is kept (keys are 256-bit random, so a fast
//! hash is enough), with a short prefix to recognise it by; the secret itself never reaches
//! the database.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use twinning_domain::api_key::{ApiKey, ApiKeyPage, Paging};
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::principal::Scope;
use twinning_domain::{ApiKeyId, OrganisationId, PersonId};

use crate::dialect;
use crate::schema::{api_keys, organisations};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// A key records its use at most this often, so a busy key does not write on every request.
pub const TOUCH_EVERY: Duration = Duration::seconds(60);

pub struct NewKeyRecord<'a> {
    pub organisation_id: OrganisationId,
    pub name: &'a str,
    pub prefix: &'a str,
    pub secret_hash: &'a str,
    pub scopes: &'a [Scope],
    /// The person accountable for what the key does.
    pub created_by: PersonId,
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Insertable)]
#[diesel(table_name = api_keys)]
struct KeyInsert<'a> {
    organisation_id: i64,
    name: &'a str,
    prefix: &'a str,
    secret_hash: &'a str,
    scopes: String,
    created_by: i64,
    created_at: NaiveDateTime,
    expires_at: Option<NaiveDateTime>,
}

fn scopes_text(scopes: &[Scope]) -> String {
    let codes: Vec<&str> = scopes.iter().map(|s| s.code()).collect();
    codes.join(",")
}

fn parse_scopes(id: i64, text: &str) -> StoreResult<Vec<Scope>> {
    text.split(',')
        .filter(|c| !c.is_empty())
        .map(|c| {
            Scope::parse(c).map_err(|e| StoreError::Corrupt(format!("scopes of API key {id}: {e}")))
        })
        .collect()
}

/// Stores a new key and returns it as listed.
pub fn insert(tx: &mut Tx<'_>, new: &NewKeyRecord<'_>) -> StoreResult<ApiKey> {
    let id: i64 = diesel::insert_into(api_keys::table)
        .values(KeyInsert {
            organisation_id: new.organisation_id.get(),
            name: new.name.trim(),
            prefix: new.prefix,
            secret_hash: new.secret_hash,
            scopes: scopes_text(new.scopes),
            created_by: new.created_by.get(),
            created_at: tx.now_naive(),
            expires_at: new.expires_at.map(|t| t.naive_utc()),
        })
        .returning(api_keys::id)
        .get_result(&mut **tx)?;
    Ok(get(tx, ApiKeyId(id))?.1)
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = api_keys)]
struct KeyRow {
    id: i64,
    organisation_id: i64,
    name: String,
    prefix: String,
    scopes: String,
    created_at: NaiveDateTime,
    last_used_at: Option<NaiveDateTime>,
    expires_at: Option<NaiveDateTime>,
    revoked_at: Option<NaiveDateTime>,
}

impl KeyRow {
    fn into_domain(self, slug: String, org_name: String) -> StoreResult<ApiKey> {
        Ok(ApiKey {
            id: ApiKeyId(self.id),
            scopes: parse_scopes(self.id, &self.scopes)?,
            name: self.name,
            prefix: self.prefix,
            organisation: OrganisationRef {
                slug,
                name: org_name,
            },
            created_at: utc(self.created_at),
            last_used_at: self.last_used_at.map(utc),
            expires_at: self.expires_at.map(utc),
            revoked_at: self.revoked_at.map(utc),
        })
    }
}

/// One key with its organisation's id.
pub fn get(conn: &mut DbConn, id: ApiKeyId) -> StoreResult<(OrganisationId, ApiKey)> {
    let (row, slug, name): (KeyRow, String, String) = api_keys::table
        .inner_join(organisations::table)
        .filter(api_keys::id.eq(id.get()))
        .select((
            KeyRow::as_select(),
            organisations::slug,
            organisations::name,
        ))
        .first(conn)?;
    Ok((
        OrganisationId(row.organisation_id),
        row.into_domain(slug, name)?,
    ))
}

/// A page of keys, newest first: an organisation's, or every key when `organisation` is
/// `None` (network admins). Counts in the database and reads only the page.
pub fn page(
    conn: &mut DbConn,
    organisation: Option<OrganisationId>,
    paging: Paging,
) -> StoreResult<ApiKeyPage> {
    let filtered = || {
        let mut q = api_keys::table.into_boxed();
        if let Some(org) = organisation {
            q = q.filter(api_keys::organisation_id.eq(org.get()));
        }
        q
    };
    let total: i64 = filtered().count().get_result(conn)?;
    let rows: Vec<(KeyRow, String, String)> = {
        let mut q = api_keys::table
            .inner_join(organisations::table)
            .into_boxed();
        if let Some(org) = organisation {
            q = q.filter(api_keys::organisation_id.eq(org.get()));
        }
        q.order(api_keys::id.desc())
            .offset(paging.offset())
            .limit(i64::from(paging.per_page))
            .select((
                KeyRow::as_select(),
                organisations::slug,
                organisations::name,
            ))
            .load(conn)?
    };
    let items = rows
        .into_iter()
        .map(|(row, slug, name)| row.into_domain(slug, name))
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(ApiKeyPage {
        items,
        total,
        page: paging.page,
        per_page: paging.per_page,
    })
}

/// Revokes a key that is not revoked yet. False when it already was (or does not exist):
/// the update's guard decides, so two revocations racing record one.
pub fn revoke(tx: &mut Tx<'_>, id: ApiKeyId) -> StoreResult<bool> {
    let now = tx.now_naive();
    dialect::guarded_update(
        tx,
        diesel::update(
            api_keys::table
                .find(id.get())
                .filter(api_keys::revoked_at.is_null()),
        )
        .set(api_keys::revoked_at.eq(Some(now))),
    )
}

/// What authentication needs to know of a key.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyCredential {
    pub id: ApiKeyId,
    pub organisation_id: OrganisationId,
    pub scopes: Vec<Scope>,
    pub created_by: PersonId,
    pub last_used_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl KeyCredential {
    /// Whether the key may authenticate at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|t| now < t)
    }

    /// Whether its last use is old enough to be recorded again.
    pub fn use_is_stale(&self, now: DateTime<Utc>) -> bool {
        self.last_used_at.is_none_or(|t| t + TOUCH_EVERY <= now)
    }
}

/// The key whose secret hashes to `secret_hash`, revoked and expired ones included (the
/// caller refuses them).
pub fn by_hash(conn: &mut DbConn, secret_hash: &str) -> StoreResult<Option<KeyCredential>> {
    #[allow(clippy::type_complexity)]
    let row: Option<(
        i64,
        i64,
        String,
        i64,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
    )> = api_keys::table
        .filter(api_keys::secret_hash.eq(secret_hash))
        .select((
            api_keys::id,
            api_keys::organisation_id,
            api_keys::scopes,
            api_keys::created_by,
            api_keys::last_used_at,
            api_keys::expires_at,
            api_keys::revoked_at,
        ))
        .first(conn)
        .optional()?;
    row.map(
        |(id, org, scopes, created_by, last_used, expires, revoked)| {
            Ok(KeyCredential {
                id: ApiKeyId(id),
                organisation_id: OrganisationId(org),
                scopes: parse_scopes(id, &scopes)?,
                created_by: PersonId(created_by),
                last_used_at: last_used.map(utc),
                expires_at: expires.map(utc),
                revoked_at: revoked.map(utc),
            })
        },
    )
    .transpose()
}

/// Records that the key was used now, unless it was within `TOUCH_EVERY`: the guard makes
/// concurrent requests of one key write once. True when it wrote.
pub fn touch(tx: &mut Tx<'_>, id: ApiKeyId) -> StoreResult<bool> {
    let now = tx.now_naive();
    let stale_before = now - TOUCH_EVERY;
    dialect::guarded_update(
        tx,
        diesel::update(
            api_keys::table.find(id.get()).filter(
                api_keys::last_used_at
                    .is_null()
                    .or(api_keys::last_used_at.le(stale_before)),
            ),
        )
        .set(api_keys::last_used_at.eq(Some(now))),
    )
}
