//! The admin screen of the background queue: listing jobs by status, the dashboard's counts,
//! and retrying a dead job.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};
use twinning_store::jobs::{self, NewJob};

use crate::support::{assert_problem, Options, TestApp};

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn network_admins_list_jobs_and_retry_dead_ones() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Default::default()
    })
    .await;
    let admin = app
        .network_admin("Network", "a@net.example")
        .await
        .tokens
        .access_token;
    let token = Some(admin.as_str());
    // Registration's events were dispatched: their jobs are done.
    assert!(app.run_jobs().await.done >= 2);
    app.write(|tx| {
        let mut job = NewJob::new("no_such_kind", json!({"n": 1}));
        job.max_attempts = 1;
        jobs::enqueue(tx, &job)?;
        let mut later = NewJob::new("prune_jobs", json!({}));
        later.run_at = Some(tx.now() + Duration::hours(1));
        jobs::enqueue(tx, &later)
    });
    assert_eq!(app.run_jobs().await.dead, 1);

    let (status, overview) = app.get("/admin/overview", token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(overview["jobs"], json!({ "pending": 1, "dead": 1 }));

    let (status, dead) = app.get("/admin/jobs?status=dead", token).await;
    assert_eq!(status, StatusCode::OK, "{dead}");
    assert_eq!(dead["total"], 1);
    let job = &dead["items"][0];
    assert_eq!(job["kind"], "no_such_kind");
    assert_eq!(job["status"], "dead");
    assert_eq!(job["attempts"], 1);
    assert!(job["last_error"].as_str().unwrap().contains("no handler"));
    let dead_id = job["id"].as_i64().unwrap();

    let (_, done) = app.get("/admin/jobs?status=done&per_page=1", token).await;
    assert!(done["total"].as_i64().unwrap() >= 2);
    assert_eq!(done["items"].as_array().unwrap().len(), 1);
    assert_eq!(done["items"][0]["kind"], "dispatch_event");
    let (_, pending) = app.get("/admin/jobs?status=pending", token).await;
    assert_eq!(pending["total"], 1);
    assert_eq!(pending["items"][0]["kind"], "prune_jobs");
    let (_, running) = app.get("/admin/jobs?status=running", token).await;
    assert_eq!(running["total"], 0);

    // Every job, newest first, a page at a time without overlap.
    let (_, all) = app.get("/admin/jobs?per_page=100", token).await;
    let total = all["total"].as_i64().unwrap();
    assert_eq!(total as usize, ids(&all).len());
    let (_, first) = app.get("/admin/jobs?per_page=2&page=1", token).await;
    let (_, second) = app.get("/admin/jobs?per_page=2&page=2", token).await;
    assert_eq!(
        [ids(&first), ids(&second)].concat(),
        ids(&all)[..4].to_vec()
    );

    // Retrying: dead -> pending, due now, attempts reset; then the worker runs it again.
    let (status, retried) = app
        .post(&format!("/admin/jobs/{dead_id}/retry"), token, json!(null))
        .await;
    assert_eq!(status, StatusCode::OK, "{retried}");
    assert_eq!(retried["status"], "pending");
    assert_eq!(retried["attempts"], 0);
    assert!(retried["finished_at"].is_null());
    let (_, overview) = app.get("/admin/overview", token).await;
    assert_eq!(overview["jobs"], json!({ "pending": 2, "dead": 0 }));
    let (status, body) = app
        .post(&format!("/admin/jobs/{dead_id}/retry"), token, json!(null))
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("status"));
    assert_eq!(app.run_jobs().await.dead, 1, "it fails again, as it must");

    // A running or done job is not retried either.
    let done_id = done["items"][0]["id"].as_i64().unwrap();
    let (status, body) = app
        .post(&format!("/admin/jobs/{done_id}/retry"), token, json!(null))
        .await;
    assert_problem(status, &body, StatusCode::CONFLICT, Some("status"));
    for missing in ["999999", "-1", "abc", "99999999999999999999999"] {
        let (status, body) = app
            .post(&format!("/admin/jobs/{missing}/retry"), token, json!(null))
            .await;
        assert_problem(status, &body, StatusCode::NOT_FOUND, None);
    }

    // Bounds.
    for (query, field) in [
        ("status=bogus", "status"),
        ("status=", "status"),
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("page=0", "page"),
        ("page=10001", "page"),
        ("page=-1", "page"),
        ("per_page=99999999999", "per_page"),
    ] {
        let (status, body) = app.get(&format!("/admin/jobs?{query}"), token).await;
        assert_problem(status, &body, StatusCode::UNPROCESSABLE_ENTITY, Some(field));
    }
}

#[tokio::test]
async fn a_claim_whose_lease_ran_out_is_listed_as_pending() {
    let app = TestApp::spawn_with(Options {
        manual_clock: true,
        ..Default::default()
    })
    .await;
    let admin = app
        .network_admin("Network", "a@net.example")
        .await
        .tokens
        .access_token;
    let token = Some(admin.as_str());
    app.run_jobs().await;
    app.write(|tx| jobs::enqueue(tx, &NewJob::new("prune_jobs", json!({}))));
    app.write(|tx| jobs::claim(tx, "a-worker-that-dies", Duration::minutes(5), 10));
    let (_, running) = app.get("/admin/jobs?status=running", token).await;
    assert_eq!(running["total"], 1);
    assert_eq!(running["items"][0]["status"], "running");

    app.clock.advance(Duration::minutes(6));
    let (_, running) = app.get("/admin/jobs?status=running", token).await;
    assert_eq!(running["total"], 0);
    let (_, pending) = app.get("/admin/jobs?status=pending", token).await;
    assert_eq!(pending["total"], 1);
    assert_eq!(pending["items"][0]["status"], "pending");
}
