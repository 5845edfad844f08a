//! One-click unsubscribe: a token naming a person and a kind of mail, signed with an HMAC
//! key kept in `app_secrets` (so every instance sharing the database agrees, and a token
//! cannot be forged for someone else).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use twinning_domain::notify::{Delivery, NotificationKind, Preferences};
use twinning_domain::outbox::DIGEST_TOPIC;
use twinning_domain::PersonId;
use twinning_store::{notifications, secrets, DbConn, StoreError, Tx};

use super::MailSettings;
use crate::{FlowError, FlowResult};

const KEY_NAME: &str = "mail_unsubscribe_hmac";

/// What an unsubscribe token stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Mails of one kind.
    Kind(NotificationKind),
    /// The weekly digest: every kind the person receives weekly.
    Digest,
}

impl Topic {
    /// What the person stops receiving, in words.
    pub fn describe(self) -> &'static str {
        match self {
            Topic::Kind(k) => k.label(),
            Topic::Digest => "The weekly digest",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Topic::Kind(k) => k.code(),
            Topic::Digest => DIGEST_TOPIC,
        }
    }

    fn parse(code: &str) -> Option<Topic> {
        if code == DIGEST_TOPIC {
            Some(Topic::Digest)
        } else {
            NotificationKind::parse(code).ok().map(Topic::Kind)
        }
    }
}

fn key(tx: &mut Tx<'_>) -> FlowResult<Vec<u8>> {
    let stored = match secrets::get(tx, KEY_NAME)? {
        Some(key) => key,
        None => {
            let mut fresh = [0u8; 32];
            getrandom::fill(&mut fresh)
                .map_err(|e| StoreError::Setup(format!("no randomness available: {e}")))?;
            secrets::get_or_create(tx, KEY_NAME, || URL_SAFE_NO_PAD.encode(fresh))?
        }
    };
    Ok(stored.into_bytes())
}

fn mac(key: &[u8], person: PersonId, topic: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(format!("unsubscribe:{person}:{topic}").as_bytes());
    mac
}

/// `<person>.<topic>.<signature>`: URL-safe as it is.
pub fn token(tx: &mut Tx<'_>, person: PersonId, topic: Topic) -> FlowResult<String> {
    let key = key(tx)?;
    let signature = mac(&key, person, topic.code()).finalize().into_bytes();
    Ok(format!(
        "{person}.{}.{}",
        topic.code(),
        URL_SAFE_NO_PAD.encode(signature)
    ))
}

pub(super) fn url(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    person: PersonId,
    topic: Topic,
) -> FlowResult<String> {
    Ok(settings.url(&format!(
        "/api/v1/unsubscribe/{}",
        token(tx, person, topic)?
    )))
}

fn verify(key: &[u8], token: &str) -> Option<(PersonId, Topic)> {
    let mut parts = token.splitn(3, '.');
    let person: i64 = parts.next()?.parse().ok()?;
    let topic_code = parts.next()?;
    let signature = URL_SAFE_NO_PAD.decode(parts.next()?).ok()?;
    let person = PersonId(person);
    // Constant-time comparison: the signature cannot be guessed byte by byte.
    mac(key, person, topic_code).verify_slice(&signature).ok()?;
    Some((person, Topic::parse(topic_code)?))
}

/// Checks a token without acting on it (the page a mail's link opens asks first: link
/// scanners follow links, and only a POST unsubscribes).
pub fn check(conn: &mut DbConn, token: &str) -> FlowResult<Topic> {
    let key = secrets::get(conn, KEY_NAME)?.ok_or(FlowError::NotFound)?;
    let (person, topic) = verify(key.as_bytes(), token).ok_or(FlowError::NotFound)?;
    twinning_store::accounts::person_by_id(conn, person)?;
    Ok(topic)
}

/// Sets the kinds the token names to `never` (for the digest's token: every kind the person
/// receives weekly). An invalid token, or one for a person who no longer exists, is
/// `NotFound`. Returns the kinds now sending no mail.
pub fn unsubscribe(tx: &mut Tx<'_>, token: &str) -> FlowResult<Vec<NotificationKind>> {
    // A database that never wrote a mail has no key, and so no valid token.
    let Some(key) = secrets::get(tx, KEY_NAME)? else {
        return Err(FlowError::NotFound);
    };
    let (person, topic) = verify(key.as_bytes(), token).ok_or(FlowError::NotFound)?;
    twinning_store::accounts::person_by_id(tx, person)?;
    let current = notifications::preferences(tx, person)?;
    let kinds: Vec<NotificationKind> = match topic {
        Topic::Kind(kind) => vec![kind],
        Topic::Digest => current
            .notifications
            .iter()
            .filter(|(_, d)| **d == Delivery::Weekly)
            .map(|(k, _)| *k)
            .collect(),
    };
    crate::notify::set_preferences(
        tx,
        person,
        &Preferences {
            notifications: kinds.iter().map(|k| (*k, Delivery::Never)).collect(),
        },
    )?;
    Ok(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_unchanged_and_with_its_key() {
        let key = b"0123456789abcdef0123456789abcdef";
        let topic = Topic::Kind(NotificationKind::MemberJoined);
        let sig =
            URL_SAFE_NO_PAD.encode(mac(key, PersonId(7), topic.code()).finalize().into_bytes());
        let token = format!("7.member_joined.{sig}");
        assert_eq!(verify(key, &token), Some((PersonId(7), topic)));
        assert_eq!(verify(b"another key", &token), None);
        assert_eq!(verify(key, &format!("8.member_joined.{sig}")), None);
        assert_eq!(verify(key, &format!("7.practice_published.{sig}")), None);
        assert_eq!(verify(key, "7.member_joined"), None);
        assert_eq!(verify(key, "garbage"), None);
        assert_eq!(verify(key, "7.member_joined.!!!"), None);
    }
}
