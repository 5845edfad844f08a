//! Background jobs: filter by status (kept in the URL), read a dead job's error, retry it.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::ops::{Job, JobPage, JobStatus};

use super::AdminOnly;
use crate::api::{self, page_param, with_query};
use crate::components::{banner, moment, set_title, Banner, Confirm, Loading, Pager};

/// A job's status in the reader's language.
fn status_word(s: JobStatus) -> String {
    match s {
        JobStatus::Pending => t!("admin-jobs-status-pending"),
        JobStatus::Running => t!("admin-jobs-status-running"),
        JobStatus::Done => t!("admin-jobs-status-done"),
        JobStatus::Dead => t!("admin-jobs-status-dead"),
    }
}

const STATUSES: [JobStatus; 4] = [
    JobStatus::Pending,
    JobStatus::Running,
    JobStatus::Done,
    JobStatus::Dead,
];

#[component]
pub fn Jobs() -> impl IntoView {
    set_title(&t!("admin-jobs-title"));
    view! { <AdminOnly><JobList/></AdminOnly> }
}

#[component]
fn JobList() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let reload = RwSignal::new(0u32);
    let message = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let list = LocalResource::new(move || {
        reload.track();
        let path = with_query(
            "/admin/jobs",
            &[("status", param("status")), ("page", param("page"))],
        );
        async move { api::get::<JobPage>(&path).await }
    });
    let go = {
        let navigate = navigate.clone();
        move |status: String, page: u32| {
            let to = with_query(
                "/admin/jobs",
                &[("status", status), ("page", page_param(page))],
            );
            navigate(&to, Default::default());
        }
    };
    let filter = {
        let go = go.clone();
        move |ev: leptos::ev::Event| go(event_target_value(&ev), 1)
    };
    let go_page = Callback::new(move |page: u32| go(param("status"), page));
    let retry = Callback::new(move |id: i64| {
        message.set(None);
        status.set(None);
        leptos::task::spawn_local(async move {
            match api::post_empty::<Job>(&format!("/admin/jobs/{id}/retry")).await {
                Ok(job) => {
                    status.set(Some(t!(
                        "admin-jobs-retried",
                        id = job.id.get().to_string(),
                        kind = job.kind.as_str()
                    )));
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    });
    let page = Signal::derive(move || param("page").parse().unwrap_or(1));
    let per_page =
        Signal::derive(move || list.get().and_then(Result::ok).map_or(20, |r| r.per_page));
    let total = Signal::derive(move || list.get().and_then(Result::ok).map_or(0, |r| r.total));
    view! {
        <h1>{t!("admin-jobs-title")}</h1>
        <p class="lead">{t!("admin-jobs-intro")}</p>
        <div class="filters">
            <div>
                <label for="jobs-status">{t!("admin-jobs-status")}</label>
                <select id="jobs-status" data-testid="jobs-status" on:change=filter>
                    <option value="" selected=move || param("status").is_empty()>{t!("admin-jobs-any-status")}</option>
                    {STATUSES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code() selected=move || param("status") == s.code()>{status_word(s)}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Banner message=message/>
        {move || status.get().map(|s| view! { <p role="status" class="saved" data-testid="jobs-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="jobs-empty">{t!("admin-jobs-none")}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="jobs-count">{t!("admin-jobs-count", count = p.total)}</p>
                    <table class="list">
                        <thead><tr>
                            <th scope="col">{t!("admin-jobs-col-job")}</th>
                            <th scope="col">{t!("admin-jobs-col-status")}</th>
                            <th scope="col">{t!("admin-jobs-col-attempts")}</th>
                            <th scope="col">{t!("admin-jobs-col-when")}</th>
                            <th scope="col">{t!("admin-jobs-col-error")}</th>
                        </tr></thead>
                        <tbody>
                            {p.items.into_iter().map(|j| view! { <JobRow job=j retry=retry/> }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            })}
        </Suspense>
        <Pager page=page per_page=per_page total=total go=go_page/>
    }
}

#[component]
fn JobRow(job: Job, retry: Callback<i64>) -> impl IntoView {
    let j = job;
    let id = j.id.get();
    let dead = j.status == JobStatus::Dead;
    let payload = serde_json::to_string_pretty(&j.payload).unwrap_or_default();
    let when = match j.finished_at {
        Some(t) => t!("admin-jobs-finished", when = moment(&t)),
        None => t!("admin-jobs-runs", when = moment(&j.run_at)),
    };
    let kind = j.kind.clone();
    view! {
        <tr data-testid="job-item" data-status=j.status.code()>
            <td>
                "#"{id}" "<code>{j.kind.clone()}</code>
                <details>
                    <summary>{t!("admin-jobs-payload")}</summary>
                    <pre class="payload">{payload}</pre>
                </details>
            </td>
            <td data-label=t!("admin-jobs-col-status")><span class=format!("status job-{}", j.status.code()) data-testid="job-status">{status_word(j.status)}</span></td>
            <td data-label=t!("admin-jobs-col-attempts")>{t!("admin-jobs-attempts", attempts = j.attempts, max = j.max_attempts)}</td>
            <td data-label=t!("admin-jobs-col-when")>{when}<br/><span class="muted">{t!("admin-jobs-created", when = moment(&j.created_at))}</span></td>
            <td>
                {j.last_error.clone().map(|e| view! { <pre class="error-text" data-testid="job-error">{e}</pre> })}
                {dead.then(|| view! {
                    <Confirm label=t!("admin-jobs-retry") question=t!("admin-jobs-retry-question", id = id.to_string(), kind = kind.as_str()) confirm=t!("admin-jobs-retry-confirm")
                        testid="job-retry" on_confirm=move |()| retry.run(id)/>
                })}
            </td>
        </tr>
    }
}
