//! The JSON Schema shipped for editors is the one the Rust types generate.
//!
//! After a change to `src/bundle/types.rs`:
//! `UPDATE_SCHEMA=1 cargo test --test schema` rewrites the shipped file.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use resultaten::address::{is_safe_href, is_safe_media_src, HREF_PATTERN, MEDIA_SRC_PATTERN};
use resultaten::bundle::{json_schema, SCHEMA_PATH, SUPPORTED_MAJOR, VERSION_PATTERN};
use serde_json::{json, Value};

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
    let cases: [(&str, Break); 16] = [
        ("/schema_version", |v| v["schema_version"] = "2.0".into()),
        ("/theme/language", |v| v["theme"]["language"] = "fr".into()),
        ("/theme/year", |v| v["theme"]["year"] = "2019".into()),
        ("/highlights/0/value", |v| {
            v["highlights"][0]["value"] = (-5).into()
        }),
        ("/result_areas/0/id", |v| {
            v["result_areas"][0]["id"] = "opvang in de regio".into()
        }),
        // Inside an optional object, the error is where the mistake is.
        ("/result_areas/0/indicators/1/value/value", |v| {
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
        // A count below zero; an indicator's earlier values, target and
        // breakdowns have its value's measure.
        ("/result_areas/1/indicators/0/value/value", |v| {
            v["result_areas"][1]["indicators"][0]["value"]["value"] = (-5).into()
        }),
        ("/result_areas/0/indicators/0/target", |v| {
            v["result_areas"][0]["indicators"][0]["target"] = (-1).into()
        }),
        // Bars grow from zero: only a diverging chart shows values below.
        (
            "/result_areas/1/indicators/2/figures/0/points/0/value",
            |v| {
                v["result_areas"][1]["indicators"][2]["figures"][0]["points"][0]["value"] =
                    (-3).into()
            },
        ),
        ("/resources/0/href", |v| {
            v["resources"][0]["href"] = "javascript:alert(1)".into()
        }),
        ("/result_areas/0/photo/src", |v| {
            v["result_areas"][0]["photo"] =
                json!({ "kind": "photo", "src": "http://example.org/x.jpg", "alt": "x" })
        }),
        ("/result_areas/0/links/0/href", |v| {
            v["result_areas"][0]["links"] = json!([{ "title": "x", "href": "//example.org/" }])
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

/// A wrong status is one message from the schema, naming the allowed
/// values: an `enum`, not a `oneOf` of constants (one message each).
#[test]
fn a_wrong_choice_is_one_message() {
    let validator = validator();
    let mut bundle: Value = serde_json::from_str(NL_2019).unwrap();
    bundle["result_areas"][1]["indicators"][0]["status"] = "on-track".into();
    let errors = refused(&validator, &bundle);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("/result_areas/1/indicators/0/status")
            && errors[0].contains("\"on_track\""),
        "{errors:?}"
    );
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    let mut constants = Vec::new();
    find_one_of_constants(&schema, "", &mut constants);
    assert!(constants.is_empty(), "oneOf of constants at {constants:?}");
}

fn find_one_of_constants(schema: &Value, at: &str, found: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Array(options)) = map.get("oneOf") {
                if options.iter().all(|o| o.get("const").is_some()) {
                    found.push(at.to_string());
                }
            }
            for (k, v) in map {
                find_one_of_constants(v, &format!("{at}/{k}"), found);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                find_one_of_constants(v, &format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// What can be below zero stays allowed: a percentage, and a point of a
/// chart of values around zero.
#[test]
fn the_schema_allows_what_the_page_allows_below_zero() {
    let validator = validator();
    let shipped: Value = serde_json::from_str(NL_2019).unwrap();
    let mut bundle = shipped.clone();
    let indicator = &mut bundle["result_areas"][1]["indicators"][0];
    indicator["value"]["measure"] = "percentage".into();
    indicator["value"]["value"] = (-2.5).into();
    indicator["target"] = (-1).into();
    // The shipped diverging chart has a value below zero already.
    let figure = &mut bundle["result_areas"][1]["progress"]["figures"][0];
    assert_eq!(figure["kind"], "diverging");
    figure["points"][0]["value"] = (-3).into();
    assert_eq!(refused(&validator, &bundle), Vec::<String>::new());
    assert!(resultaten::bundle::parse(&bundle.to_string()).is_ok());
}

/// A highlight naming an indicator the bundle does not have: a schema
/// cannot say that ids must match, so editors' tools let it pass; the page
/// (and the editors' check page) refuse it.
#[test]
fn a_dangling_reference_is_beyond_a_schema() {
    let validator = validator();
    let mut bundle: Value = serde_json::from_str(NL_2019).unwrap();
    bundle["highlights"][0]["indicator"] = "bestaat-niet".into();
    assert_eq!(refused(&validator, &bundle), Vec::<String>::new());
    assert!(resultaten::bundle::parse(&bundle.to_string()).is_err());
}

/// The address patterns say what `is_safe_href` and `is_safe_media_src`
/// say, for every kind of address the rules tell apart.
#[test]
fn the_address_patterns_follow_the_address_rules() {
    let pattern = |p: &str| {
        jsonschema::validator_for(&json!({ "type": "string", "pattern": p }))
            .expect("a valid pattern")
    };
    let (href, media) = (pattern(HREF_PATTERN), pattern(MEDIA_SRC_PATTERN));
    let addresses = [
        "https://www.rijksoverheid.nl/",
        "HTTPS://EXAMPLE.ORG",
        "http://example.org/x",
        "mailto:x@example.org",
        "/data/x.json",
        "/",
        "data/x.json",
        "page?a=b:c",
        "a/b:c",
        "#gebied-1",
        "#",
        "?check",
        " https://example.org",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "ftp://example.org",
        "//example.org",
        " //example.org",
        "\\\\example.org",
        "/\\example.org",
        "https://example.org/\u{7}",
        "a\nb",
        "",
        "   ",
        "tel:+31",
        "x:",
    ];
    for a in addresses {
        assert_eq!(href.is_valid(&json!(a)), is_safe_href(a), "href {a:?}");
        assert_eq!(media.is_valid(&json!(a)), is_safe_media_src(a), "src {a:?}");
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
    // The schema refuses unknown fields; this test makes sure every field
    // we ship is one it describes.
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    let bundle: Value = serde_json::from_str(NL_2019).unwrap();
    let mut missing = Vec::new();
    walk(&schema, &schema, &bundle, "", &mut missing);
    assert!(
        missing.is_empty(),
        "fields the schema does not describe: {missing:?}"
    );
}

/// Editors' tools show a field's description as they type: every field
/// and every definition has one (the doc comments of `types.rs`).
#[test]
fn every_field_is_described() {
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    let mut undescribed = Vec::new();
    described(&schema, "#", &mut undescribed);
    for (name, def) in schema["$defs"].as_object().expect("$defs") {
        if def.get("description").is_none() {
            undescribed.push(format!("$defs/{name}"));
        }
    }
    assert!(undescribed.is_empty(), "no description: {undescribed:?}");
}

fn described(schema: &Value, at: &str, undescribed: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                for (name, field) in properties {
                    // The rules under "if"/"else" restate fields.
                    let rule = at.contains("/if/") || at.ends_with("/if") || at.contains("/else");
                    if !rule && field.get("description").is_none() {
                        undescribed.push(format!("{at}/{name}"));
                    }
                }
            }
            for (k, v) in map {
                described(v, &format!("{at}/{k}"), undescribed);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                described(v, &format!("{at}/{i}"), undescribed);
            }
        }
        _ => {}
    }
}

/// Follows `value` through `schema` ($ref, anyOf/oneOf, properties, items)
/// and lists every object key that no applicable schema names.
fn walk(root: &Value, schema: &Value, value: &Value, path: &str, missing: &mut Vec<String>) {
    let schema = resolve(root, schema);
    // An optional object: `null`, or else the object.
    if schema["if"] == json!({ "type": "null" }) {
        if !value.is_null() {
            walk(root, &schema["else"], value, path, missing);
        }
        return;
    }
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

/// The four mistakes of `tests/fixtures/check/four-mistakes-made-up.json`
/// as an editor's JSON tool sees them with the schema: one message each
/// for the status, the address and the count, where they are; the
/// highlight's misspelt indicator id is a dangling reference no schema
/// can see (the editors' check page names it, with a suggestion).
#[test]
fn an_editor_s_tool_reports_three_of_the_four_mistakes() {
    let validator = validator();
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/check/four-mistakes-made-up.json"),
    )
    .expect("the made-up fixture");
    let bundle: Value = serde_json::from_str(&text).expect("JSON");
    let mut errors: Vec<(String, String)> = validator
        .iter_errors(&bundle)
        .map(|e| (e.instance_path.to_string(), e.to_string()))
        .collect();
    errors.sort();
    let at: Vec<&str> = errors.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        at,
        [
            "/resources/0/href",
            "/result_areas/0/indicators/0/status",
            "/result_areas/1/indicators/0/value/value",
        ],
        "{errors:#?}"
    );
    assert!(errors[1].1.contains("\"on_track\""), "{errors:#?}");
    assert!(errors[2].1.contains("minimum of 0"), "{errors:#?}");
}

/// The made-up bundle with five field names the format does not know
/// (`tests/fixtures/check/unknown-fields-made-up.json`): the schema
/// refuses each at the place the check reports it, and nothing else but
/// the required `label` and `title` that `lable` and `titel` stand in for
/// (the check says those once, at the misspelt field).
#[test]
fn the_schema_refuses_unknown_fields_where_the_check_reports_them() {
    use jsonschema::error::ValidationErrorKind as K;
    let validator = validator();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check/unknown-fields-made-up.json");
    let bytes = std::fs::read(path).expect("the made-up fixture");
    let bundle: Value = serde_json::from_slice(&bytes).expect("JSON");
    let mut schema: Vec<String> = Vec::new();
    let mut required: Vec<String> = Vec::new();
    for e in validator.iter_errors(&bundle) {
        match &e.kind {
            K::AdditionalProperties { unexpected } => {
                for field in unexpected {
                    schema.push(format!("{}/{field}", e.instance_path));
                }
            }
            K::Required { property } => required.push(format!("{}/{property}", e.instance_path)),
            other => panic!("{other:?} at {}", e.instance_path),
        }
    }
    schema.sort();
    let checked = resultaten::check::check_file(&bytes);
    let mut check: Vec<String> = checked.problems.iter().map(|p| pointer(&p.path)).collect();
    check.sort();
    assert_eq!(schema, check);
    assert_eq!(schema.len(), 5, "{schema:?}");
    required.sort();
    assert_eq!(
        required,
        ["/highlights/0/\"label\"", "/resources/1/\"title\""]
    );
    // The same bundle without its misspellings is valid for both.
    let fixed = String::from_utf8(bytes)
        .unwrap()
        .replace("\"previuos\"", "\"previous\"")
        .replace("\"sourse\"", "\"source\"")
        .replace("\"titel\"", "\"title\"")
        .replace("\"lable\"", "\"label\"")
        .replace("\"opmerking\"", "\"_opmerking\"");
    let fixed_value: Value = serde_json::from_str(&fixed).unwrap();
    assert_eq!(refused(&validator, &fixed_value), Vec::<String>::new());
    let checked = resultaten::check::check_file(fixed.as_bytes());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
}

/// `result_areas[0].indicators[0].previuos` as a JSON pointer.
fn pointer(path: &str) -> String {
    let mut out = String::new();
    for part in path.split('.') {
        let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
        out.push('/');
        out.push_str(key);
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            out.push('/');
            out.push_str(index.trim_end_matches(']'));
        }
    }
    out
}

/// The version the documentation names is the newest this build knows,
/// the version whose fields the schema and the check know.
#[test]
fn the_documented_version_is_the_newest_this_build_knows() {
    let doc = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/bundle-format.md"),
    )
    .expect("the format's documentation");
    let known = format!("{SUPPORTED_MAJOR}.{}", resultaten::bundle::KNOWN_MINOR);
    assert!(
        doc.starts_with(&format!("# The results bundle format, version {known}\n")),
        "docs/bundle-format.md's title should name version {known}"
    );
    assert!(json_schema().contains(&format!("\"Format {known}.")));
}
