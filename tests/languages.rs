#![cfg(not(target_arch = "wasm32"))]
//! The English bundle is a translation of the Dutch one, and nothing more.
//!
//! Both bundles must validate, and walked side by side as plain JSON (so every
//! field counts, also fields the typed structs ignore) they must have the same
//! shape, the same numbers, the same nulls and the same ids and in-page links.
//! The numbers written inside the texts (Dutch 240.000 and 2,5, English
//! 240,000 and 2.5) must be the same per text, and no English text may still
//! read as Dutch. Every check reports all its differences, each with its JSON
//! path (`result_areas[1].indicators[0].value.value`).
//!
//! The structure and number checks are the library's
//! (`resultaten::translation`), which `check-bundle` runs on two files too;
//! the check that English texts read as English is this test's own.
//!
//! A new language or theme: add its bundle to `PAIRS`.

use std::collections::{BTreeMap, BTreeSet};

use resultaten::bundle;
use resultaten::check::messages;
use resultaten::i18n::Lang;
use resultaten::translation::{self, Side};
use serde_json::Value;

const NL_2019: &str =
    include_str!("../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");
const EN_2019: &str =
    include_str!("../public/data/2019/en/opvang-in-de-regio-en-migratiesamenwerking.json");

/// (name, Dutch bundle, English bundle)
const PAIRS: &[(&str, &str, &str)] = &[(
    "2019/opvang-in-de-regio-en-migratiesamenwerking",
    NL_2019,
    EN_2019,
)];

/// Whether a field is not prose: ids and fixed choices (as the library's
/// translation check knows them), addresses and the language itself.
fn not_prose(key: &str) -> bool {
    translation::ID_KEYS.contains(&key)
        || translation::FIXED_KEYS.contains(&key)
        || ["href", "src", "language", "last_updated"].contains(&key)
}

/// Dutch function words that have no English homograph. A whole-word match in
/// an English text means the text (or part of it) was not translated. Words
/// that are also English (`in`, `is`, `over`, `door`, `die`, `we`) are left out.
const DUTCH_WORDS: &[&str] = &[
    "het", "de", "een", "van", "en", "zijn", "wordt", "worden", "werd", "voor", "naar", "niet",
    "ook", "met", "dat", "deze", "dit", "bij", "uit", "hun", "zij", "ze", "heeft", "hebben", "tot",
    "als", "op", "om", "te", "zich", "wel", "maar", "kunnen", "nog", "meer", "onder", "tussen",
    "zoals", "waarin", "waardoor", "hoe",
];

/// Proper names that may contain a Dutch word (a programme or an organisation
/// keeps its name in English). Removed from a text before the Dutch-word check.
const PROPER_NAMES: &[&str] = &[];

/// Texts that are the same in both languages: names, credits and the seed's
/// own placeholder. Any other text that is identical in Dutch and English was
/// probably not translated.
const SAME_IN_BOTH: &[&str] = &[
    "Theory of Change",
    "UNICEF",
    "Niger",
    "IOM",
    "UNHCR/Diana Diaz",
    "IOM/Alioune Ndiaye",
];

fn json(name: &str, text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    format!("{out:?}")
}

// ---------------------------------------------------------------------------
// Texts of the tree.

/// Every string in the tree, by JSON path, with the key that holds it.
fn strings<'a>(
    path: &str,
    key: Option<&'a str>,
    v: &'a Value,
    out: &mut Vec<(String, &'a str, &'a str)>,
) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                strings(&join(path, k), Some(k.as_str()), x, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(&format!("{path}[{i}]"), key, x, out);
            }
        }
        Value::String(s) => out.push((path.to_string(), key.unwrap_or(""), s.as_str())),
        _ => {}
    }
}

/// The library's differences between a Dutch and an English tree, as lines.
fn differences(nl: &Value, en: &Value) -> Vec<String> {
    translation::differences(
        Side {
            lang: Lang::Nl,
            json: nl,
        },
        Side {
            lang: Lang::En,
            json: en,
        },
    )
    .iter()
    .map(|p| {
        let kind = resultaten::check::Kind::Translation(p.kind.clone());
        format!("{}: {}", p.path, messages::text(&kind, &p.path, Lang::En))
    })
    .collect()
}

// ---------------------------------------------------------------------------
// d) English texts are English.

/// English texts that still contain a Dutch function word, and texts left the
/// same as the Dutch without being a name.
fn untranslated(nl: &Value, en: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut english = Vec::new();
    strings("", None, en, &mut english);
    for (path, key, text) in &english {
        if not_prose(key) {
            continue;
        }
        let mut text = text.to_string();
        for name in PROPER_NAMES {
            text = text.replace(name, " ");
        }
        let found: BTreeSet<String> = text
            .split(|c: char| !c.is_alphabetic())
            .map(lower_case)
            .filter(|w| DUTCH_WORDS.contains(&w.as_str()))
            .collect();
        if !found.is_empty() {
            out.push(format!(
                "{path}: Dutch word(s) {found:?} in the English text {}",
                short(&text)
            ));
        }
    }
    let mut dutch = Vec::new();
    strings("", None, nl, &mut dutch);
    let dutch: BTreeMap<String, &str> = dutch.into_iter().map(|(p, _, s)| (p, s)).collect();
    for (path, key, text) in &english {
        if not_prose(key) || !text.chars().any(char::is_alphabetic) {
            continue;
        }
        if dutch.get(path) == Some(text) && !SAME_IN_BOTH.contains(text) {
            out.push(format!(
                "{path}: the same text in Dutch and English, {} (a name? add it to SAME_IN_BOTH)",
                short(text)
            ));
        }
    }
    out
}

fn assert_none(what: &str, name: &str, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{name}: {} {what}:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

// ---------------------------------------------------------------------------
// The tests.

#[test]
fn both_languages_validate() {
    for (name, nl, en) in PAIRS {
        for (lang, text) in [("Dutch", nl), ("English", en)] {
            if let Err(e) = bundle::parse(text) {
                panic!("{name}: the {lang} bundle does not validate: {e}");
            }
        }
    }
}

#[test]
fn language_fields_are_nl_and_en() {
    for (name, nl, en) in PAIRS {
        for (text, want) in [(nl, "nl"), (en, "en")] {
            let v = json(name, text);
            assert_eq!(v["theme"]["language"], want, "{name}: theme.language");
            let b = bundle::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(b.theme.language, want, "{name}: parsed theme.language");
        }
    }
}

#[test]
fn same_shape_numbers_nulls_ids_and_numbers_in_the_texts() {
    for (name, nl, en) in PAIRS {
        let diffs = differences(&json(name, nl), &json(name, en));
        assert_none("difference(s) between Dutch and English", name, diffs);
    }
}

#[test]
fn english_texts_are_translated() {
    for (name, nl, en) in PAIRS {
        let found = untranslated(&json(name, nl), &json(name, en));
        assert_none("English text(s) that look untranslated", name, found);
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
    let nl = json("nl", NL_2019);
    let mut en = json("en", EN_2019);

    // A changed number, id, in-page link, null and field.
    en["result_areas"][0]["indicators"][0]["value"]["value"] = 240001.into();
    en["highlights"][3]["indicator"] = "heroverwogen-plannen".into();
    en["result_areas"][0]["indicators"][1]["previous"][0]["value"] = 4001.into();
    en["result_areas"][1]["indicators"][2]["figures"][0]["points"][0]["value"] = 1963.into();
    en["result_areas"][0]["photo"]["src"] = "photo.jpg".into();
    en["result_areas"][1]
        .as_object_mut()
        .unwrap()
        .remove("subtitle");
    en["result_areas"][1]["projects"][0]["links"] = serde_json::json!([{ "title": "Extra" }]);
    en["introduction"][0]["content"][0]["type"] = "strong".into();
    en["downloads_and_links"]["intro"][1]["ordered"] = false.into();
    en["introduction"][1]["content"][0] =
        serde_json::json!({ "type": "link", "text": "x", "href": "#elders" });
    let diffs = differences(&nl, &en);
    for path in [
        "result_areas[0].indicators[0].value.value: number: 240000 in the Dutch file, 240001 in the English file",
        "highlights[3].indicator: id",
        "result_areas[0].indicators[1].previous[0].value: number",
        "result_areas[1].indicators[2].figures[0].points[0].value: number",
        "result_areas[0].photo.src: kind of value: null in the Dutch file, text in the English file",
        "result_areas[1].subtitle: in the Dutch file, missing in the English file",
        "result_areas[1].projects[0].links: number of items: 0 in the Dutch file, 1 in the English file",
        "introduction[0].content[0].type: fixed value",
        "downloads_and_links.intro[1].ordered: value: true in the Dutch file, false in the English file",
        "introduction[1].content[0].href: in the English file, missing in the Dutch file",
    ] {
        assert!(
            diffs.iter().any(|d| d.starts_with(path)),
            "not reported: {path}\nreported: {diffs:#?}"
        );
    }

    // Numbers inside texts: a changed figure, a Dutch-style number, a dropped one.
    let mut en = json("en", EN_2019);
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
    let summary = ["results_summary", "1", "content", "0", "text"];
    text(&mut en, &narrative, "240,000", "240,001");
    text(&mut en, &background, "5.5 million", "5,5 million");
    text(&mut en, &summary, "182 people", "people");
    let diffs = differences(&nl, &en);
    for path in [
        "result_areas[0].indicators[0].narrative[0].content[0].text: numbers",
        "background.background[0].content[0].text: numbers",
        "results_summary[1].content[0].text: numbers",
    ] {
        assert!(
            diffs.iter().any(|d| d.starts_with(path)),
            "not reported: {path}\nreported: {diffs:#?}"
        );
    }
    assert_eq!(diffs.len(), 3, "{diffs:#?}");

    // Untranslated texts.
    let mut en = json("en", EN_2019);
    en["result_areas"][0]["indicators"][2]["title"] =
        "Number of people met toegang tot mental health support".into();
    en["result_areas"][1]["links"][2]["title"] = "Migratiegegevens".into();
    let found = untranslated(&nl, &en);
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("result_areas[0].indicators[2].title: Dutch word")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("result_areas[1].links[2].title: the same text")),
        "{found:#?}"
    );
}

/// Words lower-cased as Rust does. Native test code: clippy's size rule
/// (clippy.toml) is about the wasm.
#[allow(clippy::disallowed_methods)]
fn lower_case(word: &str) -> String {
    word.to_lowercase()
}
