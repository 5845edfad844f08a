//! What mails say, as plain text and HTML (English for now; the person's language when later
//! issues add languages). Everything a person typed is escaped in the HTML part.

use std::fmt::Write as _;

use twinning_domain::notify::NotificationKind;
use twinning_store::mail::DigestItem;

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

pub(super) fn html_page(inner: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"></head>\
         <body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a\">\n{inner}</body></html>\n"
    )
}

fn footer_html(reason: &str, unsubscribe: &str, what: &str) -> String {
    format!(
        "<hr>\n<p style=\"font-size: small; color: #555\">{} \
         <a href=\"{}\">{}</a></p>\n",
        escape_html(reason),
        escape_html(unsubscribe),
        escape_html(what)
    )
}

pub(super) fn notification(
    name: &str,
    kind: NotificationKind,
    n: &Rendered,
    settings: &MailSettings,
    unsubscribe: &str,
) -> Composed {
    let reason = format!(
        "You receive this mail because you chose to hear at once about: {}.",
        kind.label()
    );
    let link = n.link.as_deref().map(|l| settings.url(l));
    let mut text = format!("Hello {name},\n\n{}\n\n{}\n", n.title, n.body);
    if let Some(link) = &link {
        let _ = write!(text, "\nOpen it in Twinning: {link}\n");
    }
    let _ = write!(text, "\n-- \n{reason}\nStop these mails: {unsubscribe}\n");
    let mut html = format!(
        "<p>Hello {},</p>\n<p><strong>{}</strong></p>\n<p>{}</p>\n",
        escape_html(name),
        escape_html(&n.title),
        escape_html(&n.body)
    );
    if let Some(link) = &link {
        let _ = writeln!(
            html,
            "<p><a href=\"{}\">Open it in Twinning</a></p>",
            escape_html(link)
        );
    }
    html.push_str(&footer_html(&reason, unsubscribe, "Stop these mails"));
    Composed {
        subject: format!("[Twinning] {}", one_line(&n.title)),
        text,
        html: html_page(&html),
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
    name: &str,
    groups: &[DigestGroup],
    settings: &MailSettings,
    unsubscribe_all: &str,
) -> Composed {
    let total: i64 = groups.iter().map(|g| g.count).sum();
    let mut text = format!(
        "Hello {name},\n\nHere is what happened on Twinning since your last digest \
         ({total} notification{}).\n",
        if total == 1 { "" } else { "s" }
    );
    let mut html = format!(
        "<p>Hello {},</p>\n<p>Here is what happened on Twinning since your last digest \
         ({total} notification{}).</p>\n",
        escape_html(name),
        if total == 1 { "" } else { "s" }
    );
    for g in groups {
        let _ = write!(text, "\n{} ({})\n", g.kind.label(), g.count);
        let _ = write!(
            html,
            "<h2 style=\"font-size: 1.1em\">{} ({})</h2>\n<ul>\n",
            escape_html(g.kind.label()),
            g.count
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
                let _ = write!(html, " <a href=\"{}\">Open</a>", escape_html(link));
            }
            text.push('\n');
            html.push_str("</li>\n");
        }
        let more = g.count - g.items.len() as i64;
        if more > 0 {
            let _ = writeln!(text, "… and {more} more.");
            let _ = writeln!(html, "<li>… and {more} more.</li>");
        }
        html.push_str("</ul>\n");
        let _ = writeln!(text, "Stop mails about this: {}", g.unsubscribe);
        let _ = writeln!(
            html,
            "<p style=\"font-size: small\"><a href=\"{}\">Stop mails about this</a></p>",
            escape_html(&g.unsubscribe)
        );
    }
    let reason = "You receive this weekly digest because of your notification settings.";
    let _ = write!(
        text,
        "\n-- \n{reason}\nStop the weekly digest: {unsubscribe_all}\n"
    );
    html.push_str(&footer_html(
        reason,
        unsubscribe_all,
        "Stop the weekly digest",
    ));
    Composed {
        subject: format!(
            "[Twinning] Your weekly digest: {total} notification{}",
            if total == 1 { "" } else { "s" }
        ),
        text,
        html: html_page(&html),
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
