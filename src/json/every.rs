//! Every problem of a document in one pass, as JSON Schema validators report
//! them, for editors (the check-bundle tool, the editors' page).
//!
//! serde's derive stops at the first value of the wrong type. To go on, the
//! reading is repaired: the value at fault is replaced by a stand-in of a
//! type that reads (the same text as a string, a number, a list, an object,
//! one of the allowed words…), the problem is noted, and the document is read
//! again, until it reads. Then the document's own rules run on it, so a
//! wrong value in one place does not hide a dangling reference or an unsafe
//! address elsewhere. Problems at or inside a stand-in are not reported: they
//! are about the stand-in, not about the editor's text.
//!
//! Only a type error is repaired. Text that is not JSON at all, a file over
//! the limit or a version this build does not read stays one problem, as
//! nothing after it can be read reliably.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::locate::{segments, Segment};
use super::{locate, message, path_at, read, Error, Expected, Kind, NotJson, Problem};
use crate::json::Document;

/// One problem, with its place in the text when the place is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Line and column (1-based, the column in characters).
    pub at: Option<(usize, usize)>,
    /// JSON path; empty when the problem is not about one value.
    pub path: String,
    pub kind: Kind,
}

/// At most this many readings of a repaired document: each problem takes one
/// or a few. A document with more problems lists the first ones and says
/// that more may follow.
const MAX_READINGS: usize = 300;

/// Reads a document and lists every problem, sorted by place (problems
/// without a place last). The document is given only when there is no
/// problem at all. Never panics, whatever the input.
pub fn read_every<T: DeserializeOwned>(
    text: &str,
    doc: &Document,
    rules: impl Fn(&T) -> Vec<Problem>,
) -> (Option<T>, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut covered = Vec::new();
    let first = match read::<T>(text, doc) {
        // A version that is no version, or none: said, then the rest is read.
        Err(Error::Invalid(problems)) => {
            for p in problems {
                covered.push(p.path.clone());
                findings.push(place(text, p.path, p.kind));
            }
            super::deserialize::<T>(text, doc)
        }
        other => other,
    };
    let document = match first {
        Ok(document) => Some(document),
        Err(Error::Syntax {
            line,
            column,
            path,
            message,
        }) => {
            let body = text.strip_prefix('\u{feff}').unwrap_or(text);
            match serde_json::from_str::<Value>(body) {
                // Well-formed JSON with a value of the wrong type: go on.
                Ok(value) => Repair::new(value, covered.clone()).run(
                    text,
                    doc,
                    (path, message),
                    &mut findings,
                    &mut covered,
                ),
                // Not JSON: nothing after this point can be read.
                Err(_) => {
                    findings.push(Finding {
                        at: Some((line, column)),
                        path,
                        kind: kind_of(&message),
                    });
                    None
                }
            }
        }
        Err(Error::UnsupportedVersion { found, supported }) => {
            findings.push(Finding {
                at: locate(text, "schema_version"),
                path: String::new(),
                kind: Kind::VersionUnsupported {
                    found,
                    major: supported,
                },
            });
            None
        }
        Err(Error::TooLarge { bytes, limit }) => {
            findings.push(Finding {
                at: None,
                path: String::new(),
                kind: Kind::TooLarge {
                    bytes: bytes as u64,
                    limit: limit as u64,
                },
            });
            None
        }
        Err(Error::Invalid(problems)) => {
            for p in problems {
                findings.push(place(text, p.path, p.kind));
            }
            None
        }
    };
    if let Some(document) = &document {
        for p in rules(document) {
            if !covered.iter().any(|c| within(&p.path, c)) {
                findings.push(place(text, p.path, p.kind));
            }
        }
    }
    // In order of place, each inserted where it belongs (stable: the same
    // place keeps the order found); std's sort costs the wasm more.
    let place_of = |f: &Finding| f.at.unwrap_or((usize::MAX, usize::MAX));
    let mut sorted: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings {
        let at = sorted.partition_point(|g| place_of(g) <= place_of(&f));
        sorted.insert(at, f);
    }
    let findings = sorted;
    let document = document.filter(|_| findings.is_empty());
    (document, findings)
}

/// A problem at the place of its path in the text.
fn place(text: &str, path: String, kind: Kind) -> Finding {
    Finding {
        at: locate(text, &path),
        path,
        kind,
    }
}

/// What a reading's message (serde's words, as [`message::explain`] puts
/// them) says is wrong, as a [`Kind`], for the editors' messages table.
/// serde's messages have a fixed form ("unknown variant `x`, expected one
/// of `a`, `b`", "invalid type: string \"x\", expected f64", "missing field
/// `x`"); anything else is kept in its words ([`Kind::Reading`]).
pub fn kind_of(message: &str) -> Kind {
    let ticked = |rest: &str| rest.split('`').next().unwrap_or(rest).to_string();
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (found, allowed) = rest.split_once('`').unwrap_or((rest, ""));
        return Kind::UnknownValue {
            found: found.to_string(),
            allowed: backticked(allowed),
            near: None,
        };
    }
    if let Some(field) = missing_field(message) {
        return Kind::MissingField {
            field: field.to_string(),
            near: None,
        };
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        return Kind::FieldTwice {
            field: ticked(rest),
        };
    }
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return Kind::WrongType {
                found: found.to_string(),
                expected: expected_of(expected),
            };
        }
    }
    let starts = |s: &str| message.starts_with(s);
    let not_json =
        if starts("the text ends before the JSON is complete") || starts("EOF while parsing") {
            NotJson::CutOff
        } else if starts("this is HTML or XML") {
            NotJson::Html
        } else if starts("expected a field name in quotes") || starts("key must be a string") {
            NotJson::FieldNameUnquoted
        } else if message.contains("is a JSON object { … }, but this text starts otherwise") {
            NotJson::NotObject
        } else if message.contains("is a JSON object { … }, not a list") {
            NotJson::List
        } else if message.contains("is empty: there is no text at all") {
            NotJson::Empty
        } else if starts("trailing comma") {
            NotJson::TrailingComma
        } else if starts("expected `,` or") {
            NotJson::ExpectedCommaOrEnd
        } else if starts("expected `:`") {
            NotJson::ExpectedColon
        } else if starts("expected value") || starts("expected ident") {
            NotJson::ExpectedValue
        } else if starts("invalid number") || starts("number out of range") {
            NotJson::BadNumber
        } else if starts("control character") {
            NotJson::ControlCharacter
        } else if starts("invalid escape")
            || starts("invalid unicode code point")
            || starts("lone leading surrogate")
        {
            NotJson::BadEscape
        } else if starts("trailing characters") {
            NotJson::TrailingText
        } else if starts("recursion limit exceeded") {
            NotJson::TooDeep
        } else {
            return Kind::Reading(message.to_string());
        };
    Kind::NotJson(not_json)
}

/// The words between backticks: "`a`, `b` or `c`" → a, b, c.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

/// What serde says it expected (after [`message::explain`]), as
/// [`Expected`].
fn expected_of(expected: &str) -> Expected {
    let e = expected.trim_end_matches(['.', '!']);
    if e.starts_with("a number such as") || e == "f64" || e == "f32" {
        Expected::Number
    } else if e.starts_with("a whole number such as")
        || [
            "u8",
            "u16",
            "u32",
            "u64",
            "usize",
            "i32",
            "i64",
            "an integer",
        ]
        .contains(&e)
    {
        Expected::WholeNumber
    } else if e == "a string" {
        Expected::Text
    } else if e == "a boolean" {
        Expected::YesNo
    } else if e.starts_with("a list") {
        Expected::List
    } else if e.starts_with("an object { \"type\"") {
        Expected::TypedObject
    } else if e.starts_with("an object") {
        Expected::Object
    } else if e.starts_with("one of `") || e.starts_with('`') {
        Expected::OneOf(backticked(e))
    } else {
        Expected::Other(e.to_string())
    }
}

/// Whether `path` is `outer` or inside it.
fn within(path: &str, outer: &str) -> bool {
    outer.is_empty()
        || path
            .strip_prefix(outer)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// The document as it is being repaired, and where stand-ins are.
struct Repair {
    value: Value,
    /// Each stand-in: its path, the values to try in turn, the one in place.
    stand_ins: Vec<StandIn>,
    /// Paths of reported problems and stand-ins: nothing inside is reported.
    covered: Vec<String>,
}

struct StandIn {
    path: String,
    candidates: Vec<Option<Value>>,
    next: usize,
}

impl Repair {
    fn new(value: Value, covered: Vec<String>) -> Repair {
        Repair {
            value,
            stand_ins: Vec::new(),
            covered,
        }
    }

    /// Reads the document again and again, a stand-in for each problem,
    /// until it reads; notes each problem in `findings` and each place it
    /// covers in `covered`.
    fn run<T: DeserializeOwned>(
        mut self,
        text: &str,
        doc: &Document,
        first: (String, String),
        findings: &mut Vec<Finding>,
        covered: &mut Vec<String>,
    ) -> Option<T> {
        let mut error = first;
        let mut readings = 0;
        let result = loop {
            let (path, message) = error;
            let target =
                missing_field(&message).map_or_else(|| path.clone(), |field| join(&path, field));
            let deeper_than_a_stand_in = self.covered.iter().any(|c| within(&target, c))
                && !self.stand_ins.iter().any(|s| s.path == target);
            let fixed = if let Some(stand_in) = self.stand_ins.iter().position(|s| s.path == target)
            {
                // The stand-in in place did not read either: the next one.
                self.advance(stand_in)
            } else {
                if !deeper_than_a_stand_in {
                    findings.push(place(text, path, kind_of(&message)));
                }
                self.stand_in(target, &message)
            };
            readings += 1;
            if !fixed || readings >= MAX_READINGS {
                findings.push(Finding {
                    at: None,
                    path: String::new(),
                    kind: Kind::MoreMayFollow,
                });
                break None;
            }
            match self.read::<T>(doc) {
                Ok(document) => break Some(document),
                Err(next) => error = next,
            }
        };
        covered.extend(self.covered);
        result
    }

    /// Reads the repaired document; a failure as its path and message.
    ///
    /// Read from the parsed value, with serde_path_to_error keeping the
    /// path: a bundle of 5,000 indicators with 100 problems took 6.7 s on
    /// the editors' page when each reading wrote the value as text and
    /// parsed it again. Where the path is lost (inside a tagged block of
    /// rich text, which serde buffers), the text is read after all.
    fn read<T: DeserializeOwned>(&self, doc: &Document) -> Result<T, (String, String)> {
        let e = match serde_path_to_error::deserialize::<_, T>(&self.value) {
            Ok(document) => return Ok(document),
            Err(e) => e,
        };
        if let Some(path) = value_path(e.path()) {
            // Not the text's own first error, so always inside `{ … }`.
            let message = message::explain("{", &path, e.inner(), doc.name);
            return Err((path, message));
        }
        let repaired = self.value.to_string();
        serde_json::from_str::<T>(&repaired).map_err(|e| {
            let path = path_at(&repaired, e.line(), e.column());
            let message = message::explain(&repaired, &path, &e, doc.name);
            (path, message)
        })
    }

    /// Puts a stand-in at `path`; false when the path is not in the value.
    fn stand_in(&mut self, path: String, message: &str) -> bool {
        let Some(steps) = segments(&path) else {
            return false;
        };
        let original = value_at(&mut self.value, &steps, false).map(|v| v.clone());
        let in_list = matches!(steps.last(), Some(Segment::Index(_)));
        let candidates = candidates(original.as_ref(), message, in_list);
        self.covered.push(path.clone());
        self.stand_ins.push(StandIn {
            path,
            candidates,
            next: 0,
        });
        self.advance(self.stand_ins.len() - 1)
    }

    /// Puts the next candidate of stand-in `i` in place; false when none is
    /// left.
    fn advance(&mut self, i: usize) -> bool {
        let Some(stand_in) = self.stand_ins.get_mut(i) else {
            return false;
        };
        let Some(candidate) = stand_in.candidates.get(stand_in.next).cloned() else {
            return false;
        };
        stand_in.next += 1;
        let Some(steps) = segments(&stand_in.path) else {
            return false;
        };
        match candidate {
            Some(v) => match value_at(&mut self.value, &steps, true) {
                Some(slot) => {
                    *slot = v;
                    true
                }
                None => false,
            },
            None => remove(&mut self.value, &steps),
        }
    }
}

/// serde_path_to_error's path as validation writes paths
/// (`result_areas[1].indicators[0].status`); `None` where it lost track.
fn value_path(path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment as S;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            S::Seq { index } => out.push_str(&format!("[{index}]")),
            S::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            S::Enum { .. } | S::Unknown => return None,
        }
    }
    Some(out)
}

/// `missing field `theme`` → `theme`.
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    rest.split('`').next()
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// What to try in place of `original`, most faithful first: a word the
/// message allows, the same text as a string or a number, then a value of
/// each type; last, leaving an object's field out.
fn candidates(original: Option<&Value>, message: &str, in_list: bool) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    // "unknown variant `huge`, expected `small` or `large`" (or "expected
    // one of `a`, `b`, …"): the first word allowed.
    if let Some(word) = message
        .split_once("unknown variant `")
        .and_then(|(_, rest)| rest.split_once("expected "))
        .and_then(|(_, allowed)| allowed.split('`').nth(1))
    {
        out.push(Value::String(word.into()));
    }
    match original {
        Some(Value::String(s)) => {
            if let Ok(n) = s.trim().parse::<serde_json::Number>() {
                out.push(Value::Number(n));
            }
        }
        Some(Value::Null) | None => {}
        Some(other) => out.push(Value::String(other.to_string())),
    }
    out.extend([
        Value::String(String::new()),
        Value::from(0),
        Value::Array(Vec::new()),
        Value::Object(serde_json::Map::new()),
        Value::Bool(false),
        Value::Null,
    ]);
    let mut out: Vec<Option<Value>> = out.into_iter().map(Some).collect();
    if original.is_some() && !in_list {
        out.push(None);
    }
    out
}

/// The value at `steps`; with `create`, a missing last field of an object
/// is added (as null).
fn value_at<'v>(value: &'v mut Value, steps: &[Segment], create: bool) -> Option<&'v mut Value> {
    let mut here = value;
    for (i, step) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        here = match (step, here) {
            (Segment::Key(key), Value::Object(map)) => {
                if create && last {
                    map.entry(key.to_string()).or_insert(Value::Null)
                } else {
                    map.get_mut(*key)?
                }
            }
            (Segment::Index(index), Value::Array(list)) => list.get_mut(*index)?,
            _ => return None,
        };
    }
    Some(here)
}

/// Leaves the field at `steps` out of its object.
fn remove(value: &mut Value, steps: &[Segment]) -> bool {
    let Some((Segment::Key(key), parent)) = steps.split_last() else {
        return false;
    };
    match value_at(value, parent, false) {
        Some(Value::Object(map)) => map.remove(*key).is_some(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    const DOC: Document = Document {
        name: "test document",
        supported_major: 1,
        max_bytes: 10_000,
    };

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        schema_version: String,
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        n: f64,
        kind: Size,
        #[serde(default)]
        note: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Size {
        Small,
        Large,
    }

    /// Items whose id starts with "x" break a rule.
    fn rules(d: &Doc) -> Vec<Problem> {
        d.items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.id.starts_with('x'))
            .map(|(i, _)| Problem::new(format!("items[{i}].id"), Kind::Empty))
            .collect()
    }

    /// Place, path and kind of each problem.
    type Found = (Option<(usize, usize)>, String, Kind);

    fn check(text: &str) -> Vec<Found> {
        let (doc, findings) = read_every(text, &DOC, rules);
        assert_eq!(doc.is_some(), findings.is_empty());
        findings
            .into_iter()
            .map(|f| (f.at, f.path, f.kind))
            .collect()
    }

    #[test]
    fn serdes_words_become_kinds() {
        for (message, kind) in [
            (
                "unknown variant `done`, expected one of `on_track`, `off_track`",
                Kind::UnknownValue {
                    found: "done".into(),
                    allowed: vec!["on_track".into(), "off_track".into()],
                    near: None,
                },
            ),
            (
                "invalid type: integer `5`, expected a string",
                Kind::WrongType {
                    found: "integer `5`".into(),
                    expected: Expected::Text,
                },
            ),
            (
                "invalid type: null, expected a whole number such as 2019",
                Kind::WrongType {
                    found: "null".into(),
                    expected: Expected::WholeNumber,
                },
            ),
            (
                "missing field `content`, or it is null",
                Kind::MissingField {
                    field: "content".into(),
                    near: None,
                },
            ),
            (
                "duplicate field `text`",
                Kind::FieldTwice {
                    field: "text".into(),
                },
            ),
            (
                "trailing comma at line 3 column 4",
                Kind::NotJson(NotJson::TrailingComma),
            ),
            (
                "expected `,` or `}`",
                Kind::NotJson(NotJson::ExpectedCommaOrEnd),
            ),
            ("something new", Kind::Reading("something new".into())),
        ] {
            assert_eq!(kind_of(message), kind, "{message}");
        }
    }

    #[test]
    fn a_good_document_has_none() {
        let text = r#"{"schema_version": "1.0", "items": [{"id": "a", "n": 1, "kind": "small"}]}"#;
        assert_eq!(check(text), vec![]);
    }

    #[test]
    fn every_type_error_and_every_rule_in_one_pass() {
        let text = r#"{
  "schema_version": "1.0",
  "items": [
    {"id": "a", "n": "240.000", "kind": "small"},
    {"id": "x1", "n": 2, "kind": "huge"},
    {"id": 7, "n": 3, "kind": "large", "note": 5},
    {"n": 4, "kind": "small"},
    {"id": "x2", "n": 5, "kind": "small"}
  ]
}"#;
        let found = check(text);
        let paths: Vec<&str> = found.iter().map(|(_, p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "items[0].n",
                "items[1].id",
                "items[1].kind",
                "items[2].id",
                "items[2].note",
                "items[3]",
                "items[4].id",
            ],
            "{found:#?}"
        );
        let at: Vec<_> = found.iter().map(|(at, ..)| at.unwrap()).collect();
        assert_eq!(at[0], (4, 22));
        assert_eq!(at[1], (5, 12));
        assert_eq!(at[2], (5, 34));
        assert_eq!(at[5], (7, 5));
        assert_eq!(
            found[0].2,
            Kind::WrongType {
                found: "string \"240.000\"".into(),
                expected: Expected::Number
            }
        );
        assert_eq!(
            found[2].2,
            Kind::UnknownValue {
                found: "huge".into(),
                allowed: vec!["small".into(), "large".into()],
                near: None
            }
        );
        assert_eq!(
            found[5].2,
            Kind::MissingField {
                field: "id".into(),
                near: None
            }
        );
        assert_eq!(found[1].2, Kind::Empty);
    }

    #[test]
    fn a_rule_about_a_stand_in_is_not_reported() {
        // The id 7 is read as "7"; "x" would break the rule, but a number
        // where the id belongs is one problem, not two.
        let text =
            r#"{"schema_version": "1.0", "items": [{"id": ["x"], "n": 1, "kind": "small"}]}"#;
        let found = check(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].1, "items[0].id");
    }

    #[test]
    fn a_bad_version_does_not_hide_the_rest() {
        let text = r#"{"schema_version": 1, "items": [{"id": "a", "n": "x", "kind": "small"}]}"#;
        let found = check(text);
        let paths: Vec<&str> = found.iter().map(|(_, p, _)| p.as_str()).collect();
        assert_eq!(paths, ["schema_version", "items[0].n"], "{found:#?}");
    }

    #[test]
    fn what_cannot_be_read_on_stays_one_problem() {
        for text in [
            r#"{"schema_version": "1.0", "items": [{"id": "a", "n": 1,"#,
            "<html>",
            r#"{"schema_version": "2.0", "items": 7}"#,
        ] {
            let found = check(text);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
        }
        let found = check(&"x".repeat(10_001));
        assert!(matches!(found[0].2, Kind::TooLarge { .. }), "{found:?}");
    }

    #[test]
    fn a_list_of_many_wrong_values_stops_with_a_note() {
        let items: Vec<String> = (0..400)
            .map(|i| format!(r#"{{"id": "a{i}", "n": "no", "kind": "small"}}"#))
            .collect();
        let text = format!(
            r#"{{"schema_version": "1.0", "items": [{}]}}"#,
            items.join(",\n")
        );
        let doc = Document {
            max_bytes: 1 << 20,
            ..DOC
        };
        let (none, found) = read_every(&text, &doc, rules);
        assert!(none.is_none());
        assert!(found.len() > 100, "{}", found.len());
        assert_eq!(found.last().map(|f| &f.kind), Some(&Kind::MoreMayFollow));
    }
}
