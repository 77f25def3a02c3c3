use leptos::prelude::*;

use crate::dom::load::LoadError;
use crate::i18n::{strings, Lang};
use crate::json::Error as JsonError;

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
    let message: String = match &error {
        LoadError::Network(_) => s.error_network.into(),
        LoadError::Timeout => s.error_timeout.into(),
        LoadError::Http {
            status: 404 | 410, ..
        } => s.error_not_found.into(),
        LoadError::Http { status, .. } if *status >= 500 => s.error_server.into(),
        LoadError::Http { .. } => s.error_http.into(),
        LoadError::ContentType(_) => s.error_content_type.into(),
        LoadError::Empty => s.error_empty.into(),
        LoadError::Bundle(e) | LoadError::Catalog(e) => match &**e {
            JsonError::UnsupportedVersion { .. } => s.error_version.into(),
            JsonError::TooLarge { limit, .. } => s
                .error_too_large
                .replace("{limit}", &format!("{} MB", limit / (1024 * 1024))),
            JsonError::Syntax { .. } | JsonError::Invalid(_) => s.error_content.into(),
        },
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
