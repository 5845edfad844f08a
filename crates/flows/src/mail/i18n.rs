//! The words of mails in the recipient's language: one Fluent file per language
//! (`crates/flows/locales/{en,fr,de,ar}/mail.ftl`), compiled in and parsed once. A message
//! missing in a language (none should be: a test checks) falls back to English.

use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use twinning_domain::account::UiLanguage;

use super::render::escape_html;

/// The message files, by language.
pub(super) const SOURCES: &[(UiLanguage, &str)] = &[
    (UiLanguage::En, include_str!("../../locales/en/mail.ftl")),
    (UiLanguage::Fr, include_str!("../../locales/fr/mail.ftl")),
    (UiLanguage::De, include_str!("../../locales/de/mail.ftl")),
    (UiLanguage::Ar, include_str!("../../locales/ar/mail.ftl")),
];

/// The month names' keys, January first.
pub(super) const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static Vec<(UiLanguage, Bundle)> {
    static BUNDLES: OnceLock<Vec<(UiLanguage, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, source)| {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, e)| panic!("{}/mail.ftl: {e:?}", lang.code()));
                let id = lang
                    .code()
                    .parse()
                    .expect("the language codes are language identifiers");
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Mails are plain text and simple HTML: no invisible isolation marks around
                // the values (the HTML part sets the direction of the whole page instead).
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("{}/mail.ftl: {e:?}", lang.code()));
                (*lang, bundle)
            })
            .collect()
    })
}

fn bundle(lang: UiLanguage) -> &'static Bundle {
    let all = bundles();
    all.iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| all.first())
        .map(|(_, b)| b)
        .expect("English is always there")
}

/// The named values a message is written with.
#[derive(Default)]
pub struct Args<'a>(Vec<(&'static str, Arg<'a>)>);

enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> Args<'a> {
    pub fn new() -> Args<'a> {
        Args(Vec::new())
    }

    /// A text value, as the person or the system wrote it (escaped in HTML).
    pub fn text(mut self, name: &'static str, value: &'a str) -> Args<'a> {
        self.0.push((name, Arg::Text(value)));
        self
    }

    /// A number, which messages may choose their words by (plurals).
    pub fn number(mut self, name: &'static str, value: i64) -> Args<'a> {
        self.0.push((name, Arg::Number(value)));
        self
    }

    fn fluent(&self, html: bool) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.0 {
            match value {
                Arg::Text(t) if html => args.set(*name, FluentValue::from(escape_html(t))),
                Arg::Text(t) => args.set(*name, FluentValue::from(*t)),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        args
    }
}

/// The words of one mail in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    lang: UiLanguage,
}

impl Words {
    pub fn new(lang: UiLanguage) -> Words {
        Words { lang }
    }

    pub fn lang(self) -> UiLanguage {
        self.lang
    }

    fn format(self, key: &str, args: &Args<'_>, html: bool) -> String {
        let args = args.fluent(html);
        let found = [self.lang, UiLanguage::En].into_iter().find_map(|lang| {
            let bundle = bundle(lang);
            let pattern = bundle.get_message(key)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(
                    key,
                    lang = lang.code(),
                    ?errors,
                    "a mail message has faults"
                );
            }
            Some(text.into_owned())
        });
        found.unwrap_or_else(|| {
            tracing::error!(key, "a mail message is missing");
            key.to_owned()
        })
    }

    /// The message `key` as plain text.
    pub fn text(self, key: &str, args: &Args<'_>) -> String {
        self.format(key, args, false)
    }

    /// The message `key` for the HTML part: the values are escaped, the message's own words
    /// (ours) are not.
    pub(super) fn html(self, key: &str, args: &Args<'_>) -> String {
        self.format(key, args, true)
    }

    /// A message without values, as plain text.
    pub(super) fn plain(self, key: &str) -> String {
        self.text(key, &Args::new())
    }

    /// A message without values, for HTML.
    pub(super) fn plain_html(self, key: &str) -> String {
        escape_html(&self.plain(key))
    }

    /// `t` as the reader reads it where they are: "3 December 2026, 15:30 (Asia/Amman)",
    /// "3 décembre 2026 à 15:30 (Asia/Amman)". A zone that does not parse falls back to UTC.
    pub fn datetime(self, t: DateTime<Utc>, time_zone: &str) -> String {
        let (local, zone) = match time_zone.parse::<chrono_tz::Tz>() {
            Ok(tz) => (t.with_timezone(&tz).naive_local(), tz.name()),
            Err(_) => (t.naive_utc(), "UTC"),
        };
        let month = self.plain(MONTHS[local.month0() as usize]);
        let year = local.year().to_string();
        let time = format!("{:02}:{:02}", local.hour(), local.minute());
        self.text(
            "datetime",
            &Args::new()
                .number("day", i64::from(local.day()))
                .text("month", &month)
                .text("year", &year)
                .text("time", &time)
                .text("zone", zone),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a file, with the variables it uses.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("does not parse: {errors:?}"));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_owned(), vars).is_none(),
                    "{} twice",
                    m.id.name
                );
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        let english = messages(SOURCES[0].1);
        assert!(english.len() > 40);
        for (lang, source) in &SOURCES[1..] {
            let other = messages(source);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
            assert!(
                extra.is_empty(),
                "{}: not in English {extra:?}",
                lang.code()
            );
            for (key, vars) in &english {
                assert_eq!(&other[key], vars, "{}: the variables of {key}", lang.code());
            }
        }
    }

    #[test]
    fn every_message_is_used_by_the_code() {
        // The code names messages by string literals in these files, and builds the keys of
        // the notification kinds and the months.
        let code = [
            include_str!("account.rs"),
            include_str!("render.rs"),
            include_str!("i18n.rs"),
            include_str!("../notify.rs"),
        ]
        .concat();
        let built: BTreeSet<String> = twinning_domain::notify::NotificationKind::ALL
            .iter()
            .map(|k| format!("kind-{}", k.code()))
            .chain(MONTHS.iter().map(|m| (*m).to_owned()))
            .collect();
        let unused: Vec<String> = messages(SOURCES[0].1)
            .into_keys()
            .filter(|k| !built.contains(k) && !code.contains(&format!("\"{k}\"")))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    #[test]
    fn every_message_formats_without_faults_in_every_language() {
        for (lang, source) in SOURCES {
            let bundle = bundle(*lang);
            for (key, vars) in messages(source) {
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.as_str(), FluentValue::from(2));
                }
                let pattern = bundle.get_message(&key).and_then(|m| m.value()).unwrap();
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {key}: {errors:?}", lang.code());
                assert!(!text.trim().is_empty(), "{}: {key}", lang.code());
            }
        }
    }

    #[test]
    fn dates_are_written_in_the_readers_language_and_zone() {
        let t = Utc.with_ymd_and_hms(2026, 12, 3, 12, 30, 0).unwrap();
        let in_amman = |lang| Words::new(lang).datetime(t, "Asia/Amman");
        assert_eq!(
            in_amman(UiLanguage::En),
            "3 December 2026, 15:30 (Asia/Amman)"
        );
        assert_eq!(
            in_amman(UiLanguage::Fr),
            "3 décembre 2026 à 15:30 (Asia/Amman)"
        );
        assert_eq!(
            in_amman(UiLanguage::De),
            "3. Dezember 2026, 15:30 Uhr (Asia/Amman)"
        );
        assert_eq!(
            in_amman(UiLanguage::Ar),
            "3 ديسمبر 2026، الساعة 15:30 (Asia/Amman)"
        );
        let first = Utc.with_ymd_and_hms(2027, 1, 1, 9, 5, 0).unwrap();
        assert_eq!(
            Words::new(UiLanguage::Fr).datetime(first, "Nowhere"),
            "1er janvier 2027 à 09:05 (UTC)"
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let subject =
            |lang, n| Words::new(lang).text("digest-subject", &Args::new().number("count", n));
        assert_eq!(
            subject(UiLanguage::En, 1),
            "Your weekly digest: 1 notification"
        );
        assert_eq!(
            subject(UiLanguage::En, 3),
            "Your weekly digest: 3 notifications"
        );
        assert_eq!(
            subject(UiLanguage::Fr, 1),
            "Votre récapitulatif de la semaine : 1 notification"
        );
        assert_eq!(
            subject(UiLanguage::De, 12),
            "Ihre Wochenzusammenfassung: 12 Benachrichtigungen"
        );
        assert_eq!(subject(UiLanguage::Ar, 1), "ملخصك الأسبوعي: إشعار واحد");
        assert_eq!(subject(UiLanguage::Ar, 2), "ملخصك الأسبوعي: إشعاران");
        assert_eq!(subject(UiLanguage::Ar, 5), "ملخصك الأسبوعي: 5 إشعارات");
        assert_eq!(subject(UiLanguage::Ar, 11), "ملخصك الأسبوعي: 11 إشعارًا");
        assert_eq!(subject(UiLanguage::Ar, 100), "ملخصك الأسبوعي: 100 إشعار");
    }

    #[test]
    fn values_are_escaped_in_html_but_not_in_text() {
        let w = Words::new(UiLanguage::En);
        let args = Args::new().text("name", "Ana <b>");
        assert_eq!(w.text("hello", &args), "Hello Ana <b>,");
        assert_eq!(w.html("hello", &args), "Hello Ana &lt;b&gt;,");
    }
}
