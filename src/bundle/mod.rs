//! The results bundle: types, reading and validation. No browser dependencies.
//!
//! Reading goes through the one JSON pipeline ([`crate::json`]), then the
//! bundle's own rules ([`validate`]), whose kinds and words are
//! [`Rule`]'s.

mod rich_text;
mod rule;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod types;
mod validate;

pub use rich_text::{Block, Inline, RichText};
pub use rule::{Near, Rule};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::{json_schema, SCHEMA_PATH};
pub use types::*;
pub use validate::{is_language_tag, validate};

/// Why a bundle cannot be used: the reading's problem, or every rule of
/// the bundle it breaks.
pub type BundleError = crate::json::Error<Rule>;

/// A rule of the bundle broken, at its JSON path.
pub type Problem = crate::json::Problem<Rule>;

/// The bundle as the JSON pipeline reads it.
pub const DOCUMENT: crate::json::Document = crate::json::Document {
    name: "bundle",
    supported_major: SUPPORTED_MAJOR,
    known_minor: KNOWN_MINOR,
    max_bytes: MAX_BUNDLE_BYTES,
};

/// Reads and validates a bundle: every problem, each with its JSON path, or
/// line and column. Never panics, whatever the input.
///
/// Refuses input over [`MAX_BUNDLE_BYTES`] before looking at it; a leading
/// byte order mark is skipped, as browsers do when they decode a response.
pub fn parse(json: &str) -> Result<Bundle, BundleError> {
    crate::json::read_valid(json, &DOCUMENT, validate)
}
