//! The web app speaks English, French, German and Arabic: every message it names exists in
//! each, none is left over, each language has the same files, and no translation uses a
//! variable the code does not pass.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use twinning_domain::account::UiLanguage;
use twinning_domain::notify::{Delivery, NotificationKind};
use twinning_domain::vocab::{
    GovernanceLevel, OrganisationKind, OrganisationStatus, PracticeStatus, Role, SettlementContext,
    TargetGroup, Theme,
};
use twinning_locale_check::{read_language, used_keys, Messages};

fn frontend() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../frontend")
}

/// Messages named from a code at run time (frontend/src/i18n/words.rs and the problem and
/// field-error families): each code of each list must have its message.
fn coded_families() -> BTreeMap<&'static str, Vec<String>> {
    fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<String> {
        all.iter().map(|v| code(*v).to_owned()).collect()
    }
    BTreeMap::from([
        (
            "org-kind",
            codes(OrganisationKind::ALL, OrganisationKind::code),
        ),
        (
            "governance",
            codes(GovernanceLevel::ALL, GovernanceLevel::code),
        ),
        (
            "context",
            codes(SettlementContext::ALL, SettlementContext::code),
        ),
        ("theme", codes(Theme::ALL, Theme::code)),
        ("target-group", codes(TargetGroup::ALL, TargetGroup::code)),
        ("role", codes(Role::ALL, Role::code)),
        (
            "org-status",
            codes(OrganisationStatus::ALL, OrganisationStatus::code),
        ),
        (
            "practice-status",
            codes(PracticeStatus::ALL, PracticeStatus::code),
        ),
        (
            "notification-kind",
            codes(NotificationKind::ALL, NotificationKind::code),
        ),
        (
            "delivery",
            codes(
                &[Delivery::Immediate, Delivery::Weekly, Delivery::Never],
                Delivery::code,
            ),
        ),
        // Every kind of problem, by the last part of its type (frontend/src/api.rs).
        (
            "problem",
            twinning_domain::problem::kinds::ALL
                .iter()
                .map(|k| twinning_domain::problem::kinds::slug(k).to_owned())
                .collect(),
        ),
        // Every field error's stable code (frontend/src/i18n/mod.rs, `field_error`).
        (
            "error",
            twinning_domain::problem::reasons::ALL
                .iter()
                .map(|c| (*c).to_owned())
                .collect(),
        ),
    ])
}

fn languages() -> BTreeMap<&'static str, (Messages, BTreeSet<String>)> {
    UiLanguage::ALL
        .iter()
        .map(|l| {
            let dir = frontend().join("locales").join(l.code());
            (
                l.code(),
                read_language(&dir).unwrap_or_else(|e| panic!("{e}")),
            )
        })
        .collect()
}

#[test]
fn every_message_the_app_names_exists_in_every_language_and_none_is_left_over() {
    let langs = languages();
    let used = used_keys(&frontend().join("src"));
    let mut expected: BTreeSet<String> = used.keys().cloned().collect();
    for (family, codes) in coded_families() {
        expected.extend(codes.iter().map(|c| format!("{family}-{c}")));
    }
    let mut problems = vec![];
    for (lang, (messages, _)) in &langs {
        for key in &expected {
            if !messages.contains_key(key) {
                let from = used
                    .get(key)
                    .map_or("a coded family".to_owned(), Clone::clone);
                problems.push(format!("{lang}: `{key}` is missing (used in {from})"));
            }
        }
        for key in messages.keys() {
            if !expected.contains(key) {
                problems.push(format!("{lang}: `{key}` is not used by the app"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_language_has_the_same_files_and_uses_only_the_variables_english_has() {
    let langs = languages();
    let (english, english_files) = &langs["en"];
    let mut problems = vec![];
    for (lang, (messages, files)) in &langs {
        if files != english_files {
            problems.push(format!(
                "{lang}: files {files:?}, English has {english_files:?}"
            ));
        }
        for (key, vars) in messages {
            if let Some(en_vars) = english.get(key) {
                for v in vars.difference(en_vars) {
                    problems.push(format!("{lang}: `{key}` uses ${v}, which English does not"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
