use leptos::prelude::*;

use crate::components::context::in_host_page;
use crate::i18n::{strings, Lang};

/// "Link kopiëren": copies the deep link to `id` (the page's address with
/// `#id`) and says so in a polite live region; where the browser refuses,
/// the address appears selected in a field, with how to copy it by hand.
///
/// The behaviour is `public/loader.js`'s (one listener for the document,
/// which works on the pre-rendered page from its first paint too): in the
/// wasm it measured 4.0 kB gzip (246.7 against 242.7 kB of app code); as
/// markup plus the loader's listener, 1.1 kB. A host page does not load the
/// loader, so there the control is left out.
#[component]
pub fn CopyLink(
    /// The element the link leads to.
    id: String,
    /// What the link leads to, for the button's accessible name.
    #[prop(into)]
    name: String,
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    (!in_host_page()).then(|| {
        view! {
            <span class="copy-link">
                <button type="button" class="link-button copy-link-button"
                    data-target=id data-label-on=s.link_copied data-label-hand=s.copy_by_hand
                    data-label-address=s.copy_link_address>
                    {s.copy_link}
                    <span class="visually-hidden">{format!(": {name}")}</span>
                </button>
                <span class="copy-link-status" role="status"></span>
            </span>
        }
    })
}
