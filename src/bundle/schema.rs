//! The JSON Schema of the bundle format, generated from the Rust types.
//! Native only: the wasm build never compiles schemars.
//!
//! Editors' own tools (an editor that validates JSON) read it, so it says
//! as much of the page's rules as a schema can, in the way those tools
//! report best:
//! - a fixed choice (`status`, `kind`, …) is one `enum`, so a wrong value
//!   gives one message, not one per allowed value;
//! - a mistake inside an optional object is reported where it is;
//! - counts cannot be below zero (`minimum: 0`), as `validate` rules;
//! - addresses are refused by the patterns of [`crate::address`];
//! - every field has a description (the doc comments of `types.rs`);
//! - an object has only the fields the format knows
//!   (`additionalProperties: false`), so a misspelt field is underlined,
//!   as the check reports it, and a field whose name starts with `_` is a
//!   note for people (`patternProperties`), as the reading skips it
//!   (`crate::json`). The schema is of the version this build knows
//!   ([`KNOWN_MINOR`]): a newer minor version's fields are not in it.
//!
//! What a schema cannot say (an id used twice, a highlight naming an
//! indicator the bundle does not have, an in-page link to nowhere) only the
//! editors' page and `check-bundle` find.

use serde_json::{json, Map, Value};

use super::types::{Bundle, ID_PATTERN, KNOWN_MINOR, SUPPORTED_MAJOR, VERSION_PATTERN};
use crate::address::{HREF_PATTERN, MEDIA_SRC_PATTERN};

/// Where the generated schema is shipped, relative to the crate root.
/// `tests/schema.rs` keeps that file equal to [`json_schema`].
pub const SCHEMA_PATH: &str = "public/schema/results-bundle.schema.json";

/// The JSON Schema (draft 2020-12) of a results bundle, pretty-printed with
/// keys in alphabetical order and a final newline, so that the shipped file
/// only changes when the format does.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Bundle);
    let mut value = schema.to_value();
    if let Some(root) = value.as_object_mut() {
        root.insert("title".into(), "Results bundle (Resultaten)".into());
        root.insert(
            "$comment".into(),
            format!("Format {SUPPORTED_MAJOR}.{KNOWN_MINOR}. Generated from src/bundle/types.rs; do not edit. Regenerate with: UPDATE_SCHEMA=1 cargo test --test schema").into(),
        );
    }
    enums(&mut value);
    closed(&mut value);
    optionals(&mut value);
    tags(&mut value);
    pattern_messages(&mut value);
    if let Some(defs) = value.get_mut("$defs").and_then(Value::as_object_mut) {
        counts(defs);
    }
    sort_keys(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// A `oneOf` of constants (how schemars writes an enum whose values have
/// doc comments) becomes one `enum`, with each value's comment kept in the
/// description: "`on_track`: The report says …".
fn enums(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let consts: Option<Vec<(Value, Option<String>)>> = map
                .get("oneOf")
                .and_then(Value::as_array)
                .and_then(|options| {
                    options
                        .iter()
                        .map(|o| {
                            let c = o.get("const").filter(|c| c.is_string())?;
                            let said = o.get("description").and_then(Value::as_str);
                            Some((c.clone(), said.map(str::to_string)))
                        })
                        .collect()
                });
            if let Some(consts) = consts {
                map.remove("oneOf");
                let mut said: Vec<String> = map
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .into_iter()
                    .collect();
                for (c, description) in &consts {
                    if let (Some(c), Some(d)) = (c.as_str(), description) {
                        said.push(format!("`{c}`: {d}"));
                    }
                }
                if !said.is_empty() {
                    map.insert("description".into(), said.join("\n").into());
                }
                map.insert("type".into(), "string".into());
                map.insert("enum".into(), consts.into_iter().map(|(c, _)| c).collect());
            }
            map.values_mut().for_each(enums);
        }
        Value::Array(items) => items.iter_mut().for_each(enums),
        _ => {}
    }
}

/// Every object of the format has only its own fields, and notes: a
/// field starting with `_` is for people and read by nobody. (Before the
/// rules of [`counts`], whose conditions name some fields only.)
fn closed(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("object")
                && map.contains_key("properties")
            {
                map.insert("additionalProperties".into(), false.into());
                map.insert("patternProperties".into(), json!({ "^_": {} }));
            }
            map.values_mut().for_each(closed);
        }
        Value::Array(items) => items.iter_mut().for_each(closed),
        _ => {}
    }
}

/// An optional object (schemars: `anyOf` the object and `null`) becomes
/// "`null`, or else the object", so that a mistake inside it is reported
/// where it is (`…/value/value`), not as "matches none of anyOf" at the
/// object.
fn optionals(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let object = match map
                .get("anyOf")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
            {
                Some([object, null]) if *null == json!({ "type": "null" }) => Some(object.clone()),
                _ => None,
            };
            if let Some(object) = object {
                map.remove("anyOf");
                map.insert("if".into(), json!({ "type": "null" }));
                map.insert("else".into(), object);
            }
            map.values_mut().for_each(optionals);
        }
        Value::Array(items) => items.iter_mut().for_each(optionals),
        _ => {}
    }
}

/// The `type` field that tells a block or a run of text what it is gets a
/// description of its own.
fn tags(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(tag)) =
                map.get_mut("properties").and_then(|p| p.get_mut("type"))
            {
                if let Some(c) = tag.get("const").and_then(Value::as_str) {
                    let text = format!("What this is: always \"{c}\" here.");
                    tag.entry("description").or_insert(text.into());
                }
            }
            map.values_mut().for_each(tags);
        }
        Value::Array(items) => items.iter_mut().for_each(tags),
        _ => {}
    }
}

/// What a pattern means, in words, for the editors whose tool shows
/// `patternErrorMessage` (Visual Studio Code) instead of the expression;
/// other tools ignore it.
fn pattern_messages(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let said = match map.get("pattern").and_then(Value::as_str) {
                Some(HREF_PATTERN) => Some(
                    "Not an address the page may link to: use https:, http: or mailto:, a path on this site, or #id.".into(),
                ),
                Some(MEDIA_SRC_PATTERN) => Some(
                    "Not an address a photo or video may load from: use https: or a path on this site.".into(),
                ),
                Some(ID_PATTERN) => Some("An id uses only letters, digits, '-' and '_'.".into()),
                Some(VERSION_PATTERN) => Some(format!(
                    "A version this site reads: \"{SUPPORTED_MAJOR}.\" and a number, such as \"{SUPPORTED_MAJOR}.0\"."
                )),
                _ => None::<String>,
            };
            if let Some(said) = said {
                map.insert("patternErrorMessage".into(), said.into());
            }
            map.values_mut().for_each(pattern_messages);
        }
        Value::Array(items) => items.iter_mut().for_each(pattern_messages),
        _ => {}
    }
}

/// `minimum: 0` wherever `validate` refuses a value below zero: a count
/// cannot be negative, a percentage can, and so can a point of a chart
/// that shows values around zero (`"diverging"`). An indicator's earlier
/// values, target, baseline and breakdowns have its value's measure.
fn counts(defs: &mut Map<String, Value>) {
    let at_least_zero = json!({ "minimum": 0 });
    let percentage = json!({ "const": "percentage" });
    let rules = [
        (
            "Quantity",
            json!({ "properties": { "measure": percentage }, "required": ["measure"] }),
            json!({ "properties": { "value": at_least_zero } }),
        ),
        (
            "Indicator",
            json!({
                "properties": { "value": {
                    "type": "object",
                    "properties": { "measure": percentage },
                    "required": ["measure"]
                } },
                "required": ["value"]
            }),
            json!({ "properties": {
                "target": at_least_zero,
                "previous": { "items": { "properties": { "value": at_least_zero } } },
                "baseline": { "properties": { "value": at_least_zero } },
                "breakdowns": { "items": { "properties": {
                    "items": { "items": { "properties": { "value": at_least_zero } } }
                } } }
            } }),
        ),
        (
            "Dataset",
            json!({ "properties": { "kind": { "const": "diverging" } }, "required": ["kind"] }),
            json!({ "properties": {
                "points": { "items": { "properties": { "value": at_least_zero } } }
            } }),
        ),
    ];
    for (name, exempt, otherwise) in rules {
        if let Some(Value::Object(def)) = defs.get_mut(name) {
            def.insert("if".into(), exempt);
            def.insert("else".into(), otherwise);
        }
    }
}

/// Alphabetical key order at every level, whatever serde_json's map is.
fn sort_keys(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.sort_keys();
            for v in map.values_mut() {
                sort_keys(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}
