//! What the network is, with its live counts.

use leptos::prelude::*;
use twinning_domain::stats::NetworkStats;

use crate::api;
use crate::components::set_title;
use crate::i18n;
use crate::pages::activity::Feed;

#[component]
pub fn Home() -> impl IntoView {
    set_title(&t!("home-title"));
    let stats = LocalResource::new(|| api::get::<NetworkStats>("/stats"));
    let value =
        move |pick: fn(&NetworkStats) -> i64| stats.get().and_then(Result::ok).map(|s| pick(&s));
    // Counts stay far below 2^53, where f64 stops being exact.
    #[allow(clippy::cast_precision_loss)]
    let count = move |pick: fn(&NetworkStats) -> i64| {
        move || value(pick).map_or_else(|| "…".into(), |v| i18n::number(v as f64))
    };
    // The noun after a count agrees with it; until the count arrives, it reads as a plural.
    let n = move |pick: fn(&NetworkStats) -> i64| value(pick).unwrap_or(100);
    view! {
        <section class="hero">
            <h1>{t!("home-title")}</h1>
            <p class="lead">{t!("home-lead")}</p>
            <ul class="stats" aria-label=t!("home-stats-label")>
                <li><strong data-testid="stat-organisations">{count(|s| s.organisations)}</strong>" "
                    {move || t!("home-stat-organisations", count = n(|s| s.organisations))}</li>
                <li><strong data-testid="stat-countries">{count(|s| s.countries)}</strong>" "
                    {move || t!("home-stat-countries", count = n(|s| s.countries))}</li>
                <li><strong data-testid="stat-practices">{count(|s| s.published_practices)}</strong>" "
                    {move || t!("home-stat-practices", count = n(|s| s.published_practices))}</li>
                <li><strong>{count(|s| s.mentors)}</strong>" "
                    {move || t!("home-stat-mentors", count = n(|s| s.mentors))}</li>
            </ul>
            <p class="actions">
                <a class="button" href="/practices">{t!("home-browse")}</a>
                <a class="button secondary" href="/register">{t!("home-join")}</a>
            </p>
        </section>
        <section aria-labelledby="how-heading">
            <h2 id="how-heading">{t!("home-how-heading")}</h2>
            <ol class="steps">
                <li><strong>{t!("home-step-document")}</strong>" "{t!("home-step-document-body")}</li>
                <li><strong>{t!("home-step-find")}</strong>" "{t!("home-step-find-body")}</li>
                <li><strong>{t!("home-step-replicate")}</strong>" "{t!("home-step-replicate-body")}</li>
            </ol>
        </section>
        <section aria-labelledby="activity-heading">
            <h2 id="activity-heading">{t!("home-activity-heading")}</h2>
            <p class="muted">
                {t!("home-activity-intro")}" "
                <a href="/feeds/activity.atom" rel="external" type="application/atom+xml" data-testid="activity-atom">
                    {t!("home-activity-follow")}
                </a>
            </p>
            <Feed path="/activity"/>
        </section>
    }
}
