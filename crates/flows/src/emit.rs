//! Writing an event and enqueuing what it causes, in the change's own transaction.

use serde::Serialize;
use twinning_domain::event::EventType;
use twinning_domain::principal::Principal;
use twinning_domain::{EventId, OrganisationId};
use twinning_store::events::{self, NewEvent};
use twinning_store::jobs::{self as queue, NewJob};
use twinning_store::{StoreError, Tx};

use crate::jobs::JobKind;
use crate::FlowResult;

/// Records `event_type` about the subject with `payload` (the API-shaped snapshot now), and
/// enqueues its dispatch (notifications now; points, badges and webhooks later) in the same
/// transaction: if the change rolls back, so do its event and its jobs.
#[allow(clippy::too_many_arguments)]
pub fn emit<P: Serialize>(
    tx: &mut Tx<'_>,
    actor: &Principal,
    event_type: EventType,
    subject_id: i64,
    subject_slug: Option<&str>,
    organisations: &[OrganisationId],
    payload: &P,
) -> FlowResult<EventId> {
    let payload = serde_json::to_value(payload).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let id = events::record(
        tx,
        &NewEvent {
            event_type,
            subject_id,
            subject_slug,
            actor,
            organisations,
            payload,
        },
    )?;
    let mut job = NewJob::new(
        JobKind::DispatchEvent.code(),
        serde_json::json!({ "event_id": id }),
    );
    job.dedupe_key = Some(format!("dispatch_event:{id}"));
    queue::enqueue(tx, &job)?;
    Ok(id)
}
