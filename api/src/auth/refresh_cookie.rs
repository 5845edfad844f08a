//! The refresh token lives in a cookie that scripts cannot read (`HttpOnly`), that no other
//! site can make the browser send (`SameSite=Strict`), and that goes only to `/api/v1/auth`
//! (refresh and logout). `Secure` whenever the server is reached over https, so that a
//! plain-http install on a local network still works.

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::HttpRequest;

pub const NAME: &str = "twinning_refresh";
pub const PATH: &str = "/api/v1/auth";

/// The cookie that carries a new refresh token for `ttl_secs`.
pub fn set(token: &str, secure: bool, ttl_secs: i64) -> Cookie<'static> {
    Cookie::build(NAME, token.to_owned())
        .path(PATH)
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .max_age(CookieDuration::seconds(ttl_secs))
        .finish()
}

/// The cookie that makes the browser forget the refresh token.
pub fn clear(secure: bool) -> Cookie<'static> {
    let mut cookie = set("", secure, 0);
    cookie.make_removal();
    cookie
}

/// The refresh token the request carries, if any.
pub fn read(req: &HttpRequest) -> Option<String> {
    req.cookie(NAME)
        .map(|c| c.value().trim().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 200)
}

/// Whether cookies must be `Secure`: the public address is https.
pub fn secure_for(public_url: &str) -> bool {
    public_url
        .trim()
        .get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_strict_and_scoped_to_auth() {
        let c = set("tok", true, 60).to_string();
        for part in [
            "twinning_refresh=tok",
            "HttpOnly",
            "SameSite=Strict",
            "Secure",
            "Path=/api/v1/auth",
            "Max-Age=60",
        ] {
            assert!(c.contains(part), "{part} in {c}");
        }
        assert!(!set("tok", false, 60).to_string().contains("Secure"));
        assert!(clear(false).to_string().contains("Max-Age=0"));
        assert!(secure_for("HTTPS://twinning.example"));
        assert!(!secure_for("http://192.168.1.10:8080"));
    }
}
