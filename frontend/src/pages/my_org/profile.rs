//! Editing the organisation's public profile.

use leptos::prelude::*;
use twinning_domain::organisation::{Organisation, OrganisationPatch};
use twinning_domain::review::{OrganisationSaved, Warning};
use twinning_domain::Reason;
use twinning_domain::{
    CountryCode, FieldError, FieldErrors, GovernanceLevel, LanguageCode, OrganisationKind,
    SettlementContext, Theme, Validate,
};

use crate::api;
use crate::components::{
    described, join_codes, parse_codes, Banner, ErrorSummary, FieldErr, FieldRef,
};
use crate::i18n::Word;
use crate::picker::{self, Kind};

use crate::components::options;

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
            .map_err(|r| e.add("country", r))
            .ok();
        let languages = parse_codes(
            &self.languages.get(),
            "languages",
            LanguageCode::parse,
            &mut e,
        );
        let capacity = self.capacity.get().trim().parse::<u32>().ok();
        if capacity.is_none() {
            e.add(
                "mentor_capacity",
                Reason::invalid_type("a whole number")
                    .saying(t!("my-org-profile-capacity-whole-number")),
            );
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
            website: Some(self.website.get().trim().to_owned()),
            location: None,
            can_mentor: Some(self.can_mentor.get()),
            mentor_capacity: capacity,
            time_zone: Some(self.time_zone.get().trim().to_owned()),
            // Changed on the translations page, where its translations are too.
            source_language: None,
        };
        if let Err(more) = patch.validate() {
            for fe in more.into_vec() {
                e.push(fe);
            }
        }
        e.into_result().map(|()| patch)
    }
}

fn input(
    errors: RwSignal<Vec<FieldError>>,
    id: &'static str,
    label: String,
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
    let slug_for_link = slug.clone();
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
                    let found = e.field_errors();
                    if found.is_empty() {
                        message.set(Some(e.message()));
                    }
                    errors.set(found);
                }
            }
        });
    };
    view! {
        <section aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t!("my-org-profile-heading")}</h2>
            <Banner message=message/>
            <ErrorSummary errors=errors form="profile" fields=vec![
                FieldRef::new("name", t!("my-org-profile-name"), "profile-name"),
                FieldRef::new("country", t!("my-org-profile-country"), "profile-country"),
                FieldRef::new("city", t!("my-org-profile-city"), "profile-city"),
                FieldRef::new("languages", t!("my-org-profile-languages"), "profile-languages"),
                FieldRef::new("themes", t!("my-org-profile-themes"), "profile-themes"),
                FieldRef::new("description", t!("my-org-profile-description"), "profile-description"),
                FieldRef::new("website", t!("my-org-profile-website"), "profile-website"),
                FieldRef::new("mentor_capacity", t!("my-org-profile-capacity"), "profile-capacity"),
                FieldRef::new("time_zone", t!("my-org-profile-time-zone"), "profile-time-zone"),
            ]/>
            <form novalidate on:submit=save class="narrow">
                {input(errors, "profile-name", t!("my-org-profile-name"), "name", f.name)}
                <label for="profile-kind">{t!("my-org-profile-kind")}</label>
                <select id="profile-kind" on:change=move |ev| f.kind.set(event_target_value(&ev))>
                    {options(OrganisationKind::ALL, OrganisationKind::code, f.kind)}
                </select>
                <label for="profile-level">{t!("my-org-profile-level")}</label>
                <select id="profile-level" on:change=move |ev| f.level.set(event_target_value(&ev))>
                    {options(GovernanceLevel::ALL, GovernanceLevel::code, f.level)}
                </select>
                {picker::field(errors, Kind::Country, "profile-country", t!("my-org-profile-country"), "country", f.country, false)}
                {input(errors, "profile-city", t!("my-org-profile-city"), "city", f.city)}
                <label for="profile-context">{t!("my-org-profile-context")}</label>
                <select id="profile-context" on:change=move |ev| f.context.set(event_target_value(&ev))>
                    {options(SettlementContext::ALL, SettlementContext::code, f.context)}
                </select>
                {picker::field(errors, Kind::Language, "profile-languages", t!("my-org-profile-languages"), "languages", f.languages, true)}
                <fieldset class="checks" id="profile-themes" tabindex="-1">
                    <legend>{t!("my-org-profile-themes")}</legend>
                    {Theme::ALL.iter().map(|t| {
                        let t = *t;
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=move || f.themes.with(|c| c.contains(&t))
                                    on:change=move |_| f.themes.update(|c| {
                                        if let Some(i) = c.iter().position(|x| *x == t) { c.remove(i); } else { c.push(t); }
                                    })/>
                                {t.word()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <FieldErr errors=errors field="themes"/>
                <label for="profile-description">{t!("my-org-profile-description")}</label>
                <textarea id="profile-description" rows="5" aria-describedby=described(errors, "description", None)
                    bind:value=f.description></textarea>
                <FieldErr errors=errors field="description"/>
                <p class="hint"><a href=format!("/organisations/{slug_for_link}/translations") data-testid="profile-translations">{t!("my-org-profile-translations")}</a></p>
                {input(errors, "profile-website", t!("my-org-profile-website"), "website", f.website)}
                <label class="check"><input type="checkbox" bind:checked=f.can_mentor/>{t!("my-org-profile-can-mentor")}</label>
                {input(errors, "profile-capacity", t!("my-org-profile-capacity"), "mentor_capacity", f.capacity)}
                <label for="profile-time-zone">{t!("my-org-profile-time-zone")}</label>
                <input id="profile-time-zone" data-testid="profile-time-zone" list="time-zones"
                    aria-describedby=described(errors, "time_zone", None) bind:value=f.time_zone/>
                <datalist id="time-zones">
                    {twinning_domain::names::time_zones().map(|z| view! { <option value=z/> }).collect_view()}
                </datalist>
                <FieldErr errors=errors field="time_zone"/>
                <div class="actions">
                    <button type="submit" data-testid="profile-save">{t!("my-org-profile-save")}</button>
                    <Show when=move || saved.get()><span role="status">{t!("my-org-profile-saved")}</span></Show>
                </div>
                {move || super::notice::warnings_view(warnings.get())}
            </form>
        </section>
    }
}
