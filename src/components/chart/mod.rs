//! A chart as the page shows it: [`ChartFigure`] (the drawing, its table
//! view, its downloads and its links) and [`ViewSwitch`], the two-state
//! switch ("Grafiek | Tabel", "Als tegels | Als grafiek") it and the
//! highlights share. The drawing itself is `crate::charts`, with no
//! browser; the files are made by `crate::dom::download`.

mod figure;
mod switch;

pub use figure::ChartFigure;
pub use switch::ViewSwitch;
