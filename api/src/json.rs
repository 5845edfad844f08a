//! Body and query extractors that name the field at fault. actix's own `Json` and `Query`
//! report serde's message without the path, so a client cannot tell which input was wrong.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{http::header, web, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;
use twinning_domain::Validate;

use crate::error::ApiError;

/// Request bodies above this are refused before parsing.
pub const BODY_LIMIT: usize = 256 * 1024;

/// A JSON body, deserialized and then validated with the domain rules.
pub struct ValidJson<T>(pub T);

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
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let bytes = body.await.map_err(|e| {
                if e.as_response_error().status_code()
                    == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE
                {
                    ApiError::PayloadTooLarge
                } else {
                    ApiError::Malformed {
                        detail: format!("could not read the body: {e}"),
                        field: None,
                    }
                }
            })?;
            let value = parse_json::<T>(&bytes)?;
            value.validate()?;
            Ok(ValidJson(value))
        })
    }
}

/// Parses JSON, telling a broken document (400) from wrong data in a field (422 on that field).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = without_position(&inner.to_string());
        match inner.classify() {
            serde_json::error::Category::Data => ApiError::field(&field_name(&path), message),
            _ => ApiError::Malformed {
                detail: format!("the body is not valid JSON: {message}"),
                field: None,
            },
        }
    })?;
    de.end().map_err(|e| ApiError::Malformed {
        detail: format!(
            "the body is not valid JSON: {}",
            without_position(&e.to_string())
        ),
        field: None,
    })?;
    Ok(value)
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
        let de = serde_urlencoded_deserializer(query);
        let result = serde_path_to_error::deserialize(de)
            .map(ValidQuery)
            .map_err(|e| {
                let field = e.path().to_string();
                ApiError::field(&field_name(&field), e.into_inner().to_string())
            });
        std::future::ready(result)
    }
}

fn serde_urlencoded_deserializer(query: &str) -> serde_urlencoded::Deserializer<'_> {
    serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use twinning_domain::organisation::NewOrganisation;

    #[test]
    fn a_wrong_value_names_its_field() {
        let body = br#"{"name":"X","kind":"spaceship","governance_level":"local","country":"JO",
            "city":"Irbid","settlement_context":"urban","languages":["ar"]}"#;
        match parse_json::<NewOrganisation>(body) {
            Err(ApiError::Validation(errors)) => {
                assert_eq!(errors[0].field, "kind");
                assert!(errors[0].message.contains("spaceship"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn broken_json_is_malformed() {
        assert!(matches!(
            parse_json::<NewOrganisation>(b"{\"name\": "),
            Err(ApiError::Malformed { .. })
        ));
        assert!(matches!(
            parse_json::<serde_json::Value>(b"{} trailing"),
            Err(ApiError::Malformed { .. })
        ));
    }
}
