//! Resultaten: the results pages of Dutch development cooperation.
//!
//! Data flows one way: bundle JSON → [`json`] (the one reading pipeline) →
//! [`bundle::parse`] (validate) → view helpers ([`format`], [`charts`],
//! [`facts`], [`head`]) → [`components`] → DOM. The components render in
//! the browser (the app) and natively at build time ([`prerender`]);
//! everything that calls the browser is behind one boundary, [`dom`].
//! Everything else is free of browser dependencies and tested natively.

pub mod address;
pub mod bundle;
pub mod catalog;
pub mod charts;
pub mod check;
pub mod components;
pub mod contract;
pub mod dom;
pub mod facts;
pub mod format;
pub mod head;
pub mod i18n;
pub mod ids;
pub mod json;
pub mod lang;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod route;
pub mod series;
pub mod snippets;
pub mod translation;
pub mod words;
