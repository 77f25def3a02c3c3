//! Watching a chart's drawing: its container's width (the drawing follows
//! it) and whether it is near the screen (a chart in an open area is drawn
//! as it comes near). The observers are set up in effects, so never at
//! build time, and disconnected with their component.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Sets `near` once the drawing is within a screen's height of the
/// viewport (a closed area's drawing never is: its panel is not rendered).
pub fn watch_near(drawing: NodeRef<leptos::html::Div>, near: RwSignal<bool>) {
    let observer = StoredValue::new_local(
        None::<(
            web_sys::IntersectionObserver,
            Closure<dyn FnMut(js_sys::Array)>,
        )>,
    );
    Effect::new(move |_| {
        let Some(el) = drawing.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if seen {
                near.try_set(true);
                observer.update_value(|o| {
                    if let Some((o, _)) = o {
                        o.disconnect();
                    }
                });
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        if let Ok(o) = web_sys::IntersectionObserver::new_with_options(
            on_change.as_ref().unchecked_ref(),
            &options,
        ) {
            o.observe(&el);
            observer.set_value(Some((o, on_change)));
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some((o, _)) = o.take() {
                o.disconnect();
            }
        })
    });
}

/// Redraws when the container's width changes (rotation, a resized window,
/// a host page's layout). A closed area's chart has no width and keeps its
/// last drawing. The SVG is swapped in one step, so nothing flickers.
pub fn follow_width(drawing: NodeRef<leptos::html::Div>, width: RwSignal<u32>) {
    let observer = StoredValue::new_local(
        None::<(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>,
    );
    Effect::new(move |_| {
        let Some(el) = drawing.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let w = entry.content_rect().width().round() as u32;
            // Small changes are left to the SVG's own scaling.
            if w > 0 && w.abs_diff(width.get_untracked()) >= 8 {
                width.set(w);
            }
        });
        if let Ok(o) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some((o, on_resize)));
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some((o, _)) = o.take() {
                o.disconnect();
            }
        })
    });
}
