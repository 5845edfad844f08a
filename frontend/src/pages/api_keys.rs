//! Partner API keys: an organisation's admins create them (the secret shown once) and revoke
//! them; network admins list and revoke every key (see `admin::keys`).

use leptos::prelude::*;
use twinning_domain::api_key::{ApiKey, ApiKeyPage, CreatedApiKey, NewApiKey, KEY_NAME_MAX};
use twinning_domain::Reason;
use twinning_domain::{FieldError, Scope};

use crate::api::{self, ApiError};
use crate::components::{
    banner, day, described_in, now, Banner, Confirm, FieldErr, Loading, Pager,
};

/// What a scope opens, in the reader's language.
fn scope_description(s: Scope) -> String {
    match s {
        Scope::ReadPrivate => t!("api-keys-scope-read-private"),
        Scope::WritePractices => t!("api-keys-scope-write-practices"),
        Scope::WriteOrganisation => t!("api-keys-scope-write-organisation"),
    }
}

/// Revokes `key` through its organisation (its org admins, or a network admin managing it).
async fn revoke(key: &ApiKey) -> Result<(), ApiError> {
    api::delete(&format!(
        "/organisations/{}/api-keys/{}",
        key.organisation.slug, key.id
    ))
    .await
}

/// `active`, `expired` or `revoked`, with the words for it.
fn state(k: &ApiKey) -> (&'static str, String) {
    if let Some(at) = k.revoked_at {
        ("revoked", t!("api-keys-revoked-on", date = day(&at)))
    } else if let Some(at) = k.expires_at.filter(|at| *at <= now()) {
        ("expired", t!("api-keys-expired-on", date = day(&at)))
    } else {
        ("active", t!("api-keys-active"))
    }
}

/// The keys in a table; active ones can be revoked (after a confirmation).
#[component]
pub fn KeyTable(
    keys: Vec<ApiKey>,
    /// Whether to name each key's organisation (the network admins' list).
    with_org: bool,
    #[prop(into)] on_revoke: Callback<ApiKey>,
) -> impl IntoView {
    view! {
        <table class="list keys">
            <thead>
                <tr>
                    <th scope="col">{t!("api-keys-col-name")}</th>
                    {with_org.then(|| view! { <th scope="col">{t!("api-keys-col-organisation")}</th> })}
                    <th scope="col">{t!("api-keys-col-key")}</th>
                    <th scope="col">{t!("api-keys-col-scopes")}</th>
                    <th scope="col">{t!("api-keys-col-created")}</th>
                    <th scope="col">{t!("api-keys-col-used")}</th>
                    <th scope="col">{t!("api-keys-col-expires")}</th>
                    <th scope="col">{t!("api-keys-col-state")}</th>
                </tr>
            </thead>
            <tbody>
                {keys.into_iter().map(|k| {
                    let (code, label) = state(&k);
                    let question = t!("api-keys-revoke-question", name = k.name.as_str());
                    let org = k.organisation.clone();
                    let key = k.clone();
                    view! {
                        <tr data-testid="apikey-item" data-state=code data-prefix=k.prefix.clone()>
                            <td data-testid="apikey-name-cell">{k.name.clone()}</td>
                            {with_org.then(|| view! {
                                <td data-label=t!("api-keys-col-organisation")><a href=format!("/organisations/{}", org.slug)>{org.name.clone()}</a></td>
                            })}
                            <td data-label=t!("api-keys-col-key")><code>{k.prefix.clone()}"…"</code></td>
                            <td data-label=t!("api-keys-col-scopes")>{k.scopes.iter().map(|s| view! { <code class="scope">{s.code()}</code>" " }).collect_view()}</td>
                            <td data-label=t!("api-keys-col-created")>{day(&k.created_at)}</td>
                            <td data-label=t!("api-keys-col-used")>{k.last_used_at.map_or_else(|| t!("api-keys-never-used"), |t| day(&t))}</td>
                            <td data-label=t!("api-keys-col-expires")>{k.expires_at.map_or_else(|| t!("api-keys-no-expiry"), |t| day(&t))}</td>
                            <td data-label=t!("api-keys-col-state")>
                                <span class=format!("key-state key-{code}") data-testid="apikey-state">{label}</span>
                                {(code == "active").then(|| view! {
                                    " "<Confirm label=t!("api-keys-revoke") question=question confirm=t!("api-keys-revoke-confirm")
                                        testid="apikey-revoke"
                                        on_confirm=move |()| on_revoke.run(key.clone())/>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Today as `YYYY-MM-DD`, the earliest expiry the date input offers.
fn today() -> String {
    now().format("%Y-%m-%d").to_string()
}

/// The expiry typed in the date input: the end of that day, UTC.
fn expiry(raw: &str) -> Result<Option<chrono::DateTime<chrono::Utc>>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .map(|t| Some(t.and_utc()))
        .ok_or_else(|| t!("api-keys-expires-invalid"))
}

/// The keys of the organisation `slug`, for its admins: create, copy once, revoke.
#[component]
pub fn ApiKeys(slug: String) -> impl IntoView {
    let slug = StoredValue::new(slug);
    let path = move || slug.with_value(|s| format!("/organisations/{s}/api-keys"));
    let reload = RwSignal::new(0u32);
    // The page of the list, kept here: the section sits inside the organisation's page.
    let page = RwSignal::new(1u32);
    let keys = LocalResource::new(move || {
        reload.track();
        let path = match page.get() {
            1 => path(),
            n => format!("{}?page={n}", path()),
        };
        async move { api::get::<ApiKeyPage>(&path).await }
    });
    let go = Callback::new(move |n: u32| page.set(n));
    let name = RwSignal::new(String::new());
    let scopes = RwSignal::new(Vec::<Scope>::new());
    let expires = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let created = RwSignal::new(None::<CreatedApiKey>);
    let busy = RwSignal::new(false);

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        message.set(None);
        status.set(None);
        let expires_at = match expiry(&expires.get_untracked()) {
            Ok(t) => t,
            Err(m) => {
                errors.set(vec![FieldError::new(
                    "expires_at",
                    Reason::invalid_type("a date").saying(m),
                )]);
                return;
            }
        };
        let body = NewApiKey {
            name: name.get_untracked().trim().to_owned(),
            scopes: scopes.get_untracked(),
            expires_at,
        };
        if let Err(e) = body.check(now()) {
            errors.set(e.into_vec());
            return;
        }
        errors.set(vec![]);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<CreatedApiKey, _>(&path(), &body).await {
                Ok(k) => {
                    status.set(Some(t!("api-keys-created", name = k.api_key.name.as_str())));
                    created.set(Some(k));
                    name.set(String::new());
                    scopes.set(vec![]);
                    expires.set(String::new());
                    // The new key is the newest: on the first page.
                    page.set(1);
                    reload.update(|n| *n += 1);
                }
                Err(e) => {
                    errors.set(e.field_errors());
                    message.set(Some(e.message()));
                }
            }
            busy.set(false);
        });
    };
    let on_revoke = Callback::new(move |key: ApiKey| {
        status.set(None);
        message.set(None);
        leptos::task::spawn_local(async move {
            match revoke(&key).await {
                Ok(()) => {
                    status.set(Some(t!("api-keys-revoked", name = key.name.as_str())));
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    });

    view! {
        <section aria-labelledby="keys-heading" data-testid="apikeys">
            <h2 id="keys-heading">{t!("api-keys-heading")}</h2>
            <p class="muted">{t!("api-keys-intro")}</p>
            <Banner message=message/>
            {move || status.get().map(|s| view! { <p role="status" class="saved" data-testid="apikey-message">{s}</p> })}
            {move || created.get().map(|k| view! { <Secret created=k on_done=move || created.set(None)/> })}
            <Suspense fallback=Loading>
                {move || keys.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="apikeys-empty">{t!("api-keys-none")}</p> }.into_any(),
                    Ok(p) => {
                        // Read here only: a read outside this `Suspense` would make the page's
                        // own one hide the whole section (and the new key) on every reload.
                        let pager = (p.total > i64::from(p.per_page)).then(|| view! {
                            <Pager page=page.into() per_page=Signal::stored(p.per_page)
                                total=Signal::stored(p.total) go=go/>
                        });
                        view! { <KeyTable keys=p.items with_org=false on_revoke=on_revoke/>{pager} }.into_any()
                    }
                })}
            </Suspense>
            <h3>{t!("api-keys-new-heading")}</h3>
            <form class="narrow" novalidate on:submit=create>
                <label for="apikey-name">{t!("api-keys-name")}</label>
                <p class="hint" id="apikey-name-hint">{t!("api-keys-name-hint")}</p>
                <input id="apikey-name" data-testid="apikey-name" maxlength=KEY_NAME_MAX.to_string()
                    aria-describedby=described_in(errors, "apikey", "name", Some("apikey-name-hint".into()))
                    aria-invalid=move || crate::components::error_for(errors, "name").is_some().to_string()
                    bind:value=name/>
                <FieldErr errors=errors field="name" form="apikey"/>
                <fieldset class="checks" aria-describedby=described_in(errors, "apikey", "scopes", None)>
                    <legend>{t!("api-keys-scopes")}</legend>
                    {Scope::ALL.iter().map(|s| {
                        let s = *s;
                        view! {
                            <label class="check">
                                <input type="checkbox" data-testid=format!("apikey-scope-{}", s.code())
                                    prop:checked=move || scopes.with(|c| c.contains(&s))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        scopes.update(|c| {
                                            c.retain(|x| *x != s);
                                            if on { c.push(s); }
                                        });
                                    }/>
                                <span>{scope_description(s)}" "<code class="scope">{s.code()}</code></span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <FieldErr errors=errors field="scopes" form="apikey"/>
                <label for="apikey-expires">{t!("api-keys-expires")}</label>
                <p class="hint" id="apikey-expires-hint">{t!("api-keys-expires-hint")}</p>
                <input id="apikey-expires" type="date" data-testid="apikey-expires" min=today()
                    aria-describedby=described_in(errors, "apikey", "expires_at", Some("apikey-expires-hint".into()))
                    aria-invalid=move || crate::components::error_for(errors, "expires_at").is_some().to_string()
                    bind:value=expires/>
                <FieldErr errors=errors field="expires_at" form="apikey"/>
                <div class="actions">
                    <button type="submit" data-testid="apikey-create" disabled=move || busy.get()>{t!("api-keys-create")}</button>
                </div>
            </form>
        </section>
    }
}

/// The new key's secret, with a copy button and the warning that it is shown only now.
#[component]
fn Secret(created: CreatedApiKey, on_done: impl Fn() + 'static) -> impl IntoView {
    let secret = StoredValue::new(created.key);
    let copied = RwSignal::new(None::<bool>);
    let copy_button = NodeRef::<leptos::html::Button>::new();
    // Focus on the copy button: the one thing to do now.
    request_animation_frame(move || {
        if let Some(b) = copy_button.try_get_untracked().flatten() {
            let _ = b.focus();
        }
    });
    let copy = move |_| {
        let key = secret.get_value();
        leptos::task::spawn_local(async move {
            let done = match web_sys::window() {
                Some(w) => {
                    let promise = w.navigator().clipboard().write_text(&key);
                    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
                }
                None => false,
            };
            copied.set(Some(done));
        });
    };
    view! {
        <div class="notice secret" data-testid="apikey-created">
            <p><strong>{t!("api-keys-shown-once")}</strong>" "{t!("api-keys-why-once")}</p>
            <p><code class="code" data-testid="apikey-secret">{secret.get_value()}</code></p>
            <div class="actions">
                <button type="button" data-testid="apikey-copy" node_ref=copy_button on:click=copy>{t!("api-keys-copy")}</button>
                <span role="status" data-testid="apikey-copy-status">
                    {move || copied.get().map(|ok| if ok { t!("api-keys-copied") } else { t!("api-keys-copy-failed") })}
                </span>
            </div>
            <p class="muted">{t!("api-keys-how-to-use")}" "<code>"Authorization: Bearer twk_…"</code></p>
            <button type="button" class="secondary" data-testid="apikey-done" on:click=move |_| on_done()>{t!("api-keys-done")}</button>
        </div>
    }
}
