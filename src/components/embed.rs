//! Mounted into a host element (README "Embedding"), the page reads its
//! options from that element's data attributes. (In an iframe, the page
//! reports its height to the host: `public/loader.js` does that, from the
//! first paint of a pre-rendered embed page on.)

use wasm_bindgen::JsCast;

use crate::route::Route;

/// The host page's element to mount into, if this is a host page.
pub fn host_element() -> Option<web_sys::HtmlElement> {
    leptos::prelude::document()
        .query_selector("[data-resultaten]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The options of a host element, read as the URL parameters they mirror:
/// `data-theme`, `data-year`, `data-lang`, `data-area`, `data-only`,
/// `data-header`, `data-draft`.
pub fn host_route(host: &web_sys::HtmlElement) -> Route {
    let query: Vec<String> = ["theme", "year", "lang", "area", "only", "header", "draft"]
        .into_iter()
        .filter_map(|key| {
            let value = host.get_attribute(&format!("data-{key}"))?;
            let encoded = js_sys::encode_uri_component(&value).as_string()?;
            Some(format!("{key}={encoded}"))
        })
        .collect();
    Route::parse(&query.join("&"))
}
