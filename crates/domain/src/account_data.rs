//! What a person may do with their own data: download everything held about them, and delete
//! their account (the row stays as a nameless tombstone so kept content and trails still
//! point somewhere).

use serde::{Deserialize, Serialize};

use crate::auth::PASSWORD_MAX;
use crate::problem::{FieldErrors, Validate};

/// The name a deleted account shows in every trail.
pub const DELETED_NAME: &str = "Deleted member";

/// `DELETE /me`: the current password confirms it is the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DeleteAccountRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub password: String,
}

impl Validate for DeleteAccountRequest {
    fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        e.text("password", &self.password, 1, PASSWORD_MAX);
        e.into_result()
    }
}

/// The unique, undeliverable address a deleted account keeps (`deleted-42@invalid`): the
/// email column stays unique and the old address is free to register again.
pub fn tombstone_email(person_id: i64) -> String {
    format!("deleted-{person_id}@deleted.invalid")
}
