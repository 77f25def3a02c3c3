#[cfg(target_arch = "wasm32")]
fn main() {
    // Readable panic messages in development builds; a release build leaves
    // the hook out to save bytes (panics abort; data never panics).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // In a task of its own: instantiating the wasm is one long task on a
    // phone already, and mounting (with the first fetch) adds to it.
    leptos::prelude::set_timeout(resultaten::dom::mount::mount, std::time::Duration::ZERO);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("resultaten is a web app: serve it with `make serve` (trunk serve).");
}
