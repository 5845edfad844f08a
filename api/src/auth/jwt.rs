//! Short-lived access tokens: HS256 JWTs naming the person and their session. What the person
//! may do is not in the token: it is read from the database with the session on each request,
//! so a change of rights or the end of the session takes effect at once.

use chrono::Utc;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

pub const ACCESS_TTL_SECS: i64 = 15 * 60;
const ISSUER: &str = "twinning";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// The person's id.
    pub sub: String,
    /// The session's id (`sessions.id`).
    pub sid: i64,
    pub iss: String,
    pub iat: i64,
    pub exp: i64,
}

#[derive(Clone)]
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
}

impl JwtKeys {
    pub fn new(secret: &[u8]) -> JwtKeys {
        // Only HS256 is accepted: a token naming another algorithm (`none`, RS256 with our
        // secret as a public key…) is refused before its signature is looked at.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "sub", "iss"]);
        validation.leeway = 5;
        JwtKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
        }
    }

    pub fn issue(&self, person_id: i64, session_id: i64) -> anyhow::Result<String> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: person_id.to_string(),
            sid: session_id,
            iss: ISSUER.to_owned(),
            iat: now,
            exp: now + ACCESS_TTL_SECS,
        };
        Ok(encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &self.encoding,
        )?)
    }

    /// Signs arbitrary claims; tests use it to forge expired tokens with the real key.
    pub fn sign(&self, claims: &Claims) -> anyhow::Result<String> {
        Ok(encode(
            &Header::new(Algorithm::HS256),
            claims,
            &self.encoding,
        )?)
    }

    pub fn verify(&self, token: &str) -> Option<Claims> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|d| d.claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_with_its_key_and_before_it_expires() {
        let keys = JwtKeys::new(b"0123456789abcdef0123456789abcdef");
        let token = keys.issue(7, 3).unwrap();
        let claims = keys.verify(&token).unwrap();
        assert_eq!(claims.sub, "7");
        assert_eq!(claims.sid, 3);
        assert!(JwtKeys::new(b"another secret of enough length!!")
            .verify(&token)
            .is_none());

        let mut old = claims;
        old.exp = Utc::now().timestamp() - 60;
        assert!(keys.verify(&keys.sign(&old).unwrap()).is_none());
    }
}
