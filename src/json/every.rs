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
//! Fields the format does not know need no repair: the reader notes them
//! and reads past (`super::reader`), so each is reported once, as a
//! mistake, or, in a newer minor version than this build knows, as a
//! warning ([`Kind::NewerField`]), which leaves the document usable.
//!
//! Text that is not JSON at all, a file over the limit or a version this
//! build does not read stays one problem, as nothing after it can be read
//! reliably.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::locate::{segments, Segment};
use super::reader::{Chain, Mismatch, Reader, Seen, Unknown};
use super::{locate, open, Document, Expected, Kind, Opened, Problem, Versions};

/// One problem, with its place in the text when the place is known. `K`
/// is the caller's kind: the reading's [`Kind`]s and the document's rules'
/// both become one.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding<K> {
    /// Line and column (1-based, the column in characters).
    pub at: Option<(usize, usize)>,
    /// JSON path; empty when the problem is not about one value.
    pub path: String,
    pub kind: K,
}

/// At most this many readings of a repaired document: each problem takes one
/// or a few. A document with more problems lists the first ones and says
/// that more may follow.
const MAX_READINGS: usize = 300;

/// Reads a document and lists every problem, sorted by place (problems
/// without a place last). The document is given when there is no problem
/// but warnings. Never panics, whatever the input.
pub fn read_every<T: DeserializeOwned, K: From<Kind>>(
    text: &str,
    doc: &Document,
    rules: impl Fn(&T) -> Vec<Problem<K>>,
) -> (Option<T>, Vec<Finding<K>>) {
    let opened = match open(text, doc) {
        Ok(opened) => opened,
        Err(stop) => {
            let stop = *stop;
            let finding = Finding {
                at: stop.at,
                path: stop.path,
                kind: stop.kind.into(),
            };
            return (None, vec![finding]);
        }
    };
    let mut reading: Vec<Finding<Kind>> = Vec::new();
    let mut covered = Vec::new();
    // A version that is no version, or none: said, then the rest is read.
    if let Some(kind) = opened.version_problem.clone() {
        covered.push("schema_version".to_string());
        reading.push(place(text, "schema_version".into(), kind));
    }
    for (path, field) in &opened.twice {
        reading.push(place(
            text,
            path.clone(),
            Kind::FieldTwice {
                field: field.clone(),
            },
        ));
    }
    let mut unknown = Vec::new();
    let document = Repair::new(&opened, covered).run::<T>(text, &mut reading, &mut unknown);
    let Repair { covered, .. } = document.1;
    for u in unknown {
        if !covered.iter().any(|c| within(&u.path, c)) {
            reading.push(place(text, u.path.clone(), unknown_field(&opened, u)));
        }
    }
    let blocking = reading
        .iter()
        .any(|f| !matches!(f.kind, Kind::NewerField { .. }));
    let mut findings: Vec<Finding<K>> = reading
        .into_iter()
        .map(|f| Finding {
            at: f.at,
            path: f.path,
            kind: f.kind.into(),
        })
        .collect();
    let rules_found = match &document.0 {
        Some(document) => rules(document)
            .into_iter()
            .filter(|p| !covered.iter().any(|c| within(&p.path, c)))
            .map(|p| place(text, p.path, p.kind))
            .collect(),
        None => Vec::new(),
    };
    let blocking = blocking || !rules_found.is_empty();
    findings.extend(rules_found);
    // In order of place, each inserted where it belongs (stable: the same
    // place keeps the order found); std's sort costs the wasm more.
    let place_of = |f: &Finding<K>| f.at.unwrap_or((usize::MAX, usize::MAX));
    let mut sorted: Vec<Finding<K>> = Vec::with_capacity(findings.len());
    for f in findings {
        let at = sorted.partition_point(|g| place_of(g) <= place_of(&f));
        sorted.insert(at, f);
    }
    (document.0.filter(|_| !blocking), sorted)
}

/// A field the format does not know: a mistake in a version this build
/// knows; in a newer one, a warning.
fn unknown_field(opened: &Opened, u: Unknown) -> Kind {
    if opened.strict {
        Kind::UnknownField {
            field: u.field,
            known: u.known,
            near: None,
        }
    } else {
        Kind::NewerField {
            field: u.field,
            known_fields: u.known,
            near: None,
            versions: Box::new(Versions {
                found: opened.version.clone(),
                known: opened.known.clone(),
            }),
        }
    }
}

/// A problem at the place of its path in the text.
fn place<K>(text: &str, path: String, kind: K) -> Finding<K> {
    Finding {
        at: locate(text, &path),
        path,
        kind,
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
    fn new(opened: &Opened, covered: Vec<String>) -> Repair {
        Repair {
            value: opened.value.clone(),
            stand_ins: Vec::new(),
            covered,
        }
    }

    /// Reads the document again and again, a stand-in for each problem,
    /// until it reads; notes each problem in `findings` and each unknown
    /// field, once, in `unknown`. Gives the document, if it read, and
    /// itself, for the places it covered.
    fn run<T: DeserializeOwned>(
        mut self,
        text: &str,
        findings: &mut Vec<Finding<Kind>>,
        unknown: &mut Vec<Unknown>,
    ) -> (Option<T>, Repair) {
        let mut readings = 0;
        loop {
            let error = match self.read::<T>(unknown) {
                Ok(document) => return (Some(document), self),
                Err(error) => error.into_inner(),
            };
            let path = error.path.unwrap_or_default();
            let target = match &error.kind {
                Kind::MissingField { field } => join(&path, field),
                _ => path.clone(),
            };
            let deeper_than_a_stand_in = self.covered.iter().any(|c| within(&target, c))
                && !self.stand_ins.iter().any(|s| s.path == target);
            let fixed = if let Some(stand_in) = self.stand_ins.iter().position(|s| s.path == target)
            {
                // The stand-in in place did not read either: the next one.
                self.advance(stand_in)
            } else {
                let fixed = self.stand_in(target, &error.kind);
                if !deeper_than_a_stand_in {
                    findings.push(place(text, path, error.kind));
                }
                fixed
            };
            readings += 1;
            if !fixed || readings >= MAX_READINGS {
                findings.push(Finding {
                    at: None,
                    path: String::new(),
                    kind: Kind::MoreMayFollow,
                });
                return (None, self);
            }
        }
    }

    /// Reads the repaired document; notes the unknown fields it passed.
    fn read<T: DeserializeOwned>(&self, unknown: &mut Vec<Unknown>) -> Result<T, Mismatch> {
        let seen = Seen::default();
        let read = T::deserialize(Reader::new(&self.value, &Chain::Root, &seen));
        for u in seen.unknown.into_inner() {
            if !unknown.iter().any(|v| v.path == u.path) {
                unknown.push(u);
            }
        }
        read
    }

    /// Puts a stand-in at `path`; false when the path is not in the value.
    fn stand_in(&mut self, path: String, kind: &Kind) -> bool {
        let Some(steps) = segments(&path) else {
            return false;
        };
        let original = value_at(&mut self.value, &steps, false).map(|v| v.clone());
        let in_list = matches!(steps.last(), Some(Segment::Index(_)));
        let candidates = candidates(original.as_ref(), kind, in_list);
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

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// What to try in place of `original`, most faithful first: a word the
/// problem allows, the same text as a string or a number, then a value of
/// each type; last, leaving an object's field out. A field of the wrong
/// kind of block is left out at once.
fn candidates(original: Option<&Value>, kind: &Kind, in_list: bool) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    match kind {
        Kind::UnknownField { .. } if !in_list => return vec![None],
        Kind::UnknownValue { allowed, .. }
        | Kind::WrongType {
            expected: Expected::OneOf(allowed),
            ..
        } => out.extend(allowed.first().cloned().map(Value::String)),
        _ => {}
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
    use crate::json::Found;
    use serde::Deserialize;

    const DOC: Document = Document {
        name: "test document",
        supported_major: 1,
        known_minor: 0,
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

    /// The test document's one rule, and the reading's kinds, as one.
    #[derive(Debug, Clone, PartialEq)]
    enum Said {
        Reading(Kind),
        StartsWithX,
    }

    impl From<Kind> for Said {
        fn from(kind: Kind) -> Said {
            Said::Reading(kind)
        }
    }

    /// Items whose id starts with "x" break a rule.
    fn rules(d: &Doc) -> Vec<Problem<Said>> {
        d.items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.id.starts_with('x'))
            .map(|(i, _)| Problem::new(format!("items[{i}].id"), Said::StartsWithX))
            .collect()
    }

    /// Place, path and kind of each problem.
    type Found3 = (Option<(usize, usize)>, String, Said);

    fn check(text: &str) -> Vec<Found3> {
        let (doc, findings) = read_every(text, &DOC, rules);
        let warnings_only = findings
            .iter()
            .all(|f| matches!(f.kind, Said::Reading(Kind::NewerField { .. })));
        assert_eq!(doc.is_some(), warnings_only);
        findings
            .into_iter()
            .map(|f| (f.at, f.path, f.kind))
            .collect()
    }

    fn reading(found: &Found3) -> &Kind {
        match &found.2 {
            Said::Reading(kind) => kind,
            other => panic!("{other:?}"),
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
            reading(&found[0]),
            &Kind::WrongType {
                found: Found::Text("240.000".into()),
                expected: Expected::Number
            }
        );
        assert_eq!(
            reading(&found[2]),
            &Kind::UnknownValue {
                found: "huge".into(),
                allowed: vec!["small".into(), "large".into()],
                near: None
            }
        );
        assert_eq!(
            reading(&found[5]),
            &Kind::MissingField { field: "id".into() }
        );
        assert_eq!(found[1].2, Said::StartsWithX);
    }

    #[test]
    fn every_unknown_field_once_with_its_line() {
        let text = r#"{
  "schema_version": "1.0",
  "items": [
    {"id": "a", "n": 1, "kind": "small", "nte": "x"},
    {"id": "b", "n": "no", "kind": "small",
     "_comment": "a note", "opmerking": 1}
  ],
  "itmes": []
}"#;
        let found = check(text);
        let unknown: Vec<(usize, &str)> = found
            .iter()
            .filter(|f| matches!(reading(f), Kind::UnknownField { .. }))
            .map(|(at, p, _)| (at.unwrap().0, p.as_str()))
            .collect();
        assert_eq!(
            unknown,
            [(4, "items[0].nte"), (6, "items[1].opmerking"), (8, "itmes")]
        );
        assert_eq!(found.len(), 4, "the three and the number: {found:#?}");
    }

    #[test]
    fn in_a_newer_minor_version_unknown_fields_are_warnings() {
        let text = r#"{"schema_version": "1.1", "items": [{"id": "a", "n": 1, "kind": "small", "colour": "red"}]}"#;
        let (doc, findings) = read_every(text, &DOC, rules);
        assert!(doc.is_some(), "{findings:#?}");
        assert_eq!(
            findings.iter().map(|f| f.kind.clone()).collect::<Vec<_>>(),
            [Said::Reading(Kind::NewerField {
                field: "colour".into(),
                known_fields: &["id", "n", "kind", "note"],
                near: None,
                versions: Box::new(Versions {
                    found: "1.1".into(),
                    known: "1.0".into()
                }),
            })]
        );
        // With a real problem besides, there is no document.
        let broken = text.replace("\"n\": 1", "\"n\": \"1\"");
        assert!(read_every(&broken, &DOC, rules).0.is_none());
    }

    #[test]
    fn a_rule_about_a_stand_in_is_not_reported() {
        // The id ["x"] is read as a stand-in; "x" would break the rule, but
        // a list where the id belongs is one problem, not two.
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
        assert!(
            matches!(reading(&found[0]), Kind::TooLarge { .. }),
            "{found:?}"
        );
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
        assert_eq!(
            found.last().map(|f| &f.kind),
            Some(&Said::Reading(Kind::MoreMayFollow))
        );
    }
}
