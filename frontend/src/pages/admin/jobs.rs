//! Background jobs: filter by status (kept in the URL), read a dead job's error, retry it.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::ops::{Job, JobPage, JobStatus};

use super::AdminOnly;
use crate::api::{self, page_param, with_query};
use crate::components::{banner, moment, set_title, Banner, Confirm, Loading, Pager};

mod text {
    use twinning_domain::ops::JobStatus;

    pub const TITLE: &str = "Background jobs";
    pub const INTRO: &str = "Work the platform does after a change: dispatching events into \
        notifications, sending mails, weekly digests. A job that fails is tried again later; \
        after its last attempt it is dead and waits here for you.";
    pub const STATUS: &str = "Status";
    pub const ANY: &str = "Any status";
    pub const NONE: &str = "No job matches.";
    pub const COL_JOB: &str = "Job";
    pub const COL_STATUS: &str = "Status";
    pub const COL_ATTEMPTS: &str = "Attempts";
    pub const COL_WHEN: &str = "When";
    pub const COL_ERROR: &str = "Last error";
    pub const PAYLOAD: &str = "Payload";
    pub const RETRY: &str = "Retry";
    pub const RETRY_CONFIRM: &str = "Retry the job";
    pub const CREATED: &str = "Created ";
    pub const RUNS: &str = "Runs ";
    pub const FINISHED: &str = "Finished ";

    pub fn status(s: JobStatus) -> &'static str {
        match s {
            JobStatus::Pending => "Pending",
            JobStatus::Running => "Running",
            JobStatus::Done => "Done",
            JobStatus::Dead => "Dead",
        }
    }

    pub fn count(n: i64) -> String {
        match n {
            1 => "1 job".to_owned(),
            n => format!("{n} jobs"),
        }
    }

    pub fn retry_question(id: i64, kind: &str) -> String {
        format!(
            "Retry job #{id} ({kind})? It runs again as soon as a worker is free, with a fresh \
             set of attempts. Its work is done once even if it had partly run."
        )
    }

    pub fn retried(id: i64, kind: &str) -> String {
        format!("Job #{id} ({kind}) is queued again; a worker will run it shortly.")
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
    set_title(text::TITLE);
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
                    status.set(Some(text::retried(job.id.get(), &job.kind)));
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
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <div class="filters">
            <div>
                <label for="jobs-status">{text::STATUS}</label>
                <select id="jobs-status" data-testid="jobs-status" on:change=filter>
                    <option value="" selected=move || param("status").is_empty()>{text::ANY}</option>
                    {STATUSES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code() selected=move || param("status") == s.code()>{text::status(s)}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Banner message=message/>
        {move || status.get().map(|s| view! { <p role="status" class="saved" data-testid="jobs-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="jobs-empty">{text::NONE}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="jobs-count">{text::count(p.total)}</p>
                    <table class="list">
                        <thead><tr>
                            <th scope="col">{text::COL_JOB}</th>
                            <th scope="col">{text::COL_STATUS}</th>
                            <th scope="col">{text::COL_ATTEMPTS}</th>
                            <th scope="col">{text::COL_WHEN}</th>
                            <th scope="col">{text::COL_ERROR}</th>
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
        Some(t) => format!("{}{}", text::FINISHED, moment(&t)),
        None => format!("{}{}", text::RUNS, moment(&j.run_at)),
    };
    let kind = j.kind.clone();
    view! {
        <tr data-testid="job-item" data-status=j.status.code()>
            <td>
                "#"{id}" "<code>{j.kind.clone()}</code>
                <details>
                    <summary>{text::PAYLOAD}</summary>
                    <pre class="payload">{payload}</pre>
                </details>
            </td>
            <td data-label=text::COL_STATUS><span class=format!("status job-{}", j.status.code()) data-testid="job-status">{text::status(j.status)}</span></td>
            <td data-label=text::COL_ATTEMPTS>{format!("{} / {}", j.attempts, j.max_attempts)}</td>
            <td data-label=text::COL_WHEN>{when}<br/><span class="muted">{text::CREATED}{moment(&j.created_at)}</span></td>
            <td>
                {j.last_error.clone().map(|e| view! { <pre class="error-text" data-testid="job-error">{e}</pre> })}
                {dead.then(|| view! {
                    <Confirm label=text::RETRY question=text::retry_question(id, &kind) confirm=text::RETRY_CONFIRM
                        testid="job-retry" on_confirm=move |()| retry.run(id)/>
                })}
            </td>
        </tr>
    }
}
