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

/// The made-up fixture site's 2019 pair (tests/fixtures/site/): every
/// figure invented, so an editor's correction of the shipped report breaks
/// none of these tests (tests/fidelity.rs checks the shipped pair).
const MADE_UP_NL: &str = "tests/fixtures/site/data/2019/nl/verzonnen-thema.json";
const MADE_UP_EN: &str = "tests/fixtures/site/data/2019/en/verzonnen-thema.json";
/// A made-up figure of the pair, changed in an English copy to be found:
/// the first indicator's earlier value.
const FIGURE: &str = "\"value\": 800";
const CHANGED: &str = "\"value\": 880";
const FIGURE_PATH: &str = "result_areas[0].indicators[0].previous[0].value";
const DIFFERENCE: &str =
    "number: 800 in the Dutch file, 880 in the English file; it must be the same in both languages";

#[test]
fn a_translation_pair_is_checked_and_each_difference_named_in_both_files() {
    let (code, out, err) = check(&[MADE_UP_EN, MADE_UP_NL]);
    assert_eq!(code, 0, "the made-up pair matches: {out}{err}");

    // An English copy with one number changed.
    let en = std::fs::read_to_string(root().join(MADE_UP_EN)).unwrap();
    assert_eq!(en.matches(FIGURE).count(), 1, "one {FIGURE} in the pair");
    let dir = std::env::temp_dir().join(format!("check-bundle-pair-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let changed = dir.join("en.json");
    std::fs::write(&changed, en.replacen(FIGURE, CHANGED, 1)).unwrap();
    let changed = changed.to_string_lossy().into_owned();
    let (code, out, _) = check(&[&changed, MADE_UP_NL]);
    assert_eq!(code, 1, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains(FIGURE_PATH))
        .unwrap_or_else(|| panic!("difference not reported: {out}"));
    // Dutch file first, each with its line and column, then the message.
    assert!(
        line.starts_with(&format!("{MADE_UP_NL}:")) && line.contains(&format!(" {changed}:")),
        "{line}"
    );
    assert!(
        line.ends_with(&format!("{FIGURE_PATH}: {DIFFERENCE}")),
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
    let (code, out, _) = check(&[&other_year.to_string_lossy(), MADE_UP_NL]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_catalog_is_checked_with_every_bundle_it_names() {
    let fixture = "tests/fixtures/site/data/index.json";
    let (code, out, err) = check(&["--catalog", fixture]);
    assert_eq!(code, 0, "the made-up catalog: {out}{err}");
    assert!(
        out.trim_end()
            .ends_with("OK: 3 bundles checked, no problems"),
        "{out}"
    );

    // A MADE-UP catalog in a temporary folder: the made-up Dutch bundle, an
    // English copy with one number changed, listed under another title,
    // and a 2020 bundle that is not there.
    let dir = std::env::temp_dir().join(format!("check-bundle-catalog-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("2019/nl")).unwrap();
    std::fs::create_dir_all(dir.join("2019/en")).unwrap();
    let nl = std::fs::read_to_string(root().join(MADE_UP_NL)).unwrap();
    let en = std::fs::read_to_string(root().join(MADE_UP_EN)).unwrap();
    std::fs::write(dir.join("2019/nl/t.json"), &nl).unwrap();
    std::fs::write(dir.join("2019/en/t.json"), en.replacen(FIGURE, CHANGED, 1)).unwrap();
    let theme = "verzonnen-thema";
    let catalog = serde_json::json!({
        "schema_version": "1.0",
        "bundles": [
            { "theme": theme, "year": 2019, "language": "nl", "title": "Verzonnen thema", "path": "2019/nl/t.json" },
            { "theme": theme, "year": 2019, "language": "en", "title": "A made-up old title", "path": "2019/en/t.json" },
            { "theme": theme, "year": 2020, "language": "nl", "title": "Verzonnen thema", "path": "2020/nl/t.json" }
        ]
    });
    let file = dir.join("index.json");
    std::fs::write(&file, serde_json::to_string_pretty(&catalog).unwrap()).unwrap();
    let file = file.to_string_lossy().into_owned();
    let (code, out, _) = check(&["--catalog", &file]);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "bundles[2].path: there is no bundle at `".to_string(),
        "bundles[1]: the catalog says title \"A made-up old title\", the bundle \"Made-up theme\""
            .to_string(),
        format!("{FIGURE_PATH}: {DIFFERENCE}"),
    ] {
        assert!(out.contains(&expected), "not reported: {expected}\n{out}");
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

const UNKNOWN: &str = "tests/fixtures/check/unknown-fields-made-up.json";

/// The line of the first line of `file` holding `words`.
fn line_of(file: &str, words: &str) -> usize {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    text.lines()
        .position(|l| l.contains(words))
        .unwrap_or_else(|| panic!("{words} not in {file}"))
        + 1
}

/// The made-up bundle with five field names the format does not know:
/// each one reported at its own line, with the known field where one is
/// close; a required field misspelt is one problem, not two.
#[test]
fn every_unknown_field_is_reported_with_its_line_and_a_suggestion() {
    let (code, out, _) = check(&[UNKNOWN]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with(UNKNOWN)).collect();
    let expected = [
        ("\"opmerking\"", "theme.opmerking: the bundle has no field `opmerking` here, so the page would leave it out: remove it, or make it a note by putting an underscore before it, `_opmerking`"),
        ("\"lable\"", "highlights[0].lable: the bundle has no field `lable` here, so the page would leave it out; did you mean `label`?"),
        ("\"sourse\"", "resources[0].sourse: the bundle has no field `sourse` here, so the page would leave it out; did you mean `source`?"),
        ("\"titel\"", "resources[1].titel: the bundle has no field `titel` here, so the page would leave it out; did you mean `title`?"),
        ("\"previuos\"", "result_areas[0].indicators[0].previuos: the bundle has no field `previuos` here, so the page would leave it out; did you mean `previous`?"),
    ];
    assert_eq!(lines.len(), expected.len(), "{out}");
    for (line, (key, said)) in lines.iter().zip(expected) {
        let at = line_of(UNKNOWN, key);
        assert!(
            line.starts_with(&format!("{UNKNOWN}:{at}:")),
            "{key} at {at}: {line}"
        );
        assert!(line.ends_with(said), "{line}");
    }
    assert!(out.trim_end().ends_with("1 with 5 problems"), "{out}");
    let (_, nl, _) = check(&["--lang", "nl", UNKNOWN]);
    assert!(nl.contains("result_areas[0].indicators[0].previuos: het veld `previuos` kent de bundel hier niet, dus de pagina zou het weglaten; bedoelde u `previous`?"), "{nl}");
}

/// The same bundle as a newer minor version than this build knows: its
/// unknown fields may be that version's, so they are warnings, and the
/// bundle is valid, as the page reads it.
#[test]
fn in_a_newer_minor_version_unknown_fields_are_warnings() {
    let text = std::fs::read_to_string(root().join(UNKNOWN)).unwrap();
    let newer = format!("1.{}", resultaten::bundle::KNOWN_MINOR + 1);
    // Made valid otherwise: `titel` and `lable` stand where `title` and
    // `label` are required.
    let edited = text
        .replacen(
            "\"schema_version\": \"1.0\"",
            &format!("\"schema_version\": \"{newer}\""),
            1,
        )
        .replacen(
            "\"titel\":",
            "\"title\": \"Verzonnen tweede bron\", \"titel\":",
            1,
        )
        .replacen("\"lable\":", "\"label\": \"Verzonnen\", \"lable\":", 1);
    assert_ne!(edited, text);
    let dir = std::env::temp_dir().join(format!("check-bundle-newer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("newer.json");
    std::fs::write(&file, &edited).unwrap();
    let file = file.to_string_lossy().into_owned();
    let (code, out, _) = check(&[&file]);
    assert_eq!(code, 0, "{out}");
    let warnings: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("warning: version 1.2"))
        .collect();
    assert_eq!(warnings.len(), 5, "{out}");
    assert!(out.contains(&format!("previuos: warning: version 1.{}, the newest this check knows, has no field `previuos`; the bundle is version `{newer}`", resultaten::bundle::KNOWN_MINOR)), "{out}");
    assert!(out.contains("; did you mean `previous`?"), "{out}");
    assert!(out.contains(&format!("{file}: OK (")), "{out}");
    assert!(
        out.trim_end()
            .ends_with("OK: 1 bundle checked, no problems, 5 warnings"),
        "{out}"
    );
    // The page reads it, without the fields it does not know.
    let b = resultaten::bundle::parse(&edited).expect("the page reads a newer minor version");
    assert!(b.result_areas[0].indicators[0].previous.is_empty());
}

/// A reference to an id that is not there, with a close id elsewhere:
/// both lines are named, whichever of the two changed. Shared links use
/// the reference's id, so the message asks whether the id was changed.
#[test]
fn a_renamed_id_names_both_places() {
    const RENAMED: &str = "tests/fixtures/check/renamed-id-made-up.json";
    const FOUR: &str = "tests/fixtures/check/four-mistakes-made-up.json";
    // The id renamed where it is defined; the highlight keeps the old one.
    let (code, out, _) = check(&[RENAMED]);
    assert_eq!(code, 1, "{out}");
    let (reference, definition) = (
        line_of(RENAMED, "\"indicator\": \"toegang-tot-onderwijs\""),
        line_of(RENAMED, "\"id\": \"toegang-tot-onderwjis\""),
    );
    let line = out
        .lines()
        .find(|l| l.contains("highlights[0].indicator"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        line.starts_with(&format!("{RENAMED}:{reference}:")),
        "{line}"
    );
    assert!(line.contains(&format!("no indicator has the id `toegang-tot-onderwijs` (line {reference}), but line {definition} has the id `toegang-tot-onderwjis`")), "{line}");
    assert!(line.contains(&format!("Links readers have already shared use the old id: is there a typo in the id on line {definition}?")), "{line}");
    // The reference misspelt: the same two places, the other way round.
    let (_, out, _) = check(&["--lang", "nl", FOUR]);
    let (reference, definition) = (
        line_of(FOUR, "\"indicator\": \"toegang-tot-ondewijs\""),
        line_of(FOUR, "\"id\": \"toegang-tot-onderwijs\""),
    );
    let line = out
        .lines()
        .find(|l| l.contains("highlights[0].indicator"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains(&format!("geen indicator heeft het id `toegang-tot-ondewijs` (regel {reference}), maar regel {definition} heeft het id `toegang-tot-onderwijs`")), "{line}");
    assert!(line.contains(&format!("staat er een tikfout in de id op regel {definition}? Zo niet, bedoelde u hier `toegang-tot-onderwijs`?")), "{line}");
}
