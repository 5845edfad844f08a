//! The profile form of "My account": name, email address, language and time zone.

use leptos::prelude::*;
use twinning_domain::account::{time_zones, MeUpdate, UiLanguage};
use twinning_domain::auth::Me;
use twinning_domain::{FieldError, Validate};

use crate::api;
use crate::components::{described_in, Banner, FieldErr};
use crate::session::use_auth;

const FORM: &str = "profile";

/// The fields of the form that differ from what is stored.
fn changes(me: &Me, name: &str, email: &str, language: &str, time_zone: &str) -> MeUpdate {
    let differs = |new: &str, old: &str| (new.trim() != old).then(|| new.trim().to_owned());
    MeUpdate {
        name: differs(name, &me.name),
        email: differs(email, &me.email),
        language: UiLanguage::parse(language)
            .ok()
            .filter(|l| *l != me.language),
        time_zone: differs(time_zone, &me.time_zone),
    }
}

#[component]
pub fn ProfileForm(me: Me) -> impl IntoView {
    let auth = use_auth();
    let name = RwSignal::new(me.name.clone());
    let email = RwSignal::new(me.email.clone());
    let language = RwSignal::new(me.language.code().to_owned());
    let time_zone = RwSignal::new(me.time_zone.clone());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let banner = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let stored = StoredValue::new(me);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let update = stored.with_value(|me| {
            changes(
                me,
                &name.get(),
                &email.get(),
                &language.get(),
                &time_zone.get(),
            )
        });
        saved.set(None);
        banner.set(None);
        if let Err(e) = update.validate() {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::patch::<Me, _>("/me", &update).await {
                Ok(fresh) => {
                    // The app follows the person's language: switch to it at once.
                    if fresh.language != crate::i18n::language() {
                        crate::i18n::remember_and_reload(fresh.language);
                    }
                    let new_address = update.email.is_some();
                    stored.set_value(fresh.clone());
                    auth.me.set(Some(fresh));
                    saved.set(Some(if new_address {
                        t!("account-profile-new-address")
                    } else {
                        t!("account-profile-saved")
                    }));
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    banner.set(Some(e.message()));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section aria-labelledby="profile-heading" class="narrow">
            <h2 id="profile-heading">{t!("account-profile-heading")}</h2>
            <Banner message=banner/>
            <form novalidate on:submit=save data-testid="profile-form">
                <label for="profile-name">{t!("account-profile-name")}</label>
                <input id="profile-name" autocomplete="name" data-testid="profile-name"
                    aria-describedby=described_in(errors, FORM, "name", None) bind:value=name/>
                <FieldErr errors=errors field="name" form=FORM/>

                <label for="profile-email">{t!("account-profile-email")}</label>
                <p class="muted" id="hint-email">{t!("account-profile-email-hint")}</p>
                <input id="profile-email" type="email" autocomplete="email" data-testid="profile-email"
                    aria-describedby=described_in(errors, FORM, "email", Some("hint-email".into())) bind:value=email/>
                <FieldErr errors=errors field="email" form=FORM/>

                <label for="profile-language">{t!("account-profile-language")}</label>
                <p class="muted" id="hint-language">{t!("account-profile-language-hint")}</p>
                <select id="profile-language" data-testid="profile-language"
                    aria-describedby=described_in(errors, FORM, "language", Some("hint-language".into()))
                    on:change=move |ev| language.set(event_target_value(&ev))>
                    {UiLanguage::ALL.iter().map(|l| {
                        let l = *l;
                        view! { <option value=l.code() lang=l.code() selected=move || language.with(|c| c == l.code())>{l.label()}</option> }
                    }).collect_view()}
                </select>
                <FieldErr errors=errors field="language" form=FORM/>

                <label for="profile-time-zone">{t!("account-profile-time-zone")}</label>
                <p class="muted" id="hint-time-zone">{t!("account-profile-time-zone-hint")}</p>
                <input id="profile-time-zone" list="time-zone-names" autocomplete="off" data-testid="profile-time-zone"
                    aria-describedby=described_in(errors, FORM, "time_zone", Some("hint-time-zone".into())) bind:value=time_zone/>
                <datalist id="time-zone-names">
                    {time_zones().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <FieldErr errors=errors field="time_zone" form=FORM/>

                <div class="actions">
                    <button type="submit" data-testid="profile-save" disabled=move || busy.get()>{t!("account-profile-save")}</button>
                </div>
            </form>
            {move || saved.get().map(|m| view! { <p class="saved" role="status" data-testid="profile-saved">{m}</p> })}
        </section>
    }
}
