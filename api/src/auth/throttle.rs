//! Growing delays after failed logins, per account, that never lock the account's owner out.
//!
//! The delays are kept per (account, client address): after `free` failures from one address
//! for one account, each further attempt from that address for that account waits 1 s, 2 s,
//! 4 s … up to `max_delay`; a correct password resets the pair. An attacker guessing at an
//! account is slowed to one guess a minute per address, while the owner, signing in from their
//! own address, is not touched by the attacker's failures.
//!
//! Guessing from many addresses is met by a looser budget per account across all addresses
//! (`account_failures_per_hour`). Once it is spent, only addresses that have already failed for
//! that account are held back (until the budget refills a little); an address with no failure
//! for the account, like the owner's, still gets its attempt. So the worst the budget can do
//! to the owner is make them wait, after a mistyped password of their own, the short time the
//! budget takes to refill one failure: never a lock-out.
//!
//! Attempts refused for a delay are not checked and not counted: they neither extend the
//! delay nor spend the budget. Memory is bounded like the rate limiters'; when the table of
//! pairs is full of pairs still under delay, new failures go unrecorded (the per-address login
//! limit still holds them).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::rate::{ClientKey, RateTable, MAX_KEYS};
use crate::error::ApiError;

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    /// No attempt from this pair is looked at before this.
    not_before: Instant,
    last: Instant,
}

/// The settings of `LoginThrottle`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleSettings {
    /// Failures from one address for one account before delays start.
    pub free: u32,
    /// The longest delay.
    pub max_delay: Duration,
    /// Failures per account and hour, from all addresses together, before addresses that
    /// failed for it are held back.
    pub account_failures_per_hour: u32,
}

pub struct LoginThrottle {
    settings: ThrottleSettings,
    pairs: Mutex<HashMap<(String, ClientKey), Failures>>,
    accounts: RateTable<String>,
    max_pairs: usize,
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

fn wait(d: Duration) -> ApiError {
    ApiError::RateLimited {
        retry_after_secs: ceil_secs(d).max(1),
    }
}

impl LoginThrottle {
    pub fn new(settings: ThrottleSettings) -> LoginThrottle {
        LoginThrottle::with_capacity(settings, MAX_KEYS)
    }

    fn with_capacity(settings: ThrottleSettings, max_pairs: usize) -> LoginThrottle {
        LoginThrottle {
            settings,
            pairs: Mutex::new(HashMap::new()),
            accounts: RateTable::new(
                settings.account_failures_per_hour,
                Duration::from_secs(3600),
                max_pairs,
            ),
            max_pairs,
        }
    }

    /// The wait after `count` failures: none for the first `free`, then 1 s doubling.
    fn delay(&self, count: u32) -> Duration {
        if count < self.settings.free {
            return Duration::ZERO;
        }
        let doublings = (count - self.settings.free).min(30);
        Duration::from_secs(1u64 << doublings).min(self.settings.max_delay)
    }

    /// May an attempt for `account` from `ip` be looked at now? 429 with the wait if not.
    pub fn check(&self, account: &str, ip: Option<IpAddr>) -> Result<(), ApiError> {
        self.check_at(account, ip, Instant::now())
    }

    /// A failed attempt: the pair waits longer, the account's budget shrinks.
    pub fn failed(&self, account: &str, ip: Option<IpAddr>) {
        self.failed_at(account, ip, Instant::now());
    }

    /// A correct password: the pair starts afresh.
    pub fn succeeded(&self, account: &str, ip: Option<IpAddr>) {
        let Some(ip) = ip else { return };
        self.lock()
            .remove(&(account.to_owned(), ClientKey::from(ip)));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, ClientKey), Failures>> {
        self.pairs.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn check_at(&self, account: &str, ip: Option<IpAddr>, now: Instant) -> Result<(), ApiError> {
        let Some(ip) = ip else { return Ok(()) };
        let key = (account.to_owned(), ClientKey::from(ip));
        let Some(f) = self.lock().get(&key).copied() else {
            // No failure from here for this account: neither delay nor budget applies.
            return Ok(());
        };
        if now < f.not_before {
            return Err(wait(f.not_before - now));
        }
        if let Some(refill) = self.accounts.empty_for_at(&key.0, now) {
            return Err(wait(refill));
        }
        Ok(())
    }

    fn failed_at(&self, account: &str, ip: Option<IpAddr>, now: Instant) {
        let Some(ip) = ip else { return };
        self.accounts.spend_at(&account.to_owned(), now);
        let key = (account.to_owned(), ClientKey::from(ip));
        let mut pairs = self.lock();
        if pairs.len() >= self.max_pairs && !pairs.contains_key(&key) {
            // Pairs whose delay is over and that have been quiet for the longest delay have
            // nothing left to enforce.
            let quiet = self.settings.max_delay;
            pairs.retain(|_, f| now < f.not_before || now.duration_since(f.last) < quiet);
            if pairs.len() >= self.max_pairs {
                return;
            }
        }
        let entry = pairs.entry(key).or_insert(Failures {
            count: 0,
            not_before: now,
            last: now,
        });
        entry.count = entry.count.saturating_add(1);
        entry.last = now;
        entry.not_before = now + self.delay(entry.count);
    }

    /// Pairs in memory (for tests of the bound).
    pub fn tracked(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> ThrottleSettings {
        ThrottleSettings {
            free: 3,
            max_delay: Duration::from_secs(60),
            account_failures_per_hour: 1000,
        }
    }

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    fn retry(r: Result<(), ApiError>) -> Option<u64> {
        match r {
            Ok(()) => None,
            Err(ApiError::RateLimited { retry_after_secs }) => Some(retry_after_secs),
            Err(e) => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn delays_grow_after_the_free_failures_up_to_the_cap_and_success_resets() {
        let t = LoginThrottle::new(settings());
        let me = ip("192.0.2.1");
        let mut now = Instant::now();
        for _ in 0..2 {
            assert_eq!(retry(t.check_at("a@x", me, now)), None);
            t.failed_at("a@x", me, now);
        }
        assert_eq!(retry(t.check_at("a@x", me, now)), None);
        t.failed_at("a@x", me, now);
        // Three failures: each further attempt waits 1 s, 2 s, 4 s … 60 s.
        let mut expected = vec![1, 2, 4, 8, 16, 32, 60, 60];
        expected.reverse();
        while let Some(secs) = expected.pop() {
            assert_eq!(retry(t.check_at("a@x", me, now)), Some(secs));
            now += Duration::from_secs(secs);
            assert_eq!(retry(t.check_at("a@x", me, now)), None);
            t.failed_at("a@x", me, now);
        }
        // Another address, and another account from this one, are not held back.
        assert_eq!(retry(t.check_at("a@x", ip("198.51.100.2"), now)), None);
        assert_eq!(retry(t.check_at("b@x", me, now)), None);
        // The owner's correct password (after the wait) starts afresh.
        now += Duration::from_secs(60);
        t.succeeded("a@x", me);
        t.failed_at("a@x", me, now);
        assert_eq!(retry(t.check_at("a@x", me, now)), None);
    }

    #[test]
    fn a_spent_account_budget_holds_back_only_addresses_that_failed() {
        let t = LoginThrottle::new(ThrottleSettings {
            account_failures_per_hour: 4,
            ..settings()
        });
        let now = Instant::now();
        for n in 0..4 {
            let attacker = ip(&format!("203.0.113.{n}"));
            assert_eq!(retry(t.check_at("v@x", attacker, now)), None);
            t.failed_at("v@x", attacker, now);
        }
        // The budget is spent: an address that failed waits for one failure to refill (15 min).
        let held = retry(t.check_at("v@x", ip("203.0.113.0"), now)).unwrap();
        assert!((1..=900).contains(&held), "{held}");
        // The owner, who has not failed, gets in.
        assert_eq!(retry(t.check_at("v@x", ip("192.0.2.50"), now)), None);
        // Even after a typo of their own the wait is bounded by one refill.
        t.failed_at("v@x", ip("192.0.2.50"), now);
        let typo = retry(t.check_at("v@x", ip("192.0.2.50"), now)).unwrap();
        assert!(typo <= 900);
        assert_eq!(
            retry(t.check_at("v@x", ip("192.0.2.50"), now + Duration::from_secs(901))),
            None
        );
    }

    #[test]
    fn pairs_in_memory_are_bounded() {
        let t = LoginThrottle::with_capacity(settings(), 50);
        let now = Instant::now();
        for n in 0..200u32 {
            t.failed_at(&format!("u{n}@x"), ip("192.0.2.1"), now);
        }
        assert!(t.tracked() <= 50);
        // Quiet pairs make room again.
        t.failed_at("late@x", ip("192.0.2.1"), now + Duration::from_secs(120));
        assert_eq!(t.tracked(), 1);
    }
}
