//! What account mails say: the link to verify an address, the notice to an old address, the
//! link to reset a password, an invitation. Written in the recipient's language, with times in
//! their time zone.

use chrono::{DateTime, Utc};
use twinning_domain::account::UiLanguage;
use twinning_domain::Role;

use super::i18n::{Args, Words};
use super::render::{escape_html, html_page, subject, Composed};
use super::MailSettings;

pub use twinning_domain::account::local_time;

/// The recipient of an account mail: their name, where they read the times, and the language
/// they read (English when they have not chosen one).
pub struct Recipient<'a> {
    pub name: &'a str,
    pub time_zone: &'a str,
    pub language: UiLanguage,
}

/// The keys of one link mail's messages.
struct LinkMail<'a> {
    subject: &'a str,
    lead: &'a str,
    action: &'a str,
    otherwise: &'a str,
}

fn link_mail(
    keys: &LinkMail<'_>,
    args: &Args<'_>,
    to: &Recipient<'_>,
    link: &str,
    expires: DateTime<Utc>,
) -> Composed {
    let words = Words::new(to.language);
    let until = words.datetime(expires, to.time_zone);
    let hello = Args::new().text("name", to.name);
    let until = Args::new().text("until", &until);
    let copy = Args::new().text("link", link);
    let text = format!(
        "{}\n\n{}\n\n{}:\n{link}\n\n{}\n{}\n",
        words.text("hello", &hello),
        words.text(keys.lead, args),
        words.text(keys.action, args),
        words.text("link-until", &until),
        words.text(keys.otherwise, args),
    );
    let html = format!(
        "<p>{}</p>\n<p>{}</p>\n<p><a href=\"{}\">{}</a></p>\n\
         <p style=\"font-size: small; color: #555\">{}</p>\n<p>{}</p>\n<p>{}</p>\n",
        words.html("hello", &hello),
        words.html(keys.lead, args),
        escape_html(link),
        words.html(keys.action, args),
        words.html("copy-link", &copy),
        words.html("link-until", &until),
        words.html(keys.otherwise, args),
    );
    Composed {
        subject: subject(&words.text(keys.subject, args)),
        text,
        html: html_page(words, &html),
    }
}

pub(super) fn verify_email(
    to: &Recipient<'_>,
    token: &str,
    expires: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    link_mail(
        &LinkMail {
            subject: "verify-subject",
            lead: "verify-lead",
            action: "verify-action",
            otherwise: "verify-otherwise",
        },
        &Args::new(),
        to,
        &settings.url(&format!("/verify-email?token={token}")),
        expires,
    )
}

/// An invitation: the `/join/{code}` link, for the address it was sent to only.
pub(super) fn invitation(
    to: &Recipient<'_>,
    organisation: &str,
    role: Role,
    code: &str,
    expires: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    link_mail(
        &LinkMail {
            subject: "invitation-subject",
            lead: "invitation-lead",
            action: "invitation-action",
            otherwise: "invitation-otherwise",
        },
        &Args::new()
            .text("organisation", organisation)
            .text("role", role.code()),
        to,
        &settings.url(&format!("{}{code}", twinning_domain::membership::JOIN_PATH)),
        expires,
    )
}

pub(super) fn reset_password(
    to: &Recipient<'_>,
    token: &str,
    expires: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    link_mail(
        &LinkMail {
            subject: "reset-subject",
            lead: "reset-lead",
            action: "reset-action",
            otherwise: "reset-otherwise",
        },
        &Args::new(),
        to,
        &settings.url(&format!("/reset-password?token={token}")),
        expires,
    )
}

/// To the old address when the account's address changes: the person learns of it even if
/// someone else made the change.
pub(super) fn email_changed(
    to: &Recipient<'_>,
    new_email: &str,
    at: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    let words = Words::new(to.language);
    let when = words.datetime(at, to.time_zone);
    let reset = settings.url("/forgot-password");
    let hello = Args::new().text("name", to.name);
    let body = Args::new().text("when", &when).text("email", new_email);
    let text = format!(
        "{}\n\n{}\n\n{}\n{}: {reset}\n",
        words.text("hello", &hello),
        words.text("email-changed-body", &body),
        words.plain("email-changed-advice"),
        words.plain("email-changed-reset"),
    );
    let html = format!(
        "<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n<p><a href=\"{}\">{}</a></p>\n",
        words.html("hello", &hello),
        words.html("email-changed-body", &body),
        words.plain_html("email-changed-advice"),
        escape_html(&reset),
        words.plain_html("email-changed-reset"),
    );
    Composed {
        subject: subject(&words.plain("email-changed-subject")),
        text,
        html: html_page(words, &html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn times_are_written_in_the_recipients_zone() {
        let t = Utc.with_ymd_and_hms(2026, 12, 3, 12, 30, 0).unwrap();
        assert_eq!(
            local_time(t, "Europe/Amsterdam"),
            "3 December 2026, 13:30 (Europe/Amsterdam)"
        );
        assert_eq!(
            local_time(t, "Asia/Amman"),
            "3 December 2026, 15:30 (Asia/Amman)"
        );
        assert_eq!(local_time(t, "Nowhere"), "3 December 2026, 12:30 (UTC)");
    }

    #[test]
    fn a_verification_mail_holds_its_link_and_escapes_the_name() {
        let t = Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap();
        let mail = verify_email(
            &Recipient {
                name: "Ana <b>",
                time_zone: "America/Bogota",
                language: UiLanguage::En,
            },
            "tok-123",
            t,
            &MailSettings::new("https://tw.example/"),
        );
        assert!(mail
            .text
            .contains("https://tw.example/verify-email?token=tok-123"));
        assert!(mail
            .text
            .contains("5 December 2026, 04:00 (America/Bogota)"));
        assert!(mail.html.contains("Ana &lt;b&gt;"));
        assert!(!mail.subject.contains('\n'));
    }

    #[test]
    fn account_mails_are_written_in_the_recipients_language() {
        let t = Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap();
        let settings = MailSettings::new("https://tw.example/");
        let to = |language| Recipient {
            name: "Rania",
            time_zone: "Asia/Amman",
            language,
        };
        let fr = reset_password(&to(UiLanguage::Fr), "tok", t, &settings);
        assert_eq!(fr.subject, "[Twinning] Réinitialisez votre mot de passe");
        assert!(fr.text.starts_with("Bonjour Rania,"));
        assert!(fr
            .text
            .contains("jusqu’au 5 décembre 2026 à 12:00 (Asia/Amman)"));
        assert!(fr.html.contains("<html lang=\"fr\" dir=\"ltr\">"));

        let ar = verify_email(&to(UiLanguage::Ar), "tok", t, &settings);
        assert_eq!(ar.subject, "[Twinning] أكِّد عنوان بريدك الإلكتروني");
        assert!(ar.text.contains("مرحبًا Rania،"));
        assert!(ar.text.contains("5 ديسمبر 2026، الساعة 12:00 (Asia/Amman)"));
        assert!(ar.html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(ar
            .text
            .contains("https://tw.example/verify-email?token=tok"));

        let de = invitation(
            &to(UiLanguage::De),
            "Stadt Tampere",
            Role::OrgAdmin,
            "c0de",
            t,
            &settings,
        );
        assert_eq!(
            de.subject,
            "[Twinning] Stadt Tampere lädt Sie zu Twinning ein"
        );
        assert!(de
            .text
            .contains("als Administratorin oder Administrator der Organisation"));

        let en = email_changed(&to(UiLanguage::En), "new@x.example", t, &settings);
        assert!(en
            .text
            .contains("On 5 December 2026, 12:00 (Asia/Amman) the email address"));
        assert!(en.text.contains("https://tw.example/forgot-password"));
    }
}
