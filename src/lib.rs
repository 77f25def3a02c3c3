//! Resultaten: the results pages of Dutch development cooperation.
//!
//! Data flows one way: bundle JSON → [`json`] (the one reading pipeline) →
//! [`bundle::parse`] (validate) → view helpers ([`format`], [`charts`]) →
//! components → DOM. Everything but `load` and `components` is free of
//! browser dependencies and tested natively.

pub mod address;
pub mod bundle;
pub mod catalog;
pub mod charts;
pub mod check;
pub mod format;
pub mod i18n;
pub mod ids;
pub mod json;
pub mod route;
pub mod series;
pub mod translation;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod load;
