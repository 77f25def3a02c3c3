//! "Bedoelde u …?": a known word close to a wrong one, by edit distance,
//! and where the check fills it in. No browser dependencies.

use serde_json::Value;

use super::{Finding, Kind};
use crate::bundle::{Near, Rule};
use crate::json::{self, locate};

/// The number of single-character insertions, deletions, substitutions and
/// swaps of two neighbours that turn `a` into `b` (optimal string alignment
/// distance), counted in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two back (for swaps), one back, this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut last, row);
    }
    last[b.len()]
}

/// The known word closest to `wrong`, when it is close enough to be a
/// slip: at most one edit for words up to 4 characters, two up to 8, three
/// beyond; never `wrong` itself; on a tie, the first in `known`.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let n = wrong.chars().count();
    let allowed = match n {
        0 => return None,
        1..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    let mut best: Option<(usize, &str)> = None;
    for word in known {
        if word == wrong {
            continue;
        }
        let d = distance(wrong, word);
        if d <= allowed && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, word));
        }
    }
    best.map(|(_, w)| w)
}

/// Fills in "bedoelde u …?" wherever a known word is close to a wrong
/// one: an allowed value, a field of the object, an id of the bundle (with
/// the lines of both the reference and the close id, since the id may
/// have been renamed where it is defined). A required field missing next
/// to a misspelt field close to its name is one mistake: it is said once,
/// at the misspelt field.
pub(super) fn fill(text: &str, problems: &mut Vec<Finding>) {
    let json = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')).ok();
    let ids = json.as_ref().map(ids_with_paths).unwrap_or_default();
    let near_id = |wrong: &str, here: Option<(usize, usize)>, indicators_only: bool| {
        let known: Vec<&(String, String)> = ids
            .iter()
            .filter(|(_, path)| !indicators_only || is_indicator_id(path))
            .collect();
        let id = closest(wrong, known.iter().map(|(id, _)| id.as_str()))?;
        let (_, path) = known.iter().find(|(k, _)| k == id)?;
        Some(Near {
            id: id.to_string(),
            line: locate(text, path).map(|(line, _)| line),
            here: here.map(|(line, _)| line),
        })
    };
    let mut misspelt_for: Vec<(String, String)> = Vec::new();
    for p in problems.iter_mut() {
        let at = p.at;
        match &mut p.kind {
            Kind::Reading(json::Kind::UnknownValue {
                found,
                allowed,
                near,
            }) => {
                *near = closest(found, allowed.iter().map(String::as_str)).map(String::from);
            }
            Kind::Reading(json::Kind::UnknownField { field, known, near }) => {
                *near = closest(field, known.iter().copied()).map(String::from);
                if let Some(near) = near {
                    let object = p.path.rsplit_once('.').map_or("", |(o, _)| o);
                    misspelt_for.push((object.to_string(), near.clone()));
                }
            }
            Kind::Reading(json::Kind::NewerField {
                field,
                known_fields,
                near,
                ..
            }) => {
                *near = closest(field, known_fields.iter().copied()).map(String::from);
            }
            Kind::Bundle(Rule::NoSuchIndicator { id, near }) => *near = near_id(id, at, true),
            Kind::Bundle(Rule::AnchorNowhere { target, near }) => {
                *near = near_id(target, at, false)
            }
            _ => {}
        }
    }
    problems.retain(|p| match &p.kind {
        Kind::Reading(json::Kind::MissingField { field }) => !misspelt_for
            .iter()
            .any(|(object, near)| *object == p.path && near == field),
        _ => true,
    });
}

/// Whether the id at `path` is an indicator's:
/// `result_areas[0].indicators[1].id`.
fn is_indicator_id(path: &str) -> bool {
    path.strip_suffix(".id")
        .and_then(|parent| parent.rsplit('.').next())
        .is_some_and(|last| last.starts_with("indicators["))
}

/// Every `id` of the document with its path, in document order.
fn ids_with_paths(value: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![(value, String::new())];
    while let Some((v, path)) = stack.pop() {
        let join = |key: &str| {
            if path.is_empty() {
                key.to_string()
            } else {
                format!("{path}.{key}")
            }
        };
        match v {
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("id") {
                    out.push((id.clone(), join("id")));
                }
                stack.extend(map.iter().rev().map(|(k, v)| (v, join(k))));
            }
            Value::Array(items) => stack.extend(
                items
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, v)| (v, format!("{path}[{i}]"))),
            ),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        // A swap of two neighbours is one slip, as is an extra letter.
        assert_eq!(distance("on_tarck", "on_track"), 1);
        assert_eq!(distance("gebied-11", "gebied-1"), 1);
        // Characters, not bytes.
        assert_eq!(distance("café", "cafe"), 1);
    }

    #[test]
    fn the_closest_known_word_when_it_is_a_slip() {
        let statuses = ["on_track", "partly_on_track", "off_track", "no_data"];
        assert_eq!(closest("on_trak", statuses), Some("on_track"));
        assert_eq!(closest("offtrack", statuses), Some("off_track"));
        assert_eq!(closest("done", statuses), None, "not a slip of any");
        assert_eq!(
            closest(
                "vrijwillige-terugkeer",
                ["vrijwilige-terugkeer", "heroverwogen-migratieplannen"]
            ),
            Some("vrijwilige-terugkeer")
        );
        // Short words allow one slip only; the word itself is no suggestion.
        assert_eq!(closest("ab", ["xy"]), None);
        assert_eq!(closest("nl", ["nl", "en"]), None);
        assert_eq!(closest("", ["a"]), None);
        // A tie goes to the first known word.
        assert_eq!(closest("bat", ["cat", "hat"]), Some("cat"));
    }

    #[test]
    fn the_misspelt_fields_of_the_issue_are_slips() {
        for (wrong, right) in [
            ("previuos", "previous"),
            ("sourse", "source"),
            ("titel", "title"),
            ("lable", "label"),
        ] {
            assert_eq!(closest(wrong, [right, "value", "period"]), Some(right));
        }
        assert_eq!(closest("opmerking", ["title", "value", "period"]), None);
    }

    #[test]
    fn ids_are_found_with_their_paths() {
        let v = serde_json::json!({"result_areas": [{"id": "a", "indicators": [{"id": "b", "figures": [{"id": "c"}]}]}]});
        let ids = ids_with_paths(&v);
        assert_eq!(
            ids,
            [
                ("a".to_string(), "result_areas[0].id".to_string()),
                ("b".into(), "result_areas[0].indicators[0].id".into()),
                (
                    "c".into(),
                    "result_areas[0].indicators[0].figures[0].id".into()
                ),
            ]
        );
        let indicators: Vec<&str> = ids
            .iter()
            .filter(|(_, p)| is_indicator_id(p))
            .map(|(id, _)| id.as_str())
            .collect();
        assert_eq!(indicators, ["b"]);
    }
}
