//! The URL's fragment: which element a visitor was sent to (a shared link,
//! a highlight tile, the browser's back button), and the area they opened
//! last, written back without history entries.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The fragment as the page last saw or wrote it (for the language switch,
/// which carries it along).
#[derive(Clone, Copy)]
pub struct Fragment(RwSignal<Option<String>>);

impl Fragment {
    /// The current fragment's id, tracked.
    pub fn get(self) -> Option<String> {
        self.0.get()
    }

    /// Writes `#id` (or no fragment) into the address with
    /// `history.replaceState`: no history entry and no `hashchange`.
    pub fn replace(self, id: Option<String>) {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        let url = match &id {
            Some(id) => format!("{path}{search}#{}", js_sys::encode_uri_component(id)),
            None => format!("{path}{search}"),
        };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        self.0.set(id);
    }
}

/// Follows the fragment: calls `go_to` with the id the URL names on load
/// (or with `initial` when it names none), and again whenever the fragment
/// changes. The listener is removed with the calling component.
pub(crate) fn use_fragment_target(
    initial: Option<String>,
    go_to: impl Fn(String) + Clone + 'static,
) -> Fragment {
    let fragment = Fragment(RwSignal::new(current_hash()));
    if let Some(target) = current_hash().or(initial) {
        go_to(target);
    }
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let target = current_hash();
        fragment.0.set(target.clone());
        if let Some(target) = target {
            go_to(target);
        }
    });
    on_cleanup(move || handle.remove());
    fragment
}

fn current_hash() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    let decoded = js_sys::decode_uri_component(id).ok()?.as_string()?;
    (!decoded.is_empty()).then_some(decoded)
}

/// In the next frame (after an area has opened), scrolls to the element
/// with this id and moves focus to it.
pub(crate) fn reveal(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
