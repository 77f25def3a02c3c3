//! Pre-rendered pages (docs/architecture.md, "Pre-rendered pages";
//! docs/performance.md).
//!
//! `make build` writes every published page as static HTML
//! (`<lang>/<year>/<theme>/index.html` and the overviews, by
//! `src/prerender/`, which renders the app's own components). Its root,
//! `<div data-resultaten-page="theme=…&year=…&lang=…" data-base="../../../">`,
//! holds the page as the app renders it, so a visitor reads it before any
//! script has run, and so do visitors without script and search engines.
//!
//! The app then builds its own page out of sight, in parts, one task each
//! (`Page`, `Steps`), in `.resultaten-offstage`: laid out exactly over the
//! static page but hidden (`visibility: hidden`: not painted, not found,
//! not read, not focusable), so each part is laid out in the frame after it
//! is built and its charts draw at their measured width then. Once every
//! part is there, the takeover removes the static page and shows the app's:
//! no layout of the whole page in one frame (that frame took about 120 ms on
//! a phone when the app's page was `display: none` until then). Closed
//! areas' content follows in the next tasks, as on any page. The two are
//! the same markup, so nothing moves: no layout shift, same scroll
//! position, and focus stays on the same control. If the data cannot be loaded, the static
//! page stays and gets the no-script stylesheet, which shows every area and
//! hides the controls that need the app; nothing a visitor was reading
//! disappears behind an error.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

use crate::contract::{NO_SCRIPT, NO_SCRIPT_FILE, OFFSTAGE, STATIC_ROOT};
use crate::route::Route;

const FALLBACK_ID: &str = NO_SCRIPT;

/// The pre-rendered page's root, if this is one.
pub fn static_page() -> Option<web_sys::Element> {
    document()
        .query_selector(STATIC_ROOT_SELECTOR)
        .ok()
        .flatten()
}

/// [`STATIC_ROOT`] and [`OFFSTAGE`] as selectors (a test keeps them so).
pub const STATIC_ROOT_SELECTOR: &str = "[data-resultaten-page]";
pub const OFFSTAGE_SELECTOR: &str = ".resultaten-offstage";

/// The stage the app builds its page on, out of sight.
fn stage() -> Option<web_sys::Element> {
    document().query_selector(OFFSTAGE_SELECTOR).ok().flatten()
}

/// The route of a pre-rendered page: its own, which the build wrote into
/// it, and an area the address may name ([`Route::of_static_page`]).
pub fn static_route(root: &web_sys::Element, search: &str) -> Route {
    Route::of_static_page(&root.get_attribute(STATIC_ROOT).unwrap_or_default(), search)
}

/// The element the app mounts into while the static page is showing.
pub fn offstage() -> Option<web_sys::HtmlElement> {
    let doc = document();
    let stage = doc.create_element("div").ok()?;
    stage.set_class_name(OFFSTAGE);
    doc.body()?.append_child(&stage).ok()?;
    stage.dyn_into().ok()
}

/// Replaces the static page by the app's, once rendered. Does
/// nothing when there is no static page (any more).
///
/// What the reader set on the static page before (its controls work from
/// the first paint, `public/loader.js`) is carried over first: each area
/// open or closed as they left it, then each two-state switch (the
/// highlights as tiles or chart, each chart as drawing or table) and each
/// "Insluiten" disclosure they opened. The
/// app's page is updated by its own buttons, so its state is the same as
/// after a tap; the swap waits a task for those updates, so the page does
/// not get shorter for a moment (which would move the scroll position).
pub fn take_over() {
    let (Some(stage), Some(old)) = (stage(), static_page()) else {
        return swap();
    };
    let switches = switched(&old);
    let disclosures = open_disclosures(&old);
    let changed = carry(&old, &stage, "button.area-toggle", |b| {
        b.get_attribute("aria-expanded").as_deref() == Some("true")
    });
    leptos::prelude::set_timeout(
        move || {
            // Each two-state switch (the highlights, each chart) as the
            // reader left it; a chart in an area opened just now exists
            // from this task on.
            for (of, second) in switches {
                let Some(group) = stage
                    .query_selector(&format!("[data-view-of=\"{of}\"]"))
                    .ok()
                    .flatten()
                else {
                    continue;
                };
                if shows_second(&group) != second {
                    let which = if second { "last-child" } else { "first-child" };
                    click(&group, &format!("button:{which}"));
                }
            }
            // Each "Insluiten" the reader opened stays open; the loader
            // fills its snippets on the `toggle` event.
            for selector in disclosures {
                if let Some(d) = stage.query_selector(&selector).ok().flatten() {
                    let _ = d.set_attribute("open", "");
                }
            }
            swap();
        },
        std::time::Duration::from_millis(if changed { 16 } else { 0 }),
    );
}

/// Clicks each app button (found by its area's id) whose state differs
/// from the static page's; whether any was clicked.
fn carry(
    old: &web_sys::Element,
    stage: &web_sys::Element,
    selector: &str,
    on: impl Fn(&web_sys::Element) -> bool,
) -> bool {
    let mut changed = false;
    let Ok(buttons) = old.query_selector_all(selector) else {
        return false;
    };
    // The area a link leads into opens by the app's own deep link, which
    // keeps the link's fragment; the browser opened it on the static page.
    let linked = linked_element(old);
    for i in 0..buttons.length() {
        let Some(b) = buttons
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(area) = b.closest(".result-area").ok().flatten() else {
            continue;
        };
        if linked.as_ref().is_some_and(|l| area.contains(Some(l))) {
            continue;
        }
        let Some(app_area) = by_id(stage, &area.id()) else {
            continue;
        };
        if let Some(app_button) = app_area.query_selector(selector).ok().flatten() {
            if on(&b) != on(&app_button) {
                click(&app_area, selector);
                changed = true;
            }
        }
    }
    changed
}

/// The static page's element the URL's fragment names, if any.
fn linked_element(old: &web_sys::Element) -> Option<web_sys::Element> {
    let hash = leptos::prelude::window().location().hash().ok()?;
    let id = js_sys::decode_uri_component(hash.strip_prefix('#')?)
        .ok()?
        .as_string()?;
    (!id.is_empty()).then(|| by_id(old, &id)).flatten()
}

/// Every two-state switch of the static page (`ViewSwitch`): what it
/// switches, and whether it shows its second view.
fn switched(old: &web_sys::Element) -> Vec<(String, bool)> {
    let Ok(groups) = old.query_selector_all("[data-view-of]") else {
        return Vec::new();
    };
    (0..groups.length())
        .filter_map(|i| groups.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|g| Some((g.get_attribute("data-view-of")?, shows_second(&g))))
        .collect()
}

/// Every "Insluiten" disclosure open on the static page, as a selector
/// for the same one in the app's page: by the piece it embeds, or the
/// whole page's, which names none.
fn open_disclosures(old: &web_sys::Element) -> Vec<String> {
    let Ok(open) = old.query_selector_all("details.embed-control[open]") else {
        return Vec::new();
    };
    (0..open.length())
        .filter_map(|i| open.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|d| match d.get_attribute("data-only") {
            Some(only) => format!("details.embed-control[data-only=\"{only}\"]"),
            None => "details.embed-control:not([data-only])".to_string(),
        })
        .collect()
}

fn shows_second(group: &web_sys::Element) -> bool {
    group
        .query_selector(r#"button:last-child[aria-pressed="true"]"#)
        .ok()
        .flatten()
        .is_some()
}

fn by_id(root: &web_sys::Element, id: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("[id=\"{id}\"]"))
        .ok()
        .flatten()
}

fn click(root: &web_sys::Element, selector: &str) {
    if let Some(b) = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        b.click();
    }
}

/// The swap itself: the static page goes, the app's page shows, and focus
/// stays on the same control.
fn swap() {
    let doc = document();
    let Some(stage) = stage() else {
        return;
    };
    let old = static_page();
    // The control that had focus in the static page, found again in the
    // app's page by its id, or else by its position among the controls.
    let focused = old.as_ref().and_then(|old| {
        let active = doc.active_element()?;
        if !old.contains(Some(&active)) {
            return None;
        }
        Some(match active.id() {
            id if !id.is_empty() => Err(id),
            _ => Ok(position(old, &active)?),
        })
    });
    if let Some(old) = old {
        old.remove();
    }
    if let Some(link) = doc.get_element_by_id(FALLBACK_ID) {
        link.remove();
    }
    let _ = stage.class_list().remove_1(OFFSTAGE);
    let target = match focused {
        Some(Err(id)) => doc.get_element_by_id(&id),
        Some(Ok(index)) => nth_control(&stage, index),
        None => None,
    };
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Runs `f` in an animation frame once no static page is left, so that ids
/// name the app's elements (until the swap, both pages hold them).
pub fn in_frame_after_takeover(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        if static_page().is_some() {
            in_frame_after_takeover(f);
        } else {
            f();
        }
    });
}

/// The app could not load its data: the static page stays, and shows what
/// a visitor without script sees (every area open, no dead buttons).
pub fn keep_static_page(base: &str) {
    let doc = document();
    if static_page().is_none() || doc.get_element_by_id(FALLBACK_ID).is_some() {
        return;
    }
    let Ok(link) = doc.create_element("link") else {
        return;
    };
    link.set_id(FALLBACK_ID);
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &format!("{base}{NO_SCRIPT_FILE}"));
    if let Some(head) = doc.head() {
        let _ = head.append_child(&link);
    }
}

const CONTROLS: &str = "a[href], button, summary";

fn position(root: &web_sys::Element, el: &web_sys::Element) -> Option<u32> {
    let all = root.query_selector_all(CONTROLS).ok()?;
    (0..all.length()).find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(el))))
}

fn nth_control(root: &web_sys::Element, index: u32) -> Option<web_sys::Element> {
    root.query_selector_all(CONTROLS)
        .ok()?
        .item(index)?
        .dyn_into()
        .ok()
}
