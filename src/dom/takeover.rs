//! Taking over a pre-rendered page (docs/architecture.md, "The takeover").
//! The app builds its page out of sight over the static one (laid out but
//! hidden; [`super::steps`]), then swaps them: the same markup, so nothing
//! moves. The platform owns every control of the static page, so one rule
//! carries over what the reader changed before the app arrived: each
//! `<details>` open or closed and each input checked, found in the app's
//! page by its id (the app learns it by the event the platform sends, as
//! for a tap), then the focus and the reader's place.

use std::time::Duration;

use js_sys::Reflect;
use leptos::prelude::{document, set_timeout, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::contract::{OFFSTAGE, STATIC_ROOT};

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

/// Sets `to` as `from` is, where the reader (or the platform, for a link
/// or find-in-page) changed `from`: a `<details>` opened (the build
/// writes them closed), an input checked otherwise than its markup says.
/// What the reader left alone stays as the app made it (a deep link may
/// have chosen a view). Sends the event the platform sends; whether it
/// changed anything.
fn same_state(from: &Element, to: &Element) -> bool {
    let get = |el: &Element, name: &str| Reflect::get(el, &name.into()).unwrap_or_default();
    let (state, default, event) = match from.tag_name().as_str() {
        "DETAILS" => ("open", false.into(), "toggle"),
        _ => ("checked", get(from, "defaultChecked"), "change"),
    };
    let was = get(from, state);
    if was == default || was == get(to, state) || Reflect::set(to, &state.into(), &was).is_err() {
        return false;
    }
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
    let w = window();
    let size =
        |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or_default();
    let (width, height) = (size(w.inner_width()), size(w.inner_height()));
    let top = |el: &Element| el.get_bounding_client_rect().top();
    let active = document()
        .active_element()
        .filter(|a| old.contains(Some(a)));
    let focused = active.as_ref().and_then(|a| twin(a, &stage));
    let place = active
        .filter(|a| (0.0..height).contains(&top(a)))
        .or_else(|| document().element_from_point((width / 2.0) as f32, (height / 4.0) as f32));
    let moved = place.and_then(|at| Some(top(&twin(&at, &stage)?) - top(&at)));
    let (x, y) = (
        w.scroll_x().unwrap_or_default(),
        w.scroll_y().unwrap_or_default(),
    );
    old.remove();
    let _ = stage.class_list().remove_1(OFFSTAGE);
    if let Some(el) = focused.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        super::fragment::focus_in_place(&el);
    }
    w.scroll_to_with_x_and_y(x, y + moved.unwrap_or_default());
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

/// Runs `f` in an animation frame once no static page is left, so that ids
/// name the app's elements (until the swap, both pages hold them).
pub fn in_frame_after_takeover(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || match static_page() {
        Some(_) => in_frame_after_takeover(f),
        None => f(),
    });
}
