//! Native tests of reading and validating a bundle, and of the charts a
//! bundle's figures make, on the MADE-UP every-field bundle
//! (tests/fixtures/every-field-made-up-*.json). Fast: no browser. What
//! the shipped 2019 bundle says is checked in tests/fidelity.rs.

use resultaten::bundle::{self, Bundle, BundleError, ChartKind};
use resultaten::charts::{self, render_svg, text_labels, WIDTH};
use resultaten::i18n::Lang;
use resultaten::{address, json};
use serde_json::{json, Value};

mod common;
use common::{made_up, made_up_en, shipped, shipped_en, MADE_UP_NL};

/// A refused version, as the page and check-bundle report it.
fn unsupported(found: &str) -> BundleError {
    BundleError::UnsupportedVersion {
        found: found.into(),
        supported: bundle::SUPPORTED_MAJOR,
    }
}

/// The made-up bundle with one change, for testing validation.
fn mutated(f: impl FnOnce(&mut Value)) -> Result<Bundle, BundleError> {
    let mut v: Value = serde_json::from_str(MADE_UP_NL).expect("the made-up bundle is JSON");
    f(&mut v);
    bundle::parse(&v.to_string())
}

/// Asserts that one of the problems is reported at `path`.
fn assert_flags(problems: &[String], path: &str) {
    assert!(
        problems.iter().any(|p| p.starts_with(path)),
        "no problem at {path} in {problems:?}"
    );
}

/// A problem as `check-bundle` says it: its path and the English message.
fn said(p: &bundle::Problem) -> String {
    let kind = resultaten::check::Kind::Bundle(p.kind.clone());
    format!("{}: {}", p.path, english(&kind, &p.path))
}

/// A problem's message as `check-bundle` says it, in English.
fn english(kind: &resultaten::check::Kind, path: &str) -> String {
    resultaten::check::messages::text(kind, path, Lang::En)
}

/// A reading error's message, in English.
fn reading(kind: &json::Kind, path: &str) -> String {
    english(&resultaten::check::Kind::Reading(kind.clone()), path)
}

fn problems(r: Result<Bundle, BundleError>) -> Vec<String> {
    match r {
        Err(BundleError::Invalid(p)) => p.iter().map(said).collect(),
        Err(BundleError::Reading { path, kind, .. }) => {
            vec![format!("{path}: {}", reading(&kind, &path))]
        }
        other => panic!("expected validation problems, got {other:?}"),
    }
}

/// The shipped data as such, without naming it: every highlight of both
/// shipped bundles leads to one of their indicators.
#[test]
fn every_highlight_points_at_an_indicator() {
    for b in [shipped(), shipped_en()] {
        for h in &b.highlights {
            assert!(
                b.result_areas
                    .iter()
                    .flat_map(|a| &a.indicators)
                    .any(|i| i.id == h.indicator),
                "{}",
                h.indicator
            );
        }
    }
}

#[test]
fn validation_reports_duplicate_ids_with_their_path() {
    let p = problems(mutated(|v| {
        v["result_areas"][1]["id"] = json!("gebied-een")
    }));
    assert!(
        p.iter()
            .any(|p| p.starts_with("result_areas[1].id: ") && p.contains("more than once")),
        "{p:?}"
    );
}

#[test]
fn validation_reports_a_highlight_without_indicator() {
    let p = problems(mutated(|v| {
        v["highlights"][2]["indicator"] = json!("bestaat-niet")
    }));
    assert_flags(&p, "highlights[2].indicator");
}

#[test]
fn validation_refuses_negative_counts() {
    let p = problems(mutated(|v| {
        v["result_areas"][0]["indicators"][1]["value"]["value"] = json!(-5)
    }));
    assert!(
        p.iter().any(
            |p| p.starts_with("result_areas[0].indicators[1].value.value")
                && p.contains("negative")
        ),
        "{p:?}"
    );
}

#[test]
fn validation_refuses_script_and_data_addresses() {
    let p = problems(mutated(|v| {
        v["resources"][0]["href"] = json!("javascript:alert(1)");
        v["resources"][1]["href"] = json!(" data:text/html,<b>x</b>");
        v["downloads_and_links"]["links"][1]["href"] = json!("JaVaScRiPt:alert(1)");
        v["result_areas"][0]["links"][0]["href"] = json!("https://www.rijksoverheid.nl/");
    }));
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(address::is_safe_href("/data/x.json"));
    assert!(address::is_safe_href("mailto:x@example.org"));
    assert!(address::is_safe_href("page?a=b:c"));
    assert!(!address::is_safe_href("vbscript:x"));
}

#[test]
fn ids_may_not_take_the_page_s_own_ids() {
    let p = problems(mutated(|v| {
        v["result_areas"][0]["id"] = json!("main");
        v["result_areas"][1]["projects"][0]["id"] = json!("gebied-een-panel");
        v["result_areas"][1]["progress"]["figures"][0]["id"] = json!("chart-highlights");
    }));
    assert!(
        p.iter()
            .any(|p| p.starts_with("result_areas[0].id") && p.contains("reserved")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|p| p.starts_with("result_areas[1].projects[0].id")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|p| p.starts_with("result_areas[1].progress.figures[0].id")),
        "{p:?}"
    );
}

#[test]
fn ids_may_not_take_the_page_s_own_charts_or_the_app_s_ids() {
    // A dataset "highlights" would be drawn as chart-highlights, the id of
    // the page's own highlights chart; "resultaten-…" ids are the app's.
    let p = problems(mutated(|v| {
        v["result_areas"][1]["progress"]["figures"][0]["id"] = json!("highlights");
        v["result_areas"][0]["indicators"][0]["id"] = json!("spending");
        v["result_areas"][1]["projects"][0]["id"] = json!("resultaten-no-script");
    }));
    for path in [
        "result_areas[1].progress.figures[0].id",
        "result_areas[0].indicators[0].id",
        "result_areas[1].projects[0].id",
    ] {
        assert!(p.iter().any(|p| p.starts_with(path)), "{path}: {p:?}");
    }
}

#[test]
fn a_dataset_may_not_take_an_indicator_s_breakdown_chart_id() {
    // The page draws an indicator's breakdown as `chart-<id>-breakdown`; a
    // dataset `<id>-breakdown` would be drawn as the same id.
    let b = made_up();
    let indicator = b.result_areas[1].indicators[2].id.clone();
    let p = problems(mutated(|v| {
        v["result_areas"][1]["progress"]["figures"][0]["id"] =
            json!(format!("{indicator}-breakdown"));
    }));
    assert!(
        p.iter()
            .any(|p| p.starts_with("result_areas[1].progress.figures[0].id")
                && p.contains("'-breakdown'")),
        "{p:?}"
    );
}

#[test]
fn addresses_that_leave_the_site_unexpectedly_are_refused() {
    for bad in [
        "//evil.example/x",
        "\\\\evil.example",
        "/\\evil.example",
        "java\tscript:alert(1)",
    ] {
        assert!(!address::is_safe_href(bad), "{bad:?}");
    }
    assert!(address::is_safe_media_src(
        "https://www.rijksoverheid.nl/foto.jpg"
    ));
    assert!(address::is_safe_media_src("/media/foto.jpg"));
    assert!(
        !address::is_safe_media_src("http://www.rijksoverheid.nl/foto.jpg"),
        "mixed content"
    );
    let p = problems(mutated(|v| {
        v["result_areas"][0]["photo"]["src"] = json!("http://example.org/a.jpg");
        v["result_areas"][0]["photo"]["alt"] = json!("Een foto");
    }));
    assert_flags(&p, "result_areas[0].photo.src");
}

#[test]
fn only_diverging_charts_take_negative_values() {
    let p = problems(mutated(|v| {
        v["result_areas"][1]["indicators"][2]["figures"][0]["points"][1]["value"] = json!(-3);
    }));
    assert!(
        p.iter()
            .any(|p| p.starts_with("result_areas[1].indicators[2].figures[0].points[1].value")),
        "{p:?}"
    );
    // The made-up diverging chart has −15, and is valid.
    let b = made_up();
    let diverging = &b.result_areas[1]
        .progress
        .as_ref()
        .expect("progress")
        .figures[0];
    assert_eq!(diverging.kind, ChartKind::Diverging);
    assert!(diverging.points.iter().any(|p| p.value < 0.0));
}

#[test]
fn headings_and_labels_may_not_be_blank() {
    let p = problems(mutated(|v| {
        v["background"]["heading"] = json!(" ");
        v["result_areas"][1]["progress"]["title"] = json!("");
        v["result_areas"][1]["progress"]["figures"][0]["points"][0]["label"] = json!("  ");
    }));
    for path in [
        "background.heading",
        "result_areas[1].progress.title",
        "result_areas[1].progress.figures[0].points[0].label",
    ] {
        assert!(p.iter().any(|p| p.starts_with(path)), "{path} in {p:?}");
    }
}

#[test]
fn validation_requires_the_value_placeholder() {
    let p = problems(mutated(|v| {
        v["highlights"][0]["text"] = json!("Meer dan 5.000 verzonnen mensen volgden les")
    }));
    assert_flags(&p, "highlights[0].text");
}

#[test]
fn unknown_status_is_a_syntax_error_with_line() {
    let json = MADE_UP_NL.replacen("\"on_track\"", "\"op_koers\"", 1);
    assert_ne!(json, MADE_UP_NL);
    match bundle::parse(&json) {
        Err(BundleError::Reading {
            line, path, kind, ..
        }) => {
            let message = reading(&kind, &path);
            assert!(line > 1);
            assert!(message.contains("op_koers"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn versions_newer_minor_loads_newer_major_does_not() {
    assert!(mutated(|v| {
        v["schema_version"] = json!("1.7");
        v["a_field_from_the_future"] = json!({"x": 1});
    })
    .is_ok());
    assert_eq!(
        mutated(|v| v["schema_version"] = json!("2.0")),
        Err(unsupported("2.0"))
    );
    assert!(matches!(
        mutated(|v| v["schema_version"] = json!(1)),
        Err(BundleError::Reading { .. })
    ));
    // Not a version at all: a mistake to fix, not a newer format (the
    // page then says the data is broken, not that it is too new).
    for odd in ["+1.0", "1", "1.", "1.x", " 1.0"] {
        let p = problems(mutated(|v| v["schema_version"] = json!(odd)));
        assert!(
            p.len() == 1 && p[0].starts_with("schema_version: ") && p[0].contains("not a version"),
            "{odd}: {p:?}"
        );
    }
}

#[test]
fn garbage_never_panics() {
    for input in [
        "",
        "{",
        "null",
        "[]",
        "<!doctype html><p>502</p>",
        "{\"schema_version\":\"1.0\"}",
        "\u{0}",
    ] {
        assert!(bundle::parse(input).is_err(), "{input:?}");
    }
    // Truncations of a whole bundle, at every 97th byte, are errors, never panics.
    for cut in (0..MADE_UP_NL.len()).step_by(97) {
        if MADE_UP_NL.is_char_boundary(cut) {
            assert!(bundle::parse(&MADE_UP_NL[..cut]).is_err());
        }
    }
}

/// "Als grafiek" holds every highlight, each with its figure as its
/// sentence states it ("Meer dan 5.000", "Bijna 3.000"), in the drawing,
/// the table, the CSV and the summary; grouped by what they count, so the
/// migrants are not drawn as more of the same people. (The shipped
/// highlights: tests/fidelity.rs.)
#[test]
fn highlights_chart_holds_every_highlight_as_stated() {
    let cases = [
        (
            made_up(),
            Lang::Nl,
            ["Meer dan 5.000", "Bijna 3.000", "400"],
            ["Personen", "Verzonnen migranten met hulp"],
            ["5.000", "3.000"],
        ),
        (
            made_up_en(),
            Lang::En,
            ["More than 5,000", "Almost 3,000", "400"],
            ["People", "Made-up migrants helped"],
            ["5,000", "3,000"],
        ),
    ];
    for (b, lang, stated, groups, bare) in cases {
        let spec = charts::highlights(&b, lang).expect("highlights chart");
        assert_eq!(spec.rows.len(), b.highlights.len(), "{:?}", spec.rows);
        let texts = text_labels(&render_svg(&spec, lang, WIDTH));
        let table = charts::data_table(&spec, lang);
        let csv = charts::chart_csv(&spec, lang);
        let summary = spec.summary(lang);
        for figure in stated {
            assert!(
                texts.iter().any(|t| t == figure),
                "{figure} not drawn: {texts:?}"
            );
            assert!(
                table.rows.iter().any(|r| r.formatted == figure),
                "{figure} not in the table"
            );
            assert!(csv.contains(figure), "{figure} not in the CSV:\n{csv}");
            assert!(summary.contains(figure), "{figure} not in {summary}");
        }
        for group in groups {
            assert!(
                texts.iter().any(|t| t == group),
                "no heading {group}: {texts:?}"
            );
        }
        // "Bijna 3.000" is never drawn as a bare 3.000: the words that
        // qualify a figure stay with it.
        assert!(
            !texts.iter().any(|t| bare.contains(&t.as_str())),
            "{texts:?}"
        );
        // Every highlight is drawn: none is listed as not drawn.
        assert!(spec.rows.iter().all(|r| r.absent.is_none()));
    }
}

/// A highlight whose indicator has no counted value cannot be drawn: its
/// row says so (the page lists it under the chart with its link).
#[test]
fn a_highlight_without_a_count_is_a_row_that_says_so() {
    let mut b = made_up();
    let id = b.highlights[2].indicator.clone();
    for ind in b
        .result_areas
        .iter_mut()
        .flat_map(|a| a.indicators.iter_mut())
    {
        if ind.id == id {
            ind.value = None;
        }
    }
    let spec = charts::highlights(&b, Lang::Nl).expect("highlights chart");
    let row = spec
        .rows
        .iter()
        .find(|r| r.label == b.highlights[2].label)
        .expect("its row");
    assert!(row
        .absent
        .as_deref()
        .is_some_and(|why| why.contains("niet in de grafiek")));
    assert!(charts::highlight_drawable(&b, &b.highlights[0]));
    assert!(!charts::highlight_drawable(&b, &b.highlights[2]));
}

#[test]
fn an_indicator_with_an_earlier_value_compares_the_two() {
    let b = made_up();
    let ind = b.result_areas[0]
        .indicators
        .iter()
        .find(|i| i.id == "werk")
        .unwrap();
    let spec = charts::indicator_comparison(ind, Lang::Nl).expect("comparison");
    assert_eq!(spec.kind, ChartKind::Comparison);
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    assert_eq!(
        texts,
        vec![
            "verzonnen jaar 2018",
            "1.200",
            "verzonnen jaar 2019",
            "2.870"
        ]
    );
}

#[test]
fn control_group_effects_diverge_around_zero() {
    let b = made_up();
    let fig = &b.result_areas[1].progress.as_ref().unwrap().figures[0];
    let spec = charts::from_dataset(fig);
    assert_eq!(spec.kind, ChartKind::Diverging);
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    for v in ["+12%", "+8%", "\u{2212}15%"] {
        assert!(texts.iter().any(|t| t == v), "{v} missing from {texts:?}");
    }
    assert_eq!(
        spec.summary(Lang::Nl),
        "Verzonnen effect ten opzichte van een controlegroep (verschil met de controlegroep): \
         Verzonnen: beter geïnformeerd +12%; Verzonnen: meer bewust +8%; \
         Verzonnen: van plan te vertrekken \u{2212}15%."
    );
}

#[test]
fn area_overview_charts_show_each_counted_indicator() {
    let b = made_up();
    let specs = charts::area_indicators(&b.result_areas[0], Lang::Nl);
    assert_eq!(specs.len(), 1, "one kind of thing counted: people");
    let texts = text_labels(&render_svg(&specs[0], Lang::Nl, WIDTH));
    for v in ["5.120", "2.870", "1.500"] {
        assert!(texts.iter().any(|t| t == v), "{v} missing from {texts:?}");
    }
}

#[test]
fn area_overview_puts_only_one_kind_of_thing_on_an_axis() {
    // Gebied twee counts migrants helped (400), trained staff (70), people
    // with new plans (1.100) and participants (2.000): each its own kind
    // of thing (issue 25, point 6), and a group of one is not drawn: no
    // chart.
    for (b, lang) in [(made_up(), Lang::Nl), (made_up_en(), Lang::En)] {
        let specs = charts::area_indicators(&b.result_areas[1], lang);
        assert!(specs.is_empty(), "{specs:?}");
    }
    // Two that count the same kind of thing share a chart, named after
    // the area.
    let b = made_up();
    let mut area = b.result_areas[1].clone();
    let same = area.indicators[0]
        .value
        .as_ref()
        .and_then(|q| q.counts.clone());
    if let Some(q) = area.indicators[1].value.as_mut() {
        q.counts = same;
    }
    let specs = charts::area_indicators(&area, Lang::Nl);
    assert_eq!(specs.len(), 1, "{specs:?}");
    let values: Vec<f64> = specs[0].rows.iter().map(|r| r.value).collect();
    assert_eq!(values, [400.0, 70.0]);
    assert_eq!(
        specs[0].unit.as_deref(),
        Some("verzonnen migranten met hulp")
    );
    assert_eq!(specs[0].id, "chart-gebied-twee-indicators");
}

#[test]
fn area_overview_only_compares_like_with_like() {
    let b = made_up();
    let specs = charts::area_indicators(&b.result_areas[0], Lang::Nl);
    assert_eq!(specs[0].unit.as_deref(), Some("personen"));
    assert_eq!(specs[0].rows.len(), 3);
    let mut area = b.result_areas[0].clone();
    if let Some(q) = area.indicators[1].value.as_mut() {
        q.unit = Some("trainingen".into());
    }
    let specs = charts::area_indicators(&area, Lang::Nl);
    assert_eq!(specs.len(), 1, "the one training stays out: {specs:?}");
    assert_eq!(specs[0].rows.len(), 2);
    // The same unit, but a different `counts`: not on one axis either.
    if let Some(q) = area.indicators[2].value.as_mut() {
        q.counts = Some("vrijwilligers".into());
    }
    assert!(charts::area_indicators(&area, Lang::Nl).is_empty());
    // Neither unit nor counts: what is counted is unknown, so no chart.
    let mut unknown = b.result_areas[0].clone();
    for i in &mut unknown.indicators {
        if let Some(q) = i.value.as_mut() {
            q.unit = None;
        }
    }
    assert!(charts::area_indicators(&unknown, Lang::Nl).is_empty());
}

#[test]
fn a_second_group_in_an_area_gets_its_own_chart_named_after_its_first_indicator() {
    let b = made_up();
    let mut area = b.result_areas[1].clone();
    // Give the migrants helped and the trained staff each a second
    // indicator of their kind.
    let mut helped = area.indicators[0].clone();
    helped.id = "verzonnen-tweede-hulp".into();
    area.indicators.push(helped);
    let mut second = area.indicators[1].clone();
    second.id = "verzonnen-tweede-training".into();
    area.indicators.push(second);
    let specs = charts::area_indicators(&area, Lang::Nl);
    let ids: Vec<&str> = specs.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["chart-gebied-twee-indicators", "chart-training-indicators"]
    );
    assert_eq!(
        specs[1].unit.as_deref(),
        Some("verzonnen getrainde medewerkers")
    );
}

#[test]
fn no_spending_chart_without_amounts() {
    let mut sp = made_up().spending.expect("spending");
    assert!(charts::spending(&sp, Lang::Nl).is_some());
    sp.channels = None;
    assert!(charts::spending(&sp, Lang::Nl).is_none());
    sp.channels = Some(vec![]);
    assert!(charts::spending(&sp, Lang::Nl).is_none());
}

#[test]
fn spending_chart_from_made_up_amounts() {
    // tests/fixtures/spending-made-up.json: amounts are MADE UP for this test.
    let fixture = include_str!("fixtures/spending-made-up.json");
    let sp: bundle::Spending = serde_json::from_str(fixture).unwrap();
    let spec = charts::spending(&sp, Lang::Nl).expect("chart when amounts exist");
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    assert!(texts.contains(&"1.250.000".to_string()), "{texts:?}");
}

// ---- Validation beyond parsing (issue 6): paths, positions, tolerance ----

fn syntax(r: Result<Bundle, BundleError>) -> (usize, usize, String, String) {
    match r {
        Err(BundleError::Reading {
            line,
            column,
            path,
            kind,
        }) => {
            let message = reading(&kind, &path);
            (line, column, path, message)
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn an_unknown_status_names_its_path_and_the_allowed_values() {
    let (_, _, path, message) = syntax(mutated(|v| {
        v["result_areas"][1]["indicators"][0]["status"] = json!("done")
    }));
    assert_eq!(path, "result_areas[1].indicators[0].status");
    for allowed in ["on_track", "partly_on_track", "off_track", "no_data"] {
        assert!(
            message.contains(allowed),
            "{allowed} missing from {message}"
        );
    }
    assert!(message.contains("done"), "{message}");
}

#[test]
fn a_formatted_number_in_quotes_names_its_path_line_and_column() {
    // "2.870" in quotes, as a Dutch editor might type it.
    let json = MADE_UP_NL.replacen("\"value\": 2870", "\"value\": \"2.870\"", 1);
    assert_ne!(json, MADE_UP_NL, "the made-up bundle has 2870");
    let err = bundle::parse(&json).unwrap_err();
    let (line, column, path, message) = syntax(Err(err.clone()));
    assert_eq!(path, "result_areas[0].indicators[1].value.value");
    assert!(message.contains("expected a number"), "{message}");
    assert!(!message.contains("f64"), "no Rust type names: {message}");
    assert!(
        !message.contains(" at line "),
        "position given once: {message}"
    );
    let text = json.lines().nth(line - 1).unwrap();
    let at: String = text.chars().skip(column - 1).collect();
    assert!(
        text.contains("2.870") && at.starts_with('"'),
        "{line}:{column} {text}"
    );
    // Display says all three.
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("line {line}, column {column}, at {path}: ")),
        "{shown}"
    );
}

#[test]
fn syntax_error_columns_count_characters_not_bytes() {
    // Two two-byte characters before the fault on the same line.
    let json =
        "{\"schema_version\": \"1.0\", \"theme\": {\"id\": \"é\", \"title\": \"ü\", \"year\": x}}";
    let (line, column, _, _) = syntax(bundle::parse(json));
    assert_eq!(line, 1);
    let x = json.chars().position(|c| c == 'x').unwrap() + 1;
    assert_eq!(column, x, "{json}");
}

#[test]
fn syntax_errors_say_what_kind_of_text_it_is() {
    let (_, _, path, message) = syntax(bundle::parse(""));
    assert_eq!(path, "");
    assert!(message.contains("empty"), "{message}");
    let (_, _, _, message) = syntax(bundle::parse("<!doctype html><p>502 Bad Gateway</p>"));
    assert!(message.contains("HTML"), "{message}");
    for text in ["[1, 2]", "\"1.0\"", "  [\"1.0\", {}]"] {
        let (_, _, _, message) = syntax(bundle::parse(text));
        assert!(message.contains("JSON object"), "{message}");
    }
    let cut = &MADE_UP_NL[..MADE_UP_NL.len() / 2];
    let (_, _, path, message) = syntax(bundle::parse(cut));
    assert!(message.contains("cut off"), "{message}");
    assert!(
        !path.is_empty(),
        "a truncated bundle still says where it stopped"
    );
    let (_, _, path, message) = syntax(bundle::parse(&MADE_UP_NL.replacen(
        "\"schema_version\": \"1.1\",",
        "\"schema_version\": \"1.1\",,",
        1,
    )));
    assert_eq!(path, "", "no '?' in paths");
    assert!(message.contains("comma"), "{message}");
}

#[test]
fn a_missing_field_names_the_object_it_is_missing_from() {
    let (_, _, path, message) = syntax(mutated(|v| {
        v["result_areas"][0]["indicators"][2]
            .as_object_mut()
            .unwrap()
            .remove("title");
    }));
    assert_eq!(path, "result_areas[0].indicators[2]");
    assert!(message.contains("`title`"), "{message}");
}

#[test]
fn a_wrong_type_inside_rich_text_names_at_least_the_block() {
    let (_, _, path, message) = syntax(mutated(|v| {
        v["introduction"][0]["content"][0]["text"] = json!(5)
    }));
    assert!(path.starts_with("introduction[0]"), "{path}");
    assert!(message.contains("expected text in quotes"), "{message}");
    let (_, _, path, message) = syntax(mutated(|v| v["introduction"][0]["type"] = json!("para")));
    assert_eq!(path, "introduction[0].type");
    assert!(message.contains("paragraph"), "{message}");
}

#[test]
fn a_newer_minor_version_with_unknown_fields_everywhere_loads() {
    let original = made_up();
    let r = mutated(|v| {
        v["schema_version"] = json!("1.7");
        v["new_top_level"] = json!([1, 2, {"deep": null}]);
        v["theme"]["subtitle"] = json!("nieuw in 1.7");
        v["highlights"][0]["icon"] = json!("star");
        v["resources"][0]["license"] = json!({"name": "CC0"});
        v["introduction"][0]["class"] = json!("lead");
        v["introduction"][0]["content"][0]["footnote"] = json!("nieuw in 1.7");
        let area = &mut v["result_areas"][0];
        area["color"] = json!("#154273");
        area["indicators"][0]["iati_ref"] = json!("NL-1-PPR-12345");
        area["indicators"][0]["value"]["confidence"] = json!(0.9);
        area["indicators"][0]["breakdowns"] = json!([
            {"dimension": "sex", "items": [{"label": "vrouw", "value": 1, "note": "x"}], "source": "y"}
        ]);
        area["photo"]["width"] = json!(800);
        v["spending"]["currency"] = json!("EUR");
    });
    let b = match r {
        Ok(b) => b,
        Err(e) => panic!("a 1.7 bundle with unknown fields must load: {e}"),
    };
    assert_eq!(b.schema_version, "1.7");
    assert_eq!(b.theme, original.theme);
    assert_eq!(
        b.result_areas[0].indicators[0].value,
        original.result_areas[0].indicators[0].value
    );
    assert_eq!(b.introduction, original.introduction);
    // The same bundle as 2.0 is refused for its version, not its fields.
    let r = mutated(|v| {
        v["schema_version"] = json!("2.0");
        v["theme"]["subtitle"] = json!("nieuw");
        v["result_areas"] = json!("a different shape altogether");
    });
    assert_eq!(r, Err(unsupported("2.0")));
}

#[test]
fn no_type_refuses_unknown_fields() {
    let source = include_str!("../src/bundle/types.rs");
    assert!(
        !source.contains("deny_unknown_fields"),
        "unknown fields must stay tolerated, or a newer minor version breaks older pages"
    );
}

#[test]
fn a_non_string_schema_version_says_what_it_should_be() {
    let p = problems(mutated(|v| v["schema_version"] = json!(1.0)));
    assert!(
        p[0].starts_with("schema_version: ") && p[0].contains("\"1.0\""),
        "{p:?}"
    );
    let p = problems(mutated(|v| {
        v.as_object_mut().unwrap().remove("schema_version");
    }));
    assert!(p[0].contains("missing"), "{p:?}");
}

#[test]
fn in_page_links_must_lead_somewhere() {
    let link = |href: &str| json!({"type": "paragraph", "content": [{"type": "link", "text": "zie", "href": href}]});
    // To a result area, an indicator, a project, a chart and a page section: fine.
    let ok = mutated(|v| {
        let intro = v["introduction"].as_array_mut().unwrap();
        for target in ["#gebied-een", "#werk", "#uitgelicht", "#main"] {
            intro.push(link(target));
        }
    });
    assert!(ok.is_ok(), "{ok:?}");
    let p = problems(mutated(|v| {
        let intro = v["introduction"].as_array_mut().unwrap();
        intro.push(link("#bestaat-niet"));
        intro.push(link("#"));
        v["resources"][0]["href"] = json!("#ook-niet");
    }));
    let n = intro_blocks();
    assert_flags(&p, &format!("introduction[{n}].content[0].href"));
    assert_flags(&p, &format!("introduction[{}].content[0].href", n + 1));
    assert_flags(&p, "resources[0].href");
    assert!(p.iter().any(|p| p.contains("\"#bestaat-niet\"")), "{p:?}");
    assert_eq!(p.len(), 3, "{p:?}");
    // Links to other pages are not checked here.
    assert!(mutated(|v| v["resources"][0]["href"] = json!("/andere-pagina#iets")).is_ok());
}

fn intro_blocks() -> usize {
    let v: Value = serde_json::from_str(MADE_UP_NL).unwrap();
    v["introduction"].as_array().map_or(0, |a| a.len())
}

#[test]
fn in_page_links_to_projects_and_charts_resolve() {
    let b = made_up();
    let project = b
        .result_areas
        .iter()
        .flat_map(|a| &a.projects)
        .next()
        .unwrap()
        .id
        .clone();
    let dataset = b
        .result_areas
        .iter()
        .flat_map(|a| a.indicators.iter().flat_map(|i| &i.figures))
        .next()
        .unwrap()
        .id
        .clone();
    let r = mutated(|v| {
        v["resources"][0]["href"] = json!(format!("#{project}"));
        v["resources"][1]["href"] = json!(format!("#chart-{dataset}"));
    });
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn numbers_must_be_finite() {
    // JSON cannot spell NaN or infinity, and serde_json refuses 1e400, so
    // only a bundle built in code can hold them; validate still checks.
    let mut b = made_up();
    b.highlights[0].value = f64::NAN;
    if let Some(q) = b.result_areas[0].indicators[0].value.as_mut() {
        q.value = f64::INFINITY;
        q.measure = bundle::Measure::Percentage;
    }
    b.result_areas[0].indicators[1].target = Some(f64::NEG_INFINITY);
    let p: Vec<String> = bundle::validate(&b).iter().map(said).collect();
    assert_flags(&p, "highlights[0].value");
    assert_flags(&p, "result_areas[0].indicators[0].value.value");
    assert_flags(&p, "result_areas[0].indicators[1].target");
    assert!(p.iter().all(|p| p.contains("finite")), "{p:?}");
    for huge in ["1e400", "-1e400"] {
        let json = MADE_UP_NL.replacen("\"value\": 5000", &format!("\"value\": {huge}"), 1);
        assert_ne!(json, MADE_UP_NL);
        assert!(
            matches!(bundle::parse(&json), Err(BundleError::Reading { .. })),
            "{huge}"
        );
    }
}

#[test]
fn counts_of_people_may_not_be_negative_anywhere() {
    let p = problems(mutated(|v| {
        v["highlights"][0]["value"] = json!(-1);
        v["result_areas"][0]["indicators"][0]["previous"] =
            json!([{"period": "2018", "value": -2}]);
        v["result_areas"][0]["indicators"][0]["breakdowns"] =
            json!([{"dimension": "sex", "items": [{"label": "vrouw", "value": -3}]}]);
    }));
    for path in [
        "highlights[0].value",
        "result_areas[0].indicators[0].previous[0].value",
        "result_areas[0].indicators[0].breakdowns[0].items[0].value",
    ] {
        assert!(
            p.iter()
                .any(|p| p.starts_with(path) && p.contains("negative")),
            "{path} in {p:?}"
        );
    }
    // A percentage may fall below zero (a change), a count may not.
    assert!(mutated(|v| {
        v["result_areas"][0]["indicators"][0]["value"] =
            json!({"value": -4.5, "measure": "percentage"})
    })
    .is_ok());
}

#[test]
fn ids_are_unique_across_kinds() {
    let p = problems(mutated(|v| {
        v["result_areas"][0]["indicators"][0]["id"] = v["result_areas"][1]["id"].clone();
    }));
    assert!(
        p.iter().any(|p| p.contains("more than once")),
        "an indicator may not share an area's id: {p:?}"
    );
}

#[test]
fn bundles_over_the_size_limit_are_refused_unread() {
    assert_eq!(bundle::MAX_BUNDLE_BYTES, 20 * 1024 * 1024);
    let mut big = String::with_capacity(bundle::MAX_BUNDLE_BYTES + 1);
    big.push_str(MADE_UP_NL);
    while big.len() <= bundle::MAX_BUNDLE_BYTES {
        big.push(' ');
    }
    let err = bundle::parse(&big).unwrap_err();
    assert_eq!(
        err,
        BundleError::TooLarge {
            bytes: bundle::MAX_BUNDLE_BYTES + 1,
            limit: bundle::MAX_BUNDLE_BYTES
        }
    );
    let shown = err.to_string();
    assert!(shown.contains("20.0 MB"), "{shown}");
    // Exactly at the limit is still read.
    big.pop();
    assert!(bundle::parse(&big).is_ok());
}

#[test]
fn a_byte_order_mark_is_skipped_as_browsers_do() {
    let with_bom = format!("\u{feff}{MADE_UP_NL}");
    assert_eq!(bundle::parse(&with_bom), Ok(made_up()));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // serde_json's recursion limit (128) must stay on: no `unbounded_depth`.
    let theme = r#""theme": {"id": "a", "title": "t", "year": 2019, "language": "nl"}"#;
    for depth in [200, 100_000] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        // A value read whole (the version is read as any JSON value).
        let json = format!(r#"{{"schema_version": {nested}, {theme}}}"#);
        let (_, _, _, message) = syntax(bundle::parse(&json));
        assert!(message.contains("nested too deeply"), "{message}");
        // Lists where inline runs belong: refused at the first level that
        // is not an inline run, long before the limit.
        let json = format!(
            r#"{{"schema_version": "1.0", {theme}, "introduction": [{{"type": "paragraph", "content": {nested}}}]}}"#
        );
        let (_, _, path, _) = syntax(bundle::parse(&json));
        assert!(path.starts_with("introduction[0].content[0]"), "{path}");
        // A bundle is an object: a list is refused before it is read.
        let (_, _, _, message) = syntax(bundle::parse(&nested));
        assert!(message.contains("JSON object"), "{message}");
        // A field of a newer version is read as JSON like the rest: too
        // deep is too deep there too, at the top and inside rich text.
        let json = format!(r#"{{"schema_version": "1.7", {theme}, "future": {nested}}}"#);
        let (_, _, _, message) = syntax(bundle::parse(&json));
        assert!(message.contains("nested too deeply"), "{message}");
        let json = format!(
            r#"{{"schema_version": "1.7", {theme}, "introduction": [{{"type": "paragraph", "future": {nested}, "content": []}}]}}"#
        );
        let (_, _, _, message) = syntax(bundle::parse(&json));
        assert!(message.contains("nested too deeply"), "{message}");
    }
}

#[test]
fn problems_can_be_located_in_the_text() {
    let json = MADE_UP_NL;
    let (line, column) = json::locate(json, "result_areas[1].indicators[0].status").unwrap();
    let text = json.lines().nth(line - 1).unwrap();
    assert!(text.trim_start().starts_with("\"status\""), "{text}");
    assert_eq!(text.chars().nth(column - 1), Some('"'));
    assert_eq!(json::locate(json, ""), Some((1, 1)));
    assert!(json::locate(json, "result_areas[99]").is_none());
    assert!(json::locate(json, "nope.nope").is_none());
    // Columns count characters: "é" is one.
    assert_eq!(
        json::locate("{\"é\": 1, \"a\": [1, {\"b\": 2}]}", "a[1].b"),
        Some((1, 25))
    );
    assert_eq!(json::locate("\u{feff}{\"a\": 1}", "a"), Some((1, 7)));
}

#[test]
fn a_passage_in_another_language_needs_a_real_language_tag() {
    let mut v: serde_json::Value = serde_json::from_str(MADE_UP_NL).unwrap();
    v["introduction"][0]["content"][0]["lang"] = "en".into();
    assert!(bundle::parse(&v.to_string()).is_ok(), "lang: en is fine");
    v["introduction"][0]["content"][0]["lang"] = "en-GB".into();
    assert!(bundle::parse(&v.to_string()).is_ok(), "lang: en-GB is fine");
    v["introduction"][0]["content"][0]["lang"] = "\"><script>".into();
    let err = bundle::parse(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("introduction[0].content[0].lang"), "{err}");
}

#[test]
fn a_missing_pdf_may_be_replaced_by_printing() {
    let b = made_up();
    let pdf = &b.downloads_and_links.as_ref().unwrap().links[0];
    assert_eq!(pdf.href, None);
    assert_eq!(
        pdf.alternative,
        Some(resultaten::bundle::Alternative::Print)
    );
    let mut v: serde_json::Value = serde_json::from_str(MADE_UP_NL).unwrap();
    v["resources"][0]["alternative"] = "fax".into();
    assert!(
        bundle::parse(&v.to_string()).is_err(),
        "an unknown alternative is refused"
    );
}
