//! The results bundle: types, parsing and validation. No browser dependencies.

mod types;
mod validate;

pub use types::*;
pub use validate::{
    is_safe_href, is_safe_media_src, parse, validate, BundleError, Problem, RESERVED_IDS,
};
