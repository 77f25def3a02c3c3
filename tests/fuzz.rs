//! Property tests of the parser and validator: whatever the input, `parse`
//! returns, and never panics or overflows the stack. Mutations start from
//! the MADE-UP every-field bundle (tests/fixtures/every-field-made-up-nl.json),
//! which holds every kind of field a bundle knows.
//!
//! Bounded by default (256 cases per property, a few seconds). A longer run:
//!
//! ```text
//! PROPTEST_CASES=100000 cargo test --release --test fuzz
//! ```
#![cfg(not(target_arch = "wasm32"))]

use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::Config;
use resultaten::bundle::{self, Bundle};
use serde_json::{json, Value};

/// The bundle every mutation starts from: made up, with every field.
const BUNDLE: &str = include_str!("fixtures/every-field-made-up-nl.json");

/// 256 cases unless PROPTEST_CASES says otherwise; no regression files
/// written into the source tree (a failure prints its minimal input).
fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

// Parsed once: debug builds of serde_json are slow, and every case needs them.
static BUNDLE_VALUE: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(BUNDLE).expect("the made-up bundle is JSON"));
static PARSED: LazyLock<Bundle> =
    LazyLock::new(|| bundle::parse(BUNDLE).expect("the made-up bundle is valid"));
static NODES: LazyLock<Vec<Vec<Step>>> = LazyLock::new(|| nodes(&BUNDLE_VALUE));

fn bundle_value() -> Value {
    BUNDLE_VALUE.clone()
}

fn the_bundle() -> Bundle {
    PARSED.clone()
}

/// What must hold for any input: no panic (the harness catches that), and a
/// bundle that parses is valid and survives a round trip unchanged.
fn check(text: &str) -> Result<(), TestCaseError> {
    if let Ok(b) = bundle::parse(text) {
        prop_assert!(bundle::validate(&b).is_empty());
        let again = serde_json::to_string(&b).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let b2 = bundle::parse(&again);
        prop_assert!(
            b2.is_ok(),
            "written back out, it no longer parses: {:?}",
            b2
        );
        let (v1, v2) = (
            serde_json::to_value(&b).ok(),
            b2.ok().and_then(|b| serde_json::to_value(b).ok()),
        );
        prop_assert!(
            matches!((&v1, &v2), (Some(a), Some(b)) if same(a, b)),
            "the round trip changed the bundle"
        );
    }
    // Locating any path in any text is safe too.
    let _ = resultaten::json::locate(text, "result_areas[0].indicators[1].value.value");
    let _ = resultaten::json::locate(text, "theme.title");
    Ok(())
}

/// Equal, but numbers only up to the last bit: serde_json's default float
/// parsing is not exactly correctly rounded for 17-digit numbers (its
/// `float_roundtrip` feature would make it so, at a cost no page needs).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => {
                x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
            }
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, a)| y.get(k).is_some_and(|b| same(a, b)))
        }
        _ => a == b,
    }
}

/// Every node of a JSON value, as a list of steps from the root.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn nodes(v: &Value) -> Vec<Vec<Step>> {
    let mut out = vec![Vec::new()];
    let mut i = 0;
    while i < out.len() {
        let path = out[i].clone();
        if let Some(node) = get(v, &path) {
            match node {
                Value::Object(map) => {
                    for k in map.keys() {
                        let mut p = path.clone();
                        p.push(Step::Key(k.clone()));
                        out.push(p);
                    }
                }
                Value::Array(items) => {
                    for j in 0..items.len() {
                        let mut p = path.clone();
                        p.push(Step::Index(j));
                        out.push(p);
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    out
}

fn get<'a>(v: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, s| match s {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(i),
    })
}

fn get_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, s| match s {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// Stands for raw JSON text that a `Value` cannot hold (or should not, like
/// 100 000 levels of nesting, which would overflow the stack when dropped).
const RAW: &str = "\u{1}raw\u{1}";

#[derive(Debug, Clone)]
enum Mutation {
    Delete,
    Duplicate,
    Replace(Value),
    ReplaceRaw(String),
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        Just(json!(1e308)),
        Just(json!(-1e308)),
        Just(json!(-0.0)),
        Just(json!(5e-324)),
        prop::sample::select(vec![
            "",
            " ",
            "NaN",
            "Infinity",
            "-Infinity",
            "-0",
            "1e400",
            "240.000",
            "2,5",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "data:text/html,x",
            "#",
            "#main",
            "//evil.example",
            "\u{0}",
            "\u{202e}",
            "on_track",
            "paragraph",
            "1.0",
            "2.0",
            "{value}",
        ])
        .prop_map(|s| json!(s)),
        "\\PC{0,40}".prop_map(Value::String),
        // Very long strings: mostly moderate, sometimes huge (debug builds
        // are slow to print and parse them).
        prop_oneof![9 => 1usize..2_000, 1 => 2_000usize..200_000]
            .prop_map(|n| Value::String("x".repeat(n))),
        Just(json!({})),
        Just(json!([])),
        Just(json!([null, 1, "a", {}])),
        Just(json!({"type": "paragraph", "content": []})),
        Just(json!({"type": "link", "text": "x", "href": "javascript:alert(1)"})),
    ]
}

fn raw_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "1e400",
            "-1e400",
            "NaN",
            "Infinity",
            "-0",
            "00",
            "1.",
            ".5",
            "0x10",
            "+1",
            "18446744073709551616",
            "-9223372036854775809",
            "1e-400",
            "\"\\ud800\"",
            "\"\\u0000\"",
            "\"\\x\"",
            "tru",
            "nul",
            "{",
            "]",
            "",
            "{\"a\":1,}",
            "[1,]",
        ])
        .prop_map(String::from),
        // Deep nesting, past serde_json's limit of 128 and far beyond.
        prop_oneof![3 => 100usize..1_000, 1 => 1_000usize..100_000].prop_map(|d| format!(
            "{}{}",
            "[".repeat(d),
            "]".repeat(d)
        )),
        (100usize..5_000).prop_map(|d| format!("{}1{}", "{\"a\":".repeat(d), "}".repeat(d))),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => Just(Mutation::Delete),
        1 => Just(Mutation::Duplicate),
        4 => replacement().prop_map(Mutation::Replace),
        2 => raw_text().prop_map(Mutation::ReplaceRaw),
    ]
}

/// Applies `m` at the node `pick` selects; returns the bundle as text.
fn apply(pick: prop::sample::Index, m: &Mutation) -> String {
    apply_at(&NODES[pick.index(NODES.len())], m)
}

fn apply_at(path: &[Step], m: &Mutation) -> String {
    let mut v = bundle_value();
    let mut raw = None;
    match m {
        Mutation::Replace(new) => {
            if let Some(node) = get_mut(&mut v, path) {
                *node = new.clone();
            }
        }
        Mutation::ReplaceRaw(text) => {
            if let Some(node) = get_mut(&mut v, path) {
                *node = json!(RAW);
                raw = Some(text.clone());
            }
        }
        Mutation::Delete | Mutation::Duplicate => {
            if let Some((last, parent)) = path.split_last() {
                match (get_mut(&mut v, parent), last) {
                    (Some(Value::Object(map)), Step::Key(k)) => {
                        if matches!(m, Mutation::Delete) {
                            map.remove(k);
                        } else if let Some(copy) = map.get(k).cloned() {
                            map.insert(format!("{k}_copy"), copy);
                        }
                    }
                    (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
                        if matches!(m, Mutation::Delete) {
                            items.remove(*i);
                        } else {
                            let copy = items[*i].clone();
                            items.insert(*i, copy);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let text = serde_json::to_string_pretty(&v).unwrap_or_default();
    match raw {
        Some(r) => text.replacen(&serde_json::to_string(RAW).unwrap_or_default(), &r, 1),
        None => text,
    }
}

#[derive(Debug, Clone)]
enum ByteEdit {
    Flip {
        at: prop::sample::Index,
        bit: u8,
    },
    Delete {
        at: prop::sample::Index,
        len: usize,
    },
    Duplicate {
        at: prop::sample::Index,
        len: usize,
    },
    Insert {
        at: prop::sample::Index,
        bytes: Vec<u8>,
    },
    Truncate {
        at: prop::sample::Index,
    },
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        (any::<prop::sample::Index>(), 0u8..8).prop_map(|(at, bit)| ByteEdit::Flip { at, bit }),
        (any::<prop::sample::Index>(), 1usize..64)
            .prop_map(|(at, len)| ByteEdit::Delete { at, len }),
        (any::<prop::sample::Index>(), 1usize..4096)
            .prop_map(|(at, len)| ByteEdit::Duplicate { at, len }),
        (
            any::<prop::sample::Index>(),
            prop::collection::vec(any::<u8>(), 1..16)
        )
            .prop_map(|(at, bytes)| ByteEdit::Insert { at, bytes }),
        any::<prop::sample::Index>().prop_map(|at| ByteEdit::Truncate { at }),
    ]
}

fn edit_bytes(mut bytes: Vec<u8>, edit: &ByteEdit) -> Vec<u8> {
    let n = bytes.len();
    if n == 0 {
        return bytes;
    }
    match edit {
        ByteEdit::Flip { at, bit } => bytes[at.index(n)] ^= 1 << bit,
        ByteEdit::Delete { at, len } => {
            let i = at.index(n);
            bytes.drain(i..(i + len).min(n));
        }
        ByteEdit::Duplicate { at, len } => {
            let i = at.index(n);
            let copy = bytes[i..(i + len).min(n)].to_vec();
            bytes.splice(i..i, copy);
        }
        ByteEdit::Insert { at, bytes: new } => {
            let i = at.index(n);
            bytes.splice(i..i, new.iter().copied());
        }
        ByteEdit::Truncate { at } => bytes.truncate(at.index(n)),
    }
    bytes
}

/// JSON-ish fragments, so random text gets past the first byte.
fn jsonish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            " ",
            "\n",
            "0",
            "-1",
            "1e9",
            "e",
            ".",
            "null",
            "true",
            "\"schema_version\"",
            "\"1.0\"",
            "\"2.0\"",
            "\"theme\"",
            "\"id\"",
            "\"type\"",
            "\"paragraph\"",
            "\"result_areas\"",
            "\"indicators\"",
            "\"status\"",
            "\"on_track\"",
            "\"value\"",
            "\u{feff}",
            "é",
        ]),
        0..300,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,512}") {
        check(&text)?;
    }

    #[test]
    fn json_like_text_never_panics(text in jsonish()) {
        check(&text)?;
        check(&format!("{{\"schema_version\": \"1.0\", {text}"))?;
    }

    #[test]
    fn mutated_bundles_never_panic(pick in any::<prop::sample::Index>(), m in mutation()) {
        let text = apply(pick, &m);
        check(&text)?;
    }

    #[test]
    fn byte_edits_of_the_bundle_never_panic(edits in prop::collection::vec(byte_edit(), 1..4)) {
        let bytes = edits.iter().fold(BUNDLE.as_bytes().to_vec(), edit_bytes);
        check(&String::from_utf8_lossy(&bytes))?;
    }

    /// Changes that must not change the meaning: another layout, another
    /// key order, a newer minor version, and in a newer minor version
    /// than this build knows, unknown fields anywhere. In a version it
    /// knows, the same fields are refused: never dropped unsaid.
    #[test]
    fn harmless_changes_keep_the_bundle_valid_and_equal(
        picks in prop::collection::vec((any::<prop::sample::Index>(), replacement()), 0..8),
        minor in 0u32..1000,
        compact in any::<bool>(),
    ) {
        let mut v = bundle_value();
        let objects: Vec<&Vec<Step>> = NODES
            .iter()
            .filter(|p| matches!(get(&v, p), Some(Value::Object(_))))
            .collect();
        for (n, (pick, extra)) in picks.iter().enumerate() {
            let path = &objects[pick.index(objects.len())];
            if let Some(Value::Object(map)) = get_mut(&mut v, path) {
                map.insert(format!("x_future_{n}"), extra.clone());
            }
        }
        let newer = bundle::KNOWN_MINOR as u32 + 1;
        if !picks.is_empty() {
            v["schema_version"] = json!(format!("1.{}", bundle::KNOWN_MINOR));
            prop_assert!(bundle::parse(&v.to_string()).is_err(), "unknown fields in a known version");
        }
        let minor = if picks.is_empty() { minor } else { minor.max(newer) };
        v["schema_version"] = json!(format!("1.{minor}"));
        // serde_json's map sorts keys, so this also reorders every object.
        let text = if compact { v.to_string() } else { serde_json::to_string_pretty(&v).unwrap_or_default() };
        let parsed = bundle::parse(&text);
        let mut expected = the_bundle();
        expected.schema_version = format!("1.{minor}");
        prop_assert_eq!(parsed, Ok(expected));
    }
}

#[test]
fn the_raw_placeholder_is_replaced() {
    let path = [Step::Key("theme".into()), Step::Key("year".into())];
    let text = apply_at(&path, &Mutation::ReplaceRaw("1e400".into()));
    assert!(text.contains("\"year\": 1e400"), "{text}");
    assert!(!text.contains("raw"));
}
