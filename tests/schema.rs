//! The JSON Schema shipped for editors is the one the Rust types generate.
//!
//! After a change to `src/bundle/types.rs`:
//! `UPDATE_SCHEMA=1 cargo test --test schema` rewrites the shipped file.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use resultaten::bundle::{json_schema, SCHEMA_PATH, SUPPORTED_MAJOR, VERSION_PATTERN};
use serde_json::Value;

mod common;
use resultaten::json::kind_name as json_kind;

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

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&json_schema()).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// The JSON pointers of what the schema refuses in `bundle`.
fn refused(validator: &jsonschema::Validator, bundle: &Value) -> Vec<String> {
    validator
        .iter_errors(bundle)
        .map(|e| format!("{} ({e})", e.instance_path))
        .collect()
}

#[test]
fn the_schema_accepts_every_shipped_bundle() {
    let validator = validator();
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let catalog = resultaten::catalog::parse_catalog(
        &std::fs::read_to_string(data.join("index.json")).expect("the catalog"),
    )
    .expect("the shipped catalog validates");
    assert!(!catalog.bundles.is_empty());
    for entry in &catalog.bundles {
        let text = std::fs::read_to_string(data.join(&entry.path)).expect("a listed bundle");
        let bundle: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            refused(&validator, &bundle),
            Vec::<String>::new(),
            "{}",
            entry.path
        );
    }
}

#[test]
fn the_schema_refuses_what_the_page_refuses() {
    // Made-up breakages of the real bundle, each of a kind an editor's
    // tool can see from the schema alone; the page refuses each too.
    let validator = validator();
    let shipped: Value = serde_json::from_str(NL_2019).unwrap();
    type Break = fn(&mut Value);
    let cases: [(&str, Break); 10] = [
        ("/schema_version", |v| v["schema_version"] = "2.0".into()),
        ("/theme/language", |v| v["theme"]["language"] = "fr".into()),
        ("/theme/year", |v| v["theme"]["year"] = "2019".into()),
        ("/highlights/0/value", |v| {
            v["highlights"][0]["value"] = (-5).into()
        }),
        ("/result_areas/0/id", |v| {
            v["result_areas"][0]["id"] = "opvang in de regio".into()
        }),
        // Optional values are "anyOf": the error is at the value's object.
        ("/result_areas/0/indicators/1/value", |v| {
            v["result_areas"][0]["indicators"][1]["value"]["value"] = "36.360".into()
        }),
        ("/result_areas/1/indicators/0/status", |v| {
            v["result_areas"][1]["indicators"][0]["status"] = "klaar".into()
        }),
        ("/result_areas/1/indicators/0", |v| {
            if let Some(o) = v["result_areas"][1]["indicators"][0].as_object_mut() {
                o.remove("title");
            }
        }),
        // Blocks are "oneOf" their kinds: errors inside one are at the block.
        ("/introduction/0", |v| {
            v["introduction"][0]["type"] = "bold".into()
        }),
        ("/introduction/0", |v| {
            v["introduction"][0]["content"][0] = serde_json::json!({"type": "text"})
        }),
    ];
    for (pointer, break_it) in cases {
        let mut bundle = shipped.clone();
        break_it(&mut bundle);
        let errors = refused(&validator, &bundle);
        assert!(
            errors.iter().any(|e| e.starts_with(pointer)),
            "the schema should refuse {pointer}: {errors:?}"
        );
        assert!(
            resultaten::bundle::parse(&bundle.to_string()).is_err(),
            "the page should refuse {pointer} too"
        );
    }
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
