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
//! A new language or theme: add its bundle to `PAIRS`.

use std::collections::{BTreeMap, BTreeSet};

use resultaten::bundle;
use serde_json::Value;

mod common;
use common::json_kind;

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

/// Fields whose values are ids: a link or a language switch relies on them.
const ID_KEYS: &[&str] = &["id", "target", "indicator"];

/// Fields holding a fixed choice or a version, never translated.
const FIXED_KEYS: &[&str] = &[
    "type",
    "kind",
    "status",
    "measure",
    "dimension",
    "schema_version",
    "alternative",
    "lang",
];

/// Fields that are not prose: ids, choices, addresses and the language itself.
const NOT_PROSE: &[&str] = &[
    "id",
    "target",
    "indicator",
    "type",
    "kind",
    "status",
    "measure",
    "dimension",
    "schema_version",
    "href",
    "src",
    "language",
    "last_updated",
    "alternative",
    "lang",
];

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
    "Metric",
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Lang {
    Nl,
    En,
}

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
// b) Same shape, numbers, nulls and ids.

/// Every difference in shape, numbers, nulls, booleans, ids, in-page links and
/// fixed choices between the Dutch and the English tree.
fn structure_diffs(nl: &Value, en: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk_structure("", None, nl, en, &mut out);
    out
}

fn walk_structure(path: &str, key: Option<&str>, nl: &Value, en: &Value, out: &mut Vec<String>) {
    match (nl, en) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, x) in a {
                match b.get(k) {
                    Some(y) => walk_structure(&join(path, k), Some(k), x, y, out),
                    None => out.push(format!("{}: missing in English", join(path, k))),
                }
            }
            for k in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push(format!("{}: only in English", join(path, k)));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                out.push(format!(
                    "{path}: {} items in Dutch, {} in English",
                    a.len(),
                    b.len()
                ));
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                walk_structure(&format!("{path}[{i}]"), key, x, y, out);
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            if a != b {
                out.push(format!("{path}: number {a} in Dutch, {b} in English"));
            }
        }
        (Value::Bool(a), Value::Bool(b)) => {
            if a != b {
                out.push(format!("{path}: {a} in Dutch, {b} in English"));
            }
        }
        (Value::String(a), Value::String(b)) => {
            let key = key.unwrap_or("");
            let what = if ID_KEYS.contains(&key) {
                Some("id")
            } else if key == "href" && (a.starts_with('#') || b.starts_with('#')) {
                Some("in-page link")
            } else if FIXED_KEYS.contains(&key) {
                Some("fixed value")
            } else {
                None
            };
            if let Some(what) = what {
                if a != b {
                    out.push(format!("{path}: {what} {a:?} in Dutch, {b:?} in English"));
                }
            }
        }
        (Value::Null, Value::Null) => {}
        _ => out.push(format!(
            "{path}: {} in Dutch, {} in English",
            json_kind(nl),
            json_kind(en)
        )),
    }
}

// ---------------------------------------------------------------------------
// c) The numbers inside the texts.

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

/// The written numbers in a text: a run of digits with `.` or `,` between
/// digits (`240.000`, `2,5`, `10,125`). A separator followed by a space ends
/// the number (`10,125, 2,974`); a sign or a dash is not part of it
/// (`mid-2018`, `6-18`).
fn number_tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let separator = |c: char| c == '.' || c == ',';
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (separator(chars[i]) && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

fn canonical(int: &str, frac: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// A written number as a value, in canonical form (`240000`, `2.5`).
///
/// Dutch groups thousands with `.` and writes decimals with `,`; English the
/// other way round. A number written the wrong way for its language either
/// reads as another value (English `240.000` is 240) or does not read at all
/// (English `2,5`, shown as `?2,5`): both then differ from the other language.
/// A `.` that does not group thousands (`SDG 10.7`) is read as a point in
/// either language, as such numbers are written the same in both.
fn number_value(token: &str, lang: Lang) -> String {
    let (thousands, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let unreadable = || format!("?{token}");
    let mut halves = token.split(decimal);
    let int = halves.next().unwrap_or("");
    let frac = halves.next().unwrap_or("");
    if halves.next().is_some() {
        return unreadable();
    }
    let groups: Vec<&str> = int.split(thousands).collect();
    if groups.len() == 1 {
        return canonical(int, frac);
    }
    let grouped = (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
    if grouped {
        return canonical(&groups.concat(), frac);
    }
    // Not a thousands grouping: a dotted number such as `10.7` in Dutch.
    if thousands == '.' && groups.len() == 2 && frac.is_empty() {
        return canonical(groups[0], groups[1]);
    }
    unreadable()
}

/// The numbers written in each text of the tree, by JSON path, sorted.
fn text_numbers(v: &Value, lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut all = Vec::new();
    strings("", None, v, &mut all);
    all.into_iter()
        .map(|(path, _, s)| {
            let mut numbers: Vec<String> = number_tokens(s)
                .iter()
                .map(|t| number_value(t, lang))
                .collect();
            numbers.sort();
            (path, numbers)
        })
        .filter(|(_, numbers)| !numbers.is_empty())
        .collect()
}

/// Every text whose written numbers differ between Dutch and English.
fn text_number_diffs(nl: &Value, en: &Value) -> Vec<String> {
    let a = text_numbers(nl, Lang::Nl);
    let b = text_numbers(en, Lang::En);
    let paths: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let none = Vec::new();
    paths
        .into_iter()
        .filter_map(|path| {
            let x = a.get(path).unwrap_or(&none);
            let y = b.get(path).unwrap_or(&none);
            (x != y)
                .then(|| format!("{path}: numbers in the text {x:?} in Dutch, {y:?} in English"))
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
        if NOT_PROSE.contains(key) {
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
        if NOT_PROSE.contains(key) || !text.chars().any(char::is_alphabetic) {
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
fn same_shape_numbers_nulls_and_ids() {
    for (name, nl, en) in PAIRS {
        let diffs = structure_diffs(&json(name, nl), &json(name, en));
        assert_none("difference(s) between Dutch and English", name, diffs);
    }
}

#[test]
fn same_numbers_inside_the_texts() {
    for (name, nl, en) in PAIRS {
        let diffs = text_number_diffs(&json(name, nl), &json(name, en));
        assert_none("text(s) with other numbers in English", name, diffs);
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
    let nl = |s: &str| -> Vec<String> {
        number_tokens(s)
            .iter()
            .map(|t| number_value(t, Lang::Nl))
            .collect()
    };
    let en = |s: &str| -> Vec<String> {
        number_tokens(s)
            .iter()
            .map(|t| number_value(t, Lang::En))
            .collect()
    };
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
    let diffs = structure_diffs(&nl, &en);
    for path in [
        "result_areas[0].indicators[0].value.value: number 240000 in Dutch, 240001 in English",
        "highlights[3].indicator: id",
        "result_areas[0].indicators[1].previous[0].value: number",
        "result_areas[1].indicators[2].figures[0].points[0].value: number",
        "result_areas[0].photo.src: null in Dutch, string in English",
        "result_areas[1].subtitle: missing in English",
        "result_areas[1].projects[0].links: 0 items in Dutch, 1 in English",
        "introduction[0].content[0].type: fixed value",
        "downloads_and_links.intro[1].ordered: true in Dutch, false in English",
        "introduction[1].content[0].href: only in English",
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
    let diffs = text_number_diffs(&nl, &en);
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
