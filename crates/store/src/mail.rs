//! The mail outbox and the weekly digests. A mail row is written in the transaction of what
//! causes it; the `send_mail` job hands it to the SMTP server and marks it with guarded
//! updates, so a job run twice never sends or counts a mail twice.

use chrono::NaiveDateTime;
use diesel::dsl::{count_star, max};
use diesel::prelude::*;
use twinning_domain::notify::{Mail, MailPage, MailStatus, NotificationKind};
use twinning_domain::outbox::MailFilter;
use twinning_domain::{MailId, NotificationId, PersonId};

use crate::dialect::{self, insert_if_absent};
use crate::notifications::MailState;
use crate::schema::{digests, mail_outbox, notifications};
use crate::tx::Tx;
use crate::{utc, DbConn, StoreError, StoreResult};

/// What the admins' listing shows in place of a single-use secret.
pub const REDACTED: &str = "[redacted]";

pub struct NewMail<'a> {
    pub person: Option<PersonId>,
    pub to: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: &'a str,
    /// A notification kind's code, `digest` or `account`.
    pub category: &'a str,
    pub unsubscribe_url: Option<&'a str>,
    /// Single-use secrets the bodies hold (invitation codes, reset links).
    pub secrets: &'a [String],
}

#[derive(Insertable)]
#[diesel(table_name = mail_outbox)]
struct MailInsert<'a> {
    person_id: Option<i64>,
    to_address: &'a str,
    subject: &'a str,
    body_text: &'a str,
    body_html: &'a str,
    category: &'a str,
    unsubscribe_url: Option<&'a str>,
    secrets: String,
    status: &'a str,
    attempts: i32,
    created_at: NaiveDateTime,
}

/// Queues a mail in the caller's transaction.
pub fn insert(tx: &mut Tx<'_>, mail: &NewMail<'_>) -> StoreResult<MailId> {
    let now = tx.now_naive();
    let secrets = serde_json::to_string(mail.secrets)
        .map_err(|e| StoreError::Corrupt(format!("mail secrets: {e}")))?;
    let id: i64 = diesel::insert_into(mail_outbox::table)
        .values(MailInsert {
            person_id: mail.person.map(PersonId::get),
            to_address: mail.to,
            subject: mail.subject,
            body_text: mail.body_text,
            body_html: mail.body_html,
            category: mail.category,
            unsubscribe_url: mail.unsubscribe_url,
            secrets,
            status: MailStatus::Queued.code(),
            attempts: 0,
            created_at: now,
        })
        .returning(mail_outbox::id)
        .get_result(&mut **tx)?;
    Ok(MailId(id))
}

/// A mail as the sender needs it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mail_outbox)]
pub struct Outgoing {
    #[diesel(deserialize_as = i64)]
    pub id: MailId,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub unsubscribe_url: Option<String>,
    status: String,
}

impl Outgoing {
    pub fn status(&self) -> StoreResult<MailStatus> {
        MailStatus::parse(&self.status).map_err(StoreError::corrupt)
    }
}

pub fn outgoing(conn: &mut DbConn, id: MailId) -> StoreResult<Outgoing> {
    Ok(mail_outbox::table
        .find(id.get())
        .select(Outgoing::as_select())
        .first(conn)?)
}

/// The statuses from which a mail may still go out: queued, or failed and retried by an
/// admin from the jobs screen.
fn sendable() -> [&'static str; 2] {
    [MailStatus::Queued.code(), MailStatus::Failed.code()]
}

/// Records that the SMTP server took the mail. False when it was already marked (another
/// worker's run of the same job).
pub fn mark_sent(tx: &mut Tx<'_>, id: MailId) -> StoreResult<bool> {
    let now = tx.now_naive();
    dialect::guarded_update(
        tx,
        diesel::update(
            mail_outbox::table
                .find(id.get())
                .filter(mail_outbox::status.eq_any(sendable())),
        )
        .set((
            mail_outbox::status.eq(MailStatus::Sent.code()),
            mail_outbox::attempts.eq(mail_outbox::attempts + 1),
            mail_outbox::last_error.eq(None::<String>),
            mail_outbox::sent_at.eq(Some(now)),
        )),
    )
}

/// No SMTP server is configured: the mail stays in the outbox for admins to read.
pub fn mark_kept(tx: &mut Tx<'_>, id: MailId) -> StoreResult<bool> {
    dialect::guarded_update(
        tx,
        diesel::update(
            mail_outbox::table
                .find(id.get())
                .filter(mail_outbox::status.eq_any(sendable())),
        )
        .set(mail_outbox::status.eq(MailStatus::Kept.code())),
    )
}

/// Records a refused or failed delivery; after the last attempt the mail is `failed`.
pub fn record_failure(tx: &mut Tx<'_>, id: MailId, error: &str, last: bool) -> StoreResult<()> {
    let error: String = error.chars().take(2000).collect();
    let status = if last {
        MailStatus::Failed
    } else {
        MailStatus::Queued
    };
    diesel::update(
        mail_outbox::table
            .find(id.get())
            .filter(mail_outbox::status.eq_any(sendable())),
    )
    .set((
        mail_outbox::status.eq(status.code()),
        mail_outbox::attempts.eq(mail_outbox::attempts + 1),
        mail_outbox::last_error.eq(Some(error)),
    ))
    .execute(&mut **tx)?;
    Ok(())
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = mail_outbox)]
struct MailRow {
    id: i64,
    to_address: String,
    subject: String,
    body_text: String,
    body_html: String,
    category: String,
    secrets: String,
    status: String,
    attempts: i32,
    last_error: Option<String>,
    created_at: NaiveDateTime,
    sent_at: Option<NaiveDateTime>,
}

fn redact(text: String, secrets: &[String]) -> String {
    secrets
        .iter()
        .filter(|s| !s.is_empty())
        .fold(text, |t, s| t.replace(s.as_str(), REDACTED))
}

impl MailRow {
    fn into_domain(self, redact_secrets: bool) -> StoreResult<Mail> {
        let secrets: Vec<String> = if redact_secrets {
            serde_json::from_str(&self.secrets)
                .map_err(|e| StoreError::Corrupt(format!("secrets of mail {}: {e}", self.id)))?
        } else {
            Vec::new()
        };
        Ok(Mail {
            id: MailId(self.id),
            to: self.to_address,
            subject: redact(self.subject, &secrets),
            body_text: redact(self.body_text, &secrets),
            body_html: redact(self.body_html, &secrets),
            category: self.category,
            status: MailStatus::parse(&self.status).map_err(StoreError::corrupt)?,
            attempts: self.attempts,
            last_error: self.last_error,
            created_at: utc(self.created_at),
            sent_at: self.sent_at.map(utc),
        })
    }
}

/// The outbox, newest first. With `redact_secrets`, the single-use secrets a mail holds are
/// replaced by `[redacted]`.
pub fn page(conn: &mut DbConn, filter: &MailFilter, redact_secrets: bool) -> StoreResult<MailPage> {
    let filtered = || {
        let mut q = mail_outbox::table.into_boxed();
        if let Some(status) = filter.status {
            q = q.filter(mail_outbox::status.eq(status.code()));
        }
        q
    };
    let total: i64 = filtered().count().get_result(conn)?;
    let rows: Vec<MailRow> = filtered()
        .order(mail_outbox::id.desc())
        .offset(i64::from(filter.page.saturating_sub(1)) * i64::from(filter.per_page))
        .limit(i64::from(filter.per_page))
        .select(MailRow::as_select())
        .load(conn)?;
    Ok(MailPage {
        items: rows
            .into_iter()
            .map(|r| r.into_domain(redact_secrets))
            .collect::<StoreResult<_>>()?,
        total,
        page: filter.page,
        per_page: filter.per_page,
    })
}

const DIGEST_STATE: &str = MailState::Digest.code();

/// People with notifications waiting for the digest, after `after`, in id order.
pub fn people_waiting(
    conn: &mut DbConn,
    after: Option<PersonId>,
    limit: i64,
) -> StoreResult<Vec<PersonId>> {
    let mut q = notifications::table
        .filter(notifications::mail_state.eq(DIGEST_STATE))
        .select(notifications::person_id)
        .distinct()
        .order(notifications::person_id)
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        q = q.filter(notifications::person_id.gt(after.get()));
    }
    Ok(q.load::<i64>(conn)?.into_iter().map(PersonId).collect())
}

/// How many notifications of one kind wait for a person's digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    pub kind: NotificationKind,
    pub count: i64,
}

/// What waits for the person's digest, counted per kind, and the newest id counted (what
/// arrives after it waits for the next digest).
pub fn waiting(
    conn: &mut DbConn,
    person: PersonId,
) -> StoreResult<(Vec<Waiting>, Option<NotificationId>)> {
    let rows: Vec<(String, i64, Option<i64>)> = notifications::table
        .filter(notifications::person_id.eq(person.get()))
        .filter(notifications::mail_state.eq(DIGEST_STATE))
        .group_by(notifications::kind)
        .select((notifications::kind, count_star(), max(notifications::id)))
        .order(notifications::kind)
        .load(conn)?;
    let newest = rows.iter().filter_map(|r| r.2).max().map(NotificationId);
    let counts = rows
        .into_iter()
        // A kind retired by a later version waits for nothing rather than failing the digest.
        .filter_map(|(kind, count, _)| {
            NotificationKind::parse(&kind)
                .ok()
                .map(|kind| Waiting { kind, count })
        })
        .collect();
    Ok((counts, newest))
}

/// One line of a digest.
#[derive(Debug, Clone, Queryable)]
pub struct DigestItem {
    pub title: String,
    pub body: String,
    pub link: Option<String>,
}

/// The newest `limit` notifications of `kind` waiting for the person's digest, up to `upto`.
pub fn waiting_items(
    conn: &mut DbConn,
    person: PersonId,
    kind: NotificationKind,
    upto: NotificationId,
    limit: i64,
) -> StoreResult<Vec<DigestItem>> {
    Ok(notifications::table
        .filter(notifications::person_id.eq(person.get()))
        .filter(notifications::mail_state.eq(DIGEST_STATE))
        .filter(notifications::kind.eq(kind.code()))
        .filter(notifications::id.le(upto.get()))
        .order(notifications::id.desc())
        .limit(limit)
        .select((
            notifications::title,
            notifications::body,
            notifications::link,
        ))
        .load(conn)?)
}

/// Takes the person's digest of `period` (an ISO week, `2026-W49`). False when they already
/// had one: at most one digest per person and week, however often the job runs.
pub fn claim_digest(tx: &mut Tx<'_>, person: PersonId, period: &str) -> StoreResult<bool> {
    let now = tx.now_naive();
    let insert = diesel::insert_into(digests::table).values((
        digests::person_id.eq(person.get()),
        digests::period.eq(period),
        digests::mail_id.eq(None::<i64>),
        digests::created_at.eq(now),
    ));
    insert_if_absent!(tx, insert)
}

pub fn attach_digest_mail(
    tx: &mut Tx<'_>,
    person: PersonId,
    period: &str,
    mail: MailId,
) -> StoreResult<()> {
    diesel::update(digests::table.find((person.get(), period)))
        .set(digests::mail_id.eq(Some(mail.get())))
        .execute(&mut **tx)?;
    Ok(())
}

/// Marks what the digest grouped (waiting, up to `upto`) as sent in it.
pub fn mark_digested(
    tx: &mut Tx<'_>,
    person: PersonId,
    upto: NotificationId,
) -> StoreResult<usize> {
    Ok(diesel::update(
        notifications::table
            .filter(notifications::person_id.eq(person.get()))
            .filter(notifications::mail_state.eq(DIGEST_STATE))
            .filter(notifications::id.le(upto.get())),
    )
    .set(notifications::mail_state.eq(MailState::Digested.code()))
    .execute(&mut **tx)?)
}

/// Drops what waits for the person's digest of `kind` (they no longer want its mails).
pub fn drop_waiting(
    tx: &mut Tx<'_>,
    person: PersonId,
    kind: NotificationKind,
) -> StoreResult<usize> {
    Ok(diesel::update(
        notifications::table
            .filter(notifications::person_id.eq(person.get()))
            .filter(notifications::mail_state.eq(DIGEST_STATE))
            .filter(notifications::kind.eq(kind.code())),
    )
    .set(notifications::mail_state.eq(MailState::None.code()))
    .execute(&mut **tx)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_replaces_every_occurrence_and_ignores_empty_secrets() {
        let secrets = vec!["s3cr3t".to_owned(), String::new()];
        assert_eq!(
            redact("code s3cr3t, again s3cr3t".into(), &secrets),
            "code [redacted], again [redacted]"
        );
    }
}
