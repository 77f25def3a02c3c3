//! Native tests of the shipped bundle and of validation. Fast: no browser.

use resultaten::bundle::{self, Bundle, BundleError, ChartKind, Status};
use resultaten::charts::{self, render_svg, text_labels, WIDTH};
use resultaten::i18n::Lang;
use serde_json::{json, Value};

const NL_2019: &str =
    include_str!("../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");

fn shipped() -> Bundle {
    match bundle::parse(NL_2019) {
        Ok(b) => b,
        Err(e) => panic!("the shipped bundle does not validate: {e}"),
    }
}

/// The shipped bundle with one change, for testing validation.
fn mutated(f: impl FnOnce(&mut Value)) -> Result<Bundle, BundleError> {
    let mut v: Value = serde_json::from_str(NL_2019).expect("shipped bundle is JSON");
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

fn problems(r: Result<Bundle, BundleError>) -> Vec<String> {
    match r {
        Err(BundleError::Invalid(p)) => p.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn shipped_bundle_parses_and_validates() {
    let b = shipped();
    assert_eq!(b.schema_version, "1.0");
    assert_eq!(b.theme.year, 2019);
    assert_eq!(b.theme.language, "nl");
    assert_eq!(b.highlights.len(), 5);
    assert_eq!(b.result_areas.len(), 2);
    let indicators: usize = b.result_areas.iter().map(|a| a.indicators.len()).sum();
    assert_eq!(indicators, 8);
    assert!(b
        .result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .all(|i| i.status == Status::OnTrack));
}

#[test]
fn figures_are_numbers_not_strings() {
    let v: Value = serde_json::from_str(NL_2019).unwrap();
    let first = &v["result_areas"][0]["indicators"][0]["value"]["value"];
    assert_eq!(first, &json!(240000), "indicator values are JSON numbers");
    assert_eq!(v["highlights"][0]["value"], json!(240000));
    // No formatted Dutch number hides in a figure field.
    let b = shipped();
    let values: Vec<f64> = b
        .result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .filter_map(|i| i.value.as_ref().map(|q| q.value))
        .collect();
    assert_eq!(
        values,
        vec![240000.0, 36360.0, 20770.0, 2873.0, 182.0, 2716.0, 1809.0]
    );
}

#[test]
fn what_the_seed_does_not_give_is_recorded_as_not_available() {
    let b = shipped();
    assert!(
        b.resources.iter().all(|r| r.href.is_none()),
        "no invented addresses"
    );
    let sp = b.spending.as_ref().expect("spending section");
    assert!(sp.channels.is_none(), "no invented amounts per channel");
    let media: Vec<_> = b
        .result_areas
        .iter()
        .flat_map(|a| {
            a.photo
                .iter()
                .chain(a.projects.iter().filter_map(|p| p.media.as_ref()))
        })
        .collect();
    assert!(!media.is_empty());
    assert!(
        media.iter().all(|m| m.src.is_none()),
        "no invented photo or video files"
    );
    assert!(b.theme.last_updated.is_none());
}

#[test]
fn every_highlight_points_at_an_indicator() {
    let b = shipped();
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

#[test]
fn validation_reports_duplicate_ids_with_their_path() {
    let p = problems(mutated(|v| {
        v["result_areas"][1]["id"] = json!("opvang-in-de-regio")
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
        v["resources"][2]["href"] = json!("JaVaScRiPt:alert(1)");
        v["resources"][3]["href"] = json!("https://www.rijksoverheid.nl/");
    }));
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(bundle::is_safe_href("/data/x.json"));
    assert!(bundle::is_safe_href("mailto:x@example.org"));
    assert!(bundle::is_safe_href("page?a=b:c"));
    assert!(!bundle::is_safe_href("vbscript:x"));
}

#[test]
fn ids_may_not_take_the_page_s_own_ids() {
    let p = problems(mutated(|v| {
        v["result_areas"][0]["id"] = json!("main");
        v["result_areas"][1]["projects"][0]["id"] = json!("opvang-in-de-regio-panel");
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
fn addresses_that_leave_the_site_unexpectedly_are_refused() {
    for bad in [
        "//evil.example/x",
        "\\\\evil.example",
        "/\\evil.example",
        "java\tscript:alert(1)",
    ] {
        assert!(!bundle::is_safe_href(bad), "{bad:?}");
    }
    assert!(bundle::is_safe_media_src(
        "https://www.rijksoverheid.nl/foto.jpg"
    ));
    assert!(bundle::is_safe_media_src("/media/foto.jpg"));
    assert!(
        !bundle::is_safe_media_src("http://www.rijksoverheid.nl/foto.jpg"),
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
    // The shipped diverging chart has −20, and is valid.
    assert!(bundle::parse(NL_2019).is_ok());
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
        v["highlights"][0]["text"] = json!("Meer dan 240.000 vluchtelingen")
    }));
    assert_flags(&p, "highlights[0].text");
}

#[test]
fn unknown_status_is_a_syntax_error_with_line() {
    let json = NL_2019.replacen("\"on_track\"", "\"op_koers\"", 1);
    match bundle::parse(&json) {
        Err(BundleError::Syntax { line, message, .. }) => {
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
        Err(BundleError::UnsupportedVersion("2.0".into()))
    );
    assert!(matches!(
        mutated(|v| v["schema_version"] = json!(1)),
        Err(BundleError::Invalid(_))
    ));
    for odd in ["+1.0", "1", "1.", "1.x", " 1.0"] {
        assert_eq!(
            mutated(|v| v["schema_version"] = json!(odd)),
            Err(BundleError::UnsupportedVersion(odd.into())),
            "{odd}"
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
    // Truncations of the real bundle, at every 97th byte, are errors, never panics.
    for cut in (0..NL_2019.len()).step_by(97) {
        if NL_2019.is_char_boundary(cut) {
            assert!(bundle::parse(&NL_2019[..cut]).is_err());
        }
    }
}

#[test]
fn highlights_chart_shows_the_published_figures() {
    let b = shipped();
    let spec = charts::highlights(&b, Lang::Nl).expect("highlights chart");
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    for v in ["240.000", "40.000", "20.000", "10.000", "2.700"] {
        assert!(texts.iter().any(|t| t == v), "{v} missing from {texts:?}");
    }
    assert!(texts.iter().any(|t| t == "Toegang tot onderwijs"));
}

#[test]
fn income_indicator_compares_4000_with_36360() {
    let b = shipped();
    let ind = b.result_areas[0]
        .indicators
        .iter()
        .find(|i| i.id == "inkomensgenererende-activiteiten")
        .unwrap();
    let spec = charts::indicator_comparison(ind, b.theme.reporting_period.as_deref(), Lang::Nl)
        .expect("comparison");
    assert_eq!(spec.kind, ChartKind::Comparison);
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    assert_eq!(
        texts,
        vec![
            "vorige verslagperiode",
            "4.000",
            "mid-2018 tot mid-2019",
            "36.360"
        ]
    );
}

#[test]
fn funnel_from_43000_informed_to_1962() {
    let b = shipped();
    let ind = b.result_areas[1]
        .indicators
        .iter()
        .find(|i| i.id == "heroverwogen-migratieplannen")
        .unwrap();
    let spec = charts::from_dataset(&ind.figures[0]);
    assert_eq!(spec.kind, ChartKind::Steps);
    let svg = render_svg(&spec, Lang::Nl, WIDTH);
    let values: Vec<String> = text_labels(&svg)
        .into_iter()
        .filter(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(values, vec!["43.000", "10.125", "2.974", "1.962"]);
}

#[test]
fn control_group_effects_diverge_around_zero() {
    let b = shipped();
    let fig = &b.result_areas[1].progress.as_ref().unwrap().figures[0];
    let spec = charts::from_dataset(fig);
    assert_eq!(spec.kind, ChartKind::Diverging);
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    for v in ["+19%", "+25%", "\u{2212}20%"] {
        assert!(texts.iter().any(|t| t == v), "{v} missing from {texts:?}");
    }
    assert_eq!(
        spec.summary(Lang::Nl),
        "Effect van film en discussie (campagne Migrants as Messengers) op jongeren, ten opzichte van de controlegroep \
         (verschil met de controlegroep): Voelen zich beter geïnformeerd over de risico’s +19%; \
         Zijn zich meer bewust van de daadwerkelijk bestaande risico’s +25%; \
         Geven aan van plan te zijn irregulier te migreren in de komende twee jaar \u{2212}20%."
    );
}

#[test]
fn area_overview_charts_show_each_counted_indicator() {
    let b = shipped();
    let spec = charts::area_indicators(&b.result_areas[0], Lang::Nl, None).expect("area chart");
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    for v in ["240.000", "36.360", "20.770"] {
        assert!(texts.iter().any(|t| t == v), "{v} missing from {texts:?}");
    }
    let spec = charts::area_indicators(&b.result_areas[1], Lang::Nl, None).expect("area chart");
    assert_eq!(
        spec.rows.len(),
        4,
        "the indicator without a value is left out"
    );
}

#[test]
fn area_overview_only_compares_like_with_like() {
    let b = shipped();
    let spec = charts::area_indicators(&b.result_areas[0], Lang::Nl, None).unwrap();
    assert_eq!(spec.unit.as_deref(), Some("personen"));
    let mut area = b.result_areas[0].clone();
    if let Some(q) = area.indicators[1].value.as_mut() {
        q.unit = Some("trainingen".into());
    }
    assert!(
        charts::area_indicators(&area, Lang::Nl, None).is_none(),
        "mixed units are not drawn on one scale"
    );
}

#[test]
fn no_spending_chart_without_amounts() {
    let b = shipped();
    assert!(charts::spending(b.spending.as_ref().unwrap(), Lang::Nl).is_none());
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
