//! Charts: specs derived from bundle data, drawn to SVG with plotters, and
//! the same numbers as a data table and a CSV download.
//! Pure functions with no browser dependency, tested natively.

mod csv;
mod spec;
mod svg;
mod table;

pub use csv::{
    chart_csv, chart_csv_file_name, chart_svg_file_name, file_stem, indicators_csv,
    indicators_csv_file_name, separator, BOM,
};
pub use spec::*;
pub use svg::{
    drawing_width, placeholder_svg, render_svg, render_svg_for, svg_file, text_labels, Place,
    MIN_WIDTH, PHONE, WIDE, WIDTH,
};
pub use table::{data_table, label_header, value_header, DataTable, TableRow};
