//! The list of every problem of a failed submit, at the top of a form, each linking to its
//! input.

use leptos::prelude::*;
use twinning_domain::FieldError;

use crate::components::belongs;

/// One input of a form, as the error summary names and links it.
#[derive(Clone)]
pub struct FieldRef {
    pub field: &'static str,
    pub label: String,
    pub input_id: String,
}

impl FieldRef {
    pub fn new(field: &'static str, label: String, input_id: impl Into<String>) -> FieldRef {
        FieldRef {
            field,
            label,
            input_id: input_id.into(),
        }
    }
}

/// Every problem of the last attempt, at the top of the form, each linking to its input.
/// Focus moves here when an attempt fails, so a keyboard or screen-reader user hears them
/// all at once and can go to each in turn.
#[component]
pub fn ErrorSummary(
    errors: RwSignal<Vec<FieldError>>,
    fields: Vec<FieldRef>,
    #[prop(optional)] form: &'static str,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if errors.with(|e| !e.is_empty()) {
            request_animation_frame(move || {
                if let Some(el) = node.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    });
    let testid = if form.is_empty() {
        // Not `error-summary`: that names the error of a field called `summary`.
        "form-problems".to_owned()
    } else {
        format!("form-problems-{form}")
    };
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=node data-testid=testid.clone()
                aria-labelledby=format!("{testid}-title")>
                <h2 id=format!("{testid}-title")>{move || t!("error-summary-title", count = errors.with(Vec::len))}</h2>
                <ul>
                    {
                        let fields = fields.clone();
                        move || errors.get().into_iter().map(|e| {
                            let target = fields.iter().find(|f| belongs(&e, f.field)).cloned();
                            let message = crate::i18n::field_error(&e);
                            match target {
                                Some(f) => {
                                    let id = f.input_id.clone();
                                    view! {
                                        <li><a href=format!("#{}", f.input_id) on:click=move |ev| {
                                            // Focus the input itself, as the router would only
                                            // follow the fragment.
                                            ev.prevent_default();
                                            focus_by_id(&id);
                                        }>{f.label}": "{message}</a></li>
                                    }.into_any()
                                }
                                None => view! { <li>{message}</li> }.into_any(),
                            }
                        }).collect_view()
                    }
                </ul>
            </div>
        </Show>
    }
}

/// Focuses the element with `id` and brings it into view; for a picker or a group of boxes,
/// the first input inside it.
fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = doc.get_element_by_id(id).and_then(|el| {
        if el.tag_name().eq_ignore_ascii_case("input")
            || el.tag_name().eq_ignore_ascii_case("textarea")
        {
            Some(el)
        } else {
            el.query_selector("input, textarea, select")
                .ok()
                .flatten()
                .or(Some(el))
        }
    });
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}
