//! Body and query extractors that name the field at fault. actix's own `Json` and `Query`
//! report serde's message without the path, so a client cannot tell which input was wrong.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{http::header, web, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;
use serde_json::Value;
use twinning_domain::problem::{forbidden_control, FieldError, Reason};
use twinning_domain::Validate;

use crate::error::ApiError;

/// JSON bodies above this are refused (413) before parsing: every form of the API fits in it
/// many times over.
pub const BODY_LIMIT: usize = 64 * 1024;

/// A practice holds three sections of up to 20 000 characters each (and more in scripts that
/// take several bytes a character), so its create and edit bodies get more room.
pub const PRACTICE_BODY_LIMIT: usize = 256 * 1024;

/// The body limit for a request path: the one place that says which endpoint takes more.
pub fn body_limit(path: &str) -> usize {
    if path == "/api/v1/practices" || path.starts_with("/api/v1/practices/") {
        PRACTICE_BODY_LIMIT
    } else {
        BODY_LIMIT
    }
}

/// A JSON body, deserialized and then validated with the domain rules.
pub struct ValidJson<T>(pub T);

fn declared_length(req: &HttpRequest) -> Option<usize> {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

impl<T: DeserializeOwned + Validate + 'static> FromRequest for ValidJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| {
                let v = v.trim().to_ascii_lowercase();
                v == "application/json" || v.ends_with("+json")
            })
            .unwrap_or(false);
        let limit = body_limit(req.path());
        let too_long = declared_length(req).is_some_and(|n| n > limit);
        let body = web::Payload::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            // Refused on the declared length before a byte is read; a body without one (or
            // lying about it) is cut off at the limit while it streams.
            if too_long {
                return Err(ApiError::PayloadTooLarge);
            }
            let bytes = body
                .await
                .map_err(|e| ApiError::Malformed {
                    detail: format!("could not read the body: {e}"),
                })?
                .to_bytes_limited(limit)
                .await
                .map_err(|_| ApiError::PayloadTooLarge)?
                .map_err(|e| ApiError::Malformed {
                    detail: format!("could not read the body: {e}"),
                })?;
            let value = parse_json::<T>(&bytes)?;
            value.validate()?;
            Ok(ValidJson(value))
        })
    }
}

/// Parses JSON, telling a broken document (400) from wrong data in a field (422 on that field).
/// Every string in the document is checked for control characters first, whatever the
/// endpoint: no form of the API takes any but tab and line breaks (one-line fields refuse
/// those too, in the domain rules), and the database must never see a NUL.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let document: Value = serde_json::from_slice(bytes).map_err(|e| ApiError::Malformed {
        detail: format!(
            "the body is not valid JSON: {}",
            without_position(&e.to_string())
        ),
    })?;
    let mut faults = Vec::new();
    control_characters(&document, &mut String::new(), &mut faults);
    if !faults.is_empty() {
        return Err(ApiError::Validation(faults));
    }
    serde_path_to_error::deserialize(document).map_err(|e| {
        let path = e.path().to_string();
        serde_fault(&path, &e.into_inner().to_string())
    })
}

/// A value serde could not read, as a field error with its code: a missing or unknown field
/// is named itself (serde names the object holding it).
fn serde_fault(path: &str, message: &str) -> ApiError {
    let (reason, child) = Reason::from_serde(message);
    let field = match child {
        Some(child) if path == "." || path.is_empty() => child,
        // An unknown key is on the path already.
        Some(child) if path == child || path.ends_with(&format!(".{child}")) => path.to_owned(),
        Some(child) => format!("{path}.{child}"),
        None => field_name(path),
    };
    ApiError::field(&field, reason)
}

/// Names each string (value or key) of `value` that holds a control character other than tab,
/// line feed and carriage return, by its path as the other field errors name it
/// (`organisation.name`, `figures[0].label`).
fn control_characters(value: &Value, path: &mut String, faults: &mut Vec<FieldError>) {
    const MAX_REPORTED: usize = 20;
    if faults.len() >= MAX_REPORTED {
        return;
    }
    let fault =
        |path: &str, c: char| FieldError::new(field_name(path), Reason::control_character(c));
    match value {
        Value::String(s) => {
            if let Some(c) = forbidden_control(s, true) {
                faults.push(fault(path, c));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                control_characters(item, path, faults);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                // A key is never echoed back when it is the fault: the object holding it is
                // named instead.
                if let Some(c) = forbidden_control(key, false) {
                    faults.push(fault(path, c));
                    continue;
                }
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                control_characters(item, path, faults);
                path.truncate(len);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

fn field_name(path: &str) -> String {
    if path == "." || path.is_empty() {
        "body".to_owned()
    } else {
        path.to_owned()
    }
}

fn without_position(message: &str) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_owned()
}

/// Query parameters, with the parameter at fault named on a type error.
pub struct ValidQuery<T>(pub T);

impl<T: DeserializeOwned> FromRequest for ValidQuery<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let query = req.query_string();
        if let Some(fault) = query_control_fault(query) {
            return std::future::ready(Err(ApiError::Validation(vec![fault])));
        }
        let de = serde_urlencoded_deserializer(query);
        let result = serde_path_to_error::deserialize(de)
            .map(ValidQuery)
            .map_err(|e| {
                let field = e.path().to_string();
                serde_fault(&field, &e.into_inner().to_string())
            });
        std::future::ready(result)
    }
}

fn serde_urlencoded_deserializer(query: &str) -> serde_urlencoded::Deserializer<'_> {
    serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()))
}

/// The first query parameter (by name) whose name or decoded value holds a control character:
/// every query parameter is one line, so none is allowed.
pub fn query_control_fault(query: &str) -> Option<FieldError> {
    form_urlencoded::parse(query.as_bytes()).find_map(|(name, value)| {
        let c = forbidden_control(&name, false).or_else(|| forbidden_control(&value, false))?;
        let field = if forbidden_control(&name, false).is_some() {
            "query".to_owned()
        } else {
            name.into_owned()
        };
        Some(FieldError::new(field, Reason::control_character(c)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use twinning_domain::organisation::NewOrganisation;
    use twinning_domain::problem::reasons;

    #[test]
    fn a_missing_or_unknown_field_is_named_itself_with_its_code() {
        let body = br#"{"kind":"ngo","governance_level":"local","country":"JO",
            "city":"Irbid","settlement_context":"urban","languages":["ar"]}"#;
        match parse_json::<NewOrganisation>(body) {
            Err(ApiError::Validation(errors)) => {
                assert_eq!(
                    (errors[0].field.as_str(), errors[0].code.as_str()),
                    ("name", reasons::REQUIRED)
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        let body = br#"{"name":"X","kind":"ngo","governance_level":"local","country":"ZZ",
            "city":"Irbid","settlement_context":"urban","languages":[3]}"#;
        match parse_json::<NewOrganisation>(body) {
            Err(ApiError::Validation(errors)) => {
                assert_eq!(errors[0].field, "country");
                assert_eq!(errors[0].code, reasons::NOT_COUNTRY);
                assert_eq!(errors[0].params["value"], "ZZ");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_wrong_value_names_its_field() {
        let body = br#"{"name":"X","kind":"spaceship","governance_level":"local","country":"JO",
            "city":"Irbid","settlement_context":"urban","languages":["ar"]}"#;
        match parse_json::<NewOrganisation>(body) {
            Err(ApiError::Validation(errors)) => {
                assert_eq!(errors[0].field, "kind");
                assert!(errors[0].message.contains("spaceship"));
                assert_eq!(errors[0].code, reasons::UNKNOWN_VALUE);
                assert_eq!(errors[0].params["value"], "spaceship");
                assert!(errors[0].params["allowed"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|v| v == "municipality")));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_control_character_anywhere_in_the_body_names_its_path() {
        let body = br#"{"name":"Irbid","kind":"municipality","governance_level":"local",
            "country":"JO","city":"Ir\u0000bid","settlement_context":"urban",
            "languages":["ar","e\u001bn"],"description":"two\nlines\tand a tab"}"#;
        match parse_json::<NewOrganisation>(body) {
            Err(ApiError::Validation(errors)) => {
                let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, ["city", "languages[1]"]);
                assert!(errors.iter().all(|e| e.code == reasons::CONTROL_CHARACTER));
                assert_eq!(errors[0].params["char"], "U+0000");
            }
            other => panic!("unexpected {other:?}"),
        }
        match parse_json::<Value>(br#"{"a":{"b\u0000":1}}"#) {
            Err(ApiError::Validation(errors)) => assert_eq!(errors[0].field, "a"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn query_parameters_are_one_line() {
        assert_eq!(
            query_control_fault("q=water&theme=a%00b").map(|e| e.field),
            Some("theme".to_owned())
        );
        assert_eq!(
            query_control_fault("q=two%0Alines").map(|e| e.field),
            Some("q".to_owned())
        );
        assert!(query_control_fault("q=caf%C3%A9+solidaire&page=2").is_none());
    }

    #[test]
    fn practices_get_a_larger_body_than_the_rest() {
        assert_eq!(body_limit("/api/v1/practices"), PRACTICE_BODY_LIMIT);
        assert_eq!(body_limit("/api/v1/practices/a-plan"), PRACTICE_BODY_LIMIT);
        assert_eq!(body_limit("/api/v1/auth/register"), BODY_LIMIT);
        assert_eq!(body_limit("/api/v1/practicesx"), BODY_LIMIT);
    }

    #[test]
    fn broken_json_is_malformed() {
        assert!(matches!(
            parse_json::<NewOrganisation>(b"{\"name\": "),
            Err(ApiError::Malformed { .. })
        ));
        assert!(matches!(
            parse_json::<Value>(b"{} trailing"),
            Err(ApiError::Malformed { .. })
        ));
    }
}
