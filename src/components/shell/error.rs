use leptos::prelude::*;

use crate::dom::load::{LoadError, TIMEOUT_MS};
use crate::i18n::{strings, Lang, Strings};
use crate::json::Error as JsonError;
use crate::words::{no_label, Say};

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
        LoadError::Bundle(e) => unreadable(e, s),
        LoadError::Catalog(e) => unreadable(e, s),
    };
    let details = details(&error, &url, lang);
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

/// A document that arrived but cannot be shown, in a visitor's words.
fn unreadable<R>(e: &JsonError<R>, s: &Strings) -> String {
    match e {
        JsonError::UnsupportedVersion { .. } => s.error_version.into(),
        JsonError::TooLarge { limit, .. } => s
            .error_too_large
            .replace("{limit}", &format!("{} MB", limit / (1024 * 1024))),
        JsonError::Reading { .. } | JsonError::Invalid(_) => s.error_content.into(),
    }
}

/// The technical details, for editors, in the page's language: the
/// request, and what went wrong, each problem by its title in its
/// domain's table, the table whose messages the editors' check says
/// (`crate::words::Message`); the editors' page explains each.
pub fn details(error: &LoadError, url: &str, lang: Lang) -> String {
    let s = strings(lang);
    let say = Say::new(lang, no_label);
    let what = match error {
        LoadError::Bundle(e) => return format!("{url}: {}\n{}", e.titles(say), s.details_check),
        LoadError::Catalog(e) => return format!("{url}: {}", e.titles(say)),
        LoadError::Network(e) => s.details_network.replace("{error}", e),
        LoadError::Timeout => s
            .details_timeout
            .replace("{seconds}", &(TIMEOUT_MS / 1000).to_string()),
        LoadError::Http {
            status,
            status_text,
        } => format!("HTTP {status} {status_text}"),
        LoadError::ContentType(t) => s.details_content_type.replace("{type}", &format!("{t:?}")),
        LoadError::Empty => s.details_empty.into(),
    };
    format!("GET {url}: {what}")
}
