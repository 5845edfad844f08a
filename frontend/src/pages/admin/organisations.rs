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
use crate::i18n::Word;

/// The button for a move, which is also the word that confirms it.
fn button(a: ReviewAction) -> String {
    match a {
        ReviewAction::Approve => t!("admin-orgs-approve"),
        ReviewAction::Reject => t!("admin-orgs-reject"),
        ReviewAction::Suspend => t!("admin-orgs-suspend"),
        ReviewAction::Reactivate => t!("admin-orgs-reactivate"),
    }
}

/// What a move does to the organisation `name`, asked before it is made.
fn question(a: ReviewAction, name: &str) -> String {
    match a {
        ReviewAction::Approve => t!("admin-orgs-approve-question", name = name),
        ReviewAction::Reject => t!("admin-orgs-reject-question", name = name),
        ReviewAction::Suspend => t!("admin-orgs-suspend-question", name = name),
        ReviewAction::Reactivate => t!("admin-orgs-reactivate-question", name = name),
    }
}

/// What was done, once it is.
fn done(a: ReviewAction, name: &str) -> String {
    match a {
        ReviewAction::Approve => t!("admin-orgs-approved", name = name),
        ReviewAction::Reject => t!("admin-orgs-rejected", name = name),
        ReviewAction::Suspend => t!("admin-orgs-suspended", name = name),
        ReviewAction::Reactivate => t!("admin-orgs-reactivated", name = name),
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
    set_title(&t!("admin-orgs-title"));
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
        <h1>{t!("admin-orgs-title")}</h1>
        <p class="lead">{t!("admin-orgs-intro")}</p>
        <div class="filters">
            <div>
                <label for="orgs-status">{t!("admin-orgs-status")}</label>
                <select id="orgs-status" data-testid="orgs-status" on:change=filter>
                    <option value="" selected=move || param("status").is_empty()>{t!("admin-orgs-any-status")}</option>
                    {STATUSES.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code() selected=move || param("status") == s.code()>{s.word()}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Banner message=outcome.message/>
        {move || outcome.status.get().map(|s| view! { <p role="status" class="saved" data-testid="orgs-message">{s}</p> })}
        <Suspense fallback=Loading>
            {move || list.get().map(|r| match r {
                Err(e) => banner(e.message()).into_any(),
                Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="orgs-empty">{t!("admin-orgs-none")}</p> }.into_any(),
                Ok(p) => view! {
                    <p role="status" data-testid="orgs-count">{t!("admin-orgs-count", count = p.total)}</p>
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
                outcome.message.set(Some(t!("admin-orgs-need-reason")));
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
                    Ok(_) => outcome.done(done(action, &name)),
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
                outcome.message.set(Some(t!("admin-orgs-need-into")));
                return;
            }
            let slug = slug.clone();
            leptos::task::spawn_local(async move {
                let path = format!("/admin/organisations/{slug}/merge");
                match api::post::<MergeOutcome, _>(&path, &body).await {
                    Ok(m) => outcome.done(t!(
                        "admin-orgs-merged",
                        from = m.from.name.as_str(),
                        into = m.into.name.as_str(),
                        count = m.moved.values().sum::<i64>(),
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
                    Ok(_) => outcome.done(t!(
                        "admin-orgs-dismissed",
                        name = name.as_str(),
                        other = other_name.as_str()
                    )),
                    Err(e) => outcome.failed(&e),
                }
            });
        })
    };
    let needs_reason = moves(o.status).iter().any(|a| a.needs_reason());
    let merge_question = {
        let name = name.clone();
        move || {
            t!(
                "admin-orgs-merge-question",
                name = name.as_str(),
                into = into.get()
            )
        }
    };
    view! {
        <li class="card" data-testid="org-review" data-slug=slug data-status=o.status.code()>
            <h2><a href=format!("/organisations/{slug}")>{name.clone()}</a>
                " "<span class=format!("status org-{}", o.status.code()) data-testid="org-review-status">{o.status.word()}</span></h2>
            <p class="muted">
                {format!("{} · {}, {} · ", o.kind.word(), o.city, o.country)}
                {t!("admin-orgs-members", count = org.member_count)}
            </p>
            <p data-testid="org-review-registrant">
                {match org.registrant {
                    Some(r) => t!("admin-orgs-registrant", name = r.name, email = r.email, date = day(&o.created_at)),
                    None => t!("admin-orgs-no-registrant"),
                }}
            </p>
            {org.status_reason.map(|r| view! { <p class="notice" data-testid="org-review-reason">{r}</p> })}
            {(!org.duplicates.is_empty()).then(|| view! {
                <h3>{t!("admin-orgs-duplicates")}</h3>
                <ul data-testid="org-review-duplicates">
                    {org.duplicates.into_iter().map(|d| {
                        let other = d.organisation.slug.clone();
                        let other_name = d.organisation.name.clone();
                        let pick = other.clone();
                        view! {
                            <li data-testid="org-duplicate">
                                <a href=format!("/organisations/{other}")>{other_name.clone()}</a>
                                " "{t!("admin-orgs-duplicate-alike", status = d.status.word(), percent = (d.score * 100.0).round())}" "
                                <button type="button" class="secondary" data-testid="org-duplicate-pick"
                                    on:click=move |_| into.set(pick.clone())>{t!("admin-orgs-merge-into-this")}</button>
                                " "<Confirm label=t!("admin-orgs-dismiss") question=t!("admin-orgs-dismiss-question", name = name.as_str(), other = other_name.as_str())
                                    confirm=t!("admin-orgs-dismiss-confirm") testid="org-duplicate-dismiss"
                                    on_confirm=move |()| dismiss.run((other.clone(), other_name.clone()))/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {needs_reason.then(|| view! {
                <label for=reason_id.clone()>{t!("admin-orgs-reason")}</label>
                <textarea id=reason_id.clone() rows="2" data-testid="org-review-reason-input" bind:value=reason></textarea>
            })}
            <div class="actions">
                {moves(o.status).into_iter().map(|a| {
                    let question = question(a, &name);
                    view! {
                        <Confirm label=button(a) question=question confirm=button(a)
                            testid=format!("org-{}", a.past()) on_confirm=move |()| act.run(a)/>
                    }
                }).collect_view()}
            </div>
            <details>
                <summary>{t!("admin-orgs-merge")}</summary>
                <label for=into_id.clone()>{t!("admin-orgs-merge-into")}</label>
                <input id=into_id data-testid="org-merge-into" bind:value=into/>
                <div class="actions">
                    {move || view! {
                        <Confirm label=t!("admin-orgs-merge") question=merge_question() confirm=t!("admin-orgs-merge-confirm")
                            testid="org-merge" on_confirm=move |()| merge.run(())/>
                    }}
                </div>
            </details>
        </li>
    }
}
