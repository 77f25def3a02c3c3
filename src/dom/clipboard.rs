//! Copying text for a reader ("Link kopiëren", "Kopiëren" in
//! "Insluiten"): the Clipboard API where the browser offers it and
//! allows it; otherwise the control shows the text selected, with how to
//! copy it by hand. Each control's status is its live region
//! (`role="status"`), the element after its button.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// What a copy control says: when copied, and how to copy by hand.
#[derive(Clone, Copy)]
pub struct Said {
    pub copied: &'static str,
    pub by_hand: &'static str,
}

/// Copies `text` for the control whose button sent `ev`, and says how it
/// went in the control's status. Where the browser refuses, `by_hand`
/// gives the field that shows the text, which is then focused and
/// selected.
pub fn copy_for(
    ev: &web_sys::Event,
    text: String,
    said: Said,
    by_hand: impl FnOnce(&Element) -> Option<HtmlElement> + 'static,
) {
    let Some(button) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return;
    };
    let status = button.next_element_sibling();
    if let Some(s) = &status {
        s.set_text_content(None);
    }
    leptos::task::spawn_local(async move {
        let words = if copy(&text).await {
            said.copied
        } else {
            if let Some(field) = by_hand(&button) {
                select(&field);
            }
            said.by_hand
        };
        if let Some(s) = status {
            s.set_text_content(Some(words));
        }
    });
}

/// Copies `text`; `false` where the browser has no Clipboard API (an
/// insecure address) or refuses (no permission, no focus).
async fn copy(text: &str) -> bool {
    let navigator = leptos::prelude::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    has_clipboard
        && JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Focuses and selects a field's text, for copying by hand.
fn select(field: &HtmlElement) {
    let _ = field.focus();
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}

/// The field after a "Link kopiëren" that shows the address to copy by
/// hand (made once, then reused).
pub fn address_field(button: &Element, url: &str, label: &str) -> Option<HtmlElement> {
    let doc = leptos::prelude::document();
    let control = button.parent_element()?;
    let field = match control.query_selector("input").ok()? {
        Some(field) => field,
        None => {
            let field = doc.create_element("input").ok()?;
            field.set_class_name("copy-link-address");
            for (name, value) in [("type", "text"), ("readonly", ""), ("aria-label", label)] {
                let _ = field.set_attribute(name, value);
            }
            control.append_child(&field).ok()?;
            field
        }
    };
    let field: HtmlInputElement = field.dyn_into().ok()?;
    field.set_value(url);
    Some(field.unchecked_into())
}
