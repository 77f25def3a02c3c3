//! Taking over a pre-rendered page (docs/architecture.md, "The takeover").
//! The app builds its page out of sight over the static one
//! (`.resultaten-offstage`, laid out but hidden; [`super::steps`]), then
//! swaps them. Both are the same markup, so nothing moves. The platform
//! owns every control of the static page (`<details>`, radio buttons), so
//! one rule carries over whatever the reader changed before the app
//! arrived: each `<details>` open or closed and each input checked, found
//! in the app's page by its id, then the focus and the scroll position.
//! The app learns a carried change as it learns a reader's: by the event
//! the platform sends (`toggle`, `change`).

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::{document, set_timeout, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement, HtmlElement, HtmlInputElement};

use crate::contract::{OFFSTAGE, STATIC_ROOT};

thread_local! {
    /// Whether the platform showed the address's fragment on the static
    /// page (it opened the area and scrolled there), so the app only
    /// gives it focus and leaves the scroll position to the reader.
    static LINK_SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// The pre-rendered page's root, if this is one.
pub fn static_page() -> Option<Element> {
    document()
        .query_selector(&format!("[{STATIC_ROOT}]"))
        .ok()?
}

/// Replaces the static page by the app's, with the reader's changes.
pub fn take_over() {
    let stage = document().query_selector(&format!(".{OFFSTAGE}"));
    if let (Ok(Some(stage)), Some(old)) = (stage, static_page()) {
        carry(old, stage, 0);
    }
}

/// Gives the app's page the state of the static page's controls. What
/// that opens is built in the next task, and may hold more of them.
fn carry(old: Element, stage: Element, round: u8) {
    let mut changed = false;
    let Ok(all) = old.query_selector_all("details[id], input[id]") else {
        return swap(old, stage);
    };
    for el in (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<Element>().ok()) {
        if let Ok(Some(twin)) = stage.query_selector(&format!("[id=\"{}\"]", el.id())) {
            changed |= same_state(&el, &twin);
        }
    }
    match changed && round < 4 {
        true => set_timeout(
            move || carry(old, stage, round + 1),
            Duration::from_millis(16),
        ),
        false => swap(old, stage),
    }
}

/// Sets `to` as `from` is, and sends the platform's event; whether it
/// changed.
fn same_state(from: &Element, to: &Element) -> bool {
    let event = match (
        from.dyn_ref::<HtmlDetailsElement>(),
        to.dyn_ref::<HtmlDetailsElement>(),
    ) {
        (Some(a), Some(b)) if a.open() != b.open() => {
            b.set_open(a.open());
            "toggle"
        }
        _ => match (
            from.dyn_ref::<HtmlInputElement>(),
            to.dyn_ref::<HtmlInputElement>(),
        ) {
            (Some(a), Some(b)) if a.checked() != b.checked() => {
                b.set_checked(a.checked());
                "change"
            }
            _ => return false,
        },
    };
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(e) = web_sys::Event::new_with_event_init_dict(event, &init) {
        let _ = to.dispatch_event(&e);
    }
    true
}

/// The swap: the static page goes and the app's shows. Focus comes back
/// to the same control without scrolling, and the reader's place stays
/// where it was on the screen: the focused control, if on screen, or the
/// element with an id at the top of the screen, whose twin the app laid
/// out at the same spot or a little lower (a chart drawn for the exact
/// width, above it).
fn swap(old: Element, stage: Element) {
    let controls = "a[href], button, summary, input, textarea, [tabindex]";
    let nth = |root: &Element, i| {
        root.query_selector_all(controls)
            .ok()?
            .item(i)?
            .dyn_into::<Element>()
            .ok()
    };
    let active = document()
        .active_element()
        .filter(|a| old.contains(Some(a)));
    let focused = active.as_ref().and_then(|a| {
        let all = old.query_selector_all(controls).ok()?;
        (0..all.length()).find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(a))))
    });
    let top = |el: &Element| el.get_bounding_client_rect().top();
    let w = window();
    let height = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    let anchor = active
        .filter(|a| (0.0..height).contains(&top(a)))
        .zip(focused.and_then(|i| nth(&stage, i)))
        .or_else(|| {
            let width = w.inner_width().ok()?.as_f64()?;
            let at = document().element_from_point((width / 2.0) as f32, (height / 4.0) as f32)?;
            Some((at.clone(), twin(&at, &stage)?))
        });
    let moved = anchor.map_or(0.0, |(at, twin)| top(&twin) - top(&at));
    LINK_SHOWN.set(linked(&old).is_some_and(|el| shown(&el)));
    let (x, y) = (
        w.scroll_x().unwrap_or_default(),
        w.scroll_y().unwrap_or_default(),
    );
    old.remove();
    let _ = stage.class_list().remove_1(OFFSTAGE);
    if let Some(el) = focused.and_then(|i| nth(&stage, i)?.dyn_into::<HtmlElement>().ok()) {
        focus_in_place(&el);
    }
    w.scroll_to_with_x_and_y(x, y + moved);
}

/// The app's element for `el` of the static page: by the nearest id
/// around it, then by the same children down from there (the same
/// components render both).
fn twin(el: &Element, stage: &Element) -> Option<Element> {
    let mut path = Vec::new();
    let mut at = el.clone();
    while at.id().is_empty() {
        let parent = at.parent_element()?;
        let children = parent.children();
        path.push((0..children.length()).find(|&i| children.item(i).is_some_and(|c| c == at))?);
        at = parent;
    }
    let mut twin = stage
        .query_selector(&format!("[id=\"{}\"]", at.id()))
        .ok()??;
    for i in path.into_iter().rev() {
        twin = twin.children().item(i)?;
    }
    Some(twin)
}

/// Focus without scrolling (a reader who tapped, then scrolled on, keeps
/// their place).
pub fn focus_in_place(el: &HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// The static page's element the address's fragment names.
fn linked(old: &Element) -> Option<Element> {
    let id = super::fragment::current_hash()?;
    old.query_selector(&format!("[id=\"{id}\"]")).ok()?
}

/// Whether `el` is rendered: not in a closed `<details>`, not hidden
/// (`checkVisibility`, where the browser has it).
fn shown(el: &Element) -> bool {
    let check = js_sys::Reflect::get(el, &"checkVisibility".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match check.and_then(|f| f.call0(el).ok()) {
        Some(visible) => visible.is_truthy(),
        None => el.get_bounding_client_rect().height() > 0.0,
    }
}

/// Whether the platform showed the fragment's element on the static page
/// the app took over (asked once).
pub fn link_shown() -> bool {
    LINK_SHOWN.replace(false)
}

/// Runs `f` in an animation frame once no static page is left, so that ids
/// name the app's elements (until the swap, both pages hold them).
pub fn in_frame_after_takeover(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || match static_page() {
        Some(_) => in_frame_after_takeover(f),
        None => f(),
    });
}
