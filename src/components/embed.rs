//! The two ways of embedding (README "Embedding"): in an iframe, the page
//! reports its height to the host; mounted into a host element, the page
//! reads its options from that element's data attributes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::route::Route;

/// The message type the host script (`embed/resize.js`) listens for.
pub const HEIGHT_MESSAGE: &str = "resultaten:height";

/// The host page's element to mount into, if this is a host page.
pub fn host_element() -> Option<web_sys::HtmlElement> {
    leptos::prelude::document()
        .query_selector("[data-resultaten]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The options of a host element, read as the URL parameters they mirror:
/// `data-theme`, `data-year`, `data-lang`, `data-area`, `data-header`,
/// `data-draft`.
pub fn host_route(host: &web_sys::HtmlElement) -> Route {
    let query: Vec<String> = ["theme", "year", "lang", "area", "header", "draft"]
        .into_iter()
        .filter_map(|key| {
            let value = host.get_attribute(&format!("data-{key}"))?;
            let encoded = js_sys::encode_uri_component(&value).as_string()?;
            Some(format!("{key}={encoded}"))
        })
        .collect();
    Route::parse(&query.join("&"))
}

/// In an iframe: tells the host page this document's height whenever it
/// changes (an area opens, a table shows, the width changes), so the host
/// script can size the iframe and no inner scroll bar appears.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = root.clone();
    let last = std::cell::Cell::new(0);
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = measured.scroll_height();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        // Only a height is sent, nothing private, so any host may read it;
        // the host script checks that the message comes from its iframe.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page.
        std::mem::forget(observer);
        on_resize.forget();
    }
}
