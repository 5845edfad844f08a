//! The spine: events written with their change (and rolled back with it), the job queue's
//! retries, death and retry, and notifications produced from events by the worker.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;
use twinning_domain::event::EventType;
use twinning_domain::ops::JobStatus;
use twinning_domain::EventId;
use twinning_store::events::{self, Feed};
use twinning_store::jobs::{self, NewJob};
use twinning_store::notifications;

use crate::support::{Options, TestApp};

fn event_types(app: &TestApp, org_feed: Option<i64>) -> Vec<EventType> {
    let feed = match org_feed {
        Some(id) => Feed::Organisation {
            id: twinning_domain::OrganisationId(id),
            private: true,
        },
        None => Feed::Public,
    };
    events::feed(&mut app.store(), feed, None, 100)
        .unwrap()
        .items
        .into_iter()
        .map(|e| e.event_type)
        .collect()
}

#[tokio::test]
async fn an_event_is_written_with_its_change_and_rolled_back_with_it() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let admin = app.network_admin("Network", "a@net.example").await;
    let token = owner.tokens.access_token.as_str();
    let org = twinning_store::organisations::find_by_slug(&mut app.store(), "irbid")
        .unwrap()
        .0
        .get();

    // A submission refused as incomplete leaves no trace: no event, no job.
    let (status, body) = app
        .post(
            "/practices",
            Some(token),
            json!({"title": "Half a plan", "summary": "Short."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let half = body["slug"].as_str().unwrap().to_owned();
    let jobs_before = jobs::counts(&mut app.store()).unwrap();
    let (status, _) = app
        .post(
            &format!("/practices/{half}/submit"),
            Some(token),
            json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let types = event_types(&app, Some(org));
    assert!(!types.contains(&EventType::PracticeSubmitted), "{types:?}");
    assert_eq!(jobs::counts(&mut app.store()).unwrap(), jobs_before);

    // A real change writes its event, and only public events reach the public feed.
    let slug = app
        .published(
            token,
            &admin.tokens.access_token,
            "Waste sorting committees",
        )
        .await;
    let types = event_types(&app, Some(org));
    for t in [
        EventType::OrganisationRegistered,
        EventType::PersonJoined,
        EventType::PracticeCreated,
        EventType::PracticeSubmitted,
        EventType::PracticePublished,
    ] {
        assert!(types.contains(&t), "{t:?} missing from {types:?}");
    }
    let public = event_types(&app, None);
    assert!(public.iter().all(|t| t.is_public()), "{public:?}");
    assert!(public.contains(&EventType::PracticePublished));
    let published = events::feed(&mut app.store(), Feed::Public, None, 10)
        .unwrap()
        .items
        .into_iter()
        .find(|e| e.event_type == EventType::PracticePublished)
        .unwrap();
    assert_eq!(published.subject.slug.as_deref(), Some(slug.as_str()));
    assert_eq!(published.payload["practice"]["status"], "published");
    assert!(published.payload["practice"].get("permissions").is_none());
    assert_eq!(published.organisations[0].slug, "irbid");
}

#[tokio::test]
async fn the_worker_turns_events_into_notifications_once() {
    let app = TestApp::spawn().await;
    let owner = app.register_org("Irbid", "o@irbid.example").await;
    let admin = app.network_admin("Network", "a@net.example").await;
    let slug = app
        .submitted(&owner.tokens.access_token, "Waste sorting")
        .await;
    let report = app.run_jobs().await;
    assert!(report.done >= 3, "{report:?}");
    assert_eq!(report.dead, 0);

    let admin_id = admin.me.organisation.slug.clone();
    let admin_person = twinning_store::accounts::person_by_email(&mut app.store(), "a@net.example")
        .unwrap()
        .id;
    let page = notifications::page(&mut app.store(), admin_person, None, 20).unwrap();
    assert_eq!(page.unread, 1, "{admin_id}: {page:?}");
    assert!(page.items[0].title.contains("Waste sorting"));
    assert_eq!(page.items[0].link.as_deref(), Some("/admin/moderation"));

    // Dispatching the same event again (a job run twice) notifies nobody twice.
    let submitted = events::feed(
        &mut app.store(),
        Feed::Organisation {
            id: twinning_store::organisations::find_by_slug(&mut app.store(), "irbid")
                .unwrap()
                .0,
            private: true,
        },
        None,
        50,
    )
    .unwrap()
    .items
    .into_iter()
    .find(|e| e.event_type == EventType::PracticeSubmitted)
    .unwrap();
    let again = app.write(|tx| {
        let settings = twinning_flows::mail::MailSettings::new("http://twinning.test");
        twinning_flows::notify::dispatch_event(tx, &settings, submitted.id)
            .map_err(|e| twinning_store::StoreError::Setup(e.to_string()))
    });
    assert_eq!(again, 0);
    let page = notifications::page(&mut app.store(), admin_person, None, 20).unwrap();
    assert_eq!(page.items.len(), 1);
    assert!(slug.starts_with("waste-sorting"));
}

#[tokio::test]
async fn jobs_retry_with_backoff_then_die_and_can_be_retried() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Default::default()
    })
    .await;
    app.write(|tx| {
        let mut job = NewJob::new("no_such_kind", json!({"n": 1}));
        job.max_attempts = 2;
        jobs::enqueue(tx, &job)
    });
    let first = app.run_jobs().await;
    assert_eq!((first.done, first.retried, first.dead), (0, 1, 0));
    // Not due again until its backoff has passed.
    let idle = app.run_jobs().await;
    assert_eq!(idle.retried + idle.dead, 0);
    app.clock.advance(Duration::seconds(11));
    let second = app.run_jobs().await;
    assert_eq!(second.dead, 1, "{second:?}");

    let now = app.clock.now();
    let dead = jobs::list(&mut app.store(), Some(JobStatus::Dead), now, 1, 20).unwrap();
    assert_eq!(dead.total, 1);
    let job = &dead.items[0];
    assert_eq!(job.attempts, 2);
    assert!(job.last_error.as_deref().unwrap().contains("no handler"));
    app.write(|tx| jobs::retry(tx, job.id));
    let pending = jobs::list(&mut app.store(), Some(JobStatus::Pending), now, 1, 20).unwrap();
    assert_eq!(pending.total, 1);
    assert_eq!(pending.items[0].attempts, 0);
}

#[tokio::test]
async fn a_lease_that_runs_out_gives_the_job_to_another_worker() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Default::default()
    })
    .await;
    app.write(|tx| jobs::enqueue(tx, &NewJob::new("prune_jobs", json!({}))));
    // A worker claims it and dies before finishing.
    let claimed = app.write(|tx| jobs::claim(tx, "dead-worker", Duration::minutes(5), 10));
    assert_eq!(claimed.len(), 1);
    assert_eq!(app.run_jobs().await.done, 0, "the lease still holds");
    app.clock.advance(Duration::minutes(6));
    assert_eq!(app.run_jobs().await.done, 1);
    // The dead worker waking up cannot complete a job it no longer holds.
    let completed = app.write(|tx| jobs::complete(tx, claimed[0].id, "dead-worker"));
    assert!(!completed);
    let _ = EventId(0);
}
