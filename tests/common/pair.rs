//! A Dutch bundle and its English translation, walked side by side as
//! plain JSON (so every field counts, also fields the typed structs
//! ignore): the library's differences (`resultaten::translation`, which
//! `check-bundle` runs on two files too), and this file's own check that
//! the English texts read as English. tests/languages.rs tests both checks
//! on made-up pairs; tests/fidelity.rs runs them on the shipped pair.

use std::collections::{BTreeMap, BTreeSet};

use resultaten::check::messages;
use resultaten::i18n::Lang;
use resultaten::translation::{self, Side};
use resultaten::words::Message;
use serde_json::Value;

/// A bundle's text as JSON, or a failing test that names it.
pub fn json(name: &str, text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"))
}

/// The library's differences between a Dutch and an English tree, as
/// lines, each with its JSON path
/// (`result_areas[1].indicators[0].value.value: …`).
pub fn differences(nl: &Value, en: &Value) -> Vec<String> {
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
        format!(
            "{}: {}",
            p.path,
            p.kind.text(&p.path, messages::say(Lang::En))
        )
    })
    .collect()
}

/// Whether a field is not prose: ids and fixed choices (as the library's
/// translation check knows them), addresses, the language itself, a
/// series' key (an id the library does not list yet) and a file's
/// `_comment` for its maintainers, which no page shows.
fn not_prose(key: &str) -> bool {
    translation::ID_KEYS.contains(&key)
        || translation::FIXED_KEYS.contains(&key)
        || [
            "href",
            "src",
            "language",
            "last_updated",
            "series",
            "_comment",
        ]
        .contains(&key)
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

/// English texts that still contain a Dutch function word, and texts left
/// the same as the Dutch without being one of `same_in_both` (names,
/// credits: texts that are the same in both languages).
pub fn untranslated(nl: &Value, en: &Value, same_in_both: &[&str]) -> Vec<String> {
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
        if dutch.get(path) == Some(text) && !same_in_both.contains(text) {
            out.push(format!(
                "{path}: the same text in Dutch and English, {} (a name? add it to the pair's same-in-both list)",
                short(text)
            ));
        }
    }
    out
}

/// Asserts that a check found nothing, listing what it found.
pub fn assert_none(what: &str, name: &str, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{name}: {} {what}:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// Words lower-cased as Rust does. Native test code: clippy's size rule
/// (clippy.toml) is about the wasm.
#[allow(clippy::disallowed_methods)]
fn lower_case(word: &str) -> String {
    word.to_lowercase()
}
