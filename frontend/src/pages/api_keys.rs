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

pub mod text {
    pub const HEADING: &str = "API keys";
    pub const INTRO: &str = "A key lets one of your partner systems (a case-management tool, a \
        website, a script) use the Twinning API for your organisation, within the scopes you \
        give it. It never does more than an admin of your organisation could, and never \
        network administration.";
    pub const NONE: &str = "No keys yet.";
    pub const NEW_HEADING: &str = "Create a key";
    pub const NAME: &str = "Name";
    pub const NAME_HINT: &str =
        "What it is for, so you recognise it later, e.g. “Case management sync”.";
    pub const SCOPES: &str = "What it may do";
    pub const EXPIRES: &str = "Expires on (optional)";
    pub const EXPIRES_HINT: &str = "It stops working at the end of that day (UTC). Leave empty \
        for a key that works until you revoke it.";
    pub const CREATE: &str = "Create the key";
    pub const SHOWN_ONCE: &str = "Copy this key now: it is shown only once.";
    pub const WHY_ONCE: &str = "Twinning keeps only a fingerprint of it, so nobody, not even the \
        network's administrators, can show it again. If you lose it, revoke it and create another.";
    pub const HOW_TO_USE: &str = "Your system sends it in every request as the header";
    pub const COPY: &str = "Copy the key";
    pub const COPIED: &str = "Copied to the clipboard.";
    pub const COPY_FAILED: &str =
        "The browser did not let us copy it: select the key and copy it yourself.";
    pub const DONE: &str = "I have stored it safely: hide the key";
    pub const COL_NAME: &str = "Name";
    pub const COL_ORG: &str = "Organisation";
    pub const COL_KEY: &str = "Key starts with";
    pub const COL_SCOPES: &str = "Scopes";
    pub const COL_CREATED: &str = "Created";
    pub const COL_USED: &str = "Last used";
    pub const COL_EXPIRES: &str = "Expires";
    pub const COL_STATE: &str = "State";
    pub const NEVER_USED: &str = "Never";
    pub const NO_EXPIRY: &str = "Never";
    pub const ACTIVE: &str = "Active";
    pub const REVOKE: &str = "Revoke";
    pub const REVOKE_CONFIRM: &str = "Revoke the key";

    pub fn created(name: &str) -> String {
        format!("The key “{name}” is created.")
    }

    pub fn revoke_question(name: &str) -> String {
        format!(
            "Revoke “{name}”? Every system that uses it is refused from now on (HTTP 401), \
             and it cannot be turned back on."
        )
    }

    pub fn revoked(name: &str) -> String {
        format!("“{name}” is revoked: requests with it are refused from now on.")
    }

    pub fn revoked_on(date: &str) -> String {
        format!("Revoked on {date}")
    }

    pub fn expired_on(date: &str) -> String {
        format!("Expired on {date}")
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
        ("revoked", text::revoked_on(&day(&at)))
    } else if let Some(at) = k.expires_at.filter(|at| *at <= now()) {
        ("expired", text::expired_on(&day(&at)))
    } else {
        ("active", text::ACTIVE.to_owned())
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
                    <th scope="col">{text::COL_NAME}</th>
                    {with_org.then(|| view! { <th scope="col">{text::COL_ORG}</th> })}
                    <th scope="col">{text::COL_KEY}</th>
                    <th scope="col">{text::COL_SCOPES}</th>
                    <th scope="col">{text::COL_CREATED}</th>
                    <th scope="col">{text::COL_USED}</th>
                    <th scope="col">{text::COL_EXPIRES}</th>
                    <th scope="col">{text::COL_STATE}</th>
                </tr>
            </thead>
            <tbody>
                {keys.into_iter().map(|k| {
                    let (code, label) = state(&k);
                    let question = text::revoke_question(&k.name);
                    let org = k.organisation.clone();
                    let key = k.clone();
                    view! {
                        <tr data-testid="apikey-item" data-state=code data-prefix=k.prefix.clone()>
                            <td data-testid="apikey-name-cell">{k.name.clone()}</td>
                            {with_org.then(|| view! {
                                <td data-label=text::COL_ORG><a href=format!("/organisations/{}", org.slug)>{org.name.clone()}</a></td>
                            })}
                            <td data-label=text::COL_KEY><code>{k.prefix.clone()}"…"</code></td>
                            <td data-label=text::COL_SCOPES>{k.scopes.iter().map(|s| view! { <code class="scope">{s.code()}</code>" " }).collect_view()}</td>
                            <td data-label=text::COL_CREATED>{day(&k.created_at)}</td>
                            <td data-label=text::COL_USED>{k.last_used_at.map_or_else(|| text::NEVER_USED.to_owned(), |t| day(&t))}</td>
                            <td data-label=text::COL_EXPIRES>{k.expires_at.map_or_else(|| text::NO_EXPIRY.to_owned(), |t| day(&t))}</td>
                            <td data-label=text::COL_STATE>
                                <span class=format!("key-state key-{code}") data-testid="apikey-state">{label}</span>
                                {(code == "active").then(|| view! {
                                    " "<Confirm label=text::REVOKE question=question confirm=text::REVOKE_CONFIRM
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
        .ok_or_else(|| "must be a date such as 2027-12-31".to_owned())
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
                    status.set(Some(text::created(&k.api_key.name)));
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
                    status.set(Some(text::revoked(&key.name)));
                    reload.update(|n| *n += 1);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    });

    view! {
        <section aria-labelledby="keys-heading" data-testid="apikeys">
            <h2 id="keys-heading">{text::HEADING}</h2>
            <p class="muted">{text::INTRO}</p>
            <Banner message=message/>
            {move || status.get().map(|s| view! { <p role="status" class="saved" data-testid="apikey-message">{s}</p> })}
            {move || created.get().map(|k| view! { <Secret created=k on_done=move || created.set(None)/> })}
            <Suspense fallback=Loading>
                {move || keys.get().map(|r| match r {
                    Err(e) => banner(e.message()).into_any(),
                    Ok(p) if p.items.is_empty() => view! { <p class="muted" data-testid="apikeys-empty">{text::NONE}</p> }.into_any(),
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
            <h3>{text::NEW_HEADING}</h3>
            <form class="narrow" novalidate on:submit=create>
                <label for="apikey-name">{text::NAME}</label>
                <p class="hint" id="apikey-name-hint">{text::NAME_HINT}</p>
                <input id="apikey-name" data-testid="apikey-name" maxlength=KEY_NAME_MAX.to_string()
                    aria-describedby=described_in(errors, "apikey", "name", Some("apikey-name-hint".into()))
                    aria-invalid=move || crate::components::error_for(errors, "name").is_some().to_string()
                    bind:value=name/>
                <FieldErr errors=errors field="name" form="apikey"/>
                <fieldset class="checks" aria-describedby=described_in(errors, "apikey", "scopes", None)>
                    <legend>{text::SCOPES}</legend>
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
                                <span>{s.description()}" "<code class="scope">{s.code()}</code></span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <FieldErr errors=errors field="scopes" form="apikey"/>
                <label for="apikey-expires">{text::EXPIRES}</label>
                <p class="hint" id="apikey-expires-hint">{text::EXPIRES_HINT}</p>
                <input id="apikey-expires" type="date" data-testid="apikey-expires" min=today()
                    aria-describedby=described_in(errors, "apikey", "expires_at", Some("apikey-expires-hint".into()))
                    aria-invalid=move || crate::components::error_for(errors, "expires_at").is_some().to_string()
                    bind:value=expires/>
                <FieldErr errors=errors field="expires_at" form="apikey"/>
                <div class="actions">
                    <button type="submit" data-testid="apikey-create" disabled=move || busy.get()>{text::CREATE}</button>
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
            <p><strong>{text::SHOWN_ONCE}</strong>" "{text::WHY_ONCE}</p>
            <p><code class="code" data-testid="apikey-secret">{secret.get_value()}</code></p>
            <div class="actions">
                <button type="button" data-testid="apikey-copy" node_ref=copy_button on:click=copy>{text::COPY}</button>
                <span role="status" data-testid="apikey-copy-status">
                    {move || copied.get().map(|ok| if ok { text::COPIED } else { text::COPY_FAILED })}
                </span>
            </div>
            <p class="muted">{text::HOW_TO_USE}" "<code>"Authorization: Bearer twk_…"</code></p>
            <button type="button" class="secondary" data-testid="apikey-done" on:click=move |_| on_done()>{text::DONE}</button>
        </div>
    }
}
