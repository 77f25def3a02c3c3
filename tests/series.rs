//! An indicator over the years (issue 14): `series` joins indicators across
//! the theme's bundles of several years. On the made-up fixtures of
//! `tests/fixtures/years/` (every figure there is invented).
#![cfg(not(target_arch = "wasm32"))]

use resultaten::bundle::{parse, Bundle};
use resultaten::i18n::Lang;
use resultaten::series::{self, Outcome};

fn fixture(year: u16, lang: &str) -> Bundle {
    let path = format!(
        "{}/tests/fixtures/years/data/{year}/{lang}/verzonnen-thema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    parse(&std::fs::read_to_string(path).unwrap()).expect("a valid made-up bundle")
}

#[test]
fn a_series_joins_indicators_whatever_their_ids() {
    let (y2018, y2019) = (fixture(2018, "nl"), fixture(2019, "nl"));
    let own = series::find(&y2019, "toegang-tot-onderwijs").unwrap();
    assert_eq!(own.id, "toegang-onderwijs");
    let old = series::find(&y2018, "toegang-tot-onderwijs").unwrap();
    assert_eq!(old.id, "onderwijs-2018", "another id in another year");
    let q = own.value.as_ref().unwrap();
    assert_eq!(
        series::outcome(q, "toegang-tot-onderwijs", &y2018),
        Outcome::Value(1000.0)
    );
    assert_eq!(series::find(&y2019, "bestaat-niet"), None);
}

#[test]
fn a_year_that_counts_otherwise_is_not_drawn_and_says_so() {
    let (y2019, y2020) = (fixture(2019, "nl"), fixture(2020, "nl"));
    let own = series::find(&y2020, "getrainde-medewerkers").unwrap();
    let outcome = series::outcome(own.value.as_ref().unwrap(), "getrainde-medewerkers", &y2019);
    assert!(matches!(&outcome, Outcome::OtherUnit(q) if q.unit.as_deref() == Some("medewerkers")));
    // Only one year with a comparable value: nothing to draw.
    assert_eq!(series::chart(own, 2020, &[(2019, outcome)], Lang::Nl), None);
    // A year without the series at all has no value.
    let y2018 = fixture(2018, "nl");
    assert_eq!(
        series::outcome(own.value.as_ref().unwrap(), "getrainde-medewerkers", &y2018),
        Outcome::NoValue
    );
}

#[test]
fn the_chart_lists_every_year_oldest_first_and_draws_the_comparable_ones() {
    let y2020 = fixture(2020, "nl");
    let own = series::find(&y2020, "toegang-tot-onderwijs").unwrap();
    let others = [
        (2019, Outcome::Value(1500.0)),
        (2017, Outcome::Unavailable),
        (2018, Outcome::Value(1000.0)),
    ];
    let spec = series::chart(own, 2020, &others, Lang::Nl).unwrap();
    assert_eq!(spec.id, "chart-toegang-onderwijs-years");
    let rows: Vec<(&str, Option<&str>, bool)> = spec
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.absent.as_deref(), r.emphasis))
        .collect();
    assert_eq!(
        rows,
        [
            ("2017", Some("niet beschikbaar"), false),
            ("2018", None, false),
            ("2019", None, false),
            ("2020", None, true),
        ]
    );
    assert_eq!(spec.without_absent().rows.len(), 3);
    let table = resultaten::charts::data_table(&spec, Lang::Nl);
    assert_eq!(table.rows[0].formatted, "niet beschikbaar");
    assert_eq!(table.rows[3].formatted, "2.100");
    let csv = resultaten::charts::chart_csv(&spec, Lang::Nl);
    assert!(csv.contains("2017;niet beschikbaar"), "{csv}");
    let svg = resultaten::charts::render_svg(&spec, Lang::Nl, 600);
    let labels = resultaten::charts::text_labels(&svg);
    assert!(labels.iter().any(|l| l == "2.100"), "{labels:?}");
    assert!(
        !labels.iter().any(|l| l == "2017"),
        "an absent year is not drawn: {labels:?}"
    );
    assert!(spec.summary(Lang::Nl).contains("2017 niet beschikbaar"));
    assert_eq!(
        spec.message(Lang::Nl).as_deref(),
        Some("Gestegen van 1.000 naar 2.100")
    );
}

#[test]
fn format_versions_read_both_ways() {
    // A 1.2 bundle with series, read by this build.
    let y2019 = fixture(2019, "nl");
    assert_eq!(y2019.schema_version, "1.2");
    // A 1.1 bundle (the made-up every-field one, written without series),
    // and the same as 1.0: no series, still valid.
    let older = include_str!("fixtures/every-field-made-up-nl.json");
    for version in ["1.1", "1.0"] {
        let text = older.replacen(
            "\"schema_version\": \"1.1\"",
            &format!("\"schema_version\": \"{version}\""),
            1,
        );
        let b = parse(&text).expect("an older minor version reads");
        assert_eq!(b.schema_version, version);
        assert!(b
            .result_areas
            .iter()
            .flat_map(|a| &a.indicators)
            .all(|i| i.series.is_none()));
    }
    // A reader of 1.1, which knows no `series`, ignores it: its indicator
    // type (here in miniature) reads every 1.2 indicator.
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Indicator11 {
        id: String,
        title: String,
        status: String,
    }
    let json: serde_json::Value = serde_json::to_value(&y2019).unwrap();
    for area in json["result_areas"].as_array().unwrap() {
        for ind in area["indicators"].as_array().unwrap() {
            serde_json::from_value::<Indicator11>(ind.clone())
                .expect("a 1.1 reader reads a 1.2 indicator");
        }
    }
}

#[test]
fn a_series_is_one_indicator_per_bundle_with_a_plain_key() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/years/data/2019/nl/verzonnen-thema.json"
    ))
    .unwrap();
    let twice = text.replacen(
        "\"series\": \"getrainde-medewerkers\"",
        "\"series\": \"toegang-tot-onderwijs\"",
        1,
    );
    let kinds = |e: resultaten::bundle::BundleError| match e {
        resultaten::json::Error::Invalid(ps) => ps.into_iter().map(|p| p.kind).collect::<Vec<_>>(),
        other => panic!("{other}"),
    };
    let e = kinds(parse(&twice).unwrap_err());
    assert!(
        e.contains(&resultaten::bundle::Rule::SeriesTwice {
            key: "toegang-tot-onderwijs".into()
        }),
        "{e:?}"
    );
    let bad = text.replacen(
        "\"series\": \"getrainde-medewerkers\"",
        "\"series\": \"Getrainde medewerkers\"",
        1,
    );
    let e = kinds(parse(&bad).unwrap_err());
    assert!(
        e.contains(&resultaten::bundle::Rule::SeriesCharacters {
            key: "Getrainde medewerkers".into()
        }),
        "{e:?}"
    );
}

#[test]
fn the_catalog_check_names_a_series_that_changes_its_unit() {
    let bundles = [(2019, fixture(2019, "nl")), (2020, fixture(2020, "nl"))];
    let refs: Vec<(u16, &Bundle)> = bundles.iter().map(|(y, b)| (*y, b)).collect();
    let problems = series::differing_units(&refs);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let (year, p) = &problems[0];
    assert_eq!(*year, 2020);
    assert_eq!(p.path, "result_areas[1].indicators[0].series");
    let kind = resultaten::check::Kind::Series(p.kind.clone());
    let message = resultaten::check::messages::text(&kind, &p.path, Lang::En);
    assert!(
        message.contains(
            "counts (unit \"organisaties\", measure \"count\") in 2020 but (unit \"medewerkers\", measure \"count\") in 2019"
        ),
        "{message}"
    );
    // One year alone has nothing to compare.
    assert!(series::differing_units(&[(2019, &bundles[0].1)]).is_empty());
}
