//! The editors' tool, run as editors run it: `check-bundle FILE…`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

const SHIPPED: &str = "public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_check-bundle"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("check-bundle runs");
    (
        status.code().expect("exit code"),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// A broken copy of the shipped bundle in a fresh temporary file.
fn broken(name: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
    let text = std::fs::read_to_string(root().join(SHIPPED)).unwrap();
    let dir = std::env::temp_dir().join(format!("check-bundle-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, edit(text)).unwrap();
    path
}

#[test]
fn the_shipped_bundle_is_ok() {
    let (code, out, err) = check(&[SHIPPED]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(&format!("{SHIPPED}: OK")), "{out}");
    assert!(
        out.trim_end()
            .ends_with("OK: 1 bundle checked, no problems"),
        "{out}"
    );
}

#[test]
fn every_problem_is_printed_with_file_line_column_and_path() {
    let file = broken("semantic.json", |t| {
        t.replacen("\"id\": \"opvang-in-de-regio\"", "\"id\": \"main\"", 1)
            .replacen("\"value\": 36360", "\"value\": -36360", 1)
    });
    let file = file.to_string_lossy().into_owned();
    let (code, out, _) = check(&[&file]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let reserved = lines
        .iter()
        .find(|l| l.contains("result_areas[0].id: ") && l.contains("reserved"))
        .unwrap_or_else(|| panic!("{out}"));
    let negative = lines
        .iter()
        .find(|l| {
            l.contains("result_areas[0].indicators[1].value.value: ") && l.contains("negative")
        })
        .unwrap_or_else(|| panic!("{out}"));
    for line in [reserved, negative] {
        // FILE:LINE:COLUMN: PATH: MESSAGE
        let rest = line
            .strip_prefix(&format!("{file}:"))
            .unwrap_or_else(|| panic!("{line}"));
        let mut parts = rest.splitn(3, ':');
        let line_no: usize = parts
            .next()
            .unwrap()
            .parse()
            .unwrap_or_else(|_| panic!("{line}"));
        let column: usize = parts
            .next()
            .unwrap()
            .parse()
            .unwrap_or_else(|_| panic!("{line}"));
        assert!(line_no > 1 && column > 1, "{line}");
    }
    assert!(
        out.trim_end()
            .ends_with("FAILED: 1 bundle checked, 1 with 2 problems"),
        "{out}"
    );
}

#[test]
fn a_type_error_is_printed_with_its_path() {
    let file = broken("status.json", |t| t.replacen("\"on_track\"", "\"done\"", 1));
    let (code, out, _) = check(&[&file.to_string_lossy()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("result_areas[0].indicators[0].status: `done` is not a value the bundle knows here: choose from `on_track` (On track), `partly_on_track` (Partly on track)"), "{out}");
}

#[test]
fn several_files_are_checked_and_summed_up() {
    let bad = broken("version.json", |t| t.replacen("\"1.1\"", "\"2.0\"", 1));
    let (code, out, _) = check(&[SHIPPED, &bad.to_string_lossy()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "version.json:2:21: this site cannot read version `2.0`: it reads version 1.x"
        ),
        "{out}"
    );
    assert!(
        out.contains("FAILED: 2 bundles checked, 1 valid, 1 with 1 problem"),
        "{out}"
    );
}

#[test]
fn usage_and_unreadable_files_exit_2() {
    let (code, _, err) = check(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage"), "{err}");
    let (code, _, err) = check(&["--no-such-option"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = check(&["does/not/exist.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read does/not/exist.json"), "{err}");
    let (code, out, _) = check(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Exit status"), "{out}");
}

#[test]
fn not_utf8_says_where() {
    let file = broken("latin1.json", |t| t);
    let mut bytes = std::fs::read(&file).unwrap();
    let at = bytes.windows(2).position(|w| w == "é".as_bytes()).unwrap();
    bytes.splice(at..at + 2, [0xe9]);
    std::fs::write(&file, bytes).unwrap();
    let (code, out, _) = check(&[&file.to_string_lossy()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not UTF-8"), "{out}");
}

#[test]
fn schema_option_prints_the_shipped_schema() {
    let (code, out, _) = check(&["--schema"]);
    assert_eq!(code, 0);
    assert_eq!(out, resultaten::bundle::json_schema());
}

const SHIPPED_EN: &str = "public/data/2019/en/opvang-in-de-regio-en-migratiesamenwerking.json";

#[test]
fn a_translation_pair_is_checked_and_each_difference_named_in_both_files() {
    let (code, out, err) = check(&[SHIPPED_EN, SHIPPED]);
    assert_eq!(code, 0, "the shipped pair matches: {out}{err}");

    // An English copy with one number changed (MADE-UP: 2837 is no figure
    // of the report; the test puts it there to be found).
    let en = std::fs::read_to_string(root().join(SHIPPED_EN)).unwrap();
    assert!(en.contains("\"value\": 2873"));
    let dir = std::env::temp_dir().join(format!("check-bundle-pair-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let changed = dir.join("en.json");
    std::fs::write(
        &changed,
        en.replacen("\"value\": 2873", "\"value\": 2837", 1),
    )
    .unwrap();
    let changed = changed.to_string_lossy().into_owned();
    let (code, out, _) = check(&[&changed, SHIPPED]);
    assert_eq!(code, 1, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains("result_areas[1].indicators[0].value.value"))
        .unwrap_or_else(|| panic!("difference not reported: {out}"));
    // Dutch file first, each with its line and column, then the message.
    assert!(
        line.starts_with(&format!("{SHIPPED}:")) && line.contains(&format!(" {changed}:")),
        "{line}"
    );
    assert!(
        line.ends_with(
            "result_areas[1].indicators[0].value.value: number: 2873 in the Dutch file, 2837 in the English file; it must be the same in both languages"
        ),
        "{line}"
    );
    assert!(
        out.trim_end().ends_with("1 translation difference"),
        "{out}"
    );

    // Two files of different themes or years are not compared.
    let other_year = dir.join("other-year.json");
    std::fs::write(
        &other_year,
        en.replacen("\"year\": 2019", "\"year\": 2020", 1),
    )
    .unwrap();
    let (code, out, _) = check(&[&other_year.to_string_lossy(), SHIPPED]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_catalog_is_checked_with_every_bundle_it_names() {
    let (code, out, err) = check(&["--catalog", "public/data/index.json"]);
    assert_eq!(code, 0, "the shipped catalog: {out}{err}");
    assert!(
        out.trim_end()
            .ends_with("OK: 2 bundles checked, no problems"),
        "{out}"
    );

    // A MADE-UP catalog in a temporary folder: the shipped Dutch bundle, an
    // English copy with one number changed, listed under an old title, and
    // a 2020 bundle that is not there.
    let dir = std::env::temp_dir().join(format!("check-bundle-catalog-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("2019/nl")).unwrap();
    std::fs::create_dir_all(dir.join("2019/en")).unwrap();
    let nl = std::fs::read_to_string(root().join(SHIPPED)).unwrap();
    let en = std::fs::read_to_string(root().join(SHIPPED_EN)).unwrap();
    std::fs::write(dir.join("2019/nl/t.json"), &nl).unwrap();
    std::fs::write(
        dir.join("2019/en/t.json"),
        en.replacen("\"value\": 2873", "\"value\": 2837", 1),
    )
    .unwrap();
    let theme = "opvang-in-de-regio-en-migratiesamenwerking";
    let catalog = serde_json::json!({
        "schema_version": "1.0",
        "bundles": [
            { "theme": theme, "year": 2019, "language": "nl", "title": "Opvang in de regio en migratiesamenwerking", "path": "2019/nl/t.json" },
            { "theme": theme, "year": 2019, "language": "en", "title": "Reception in the region and migration cooperation", "path": "2019/en/t.json" },
            { "theme": theme, "year": 2020, "language": "nl", "title": "Opvang in de regio en migratiesamenwerking", "path": "2020/nl/t.json" }
        ]
    });
    let file = dir.join("index.json");
    std::fs::write(&file, serde_json::to_string_pretty(&catalog).unwrap()).unwrap();
    let file = file.to_string_lossy().into_owned();
    let (code, out, _) = check(&["--catalog", &file]);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "bundles[2].path: there is no bundle at `",
        "bundles[1]: the catalog says title \"Reception in the region and migration cooperation\", the bundle \"Prospects for refugees and migration cooperation\"",
        "result_areas[1].indicators[0].value.value: number: 2873 in the Dutch file, 2837 in the English file; it must be the same in both languages",
    ] {
        assert!(out.contains(expected), "not reported: {expected}\n{out}");
    }
    assert!(
        out.trim_end().ends_with(
            "FAILED: 3 bundles checked, 2 valid, 2 problems in the catalog, 1 translation difference"
        ),
        "{out}"
    );

    // A catalog given as a bundle says what it is.
    let (code, out, _) = check(&["public/data/index.json"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("this is a catalog (it lists bundles), not a bundle: check it with --catalog"),
        "{out}"
    );
}

const BROKEN: &str = "tests/fixtures/check/broken-made-up.json";

/// The made-up broken bundle: every one of its eight problems, of six
/// kinds, in one pass and in the order of the file, each at its line and
/// column.
#[test]
fn every_problem_in_one_pass_type_errors_too() {
    let (code, out, _) = check(&[BROKEN]);
    assert_eq!(code, 1, "{out}");
    let places: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{BROKEN}:")))
        .map(|l| l.split(": ").next().unwrap_or(""))
        .collect();
    let paths: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(BROKEN))
        .filter_map(|l| l.split(": ").nth(1))
        .collect();
    assert_eq!(
        paths,
        [
            "theme.year",
            "highlights[0].indicator",
            "resources[0].href",
            "result_areas[0].indicators[0].status",
            "result_areas[0].indicators[1].value.value",
            "result_areas[1].id",
            "result_areas[1].indicators[0].value.value",
            "result_areas[1].indicators[1]",
        ],
        "{out}"
    );
    assert_eq!(
        places,
        ["7:13", "17:20", "23:15", "80:21", "121:22", "154:13", "186:22", "220:9"],
        "{out}"
    );
    for words in [
        "expected a whole number",
        "no indicator has the id `bestaat-niet`",
        "is not allowed",
        "`gehaald` is not a value the bundle knows here",
        "used more than once",
        "is negative",
        "the field `title` is missing",
    ] {
        assert!(out.contains(words), "{words}: {out}");
    }
    assert!(out.trim_end().ends_with("1 with 8 problems"), "{out}");
}

/// The editors' page lists what `resultaten::check` finds; the tool prints
/// the same problems, from the same code, with the same words.
#[test]
fn the_tool_and_the_editors_page_report_the_same() {
    let shipped_en = SHIPPED.replace("/nl/", "/en/");
    let not_json = broken("not-json.json", |_| {
        "<html><body>Not found</body></html>".into()
    });
    let catalog = root().join("public/data/index.json");
    for file in [
        BROKEN.to_string(),
        not_json.to_string_lossy().into_owned(),
        catalog.to_string_lossy().into_owned(),
        shipped_en,
    ] {
        let (_, out, _) = check(&[&file]);
        let bytes = std::fs::read(root().join(&file)).unwrap();
        let checked = resultaten::check::check_file(&bytes);
        let printed: Vec<&str> = out.lines().filter(|l| l.starts_with(&file)).collect();
        if checked.problems.is_empty() {
            assert_eq!(printed.len(), 1, "{out}");
            assert!(printed[0].contains(": OK ("), "{out}");
        }
        assert_eq!(printed.len().max(1), checked.problems.len().max(1), "{out}");
        for (line, p) in printed.iter().zip(&checked.problems) {
            let at = p.at.map_or(String::new(), |(l, c)| format!("{l}:{c}:"));
            assert!(line.starts_with(&format!("{file}:{at}")), "{line} / {p:?}");
            let message =
                resultaten::check::messages::text(&p.kind, &p.path, resultaten::i18n::Lang::En);
            assert!(line.contains(&message), "{line} / {p:?}");
            assert!(line.contains(&p.path), "{line} / {p:?}");
        }
    }
}

/// Problems inside rich text (a block of an unknown type, a number where
/// text belongs) are found in the same pass as the rest.
#[test]
fn problems_inside_rich_text_do_not_stop_the_reading() {
    let mut b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(BROKEN)).unwrap()).unwrap();
    b["result_areas"][0]["indicators"][0]["explanation"][0]["type"] = "paragraf".into();
    b["result_areas"][1]["indicators"][0]["explanation"][0]["content"][0] =
        serde_json::json!({"type": "text", "text": 7});
    let checked = resultaten::check::check_file(&serde_json::to_vec_pretty(&b).unwrap());
    let paths: Vec<&str> = checked.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), 10, "{paths:#?}");
    assert!(paths.contains(&"result_areas[0].indicators[0].explanation[0].type"));
    assert!(paths.contains(&"result_areas[1].indicators[0].explanation[0].content[0].text"));
    assert!(
        paths.contains(&"result_areas[1].indicators[1]"),
        "the last one still"
    );
}

/// `--catalog` on the made-up years of `tests/fixtures/years/`: every
/// bundle valid, and the one series that changes its unit named in the
/// later year's file.
#[test]
fn a_catalog_of_several_years_checks_each_series_unit() {
    let (code, out, _) = check(&["--catalog", "tests/fixtures/years/data/index.json"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("tests/fixtures/years/data/2020/nl/verzonnen-thema.json:"),
        "{out}"
    );
    assert!(out.contains("result_areas[1].indicators[0].series: the series `getrainde-medewerkers` counts (unit \"organisaties\", measure \"count\") in 2020 but (unit \"medewerkers\", measure \"count\") in 2019"), "{out}");
    assert!(
        out.trim_end()
            .ends_with("4 valid, 1 problem in the catalog"),
        "{out}"
    );
}

/// `--lang nl` gives the same problems, at the same places, in Dutch: the
/// words the Dutch check page uses, from the same message table.
#[test]
fn lang_nl_says_it_in_dutch() {
    let (code, en, _) = check(&[BROKEN]);
    let (nl_code, nl, _) = check(&["--lang", "nl", BROKEN]);
    assert_eq!((code, nl_code), (1, 1), "{nl}");
    let places = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.starts_with(BROKEN))
            .filter_map(|l| l.split(": ").nth(1).map(str::to_string))
            .collect()
    };
    assert_eq!(places(&en), places(&nl), "{en}\n{nl}");
    for words in [
        "`gehaald` kent de bundel hier niet: kies uit `on_track` (Op schema)",
        "het veld `title` ontbreekt",
        "is negatief",
    ] {
        assert!(nl.contains(words), "{words}: {nl}");
    }
    assert!(
        nl.trim_end()
            .ends_with("FOUT: 1 bundel gecontroleerd, 1 met 8 problemen"),
        "{nl}"
    );
    let (code, _, err) = check(&["--lang", "de", BROKEN]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--lang takes nl or en"), "{err}");
}
