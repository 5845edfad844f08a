//! The key access tokens are signed with. It comes from `TWINNING_JWT_SECRET` and is never
//! written to the database: whoever reads a backup could otherwise forge a token for anyone.
//! A process that issues no token another process must accept (a demo server, the maintenance
//! commands) may run without one and makes a random key that lives as long as it does; a
//! restarted demo server's old access tokens then fail and the SPA renews them with its
//! refresh token, which the database keeps (hashed) across restarts.
//!
//! A given secret must be strong: at least 32 characters, not a repetition of a shorter one
//! nor mostly repeated pieces, not a run of consecutive characters, and with characters varied
//! enough to carry about 128 bits (Shannon entropy of its characters times its length). This cannot prove a secret
//! random, but it refuses the ones people type.

use std::collections::HashMap;

use crate::auth::secrets::random_token;

pub const MIN_LENGTH: usize = 32;
const MIN_BITS: f64 = 128.0;
const MIN_BITS_PER_CHAR: f64 = 3.0;

/// Why `secret` is too weak to sign with, if it is.
pub fn weakness(secret: &str) -> Option<String> {
    let chars: Vec<char> = secret.chars().collect();
    let n = chars.len();
    if n < MIN_LENGTH {
        return Some(format!("it has {n} characters; use at least {MIN_LENGTH}"));
    }
    if let Some(period) = (1..=n / 2).find(|&p| (p..n).all(|i| chars[i] == chars[i - p])) {
        return Some(format!("it repeats a sequence of {period} character(s)"));
    }
    let steps = chars
        .windows(2)
        .filter(|w| (u32::from(w[1])).abs_diff(u32::from(w[0])) <= 1)
        .count();
    if steps * 2 >= n {
        return Some("it is mostly runs of consecutive or equal characters".to_owned());
    }
    let trigrams: std::collections::HashSet<&[char]> = chars.windows(3).collect();
    if trigrams.len() * 3 < (n - 2) * 2 {
        return Some("it repeats parts of itself".to_owned());
    }
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in &chars {
        *counts.entry(*c).or_default() += 1;
    }
    let per_char: f64 = counts
        .values()
        .map(|&k| {
            let p = k as f64 / n as f64;
            -p * p.log2()
        })
        .sum();
    if per_char < MIN_BITS_PER_CHAR || (per_char * n as f64) < MIN_BITS {
        return Some(format!(
            "its characters vary too little (about {:.0} bits; at least {MIN_BITS:.0} wanted)",
            per_char * n as f64
        ));
    }
    None
}

/// The signing secret for this process: the configured one if strong, else a fresh random
/// one when `ephemeral_allowed`, else an error saying what to set.
pub fn signing_secret(configured: Option<&str>, ephemeral_allowed: bool) -> anyhow::Result<String> {
    match configured {
        Some(secret) => match weakness(secret) {
            None => Ok(secret.to_owned()),
            Some(why) => anyhow::bail!(
                "TWINNING_JWT_SECRET is too weak: {why}. Generate one, e.g. `openssl rand -base64 48`"
            ),
        },
        None if ephemeral_allowed => random_token(48),
        None => anyhow::bail!(
            "TWINNING_JWT_SECRET is not set. It signs access tokens and must be the same for \
             every instance: generate one, e.g. `openssl rand -base64 48`, and keep it with \
             the server's other secrets. (`serve --demo` runs without one.)"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_secrets_are_refused_and_generated_ones_pass() {
        for weak in [
            "short",
            &"a".repeat(64),
            &"abc".repeat(20),
            "test-secret-test-secret-test-secret-0123test-secret-",
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF",
            "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddd",
            "0101010101010101010101010101011010101010101",
        ] {
            assert!(weakness(weak).is_some(), "{weak} should be refused");
        }
        for _ in 0..50 {
            let generated = random_token(48).unwrap();
            assert_eq!(weakness(&generated), None, "{generated}");
        }
        // `openssl rand -hex 32`: 64 hex digits.
        assert_eq!(
            weakness("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            None
        );
    }

    #[test]
    fn without_a_secret_only_an_ephemeral_process_starts() {
        assert!(signing_secret(None, false).is_err());
        let a = signing_secret(None, true).unwrap();
        let b = signing_secret(None, true).unwrap();
        assert_ne!(a, b);
        assert!(signing_secret(Some("password"), true).is_err());
    }
}
