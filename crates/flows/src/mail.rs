//! Mail: written to the outbox in the transaction of what causes it, with a `send_mail` job
//! beside it; the job hands it to the SMTP server outside any transaction, then marks it.
//! Without an SMTP server (`TWINNING_SMTP_URL` unset) mails are kept in the outbox, where
//! network admins read them, and never sent.

mod account;
mod digest;
mod i18n;
mod render;
mod unsubscribe;

pub use account::{local_time, Recipient};
pub use digest::{iso_week, run_weekly_digest};
pub use i18n::{Args, Words};
pub use render::{escape_html, Composed};
pub use unsubscribe::{check as check_unsubscribe, token as unsubscribe_token, unsubscribe, Topic};

use std::time::{Duration as StdDuration, SystemTime};

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{Message, SmtpTransport, Transport};
use serde::Deserialize;
use twinning_domain::organisation::OrganisationRef;
use twinning_domain::{MailId, PersonId, Role};
use twinning_store::accounts::PersonRecord;
use twinning_store::jobs::{self as queue, Claimed, NewJob};
use twinning_store::mail::{self as outbox, NewMail};
use twinning_store::{write, Clock, DbConn, StoreError, Tx};

use crate::jobs::JobKind;
use crate::notify::Rendered;
use crate::FlowResult;

/// The category of account and security mails: always sent at once, never unsubscribed.
pub const ACCOUNT: &str = "account";
/// The category of the weekly digest.
pub const DIGEST: &str = "digest";

/// How long one SMTP exchange may take: well under the worker's lease, so a job is never
/// sent by two workers at once.
const SMTP_TIMEOUT: StdDuration = StdDuration::from_secs(30);

/// Attempts before a mail is `failed` (and its job dead, retryable by an admin): with the
/// queue's backoff, an SMTP server may be away for about three hours without a mail lost.
const SEND_ATTEMPTS: i32 = 12;

/// What mails need to be written: where the links in them point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    public_url: String,
}

impl MailSettings {
    /// `public_url` is the address people reach the server at (`https://twinning.example`).
    pub fn new(public_url: &str) -> MailSettings {
        MailSettings {
            public_url: public_url.trim().trim_end_matches('/').to_owned(),
        }
    }

    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// An absolute address for an app path (`/practices/x`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }
}

/// Writes and sends mail: the links, the sender, and the SMTP server if there is one.
pub struct Mailer {
    settings: MailSettings,
    from: Mailbox,
    transport: Option<SmtpTransport>,
}

pub const DEFAULT_FROM: &str = "Twinning <twinning@localhost>";

impl Mailer {
    /// `smtp_url` as lettre reads it: `smtp://host:port` (no TLS), `smtp://…?tls=required`
    /// (STARTTLS), `smtps://host` (TLS), with `user:password@` when the server wants them.
    pub fn new(public_url: &str, from: &str, smtp_url: Option<&str>) -> Result<Mailer, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("the sender address `{from}` is not valid: {e}"))?;
        let transport = match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
            None => None,
            Some(url) => Some(
                SmtpTransport::from_url(url)
                    .map_err(|e| format!("the SMTP URL is not valid: {e}"))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build(),
            ),
        };
        Ok(Mailer {
            settings: MailSettings::new(public_url),
            from,
            transport,
        })
    }

    /// A mailer that keeps every mail in the outbox.
    pub fn keep_only(public_url: &str) -> Mailer {
        Mailer {
            settings: MailSettings::new(public_url),
            from: DEFAULT_FROM.parse().expect("the default sender parses"),
            transport: None,
        }
    }

    pub fn settings(&self) -> &MailSettings {
        &self.settings
    }

    /// Whether mails go to an SMTP server (else they are kept in the outbox).
    pub fn sends(&self) -> bool {
        self.transport.is_some()
    }
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("settings", &self.settings)
            .field("from", &self.from.to_string())
            .field("sends", &self.sends())
            .finish()
    }
}

/// Writes a mail to the outbox and enqueues its sending, in the caller's transaction.
fn queue_mail(tx: &mut Tx<'_>, mail: &NewMail<'_>) -> FlowResult<MailId> {
    let id = outbox::insert(tx, mail)?;
    let mut job = NewJob::new(
        JobKind::SendMail.code(),
        serde_json::json!({ "mail_id": id }),
    );
    job.dedupe_key = Some(format!("send_mail:{id}"));
    job.max_attempts = SEND_ATTEMPTS;
    queue::enqueue(tx, &job)?;
    Ok(id)
}

/// The language a person reads their mails in: the one they chose, else English.
pub fn language_of(person: &PersonRecord) -> twinning_domain::account::UiLanguage {
    person.language().unwrap_or_default()
}

/// Queues the mail of a notification the person wants at once, with a one-click
/// unsubscribe for its kind. `rendered` is in the recipient's language already.
pub fn queue_notification(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    recipient: &PersonRecord,
    kind: twinning_domain::notify::NotificationKind,
    rendered: &Rendered,
) -> FlowResult<MailId> {
    let person = recipient.id;
    let unsubscribe = unsubscribe::url(tx, settings, person, Topic::Kind(kind))?;
    let composed = render::notification(
        Words::new(language_of(recipient)),
        &recipient.name,
        kind,
        rendered,
        settings,
        &unsubscribe,
    );
    queue_mail(
        tx,
        &NewMail {
            person: Some(person),
            to: &recipient.email,
            subject: &composed.subject,
            body_text: &composed.text,
            body_html: &composed.html,
            category: kind.code(),
            unsubscribe_url: Some(&unsubscribe),
            secrets: &[],
        },
    )
}

/// Queues an account or security mail (verification, reset, invitation): sent at once
/// whatever the person's preferences, without unsubscribe. `secrets` are the single-use
/// values in it, redacted when admins read the outbox outside demo mode.
pub fn queue_account(
    tx: &mut Tx<'_>,
    person: Option<PersonId>,
    to: &str,
    composed: &Composed,
    secrets: &[String],
) -> FlowResult<MailId> {
    queue_mail(
        tx,
        &NewMail {
            person,
            to,
            subject: &composed.subject,
            body_text: &composed.text,
            body_html: &composed.html,
            category: ACCOUNT,
            unsubscribe_url: None,
            secrets,
        },
    )
}

/// Mails an invitation's `/join/{code}` link to the address the org admin gave; times in the
/// inviting organisation's time zone, words in `language` (the inviter's: see
/// `invitations::mail_link`).
#[allow(clippy::too_many_arguments)]
pub fn queue_invitation(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    to: &str,
    organisation: &OrganisationRef,
    time_zone: &str,
    language: twinning_domain::account::UiLanguage,
    role: Role,
    code: &str,
    expires: chrono::DateTime<chrono::Utc>,
) -> FlowResult<MailId> {
    let recipient = Recipient {
        name: to,
        time_zone,
        language,
    };
    let composed = account::invitation(
        &recipient,
        &organisation.name,
        role,
        code,
        expires,
        settings,
    );
    queue_account(tx, None, to, &composed, &[code.to_owned()])
}

/// Mails the link that verifies `to` (the person's address now), valid until `expires`.
pub fn queue_verification(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    to: &str,
    recipient: &Recipient<'_>,
    token: &str,
    expires: chrono::DateTime<chrono::Utc>,
) -> FlowResult<MailId> {
    let composed = account::verify_email(recipient, token, expires, settings);
    queue_account(tx, Some(person), to, &composed, &[token.to_owned()])
}

/// Mails a password-reset link, valid until `expires`.
pub fn queue_reset(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    to: &str,
    recipient: &Recipient<'_>,
    token: &str,
    expires: chrono::DateTime<chrono::Utc>,
) -> FlowResult<MailId> {
    let composed = account::reset_password(recipient, token, expires, settings);
    queue_account(tx, Some(person), to, &composed, &[token.to_owned()])
}

/// Tells the old address that the account's address is now `new_email`.
pub fn queue_email_changed(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    old_email: &str,
    recipient: &Recipient<'_>,
    new_email: &str,
) -> FlowResult<MailId> {
    let composed = account::email_changed(recipient, new_email, tx.now(), settings);
    queue_account(tx, Some(person), old_email, &composed, &[])
}

#[derive(Deserialize)]
struct SendMailJob {
    mail_id: MailId,
}

/// Runs a `send_mail` job: hands the mail to the SMTP server (or keeps it when there is
/// none), then marks it. A mail already sent or kept is left alone, so a job run twice
/// sends once. On a refusal the error is recorded on the mail and returned: the job retries
/// with backoff, and after its last attempt the mail is `failed`.
pub fn send_job(
    conn: &mut DbConn,
    clock: &Clock,
    mailer: &Mailer,
    job: &Claimed,
) -> Result<(), String> {
    let id = serde_json::from_value::<SendMailJob>(job.payload.clone())
        .map_err(|e| format!("job payload: {e}"))?
        .mail_id;
    let mail = match outbox::outgoing(conn, id) {
        Ok(mail) => mail,
        Err(StoreError::NotFound) => return Ok(()),
        Err(e) => return Err(e.to_string()),
    };
    let status = mail.status().map_err(|e| e.to_string())?;
    if !matches!(
        status,
        twinning_domain::notify::MailStatus::Queued | twinning_domain::notify::MailStatus::Failed
    ) {
        return Ok(());
    }
    let Some(transport) = &mailer.transport else {
        write(conn, clock, |tx| outbox::mark_kept(tx, id)).map_err(|e| e.to_string())?;
        return Ok(());
    };
    let sent = message(mailer, &mail, clock)
        .and_then(|m| transport.send(&m).map_err(|e| format!("SMTP: {e}")));
    match sent {
        Ok(_) => {
            write(conn, clock, |tx| outbox::mark_sent(tx, id)).map_err(|e| e.to_string())?;
            Ok(())
        }
        Err(error) => {
            let last = job.attempts >= job.max_attempts;
            write(conn, clock, |tx| {
                outbox::record_failure(tx, id, &error, last)
            })
            .map_err(|e| e.to_string())?;
            Err(error)
        }
    }
}

fn message(mailer: &Mailer, mail: &outbox::Outgoing, clock: &Clock) -> Result<Message, String> {
    let to: Mailbox = mail
        .to_address
        .parse()
        .map_err(|e| format!("the address `{}` is not valid: {e}", mail.to_address))?;
    let mut builder = Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(mail.subject.as_str())
        .date(SystemTime::from(clock.now()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".to_owned(),
        ));
    if let Some(url) = &mail.unsubscribe_url {
        // RFC 8058: a mail client may unsubscribe with one POST, without opening a page.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            mail.body_text.clone(),
            mail.body_html.clone(),
        ))
        .map_err(|e| format!("the mail cannot be built: {e}"))
}
