//! The results bundle: types, reading and validation. No browser dependencies.
//!
//! Reading goes through the one JSON pipeline ([`crate::json`]), then the
//! bundle's own rules ([`validate`]).

mod rich_text;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod types;
mod validate;

pub use crate::json::{Error as BundleError, Problem};
pub use rich_text::{Block, Inline, RichText};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::{json_schema, SCHEMA_PATH};
pub use types::*;
pub use validate::{is_language_tag, validate};

/// The bundle as the JSON pipeline reads it.
pub const DOCUMENT: crate::json::Document = crate::json::Document {
    name: "bundle",
    supported_major: SUPPORTED_MAJOR,
    max_bytes: MAX_BUNDLE_BYTES,
};

/// Reads and validates a bundle: every problem, each with its JSON path, or
/// line and column. Never panics, whatever the input.
///
/// Refuses input over [`MAX_BUNDLE_BYTES`] before looking at it; a leading
/// byte order mark is skipped, as browsers do when they decode a response.
pub fn parse(json: &str) -> Result<Bundle, BundleError> {
    let bundle: Bundle = crate::json::read(json, &DOCUMENT)?;
    let problems = validate(&bundle);
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(BundleError::Invalid(problems))
    }
}

/// Whether a response's Content-Type may hold a bundle: JSON
/// (`application/json`, `text/json`, `application/*+json`), or no type at
/// all. Anything else (an HTML error page, an image) is refused before
/// parsing, so the visitor is told the server sent the wrong thing.
pub fn is_json_content_type(content_type: Option<&str>) -> bool {
    let Some(ct) = content_type else { return true };
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence == "text/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

#[cfg(test)]
mod content_type_tests {
    use super::is_json_content_type;

    #[test]
    fn json_types_pass_others_are_refused() {
        for ok in [
            None,
            Some("application/json"),
            Some("Application/JSON; charset=utf-8"),
            Some("text/json"),
            Some("application/vnd.resultaten+json"),
            Some(""),
        ] {
            assert!(is_json_content_type(ok), "{ok:?}");
        }
        for bad in [
            "text/html; charset=utf-8",
            "image/png",
            "application/octet-stream",
            "text/plain",
            "application/jsonx",
        ] {
            assert!(!is_json_content_type(Some(bad)), "{bad}");
        }
    }
}
