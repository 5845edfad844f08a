//! Partner API keys: created, listed and revoked by people (an organisation's admins, network
//! admins), never by a key. Secrets arrive hashed: the API makes the key and shows it once.

use twinning_domain::api_key::{ApiKey, ApiKeyPage, NewApiKey, Paging};
use twinning_domain::event::{ApiKeyPayload, EventType};
use twinning_domain::policy::{self, organisation as org_policy};
use twinning_domain::principal::{Denied, Principal};
use twinning_domain::{ApiKeyId, OrganisationId};
use twinning_store::api_keys::{self, NewKeyRecord};
use twinning_store::{organisations, DbConn, Tx};

use crate::{emit, FlowError, FlowResult};

/// The secret's part that the database keeps: its hash and its display prefix.
pub struct KeySecret<'a> {
    pub prefix: &'a str,
    pub hash: &'a str,
}

fn emit_key(
    tx: &mut Tx<'_>,
    principal: &Principal,
    event_type: EventType,
    org: OrganisationId,
    key: &ApiKey,
) -> FlowResult<()> {
    emit(
        tx,
        principal,
        event_type,
        key.id.get(),
        None,
        &[org],
        &ApiKeyPayload {
            api_key: key.clone(),
        },
    )?;
    Ok(())
}

/// Creates a key for the organisation `slug`; its creator is accountable for what it does.
pub fn create(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    new: &NewApiKey,
    secret: &KeySecret<'_>,
) -> FlowResult<ApiKey> {
    let (org, _) = organisations::find_by_slug(tx, slug)?;
    org_policy::manage_api_keys(principal, org)?;
    // A key submits for its organisation: an unverified person may not make one to do what
    // they may not do themselves.
    policy::verified(principal)?;
    new.check(tx.now())?;
    let created_by = principal
        .person_id()
        .ok_or(FlowError::Denied(Denied::NotForKeys))?;
    let key = api_keys::insert(
        tx,
        &NewKeyRecord {
            organisation_id: org,
            name: &new.name,
            prefix: secret.prefix,
            secret_hash: secret.hash,
            scopes: &new.scopes,
            created_by,
            expires_at: new.expires_at,
        },
    )?;
    emit_key(tx, principal, EventType::ApiKeyCreated, org, &key)?;
    Ok(key)
}

/// The keys of the organisation `slug`, newest first, revoked and expired ones included.
pub fn list(
    conn: &mut DbConn,
    principal: &Principal,
    slug: &str,
    paging: Paging,
) -> FlowResult<ApiKeyPage> {
    let (org, _) = organisations::find_by_slug(conn, slug)?;
    org_policy::manage_api_keys(principal, org)?;
    Ok(api_keys::page(conn, Some(org), paging)?)
}

/// Every key of the network (network admins).
pub fn list_all(
    conn: &mut DbConn,
    principal: &Principal,
    paging: Paging,
) -> FlowResult<ApiKeyPage> {
    policy::network_admin(principal)?;
    Ok(api_keys::page(conn, None, paging)?)
}

/// Where a revocation comes from: an organisation's page, or the admins' list of every key.
#[derive(Debug, Clone, Copy)]
pub enum Via<'a> {
    Organisation(&'a str),
    Admin,
}

/// Revokes a key. Idempotent: revoking a revoked key succeeds and changes nothing, so a
/// retried DELETE is safe; only the first revocation records its event. A key of another
/// organisation than `slug` is not found there.
pub fn revoke(
    tx: &mut Tx<'_>,
    principal: &Principal,
    via: Via<'_>,
    id: ApiKeyId,
) -> FlowResult<()> {
    match via {
        Via::Organisation(slug) => {
            let (org, _) = organisations::find_by_slug(tx, slug)?;
            org_policy::manage_api_keys(principal, org)?;
            let (owner, _) = api_keys::get(tx, id)?;
            if owner != org {
                return Err(FlowError::NotFound);
            }
        }
        Via::Admin => {
            policy::network_admin(principal)?;
            let (owner, _) = api_keys::get(tx, id)?;
            org_policy::manage_api_keys(principal, owner)?;
        }
    }
    if api_keys::revoke(tx, id)? {
        let (org, key) = api_keys::get(tx, id)?;
        emit_key(tx, principal, EventType::ApiKeyRevoked, org, &key)?;
    }
    Ok(())
}
