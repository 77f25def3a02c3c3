//! CSV downloads that open correctly in Excel, Dutch Excel in particular.
//!
//! - **Encoding: UTF-8 with a byte order mark.** Without the BOM, Excel on
//!   Windows reads a CSV in the ANSI code page and shows "geÃ¯nformeerd"
//!   for "geïnformeerd". No `sep=` first line: it is reported to make Excel
//!   ignore the BOM, and other tools read it as data.
//! - **Separator per language.** Excel splits a CSV opened by double-click
//!   on the list separator of the Windows regional settings. Dutch settings
//!   use `;`, because `,` is the decimal sign; English settings use `,`. So
//!   the Dutch page writes `;` and decimal commas (`2,5`), the English page
//!   `,` and decimal points (`2.5`).
//! - **Numbers as numbers.** No thousands separator (`240000`), an ASCII
//!   `-` for negatives, all digits: Excel stores them as numbers, not text.
//!   Percentages are the number (`19`) in a column whose header says `%`.
//!   A missing value (`null` in the bundle) is an empty cell.
//! - **RFC 4180.** CRLF line ends; a field holding the separator, a double
//!   quote, CR or LF is enclosed in double quotes, with quotes doubled.
//! - **No formula injection.** A text field starting with `=`, `+`, `-`,
//!   `@`, TAB or CR gets a leading apostrophe (OWASP's advice), so a
//!   spreadsheet shows it as text instead of evaluating it. Numbers are
//!   never prefixed.
//! - **File names** use only `a-z`, `0-9` and `-`: `chart-<id>.csv`,
//!   `<theme>-<year>-<lang>-indicatoren.csv`.

use super::spec::ChartSpec;
use super::table::data_table;
use crate::bundle::{Bundle, Measure};
use crate::format;
use crate::i18n::{status_label, strings, Lang};

/// The byte order mark every CSV starts with.
pub const BOM: char = '\u{feff}';

/// `;` for Dutch (Excel's list separator there), `,` for English.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::Nl => ';',
        Lang::En => ',',
    }
}

/// A CSV cell.
enum Cell<'a> {
    Text(&'a str),
    Number(Option<f64>),
}

struct Writer {
    out: String,
    lang: Lang,
}

impl Writer {
    fn new(lang: Lang) -> Writer {
        let mut out = String::with_capacity(1024);
        out.push(BOM);
        Writer { out, lang }
    }

    fn row(&mut self, cells: &[Cell]) {
        let sep = separator(self.lang);
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(sep);
            }
            match cell {
                Cell::Text(t) => self.text(t, sep),
                Cell::Number(Some(v)) => self.out.push_str(&format::plain(*v, self.lang)),
                Cell::Number(None) => {}
            }
        }
        self.out.push_str("\r\n");
    }

    fn text(&mut self, t: &str, sep: char) {
        let guard = t.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if t.contains([sep, '"', '\r', '\n']) {
            self.out.push('"');
            if guard {
                self.out.push('\'');
            }
            self.out.push_str(&t.replace('"', "\"\""));
            self.out.push('"');
        } else {
            if guard {
                self.out.push('\'');
            }
            self.out.push_str(t);
        }
    }
}

fn text(t: Option<&str>) -> Cell<'_> {
    Cell::Text(t.unwrap_or(""))
}

/// One chart's numbers: a header row, then one row per bar; a grouped chart
/// (a breakdown) has the group as first column. Same headers as the table.
pub fn chart_csv(spec: &ChartSpec, lang: Lang) -> String {
    let table = data_table(spec, lang);
    // Figures the page states with a qualifier ("Meer dan 240.000") keep it
    // in a last column, beside the number a spreadsheet can sum.
    let stated = spec.rows.iter().any(|r| r.stated.is_some());
    let mut w = Writer::new(lang);
    let mut header = Vec::new();
    header.extend(table.group_header.as_deref().map(Cell::Text));
    header.push(Cell::Text(&table.label_header));
    header.push(Cell::Text(&table.value_header));
    if stated {
        header.push(Cell::Text(strings(lang).as_stated));
    }
    w.row(&header);
    for r in &table.rows {
        let mut cells = Vec::new();
        if table.group_header.is_some() {
            cells.push(Cell::Text(r.group.as_deref().unwrap_or("")));
        }
        cells.push(Cell::Text(&r.label));
        cells.push(if r.data_value.is_empty() {
            Cell::Text(&r.formatted)
        } else {
            Cell::Number(Some(r.value))
        });
        if stated {
            cells.push(Cell::Text(if r.data_value.is_empty() {
                ""
            } else {
                &r.formatted
            }));
        }
        w.row(&cells);
    }
    w.out
}

/// Every indicator of every result area, one row each: area id and title,
/// indicator id and title, status (in words), value, unit, measure, period
/// (the indicator's own; empty when the report gives none), the most
/// recent previous period and value, baseline period and value, target.
/// Empty cells where the bundle has `null`.
///
/// Every row also says where it comes from: `Bron` (the report, year and
/// theme) and `Pagina` (`page`, the page's address), so a copied row keeps
/// its source.
pub fn indicators_csv(bundle: &Bundle, lang: Lang, page: &str) -> String {
    let s = strings(lang);
    let source = format!(
        "{} {}: {}",
        s.site_name, bundle.theme.year, bundle.theme.title
    );
    let mut w = Writer::new(lang);
    w.row(&[
        Cell::Text(s.area_id),
        Cell::Text(s.result_area),
        Cell::Text(s.indicator_id),
        Cell::Text(s.indicator),
        Cell::Text(s.status),
        Cell::Text(s.value),
        Cell::Text(s.unit),
        Cell::Text(s.measure),
        Cell::Text(s.period),
        Cell::Text(s.previous_period),
        Cell::Text(s.previous_value),
        Cell::Text(s.baseline_period),
        Cell::Text(s.baseline_value),
        Cell::Text(s.target),
        Cell::Text(s.source),
        Cell::Text(s.page),
    ]);
    for area in &bundle.result_areas {
        for ind in &area.indicators {
            let q = ind.value.as_ref();
            let measure = q.map(|q| match q.measure {
                Measure::Count => s.measure_count,
                Measure::Percentage => s.measure_percentage,
            });
            let previous = ind.previous.last();
            w.row(&[
                Cell::Text(&area.id),
                Cell::Text(&area.title),
                Cell::Text(&ind.id),
                Cell::Text(&ind.title),
                Cell::Text(status_label(ind.status, lang)),
                Cell::Number(q.map(|q| q.value)),
                text(q.and_then(|q| q.unit.as_deref())),
                text(measure),
                // The indicator's own period only: the theme's would claim
                // one the report does not give.
                text(ind.period.as_deref()),
                text(previous.map(|p| p.period.as_str())),
                Cell::Number(previous.map(|p| p.value)),
                text(ind.baseline.as_ref().map(|b| b.period.as_str())),
                Cell::Number(ind.baseline.as_ref().map(|b| b.value)),
                Cell::Number(ind.target),
                Cell::Text(&source),
                Cell::Text(page),
            ]);
        }
    }
    w.out
}

/// `text` as a file name stem: lower-case `a-z`, `0-9` and single `-`
/// between them; "data" when nothing is left.
pub fn file_stem(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // What `char::to_lowercase` would give, as far as it matters here,
    // without linking Unicode's case tables into the wasm: only two
    // non-ASCII characters lower-case to ASCII ("İ" to "i" and a combining
    // dot, the Kelvin sign to "k"); every other one stays non-ASCII.
    for c in text.chars() {
        let c = match c {
            '\u{130}' => {
                out.push('i');
                '\u{307}'
            }
            '\u{212a}' => 'k',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("data");
    }
    out
}

/// A chart's file name stem from its title, in the page's language
/// ("indicatoren-in-dit-resultaatgebied-opvang-in-de-regio"), cut at a
/// word to at most 60 characters.
fn chart_stem(spec: &ChartSpec) -> String {
    let stem = file_stem(&spec.title);
    if stem.len() <= 60 {
        return stem;
    }
    // `file_stem` gives ASCII only, so any byte index is a boundary.
    let cut = &stem[..60];
    cut.rfind('-').map_or(cut, |i| &cut[..i]).to_string()
}

/// `<title>.csv`, e.g. `later-meting-migratieplan-opgegeven.csv`.
pub fn chart_csv_file_name(spec: &ChartSpec) -> String {
    format!("{}.csv", chart_stem(spec))
}

/// `<title>.svg`, for [`super::svg_file`].
pub fn chart_svg_file_name(spec: &ChartSpec) -> String {
    format!("{}.svg", chart_stem(spec))
}

/// `<theme-id>-<year>-<lang>-indicatoren.csv` (English: `-indicators`).
pub fn indicators_csv_file_name(bundle: &Bundle, lang: Lang) -> String {
    let stem = format!(
        "{}-{}-{}-{}",
        bundle.theme.id,
        bundle.theme.year,
        lang.tag(),
        strings(lang).indicators_file
    );
    format!("{}.csv", file_stem(&stem))
}

#[cfg(test)]
mod file_stem_tests {
    use super::file_stem;

    #[test]
    fn file_stems_lower_case_as_unicode_does() {
        for text in [
            "Opvang in de Regio 2019",
            "ÉÉN-twee_DRIE",
            "İstanbul",
            "\u{212a}elvin",
            "Straße ΣΑΣ",
            "",
            "--",
        ] {
            let mut expected = String::new();
            // The reference: Rust's own lower case (a test, never in the wasm).
            #[allow(clippy::disallowed_methods)]
            for c in text.chars().flat_map(char::to_lowercase) {
                if c.is_ascii_lowercase() || c.is_ascii_digit() {
                    expected.push(c);
                } else if !expected.is_empty() && !expected.ends_with('-') {
                    expected.push('-');
                }
            }
            let expected = expected.trim_end_matches('-');
            let expected = if expected.is_empty() {
                "data"
            } else {
                expected
            };
            assert_eq!(file_stem(text), expected, "{text}");
        }
    }
}
