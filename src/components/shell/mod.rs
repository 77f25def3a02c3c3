//! What surrounds every page: [`App`] (which page an address asks for, and
//! its loading), the frame [`Shell`] (root, skip link, site header and
//! footer), the [`Overview`] of themes and years, [`NotFound`],
//! [`Loading`] and [`ErrorView`] (every failure as a message with a
//! retry).

mod app;
mod error;
mod frame;
mod loading;
mod overview;

pub use app::{App, EditorsPage};
pub use error::ErrorView;
pub use frame::Shell;
pub use loading::Loading;
pub use overview::{NotFound, Overview};
