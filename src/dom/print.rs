//! Printing: the print stylesheet opens every area, so the printout (or a
//! PDF saved from it) carries the whole report, charts included.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Sets `printing` when the page is printed: `beforeprint`, and
/// `matchMedia("print")` starting to match, which is how headless browsers
/// print. Both listeners are removed with the calling component. Call it
/// after mount ([`super::after_mount`]).
pub fn watch(printing: RwSignal<bool>) {
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    on_cleanup(move || before.remove());
    let Ok(Some(query)) = window().match_media("print") else {
        return;
    };
    if query.matches() {
        printing.set(true);
    }
    let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| printing.set(true));
    if query
        .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        .is_ok()
    {
        // Kept (browser objects are not `Send`) until the component's
        // cleanup removes the listener; the closure is dropped after it.
        let listener = StoredValue::new_local(Some((query, on_change)));
        on_cleanup(move || {
            listener.update_value(|l| {
                if let Some((query, on_change)) = l.take() {
                    let _ = query.remove_event_listener_with_callback(
                        "change",
                        on_change.as_ref().unchecked_ref(),
                    );
                }
            })
        });
    }
}

/// Opens the browser's print dialogue.
pub fn print_page() {
    if let Err(e) = window().print() {
        web_sys::console::warn_1(&e);
    }
}
