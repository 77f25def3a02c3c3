//! The URL's fragment: which element a visitor was sent to (a shared link,
//! a highlight tile, the browser's back button), and the area they opened
//! last, written back without history entries.

use std::time::Duration;

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

impl Fragment {
    /// Follows the reader's place: when the reader has scrolled (wheel,
    /// touch or keys) and the page comes to rest below its title, the
    /// indicator, chart or section at the top quarter of the screen is
    /// what the language and year links carry (scrolling back up to them
    /// keeps it). The browser's own scrolling to a link is not reading.
    /// Call it after mount.
    pub fn follow_reading(self) {
        let moved = StoredValue::new(false);
        let resting = StoredValue::new_local(None::<TimeoutHandle>);
        // `try_…`: a timer may fire after the page is gone.
        let by_reader = move |_| {
            moved.try_set_value(true);
        };
        let handles = [
            window_event_listener_untyped("wheel", by_reader),
            window_event_listener_untyped("touchmove", by_reader),
            window_event_listener_untyped("keydown", by_reader),
            window_event_listener(leptos::ev::scroll, move |_| {
                if let Some(h) = resting.try_get_value().flatten() {
                    h.clear();
                }
                let read = move || {
                    if moved.try_get_value() == Some(true) {
                        moved.try_set_value(false);
                        if let Some(id) = reading_at() {
                            self.0.try_set(Some(id));
                        }
                    }
                };
                resting
                    .try_set_value(set_timeout_with_handle(read, Duration::from_millis(150)).ok());
            }),
        ];
        on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
    }
}

fn reading_at() -> Option<String> {
    let doc = document();
    let title = doc.query_selector("main h1").ok()??;
    if title.get_bounding_client_rect().bottom() >= 0.0 {
        return None;
    }
    let w = window();
    let x = w.inner_width().ok()?.as_f64()? / 2.0;
    let y = w.inner_height().ok()?.as_f64()? / 4.0;
    let at = doc.element_from_point(x as f32, y as f32)?;
    let place = at
        .closest("main article[id], main figure[id], main section[id]")
        .ok()??;
    Some(place.id())
}

impl Default for Fragment {
    fn default() -> Fragment {
        Fragment::new()
    }
}

/// The id the address's fragment names, decoded.
pub(super) fn current_hash() -> Option<String> {
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
/// frame. On a page the app took over, a target the platform already
/// showed (it opened the area for the link, and the takeover kept it) only
/// gets focus: the reader may have scrolled on since.
pub fn go_to(
    target: String,
    build_all: impl FnOnce() + 'static,
    open_area: impl FnOnce(String) + 'static,
) {
    let taken_over = super::takeover::static_page().is_some();
    super::takeover::in_frame_after_takeover(move || {
        if document().get_element_by_id(&target).is_none() {
            build_all();
        }
        request_animation_frame(move || {
            let Some(el) = document().get_element_by_id(&target) else {
                return;
            };
            let scroll = !(taken_over && shown(&el));
            if let Ok(Some(section)) = el.closest(".result-area") {
                open_area(section.id());
            }
            reveal(target, scroll);
        });
    });
}

/// Whether `el` is rendered: not in a closed `<details>`, not hidden
/// (`checkVisibility`, where the browser has it).
fn shown(el: &web_sys::Element) -> bool {
    let check = js_sys::Reflect::get(el, &"checkVisibility".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match check.and_then(|f| f.call0(el).ok()) {
        Some(visible) => visible.is_truthy(),
        None => el.get_bounding_client_rect().height() > 0.0,
    }
}

/// In the next frame (after an area has opened), scrolls to the element
/// with this id (where `scroll`) and moves focus to it.
pub fn reveal(id: String, scroll: bool) {
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(&id) else {
            return;
        };
        if scroll {
            el.scroll_into_view();
        }
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            focus_in_place(&el);
        }
    });
}

/// Focus without scrolling (a reader who tapped, then scrolled on, keeps
/// their place).
pub fn focus_in_place(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Whether the address's fragment leads into the result area of a
/// `toggle` event's `<details>`: opening it then keeps the fragment. The
/// target is looked for in the whole document: during the takeover the
/// app's area may not hold it yet, and the static page's does.
pub fn leads_into(ev: &web_sys::Event) -> bool {
    let area = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|d| d.closest(".result-area").ok().flatten());
    let target = current_hash().and_then(|id| document().get_element_by_id(&id));
    let target_area = target.and_then(|t| t.closest(".result-area").ok().flatten());
    match (area, target_area) {
        (Some(area), Some(target_area)) => area.id() == target_area.id(),
        _ => false,
    }
}
