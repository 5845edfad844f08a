//! The reader's languages: `?lang=` when given (a code, or `*` for the source), else the
//! `Accept-Language` header.

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::HttpRequest;
use twinning_domain::translation::LanguagePreference;

/// `lang` wins; without it the header's ranges, best first (a header line that is not text,
/// or a header that says nothing usable, asks for nothing: the source is read).
pub fn reader(req: &HttpRequest, lang: Option<LanguagePreference>) -> LanguagePreference {
    if let Some(lang) = lang {
        return lang;
    }
    // Several header lines are one list (RFC 9110 §5.3).
    let ranges: Vec<&str> = req
        .headers()
        .get_all(ACCEPT_LANGUAGE)
        .filter_map(|v| v.to_str().ok())
        .collect();
    LanguagePreference::from_accept_language(&ranges.join(","))
}
