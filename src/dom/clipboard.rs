//! Copying text for a reader ("Link kopiëren", "Kopiëren" in
//! "Insluiten"): the Clipboard API where the browser offers it and
//! allows it; otherwise the control shows the text selected, with how to
//! copy it by hand.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `false` where the browser has no Clipboard API (an
/// insecure address) or refuses (no permission, no focus).
pub async fn copy(text: &str) -> bool {
    let navigator = leptos::prelude::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Focuses and selects a field's text, for copying by hand.
pub fn select(field: &web_sys::HtmlElement) {
    let _ = field.focus();
    if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(field) {
        input.select();
    } else if let Some(area) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlTextAreaElement>(field)
    {
        area.select();
    }
}
