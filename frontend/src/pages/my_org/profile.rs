//! Editing the organisation's public profile.

use leptos::prelude::*;
use twinning_domain::organisation::{Organisation, OrganisationPatch};
use twinning_domain::review::{OrganisationSaved, Warning};
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, GovernanceLevel, LanguageCode, OrganisationKind,
    SettlementContext, Theme, Validate,
};

use crate::api;
use crate::components::{described, join_codes, options, parse_codes, Banner, FieldErr};

#[derive(Clone, Copy)]
struct Fields {
    name: RwSignal<String>,
    kind: RwSignal<String>,
    level: RwSignal<String>,
    country: RwSignal<String>,
    city: RwSignal<String>,
    context: RwSignal<String>,
    languages: RwSignal<String>,
    themes: RwSignal<Vec<Theme>>,
    description: RwSignal<String>,
    website: RwSignal<String>,
    can_mentor: RwSignal<bool>,
    capacity: RwSignal<String>,
    time_zone: RwSignal<String>,
}

impl Fields {
    fn of(o: &Organisation) -> Fields {
        Fields {
            name: RwSignal::new(o.name.clone()),
            kind: RwSignal::new(o.kind.code().to_owned()),
            level: RwSignal::new(o.governance_level.code().to_owned()),
            country: RwSignal::new(o.country.to_string()),
            city: RwSignal::new(o.city.clone()),
            context: RwSignal::new(o.settlement_context.code().to_owned()),
            languages: RwSignal::new(join_codes(&o.languages)),
            themes: RwSignal::new(o.themes.clone()),
            description: RwSignal::new(o.description.clone()),
            website: RwSignal::new(o.website.clone().unwrap_or_default()),
            can_mentor: RwSignal::new(o.can_mentor),
            capacity: RwSignal::new(o.mentor_capacity.to_string()),
            time_zone: RwSignal::new(o.time_zone.clone()),
        }
    }

    /// The whole profile as a patch; the selects only offer valid codes.
    fn patch(&self) -> Result<OrganisationPatch, FieldErrors> {
        let mut e = FieldErrors::new();
        let country = CountryCode::parse(&self.country.get())
            .map_err(|m| e.add("country", m))
            .ok();
        let languages = parse_codes(
            &self.languages.get(),
            "languages",
            LanguageCode::parse,
            &mut e,
        );
        let capacity = self.capacity.get().trim().parse::<u32>().ok();
        if capacity.is_none() {
            e.add("mentor_capacity", "must be a whole number");
        }
        let patch = OrganisationPatch {
            name: Some(self.name.get()),
            kind: OrganisationKind::parse(&self.kind.get()).ok(),
            governance_level: GovernanceLevel::parse(&self.level.get()).ok(),
            country,
            city: Some(self.city.get()),
            settlement_context: SettlementContext::parse(&self.context.get()).ok(),
            languages: Some(languages),
            themes: Some(self.themes.get()),
            description: Some(self.description.get()),
            source_language: None,
            website: Some(self.website.get().trim().to_owned()),
            location: None,
            can_mentor: Some(self.can_mentor.get()),
            mentor_capacity: capacity,
            time_zone: Some(self.time_zone.get().trim().to_owned()),
        };
        if let Err(more) = patch.validate() {
            for fe in more.into_vec() {
                e.add(fe.field, fe.message);
            }
        }
        e.into_result().map(|()| patch)
    }
}

fn input(
    errors: RwSignal<Vec<FieldError>>,
    id: &'static str,
    label: &'static str,
    field: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id data-testid=id aria-describedby=described(errors, field, None) bind:value=value/>
        <FieldErr errors=errors field=field/>
    }
}

#[component]
pub fn ProfileForm(organisation: Organisation, renamed: RwSignal<Option<String>>) -> impl IntoView {
    let f = Fields::of(&organisation);
    let slug = organisation.slug;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let warnings = RwSignal::new(Vec::<Warning>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        message.set(None);
        let patch = match f.patch() {
            Ok(p) => p,
            Err(e) => {
                errors.set(e.into_vec());
                return;
            }
        };
        errors.set(vec![]);
        let slug = slug.clone();
        leptos::task::spawn_local(async move {
            match api::patch::<OrganisationSaved, _>(&format!("/organisations/{slug}"), &patch)
                .await
            {
                Ok(o) => {
                    saved.set(true);
                    warnings.set(o.warnings);
                    renamed.set(Some(o.organisation.name));
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    message.set(Some(e.message()));
                }
            }
        });
    };
    view! {
        <section aria-labelledby="profile-heading">
            <h2 id="profile-heading">"Profile"</h2>
            <Banner message=message/>
            <form novalidate on:submit=save class="narrow">
                {input(errors, "profile-name", "Name", "name", f.name)}
                <label for="profile-kind">"Kind"</label>
                <select id="profile-kind" on:change=move |ev| f.kind.set(event_target_value(&ev))>
                    {options(OrganisationKind::ALL, OrganisationKind::code, OrganisationKind::label, f.kind)}
                </select>
                <label for="profile-level">"Governance level"</label>
                <select id="profile-level" on:change=move |ev| f.level.set(event_target_value(&ev))>
                    {options(GovernanceLevel::ALL, GovernanceLevel::code, GovernanceLevel::label, f.level)}
                </select>
                {input(errors, "profile-country", "Country (ISO code, e.g. JO)", "country", f.country)}
                {input(errors, "profile-city", "City", "city", f.city)}
                <label for="profile-context">"Settlement context"</label>
                <select id="profile-context" on:change=move |ev| f.context.set(event_target_value(&ev))>
                    {options(SettlementContext::ALL, SettlementContext::code, SettlementContext::label, f.context)}
                </select>
                {input(errors, "profile-languages", "Working languages (ISO codes, comma-separated)", "languages", f.languages)}
                <fieldset class="checks">
                    <legend>"Themes you work on"</legend>
                    {Theme::ALL.iter().map(|t| {
                        let t = *t;
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=move || f.themes.with(|c| c.contains(&t))
                                    on:change=move |_| f.themes.update(|c| {
                                        if let Some(i) = c.iter().position(|x| *x == t) { c.remove(i); } else { c.push(t); }
                                    })/>
                                {t.label()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <FieldErr errors=errors field="themes"/>
                <label for="profile-description">"Description"</label>
                <textarea id="profile-description" rows="5" aria-describedby=described(errors, "description", None)
                    bind:value=f.description></textarea>
                <FieldErr errors=errors field="description"/>
                {input(errors, "profile-website", "Website (https://…)", "website", f.website)}
                <label class="check"><input type="checkbox" bind:checked=f.can_mentor/>"We mentor other organisations"</label>
                {input(errors, "profile-capacity", "How many mentees at once", "mentor_capacity", f.capacity)}
                <label for="profile-time-zone">"Time zone (meetings and deadlines are written in it)"</label>
                <input id="profile-time-zone" data-testid="profile-time-zone" list="time-zones"
                    aria-describedby=described(errors, "time_zone", None) bind:value=f.time_zone/>
                <datalist id="time-zones">
                    {twinning_domain::names::time_zones().map(|z| view! { <option value=z/> }).collect_view()}
                </datalist>
                <FieldErr errors=errors field="time_zone"/>
                <div class="actions">
                    <button type="submit" data-testid="profile-save">"Save profile"</button>
                    <Show when=move || saved.get()><span role="status">"Saved."</span></Show>
                </div>
                {move || super::notice::warnings_view(warnings.get())}
            </form>
        </section>
    }
}
