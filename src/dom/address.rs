//! The addresses a page hands to its readers (a CSV's or an SVG's source,
//! and through `public/loader.js` a copied link or an embed snippet): its
//! facts ([`crate::facts::PageFacts`]) resolved against the address the
//! document was read from. With `SITE_URL` the facts are absolute already;
//! without, the page's own address is what a reader gets.

use crate::facts::PageFacts;

/// The page's published address, with `#id` when given; without facts
/// (a component on its own), the document's own address.
pub fn page_address(facts: Option<&PageFacts>, id: Option<&str>) -> String {
    let page = facts
        .and_then(|f| published(f, &f.page))
        .or_else(|| leptos::prelude::window().location().href().ok())
        .unwrap_or_default();
    let page = page.split('#').next().unwrap_or_default();
    match id {
        Some(id) => format!("{page}#{id}"),
        None => page.to_string(),
    }
}

/// `address` (relative to the app's folder, as [`crate::route`] gives
/// addresses) as an absolute address under the published app
/// ([`PageFacts::app`]).
pub fn published(facts: &PageFacts, address: &str) -> Option<String> {
    let here = leptos::prelude::window().location().href().ok()?;
    let app = web_sys::Url::new_with_base(&facts.app, &here).ok()?.href();
    Some(web_sys::Url::new_with_base(address, &app).ok()?.href())
}
