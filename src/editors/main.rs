//! The editors' pages: the bundle check and the preview (`?check`,
//! [`page::CheckPage`]), in parts as the page shows them (one file each:
//! the page and its drop box, what was chosen, a file's report, a pair of
//! translations, the lines around a problem, the preview); and "Insluiten"
//! for a theme page (`?snippets=…`, [`snippets::SnippetsPage`]). Only
//! this binary compiles this folder:
//! Trunk builds it into `dist/editors/` (index.html) and `public/loader.js`
//! starts it instead of the visitors' app when the address asks for
//! `?check` or `?snippets`, so visitors never download it. The checks themselves are
//! the library's `resultaten::check`, which `check-bundle` shares.

#[cfg(target_arch = "wasm32")]
mod chosen;
#[cfg(target_arch = "wasm32")]
mod lines;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod pair;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod report;
#[cfg(target_arch = "wasm32")]
mod snippets;

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use resultaten::components::EditorsPage;

    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    set_timeout(
        || {
            resultaten::dom::mount::mount_editors(EditorsPage(|route| match route.view {
                resultaten::route::View::Snippets { .. } => {
                    view! { <snippets::SnippetsPage route=route /> }.into_any()
                }
                _ => view! { <page::CheckPage lang=route.lang /> }.into_any(),
            }))
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("resultaten-editors is the editors' web page: serve the app with `make serve` and open /?check.");
}
