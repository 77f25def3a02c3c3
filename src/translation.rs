//! Whether one bundle is a translation of another, and nothing more.
//!
//! Two bundles of the same theme and year in two languages, walked side by
//! side as plain JSON (so every field counts, also fields the typed structs
//! ignore), must have the same shape, the same numbers, the same nulls, the
//! same ids, in-page links and fixed choices; and the numbers written inside
//! their texts (Dutch 240.000 and 2,5, English 240,000 and 2.5) must be the
//! same per text. [`differences`] reports each difference as a [`Problem`]
//! at its JSON path, which is the same in both files:
//! `result_areas[1].indicators[0].value.value: number 2873 in the Dutch
//! file, 2837 in the English file`.
//!
//! Used by the tests of the shipped bundles (`tests/languages.rs`) and by
//! `check-bundle` when it is given both files. No browser dependency.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::json::kind_name;
use crate::lang::Lang;
use crate::words::{Message, Say};

/// A difference between two translations, at its JSON path.
pub type Problem = crate::json::Problem<Mismatch>;

/// How two translations differ.
#[derive(Debug, Clone, PartialEq)]
pub enum Mismatch {
    /// A field in one file, missing in the other.
    OnlyIn { lang: Lang, not_in: Lang },
    /// Two values that must be the same in both languages, and are not.
    Differs {
        what: Compared,
        /// Each file's value, in the order of `langs`.
        values: [String; 2],
        langs: [Lang; 2],
    },
    /// A pair of files not compared, because one of them has problems.
    NotCompared { with_problems: Lang },
}

/// What two translations must share, and do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    /// The number of items of a list.
    Items,
    Number,
    YesNo,
    Id,
    InPageLink,
    /// A fixed choice (`status`, `kind`, `type`, …).
    Fixed,
    /// The JSON type of a value.
    Type,
    /// The numbers written in a text.
    TextNumbers,
}

impl Message for Mismatch {
    fn code(&self) -> &'static str {
        match self {
            Mismatch::OnlyIn { .. } => "only-in-one-language",
            Mismatch::Differs { .. } => "differs",
            Mismatch::NotCompared { .. } => "not-compared",
        }
    }

    fn title(&self, say: Say) -> String {
        let (dutch, english) = match self {
            Mismatch::OnlyIn { .. } => ("in één van de twee talen", "in one of the two languages"),
            Mismatch::Differs { .. } => {
                ("verschil tussen de talen", "differs between the languages")
            }
            Mismatch::NotCompared { .. } => {
                ("vertaling niet vergeleken", "translation not compared")
            }
        };
        say.pick(dutch.into(), english.into())
    }

    fn text(&self, _: &str, say: Say) -> String {
        match self {
            Mismatch::OnlyIn { lang, not_in } => {
                let (present, absent) = (adjective(*lang, say), adjective(*not_in, say));
                say.pick(
                    format!("staat in de {present} bundel, ontbreekt in de {absent}"),
                    format!("in the {present} file, missing in the {absent} file"),
                )
            }
            Mismatch::Differs {
                what,
                values,
                langs,
            } => {
                let (la, lb) = (adjective(langs[0], say), adjective(langs[1], say));
                let [a, b] = values.clone().map(|v| match what {
                    Compared::Type => json_type(&v, say).to_string(),
                    _ => v,
                });
                let (dutch, english) = match what {
                    Compared::Items => ("aantal items", "number of items"),
                    Compared::Number => ("getal", "number"),
                    Compared::YesNo => ("waarde", "value"),
                    Compared::Id => ("id", "id"),
                    Compared::InPageLink => ("link binnen de pagina", "in-page link"),
                    Compared::Fixed => ("vaste waarde", "fixed value"),
                    Compared::Type => ("soort waarde", "kind of value"),
                    Compared::TextNumbers => ("getallen in de tekst", "numbers in the text"),
                };
                say.pick(
                    format!("{dutch}: {a} in de {la} bundel, {b} in de {lb}; dit moet in beide talen gelijk zijn"),
                    format!("{english}: {a} in the {la} file, {b} in the {lb} file; it must be the same in both languages"),
                )
            }
            Mismatch::NotCompared { with_problems } => {
                let which = adjective(*with_problems, say);
                say.pick(
                    format!("vertaling niet vergeleken: de {which} bundel heeft problemen; los die eerst op"),
                    format!("translation not compared: the {which} bundle has problems; solve those first"),
                )
            }
        }
    }
}

/// "Nederlandse" / "Dutch": a language as the files are named.
fn adjective(of: Lang, say: Say) -> &'static str {
    match (of, say.nl()) {
        (Lang::Nl, true) => "Nederlandse",
        (Lang::En, true) => "Engelse",
        (Lang::Nl, false) => "Dutch",
        (Lang::En, false) => "English",
    }
}

/// A JSON type's name ([`kind_name`]) in words.
fn json_type(name: &str, say: Say) -> &str {
    match (name, say.nl()) {
        ("string", true) => "tekst",
        ("string", false) => "text",
        ("number", true) => "getal",
        ("boolean", _) => "true/false",
        ("array", true) => "lijst",
        ("array", false) => "list",
        (other, _) => other,
    }
}

/// One side of the comparison: a bundle as JSON, and its language.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub lang: Lang,
    pub json: &'a Value,
}

/// Fields whose values are ids: a link or a language switch relies on them.
pub const ID_KEYS: &[&str] = &["id", "target", "indicator"];

/// Fields holding a fixed choice or a version, never translated.
pub const FIXED_KEYS: &[&str] = &[
    "type",
    "kind",
    "status",
    "measure",
    "dimension",
    "schema_version",
    "alternative",
    "lang",
];

/// Every difference between the two bundles, in document order: first the
/// structure (shape, numbers, nulls, booleans, ids, in-page links, fixed
/// choices), then the numbers written inside the texts.
pub fn differences(a: Side, b: Side) -> Vec<Problem> {
    let mut out = Vec::new();
    walk(&Pair { a, b }, "", None, a.json, b.json, &mut out);
    out.extend(text_number_differences(a, b));
    out
}

/// The two files.
struct Pair<'a> {
    a: Side<'a>,
    b: Side<'a>,
}

impl Pair<'_> {
    /// A difference: `what` is `x` in the first file and `y` in the second.
    fn differs(&self, what: Compared, x: impl ToString, y: impl ToString) -> Mismatch {
        Mismatch::Differs {
            what,
            values: [x.to_string(), y.to_string()],
            langs: [self.a.lang, self.b.lang],
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn problem(path: &str, kind: Mismatch) -> Problem {
    Problem::new(path, kind)
}

fn walk(p: &Pair, path: &str, key: Option<&str>, x: &Value, y: &Value, out: &mut Vec<Problem>) {
    let (a, b) = (p.a.lang, p.b.lang);
    match (x, y) {
        (Value::Object(m), Value::Object(n)) => {
            for (k, v) in m {
                match n.get(k) {
                    Some(w) => walk(p, &join(path, k), Some(k), v, w, out),
                    None => out.push(problem(
                        &join(path, k),
                        Mismatch::OnlyIn { lang: a, not_in: b },
                    )),
                }
            }
            for k in n.keys().filter(|k| !m.contains_key(*k)) {
                out.push(problem(
                    &join(path, k),
                    Mismatch::OnlyIn { lang: b, not_in: a },
                ));
            }
        }
        (Value::Array(m), Value::Array(n)) => {
            if m.len() != n.len() {
                out.push(problem(path, p.differs(Compared::Items, m.len(), n.len())));
            }
            for (i, (v, w)) in m.iter().zip(n).enumerate() {
                walk(p, &format!("{path}[{i}]"), key, v, w, out);
            }
        }
        (Value::Number(m), Value::Number(n)) => {
            if m != n {
                out.push(problem(path, p.differs(Compared::Number, m, n)));
            }
        }
        (Value::Bool(m), Value::Bool(n)) => {
            if m != n {
                out.push(problem(path, p.differs(Compared::YesNo, m, n)));
            }
        }
        (Value::String(m), Value::String(n)) => {
            let key = key.unwrap_or("");
            let what = if ID_KEYS.contains(&key) {
                Some(Compared::Id)
            } else if key == "href" && (m.starts_with('#') || n.starts_with('#')) {
                Some(Compared::InPageLink)
            } else if FIXED_KEYS.contains(&key) {
                Some(Compared::Fixed)
            } else {
                None
            };
            if let Some(what) = what {
                if m != n {
                    out.push(problem(
                        path,
                        p.differs(what, format!("{m:?}"), format!("{n:?}")),
                    ));
                }
            }
        }
        (Value::Null, Value::Null) => {}
        _ => out.push(problem(
            path,
            p.differs(Compared::Type, kind_name(x), kind_name(y)),
        )),
    }
}

/// Every string in the tree, by JSON path.
fn strings<'a>(path: &str, v: &'a Value, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                strings(&join(path, k), x, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(&format!("{path}[{i}]"), x, out);
            }
        }
        Value::String(s) => out.push((path.to_string(), s.as_str())),
        _ => {}
    }
}

/// The written numbers in a text: a run of digits with `.` or `,` between
/// digits (`240.000`, `2,5`, `10,125`). A separator followed by a space ends
/// the number (`10,125, 2,974`); a sign or a dash is not part of it
/// (`mid-2018`, `6-18`).
pub fn number_tokens(text: &str) -> Vec<String> {
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
pub fn number_value(token: &str, lang: Lang) -> String {
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
fn text_numbers(side: Side) -> BTreeMap<String, Vec<String>> {
    let mut all = Vec::new();
    strings("", side.json, &mut all);
    all.into_iter()
        .map(|(path, s)| {
            // Sorted as they are inserted: std's sort would add 3 kB gzip
            // to the wasm, which runs this on the editors' page.
            let mut numbers: Vec<String> = Vec::new();
            for t in number_tokens(s) {
                let n = number_value(&t, side.lang);
                numbers.insert(numbers.partition_point(|m| *m <= n), n);
            }
            (path, numbers)
        })
        .filter(|(_, numbers)| !numbers.is_empty())
        .collect()
}

/// Every text whose written numbers differ between the two files.
fn text_number_differences(a: Side, b: Side) -> Vec<Problem> {
    let p = Pair { a, b };
    let (x, y) = (text_numbers(a), text_numbers(b));
    let paths: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
    let none = Vec::new();
    paths
        .into_iter()
        .filter_map(|path| {
            let m = x.get(path).unwrap_or(&none);
            let n = y.get(path).unwrap_or(&none);
            (m != n).then(|| {
                problem(
                    path,
                    p.differs(Compared::TextNumbers, format!("{m:?}"), format!("{n:?}")),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn diff(a: Value, b: Value) -> Vec<String> {
        differences(
            Side {
                lang: Lang::Nl,
                json: &a,
            },
            Side {
                lang: Lang::En,
                json: &b,
            },
        )
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                p.path,
                p.kind
                    .text(&p.path, Say::new(Lang::En, crate::words::no_label))
            )
        })
        .collect()
    }

    #[test]
    fn a_changed_number_is_named_with_its_path_in_both_files() {
        let nl = json!({"result_areas": [{}, {"indicators": [{"value": {"value": 2873}}]}]});
        let en = json!({"result_areas": [{}, {"indicators": [{"value": {"value": 2837}}]}]});
        assert_eq!(
            diff(nl, en),
            ["result_areas[1].indicators[0].value.value: number: 2873 in the Dutch file, 2837 in the English file; it must be the same in both languages"]
        );
    }

    #[test]
    fn shape_nulls_ids_and_texts_numbers() {
        let nl = json!({"id": "a", "x": null, "list": [1, 2], "text": "Meer dan 240.000 mensen", "only": 1});
        let en = json!({"id": "b", "x": 0, "list": [1], "text": "More than 24,000 people"});
        assert_eq!(
            diff(nl, en),
            [
                "id: id: \"a\" in the Dutch file, \"b\" in the English file; it must be the same in both languages",
                "list: number of items: 2 in the Dutch file, 1 in the English file; it must be the same in both languages",
                "only: in the Dutch file, missing in the English file",
                "x: kind of value: null in the Dutch file, number in the English file; it must be the same in both languages",
                "text: numbers in the text: [\"240000\"] in the Dutch file, [\"24000\"] in the English file; it must be the same in both languages",
            ]
        );
    }

    #[test]
    fn translated_prose_is_no_difference() {
        let nl =
            json!({"title": "Opvang in de regio", "text": "2,5% en 10.125 jongeren; SDG 10.7"});
        let en = json!({"title": "Reception in the region", "text": "2.5% and 10,125 young people; SDG 10.7"});
        assert!(diff(nl, en).is_empty());
    }

    #[test]
    fn written_numbers_read_per_language() {
        assert_eq!(
            number_tokens("mid-2018 tot 10,125, 2,974 en 6-18"),
            ["2018", "10,125", "2,974", "6", "18"]
        );
        assert_eq!(number_value("240.000", Lang::Nl), "240000");
        assert_eq!(number_value("240,000", Lang::En), "240000");
        assert_eq!(number_value("2,5", Lang::Nl), "2.5");
        assert_eq!(number_value("2.5", Lang::En), "2.5");
        assert_eq!(number_value("10.7", Lang::Nl), "10.7");
        assert_eq!(number_value("2,5", Lang::En), "?2,5");
        assert_eq!(number_value("240.000", Lang::En), "240");
    }
}
