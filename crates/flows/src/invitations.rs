//! Invitations: an org admin invites an address, the `/join/{code}` link is mailed there (the
//! code is also shown once, to copy), and it may be resent with a fresh code or revoked. The
//! join itself is in `accounts`. Codes arrive here with their hash; only hashes are stored.

use chrono::{DateTime, Duration, Utc};
use twinning_domain::account::UiLanguage;
use twinning_domain::auth::normalise_email;
use twinning_domain::event::{EventType, InvitationPayload};
use twinning_domain::membership::{
    InvitationPreview, InvitationState, NewInvitation, INVITATION_TTL_DAYS,
};
use twinning_domain::organisation::{Invitation, Organisation, OrganisationRef};
use twinning_domain::policy::organisation as policy;
use twinning_domain::principal::{Denied, Principal};
use twinning_domain::problem::Reason;
use twinning_domain::{InvitationId, Validate};
use twinning_store::invitations::{self, InvitationRecord, NewInvitationRecord};
use twinning_store::{accounts, members, organisations, DbConn, StoreError, Tx};

use crate::mail::{self, MailSettings};
use crate::people::MailedToken;
use crate::{emit, FlowError, FlowResult};

fn announce(
    tx: &mut Tx<'_>,
    principal: &Principal,
    event: EventType,
    org: twinning_domain::OrganisationId,
    organisation: &OrganisationRef,
    invitation: &Invitation,
) -> FlowResult<()> {
    emit(
        tx,
        principal,
        event,
        invitation.id.get(),
        None,
        &[org],
        &InvitationPayload {
            invitation: invitation.clone(),
            organisation: organisation.clone(),
        },
    )?;
    Ok(())
}

fn reference(organisation: &Organisation) -> OrganisationRef {
    OrganisationRef {
        slug: organisation.slug.clone(),
        name: organisation.name.clone(),
    }
}

/// Mails the invitation's link. Whoever receives it has no account yet, so no language of
/// their own: the mail is written in the language of the person who sends it (who invites or
/// resends). People invite colleagues, who most likely read the language the inviter works
/// in; an organisation has no single language to choose instead (it lists several it works
/// in, ISO codes that are not all languages mails are written in). Without a person behind
/// the request (the platform itself), English.
fn mail_link(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    principal: &Principal,
    record: &InvitationRecord,
    organisation: &OrganisationRef,
    time_zone: &str,
    code: &MailedToken<'_>,
) -> FlowResult<()> {
    let Some(to) = record.email.as_deref() else {
        return Ok(());
    };
    let language = match principal.accountable_person() {
        Some(inviter) => mail::language_of(&accounts::person_by_id(tx, inviter)?),
        None => UiLanguage::default(),
    };
    mail::queue_invitation(
        tx,
        settings,
        to,
        organisation,
        time_zone,
        language,
        record.role()?,
        code.token,
        record.expires_at.and_utc(),
    )?;
    Ok(())
}

/// Invites `new.email` into the organisation `slug` and mails them the link. Refused for an
/// address that already has an account (a removed person's may come back), and while an
/// invitation to it is open (resend that one).
pub fn invite(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    principal: &Principal,
    slug: &str,
    new: &NewInvitation,
    code: &MailedToken<'_>,
) -> FlowResult<Invitation> {
    let (org, organisation) = organisations::find_by_slug(tx, slug)?;
    policy::invite(principal, org)?;
    new.validate()?;
    let created_by = principal
        .accountable_person()
        .ok_or(FlowError::Denied(Denied::NotForKeys))?;
    let email = normalise_email(&new.email);
    if members::address_taken(tx, &email)? {
        return Err(FlowError::Conflict {
            field: "email",
            reason: Reason::taken().saying("this address already has a Twinning account"),
        });
    }
    let expires_at = tx.now() + Duration::days(INVITATION_TTL_DAYS);
    let record = invitations::insert(
        tx,
        &NewInvitationRecord {
            organisation_id: org,
            code_hash: code.hash,
            email: &email,
            role: new.role,
            created_by,
            expires_at: expires_at.naive_utc(),
        },
    )?;
    let org_ref = reference(&organisation);
    mail_link(
        tx,
        settings,
        principal,
        &record,
        &org_ref,
        &organisation.time_zone,
        code,
    )?;
    let invitation = record.into_domain(None)?;
    announce(
        tx,
        principal,
        EventType::InvitationCreated,
        org,
        &org_ref,
        &invitation,
    )?;
    Ok(invitation)
}

/// Mails an unused invitation again with a fresh code and a new expiry (an expired one comes
/// back to life); the earlier link stops working.
pub fn resend(
    tx: &mut Tx<'_>,
    settings: &MailSettings,
    principal: &Principal,
    slug: &str,
    id: InvitationId,
    code: &MailedToken<'_>,
) -> FlowResult<Invitation> {
    let (org, organisation) = organisations::find_by_slug(tx, slug)?;
    policy::invite(principal, org)?;
    let record = invitations::of(tx, org, id)?;
    if record.email.is_none() {
        return Err(FlowError::Refused {
            code: "invitation_without_address",
            message: "this invitation was made before invitations were mailed: revoke it and \
                      invite the person by address"
                .to_owned(),
        });
    }
    let expires_at = tx.now() + Duration::days(INVITATION_TTL_DAYS);
    if !invitations::renew(tx, id, code.hash, expires_at.naive_utc())? {
        return Err(FlowError::Transition(
            "this invitation was used or revoked: it cannot be sent again".to_owned(),
        ));
    }
    let record = invitations::by_id(tx, id)?;
    let org_ref = reference(&organisation);
    mail_link(
        tx,
        settings,
        principal,
        &record,
        &org_ref,
        &organisation.time_zone,
        code,
    )?;
    Ok(record.into_domain(None)?)
}

/// Revokes an unused invitation of the organisation `slug`.
pub fn revoke(
    tx: &mut Tx<'_>,
    principal: &Principal,
    slug: &str,
    id: InvitationId,
) -> FlowResult<Invitation> {
    let (org, organisation) = organisations::find_by_slug(tx, slug)?;
    policy::manage_invitations(principal, org)?;
    invitations::of(tx, org, id)?;
    if !invitations::revoke(tx, org, id)? {
        return Err(FlowError::Transition(
            "this invitation was already used or revoked".to_owned(),
        ));
    }
    let invitation = invitations::by_id(tx, id)?.into_domain(None)?;
    let org_ref = reference(&organisation);
    announce(
        tx,
        principal,
        EventType::InvitationRevoked,
        org,
        &org_ref,
        &invitation,
    )?;
    Ok(invitation)
}

/// The newest invitations of the organisation `slug`, newest first.
pub fn list(conn: &mut DbConn, principal: &Principal, slug: &str) -> FlowResult<Vec<Invitation>> {
    let (org, _) = organisations::find_by_slug(conn, slug)?;
    policy::manage_invitations(principal, org)?;
    Ok(invitations::of_organisation(conn, org)?)
}

/// What the join page shows for a link's code. An unknown code is not found; a spent one says
/// how it was spent, so the person knows to ask again.
pub fn preview(
    conn: &mut DbConn,
    code_hash: &str,
    now: DateTime<Utc>,
) -> FlowResult<InvitationPreview> {
    let record = match invitations::by_code_hash(conn, code_hash) {
        Err(StoreError::NotFound) => return Err(FlowError::NotFound),
        other => other?,
    };
    let organisation = organisations::reference(conn, record.organisation_id)?;
    let state = if record.used_at.is_some() {
        InvitationState::Used
    } else if record.revoked_at.is_some() {
        InvitationState::Revoked
    } else if record.expires_at <= now.naive_utc() {
        InvitationState::Expired
    } else {
        InvitationState::Open
    };
    Ok(InvitationPreview {
        organisation,
        role: record.role()?,
        email: record.email.clone(),
        expires_at: record.expires_at.and_utc(),
        state,
    })
}
