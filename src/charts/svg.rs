//! Drawing a [`ChartSpec`] as SVG with plotters' SVG backend.
//!
//! Layout is computed here, not by plotters' chart builder: the builder
//! measures text, which on wasm means inserting styled `<span>`s into the
//! DOM (blocked by a strict `style-src`) and natively needs font files.
//! Drawing only rectangles, lines and `<text>` needs neither, and the text
//! stays real, escaped SVG text: readable, findable, testable.
//!
//! The root `<svg>` has a `viewBox` and `width="100%"` and no height, so it
//! fills its container and keeps its proportions; no `style` attribute
//! anywhere, so a strict `style-src` CSP allows it. Draw it at the
//! container's measured width (text then stays at 14 px) and redraw on
//! resize; [`svg_file`] gives the same drawing as a standalone file.
//!
//! Colours are Rijkshuisstijl colours (see `style/tokens.css`): every mark
//! has at least 3:1 contrast with white, all text at least 4.5:1 (a test
//! in `tests/charts.rs` computes them). Colour never carries meaning on its
//! own: every bar has its label and value as text, a comparison's target is
//! labelled "Doel" and a breakdown's groups have headings.

use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::spec::{ChartSpec, Row};
use crate::bundle::ChartKind;
use crate::i18n::Lang;

/// Default width of the drawing in SVG units. The SVG scales to its
/// container; drawing it at the container's width keeps text at 14 px.
pub const WIDTH: u32 = 640;
/// Narrowest width drawn; below this the SVG is scaled down.
pub const MIN_WIDTH: u32 = 260;

/// The two screens the build draws every chart for (`src/prerender/`): a
/// phone (Lighthouse's mobile screen) and a wide screen. The stylesheet
/// shows the drawing that fits ([`crate::contract::PHONE_DRAWING`],
/// [`crate::contract::WIDE_DRAWING`]), so
/// a pre-rendered page keeps its height when the app redraws a chart at
/// its container's measured width; at these two widths the two drawings
/// are the same.
pub const PHONE: u32 = 412;
pub const WIDE: u32 = 1280;

/// Where a chart sits on the page, for the width its drawing gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    /// Outside the result areas (the highlights, spending), or a chart on
    /// its own (`only=`).
    #[default]
    Page,
    /// In a result area's panel, not in an indicator card.
    Area,
    /// In an indicator's card.
    Indicator,
}

/// The width a chart's drawing gets on a screen `viewport` px wide, in SVG
/// units: what the app draws first, before its container is measured, and
/// what the build draws for [`PHONE`] and [`WIDE`].
///
/// Below 48em (768 px) the drawing fills the column: the screen less the
/// paddings and borders around it (`style/main.css`), 58 px outside the
/// areas, 42 px in an area's panel (its charts have no side padding on a
/// phone) and 62 px in an indicator card. From 48em up the column has room
/// for [`WIDTH`] (the SVG's `max-width`). The end-to-end takeover test
/// checks the two widths the build draws for: nothing moves there when the
/// app takes over. At other widths the app redraws once it has measured.
pub fn drawing_width(viewport: u32, place: Place) -> u32 {
    let around = match place {
        Place::Page => 58,
        Place::Area => 42,
        Place::Indicator => 62,
    };
    if viewport < 768 {
        viewport.saturating_sub(around).clamp(MIN_WIDTH, WIDTH)
    } else {
        WIDTH
    }
}

const FONT: &str = "RijksoverheidSansWebText, Calibri, Verdana, Arial, sans-serif";
const LABEL_SIZE: f64 = 14.0 * 1.24; // plotters writes font-size = size / 1.24
const VALUE_SIZE: f64 = 14.0 * 1.24;
const LINE_HEIGHT: i32 = 18;
const BAR_HEIGHT: i32 = 24;
const ROW_GAP: i32 = 14;
const PAD: i32 = 4;
/// Gap between a bar's end and its value label.
const VALUE_GAP: i32 = 8;

/// Extra space above a group heading in a grouped chart.
const GROUP_GAP: i32 = 10;

// House colours, all at least 3:1 against white (WCAG 1.4.11).
const TEXT: RGBColor = RGBColor(0x1a, 0x1a, 0x1a); // --rs-color-text, 17:1
const BAR: RGBColor = RGBColor(0x01, 0x68, 0x9b); // donkerblauw, 5.9:1
const BAR_EMPHASIS: RGBColor = RGBColor(0x15, 0x42, 0x73); // lintblauw, 10:1
const BAR_MUTED: RGBColor = RGBColor(0x69, 0x69, 0x69); // grijs 6, 5.5:1
const AXIS: RGBColor = RGBColor(0x53, 0x53, 0x53); // grijs 7, 7.8:1

/// Splits a label into lines of at most `max_chars` characters at spaces.
/// Character counting stands in for text measurement (see module docs).
pub(crate) fn wrap(label: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn max_label_chars(width: u32) -> usize {
    // An average glyph is about 0.55 em wide in these fonts.
    ((width as f64 - 2.0 * PAD as f64) / (0.55 * LABEL_SIZE / 1.24)) as usize
}

struct Laid {
    /// A group heading drawn above the row, when a new group starts here.
    heading: Vec<String>,
    heading_top: i32,
    lines: Vec<String>,
    /// Top of the row's label.
    top: i32,
}

fn lay_out(rows: &[Row], width: u32) -> (Vec<Laid>, i32) {
    let mut y = PAD;
    let mut laid = Vec::with_capacity(rows.len());
    let mut group = None;
    for (i, r) in rows.iter().enumerate() {
        let heading = match &r.group {
            Some(g) if group != Some(g) => wrap(g, max_label_chars(width)),
            _ => Vec::new(),
        };
        group = r.group.as_ref();
        if !heading.is_empty() && i > 0 {
            y += GROUP_GAP;
        }
        let heading_top = y;
        if !heading.is_empty() {
            y += heading.len() as i32 * LINE_HEIGHT + 4;
        }
        let lines = wrap(&r.label, max_label_chars(width));
        let n = lines.len() as i32;
        laid.push(Laid {
            heading,
            heading_top,
            lines,
            top: y,
        });
        y += n * LINE_HEIGHT + 4 + BAR_HEIGHT + ROW_GAP;
    }
    (laid, y - ROW_GAP + PAD)
}

/// Draws the chart `width` SVG units wide (clamped to
/// [`MIN_WIDTH`]..=[`WIDTH`]), for the page: the root carries
/// `viewBox="0 0 {width} {height}"` and `width="100%"`, no height, so it
/// scales to its container and keeps its proportions. Never panics; on a
/// drawing error it returns an empty SVG of the right size, and the
/// figure's accessible name still carries the numbers.
pub fn render_svg(spec: &ChartSpec, lang: Lang, width: u32) -> String {
    drawing(spec, lang, width, "")
}

/// [`render_svg`], with a class on the root: the build draws each chart
/// for a phone and a wide screen, and the stylesheet shows the one that
/// fits.
pub fn render_svg_for(spec: &ChartSpec, lang: Lang, width: u32, class: &str) -> String {
    drawing(spec, lang, width, &format!(r#" class="{class}""#))
}

/// The drawing, its root with `attributes` (empty, or starting with a
/// space).
fn drawing(spec: &ChartSpec, lang: Lang, width: u32, attributes: &str) -> String {
    let (svg, width, height) = drawn(spec, lang, width);
    let fixed = format!(r#"<svg width="{width}" height="{height}" "#);
    match svg.strip_prefix(&fixed) {
        // The figure's role="img" and its name carry the chart; the
        // drawing's own text is not read a second time.
        Some(rest) => format!(r#"<svg width="100%" aria-hidden="true"{attributes} {rest}"#),
        None => svg,
    }
}

/// An empty SVG of the size [`render_svg`] draws at `width`: it holds a
/// chart's place until the chart is drawn (as it comes near the screen), so
/// nothing below it moves then. Marked `class="chart-placeholder"`.
pub fn placeholder_svg(spec: &ChartSpec, width: u32) -> String {
    let width = width.clamp(MIN_WIDTH, WIDTH);
    let rows: Vec<Row> = spec.drawn_rows().into_iter().cloned().collect();
    let (_, height) = lay_out(&rows, width);
    let height = height.max(2 * PAD) as u32;
    format!(
        r#"<svg width="100%" aria-hidden="true" class="chart-placeholder" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"></svg>"#
    )
}

/// The chart as a standalone SVG file for download, drawn [`WIDTH`] units
/// wide with a fixed size and a white background. It says what it is and
/// where it comes from in visible text: the title above the drawing, the
/// caption (source, period) and `page` (the chart's address) below it; and
/// for screen readers and search, the title and summary (every number) as
/// `<title>` and `<desc>`.
pub fn svg_file(spec: &ChartSpec, lang: Lang, page: Option<&str>) -> String {
    let (svg, width, height) = drawn(spec, lang, WIDTH);
    let desc = match spec.caption(lang) {
        Some(c) => format!("{} {c}", spec.summary(lang)),
        None => spec.summary(lang),
    };
    const LINE: u32 = 18;
    const MARGIN: u32 = 16;
    let title = wrap(&spec.title, 70);
    let below: Vec<String> = spec
        .caption(lang)
        .into_iter()
        .flat_map(|c| wrap(&c, 95))
        .chain(page.map(str::to_string))
        .collect();
    let top = MARGIN + LINE * title.len() as u32 + 8;
    let bottom = LINE * below.len() as u32 + MARGIN;
    let total = top + height + bottom;
    let text = |x: u32, y: u32, size: u32, weight: &str, t: &str| {
        format!(
            "<text x=\"{x}\" y=\"{y}\" font-family=\"{FONT}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"#154273\">{}</text>\n",
            escape(t)
        )
    };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\">\n<title>{}</title>\n<desc>{}</desc>\n<rect width=\"{width}\" height=\"{total}\" fill=\"#FFFFFF\"/>\n",
        escape(&spec.title),
        escape(&desc)
    );
    for (i, line) in title.iter().enumerate() {
        out.push_str(&text(
            MARGIN,
            MARGIN + LINE * (i as u32 + 1) - 4,
            16,
            "bold",
            line,
        ));
    }
    // The drawing, as drawn, placed below the title.
    out.push_str(&svg.replacen("<svg ", &format!("<svg x=\"0\" y=\"{top}\" "), 1));
    out.push('\n');
    for (i, line) in below.iter().enumerate() {
        out.push_str(&text(
            MARGIN,
            top + height + LINE * (i as u32 + 1),
            12,
            "normal",
            line,
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// Escapes text for SVG/XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's font stack at `size`. Named as it is (plotters' `(&str, size)`
/// conversion lower-cases the name to look for generic families, which links
/// Unicode's case tables into the wasm; the stack is no generic family).
fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FONT), size, FontStyle::Normal)
}

/// Plotters' drawing with its fixed size: (svg, width, height).
fn drawn(spec: &ChartSpec, lang: Lang, width: u32) -> (String, u32, u32) {
    let own;
    let spec = if spec.rows.iter().any(|r| r.absent.is_some()) {
        own = spec.without_absent();
        &own
    } else {
        spec
    };
    let width = width.clamp(MIN_WIDTH, WIDTH);
    let (laid, height) = lay_out(&spec.rows, width);
    let height = height.max(2 * PAD) as u32;
    let mut buf = String::new();
    if draw(spec, lang, &laid, (width, height), &mut buf).is_err() {
        buf = format!(
            "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n</svg>\n"
        );
    }
    (buf, width, height)
}

fn draw(
    spec: &ChartSpec,
    lang: Lang,
    laid: &[Laid],
    (width, height): (u32, u32),
    buf: &mut String,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    // The concrete error type, not `Box<dyn Error>`: only whether drawing
    // failed matters, and boxing would link std::io::Error's Display and
    // Debug (with all their message strings) into the wasm.
    let root = SVGBackend::with_string(buf, (width, height)).into_drawing_area();
    let label_style = TextStyle::from(font(LABEL_SIZE))
        .color(&TEXT)
        .pos(Pos::new(HPos::Left, VPos::Top));
    let value_font = font(VALUE_SIZE).style(FontStyle::Bold);
    let heading_style = TextStyle::from(font(LABEL_SIZE).style(FontStyle::Bold))
        .color(&TEXT)
        .pos(Pos::new(HPos::Left, VPos::Top));

    let w = width as i32;
    let max_abs = spec
        .rows
        .iter()
        .map(|r| r.value.abs())
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let scale = |v: f64, room: i32| -> i32 {
        if max_abs <= 0.0 || !v.is_finite() {
            0
        } else {
            ((v.abs() / max_abs) * room as f64).round() as i32
        }
    };

    let centre = w / 2;
    // Room beside the longest bar for the longest value label, estimated
    // from its length (bold digits are about 0.62 em wide).
    let values: Vec<String> = spec
        .rows
        .iter()
        .map(|r| spec.stated_value(r, lang))
        .collect();
    let longest = values.iter().map(|v| v.chars().count()).max().unwrap_or(0) as f64;
    let value_room = (longest * 0.62 * VALUE_SIZE / 1.24).ceil() as i32 + VALUE_GAP + PAD;
    let value_room = value_room.min(w / 2);

    for ((row, l), value) in spec.rows.iter().zip(laid).zip(values) {
        for (k, line) in l.heading.iter().enumerate() {
            root.draw(&Text::new(
                line.clone(),
                (PAD, l.heading_top + k as i32 * LINE_HEIGHT),
                heading_style.clone(),
            ))?;
        }
        for (k, line) in l.lines.iter().enumerate() {
            root.draw(&Text::new(
                line.clone(),
                (PAD, l.top + k as i32 * LINE_HEIGHT),
                label_style.clone(),
            ))?;
        }
        let bar_top = l.top + l.lines.len() as i32 * LINE_HEIGHT + 4;
        let bar_bottom = bar_top + BAR_HEIGHT;
        let mid = bar_top + BAR_HEIGHT / 2;
        let colour = match (spec.kind, row.emphasis) {
            (_, true) => BAR_EMPHASIS,
            (ChartKind::Comparison, false) => BAR_MUTED,
            _ => BAR,
        };

        let (x0, x1, value_x, anchor) = match spec.kind {
            ChartKind::Diverging => {
                let len = scale(row.value, centre - value_room).max(1);
                if row.value < 0.0 {
                    (centre - len, centre, centre - len - VALUE_GAP, HPos::Right)
                } else {
                    (centre, centre + len, centre + len + VALUE_GAP, HPos::Left)
                }
            }
            // Validation keeps these at zero or more; a negative would be
            // drawn as an empty bar, never as a positive one.
            ChartKind::Steps => {
                let len = scale(row.value.max(0.0), w - 2 * value_room).max(1);
                let x0 = centre - len / 2;
                (x0, x0 + len, x0 + len + VALUE_GAP, HPos::Left)
            }
            ChartKind::Bars | ChartKind::Comparison => {
                let len = scale(row.value.max(0.0), w - PAD - value_room).max(1);
                (PAD, PAD + len, PAD + len + VALUE_GAP, HPos::Left)
            }
        };
        if row.target {
            // The target is not an achieved value: an outline, labelled.
            let (l, r, t, b) = (x0 + 1, x1.max(x0 + 2) - 1, bar_top + 1, bar_bottom - 1);
            root.draw(&PathElement::new(
                vec![(l, t), (r, t), (r, b), (l, b), (l, t)],
                BAR_EMPHASIS.stroke_width(2),
            ))?;
        } else {
            root.draw(&Rectangle::new(
                [(x0, bar_top), (x1, bar_bottom)],
                colour.filled(),
            ))?;
        }
        if spec.kind == ChartKind::Diverging {
            // The zero line, drawn per bar so it never crosses a label.
            root.draw(&PathElement::new(
                vec![(centre, bar_top - 4), (centre, bar_bottom + 4)],
                AXIS.stroke_width(2),
            ))?;
        }
        let value_style = TextStyle::from(value_font.clone())
            .color(&TEXT)
            .pos(Pos::new(anchor, VPos::Center));
        root.draw(&Text::new(value, (value_x, mid), value_style))?;
    }
    root.present()?;
    Ok(())
}

/// The contents of every `<text>` element of an SVG drawn here, trimmed and
/// still escaped: what a reader of the chart sees, for tests and checks.
pub fn text_labels(svg: &str) -> Vec<String> {
    svg.split("</text>")
        .filter_map(|chunk| chunk.rfind('>').map(|i| chunk[i + 1..].trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::Measure;

    fn spec(kind: ChartKind, values: &[(&str, f64)]) -> ChartSpec {
        ChartSpec {
            id: "c".into(),
            kind,
            title: "t".into(),
            unit: None,
            measure: if kind == ChartKind::Diverging {
                Measure::Percentage
            } else {
                Measure::Count
            },
            source: None,
            period: None,
            rows: values.iter().map(|(l, v)| Row::new(*l, *v)).collect(),
        }
    }

    #[test]
    fn wraps_at_spaces_without_losing_words() {
        let lines = wrap("een twee drie vier vijf", 9);
        assert_eq!(lines, vec!["een twee", "drie vier", "vijf"]);
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(wrap("onafbreekbaarwoord", 5), vec!["onafbreekbaarwoord"]);
    }

    #[test]
    fn bars_carry_labels_and_formatted_values() {
        let svg = draw(
            ChartKind::Bars,
            &[("Onderwijs", 240000.0), ("Werk", 40000.0)],
            Lang::Nl,
        );
        assert!(svg.starts_with("<svg"), "{svg}");
        assert_eq!(
            text_labels(&svg),
            vec!["Onderwijs", "240.000", "Werk", "40.000"]
        );
        assert!(!svg.contains("240000"), "unformatted number in {svg}");
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(
            !svg.contains("style="),
            "inline style would break a strict CSP"
        );
    }

    /// A chart of `kind` from (label, value) pairs, drawn at full width.
    fn draw(kind: ChartKind, values: &[(&str, f64)], lang: Lang) -> String {
        render_svg(&spec(kind, values), lang, WIDTH)
    }

    /// The room the drawing keeps for value labels of `chars` characters.
    fn room(chars: usize) -> i32 {
        (chars as f64 * 0.62 * VALUE_SIZE / 1.24).ceil() as i32 + VALUE_GAP + PAD
    }

    #[test]
    fn longest_bar_is_full_width_and_others_scale() {
        let svg = draw(ChartKind::Bars, &[("a", 100.0), ("b", 50.0)], Lang::Nl);
        let full = WIDTH as i32 - PAD - room(3);
        assert!(svg.contains(&format!(r#"width="{}""#, full)), "{svg}");
        assert!(
            svg.contains(&format!(r#"width="{}""#, (full as f64 / 2.0).round())),
            "{svg}"
        );
    }

    #[test]
    fn diverging_puts_negatives_left_of_zero() {
        let svg = draw(
            ChartKind::Diverging,
            &[("meer", 25.0), ("minder", -20.0)],
            Lang::Nl,
        );
        assert_eq!(
            text_labels(&svg),
            vec!["meer", "+25%", "minder", "\u{2212}20%"]
        );
        let centre = WIDTH as i32 / 2;
        let len_neg = ((20.0 / 25.0) * (centre - room(4)) as f64).round() as i32;
        assert!(
            svg.contains(&format!(r#"x="{}""#, centre - len_neg)),
            "{svg}"
        );
        assert!(
            svg.contains("<polyline") || svg.contains("<path") || svg.contains("<line"),
            "zero axis missing: {svg}"
        );
    }

    #[test]
    fn draws_at_the_asked_width_within_bounds() {
        let s = spec(
            ChartKind::Bars,
            &[(
                "een vrij lang label dat op een smal scherm moet afbreken",
                10.0,
            )],
        );
        let narrow = render_svg(&s, Lang::Nl, 300);
        assert!(narrow.contains(r#"viewBox="0 0 300 "#), "{narrow}");
        assert!(
            text_labels(&narrow).len() > 2,
            "label wraps on a narrow chart: {narrow}"
        );
        assert!(render_svg(&s, Lang::Nl, 10).contains(&format!(r#"viewBox="0 0 {MIN_WIDTH} "#)));
        assert!(render_svg(&s, Lang::Nl, 5000).contains(&format!(r#"viewBox="0 0 {WIDTH} "#)));
    }

    #[test]
    fn a_placeholder_takes_the_drawings_place() {
        let view_box = |svg: &str| {
            let start = svg.find("viewBox=\"").map(|i| i + 9)?;
            let end = svg[start..].find('"')? + start;
            Some(svg[start..end].to_string())
        };
        let s = spec(
            ChartKind::Bars,
            &[
                (
                    "een vrij lang label dat op een smal scherm moet afbreken",
                    10.0,
                ),
                ("kort", 3.0),
            ],
        );
        for width in [10, 300, 333, 640, 5000] {
            let drawing = render_svg(&s, Lang::Nl, width);
            let placeholder = placeholder_svg(&s, width);
            assert!(view_box(&drawing).is_some(), "{drawing}");
            assert_eq!(view_box(&placeholder), view_box(&drawing), "at {width}");
            assert!(!placeholder.contains("<text"), "{placeholder}");
            assert!(placeholder.contains(r#"width="100%""#));
        }
        // Narrower means more lines, so a taller placeholder.
        assert_ne!(
            view_box(&placeholder_svg(&s, 300)),
            view_box(&placeholder_svg(&s, 640))
        );
    }

    #[test]
    fn long_values_keep_their_room() {
        let svg = render_svg(
            &spec(ChartKind::Bars, &[("a", 1_250_000_000.0), ("b", 1.0)]),
            Lang::Nl,
            300,
        );
        let full = 300 - PAD - room("1.250.000.000".len());
        assert!(svg.contains(&format!(r#"width="{full}""#)), "{svg}");
        assert!(full + VALUE_GAP + (13.0 * 0.62 * 14.0) as i32 <= 300);
    }

    #[test]
    fn negative_values_never_draw_as_positive_bars() {
        let svg = draw(ChartKind::Bars, &[("a", -50.0), ("b", 50.0)], Lang::Nl);
        assert!(
            svg.contains(r#"width="1""#),
            "the negative bar is empty: {svg}"
        );
    }

    #[test]
    fn text_is_escaped() {
        let svg = draw(
            ChartKind::Bars,
            &[("<script>alert(1)</script>", 1.0), ("a&b", 2.0)],
            Lang::Nl,
        );
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("a&amp;b"));
    }

    #[test]
    fn empty_or_zero_charts_do_not_panic() {
        let svg = draw(ChartKind::Steps, &[], Lang::En);
        assert!(svg.starts_with("<svg"));
        let svg = draw(ChartKind::Bars, &[("a", 0.0), ("b", f64::NAN)], Lang::En);
        assert_eq!(text_labels(&svg), vec!["a", "0", "b", "\u{2013}"]);
    }
}
