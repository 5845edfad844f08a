//! What the network is, with its live counts.

use leptos::prelude::*;
use twinning_domain::stats::NetworkStats;

use crate::api;
use crate::components::set_title;
use crate::pages::activity::Feed;

#[component]
pub fn Home() -> impl IntoView {
    set_title("Make good practices travel");
    let stats = LocalResource::new(|| api::get::<NetworkStats>("/stats"));
    let count = move |pick: fn(&NetworkStats) -> i64| {
        move || {
            stats
                .get()
                .and_then(Result::ok)
                .map(|s| pick(&s).to_string())
                .unwrap_or_else(|| "…".into())
        }
    };
    view! {
        <section class="hero">
            <h1>"Make good practices travel"</h1>
            <p class="lead">
                "Twinning is a community of practice for the organisations that serve refugees and migrants: "
                "NGOs, municipalities, UN agencies, refugee-led groups, universities. An organisation that ran a "
                "programme that worked mentors one that wants to run it at home, from the first call for interest "
                "to a documented, rewarded replication."
            </p>
            <ul class="stats" aria-label="The network today">
                <li><strong data-testid="stat-organisations">{count(|s| s.organisations)}</strong>" member organisations"</li>
                <li><strong data-testid="stat-countries">{count(|s| s.countries)}</strong>" countries"</li>
                <li><strong data-testid="stat-practices">{count(|s| s.published_practices)}</strong>" published practices"</li>
                <li><strong>{count(|s| s.mentors)}</strong>" organisations ready to mentor"</li>
            </ul>
            <p class="actions">
                <a class="button" href="/practices">"Browse the practices"</a>
                <a class="button secondary" href="/register">"Join the network"</a>
            </p>
        </section>
        <section aria-labelledby="how-heading">
            <h2 id="how-heading">"How a practice travels"</h2>
            <ol class="steps">
                <li><strong>"Document it. "</strong>"A member describes a programme that worked: the problem, what was done, the results and their evidence. The network's administrators review it before it is published."</li>
                <li><strong>"Find it. "</strong>"Others search the catalogue by theme, settlement context, country, language and the people it serves."</li>
                <li><strong>"Replicate it. "</strong>"The organisation that ran it mentors one that wants to run it at home, with a toolbox of manuals, templates and training material."</li>
            </ol>
        </section>
        <section aria-labelledby="activity-heading">
            <h2 id="activity-heading">"Latest in the network"</h2>
            <p class="muted">
                "Practices published and organisations that joined, newest first. "
                <a href="/feeds/activity.atom" rel="external" type="application/atom+xml" data-testid="activity-atom">
                    "Follow it in a feed reader (Atom)"
                </a>
            </p>
            <Feed path="/activity"/>
        </section>
    }
}
