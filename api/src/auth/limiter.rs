//! Requests per API key, so that one partner system cannot starve the others. (Limits per
//! client address are in `rate`, the login delays per account in `throttle`.)

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use twinning_domain::ApiKeyId;

fn nonzero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN)
}

type KeyedWithState = RateLimiter<
    ApiKeyId,
    DefaultKeyedStateStore<ApiKeyId>,
    DefaultClock,
    StateInformationMiddleware,
>;

/// Forgetting keys whose bucket is full again keeps memory to the keys used lately.
const PRUNE_EVERY: u64 = 4096;

/// A token bucket per API key: `per_minute` requests, refilled evenly, a burst of that many.
/// Each instance keeps its own buckets.
#[derive(Clone)]
pub struct KeyLimiter {
    limiter: Arc<KeyedWithState>,
    clock: DefaultClock,
    checks: Arc<AtomicU64>,
    quota: Quota,
}

/// What the `RateLimit-*` headers tell the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    /// The bucket's size: requests allowed in a burst (and per minute).
    pub limit: u32,
    /// Requests left now.
    pub remaining: u32,
    /// Seconds until the bucket is full again.
    pub reset_secs: u64,
}

/// A refused request: when to retry, and the allowance as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    pub retry_after_secs: u64,
    pub allowance: Allowance,
}

fn ceil_secs(d: Duration) -> u64 {
    let secs = d.as_secs();
    if d.subsec_nanos() > 0 {
        secs + 1
    } else {
        secs
    }
}

impl KeyLimiter {
    pub fn new(per_minute: u32) -> KeyLimiter {
        let quota = Quota::per_minute(nonzero(per_minute));
        KeyLimiter {
            limiter: Arc::new(
                RateLimiter::keyed(quota).with_middleware::<StateInformationMiddleware>(),
            ),
            clock: DefaultClock::default(),
            checks: Arc::new(AtomicU64::new(0)),
            quota,
        }
    }

    fn limit(&self) -> u32 {
        self.quota.burst_size().get()
    }

    /// Takes a token from the key's bucket.
    pub fn check(&self, key: ApiKeyId) -> Result<Allowance, Limited> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.limiter.retain_recent();
            self.limiter.shrink_to_fit();
        }
        let limit = self.limit();
        let interval = self.quota.replenish_interval();
        match self.limiter.check_key(&key) {
            Ok(snapshot) => {
                let remaining = snapshot.remaining_burst_capacity().min(limit);
                Ok(Allowance {
                    limit,
                    remaining,
                    reset_secs: ceil_secs(interval * (limit - remaining)),
                })
            }
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.clock.now());
                Err(Limited {
                    retry_after_secs: ceil_secs(wait).max(1),
                    allowance: Allowance {
                        limit,
                        remaining: 0,
                        reset_secs: ceil_secs(wait + interval * (limit - 1)),
                    },
                })
            }
        }
    }

    /// Keys with a bucket in memory (for tests of the bound).
    pub fn tracked_keys(&self) -> usize {
        self.limiter.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_spends_its_burst_then_waits_and_others_are_untouched() {
        let limiter = KeyLimiter::new(3);
        let a = ApiKeyId(1);
        let first = limiter.check(a).unwrap();
        assert_eq!((first.limit, first.remaining), (3, 2));
        assert!(first.reset_secs > 0 && first.reset_secs <= 20);
        assert_eq!(limiter.check(a).unwrap().remaining, 1);
        assert_eq!(limiter.check(a).unwrap().remaining, 0);
        let refused = limiter.check(a).unwrap_err();
        assert!((1..=20).contains(&refused.retry_after_secs));
        assert_eq!(refused.allowance.remaining, 0);
        assert!(refused.allowance.reset_secs >= refused.retry_after_secs);
        assert!(refused.allowance.reset_secs <= 60);
        assert_eq!(limiter.check(ApiKeyId(2)).unwrap().remaining, 2);
        assert_eq!(limiter.tracked_keys(), 2);
    }
}
