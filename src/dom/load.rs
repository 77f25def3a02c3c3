//! Fetching the catalog and bundles: HTTP status, content type and size
//! checks, a timeout, and every failure as a value the page can explain.
//! Reading is the JSON pipeline's ([`crate::json`], through
//! [`crate::bundle::parse`] and [`crate::catalog::parse_catalog`]).

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use gloo_net::http::Request;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::bundle::{self, Bundle, BundleError};
use crate::catalog::{self, Catalog, CatalogError};
use crate::json;

/// How long a visitor waits before the fetch is given up.
pub const TIMEOUT_MS: i32 = 20_000;

/// Why a document could not be loaded. `Display` tells what happened, for
/// the console (with [`LoadError::details`] adding the address); the page
/// tells visitors in their own words, and editors in the details view, in
/// the page's language (`components::ErrorView`).
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer at all: offline, refused, DNS, CORS.
    Network(String),
    /// No answer within [`TIMEOUT_MS`]; the request was aborted.
    Timeout,
    /// An answer with a non-2xx status.
    Http { status: u16, status_text: String },
    /// An answer whose Content-Type is not JSON (an HTML error page, an image…).
    ContentType(String),
    /// An answer with an empty body.
    Empty,
    /// An answer that is not a valid bundle, or too large to read. Shared,
    /// not copied: the page's state is cloned, and a copy of every problem
    /// would cost the visitors' wasm 4 kB of clone code for nothing.
    Bundle(Arc<BundleError>),
    /// The list of published bundles is not valid.
    Catalog(Arc<CatalogError>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "network error: {e}"),
            LoadError::Timeout => write!(f, "no answer within {} s; aborted", TIMEOUT_MS / 1000),
            LoadError::Http {
                status,
                status_text,
            } => write!(f, "HTTP {status} {status_text}"),
            LoadError::ContentType(t) => write!(
                f,
                "Content-Type is {t:?}, not JSON; serve bundles as application/json"
            ),
            LoadError::Empty => write!(f, "the answer has an empty body"),
            LoadError::Bundle(e) => e.fmt(f),
            LoadError::Catalog(e) => e.fmt(f),
        }
    }
}

// `Display` already tells the reading error's story, so it is not given
// again as a `source`.
impl std::error::Error for LoadError {}

/// Which document a fetch is for: its limits, and how its errors are told.
#[derive(Clone, Copy)]
enum Fetched {
    Bundle,
    Catalog,
}

impl Fetched {
    fn document(self) -> &'static json::Document {
        match self {
            Fetched::Bundle => &bundle::DOCUMENT,
            Fetched::Catalog => &catalog::DOCUMENT,
        }
    }

    /// The document is larger than its limit.
    fn too_large(self, bytes: usize, limit: usize) -> LoadError {
        match self {
            Fetched::Bundle => LoadError::Bundle(Arc::new(json::Error::TooLarge { bytes, limit })),
            Fetched::Catalog => {
                LoadError::Catalog(Arc::new(json::Error::TooLarge { bytes, limit }))
            }
        }
    }
}

impl LoadError {
    /// The full story, for the console: the request and what went wrong.
    pub fn details(&self, url: &str) -> String {
        match self {
            LoadError::Bundle(_) | LoadError::Catalog(_) => format!("{url}: {self}"),
            _ => format!("GET {url}: {self}"),
        }
    }
}

/// Fetches and validates the bundle at `url`.
pub async fn fetch_bundle(url: &str) -> Result<Bundle, LoadError> {
    let text = fetch_json_text(url, Fetched::Bundle).await?;
    mark(MARK_BUNDLE_RECEIVED);
    bundle::parse(&text).map_err(|e| LoadError::Bundle(Arc::new(e)))
}

/// Performance marks for `make bench`: the bundle's text has arrived, and
/// the page built from it has been painted (see `components::Page`).
pub use crate::contract::{MARK_BUNDLE_RECEIVED, MARK_COMPLETE, MARK_RENDERED};

/// Sets a `performance.mark`; costs nothing noticeable and never fails the page.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Resolves in a new task (a zero timeout), so that work before and after
/// it are two shorter tasks instead of one long one: a long task delays
/// the page's answer to a tap or a key.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Fetches and validates the catalog of published bundles at `url`.
pub async fn fetch_catalog(url: &str) -> Result<Catalog, LoadError> {
    let text = fetch_json_text(url, Fetched::Catalog).await?;
    catalog::parse_catalog(&text).map_err(|e| LoadError::Catalog(Arc::new(e)))
}

/// Fetches a JSON document's text, with the checks every fetch needs.
async fn fetch_json_text(url: &str, fetched: Fetched) -> Result<String, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    // Abort the request when the timeout fires; remember why it was aborted.
    let timer = controller.as_ref().and_then(|c| {
        let c = c.clone();
        let flag = timed_out.clone();
        let cb = Closure::once(move || {
            flag.set(true);
            c.abort();
        });
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                cb.as_ref().unchecked_ref(),
                TIMEOUT_MS,
            )
            .ok()?;
        Some((id, cb))
    });
    let result = fetch_inner(url, fetched, controller.as_ref()).await;
    if let (Some((id, _cb)), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    match result {
        Err(LoadError::Network(_)) if timed_out.get() => Err(LoadError::Timeout),
        other => other,
    }
}

async fn fetch_inner(
    url: &str,
    fetched: Fetched,
    controller: Option<&web_sys::AbortController>,
) -> Result<String, LoadError> {
    let signal = controller.map(|c| c.signal());
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let content_type = response.headers().get("content-type");
    if !json::is_json_content_type(content_type.as_deref()) {
        return Err(LoadError::ContentType(content_type.unwrap_or_default()));
    }
    // Refuse an oversized document before downloading it, when the server
    // says its size; the JSON pipeline refuses it otherwise.
    let limit = fetched.document().max_bytes;
    if let Some(bytes) = response
        .headers()
        .get("content-length")
        .and_then(|l| l.trim().parse::<usize>().ok())
        .filter(|b| *b > limit)
    {
        return Err(fetched.too_large(bytes, limit));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(text)
}
