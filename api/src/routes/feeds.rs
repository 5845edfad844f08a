//! The network's public activity as an Atom 1.0 feed (RFC 4287), for feed readers. It lives
//! outside `/api/v1`: readers poll it by URL and send no credentials.

use super::responses;
use actix_web::{get, web, HttpResponse};
use atom_syndication::{Category, Entry, Feed, Generator, Link, Person, Text};
use chrono::{DateTime, Utc};
use twinning_domain::event::{Event, OrganisationPayload, PracticePayload};
use twinning_store::events::{self, Feed as Which};

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// How many of the latest public events the feed carries.
pub const FEED_ENTRIES: i64 = 50;

pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

/// The public address of the server (`TWINNING_PUBLIC_URL`), never the Host header a caller
/// wrote: feed readers and caches keep these links and ids.
struct Origin {
    /// `https://example.org`, prefixed to the SPA's paths.
    base: String,
    /// The host name alone, the authority of the `tag:` URIs that name entries.
    authority: String,
}

impl Origin {
    fn of(public_url: &str) -> Origin {
        let base = public_url.trim_end_matches('/').to_owned();
        let host = base
            .split("://")
            .nth(1)
            .unwrap_or("localhost")
            .split('/')
            .next()
            .unwrap_or("localhost");
        let authority = match host.strip_prefix('[') {
            Some(v6) => v6
                .split(']')
                .next()
                .unwrap_or("localhost")
                .replace(':', "-"),
            None => host.split(':').next().unwrap_or("localhost").to_owned(),
        };
        Origin { base, authority }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Text as XML 1.0 allows it: most control characters cannot appear even escaped.
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}' && c != '\u{7F}')
        })
        .collect()
}

fn summary(event: &Event) -> Option<String> {
    let payload = event.payload.clone();
    if let Ok(p) = serde_json::from_value::<PracticePayload>(payload.clone()) {
        return Some(p.practice.summary);
    }
    let o = serde_json::from_value::<OrganisationPayload>(payload).ok()?;
    let place = format!(
        "{}, {}",
        o.organisation.city,
        o.organisation.country.as_str()
    );
    Some(if o.organisation.description.is_empty() {
        format!("{} in {place}.", o.organisation.kind.label())
    } else {
        o.organisation.description
    })
}

fn entry(origin: &Origin, event: &Event) -> Entry {
    let at = event.occurred_at.fixed_offset();
    let authors = event
        .organisations
        .iter()
        .map(|o| Person {
            name: xml_text(&o.name),
            uri: Some(origin.url(&format!("/organisations/{}", o.slug))),
            ..Person::default()
        })
        .collect();
    Entry {
        id: format!(
            "tag:{},{}:events/{}",
            origin.authority,
            event.occurred_at.format("%Y-%m-%d"),
            event.id
        ),
        title: Text::plain(xml_text(&event.headline())),
        updated: at,
        published: Some(at),
        authors,
        links: event
            .link()
            .map(|path| Link {
                href: origin.url(&path),
                mime_type: Some("text/html".to_owned()),
                ..Link::default()
            })
            .into_iter()
            .collect(),
        categories: vec![Category {
            term: event.event_type.code().to_owned(),
            ..Category::default()
        }],
        summary: summary(event).map(|s| Text::plain(xml_text(&s))),
        ..Entry::default()
    }
}

/// Builds the feed document from the newest public events (already as outsiders see them).
fn document(origin: &Origin, items: &[Event], now: DateTime<Utc>) -> Feed {
    let updated = items.first().map_or(now, |e| e.occurred_at);
    Feed {
        id: format!("tag:{},2026:activity", origin.authority),
        title: Text::plain("Twinning: activity of the network"),
        subtitle: Some(Text::plain(
            "Organisations joining the network and good practices published.",
        )),
        updated: updated.fixed_offset(),
        authors: vec![Person {
            name: "Twinning".to_owned(),
            uri: Some(origin.url("/")),
            ..Person::default()
        }],
        links: vec![
            Link {
                href: origin.url("/feeds/activity.atom"),
                rel: "self".to_owned(),
                mime_type: Some("application/atom+xml".to_owned()),
                ..Link::default()
            },
            Link {
                href: origin.url("/"),
                mime_type: Some("text/html".to_owned()),
                ..Link::default()
            },
        ],
        generator: Some(Generator {
            value: "Twinning".to_owned(),
            ..Generator::default()
        }),
        lang: Some("en".to_owned()),
        entries: items.iter().map(|e| entry(origin, e)).collect(),
        ..Feed::default()
    }
}

/// The latest public events of the network as an Atom feed: organisations that joined and
/// practices published (while they stay published). Each entry links to its page in the web
/// app. Outside `/api/v1`, at `/feeds/activity.atom`.
#[utoipa::path(
    tag = "activity",
    responses(
        (status = 200, description = "An Atom 1.0 feed of the 50 latest public events", body = String, content_type = "application/atom+xml"),
        responses::Common,
    )
)]
#[get("/feeds/activity.atom")]
pub async fn activity_atom(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let origin = Origin::of(state.mailer.settings().public_url());
    let now = state.clock.now();
    let page = state
        .db(|conn| Ok(events::feed(conn, Which::Public, None, FEED_ENTRIES)?))
        .await?;
    let items: Vec<Event> = page.items.into_iter().map(Event::for_outsiders).collect();
    let xml = document(&origin, &items, now)
        .write_to(Vec::new())
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("writing the Atom feed: {e}")))?;
    Ok(HttpResponse::Ok().content_type(CONTENT_TYPE).body(xml))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_xml() {
        assert_eq!(xml_text("a\u{1}b\u{0}c\td\u{FFFF}"), "abc\td");
        assert_eq!(xml_text("Irbid — “sorting”"), "Irbid — “sorting”");
    }
}
