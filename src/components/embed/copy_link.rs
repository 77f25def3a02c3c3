use leptos::prelude::*;

use crate::components::context::{in_host_page, Facts};
use crate::dom::clipboard::{copy_for, Said};
use crate::i18n::{strings, Lang};

/// "Link kopiëren": copies the deep link to `id` (the page's published
/// address with `#id`) and says so in a polite live region; where the
/// browser refuses, the address appears selected in a field, with how to
/// copy it by hand. A control of the app: the pre-rendered page keeps its
/// place until the app has taken over (`needs-app`, style/main.css), and
/// a page without script leaves it out.
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
    let facts = use_context::<Facts>();
    let said = Said {
        copied: s.link_copied,
        by_hand: s.copy_by_hand,
    };
    let copy = move |ev: leptos::ev::MouseEvent| {
        let url = crate::dom::address::page_address(facts.as_ref().map(|f| &f.0), Some(&id));
        copy_for(&ev, url.clone(), said, move |button| {
            crate::dom::clipboard::address_field(button, &url, s.copy_link_address)
        });
    };
    (!in_host_page()).then(|| {
        view! {
            <span class="copy-link needs-app">
                <button type="button" class="link-button copy-link-button"
                    aria-label=format!("{}: {name}", s.copy_link) on:click=copy>
                    {s.copy_link}
                </button>
                <span class="copy-link-status" role="status"></span>
            </span>
        }
    })
}
