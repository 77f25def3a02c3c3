//! The results bundle: types, parsing and validation. No browser dependencies.

mod de;
pub(crate) use de::object_structs;
mod locate;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod types;
mod validate;

pub use locate::{locate, path_at};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::{json_schema, SCHEMA_PATH};
pub use types::*;
pub(crate) use validate::{char_column, json_text, serde_message, VersionOnly};
pub use validate::{
    is_safe_href, is_safe_media_src, parse, validate, BundleError, Problem, RESERVED_IDS,
};

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
