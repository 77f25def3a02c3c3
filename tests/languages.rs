#![cfg(not(target_arch = "wasm32"))]
//! The translation checks: that an English bundle is a translation of the
//! Dutch one, and nothing more.
//!
//! Walked side by side as plain JSON (so every field counts, also fields
//! the typed structs ignore), the two must have the same shape, the same
//! numbers, the same nulls and the same ids and in-page links. The numbers
//! written inside the texts (Dutch 240.000 and 2,5, English 240,000 and
//! 2.5) must be the same per text, and no English text may still read as
//! Dutch. Every check reports all its differences, each with its JSON path
//! (`result_areas[1].indicators[0].value.value`).
//!
//! The structure and number checks are the library's
//! (`resultaten::translation`), which `check-bundle` runs on two files too;
//! the check that English texts read as English is `common::pair`'s. Here
//! both run on MADE-UP pairs: they find nothing in a faithful one and
//! catch every made-up difference. The shipped pair is checked in
//! tests/fidelity.rs, with the report's other content.

mod common;

use common::pair::{assert_none, differences, json, untranslated};
use common::{MADE_UP_EN, MADE_UP_NL};
use resultaten::bundle;
use resultaten::i18n::Lang;
use resultaten::translation;
use serde_json::Value;

/// (name, Dutch bundle, English bundle, texts the same in both): the
/// made-up pairs, every figure and sentence invented.
const PAIRS: &[(&str, &str, &str, &[&str])] = &[
    ("every-field-made-up", MADE_UP_NL, MADE_UP_EN, &[]),
    (
        "site/2019/verzonnen-thema",
        include_str!("fixtures/site/data/2019/nl/verzonnen-thema.json"),
        include_str!("fixtures/site/data/2019/en/verzonnen-thema.json"),
        &[],
    ),
];

#[test]
fn both_languages_validate() {
    for (name, nl, en, _) in PAIRS {
        for (lang, text) in [("Dutch", nl), ("English", en)] {
            if let Err(e) = bundle::parse(text) {
                panic!("{name}: the {lang} bundle does not validate: {e}");
            }
        }
    }
}

#[test]
fn language_fields_are_nl_and_en() {
    for (name, nl, en, _) in PAIRS {
        for (text, want) in [(nl, "nl"), (en, "en")] {
            let v = json(name, text);
            assert_eq!(v["theme"]["language"], want, "{name}: theme.language");
            let b = bundle::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(b.theme.language, want, "{name}: parsed theme.language");
        }
    }
}

#[test]
fn a_faithful_made_up_pair_has_no_differences_and_reads_as_english() {
    for (name, nl, en, same) in PAIRS {
        let (nl, en) = (json(name, nl), json(name, en));
        assert_none(
            "difference(s) between Dutch and English",
            name,
            differences(&nl, &en),
        );
        assert_none(
            "English text(s) that look untranslated",
            name,
            untranslated(&nl, &en, same),
        );
    }
}

// ---------------------------------------------------------------------------
// The checks themselves: they find what they are meant to find.

#[test]
fn written_numbers_read_per_language() {
    let read = |s: &str, lang: Lang| -> Vec<String> {
        translation::number_tokens(s)
            .iter()
            .map(|t| translation::number_value(t, lang))
            .collect()
    };
    let nl = |s: &str| read(s, Lang::Nl);
    let en = |s: &str| read(s, Lang::En);
    assert_eq!(nl("meer dan 240.000 personen"), ["240000"]);
    assert_eq!(en("more than 240,000 people"), ["240000"]);
    assert_eq!(nl("ongeveer 5,5 miljoen"), ["5.5"]);
    assert_eq!(en("around 5.5 million"), ["5.5"]);
    assert_eq!(nl("(SDG 10.7)"), ["10.7"]);
    assert_eq!(en("(SDG 10.7)"), ["10.7"]);
    assert_eq!(nl("10.125, 2.974 en 1.962"), ["10125", "2974", "1962"]);
    assert_eq!(en("10,125, 2,974 and 1,962"), ["10125", "2974", "1962"]);
    assert_eq!(
        nl("mid-2018 - mid-2019; 6-18 jaar; 19%"),
        ["2018", "2019", "6", "18", "19"]
    );
    assert_eq!(nl("1.234.567,50"), ["1234567.5"]);
    assert_eq!(en("1,234,567.50"), ["1234567.5"]);
    // Written the Dutch way in English: another value, or unreadable.
    assert_eq!(en("240.000"), ["240"]);
    assert_eq!(en("5,5"), ["?5,5"]);
    assert_eq!(nl("240,000"), ["240"]);
}

#[test]
fn the_checks_catch_differences() {
    // The made-up pair, which has none (see above), made to differ.
    let nl = json("nl", MADE_UP_NL);
    let mut en = json("en", MADE_UP_EN);

    // A changed number, id, in-page link, null and field.
    en["result_areas"][0]["indicators"][0]["value"]["value"] = 5121.into();
    en["highlights"][2]["indicator"] = "hulp-verzonnen".into();
    en["result_areas"][0]["indicators"][1]["previous"][0]["value"] = 1201.into();
    en["result_areas"][1]["indicators"][2]["figures"][0]["points"][0]["value"] = 601.into();
    en["result_areas"][0]["photo"]["src"] = "photo.jpg".into();
    en["result_areas"][1]
        .as_object_mut()
        .unwrap()
        .remove("subtitle");
    en["result_areas"][0]["projects"][0]["links"] = serde_json::json!([{ "title": "Extra" }]);
    en["introduction"][0]["content"][0]["type"] = "strong".into();
    en["downloads_and_links"]["intro"][1]["ordered"] = false.into();
    en["results_summary"][0]["content"][0] =
        serde_json::json!({ "type": "link", "text": "x", "href": "#elders" });
    let diffs = differences(&nl, &en);
    for path in [
        "result_areas[0].indicators[0].value.value: number: 5120 in the Dutch file, 5121 in the English file",
        "highlights[2].indicator: id",
        "result_areas[0].indicators[1].previous[0].value: number",
        "result_areas[1].indicators[2].figures[0].points[0].value: number",
        "result_areas[0].photo.src: kind of value: null in the Dutch file, text in the English file",
        "result_areas[1].subtitle: in the Dutch file, missing in the English file",
        "result_areas[0].projects[0].links: number of items: 0 in the Dutch file, 1 in the English file",
        "introduction[0].content[0].type: fixed value",
        "downloads_and_links.intro[1].ordered: value: true in the Dutch file, false in the English file",
        "results_summary[0].content[0].href: in the English file, missing in the Dutch file",
    ] {
        assert!(
            diffs.iter().any(|d| d.starts_with(path)),
            "not reported: {path}\nreported: {diffs:#?}"
        );
    }

    // Numbers inside texts: a changed figure, a Dutch-style number, a dropped one.
    let mut en = json("en", MADE_UP_EN);
    let text = |v: &mut Value, path: &[&str], from: &str, to: &str| {
        let mut node = v;
        for step in path {
            node = match step.parse::<usize>() {
                Ok(i) => &mut node[i],
                Err(_) => &mut node[*step],
            };
        }
        let s = node.as_str().expect("a text").to_string();
        assert!(s.contains(from), "{from:?} not in {s:?}");
        *node = s.replacen(from, to, 1).into();
    };
    let narrative = [
        "result_areas",
        "0",
        "indicators",
        "0",
        "narrative",
        "0",
        "content",
        "0",
        "text",
    ];
    let background = ["background", "background", "0", "content", "0", "text"];
    let summary = ["results_summary", "0", "content", "0", "text"];
    text(&mut en, &narrative, "5,120", "5,121");
    text(&mut en, &background, "2.5 million", "2,5 million");
    text(&mut en, &summary, "400 migrants", "migrants");
    let diffs = differences(&nl, &en);
    for path in [
        "result_areas[0].indicators[0].narrative[0].content[0].text: numbers",
        "background.background[0].content[0].text: numbers",
        "results_summary[0].content[0].text: numbers",
    ] {
        assert!(
            diffs.iter().any(|d| d.starts_with(path)),
            "not reported: {path}\nreported: {diffs:#?}"
        );
    }
    assert_eq!(diffs.len(), 3, "{diffs:#?}");

    // Untranslated texts.
    let mut en = json("en", MADE_UP_EN);
    en["result_areas"][0]["indicators"][2]["title"] = "Made-up: people met toegang tot care".into();
    en["result_areas"][1]["links"][0]["title"] = "Verzonnen gegevens".into();
    let found = untranslated(&nl, &en, &[]);
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("result_areas[0].indicators[2].title: Dutch word")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("result_areas[1].links[0].title: the same text")),
        "{found:#?}"
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    // A name on the pair's list may be the same in both.
    let found = untranslated(&nl, &en, &["Verzonnen gegevens"]);
    assert_eq!(found.len(), 1, "{found:#?}");
}
