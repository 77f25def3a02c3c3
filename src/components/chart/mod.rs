//! A chart as the page shows it: [`ChartFigure`] (the drawing and its
//! table view), its downloads and links (`downloads`), and
//! [`ViewSwitch`], the two-state switch ("Grafiek | Tabel", "Als tegels |
//! Als grafiek") it and the highlights share. The drawing itself is `crate::charts`, with no
//! browser; the files are made by `crate::dom::download`.

mod downloads;
mod figure;
mod switch;

pub use figure::ChartFigure;
pub use switch::ViewSwitch;
