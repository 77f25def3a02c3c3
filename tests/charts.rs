//! Native tests of the charts: every kind drawn to SVG, the data table, the
//! CSV downloads, colours and accessible summaries. No browser.
//!
//! Every figure is MADE UP: the charts of a whole bundle come from the
//! every-field bundle (tests/fixtures/every-field-made-up-*.json), the
//! breakdowns, baseline and target checked in detail from
//! tests/fixtures/indicator-breakdowns-made-up.json, and both say so. The
//! shipped 2019 bundle's charts are checked in tests/fidelity.rs.

use resultaten::bundle::{self, Bundle, ChartKind, Indicator, Measure};
use resultaten::charts::{
    self, chart_csv, chart_csv_file_name, chart_svg_file_name, data_table, file_stem,
    indicators_csv, indicators_csv_file_name, render_svg, svg_file, text_labels, ChartSpec, Row,
    WIDTH,
};
use resultaten::i18n::Lang;

mod common;
use common::{made_up as every_field, made_up_en};

fn indicator<'a>(b: &'a Bundle, id: &str) -> &'a Indicator {
    b.result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

/// MADE-UP: an indicator with baseline, previous period, target and two
/// breakdowns, all invented for these tests (see the fixture's `_comment`).
fn made_up() -> Indicator {
    let json = include_str!("fixtures/indicator-breakdowns-made-up.json");
    assert!(
        json.contains("MADE-UP"),
        "the fixture must say it is made up"
    );
    serde_json::from_str(json).unwrap()
}

fn spec(kind: ChartKind, measure: Measure, unit: Option<&str>, rows: &[(&str, f64)]) -> ChartSpec {
    ChartSpec {
        id: "chart-test".into(),
        kind,
        title: "Testgrafiek".into(),
        unit: unit.map(str::to_string),
        measure,
        source: None,
        period: None,
        rows: rows.iter().map(|(l, v)| Row::new(*l, *v)).collect(),
    }
}

/// One chart of every kind the page draws: (name, spec).
fn every_kind() -> Vec<(&'static str, ChartSpec)> {
    let b = every_field();
    // MADE-UP spending amounts, as tests/bundle.rs uses them.
    let sp: bundle::Spending =
        serde_json::from_str(include_str!("fixtures/spending-made-up.json")).unwrap();
    vec![
        (
            "bars",
            charts::area_indicators(&b.result_areas[0], Lang::Nl).remove(0),
        ),
        ("spending", charts::spending(&sp, Lang::Nl).unwrap()),
        (
            "comparison",
            charts::indicator_comparison(indicator(&b, "werk"), Lang::Nl).unwrap(),
        ),
        (
            "comparison-with-target (made up)",
            charts::indicator_comparison(&made_up(), Lang::Nl).unwrap(),
        ),
        (
            "an indicator's figure (bars)",
            charts::from_dataset(&indicator(&b, "plannen").figures[0]),
        ),
        // No bundle has a funnel since issue 16 (its one funnel implied
        // steps the report does not state): MADE-UP figures.
        (
            "steps (made up)",
            spec(
                ChartKind::Steps,
                Measure::Count,
                Some("personen"),
                &[
                    ("Verzonnen eerste stap", 300.0),
                    ("Verzonnen tweede stap", 120.0),
                ],
            ),
        ),
        (
            "diverging",
            charts::from_dataset(&b.result_areas[1].progress.as_ref().unwrap().figures[0]),
        ),
        (
            "breakdown (made up)",
            charts::from_breakdown(&made_up(), Lang::Nl).unwrap(),
        ),
    ]
}

/// The root `<svg …>` tag.
fn root_tag(svg: &str) -> &str {
    &svg[..svg.find('>').unwrap() + 1]
}

/// Checks every drawing must pass, and that every value is shown formatted.
fn assert_clean(name: &str, spec: &ChartSpec, svg: &str, lang: Lang) {
    let root = root_tag(svg);
    assert!(
        root.starts_with(r#"<svg width="100%" aria-hidden="true" viewBox="0 0 "#),
        "{name}: {root}"
    );
    assert!(
        !root.contains("height="),
        "{name}: height follows the viewBox: {root}"
    );
    assert!(
        !svg.contains("style="),
        "{name}: inline style breaks a strict CSP"
    );
    assert!(!svg.to_ascii_lowercase().contains("<script"), "{name}");
    let labels = text_labels(svg);
    for r in &spec.rows {
        let shown = spec.format_value(r.value, lang);
        assert!(
            labels.contains(&shown),
            "{name}: {shown} missing from {labels:?}"
        );
        if r.value.abs() >= 1000.0 {
            let raw = format!("{}", r.value);
            assert!(
                !labels.iter().any(|t| t.contains(&raw)),
                "{name}: unformatted {raw} in {labels:?}"
            );
        }
    }
}

#[test]
fn every_kind_draws_labelled_formatted_and_clean() {
    for (name, spec) in every_kind() {
        for lang in [Lang::Nl, Lang::En] {
            let svg = render_svg(&spec, lang, WIDTH);
            assert_clean(name, &spec, &svg, lang);
            for r in &spec.rows {
                assert!(
                    text_labels(&svg)
                        .iter()
                        .any(|t| r.label.starts_with(t.as_str())),
                    "{name}: label {:?} not drawn",
                    r.label
                );
            }
        }
    }
}

#[test]
fn bars_for_indicators_and_spending() {
    let kinds = every_kind();
    let svg = render_svg(&kinds[0].1, Lang::Nl, WIDTH);
    let values: Vec<String> = text_labels(&svg)
        .into_iter()
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(values, vec!["5.120", "2.870", "1.500"]);
    // Spending per channel, from MADE-UP amounts.
    let svg = render_svg(&kinds[1].1, Lang::En, WIDTH);
    assert_eq!(
        text_labels(&svg),
        vec![
            "Testkanaal A (verzonnen)",
            "1,250,000",
            "Testkanaal B (verzonnen)",
            "500,000"
        ]
    );
}

#[test]
fn comparison_shows_previous_then_current() {
    let b = every_field();
    let ind = indicator(&b, "werk");
    let spec = charts::indicator_comparison(ind, Lang::Nl).unwrap();
    let svg = render_svg(&spec, Lang::Nl, WIDTH);
    assert_eq!(
        text_labels(&svg),
        vec![
            "verzonnen jaar 2018",
            "1.200",
            "verzonnen jaar 2019",
            "2.870"
        ]
    );
    // The current period in lintblauw, the earlier one in grey.
    assert!(svg.contains(r##"fill="#154273""##), "{svg}");
    assert!(svg.contains(r##"fill="#696969""##), "{svg}");
}

#[test]
fn comparison_with_baseline_and_target_made_up() {
    // MADE-UP indicator: baseline 2.000, previous 8.000, value 12.500, target 15.000.
    let spec = charts::indicator_comparison(&made_up(), Lang::Nl).unwrap();
    let svg = render_svg(&spec, Lang::Nl, WIDTH);
    assert_eq!(
        text_labels(&svg),
        vec![
            "Nulmeting (testjaar 0)",
            "2.000",
            "testjaar 1",
            "8.000",
            "testjaar 2",
            "12.500",
            "Doel",
            "15.000"
        ]
    );
    // The target is an outline, not a filled bar like an achieved value.
    assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
    assert_eq!(svg.matches("<polyline").count(), 1, "{svg}");
    assert!(
        svg.contains(r##"fill="none" opacity="1" stroke="#154273" stroke-width="2""##),
        "{svg}"
    );
    assert_eq!(
        spec.summary(Lang::Nl),
        "Aantal mensen in een testprogramma (verzonnen) (personen). Gestegen van 2.000 naar 12.500: \
         Nulmeting (testjaar 0) 2.000; testjaar 1 8.000; testjaar 2 12.500; Doel 15.000."
    );
    let en = charts::indicator_comparison(&made_up(), Lang::En).unwrap();
    assert!(
        en.summary(Lang::En)
            .contains("Rose from 2,000 to 12,500: Baseline (testjaar 0) 2,000;"),
        "{}",
        en.summary(Lang::En)
    );
}

#[test]
fn a_fall_is_stated_as_a_fall() {
    let mut s = spec(
        ChartKind::Comparison,
        Measure::Percentage,
        None,
        &[("2018", 12.5), ("2019", 2.5)],
    );
    s.rows[1].emphasis = true;
    assert_eq!(
        s.message(Lang::Nl).as_deref(),
        Some("Gedaald van 12,5% naar 2,5%")
    );
    assert_eq!(
        s.message(Lang::En).as_deref(),
        Some("Fell from 12.5% to 2.5%")
    );
    s.rows[0].value = 2.5;
    assert_eq!(s.message(Lang::En).as_deref(), Some("Unchanged at 2.5%"));
}

/// MADE-UP steps: no bundle has a funnel (issue 16).
fn made_up_funnel() -> ChartSpec {
    spec(
        ChartKind::Steps,
        Measure::Count,
        Some("personen"),
        &[
            ("Verzonnen stap 1", 4000.0),
            ("Verzonnen stap 2", 1500.0),
            ("Verzonnen stap 3", 900.0),
        ],
    )
}

#[test]
fn funnel_states_its_first_and_last_step() {
    let spec = made_up_funnel();
    let svg = render_svg(&spec, Lang::Nl, WIDTH);
    let values: Vec<String> = text_labels(&svg)
        .into_iter()
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(values, vec!["4.000", "1.500", "900"]);
    assert_eq!(
        spec.message(Lang::Nl).as_deref(),
        Some("Van 4.000 naar 900")
    );
    let summary = spec.summary(Lang::Nl);
    assert!(summary.contains(". Van 4.000 naar 900: "), "{summary}");
}

/// A dataset of bars whose parts do not follow one another: no "from …
/// to" message, and only its own figures drawn.
#[test]
fn bars_of_a_dataset_state_no_change() {
    for (b, lang, summary, values) in [
        (
            every_field(),
            Lang::Nl,
            "Verzonnen latere meting (mensen): Verzonnen deel A 600; Verzonnen deel B 1.100.",
            ["600", "1.100"],
        ),
        (
            made_up_en(),
            Lang::En,
            "Made-up later measurement (people): Made-up part A 600; Made-up part B 1,100.",
            ["600", "1,100"],
        ),
    ] {
        let spec = charts::from_dataset(&indicator(&b, "plannen").figures[0]);
        assert_eq!(spec.kind, ChartKind::Bars);
        assert_eq!(
            spec.message(lang),
            None,
            "no \"from … to\" message: no step follows another"
        );
        assert_eq!(spec.summary(lang), summary);
        let svg = render_svg(&spec, lang, WIDTH);
        let shown: Vec<String> = text_labels(&svg)
            .into_iter()
            .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        assert_eq!(shown, values);
    }
}

#[test]
fn diverging_around_zero() {
    let b = every_field();
    let spec = charts::from_dataset(&b.result_areas[1].progress.as_ref().unwrap().figures[0]);
    let svg = render_svg(&spec, Lang::En, WIDTH);
    let labels = text_labels(&svg);
    for v in ["+12%", "+8%", "\u{2212}15%"] {
        assert!(labels.iter().any(|t| t == v), "{v} missing from {labels:?}");
    }
    assert!(
        svg.contains("<polyline") || svg.contains("<line"),
        "zero line: {svg}"
    );
}

#[test]
fn breakdown_made_up_is_grouped_and_labelled() {
    // MADE-UP breakdowns by sex and by group.
    let spec = charts::from_breakdown(&made_up(), Lang::Nl).unwrap();
    assert_eq!(spec.id, "chart-testindicator-verzonnen-breakdown");
    assert_eq!(
        spec.period.as_deref(),
        Some("testjaar 2"),
        "the indicator's own period"
    );
    let svg = render_svg(&spec, Lang::Nl, WIDTH);
    assert_eq!(
        text_labels(&svg),
        vec![
            "Naar geslacht",
            "Vrouwen (verzonnen)",
            "7.000",
            "Mannen (verzonnen)",
            "5.500",
            "Naar groep",
            "Vluchtelingen (verzonnen)",
            "9.000",
            "Gastgemeenschappen (verzonnen)",
            "3.500"
        ]
    );
    assert_eq!(svg.matches("<rect").count(), 4);
    assert_eq!(
        spec.summary(Lang::Nl),
        "Uitsplitsing: Aantal mensen in een testprogramma (verzonnen) (personen). \
         Naar geslacht: Vrouwen (verzonnen) 7.000; Mannen (verzonnen) 5.500. \
         Naar groep: Vluchtelingen (verzonnen) 9.000; Gastgemeenschappen (verzonnen) 3.500."
    );
    let en = charts::from_breakdown(&made_up(), Lang::En).unwrap();
    assert!(en
        .summary(Lang::En)
        .contains("By sex: Vrouwen (verzonnen) 7,000;"));
    // No breakdowns, no chart.
    let mut none = made_up();
    none.breakdowns.clear();
    assert!(charts::from_breakdown(&none, Lang::Nl).is_none());
    let b = every_field();
    let with: Vec<&str> = b
        .result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .filter(|i| charts::from_breakdown(i, Lang::Nl).is_some())
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(with, ["deelnemers"], "only the indicator with breakdowns");
}

#[test]
fn hostile_labels_are_escaped_in_every_kind() {
    let hostile = "<img onerror=x>";
    for (name, mut spec) in every_kind() {
        spec.rows[0].label = hostile.into();
        if let Some(g) = spec.rows[0].group.as_mut() {
            *g = "<b>&".into();
        }
        spec.title = "</title><script>x</script>".into();
        for svg in [
            render_svg(&spec, Lang::Nl, WIDTH),
            svg_file(&spec, Lang::Nl, Some("https://example.org/#<x>")),
        ] {
            assert!(!svg.contains("<img"), "{name}: {svg}");
            assert!(!svg.contains("<script"), "{name}: {svg}");
            assert!(!svg.contains("<b>"), "{name}: {svg}");
            assert!(
                text_labels(&svg).contains(&"&lt;img onerror=x&gt;".to_string()),
                "{name}: {svg}"
            );
        }
    }
}

#[test]
fn scales_to_its_container_and_downloads_at_a_fixed_size() {
    let s = spec(
        ChartKind::Bars,
        Measure::Count,
        None,
        &[("a", 1.0), ("b", 2.0)],
    );
    let svg = render_svg(&s, Lang::Nl, 300);
    let root = root_tag(&svg);
    assert!(
        root.starts_with(r#"<svg width="100%" aria-hidden="true" viewBox="0 0 300 "#),
        "{root}"
    );
    assert!(
        root.contains(r#"xmlns="http://www.w3.org/2000/svg""#),
        "{root}"
    );

    let file = svg_file(
        &s,
        Lang::Nl,
        Some("https://example.org/nl/2019/thema/#chart-test"),
    );
    let root = root_tag(&file);
    assert!(
        root.starts_with(&format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height=""#
        )),
        "{root}"
    );
    assert!(file.contains("<title>Testgrafiek</title>"), "{file}");
    assert!(
        file.contains("<desc>Testgrafiek: a 1; b 2.</desc>"),
        "{file}"
    );
    // Visible: the title first, the drawing's own labels, then where it
    // comes from.
    let labels = text_labels(&file);
    let drawing = text_labels(&render_svg(&s, Lang::Nl, WIDTH));
    assert_eq!(labels.first().map(String::as_str), Some("Testgrafiek"));
    assert_eq!(labels[1..=drawing.len()], drawing[..]);
    assert_eq!(
        labels.last().map(String::as_str),
        Some("https://example.org/nl/2019/thema/#chart-test")
    );
}

// --- Colours ---------------------------------------------------------------

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// WCAG contrast ratio of a colour against white.
fn contrast_on_white(hex: &str) -> f64 {
    1.05 / (luminance(hex) + 0.05)
}

/// (element name, attribute, colour) for every colour an SVG uses.
fn colours(svg: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for tag in svg.split('<').skip(1) {
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        for attr in ["fill", "stroke"] {
            let key = format!(" {attr}=\"");
            if let Some(i) = tag.find(&key) {
                let value: String = tag[i + key.len()..]
                    .chars()
                    .take_while(|c| *c != '"')
                    .collect();
                if value != "none" {
                    out.push((name.clone(), attr.to_string(), value.to_ascii_uppercase()));
                }
            }
        }
    }
    out
}

#[test]
fn contrast_is_computed_as_wcag_does() {
    assert!((contrast_on_white("#000000") - 21.0).abs() < 0.01);
    assert!((contrast_on_white("#FFFFFF") - 1.0).abs() < 0.01);
    assert!(contrast_on_white("#767676") >= 4.5);
    assert!(contrast_on_white("#777777") < 4.5);
    assert!(
        contrast_on_white("#FFB612") < 3.0,
        "donkergeel is too light for marks"
    );
}

#[test]
fn colours_are_house_colours_with_enough_contrast() {
    // Rijkshuisstijl colours (style/tokens.css) that may appear in a chart.
    let house = [
        "#1A1A1A", "#154273", "#007BC7", "#01689B", "#696969", "#535353", "#39870C", "#D52B1E",
        "#A90061",
    ];
    let mut text = 0;
    let mut marks = 0;
    for (name, spec) in every_kind() {
        let svg = render_svg(&spec, Lang::Nl, WIDTH);
        for (element, attr, colour) in colours(&svg) {
            assert!(
                house.contains(&colour.as_str()),
                "{name}: {colour} on <{element}>"
            );
            let ratio = contrast_on_white(&colour);
            if element == "text" {
                text += 1;
                assert!(ratio >= 4.5, "{name}: text {colour} has {ratio:.2}:1");
            } else {
                marks += 1;
                assert!(
                    ratio >= 3.0,
                    "{name}: <{element} {attr}> {colour} has {ratio:.2}:1"
                );
            }
        }
    }
    assert!(
        text > 20 && marks > 20,
        "colours were found: {text} text, {marks} marks"
    );
}

// --- Data tables -------------------------------------------------------------

#[test]
fn table_of_a_comparison_matches_the_chart() {
    let b = every_field();
    let ind = indicator(&b, "werk");
    let spec = charts::indicator_comparison(ind, Lang::Nl).unwrap();
    let t = data_table(&spec, Lang::Nl);
    assert_eq!(t.caption, ind.title);
    assert_eq!(t.group_header, None);
    assert_eq!(t.label_header, "Periode");
    assert_eq!(t.value_header, "Waarde (personen)");
    let rows: Vec<(&str, &str, &str, bool)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.label.as_str(),
                r.formatted.as_str(),
                r.data_value.as_str(),
                r.emphasis,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("verzonnen jaar 2018", "1.200", "1200", false),
            ("verzonnen jaar 2019", "2.870", "2870", true)
        ]
    );
    let en = data_table(&spec, Lang::En);
    assert_eq!(en.value_header, "Value (personen)");
    assert_eq!(en.rows[1].formatted, "2,870");
    assert_eq!(en.rows[1].data_value, "2870");
}

#[test]
fn every_table_shows_the_numbers_of_its_chart_in_order() {
    for (name, spec) in every_kind() {
        for lang in [Lang::Nl, Lang::En] {
            let t = data_table(&spec, lang);
            let labels = text_labels(&render_svg(&spec, lang, WIDTH));
            let mut rest = labels.iter();
            for r in &t.rows {
                assert!(
                    rest.any(|l| *l == r.formatted),
                    "{name}: {} not in the chart in table order: {labels:?}",
                    r.formatted
                );
                assert!(
                    spec.summary(lang).contains(&r.formatted),
                    "{name}: summary lacks {}",
                    r.formatted
                );
            }
            assert_eq!(t.rows.len(), spec.rows.len());
        }
    }
}

#[test]
fn table_headers_per_kind_with_unit_and_percent() {
    let b = every_field();
    let div = charts::from_dataset(&b.result_areas[1].progress.as_ref().unwrap().figures[0]);
    let t = data_table(&div, Lang::Nl);
    assert_eq!(t.label_header, "Omschrijving");
    assert_eq!(t.value_header, "Waarde (verschil met de controlegroep, %)");
    assert_eq!(t.rows[0].formatted, "+12%");
    assert_eq!(t.rows[0].data_value, "12");
    assert_eq!(t.rows[2].formatted, "\u{2212}15%");
    assert_eq!(t.rows[2].data_value, "-15");
    assert_eq!(data_table(&made_up_funnel(), Lang::En).label_header, "Step");

    let pct = spec(
        ChartKind::Bars,
        Measure::Percentage,
        None,
        &[("a", 2.5), ("b", -1.25)],
    );
    let t = data_table(&pct, Lang::Nl);
    assert_eq!(t.value_header, "Waarde (%)");
    assert_eq!(t.rows[0].formatted, "2,5%");
    assert_eq!(t.rows[1].data_value, "-1.25");
    assert_eq!(data_table(&pct, Lang::En).rows[0].formatted, "2.5%");

    // MADE-UP breakdown: a group column.
    let bd = charts::from_breakdown(&made_up(), Lang::En).unwrap();
    let t = data_table(&bd, Lang::En);
    assert_eq!(t.group_header.as_deref(), Some("Breakdown"));
    assert_eq!(t.rows[2].group.as_deref(), Some("By group"));
    assert_eq!(t.rows[2].formatted, "9,000");
}

// --- CSV -----------------------------------------------------------------------

/// A small RFC 4180 reader for checking what a spreadsheet would see.
fn read_csv(csv: &str, sep: char) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("BOM");
    assert!(body.ends_with("\r\n"), "CRLF after the last row");
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut chars = body.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == sep => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR only as part of CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF in {csv:?}"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "unterminated: {csv:?}"
    );
    rows
}

#[test]
fn chart_csv_exact_in_dutch_and_english() {
    let s = spec(
        ChartKind::Bars,
        Measure::Count,
        Some("personen"),
        &[
            ("Onderwijs", 240000.0),
            ("Werk; \"inkomen\", deels", 2.5),
            ("=HYPERLINK(x)", -20.0),
        ],
    );
    assert_eq!(
        chart_csv(&s, Lang::Nl),
        "\u{feff}Omschrijving;Waarde (personen)\r\n\
         Onderwijs;240000\r\n\
         \"Werk; \"\"inkomen\"\", deels\";2,5\r\n\
         '=HYPERLINK(x);-20\r\n"
    );
    assert_eq!(
        chart_csv(&s, Lang::En),
        "\u{feff}Description,Value (personen)\r\n\
         Onderwijs,240000\r\n\
         \"Werk; \"\"inkomen\"\", deels\",2.5\r\n\
         '=HYPERLINK(x),-20\r\n"
    );
}

#[test]
fn csv_guards_against_formula_injection_but_not_numbers() {
    let labels = [
        "+1",
        "-x",
        "@SUM(A1)",
        "\tTAB",
        "\rCR",
        "=1;2",
        "veilig - ook =",
        "\u{2212}5",
    ];
    let rows: Vec<(&str, f64)> = labels.iter().map(|l| (*l, -5.0)).collect();
    let s = spec(ChartKind::Diverging, Measure::Count, None, &rows);
    let csv = chart_csv(&s, Lang::Nl);
    let read = read_csv(&csv, ';');
    let got: Vec<&str> = read[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        got,
        vec![
            "'+1",
            "'-x",
            "'@SUM(A1)",
            "'\tTAB",
            "'\rCR",
            "'=1;2",
            "veilig - ook =",
            "\u{2212}5"
        ]
    );
    assert!(
        read[1..].iter().all(|r| r[1] == "-5"),
        "numbers keep their ASCII minus: {read:?}"
    );
    assert!(
        csv.contains("\"'\rCR\";-5\r\n"),
        "CR inside quotes: {csv:?}"
    );
}

#[test]
fn chart_csv_of_a_bundle_s_and_made_up_charts() {
    let b = every_field();
    let div = charts::from_dataset(&b.result_areas[1].progress.as_ref().unwrap().figures[0]);
    let rows = read_csv(&chart_csv(&div, Lang::Nl), ';');
    assert_eq!(
        rows[0],
        vec!["Omschrijving", "Waarde (verschil met de controlegroep, %)"]
    );
    let values: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(values, vec!["12", "8", "-15"]);

    // MADE-UP comparison: the target is in the CSV as in the chart.
    let cmp = charts::indicator_comparison(&made_up(), Lang::Nl).unwrap();
    let csv = chart_csv(&cmp, Lang::Nl);
    assert!(
        csv.ends_with("testjaar 2;12500\r\nDoel;15000\r\n"),
        "{csv:?}"
    );

    // MADE-UP breakdown: the group is the first column.
    let bd = charts::from_breakdown(&made_up(), Lang::En).unwrap();
    let rows = read_csv(&chart_csv(&bd, Lang::En), ',');
    assert_eq!(
        rows[0],
        vec!["Breakdown", "Description", "Value (personen)"]
    );
    assert_eq!(rows[1], vec!["By sex", "Vrouwen (verzonnen)", "7000"]);
    assert_eq!(
        rows[4],
        vec!["By group", "Gastgemeenschappen (verzonnen)", "3500"]
    );
}

/// A made-up page address for the CSV's `Pagina` column.
const PAGE: &str = "https://example.org/nl/2019/elk-veld/";
const SOURCE: &str =
    "Resultatenrapportage ontwikkelingssamenwerking 2019: Verzonnen thema met elk veld";

#[test]
fn indicators_csv_of_a_bundle() {
    let b = every_field();
    let csv = indicators_csv(&b, Lang::Nl, PAGE);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv[3..].split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Resultaatgebied (id);Resultaatgebied;Indicator (id);Indicator;Status;Waarde;Eenheid;\
         Soort waarde;Periode;Vorige periode;Vorige waarde;Nulmeting: periode;Nulmeting: waarde;Doel;\
         Bron;Pagina"
    );
    assert!(
        lines.contains(
            &format!("gebied-een;Verzonnen gebied een;werk;Verzonnen: mensen die werk vonden;\
          Deels op schema;2870;personen;aantal;verzonnen jaar 2019;verzonnen jaar 2018;1200;;;;{SOURCE};{PAGE}")
            .as_str()
        ),
        "{lines:#?}"
    );
    // A value that says what it counts, but no unit: the value, no unit.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("gebied-twee;Verzonnen gebied twee;hulp;")
                && l.ends_with(&format!(
                    ";Op schema;400;;aantal;verzonnen jaar 2019;;;;;;{SOURCE};{PAGE}"
                ))),
        "{lines:#?}"
    );
    // Baseline and target in their own columns.
    assert!(
        lines.iter().any(|l| l.contains(";deelnemers;") && l.ends_with(&format!(
            ";Deels op schema;2000;deelnemers;aantal;verzonnen jaar 2019;;;verzonnen jaar 2017;500;2500;{SOURCE};{PAGE}"
        ))),
        "{lines:#?}"
    );
    // No value: empty cells.
    let mut without = b.clone();
    without.result_areas[1].indicators[2].value = None;
    let csv = indicators_csv(&without, Lang::Nl, PAGE);
    assert!(
        csv.split("\r\n").any(|l| l.contains(";plannen;")
            && l.ends_with(&format!(";Op schema;;;;;;;;;;{SOURCE};{PAGE}"))),
        "{csv}"
    );
    // No period on the indicator: none, not the theme's reporting period,
    // which would claim one the report does not give (issue 25).
    assert!(
        lines
            .iter()
            .any(|l| l.contains(";zorg;") && l.contains(";1500;personen;aantal;;")),
        "{lines:#?}"
    );

    let rows = read_csv(&csv, ';');
    let indicators: usize = b.result_areas.iter().map(|a| a.indicators.len()).sum();
    assert_eq!(rows.len(), 1 + indicators);
    assert!(rows.iter().all(|r| r.len() == 16), "{rows:?}");
    let values: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    assert_eq!(
        values,
        vec!["5120", "2870", "1500", "400", "70", "", "2000", ""]
    );

    // English: comma separator, so a title with a comma is quoted.
    let en = indicators_csv(&b, Lang::En, PAGE);
    assert!(en.contains(",Partly on track,2870,personen,count,"), "{en}");
    assert!(
        en.contains(",\"Verzonnen: mensen die hun plannen herzagen,"),
        "{en}"
    );
    let rows = read_csv(&en, ',');
    assert!(rows.iter().all(|r| r.len() == 16), "{rows:?}");
    assert_eq!(rows[0][14..], ["Source", "Page"]);
    assert_eq!(rows[1][15], PAGE);
    assert!(rows[6][3].contains("herzagen, uitstelden"), "{:?}", rows[6]);
}

#[test]
fn indicators_csv_with_decimals_baseline_and_target_made_up() {
    let mut b = every_field();
    // MADE-UP: a percentage indicator with baseline and target.
    let mut ind = made_up();
    if let Some(q) = ind.value.as_mut() {
        q.value = 12.5;
        q.measure = Measure::Percentage;
        q.unit = None;
    }
    ind.title = "-1 = verzonnen".into();
    b.result_areas[0].indicators = vec![ind];
    let nl = indicators_csv(&b, Lang::Nl, PAGE);
    assert!(nl.contains(&format!(
        ";testindicator-verzonnen;'-1 = verzonnen;Deels op schema;12,5;;percentage;testjaar 2;testjaar 1;8000;testjaar 0;2000;15000;{SOURCE};{PAGE}\r\n"
    )), "{nl}");
    let en = indicators_csv(&b, Lang::En, PAGE);
    assert!(
        en.contains(",Partly on track,12.5,,percentage,testjaar 2,"),
        "{en}"
    );
}

#[test]
fn file_names_are_safe() {
    let b = every_field();
    assert_eq!(
        indicators_csv_file_name(&b, Lang::Nl),
        "elk-veld-2019-nl-indicatoren.csv"
    );
    assert_eq!(
        indicators_csv_file_name(&b, Lang::En),
        "elk-veld-2019-en-indicators.csv"
    );
    let mut s = spec(ChartKind::Bars, Measure::Count, None, &[("a", 1.0)]);
    // From the chart's title, in the page's language, cut at a word.
    s.title = "Voorlichting_tot/../é plannen".into();
    assert_eq!(chart_csv_file_name(&s), "voorlichting-tot-plannen.csv");
    assert_eq!(chart_svg_file_name(&s), "voorlichting-tot-plannen.svg");
    s.title = "Uitgelichte resultaten (afgeronde aantallen, zoals vermeld)".into();
    assert_eq!(
        chart_csv_file_name(&s),
        "uitgelichte-resultaten-afgeronde-aantallen-zoals-vermeld.csv"
    );
    s.title =
        "Effect van film en gesprek (Migrants as Messengers-campagne) op jongeren, vergeleken"
            .into();
    let name = chart_csv_file_name(&s);
    assert!(
        name.len() <= 64 && !name.contains("-.") && name.ends_with(".csv"),
        "{name}"
    );
    assert_eq!(file_stem("../.."), "data");
}

#[test]
fn every_chart_of_the_page_once_and_found_by_its_id() {
    let b = every_field();
    let all = resultaten::charts::every(&b, Lang::Nl);
    let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    // The highlights first; an area's indicators side by side before that
    // area's own charts, where two of them count the same kind of thing
    // (gebied-twee's indicators each count their own: issue 25); an
    // indicator's comparison, breakdown and figures; the area's progress;
    // the spending last.
    assert_eq!(
        ids,
        [
            "chart-highlights",
            "chart-gebied-een-indicators",
            "chart-werk",
            "chart-latere-meting",
            "chart-deelnemers",
            "chart-deelnemers-breakdown",
            "chart-verzonnen-effect",
            "chart-spending",
        ]
    );
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "ids are unique: {ids:?}");
    for spec in &all {
        assert_eq!(
            resultaten::charts::find(&b, &spec.id, Lang::Nl).as_ref(),
            Some(spec)
        );
    }
    // An area, an indicator or a made-up id is not a chart.
    for id in ["gebied-twee", "plannen", "chart-made-up"] {
        assert!(resultaten::charts::find(&b, id, Lang::Nl).is_none(), "{id}");
    }
    // The same charts in English, by the same ids.
    let en: Vec<String> = resultaten::charts::every(&made_up_en(), Lang::En)
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(en, ids);
}

// Issue 33's fact-check of the highlights chart, on the made-up bundle.

/// The highlights chart names a period only where every highlight's
/// indicator states the same one: the theme's reporting period is not
/// theirs.
#[test]
fn the_highlights_chart_names_a_period_only_where_every_highlight_has_it() {
    let mut b = common::made_up();
    b.theme.reporting_period = Some("verzonnen rapportageperiode".into());
    // All three highlights' indicators state "verzonnen jaar 2019".
    let spec = charts::highlights(&b, Lang::Nl).expect("a chart");
    assert_eq!(spec.period.as_deref(), Some("verzonnen jaar 2019"));
    assert!(spec
        .caption(Lang::Nl)
        .is_some_and(|c| c.contains("verzonnen jaar 2019")));
    // One highlight without a period: none at all, not the theme's.
    let without = |b: &mut resultaten::bundle::Bundle, id: &str| {
        for i in b.result_areas.iter_mut().flat_map(|a| &mut a.indicators) {
            if i.id == id {
                i.period = None;
            }
        }
    };
    without(&mut b, "hulp");
    let spec = charts::highlights(&b, Lang::Nl).expect("a chart");
    assert_eq!(spec.period, None);
    assert!(!spec
        .caption(Lang::Nl)
        .unwrap_or_default()
        .contains("rapportageperiode"));
    // Two periods that differ: none either.
    let mut b = common::made_up();
    for i in b.result_areas.iter_mut().flat_map(|a| &mut a.indicators) {
        if i.id == "les" {
            i.period = Some("een ander verzonnen jaar".into());
        }
    }
    assert_eq!(
        charts::highlights(&b, Lang::Nl).expect("a chart").period,
        None
    );
}

/// Its title claims only what it shows: the highlights, as the section
/// names them, not "rounded numbers" (the report never calls them so).
#[test]
fn the_highlights_chart_title_claims_only_what_it_shows() {
    let b = common::made_up();
    for lang in Lang::ALL {
        let spec = charts::highlights(&b, lang).expect("a chart");
        assert_eq!(
            spec.title,
            resultaten::i18n::strings(lang).highlights,
            "{lang:?}"
        );
        for claim in ["afgerond", "rounded", "zoals vermeld", "as stated"] {
            assert!(!spec.title.contains(claim), "{lang:?}: {}", spec.title);
        }
    }
}

/// docs/bundle-format.md says what the code does: the highlights chart
/// draws every highlight with a counted value, in groups, not "the first
/// such group".
#[test]
fn the_format_documentation_says_the_highlights_chart_draws_every_group() {
    let doc = std::fs::read_to_string("docs/bundle-format.md").expect("docs");
    let label = doc
        .lines()
        .find(|l| l.starts_with("| `label` |"))
        .expect("the highlight's label row");
    assert!(!label.contains("first such group"), "{label}");
    assert!(label.contains("every highlight"), "{label}");
    assert!(
        label.contains("period only where every highlight"),
        "{label}"
    );
    // And the code does so: every highlight of the made-up bundle, which
    // counts three kinds of thing, is a row.
    let b = common::made_up();
    let spec = charts::highlights(&b, Lang::Nl).expect("a chart");
    assert_eq!(spec.rows.len(), b.highlights.len());
    let groups: std::collections::BTreeSet<_> = spec.rows.iter().map(|r| r.group.clone()).collect();
    assert!(groups.len() > 1, "more than one group drawn: {groups:?}");
}
