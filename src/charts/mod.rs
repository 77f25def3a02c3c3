//! Charts: specs derived from bundle data, drawn to SVG with plotters.
//! Pure functions with no browser dependency, tested natively on their SVG.

mod spec;
mod svg;

pub use spec::*;
pub use svg::{render_svg, text_labels, MIN_WIDTH, WIDTH};
