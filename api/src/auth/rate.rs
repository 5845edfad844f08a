//! Token buckets keyed by client address (or account), in memory that stays bounded whatever
//! the callers do: buckets that are full again are forgotten, and when the table is full
//! anyway, new keys share one overflow bucket, so a flood of fresh addresses is limited
//! together instead of pushing out the buckets of others.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::error::ApiError;

/// Keys a table may hold before new ones share the overflow bucket. A bucket is a few dozen
/// bytes: the bound is a few megabytes.
pub const MAX_KEYS: usize = 100_000;
/// Full buckets are swept out every this many checks.
const SWEEP_EVERY: u64 = 1024;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

struct Table<K> {
    buckets: HashMap<K, Bucket>,
    overflow: Option<Bucket>,
    checks: u64,
}

/// `burst` tokens per key, refilled evenly at `per_sec`.
pub struct RateTable<K> {
    table: Mutex<Table<K>>,
    burst: f64,
    per_sec: f64,
    max_keys: usize,
}

fn ceil_secs(d: Duration) -> u64 {
    let secs = d.as_secs();
    if d.subsec_nanos() > 0 {
        secs + 1
    } else {
        secs
    }
}

impl<K: Hash + Eq + Clone> RateTable<K> {
    pub fn new(burst: u32, per: Duration, max_keys: usize) -> RateTable<K> {
        let burst = f64::from(burst.max(1));
        RateTable {
            table: Mutex::new(Table {
                buckets: HashMap::new(),
                overflow: None,
                checks: 0,
            }),
            burst,
            per_sec: burst / per.as_secs_f64().max(0.001),
            max_keys,
        }
    }

    fn refill(&self, bucket: &mut Bucket, now: Instant) {
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_sec).min(self.burst);
        bucket.at = now;
    }

    fn is_full(&self, bucket: &Bucket, now: Instant) -> bool {
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens + elapsed * self.per_sec >= self.burst
    }

    /// Runs `f` on the key's bucket (made full if new), or on the overflow bucket when the
    /// table is full of keys that are still counting.
    fn with_bucket<T>(&self, key: &K, now: Instant, f: impl FnOnce(&mut Bucket) -> T) -> T {
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        table.checks += 1;
        let full = table.buckets.len() >= self.max_keys && !table.buckets.contains_key(key);
        if table.checks.is_multiple_of(SWEEP_EVERY) || full {
            table.buckets.retain(|_, b| !self.is_full(b, now));
            table.buckets.shrink_to(self.max_keys.min(1024));
        }
        let fresh = Bucket {
            tokens: self.burst,
            at: now,
        };
        let bucket = if table.buckets.len() >= self.max_keys && !table.buckets.contains_key(key) {
            table.overflow.get_or_insert(fresh)
        } else {
            table.buckets.entry(key.clone()).or_insert(fresh)
        };
        let mut b = *bucket;
        self.refill(&mut b, now);
        let out = f(&mut b);
        *bucket = b;
        out
    }

    /// Takes a token, or says how long until one is there.
    pub fn take_at(&self, key: &K, now: Instant) -> Result<(), Duration> {
        let per_sec = self.per_sec;
        self.with_bucket(key, now, |b| {
            if b.tokens >= 1.0 {
                b.tokens -= 1.0;
                Ok(())
            } else {
                Err(Duration::from_secs_f64((1.0 - b.tokens) / per_sec))
            }
        })
    }

    /// Spends a token if there is one, never refusing: counts something that already happened.
    pub fn spend_at(&self, key: &K, now: Instant) {
        self.with_bucket(key, now, |b| b.tokens = (b.tokens - 1.0).max(0.0));
    }

    /// How long until the key has a token again; `None` when it has one now.
    pub fn empty_for_at(&self, key: &K, now: Instant) -> Option<Duration> {
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        let mut b = *table.buckets.get_mut(key)?;
        self.refill(&mut b, now);
        (b.tokens < 1.0).then(|| Duration::from_secs_f64((1.0 - b.tokens) / self.per_sec))
    }

    /// Keys with a bucket in memory (for tests of the bound).
    pub fn tracked(&self) -> usize {
        self.table
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .buckets
            .len()
    }
}

/// What a limiter counts a client address as: IPv4 addresses one by one, IPv6 by their /64,
/// the block one subscriber usually holds whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientKey(IpAddr);

impl From<IpAddr> for ClientKey {
    fn from(ip: IpAddr) -> ClientKey {
        match ip.to_canonical() {
            IpAddr::V6(v6) => {
                let bits = u128::from(v6) & !((1u128 << 64) - 1);
                ClientKey(IpAddr::V6(bits.into()))
            }
            v4 => ClientKey(v4),
        }
    }
}

/// A limit per client address: `n` requests per period, as a burst too. 429 with
/// `Retry-After` beyond it.
pub struct IpLimiter {
    table: RateTable<ClientKey>,
}

impl IpLimiter {
    pub fn new(n: u32, per: Duration) -> IpLimiter {
        IpLimiter {
            table: RateTable::new(n, per, MAX_KEYS),
        }
    }

    pub fn per_minute(n: u32) -> IpLimiter {
        IpLimiter::new(n, Duration::from_secs(60))
    }

    pub fn per_hour(n: u32) -> IpLimiter {
        IpLimiter::new(n, Duration::from_secs(3600))
    }

    /// Counts a request of `ip`; requests that came through no socket (in-process tests)
    /// are not limited.
    pub fn check(&self, ip: Option<IpAddr>) -> Result<(), ApiError> {
        let Some(ip) = ip else { return Ok(()) };
        self.table
            .take_at(&ClientKey::from(ip), Instant::now())
            .map_err(|wait| ApiError::RateLimited {
                retry_after_secs: ceil_secs(wait).max(1),
            })
    }

    pub fn tracked(&self) -> usize {
        self.table.tracked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_spends_its_burst_then_refills_evenly() {
        let t: RateTable<u8> = RateTable::new(2, Duration::from_secs(60), 10);
        let now = Instant::now();
        assert!(t.take_at(&1, now).is_ok() && t.take_at(&1, now).is_ok());
        let wait = t.take_at(&1, now).unwrap_err();
        assert!(wait > Duration::from_secs(29) && wait <= Duration::from_secs(30));
        assert!(t.take_at(&2, now).is_ok(), "other keys are untouched");
        assert!(t.take_at(&1, now + Duration::from_secs(30)).is_ok());
    }

    #[test]
    fn memory_stays_bounded_and_a_flood_shares_one_bucket() {
        let t: RateTable<u32> = RateTable::new(1, Duration::from_secs(60), 100);
        let now = Instant::now();
        for k in 0..100 {
            t.take_at(&k, now).unwrap();
        }
        assert_eq!(t.tracked(), 100);
        // The table is full of keys still counting: newcomers share the overflow bucket.
        assert!(t.take_at(&1000, now).is_ok());
        assert!(t.take_at(&1001, now).is_err());
        assert_eq!(t.tracked(), 100);
        // Tracked keys keep their own count meanwhile.
        assert!(t.take_at(&5, now).is_err());
        // Once their buckets are full again they are forgotten and room is made.
        let later = now + Duration::from_secs(61);
        assert!(t.take_at(&2000, later).is_ok());
        assert_eq!(t.tracked(), 1);
    }

    #[test]
    fn ipv6_clients_count_by_their_64_block() {
        let a = ClientKey::from("2001:db8:1:2:aaaa::1".parse::<IpAddr>().unwrap());
        let b = ClientKey::from("2001:db8:1:2:bbbb::9".parse::<IpAddr>().unwrap());
        let c = ClientKey::from("2001:db8:1:3::1".parse::<IpAddr>().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        let v4 = ClientKey::from("::ffff:192.0.2.1".parse::<IpAddr>().unwrap());
        assert_eq!(v4, ClientKey::from("192.0.2.1".parse::<IpAddr>().unwrap()));
    }
}
