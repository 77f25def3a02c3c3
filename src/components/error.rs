use leptos::prelude::*;

use crate::bundle::BundleError;
use crate::i18n::{strings, Lang};
use crate::load::LoadError;

/// What a visitor reads when the bundle cannot be shown: plain language, a
/// retry, and the technical details folded away for editors.
#[component]
pub fn ErrorView(
    error: LoadError,
    url: String,
    lang: Lang,
    on_retry: Callback<()>,
) -> impl IntoView {
    let s = strings(lang);
    let message = match &error {
        LoadError::Network(_) => s.error_network,
        LoadError::Timeout => s.error_timeout,
        LoadError::Http {
            status: 404 | 410, ..
        } => s.error_not_found,
        LoadError::Http { status, .. } if *status >= 500 => s.error_server,
        LoadError::Http { .. } => s.error_http,
        LoadError::Bundle(BundleError::UnsupportedVersion(_)) => s.error_version,
        LoadError::Bundle(_) => s.error_content,
    };
    let details = error.details(&url);
    view! {
        <div class="error-panel" role="alert">
            <h1>{s.error_title}</h1>
            <p>{message}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {s.retry}
            </button>
            <details class="error-details">
                <summary>{s.details}</summary>
                <pre>{details}</pre>
            </details>
        </div>
    }
}
