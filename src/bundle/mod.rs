//! The results bundle: types, parsing and validation. No browser dependencies.

mod locate;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod types;
mod validate;

pub use locate::locate;
#[cfg(not(target_arch = "wasm32"))]
pub use schema::{json_schema, SCHEMA_PATH};
pub use types::*;
pub use validate::{
    is_safe_href, is_safe_media_src, parse, validate, BundleError, Problem, RESERVED_IDS,
};
