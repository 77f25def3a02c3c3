//! Where the app mounts, and with what options:
//! - on a host page (an element with `data-resultaten`, docs/
//!   embedding.md): into that element, with its options from its data
//!   attributes;
//! - on a pre-rendered page: out of sight, to replace the static page
//!   once built ([`super::takeover`]);
//! - otherwise: into the body, with its options from the URL.
//!
//! (In an iframe, the page reports its height to the host:
//! `public/loader.js` does that, from the first paint of a pre-rendered
//! embed page on.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::takeover;
use crate::components::{App, EditorsPage, Rendering};
use crate::contract::{self, NO_SCRIPT, NO_SCRIPT_FILE, OFFSTAGE, QUERY, STATIC_ROOT};
use crate::facts::AppBase;
use crate::route::Route;

/// Mounts the visitors' app.
pub fn mount() {
    mount_with(None);
}

/// Mounts the app with the editors' page (`?check`): the editors' wasm
/// (`src/editors/`) calls this with its page, the visitors' wasm never
/// does, so the check and the preview are not in the visitors' code.
pub fn mount_editors(page: EditorsPage) {
    mount_with(Some(page));
}

fn mount_with(editors: Option<EditorsPage>) {
    let search = window().location().search().unwrap_or_default();
    let base_of = |el: &web_sys::Element| el.get_attribute(contract::FACT_BASE).unwrap_or_default();
    let (target, route, base, in_host_page, over_static_page) = if let Some(host) = host_element() {
        let (route, base) = (host_route(&host), base_of(&host));
        (host, route, base, true, false)
    } else if let Some((page, stage)) =
        over_static_page().and_then(|page| Some((page, offstage()?)))
    {
        let route = Route::of_static_page(
            &page.get_attribute(STATIC_ROOT).unwrap_or_default(),
            &search,
        );
        (stage.into(), route, base_of(&page), false, true)
    } else if let Some(body) = document().body() {
        (
            body.into(),
            Route::parse(&search),
            String::new(),
            false,
            false,
        )
    } else {
        return;
    };
    let base = AppBase {
        base,
        site: site_address(),
        in_host_page,
    };
    let rendering = Rendering::Browser {
        viewport: window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .map_or(0, |w| w as u32),
        over_static_page,
    };
    // The app renders in the task after the mount: each is long on a phone
    // already, since the browser compiles the code it runs for the first
    // time (Leptos' runtime here, the app's components there).
    let started = RwSignal::new(false);
    let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let handle = leptos::mount::mount_to(target, move || {
        if let Some(editors) = editors {
            provide_context(editors);
        }
        let (route, base) = (route.clone(), base.clone());
        move || {
            started.get().then(|| {
                view! { <App route=route.clone() base=base.clone() rendering=rendering /> }
            })
        }
    });
    set_timeout(
        move || {
            // index.html's boot screen (header and loading message) gives
            // way to the app in the same task as the app's first render.
            if let Some(boot) = document().get_element_by_id(contract::BOOT) {
                boot.remove();
            }
            started.set(true)
        },
        std::time::Duration::ZERO,
    );
    // The app lives as long as the document.
    handle.forget();
}

/// The pre-rendered page to take over, if this is one. The pre-rendered
/// overview (index.html) also serves every address with a query, which
/// asks for a page only the app renders: `public/boot.js` has hidden the
/// overview before the first paint ([`QUERY`]), and it goes.
fn over_static_page() -> Option<web_sys::Element> {
    let page = takeover::static_page()?;
    let query = document()
        .document_element()
        .is_some_and(|html| html.class_list().contains(QUERY));
    if query {
        page.remove();
        return None;
    }
    Some(page)
}

/// The element the app builds its page in while the static page is
/// showing: out of sight, laid out over it (style/main.css).
fn offstage() -> Option<web_sys::HtmlElement> {
    let doc = document();
    let stage = doc.create_element("div").ok()?;
    stage.set_class_name(OFFSTAGE);
    doc.body()?.append_child(&stage).ok()?;
    stage.dyn_into().ok()
}

/// The app could not load its data: the static page stays, and shows what
/// a visitor without script sees (no place kept for the app's controls).
pub fn keep_static_page(base: &str) {
    let doc = document();
    if takeover::static_page().is_none() || doc.get_element_by_id(NO_SCRIPT).is_some() {
        return;
    }
    let Ok(link) = doc.create_element("link") else {
        return;
    };
    link.set_id(NO_SCRIPT);
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &format!("{base}{NO_SCRIPT_FILE}"));
    if let Some(head) = doc.head() {
        let _ = head.append_child(&link);
    }
}

/// The site's public address (`SITE_URL`), where the build wrote it into
/// the page (`<html data-site>`).
fn site_address() -> Option<String> {
    document()
        .document_element()?
        .get_attribute(contract::SITE)
        .filter(|s| !s.is_empty())
}

/// The host page's element to mount into, if this is a host page.
fn host_element() -> Option<web_sys::Element> {
    document()
        .query_selector(&format!("[{}]", contract::HOST))
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::Element>().ok())
}

/// The options of a host element, read as the URL parameters they mirror:
/// `data-theme`, `data-year`, `data-lang`, `data-area`, `data-only`,
/// `data-header`, `data-draft`.
fn host_route(host: &web_sys::Element) -> Route {
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
