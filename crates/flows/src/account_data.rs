//! A person's own data: the export of everything held about them, and the deletion of their
//! account. Both follow `twinning_store::ownership::REGISTRY`, so a table added later is
//! exported and handled on deletion once it states its rule there.

use twinning_domain::PersonId;
use twinning_store::sessions::{self, EndReason};
use twinning_store::{accounts, organisations, ownership, DbConn, Tx};

use crate::{FlowError, FlowResult};

/// The stable code of the refusal to delete the last org admin of an organisation that has
/// other people.
pub const LAST_ORG_ADMIN: &str = "last_org_admin";

/// Deletes the person's account (their password was checked by the caller). Refused while
/// they are the last org admin of an organisation with other people: they hand the role on
/// first. An organisation whose only person leaves is kept, with its content, without people
/// (a network admin may merge or suspend it).
pub fn delete_account(tx: &mut Tx<'_>, person: PersonId) -> FlowResult<ownership::Moved> {
    let c = ownership::colleagues(tx, person)?;
    if c.is_org_admin && c.other_admins == 0 && c.others > 0 {
        return Err(FlowError::Refused {
            code: LAST_ORG_ADMIN,
            message: "you are the last org admin of your organisation: make someone else an \
                      org admin before deleting your account"
                .to_owned(),
        });
    }
    sessions::end_for_person(tx, person, EndReason::AccountDeleted, None)?;
    ownership::scrub_person_events(tx, person)?;
    Ok(ownership::delete_person(tx, person)?)
}

/// Everything held about the person, as one JSON document.
pub fn export(
    conn: &mut DbConn,
    person: PersonId,
    now: chrono::DateTime<chrono::Utc>,
) -> FlowResult<serde_json::Value> {
    let record = accounts::person_by_id(conn, person)?;
    let organisation = organisations::reference(conn, record.organisation_id)?;
    let held = ownership::export_person(conn, person)?;
    Ok(serde_json::json!({
        "format": "twinning-personal-data/1",
        "exported_at": now,
        "about": "Everything Twinning holds about you: your account, then each table that \
                  refers to you (as `table.column`). Secrets (password and token hashes) are \
                  shown as [redacted].",
        "organisation": organisation,
        "data": held,
    }))
}
