//! The visibility rule is written twice, once in Rust (`policy::practice::can_view`) and once
//! in SQL (`visible_filter`). This checks the two agree on a real database holding practices
//! of every status in two organisations, for every kind of principal.

use std::collections::BTreeSet;

use diesel::prelude::*;
use twinning_domain::organisation::NewOrganisation;
use twinning_domain::policy::practice::can_view;
use twinning_domain::practice::NewPractice;
use twinning_domain::principal::{KeyPrincipal, PersonPrincipal, Principal, Scope};
use twinning_domain::{
    ApiKeyId, CountryCode, GovernanceLevel, LanguageCode, OrganisationId, OrganisationKind,
    PersonId, PracticeStatus, Role, SettlementContext,
};

use super::{key_by_slug, visible_filter};
use crate::accounts::{insert_person, NewPerson};
use crate::schema::practices;
use crate::{write, Clock, DbConn, StoreError};

const STATUSES: [PracticeStatus; 4] = [
    PracticeStatus::Draft,
    PracticeStatus::Submitted,
    PracticeStatus::Published,
    PracticeStatus::Archived,
];

fn organisation(name: &str) -> NewOrganisation {
    NewOrganisation {
        name: name.to_owned(),
        kind: OrganisationKind::Ngo,
        governance_level: GovernanceLevel::Local,
        country: CountryCode::parse("JO").unwrap(),
        city: "Irbid".to_owned(),
        settlement_context: SettlementContext::Urban,
        languages: vec![LanguageCode::parse("ar").unwrap()],
        themes: vec![],
        description: String::new(),
        source_language: None,
        website: None,
        location: None,
        can_mentor: false,
        mentor_capacity: 0,
        time_zone: None,
    }
}

fn practice(title: &str) -> NewPractice {
    NewPractice {
        title: title.to_owned(),
        summary: "A summary.".to_owned(),
        problem: String::new(),
        approach: String::new(),
        results: String::new(),
        figures: vec![],
        themes: vec![],
        target_groups: vec![],
        settlement_contexts: vec![],
        countries: vec![],
        languages: vec![],
        source_language: LanguageCode::parse("en").unwrap(),
        ran_from: None,
        ran_until: None,
    }
}

fn person(id: PersonId, org: OrganisationId, role: Role, admin: bool) -> Principal {
    Principal::Person(PersonPrincipal {
        person_id: id,
        organisation_id: org,
        role,
        is_network_admin: admin,
        email_verified: true,
        organisation_status: twinning_domain::OrganisationStatus::Active,
    })
}

fn key(org: OrganisationId, by: PersonId, scopes: &[Scope]) -> Principal {
    Principal::ApiKey(KeyPrincipal {
        key_id: ApiKeyId(1),
        organisation_id: org,
        scopes: scopes.to_vec(),
        on_behalf_of: by,
    })
}

/// Two organisations with one practice of each status, an org admin and a member in each,
/// and a network admin in a third. Returns every principal worth asking about.
fn network(conn: &mut DbConn) -> Vec<(String, Principal)> {
    let clock = Clock::system();
    write(conn, &clock, |tx| -> Result<_, StoreError> {
        let mut orgs = Vec::new();
        for name in ["North Org", "South Org", "Secretariat"] {
            let (id, _) = crate::organisations::insert(
                tx,
                &organisation(name),
                None,
                twinning_domain::OrganisationStatus::Active,
            )?;
            let mut people = Vec::new();
            for (n, role) in [Role::OrgAdmin, Role::Member].into_iter().enumerate() {
                let email = format!("{n}@{}.example", name.replace(' ', "-").to_lowercase());
                let pid = insert_person(
                    tx,
                    &NewPerson {
                        organisation_id: id,
                        email: &email,
                        name: "Someone",
                        password_hash: "not-a-hash",
                        role,
                        is_network_admin: name == "Secretariat" && role == Role::OrgAdmin,
                        language: Default::default(),
                    },
                )?;
                people.push(pid);
            }
            if name != "Secretariat" {
                for status in STATUSES {
                    let title = format!("{name} {}", status.code());
                    super::insert(tx, id, people[0], &practice(&title), None, status)?;
                }
            }
            orgs.push((name, id, people));
        }
        let mut principals = vec![
            ("anonymous".to_owned(), Principal::Anonymous),
            ("system".to_owned(), Principal::System),
        ];
        for (name, id, people) in &orgs {
            let (admin, member) = (people[0], people[1]);
            let is_secretariat = *name == "Secretariat";
            principals.push((
                format!("org admin of {name}"),
                person(admin, *id, Role::OrgAdmin, is_secretariat),
            ));
            principals.push((
                format!("member of {name}"),
                person(member, *id, Role::Member, false),
            ));
            for scopes in [
                vec![],
                vec![Scope::ReadPrivate],
                vec![Scope::WritePractices, Scope::WriteOrganisation],
                Scope::ALL.to_vec(),
            ] {
                principals.push((
                    format!("key of {name} with {scopes:?}"),
                    key(*id, admin, &scopes),
                ));
            }
        }
        // A network admin whose role in their own organisation is a plain member.
        principals.push((
            "network admin who is a member".to_owned(),
            person(orgs[0].2[1], orgs[0].1, Role::Member, true),
        ));
        Ok(principals)
    })
    .unwrap()
}

fn check_agreement(conn: &mut DbConn) {
    let principals = network(conn);
    // A suspended organisation's practices, published or not, are its own people's only.
    crate::dialect::execute(
        conn,
        "UPDATE organisations SET status = 'suspended' WHERE name = 'South Org'",
        &[],
    )
    .unwrap();
    let all: Vec<(i64, String)> = practices::table
        .select((practices::id, practices::slug))
        .order(practices::id)
        .load(conn)
        .unwrap();
    assert_eq!(all.len(), 8, "two organisations × four statuses");
    let facts: Vec<_> = all
        .iter()
        .map(|(id, slug)| (*id, key_by_slug(conn, slug).unwrap().facts()))
        .collect();
    let statuses: BTreeSet<_> = facts.iter().map(|(_, f)| f.status.code()).collect();
    assert_eq!(statuses.len(), STATUSES.len());

    for (name, principal) in &principals {
        let by_sql: BTreeSet<i64> = practices::table
            .filter(visible_filter(principal))
            .select(practices::id)
            .load::<i64>(conn)
            .unwrap()
            .into_iter()
            .collect();
        let by_policy: BTreeSet<i64> = facts
            .iter()
            .filter(|(_, f)| can_view(principal, f))
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(by_sql, by_policy, "SQL and policy disagree for {name}");
    }

    // The agreement is not vacuous: outsiders see the published practice of the active
    // organisation, insiders their organisation's four, network admins everything.
    let seen = |name: &str| {
        let (_, p) = principals.iter().find(|(n, _)| n == name).unwrap();
        facts.iter().filter(|(_, f)| can_view(p, f)).count()
    };
    assert_eq!(seen("anonymous"), 1);
    assert_eq!(seen("member of North Org"), 4);
    assert_eq!(seen("member of South Org"), 5);
    assert_eq!(seen("key of North Org with [ReadPrivate]"), 4);
    assert_eq!(
        seen("key of North Org with [WritePractices, WriteOrganisation]"),
        1
    );
    assert_eq!(seen("member of Secretariat"), 1);
    assert_eq!(seen("org admin of Secretariat"), 8);
    assert_eq!(seen("network admin who is a member"), 8);
    assert_eq!(seen("system"), 8);
}

/// On SQLite, and on PostgreSQL when the tests run against it (`TWINNING_TEST_BACKEND=postgres`).
#[test]
fn the_sql_filter_agrees_with_the_policy() {
    crate::test_db::on_each_backend("visibility", check_agreement);
}

/// The catalogue reads titles in the reader's language from one query for the page, filters
/// by the languages a practice can be read in, and counts them as a facet.
#[test]
fn the_catalogue_reads_translations_and_filters_by_available_language() {
    use crate::translations::{apply, Change, Owner};
    use twinning_domain::search::PracticeQuery;
    use twinning_domain::translation::LanguagePreference;

    crate::test_db::on_each_backend("catalogue_languages", |conn| {
        network(conn);
        let published: Vec<(i64, String)> = practices::table
            .filter(practices::status.eq("published"))
            .order(practices::id)
            .select((practices::id, practices::title))
            .load(conn)
            .unwrap();
        let (north, north_title) = published[0].clone();
        let ar = LanguageCode::parse("ar").unwrap();
        write(conn, &Clock::system(), |tx| {
            apply(
                tx,
                Owner::Practice(twinning_domain::PracticeId(north)),
                &ar,
                &[
                    Change {
                        field: "title",
                        text: Some(("عنوان الممارسة", &north_title)),
                    },
                    Change {
                        field: "summary",
                        text: Some(("ملخص", "an older summary")),
                    },
                ],
                None,
            )
        })
        .unwrap();

        let mut search = |available: Option<&str>, reader: LanguagePreference| {
            let mut f = PracticeQuery {
                available_language: available.map(str::to_owned),
                ..Default::default()
            }
            .parse()
            .unwrap();
            f.reader = reader;
            super::search(conn, &f, &Principal::Anonymous).unwrap()
        };
        let all = search(
            None,
            LanguagePreference::from_accept_language("ar, en;q=0.5"),
        );
        assert_eq!(all.total, 2);
        let north_item = all
            .items
            .iter()
            .find(|i| i.title == "عنوان الممارسة")
            .unwrap();
        let t = north_item.translation.as_ref().unwrap();
        assert_eq!(t.requested.as_ref().map(LanguageCode::as_str), Some("ar"));
        assert!(t.fields["summary"].stale && !t.fields["title"].stale);
        assert_eq!(t.fields.len(), 2, "a list names its title and summary only");
        let other = all
            .items
            .iter()
            .find(|i| i.title != "عنوان الممارسة")
            .unwrap();
        let t = other.translation.as_ref().unwrap();
        // English is acceptable to this reader: the source is what they asked for there.
        assert_eq!(t.requested.as_ref().map(LanguageCode::as_str), Some("en"));
        assert!(!t.fields["title"].fallback);
        let counts: Vec<(String, i64)> = all
            .facets
            .available_language
            .iter()
            .map(|c| (c.value.clone(), c.count))
            .collect();
        assert_eq!(counts, vec![("en".to_owned(), 2), ("ar".to_owned(), 1)]);

        let only_arabic = search(None, LanguagePreference::only(&ar));
        let other = only_arabic
            .items
            .iter()
            .find(|i| i.title != "عنوان الممارسة")
            .unwrap();
        assert!(other.translation.as_ref().unwrap().fields["title"].fallback);

        let arabic = search(Some("ar"), LanguagePreference::none());
        assert_eq!(arabic.total, 1);
        assert_eq!(
            arabic.items[0].title, north_title,
            "no language asked: the source"
        );
        assert_eq!(search(Some("ar,en"), LanguagePreference::none()).total, 2);
        assert_eq!(search(Some("tr"), LanguagePreference::none()).total, 0);
    });
}
