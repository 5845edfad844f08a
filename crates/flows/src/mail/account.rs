//! What account mails say: the link to verify an address, the notice to an old address, the
//! link to reset a password. Times are written in the recipient's time zone.

use chrono::{DateTime, Utc};

use super::render::{escape_html, html_page, one_line, Composed};
use super::MailSettings;

pub use twinning_domain::account::local_time;

/// The recipient of an account mail: their name, and where they read the times.
pub struct Recipient<'a> {
    pub name: &'a str,
    pub time_zone: &'a str,
}

fn link_mail(
    subject: &str,
    to: &Recipient<'_>,
    lead: &str,
    action: &str,
    link: &str,
    expires: DateTime<Utc>,
    otherwise: &str,
) -> Composed {
    let until = local_time(expires, to.time_zone);
    let text = format!(
        "Hello {name},\n\n{lead}\n\n{action}:\n{link}\n\nThe link works once, until {until}.\n\
         {otherwise}\n",
        name = to.name,
    );
    let html = format!(
        "<p>Hello {name},</p>\n<p>{lead}</p>\n<p><a href=\"{link}\">{action}</a></p>\n\
         <p style=\"font-size: small; color: #555\">Or copy this address into your browser: \
         {link}</p>\n<p>The link works once, until {until}.</p>\n<p>{otherwise}</p>\n",
        name = escape_html(to.name),
        lead = escape_html(lead),
        action = escape_html(action),
        link = escape_html(link),
        until = escape_html(&until),
        otherwise = escape_html(otherwise),
    );
    Composed {
        subject: format!("[Twinning] {}", one_line(subject)),
        text,
        html: html_page(&html),
    }
}

pub(super) fn verify_email(
    to: &Recipient<'_>,
    token: &str,
    expires: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    link_mail(
        "Confirm your email address",
        to,
        "Please confirm that this is your address, so that you can submit practices, apply \
         and invite colleagues on Twinning.",
        "Confirm my address",
        &settings.url(&format!("/verify-email?token={token}")),
        expires,
        "If you did not sign up for Twinning, ignore this mail: nothing happens without the link.",
    )
}

/// An invitation: the `/join/{code}` link, for the address it was sent to only.
pub(super) fn invitation(
    to: &Recipient<'_>,
    organisation: &str,
    role: &str,
    code: &str,
    expires: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    link_mail(
        &format!("{organisation} invites you to join it on Twinning"),
        to,
        &format!(
            "{organisation} invites you to join it on Twinning, the network where organisations \
             that serve refugees and migrants share the practices that work, as {role}. The \
             invitation is for this address only."
        ),
        "Accept the invitation",
        &settings.url(&format!("{}{code}", twinning_domain::membership::JOIN_PATH)),
        expires,
        "If you did not expect this invitation, ignore this mail: nothing happens without the link.",
    )
}

pub(super) fn reset_password(
    to: &Recipient<'_>,
    token: &str,
    expires: DateTime<Utc>,
    settings: &MailSettings,
) -> Composed {
    link_mail(
        "Reset your password",
        to,
        "Someone (we hope you) asked to reset the password of your Twinning account. Choosing \
         a new one signs you out everywhere.",
        "Choose a new password",
        &settings.url(&format!("/reset-password?token={token}")),
        expires,
        "If you did not ask for this, ignore this mail: your password stays as it is.",
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
    let when = local_time(at, to.time_zone);
    let reset = settings.url("/forgot-password");
    let text = format!(
        "Hello {name},\n\nOn {when} the email address of your Twinning account was changed to \
         {new_email}. Mails now go there.\n\nIf you did not make this change, reset your \
         password at {reset} and tell the network's administrators.\n",
        name = to.name,
    );
    let html = format!(
        "<p>Hello {name},</p>\n<p>On {when} the email address of your Twinning account was \
         changed to <strong>{new_email}</strong>. Mails now go there.</p>\n<p>If you did not \
         make this change, <a href=\"{reset}\">reset your password</a> and tell the network's \
         administrators.</p>\n",
        name = escape_html(to.name),
        when = escape_html(&when),
        new_email = escape_html(new_email),
        reset = escape_html(&reset),
    );
    Composed {
        subject: "[Twinning] The email address of your account was changed".to_owned(),
        text,
        html: html_page(&html),
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
}
