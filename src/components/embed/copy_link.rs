use leptos::prelude::*;

use crate::components::context::{in_host_page, Facts};
use crate::dom::{address, clipboard};
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
    let status = RwSignal::new("");
    let by_hand = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let url = address::page_address(facts.as_ref().map(|f| &f.0), Some(&id));
        status.set("");
        by_hand.set(None);
        leptos::task::spawn_local(async move {
            if clipboard::copy(&url).await {
                status.set(s.link_copied);
            } else {
                by_hand.set(Some(url));
                status.set(s.copy_by_hand);
            }
        });
    };
    // The field, once shown, is focused with its text selected.
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            clipboard::select(&input);
        }
    });
    (!in_host_page()).then(|| {
        view! {
            <span class="copy-link needs-app">
                <button type="button" class="link-button copy-link-button"
                    aria-label=format!("{}: {name}", s.copy_link) on:click=copy>
                    {s.copy_link}
                </button>
                <span class="copy-link-status" role="status">{move || status.get()}</span>
                {move || by_hand.get().map(|url| view! {
                    <input class="copy-link-address" type="text" readonly value=url
                        aria-label=s.copy_link_address node_ref=field />
                })}
            </span>
        }
    })
}
