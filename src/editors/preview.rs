//! A valid bundle as its page, marked as a draft, with the way back to
//! the list of files.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use resultaten::bundle::Bundle;
use resultaten::components::Page;
use resultaten::i18n::{check_strings, Lang};
use resultaten::route::{Route, View};

/// A valid bundle as its page, marked as a draft, with a way back.
pub fn preview(lang: Lang, bundle: Bundle, back: impl Fn() + 'static) -> impl IntoView {
    let t = check_strings(lang);
    let route = Route {
        view: View::Check,
        lang: Lang::from_tag(&bundle.theme.language),
        embed: false,
        header: true,
        area: None,
        only: None,
    };
    view! {
        <div class="check-preview">
            <p class="check-back">
                <button type="button" class="button button--secondary" on:click=move |_| back()>
                    {t.other_file}
                </button>
            </p>
            <Page bundle=Arc::new(bundle) catalog=None route=route />
        </div>
    }
}

/// Drops the fragment (a deep link inside the preview) from the address.
pub fn clear_fragment() {
    let location = window().location();
    let here = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here));
    }
}

/// Focuses the element with `id` once it is on the page.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
