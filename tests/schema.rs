//! The JSON Schema shipped for editors is the one the Rust types generate.
//!
//! After a change to `src/bundle/types.rs`:
//! `UPDATE_SCHEMA=1 cargo test --test schema` rewrites the shipped file.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use resultaten::bundle::{json_schema, SCHEMA_PATH, SUPPORTED_MAJOR, VERSION_PATTERN};
use serde_json::Value;

mod common;
use common::json_kind;

const NL_2019: &str =
    include_str!("../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");

fn shipped_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH)
}

#[test]
fn shipped_schema_is_up_to_date() {
    let generated = json_schema();
    let path = shipped_path();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        eprintln!("wrote {}", path.display());
        return;
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped.replace("\r\n", "\n") == generated,
        "{SCHEMA_PATH} is not the schema the Rust types generate.\n\
         After changing src/bundle/types.rs, update it with:\n\n    \
         UPDATE_SCHEMA=1 cargo test --test schema\n\n\
         and commit the file."
    );
}

#[test]
fn schema_is_stable() {
    assert_eq!(json_schema(), json_schema());
}

#[test]
fn version_pattern_follows_the_supported_major() {
    assert!(
        VERSION_PATTERN.starts_with(&format!("^{SUPPORTED_MAJOR}\\.")),
        "update VERSION_PATTERN in src/bundle/types.rs: {VERSION_PATTERN}"
    );
}

#[test]
fn schema_covers_every_field_of_the_shipped_bundle() {
    // Unknown fields are tolerated, so the schema cannot catch a typo in a
    // field name; this test makes sure every field we ship is described.
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    let bundle: Value = serde_json::from_str(NL_2019).unwrap();
    let mut missing = Vec::new();
    walk(&schema, &schema, &bundle, "", &mut missing);
    assert!(
        missing.is_empty(),
        "fields the schema does not describe: {missing:?}"
    );
}

/// Follows `value` through `schema` ($ref, anyOf/oneOf, properties, items)
/// and lists every object key that no applicable schema names.
fn walk(root: &Value, schema: &Value, value: &Value, path: &str, missing: &mut Vec<String>) {
    let schema = resolve(root, schema);
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = schema[key].as_array() {
            // The first option whose "type" const (for tagged blocks) and
            // JSON type fit.
            let fits = |o: &&Value| {
                let o = resolve(root, o);
                let tag_ok = match (&o["properties"]["type"]["const"], &value["type"]) {
                    (Value::String(want), Value::String(got)) => want == got,
                    (Value::String(_), _) => false,
                    _ => true,
                };
                tag_ok && type_fits(o, value)
            };
            match options.iter().find(fits) {
                Some(o) => walk(root, o, value, path, missing),
                None => missing.push(format!("{path} (no option fits)")),
            }
            return;
        }
    }
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match schema["properties"].get(k) {
                    Some(s) => walk(root, s, v, &p, missing),
                    None => missing.push(p),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(root, &schema["items"], v, &format!("{path}[{i}]"), missing);
            }
        }
        _ => {}
    }
}

fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        Some(name) => &root["$defs"][name],
        None => schema,
    }
}

fn type_fits(schema: &Value, value: &Value) -> bool {
    let name = json_kind(value);
    let ok = |t: &Value| t == name || (name == "number" && t == "integer");
    match &schema["type"] {
        Value::String(_) => ok(&schema["type"]),
        Value::Array(ts) => ts.iter().any(ok),
        _ => true,
    }
}
