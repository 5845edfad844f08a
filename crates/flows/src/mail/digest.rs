//! The weekly digest: one mail per person and ISO week at most, grouping every notification
//! that waits for it. People are read a page at a time and each person's digest is its own
//! transaction, so a large network never holds one long write lock, and a run that stops
//! half-way is finished by the next (the `digests` row says who already had theirs).

use chrono::{DateTime, Datelike, Utc};
use twinning_domain::PersonId;
use twinning_store::mail::{self as outbox, NewMail};
use twinning_store::{accounts, write, Clock, DbConn, Tx};

use super::i18n::Words;
use super::render::{self, DigestGroup};
use super::unsubscribe::{self, Topic};
use super::{queue_mail, MailSettings, DIGEST};
use crate::FlowResult;

/// People read per query.
const PEOPLE_PER_PAGE: i64 = 200;
/// Notifications listed per kind; the mail counts the rest.
const ITEMS_PER_KIND: i64 = 10;

/// The ISO week of `t`, as digests are keyed: `2026-W49`.
pub fn iso_week(t: DateTime<Utc>) -> String {
    let w = t.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// Writes the digest of everyone with notifications waiting; returns how many mails.
pub fn run_weekly_digest(
    conn: &mut DbConn,
    clock: &Clock,
    settings: &MailSettings,
) -> FlowResult<usize> {
    let mut after: Option<PersonId> = None;
    let mut mails = 0;
    loop {
        let people = outbox::people_waiting(conn, after, PEOPLE_PER_PAGE)?;
        let Some(last) = people.last().copied() else {
            break;
        };
        after = Some(last);
        for person in people {
            if write(conn, clock, |tx| digest_for(tx, settings, person))? {
                mails += 1;
            }
        }
    }
    tracing::info!(mails, "weekly digests written");
    Ok(mails)
}

/// One person's digest. False when nothing waits or they already had this week's.
fn digest_for(tx: &mut Tx<'_>, settings: &MailSettings, person: PersonId) -> FlowResult<bool> {
    let (waiting, newest) = outbox::waiting(tx, person)?;
    let Some(upto) = newest else {
        return Ok(false);
    };
    // What is counted now goes in this mail; what arrives later waits for the next one.
    if !outbox::claim_digest(tx, person, &iso_week(tx.now()))? {
        return Ok(false);
    }
    let mut groups = Vec::with_capacity(waiting.len());
    for w in &waiting {
        groups.push(DigestGroup {
            kind: w.kind,
            count: w.count,
            items: outbox::waiting_items(tx, person, w.kind, upto, ITEMS_PER_KIND)?,
            unsubscribe: unsubscribe::url(tx, settings, person, Topic::Kind(w.kind))?,
        });
    }
    outbox::mark_digested(tx, person, upto)?;
    if groups.is_empty() {
        return Ok(false);
    }
    let recipient = accounts::person_by_id(tx, person)?;
    let unsubscribe_all = unsubscribe::url(tx, settings, person, Topic::Digest)?;
    let composed = render::digest(
        Words::new(super::language_of(&recipient)),
        &recipient.name,
        &groups,
        settings,
        &unsubscribe_all,
    );
    let id = queue_mail(
        tx,
        &NewMail {
            person: Some(person),
            to: &recipient.email,
            subject: &composed.subject,
            body_text: &composed.text,
            body_html: &composed.html,
            category: DIGEST,
            unsubscribe_url: Some(&unsubscribe_all),
            secrets: &[],
        },
    )?;
    outbox::attach_digest_mail(tx, person, &iso_week(tx.now()), id)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn weeks_are_iso_weeks() {
        // 2027-01-01 is a Friday: it belongs to the last ISO week of 2026.
        let t = Utc.with_ymd_and_hms(2027, 1, 1, 7, 0, 0).unwrap();
        assert_eq!(iso_week(t), "2026-W53");
        let t = Utc.with_ymd_and_hms(2026, 12, 7, 7, 0, 0).unwrap();
        assert_eq!(iso_week(t), "2026-W50");
    }
}
