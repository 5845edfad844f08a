//! A person's own account: verifying their address, resetting a forgotten password, changing
//! their profile and password, and network-admin rights given on the server. Mailed tokens
//! arrive with their hash (the API makes both): only the hash is stored, the token itself
//! goes into the mail, and its mail lists it as a secret the outbox redacts.

use chrono::{DateTime, Duration, Utc};
use twinning_domain::account::{MeUpdate, RESET_PASSWORD_TTL_MINUTES, VERIFY_EMAIL_TTL_HOURS};
use twinning_domain::auth::{normalise_email, Me};
use twinning_domain::problem::Reason;
use twinning_domain::{PersonId, Validate};
use twinning_store::accounts::{self, PersonRecord};
use twinning_store::person_tokens::{self, Purpose, Refused};
use twinning_store::profile::{self, ProfileChanges};
use twinning_store::sessions::{self, EndReason, SessionId};
use twinning_store::{DbConn, StoreError, Tx};

use crate::mail::{self, MailSettings, Recipient};
use crate::{FlowError, FlowResult};

/// A token for a mailed link, and the hash that is stored for it.
pub struct MailedToken<'a> {
    pub token: &'a str,
    pub hash: &'a str,
}

/// At most one link of a kind a minute to a person…
pub const MAIL_INTERVAL_SECS: i64 = 60;
/// …and this many a day, so that nobody can use the server to flood an inbox.
pub const MAILS_PER_DAY: i64 = 10;

fn recipient(p: &PersonRecord) -> Recipient<'_> {
    Recipient {
        name: &p.name,
        time_zone: &p.time_zone,
        language: mail::language_of(p),
    }
}

/// Seconds until another link of `purpose` may be mailed to `person`, if not now.
fn wait_before_mailing(
    conn: &mut DbConn,
    person: PersonId,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> FlowResult<Option<u64>> {
    let day = Duration::days(1);
    let sent = person_tokens::sent_since(conn, person, purpose, now - day)?;
    let until = |t: DateTime<Utc>| u64::try_from((t - now).num_seconds().max(1)).unwrap_or(1);
    if sent.count >= MAILS_PER_DAY {
        return Ok(sent.first.map(|first| until(first + day)));
    }
    let next = sent
        .last
        .map(|last| last + Duration::seconds(MAIL_INTERVAL_SECS));
    Ok(next.filter(|next| *next > now).map(until))
}

/// Mails `person` a link that verifies their address as it is now.
pub fn send_verification(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    token: &MailedToken<'_>,
) -> FlowResult<()> {
    let p = accounts::person_by_id(tx, person)?;
    let expires = person_tokens::insert(
        tx,
        person,
        Purpose::VerifyEmail,
        token.hash,
        Some(&p.email),
        Duration::hours(VERIFY_EMAIL_TTL_HOURS),
    )?;
    mail::queue_verification(
        tx,
        settings,
        person,
        &p.email,
        &recipient(&p),
        token.token,
        expires,
    )?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resend {
    Sent,
    AlreadyVerified,
    TooSoon { retry_after_secs: u64 },
}

/// Mails a fresh verification link, within the limits. Earlier links keep working until they
/// expire: the person may open whichever mail they find first.
pub fn resend_verification(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    token: &MailedToken<'_>,
) -> FlowResult<Resend> {
    let p = accounts::person_by_id(tx, person)?;
    if p.is_verified() {
        return Ok(Resend::AlreadyVerified);
    }
    let now = tx.now();
    if let Some(retry_after_secs) = wait_before_mailing(tx, person, Purpose::VerifyEmail, now)? {
        return Ok(Resend::TooSoon { retry_after_secs });
    }
    send_verification(tx, settings, person, token)?;
    Ok(Resend::Sent)
}

fn refused(why: Refused, purpose: Purpose) -> FlowError {
    let again = match purpose {
        Purpose::VerifyEmail => "sign in and ask for a new one",
        Purpose::ResetPassword => "ask for a new one",
    };
    FlowError::field(
        "token",
        match why {
            Refused::Unknown => {
                Reason::not_valid().saying(format!("this link is not valid; {again}"))
            }
            Refused::Used => Reason::used().saying("this link was already used"),
            Refused::Expired => Reason::expired().saying(format!("this link has expired; {again}")),
        },
    )
}

/// Verifies the address a mailed link was sent to. Works once, before it expires, and only
/// while the account still has that address.
pub fn verify_email(tx: &mut Tx<'_>, token_hash: &str) -> FlowResult<PersonId> {
    let redeemed = person_tokens::redeem(tx, Purpose::VerifyEmail, token_hash)?
        .map_err(|why| refused(why, Purpose::VerifyEmail))?;
    let email = redeemed
        .email
        .ok_or_else(|| StoreError::Corrupt("a verification token without its address".into()))?;
    if !profile::mark_email_verified(tx, redeemed.person, &email)? {
        return Err(FlowError::field(
            "token",
            Reason::not_valid()
                .saying("this link was sent to an address the account no longer has"),
        ));
    }
    Ok(redeemed.person)
}

/// Mails a reset link if `email` belongs to an account that may sign in, within the limits.
/// Says nothing either way: the caller answers the same whatever happened.
pub fn request_reset(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    email: &str,
    token: &MailedToken<'_>,
) -> FlowResult<()> {
    let p = match accounts::person_by_email(tx, &normalise_email(email)) {
        Err(StoreError::NotFound) => return Ok(()),
        other => other?,
    };
    let now = tx.now();
    if !p.may_sign_in() || wait_before_mailing(tx, p.id, Purpose::ResetPassword, now)?.is_some() {
        return Ok(());
    }
    let expires = person_tokens::insert(
        tx,
        p.id,
        Purpose::ResetPassword,
        token.hash,
        Some(&p.email),
        Duration::minutes(RESET_PASSWORD_TTL_MINUTES),
    )?;
    mail::queue_reset(
        tx,
        settings,
        p.id,
        &p.email,
        &recipient(&p),
        token.token,
        expires,
    )?;
    Ok(())
}

/// Sets the password from a reset link: the link is spent (and every other reset link of the
/// person), every session ends, and the address is verified, since its owner read the mail.
pub fn confirm_reset(
    tx: &mut Tx<'_>,
    token_hash: &str,
    password_hash: &str,
) -> FlowResult<PersonId> {
    let redeemed = person_tokens::redeem(tx, Purpose::ResetPassword, token_hash)?
        .map_err(|why| refused(why, Purpose::ResetPassword))?;
    let p = accounts::person_by_id(tx, redeemed.person)?;
    if !p.may_sign_in() {
        return Err(refused(Refused::Unknown, Purpose::ResetPassword));
    }
    profile::set_password(tx, p.id, password_hash)?;
    person_tokens::spend_all(tx, p.id, Purpose::ResetPassword)?;
    sessions::end_for_person(tx, p.id, EndReason::PasswordReset, None)?;
    if redeemed.email.as_deref() == Some(p.email.as_str()) {
        profile::mark_email_verified(tx, p.id, &p.email)?;
    }
    Ok(p.id)
}

/// Changes the person's own profile. A new address is unverified: a link goes to it, and a
/// notice to the old one (`token` is used only then).
pub fn update_me(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    update: &MeUpdate,
    token: &MailedToken<'_>,
) -> FlowResult<Me> {
    update.validate()?;
    let before = accounts::person_by_id(tx, person)?;
    let email = update.email.as_deref().map(normalise_email);
    profile::update_profile(
        tx,
        person,
        &ProfileChanges {
            name: update.name.as_deref(),
            email: email.as_deref(),
            language: update.language,
            time_zone: update.time_zone.as_deref(),
        },
    )?;
    let after = accounts::person_by_id(tx, person)?;
    if after.email != before.email {
        send_verification(tx, settings, person, token)?;
        mail::queue_email_changed(
            tx,
            settings,
            person,
            &before.email,
            &recipient(&after),
            &after.email,
        )?;
    }
    Ok(accounts::me(tx, person)?)
}

/// Sets a new password (the caller checked the current one) and ends every other session:
/// the device that made the change stays signed in. Returns how many sessions ended.
pub fn change_password(
    tx: &mut Tx<'_>,
    person: PersonId,
    keep: SessionId,
    password_hash: &str,
) -> FlowResult<usize> {
    profile::set_password(tx, person, password_hash)?;
    person_tokens::spend_all(tx, person, Purpose::ResetPassword)?;
    Ok(sessions::end_for_person(
        tx,
        person,
        EndReason::PasswordChanged,
        Some(keep.0),
    )?)
}

/// Grants or withdraws network-admin rights (`twinning grant-admin`). The person's sessions
/// end, so every device signs in again under the new rights.
pub fn set_network_admin(tx: &mut Tx<'_>, email: &str, grant: bool) -> FlowResult<PersonId> {
    let email = normalise_email(email);
    accounts::set_network_admin(tx, &email, grant)?;
    let person = accounts::person_by_email(tx, &email)?.id;
    sessions::end_for_person(tx, person, EndReason::AdminRightsChanged, None)?;
    Ok(person)
}
