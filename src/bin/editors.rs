//! The editors' page (`?check`, see `components::check_page`): the app with
//! the bundle check and the preview. Trunk builds it into `dist/editors/`
//! (index.html) and `public/loader.js` starts it instead of the visitors'
//! app when the address asks for `?check`, so visitors never download it.

#[cfg(target_arch = "wasm32")]
fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::prelude::set_timeout(
        resultaten::dom::mount::mount_editors,
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("resultaten-editors is the editors' web page: serve the app with `make serve` and open /?check.");
}
