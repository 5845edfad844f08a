//! Vetting organisations: the pending first (or one status, kept in the URL), each with its
//! registrant and possible duplicates, and the moves: approve, reject or suspend with a reason
//! its people read, reactivate, merge into the organisation that is kept.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use twinning_domain::review::{
    AdminOrganisation, AdminOrganisationPage, MergeOutcome, MergeRequest, ReasonRequest,
    ReviewAction,
};
use twinning_domain::{OrganisationStatus, Validate};

use super::AdminOnly;
use crate::api::{self, page_param, with_query};
use crate::components::{banner, day, set_title, Banner, Confirm, Loading, Outcome, Pager};

mod text {
    use twinning_domain::review::ReviewAction;

    pub const TITLE: &str = "Organisations";
    pub const INTRO: &str = "New organisations wait here until you approve them: until then \
        they are not listed, not counted, not offered as mentors and submit nothing. Check the \
        registrant and the possible duplicates first.";
    pub const STATUS: &str = "Status";
    pub const ANY: &str = "All (awaiting approval first)";
    pub const NONE: &str = "No organisation matches.";
    pub const REGISTRANT: &str = "Registered by ";
    pub const NO_REGISTRANT: &str = "Registrant unknown (account deleted)";
    pub const ON: &str = " on ";
    pub const DUPLICATES: &str = "Possible duplicates";
    pub const DISMISS: &str = "Not a duplicate";
    pub const DISMISS_CONFIRM: &str = "Dismiss";
    pub const REASON: &str = "Reason (its people read it)";
    pub const MERGE_INTO: &str = "Merge into (the slug of the organisation that is kept)";
    pub const MERGE: &str = "Merge";
    pub const MERGE_CONFIRM: &str = "Merge them";
    pub const NEED_REASON: &str = "Write the reason first: its people read it.";
    pub const NEED_INTO: &str = "Name the organisation that is kept.";

    pub fn button(a: ReviewAction) -> &'static str {
        match a {
            ReviewAction::Approve => "Approve",
            ReviewAction::Reject => "Reject",
            ReviewAction::Suspend => "Suspend",
            ReviewAction::Reactivate => "Reactivate",
        }
    }

    pub fn question(a: ReviewAction, name: &str) -> String {
        match a {
            ReviewAction::Approve => format!(
                "Approve {name}? It is listed, counted and may submit practices from now on; its \
                 registrant is told by mail."
            ),
            ReviewAction::Reject => format!(
                "Reject {name}? Its registrant reads your reason by mail; it stays unlisted."
            ),
            ReviewAction::Suspend => format!(
                "Suspend {name}? It is hidden at once and its people are signed out; its content \
                 is kept."
            ),
            ReviewAction::Reactivate => format!("Reactivate {name}? It is listed again."),
        }
    }

    pub fn done(a: ReviewAction, name: &str) -> String {
        format!("{name} was {}.", a.past())
    }

    pub fn merge_question(name: &str, into: &str) -> String {
        format!(
            "Merge {name} into {into}? Its people, practices, keys and history move to {into} \
             in one step and {name} is removed; its address leads to {into}. This cannot be undone."
        )
    }

    pub fn merged(from: &str, into: &str, moved: i64) -> String {
        format!("{from} was merged into {into}: {moved} records moved.")
    }

    pub fn dismissed(a: &str, b: &str) -> String {
        format!("{a} and {b} are no longer flagged as duplicates.")
    }

    pub fn count(n: i64) -> String {
        match n {
            1 => "1 organisation".to_owned(),
            n => format!("{n} organisations"),
        }
    }

    pub fn members(n: i64) -> String {
        match n {
            1 => "1 person".to_owned(),
            n => format!("{n} people"),
        }
    }
}

const STATUSES: [OrganisationStatus; 4] = [
    OrganisationStatus::Pending,
    OrganisationStatus::Active,
    OrganisationStatus::Suspended,
    OrganisationStatus::Rejected,
];

#[component]
pub fn Organisations() -> impl IntoView {
    set_title(text::TITLE);
    view! { <AdminOnly><OrganisationList/></AdminOnly> }
}

#[component]
fn OrganisationList() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let outcome = Outcome::new();
    let list = LocalResource::new(move || {
        outcome.reload.track();
        let path = with_query(
            "/admin/organisations",
            &[("status", param("status")), ("page", param("page"))],
        );
        async move { api::get::<AdminOrganisationPage>(&path).await }
    });
    let go = {
        let navigate = navigate.clone();
        move |status: String, page: u32| {
            let to = with_query(
                "/admin/organisations",
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
    let page = Signal::derive(move || param("page").parse().unwrap_or(1));
    let per_page =
        Signal::derive(move || list.get().and_then(Result::ok).map_or(20, |r| r.per_page));
    let total = Signal::derive(move || list.get().and_then(Result::ok).map_or(0, |r| r.total));
    view! {
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <div class="filters">
            <div>
                <label for="orgs-status">{text::STATUS}</label>
                <select id="orgs-status" data-testid="orgs-status" on:change=filter>
                    <option value="" selected=move || param("status").is_empty()>{text::ANY}</option>
                    {STATUSES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code() selected=move || param("status") == s.code()>{s.label()}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Banner message=outcome.message/>
        {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="orgs-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="orgs-empty">{text::NONE}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="orgs-count">{text::count(p.total)}</p>
                    <ul class="cards">
                        {p.items.into_iter().map(|o| view! { <OrganisationCard org=o outcome=outcome/> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Suspense>
        <Pager page=page per_page=per_page total=total go=go_page/>
    }
}

/// The moves that apply to an organisation in `status`.
fn moves(status: OrganisationStatus) -> Vec<ReviewAction> {
    [
        ReviewAction::Approve,
        ReviewAction::Reject,
        ReviewAction::Suspend,
        ReviewAction::Reactivate,
    ]
    .into_iter()
    .filter(|a| a.next(status).is_ok())
    .collect()
}

#[component]
fn OrganisationCard(org: AdminOrganisation, outcome: Outcome) -> impl IntoView {
    let o = org.organisation;
    let slug = o.slug.clone();
    let name = o.name.clone();
    let reason = RwSignal::new(String::new());
    let into = RwSignal::new(String::new());
    let reason_id = format!("reason-{slug}");
    let into_id = format!("into-{slug}");
    let act = {
        let (slug, name) = (slug.clone(), name.clone());
        Callback::new(move |action: ReviewAction| {
            let (slug, name) = (slug.clone(), name.clone());
            let body = ReasonRequest {
                reason: reason.get_untracked(),
            };
            if action.needs_reason() && body.validate().is_err() {
                outcome.message.set(Some(text::NEED_REASON.to_owned()));
                return;
            }
            leptos::task::spawn_local(async move {
                let path = format!(
                    "/admin/organisations/{slug}/{}",
                    match action {
                        ReviewAction::Approve => "approve",
                        ReviewAction::Reject => "reject",
                        ReviewAction::Suspend => "suspend",
                        ReviewAction::Reactivate => "reactivate",
                    }
                );
                let result: Result<AdminOrganisation, _> = if action.needs_reason() {
                    api::post(&path, &body).await
                } else {
                    api::post_empty(&path).await
                };
                match result {
                    Ok(_) => outcome.done(text::done(action, &name)),
                    Err(e) => outcome.failed(&e),
                }
            });
        })
    };
    let merge = {
        let slug = slug.clone();
        Callback::new(move |()| {
            let body = MergeRequest {
                into: into.get_untracked().trim().to_owned(),
            };
            if body.validate().is_err() {
                outcome.message.set(Some(text::NEED_INTO.to_owned()));
                return;
            }
            let slug = slug.clone();
            leptos::task::spawn_local(async move {
                let path = format!("/admin/organisations/{slug}/merge");
                match api::post::<MergeOutcome, _>(&path, &body).await {
                    Ok(m) => outcome.done(text::merged(
                        &m.from.name,
                        &m.into.name,
                        m.moved.values().sum(),
                    )),
                    Err(e) => outcome.failed(&e),
                }
            });
        })
    };
    let dismiss = {
        let (slug, name) = (slug.clone(), name.clone());
        Callback::new(move |(other, other_name): (String, String)| {
            let (slug, name) = (slug.clone(), name.clone());
            leptos::task::spawn_local(async move {
                let path = format!("/admin/organisations/{slug}/duplicates/{other}/dismiss");
                match api::post_empty::<AdminOrganisation>(&path).await {
                    Ok(_) => outcome.done(text::dismissed(&name, &other_name)),
                    Err(e) => outcome.failed(&e),
                }
            });
        })
    };
    let needs_reason = moves(o.status).iter().any(|a| a.needs_reason());
    let merge_question = {
        let name = name.clone();
        move || text::merge_question(&name, &into.get())
    };
    view! {
        <li class="card" data-testid="org-review" data-slug=slug data-status=o.status.code()>
            <h2><a href=format!("/organisations/{slug}")>{name.clone()}</a>
                " "<span class=format!("status org-{}", o.status.code()) data-testid="org-review-status">{o.status.label()}</span></h2>
            <p class="muted">
                {format!("{} · {}, {} · ", o.kind.label(), o.city, o.country)}
                {text::members(org.member_count)}
            </p>
            <p data-testid="org-review-registrant">
                {match org.registrant {
                    Some(r) => format!("{}{} <{}>{}{}", text::REGISTRANT, r.name, r.email, text::ON, day(&o.created_at)),
                    None => text::NO_REGISTRANT.to_owned(),
                }}
            </p>
            {org.status_reason.map(|r| view! { <p class="notice" data-testid="org-review-reason">{r}</p> })}
            {(!org.duplicates.is_empty()).then(|| view! {
                <h3>{text::DUPLICATES}</h3>
                <ul data-testid="org-review-duplicates">
                    {org.duplicates.into_iter().map(|d| {
                        let other = d.organisation.slug.clone();
                        let other_name = d.organisation.name.clone();
                        let pick = other.clone();
                        view! {
                            <li data-testid="org-duplicate">
                                <a href=format!("/organisations/{other}")>{other_name.clone()}</a>
                                {format!(" ({}, {:.0}% alike) ", d.status.label(), d.score * 100.0)}
                                <button type="button" class="secondary" data-testid="org-duplicate-pick"
                                    on:click=move |_| into.set(pick.clone())>"Merge into this one"</button>
                                " "<Confirm label=text::DISMISS question=format!("Mark {} and {} as different organisations?", name, other_name)
                                    confirm=text::DISMISS_CONFIRM testid="org-duplicate-dismiss"
                                    on_confirm=move |()| dismiss.run((other.clone(), other_name.clone()))/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {needs_reason.then(|| view! {
                <label for=reason_id.clone()>{text::REASON}</label>
                <textarea id=reason_id.clone() rows="2" data-testid="org-review-reason-input" bind:value=reason></textarea>
            })}
            <div class="actions">
                {moves(o.status).into_iter().map(|a| {
                    let question = text::question(a, &name);
                    view! {
                        <Confirm label=text::button(a) question=question confirm=text::button(a)
                            testid=format!("org-{}", a.past()) on_confirm=move |()| act.run(a)/>
                    }
                }).collect_view()}
            </div>
            <details>
                <summary>{text::MERGE}</summary>
                <label for=into_id.clone()>{text::MERGE_INTO}</label>
                <input id=into_id data-testid="org-merge-into" bind:value=into/>
                <div class="actions">
                    {move || view! {
                        <Confirm label=text::MERGE question=merge_question() confirm=text::MERGE_CONFIRM
                            testid="org-merge" on_confirm=move |()| merge.run(())/>
                    }}
                </div>
            </details>
        </li>
    }
}
