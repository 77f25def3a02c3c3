use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{ErrorView, Loading, Page};
use crate::bundle::Bundle;
use crate::i18n::{strings, Lang};
use crate::load::{fetch_bundle, LoadError};

/// The bundle shown when the URL names none.
pub const DEFAULT_BUNDLE: &str = "data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json";

#[derive(Clone)]
enum State {
    Loading,
    Ready(Arc<Bundle>),
    Failed(LoadError),
}

/// Which bundle to load: the default, relative to the page.
pub fn bundle_url() -> String {
    DEFAULT_BUNDLE.to_string()
}

/// Mounts the app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(|| view! { <App url=bundle_url() /> })
}

/// The page chrome and the load state machine: loading → page, or error with retry.
#[component]
pub fn App(#[prop(into)] url: String) -> impl IntoView {
    let state = RwSignal::new(State::Loading);
    let lang = Lang::Nl;
    let s = strings(lang);

    let load = {
        let url = url.clone();
        move |retry: bool| {
            state.set(State::Loading);
            let url = url.clone();
            leptos::task::spawn_local(async move {
                let next = match fetch_bundle(&url).await {
                    Ok(b) => State::Ready(Arc::new(b)),
                    Err(e) => {
                        // Editors find the full story in the console.
                        web_sys::console::warn_1(&e.details(&url).into());
                        State::Failed(e)
                    }
                };
                state.set(next);
                if retry {
                    focus_main();
                }
            });
        }
    };
    load(false);
    let retry = Callback::new(move |_: ()| load(true));

    view! {
        <a class="skip-link" href="#main">{s.skip_link}</a>
        <header class="site-header">
            <div class="wrap">
                <p class="site-name">{s.site_name}</p>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {move || match state.get() {
                State::Loading => view! { <Loading lang=lang /> }.into_any(),
                State::Ready(b) => view! { <Page bundle=b /> }.into_any(),
                State::Failed(e) => {
                    view! { <ErrorView error=e url=url.clone() lang=lang on_retry=retry /> }.into_any()
                }
            }}
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{s.footer}</p>
            </div>
        </footer>
    }
}

/// Moves focus to `<main>` once the new content is in place.
fn focus_main() {
    request_animation_frame(|| {
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    });
}
