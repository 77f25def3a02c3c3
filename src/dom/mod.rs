//! The browser boundary: everything that calls the browser (`web_sys`,
//! timers, observers, history, fetch) lives here, and nothing else in the
//! crate calls the browser.
//!
//! The components render in two places: in the browser, as the app, and
//! natively at build time (`src/prerender/`, Leptos' `ssr`), where a call
//! into the browser panics. So components call this module only where
//! natively nothing runs: in event handlers, in effects (which do not run
//! under `ssr`), and through [`after_mount`]. `tests/render.rs` renders
//! every page natively, so a call made while rendering fails a test.
//!
//! - [`mount`]: where the app mounts (a host element, a pre-rendered page,
//!   the body) and with what options;
//! - [`takeover`]: replacing a pre-rendered page with the app's own;
//! - [`steps`]: building a page in parts, one task each;
//! - [`fragment`]: deep links and the fragment written back;
//! - [`print`]: watching for print, and the print dialogue;
//! - [`head`]: the document's title, language, description and links;
//! - [`observe`]: a chart's width and whether it is near the screen;
//! - [`load`]: fetching the catalog and bundles, errors as values;
//! - [`download`]: files made in the browser;
//! - [`clipboard`]: copying text for a reader;
//! - [`address`]: the page's published address, for files and links.

pub mod address;
pub mod clipboard;
pub mod download;
pub mod fragment;
pub mod head;
pub mod load;
pub mod mount;
pub mod observe;
pub mod print;
pub mod steps;
pub mod takeover;

use leptos::prelude::*;

/// Runs `f` once the calling component is in the document, in the
/// browser; never at build time (effects do not run under `ssr`). For the
/// browser calls a component makes for itself: its document title, its
/// listeners, its deep link.
pub fn after_mount(f: impl FnOnce() + 'static) {
    once(Box::new(f));
}

/// One effect for every caller of [`after_mount`]: Leptos' effect code is
/// compiled once, not once per closure.
fn once(f: Box<dyn FnOnce()>) {
    let mut f = Some(f);
    Effect::new(move |_| {
        if let Some(f) = f.take() {
            untrack(f);
        }
    });
}

/// Whether a `toggle` event's `<details>` is open now.
pub fn details_open(ev: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}
