//! The demo network a fresh `make run` starts with, drawn from the programmes in the source
//! documents. Loaded into an empty database only, in one transaction.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use twinning_domain::api_key::NewApiKey;
use twinning_domain::auth::RegisterRequest;
use twinning_domain::event::{
    EventType, OrganisationPayload, PersonJoinedPayload, PersonRef, PracticePayload,
};
use twinning_domain::organisation::{NewInvitation, NewOrganisation};
use twinning_domain::practice::{check_ready_for_review, NewPractice};
use twinning_domain::principal::{PersonPrincipal, Principal, Scope};
use twinning_domain::translation::{
    check_target_language, OrganisationTranslationInput, PracticeTranslationInput,
};
use twinning_domain::{PracticeStatus, Role, Validate};
use twinning_flows::api_keys::KeySecret;
use twinning_flows::mail::MailSettings;
use twinning_flows::people::MailedToken;
use twinning_flows::{emit, FlowError};
use twinning_store::accounts::{self, NewPerson};
use twinning_store::{organisations, practices, stats, write, Clock, DbConn, StoreError};

const NETWORK: &str = include_str!("demo/network.json");
const TRANSLATIONS: &str = include_str!("demo/translations.json");

/// Translations of the demo's practices and organisation descriptions, by slug and language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoTranslations {
    #[serde(rename = "about")]
    _about: String,
    practices: BTreeMap<String, BTreeMap<String, PracticeTranslationInput>>,
    organisations: BTreeMap<String, BTreeMap<String, OrganisationTranslationInput>>,
}

fn translations(net: &DemoNetwork) -> anyhow::Result<DemoTranslations> {
    let t: DemoTranslations = serde_json::from_str(TRANSLATIONS)?;
    for (slug, languages) in &t.practices {
        let p = net
            .practices
            .iter()
            .find(|p| p.slug == *slug)
            .ok_or_else(|| anyhow::anyhow!("demo translation of {slug}: no such practice"))?;
        for (lang, input) in languages {
            check_target_language(lang, &p.content.source_language)
                .and_then(|_| input.check(p.content.figures.len()))
                .map_err(|e| {
                    anyhow::anyhow!("demo translation {slug}/{lang}: {:?}", e.into_vec())
                })?;
        }
    }
    for (slug, languages) in &t.organisations {
        anyhow::ensure!(
            net.organisations.iter().any(|o| o.slug == *slug),
            "demo translation of {slug}: no such organisation"
        );
        for (lang, input) in languages {
            input.validate().map_err(|e| {
                anyhow::anyhow!("demo translation {slug}/{lang}: {:?}", e.into_vec())
            })?;
        }
    }
    Ok(t)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoNetwork {
    organisations: Vec<DemoOrganisation>,
    people: Vec<DemoPerson>,
    practices: Vec<DemoPractice>,
    /// Organisations registered since, awaiting approval.
    registrations: Vec<DemoRegistration>,
    /// Invitations mailed and not yet answered.
    invitations: Vec<DemoInvitation>,
}

/// A registration as the register form sends it; `about` says what it shows.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoRegistration {
    #[serde(rename = "about")]
    _about: String,
    name: String,
    email: String,
    password: String,
    organisation: NewOrganisation,
}

impl DemoRegistration {
    fn request(&self) -> RegisterRequest {
        RegisterRequest {
            name: self.name.clone(),
            email: self.email.clone(),
            password: self.password.clone(),
            organisation: Some(self.organisation.clone()),
            invitation_code: None,
            language: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoInvitation {
    #[serde(rename = "about")]
    _about: String,
    /// The address of the demo person who sends it.
    by: String,
    email: String,
    role: Role,
}

#[derive(Deserialize)]
struct DemoOrganisation {
    slug: String,
    #[serde(flatten)]
    profile: NewOrganisation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoPerson {
    name: String,
    email: String,
    password: String,
    organisation: String,
    role: Role,
    network_admin: bool,
}

#[derive(Deserialize)]
struct DemoPractice {
    slug: String,
    owner: String,
    status: PracticeStatus,
    #[serde(flatten)]
    content: NewPractice,
}

/// The demo accounts, to print for whoever starts the server.
pub struct DemoLogin {
    pub role: &'static str,
    pub email: String,
    pub password: String,
}

pub struct Loaded {
    pub organisations: usize,
    pub people: usize,
    pub practices: usize,
    /// A partner API key of the demo org admin's organisation, shown this once.
    pub api_key: DemoKey,
}

pub struct DemoKey {
    pub organisation: String,
    pub name: String,
    pub scopes: Vec<Scope>,
    pub key: String,
}

/// The demo org admin's organisation keeps its volunteer database in step through this key.
const DEMO_KEY_NAME: &str = "Volunteer database sync";
const DEMO_KEY_SCOPES: [Scope; 2] = [Scope::ReadPrivate, Scope::WritePractices];

fn network() -> anyhow::Result<DemoNetwork> {
    let net: DemoNetwork = serde_json::from_str(NETWORK)?;
    for o in &net.organisations {
        o.profile
            .validate()
            .map_err(|e| anyhow::anyhow!("demo organisation {}: {:?}", o.slug, e.into_vec()))?;
    }
    for r in &net.registrations {
        r.request()
            .validate()
            .map_err(|e| anyhow::anyhow!("demo registration {}: {:?}", r.email, e.into_vec()))?;
    }
    for p in &net.practices {
        p.content
            .validate()
            .map_err(|e| anyhow::anyhow!("demo practice {}: {:?}", p.slug, e.into_vec()))?;
        if p.status != PracticeStatus::Draft {
            check_ready_for_review(&p.content)
                .map_err(|e| anyhow::anyhow!("demo practice {}: {:?}", p.slug, e.into_vec()))?;
        }
    }
    Ok(net)
}

/// The first three people of the demo network: a network admin, an org admin and a member.
pub fn logins() -> anyhow::Result<Vec<DemoLogin>> {
    let net = network()?;
    Ok(net
        .people
        .into_iter()
        .take(3)
        .map(|p| DemoLogin {
            role: match (p.network_admin, p.role) {
                (true, _) => "network admin",
                (false, Role::OrgAdmin) => "org admin",
                (false, Role::Member) => "member",
            },
            email: p.email,
            password: p.password,
        })
        .collect())
}

fn o_slug(
    net: &DemoNetwork,
    id: twinning_domain::OrganisationId,
    ids: &HashMap<&str, twinning_domain::OrganisationId>,
) -> Result<String, StoreError> {
    net.organisations
        .iter()
        .find(|o| ids.get(o.slug.as_str()) == Some(&id))
        .map(|o| o.slug.clone())
        .ok_or_else(|| StoreError::Corrupt("a demo person's organisation is missing".into()))
}

/// Loads the demo network; refuses a database that already holds organisations.
/// Every organisation, person and practice is recorded with its event (by the platform), so
/// the activity feed and the notifications show a living network from the first start.
pub fn load(conn: &mut DbConn, clock: &Clock, settings: &MailSettings) -> anyhow::Result<Loaded> {
    anyhow::ensure!(
        stats::is_empty(conn)?,
        "the database already holds organisations; the demo network only goes into an empty one"
    );
    let net = network()?;
    let translated = translations(&net)?;
    // Hash before the transaction: argon2 is slow on purpose and the write lock should not wait.
    let hashes: Vec<String> = net
        .people
        .iter()
        .map(|p| crate::auth::password::hash(&p.password))
        .collect::<anyhow::Result<_>>()?;
    let registration_hashes: Vec<String> = net
        .registrations
        .iter()
        .map(|r| crate::auth::password::hash(&r.password))
        .collect::<anyhow::Result<_>>()?;
    let codes: Vec<String> = net
        .invitations
        .iter()
        .map(|_| crate::auth::secrets::random_token(32))
        .collect::<Result<_, _>>()?;
    let system = Principal::System;
    let secret = crate::auth::api_key::generate()?;
    write(conn, clock, |conn| -> Result<Loaded, FlowError> {
        let mut org_ids = HashMap::new();
        for o in &net.organisations {
            // The demo network's organisations are members already.
            let (id, organisation) = organisations::insert(
                conn,
                &o.profile,
                Some(&o.slug),
                twinning_domain::OrganisationStatus::Active,
            )?;
            emit(
                conn,
                &system,
                EventType::OrganisationRegistered,
                id.get(),
                Some(&o.slug),
                &[id],
                &OrganisationPayload { organisation },
            )?;
            org_ids.insert(o.slug.as_str(), id);
        }
        let mut authors = HashMap::new();
        let mut principals = HashMap::new();
        let mut key_holder = None;
        let mut admin = None;
        for (p, hash) in net.people.iter().zip(&hashes) {
            let org = *org_ids.get(p.organisation.as_str()).ok_or_else(|| {
                StoreError::Corrupt(format!("{} names no demo organisation", p.email))
            })?;
            let email = twinning_domain::auth::normalise_email(&p.email);
            let id = accounts::insert_person(
                conn,
                &NewPerson {
                    organisation_id: org,
                    email: &email,
                    name: &p.name,
                    password_hash: hash,
                    role: p.role,
                    is_network_admin: p.network_admin,
                    language: Default::default(),
                },
            )?;
            // The demo's people are who they say they are.
            twinning_store::profile::mark_email_verified(conn, id, &email)?;
            let organisation = organisations::reference(conn, org)?;
            emit(
                conn,
                &system,
                EventType::PersonJoined,
                id.get(),
                None,
                &[org],
                &PersonJoinedPayload {
                    person: PersonRef {
                        id,
                        name: p.name.clone(),
                    },
                    organisation,
                    role: p.role,
                    invited: p.role == Role::Member,
                },
            )?;
            authors.entry(org).or_insert(id);
            principals.insert(
                email.clone(),
                Principal::Person(PersonPrincipal {
                    person_id: id,
                    organisation_id: org,
                    role: p.role,
                    is_network_admin: p.network_admin,
                    email_verified: true,
                    organisation_status: twinning_domain::OrganisationStatus::Active,
                }),
            );
            if p.role == Role::OrgAdmin && !p.network_admin && key_holder.is_none() {
                key_holder = Some((
                    o_slug(&net, org, &org_ids)?,
                    Principal::Person(PersonPrincipal {
                        person_id: id,
                        organisation_id: org,
                        role: p.role,
                        is_network_admin: false,
                        email_verified: true,
                        organisation_status: twinning_domain::OrganisationStatus::Active,
                    }),
                ));
            }
            if p.network_admin {
                admin.get_or_insert(id);
            }
        }
        let admin = admin.ok_or_else(|| StoreError::Corrupt("no demo network admin".into()))?;
        let (key_org, key_holder) = key_holder
            .ok_or_else(|| StoreError::Corrupt("no demo org admin to hold an API key".into()))?;
        twinning_flows::api_keys::create(
            conn,
            &key_holder,
            &key_org,
            &NewApiKey {
                name: DEMO_KEY_NAME.to_owned(),
                scopes: DEMO_KEY_SCOPES.to_vec(),
                expires_at: None,
            },
            &KeySecret {
                prefix: &secret.prefix,
                hash: &secret.hash,
            },
        )?;
        for p in &net.practices {
            let org = *org_ids.get(p.owner.as_str()).ok_or_else(|| {
                StoreError::Corrupt(format!("practice {} names no demo organisation", p.slug))
            })?;
            // Organisations without a demo account had their practices entered by the network.
            let author = authors.get(&org).copied().unwrap_or(admin);
            let practice =
                practices::insert(conn, org, author, &p.content, Some(&p.slug), p.status)?;
            let event_type = match p.status {
                PracticeStatus::Draft => EventType::PracticeCreated,
                PracticeStatus::Submitted => EventType::PracticeSubmitted,
                PracticeStatus::Published | PracticeStatus::Archived => {
                    EventType::PracticePublished
                }
            };
            let key = practices::key_by_slug(conn, &p.slug)?;
            emit(
                conn,
                &system,
                event_type,
                key.id.get(),
                Some(&p.slug),
                &[org],
                &PracticePayload {
                    practice,
                    reason: None,
                },
            )?;
        }
        // What the programmes wrote in the languages they worked in.
        for (slug, languages) in &translated.practices {
            for (lang, input) in languages {
                twinning_flows::translations::import_practice_translation(conn, slug, lang, input)?;
            }
        }
        for (slug, languages) in &translated.organisations {
            for (lang, input) in languages {
                twinning_flows::translations::import_organisation_translation(
                    conn, slug, lang, input,
                )?;
            }
        }
        for (r, hash) in net.registrations.iter().zip(&registration_hashes) {
            twinning_flows::accounts::register(conn, &r.request(), hash, None)?;
        }
        for (i, code) in net.invitations.iter().zip(&codes) {
            let by = principals.get(&i.by).ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "the invitation to {} names no demo person",
                    i.email
                ))
            })?;
            let slug = organisations::reference(
                conn,
                by.organisation_id().ok_or_else(|| {
                    StoreError::Corrupt("a demo person without an organisation".into())
                })?,
            )?
            .slug;
            let hash = crate::auth::secrets::token_hash(code);
            twinning_flows::invitations::invite(
                conn,
                settings,
                by,
                &slug,
                &NewInvitation {
                    email: i.email.clone(),
                    role: i.role,
                },
                &MailedToken {
                    token: code,
                    hash: &hash,
                },
            )?;
        }
        Ok(Loaded {
            organisations: net.organisations.len(),
            people: net.people.len(),
            practices: net.practices.len(),
            api_key: DemoKey {
                organisation: key_org,
                name: DEMO_KEY_NAME.to_owned(),
                scopes: DEMO_KEY_SCOPES.to_vec(),
                key: secret.key.clone(),
            },
        })
    })
    .map_err(anyhow::Error::from)
}
