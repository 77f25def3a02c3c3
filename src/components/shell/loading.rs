use leptos::prelude::*;

use crate::i18n::{strings, Lang};

/// Shown while the bundle loads: announced politely, never a blank page.
#[component]
pub fn Loading(lang: Lang) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading-spinner" aria-hidden="true"></span>
            <p>{strings(lang).loading}</p>
        </div>
    }
}
