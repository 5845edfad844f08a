//! What mails say, as plain text and HTML, in the recipient's language (`i18n`). Everything a
//! person typed is escaped in the HTML part.

use std::fmt::Write as _;

use twinning_domain::account::UiLanguage;
use twinning_domain::notify::NotificationKind;
use twinning_store::mail::DigestItem;

use super::i18n::{Args, Words};
use super::MailSettings;
use crate::notify::Rendered;

/// A mail's subject and both bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Subjects are one line: a title holding a line break cannot inject headers or fold oddly.
pub(super) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A mail's HTML page, in the reader's language and its direction.
pub(super) fn html_page(words: Words, inner: &str) -> String {
    let lang = words.lang();
    let dir = if lang == UiLanguage::Ar { "rtl" } else { "ltr" };
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"></head>\
         <body dir=\"{dir}\" style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a\">\n{inner}</body></html>\n",
        lang.code()
    )
}

/// "[Twinning] …", on one line.
pub(super) fn subject(s: &str) -> String {
    format!("[Twinning] {}", one_line(s))
}

fn footer_html(reason_html: &str, unsubscribe: &str, what_html: &str) -> String {
    format!(
        "<hr>\n<p style=\"font-size: small; color: #555\">{reason_html} \
         <a href=\"{}\">{what_html}</a></p>\n",
        escape_html(unsubscribe),
    )
}

/// A notification kind as mails name it, in the reader's language.
fn kind_label(words: Words, kind: NotificationKind) -> String {
    words.plain(&format!("kind-{}", kind.code()))
}

/// The first letter in upper case, for a label that starts a heading.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub(super) fn notification(
    words: Words,
    name: &str,
    kind: NotificationKind,
    n: &Rendered,
    settings: &MailSettings,
    unsubscribe: &str,
) -> Composed {
    let kind_name = kind_label(words, kind);
    let reason = Args::new().text("kind", &kind_name);
    let hello = Args::new().text("name", name);
    let link = n.link.as_deref().map(|l| settings.url(l));
    let mut text = format!(
        "{}\n\n{}\n\n{}\n",
        words.text("hello", &hello),
        n.title,
        n.body
    );
    if let Some(link) = &link {
        let _ = write!(text, "\n{}: {link}\n", words.plain("notification-open"));
    }
    let _ = write!(
        text,
        "\n-- \n{}\n{}: {unsubscribe}\n",
        words.text("notification-reason", &reason),
        words.plain("notification-stop")
    );
    let mut html = format!(
        "<p>{}</p>\n<p><strong>{}</strong></p>\n<p>{}</p>\n",
        words.html("hello", &hello),
        escape_html(&n.title),
        escape_html(&n.body)
    );
    if let Some(link) = &link {
        let _ = writeln!(
            html,
            "<p><a href=\"{}\">{}</a></p>",
            escape_html(link),
            words.plain_html("notification-open")
        );
    }
    html.push_str(&footer_html(
        &words.html("notification-reason", &reason),
        unsubscribe,
        &words.plain_html("notification-stop"),
    ));
    Composed {
        subject: subject(&n.title),
        text,
        html: html_page(words, &html),
    }
}

/// One kind's part of a digest: how many wait, the newest of them, and its unsubscribe.
pub struct DigestGroup {
    pub kind: NotificationKind,
    pub count: i64,
    pub items: Vec<DigestItem>,
    pub unsubscribe: String,
}

pub(super) fn digest(
    words: Words,
    name: &str,
    groups: &[DigestGroup],
    settings: &MailSettings,
    unsubscribe_all: &str,
) -> Composed {
    let total: i64 = groups.iter().map(|g| g.count).sum();
    let hello = Args::new().text("name", name);
    let count = Args::new().number("count", total);
    let mut text = format!(
        "{}\n\n{}\n",
        words.text("hello", &hello),
        words.text("digest-intro", &count)
    );
    let mut html = format!(
        "<p>{}</p>\n<p>{}</p>\n",
        words.html("hello", &hello),
        words.html("digest-intro", &count)
    );
    let open = words.plain_html("digest-open");
    for g in groups {
        let label = capitalised(&kind_label(words, g.kind));
        let heading = Args::new().text("kind", &label).number("count", g.count);
        let _ = write!(text, "\n{}\n", words.text("digest-heading", &heading));
        let _ = write!(
            html,
            "<h2 style=\"font-size: 1.1em\">{}</h2>\n<ul>\n",
            words.html("digest-heading", &heading)
        );
        for item in &g.items {
            let link = item.link.as_deref().map(|l| settings.url(l));
            let _ = write!(text, "- {}: {}", item.title, item.body);
            let _ = write!(
                html,
                "<li><strong>{}</strong>: {}",
                escape_html(&item.title),
                escape_html(&item.body)
            );
            if let Some(link) = &link {
                let _ = write!(text, " <{link}>");
                let _ = write!(html, " <a href=\"{}\">{open}</a>", escape_html(link));
            }
            text.push('\n');
            html.push_str("</li>\n");
        }
        let more = g.count - g.items.len() as i64;
        if more > 0 {
            let more = Args::new().number("count", more);
            let _ = writeln!(text, "{}", words.text("digest-more", &more));
            let _ = writeln!(html, "<li>{}</li>", words.html("digest-more", &more));
        }
        html.push_str("</ul>\n");
        let _ = writeln!(
            text,
            "{}: {}",
            words.plain("digest-stop-kind"),
            g.unsubscribe
        );
        let _ = writeln!(
            html,
            "<p style=\"font-size: small\"><a href=\"{}\">{}</a></p>",
            escape_html(&g.unsubscribe),
            words.plain_html("digest-stop-kind")
        );
    }
    let _ = write!(
        text,
        "\n-- \n{}\n{}: {unsubscribe_all}\n",
        words.plain("digest-reason"),
        words.plain("digest-stop")
    );
    html.push_str(&footer_html(
        &words.plain_html("digest-reason"),
        unsubscribe_all,
        &words.plain_html("digest-stop"),
    ));
    Composed {
        subject: subject(&words.text("digest-subject", &count)),
        text,
        html: html_page(words, &html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_escaped_in_html_and_subjects_stay_on_one_line() {
        let rendered = Rendered {
            title: "“<script>alert(1)</script>”\r\nBcc: x@y.z was published".into(),
            body: "Tom & Jerry's \"plan\"".into(),
            link: Some("/practices/a-b".into()),
        };
        let mail = notification(
            Words::new(UiLanguage::En),
            "Ana <b>",
            NotificationKind::PracticePublished,
            &rendered,
            &MailSettings::new("https://tw.example/"),
            "https://tw.example/api/v1/unsubscribe/t",
        );
        assert!(!mail.subject.contains('\n') && !mail.subject.contains('\r'));
        assert!(!mail.html.contains("<script>"));
        assert!(mail.html.contains("&lt;script&gt;"));
        assert!(mail.html.contains("Tom &amp; Jerry&#39;s &quot;plan&quot;"));
        assert!(mail.html.contains("Ana &lt;b&gt;"));
        assert!(mail.text.contains("Tom & Jerry's \"plan\""));
        assert!(mail.text.contains("https://tw.example/practices/a-b"));
        assert!(mail
            .text
            .contains("https://tw.example/api/v1/unsubscribe/t"));
    }
}
