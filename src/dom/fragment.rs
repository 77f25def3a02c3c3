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
    /// No fragment yet: the page learns it once in the browser
    /// ([`Fragment::follow`]).
    pub fn new() -> Fragment {
        Fragment(RwSignal::new(None))
    }

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

    /// Follows the fragment: calls `go_to` with the id the URL names on
    /// load (or with `initial` when it names none), and again whenever the
    /// fragment changes. The listener is removed with the calling
    /// component. Call it after mount ([`super::after_mount`]).
    pub fn follow(self, initial: Option<String>, go_to: impl Fn(String) + Clone + 'static) {
        self.0.set(current_hash());
        if let Some(target) = current_hash().or(initial) {
            go_to(target);
        }
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let target = current_hash();
            self.0.set(target.clone());
            if let Some(target) = target {
                go_to(target);
            }
        });
        on_cleanup(move || handle.remove());
    }
}

impl Default for Fragment {
    fn default() -> Fragment {
        Fragment::new()
    }
}

fn current_hash() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    let decoded = js_sys::decode_uri_component(id).ok()?.as_string()?;
    (!decoded.is_empty()).then_some(decoded)
}

/// Goes to the element with id `target`: once the app has taken over a
/// pre-rendered page (until then both pages hold the same ids), opens the
/// result area that holds it (`open_area` with the area's id), then
/// scrolls to it and focuses it. A target not in the page yet (inside an
/// area not built yet): `build_all`, and it is looked for in the next
/// frame.
pub fn go_to(
    target: String,
    build_all: impl FnOnce() + 'static,
    open_area: impl FnOnce(String) + 'static,
) {
    super::takeover::in_frame_after_takeover(move || {
        if document().get_element_by_id(&target).is_none() {
            build_all();
        }
        request_animation_frame(move || {
            let Some(el) = document().get_element_by_id(&target) else {
                return;
            };
            if let Ok(Some(section)) = el.closest(".result-area") {
                open_area(section.id());
            }
            reveal(target);
        });
    });
}

/// In the next frame (after an area has opened), scrolls to the element
/// with this id and moves focus to it.
pub fn reveal(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
