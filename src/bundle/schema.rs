//! The JSON Schema of the bundle format, generated from the Rust types.
//! Native only: the wasm build never compiles schemars.

use super::types::Bundle;

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
            "Generated from src/bundle/types.rs; do not edit. Regenerate with: UPDATE_SCHEMA=1 cargo test --test schema".into(),
        );
    }
    sort_keys(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// Alphabetical key order at every level, whatever serde_json's map is.
fn sort_keys(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.sort_keys();
            for v in map.values_mut() {
                sort_keys(v);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}
