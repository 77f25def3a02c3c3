//! Reading a versioned JSON document (a results bundle, the catalog) with
//! errors an editor can act on. One pipeline for every document the app
//! reads, in this order:
//!
//! 1. **size**: text over the document's limit is refused unread;
//! 2. **byte order mark**: skipped, as browsers do when they decode a
//!    response;
//! 3. **shape**: empty text, or a list where the document's object belongs;
//! 4. **version**: `schema_version` is read first and checked against the
//!    document's supported major version, so a document of an unknown major
//!    version says so instead of failing on some field that changed shape;
//! 5. **deserialisation** with serde's derive, a failure reported with its
//!    JSON path, line and column ([`locate`]), in plain words ([`message`]:
//!    also what the text is when it is not JSON at all, such as an HTML
//!    error page);
//! 6. **the document's own rules** ([`read_valid`]): `bundle::validate`,
//!    the catalog's `validate`, every problem with its path.
//!
//! serde's derive also reads an object given as a list of its fields in
//! order (`"theme": ["id", "Title", 2019, "nl"]`). The pipeline refuses a
//! whole document given as a list; inside one, such lists are read as the
//! derive reads them, although the JSON Schema, which editors' tools use,
//! refuses them. No browser dependencies.

mod every;
mod locate;
mod message;
mod problem;

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Deserialize;

pub use every::{kind_of, read_every, Finding};
pub use locate::{locate, path_at, value_at};
pub use problem::{Compared, Expected, FileKind, Kind, NotJson, Problem};

/// The JSON Schema name of a value's type: `"null"`, `"number"`, ….
pub fn kind_name(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// What kind of document is read, for the pipeline's checks and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// As messages name it: "bundle", "catalog".
    pub name: &'static str,
    /// The major version of its format this build reads; any minor version
    /// of it loads (minor versions only add optional fields).
    pub supported_major: u64,
    /// The largest text accepted, in bytes.
    pub max_bytes: usize,
}

/// `"MAJOR.MINOR"`: two runs of ASCII digits and a point, nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
}

impl Version {
    /// `"1.0"` → 1.0; `None` for anything else (`"1"`, `"1.x"`, `" 1.0"`).
    pub fn parse(text: &str) -> Option<Version> {
        let (major, minor) = text.split_once('.')?;
        let number = |s: &str| {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        Some(Version {
            major: number(major)?,
            minor: number(minor)?,
        })
    }
}

/// Why a document cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// Not JSON, or JSON of the wrong shape (a string where a number belongs,
    /// an unknown status, a missing field). Line and column are 1-based; the
    /// column counts characters, as editors do.
    Syntax {
        line: usize,
        column: usize,
        /// JSON path of the value at fault, e.g.
        /// `result_areas[1].indicators[0].status`; empty when the fault is not
        /// inside any field (not JSON at all, or cut off).
        path: String,
        message: String,
    },
    /// A `schema_version` that is not a version of the major one this build
    /// reads.
    UnsupportedVersion { found: String, supported: u64 },
    /// Parsed, but breaks the rules of the format: every problem.
    Invalid(Vec<Problem>),
    /// Larger than the document's limit; not parsed at all.
    TooLarge { bytes: usize, limit: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax {
                line,
                column,
                path,
                message,
            } => {
                write!(f, "line {line}, column {column}")?;
                if !path.is_empty() {
                    write!(f, ", at {path}")?;
                }
                write!(f, ": {message}")
            }
            Error::UnsupportedVersion { found, supported } => write!(
                f,
                "schema_version {found:?} is not supported (this build reads {supported}.x)"
            ),
            Error::Invalid(problems) => {
                write!(f, "{} problem(s)", problems.len())?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            Error::TooLarge { bytes, limit } => write!(
                f,
                "the file is {} ({bytes} bytes), more than the limit of {} ({limit} bytes)",
                megabytes(*bytes),
                megabytes(*limit)
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Bytes as megabytes (MiB) with one decimal, for messages.
fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// Reads a document and checks its own rules (steps 1–6 above): `rules`
/// lists every problem, empty when there is none. Never panics.
pub fn read_valid<T: DeserializeOwned>(
    text: &str,
    doc: &Document,
    rules: impl FnOnce(&T) -> Vec<Problem>,
) -> Result<T, Error> {
    let value: T = read(text, doc)?;
    let problems = rules(&value);
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Reads a document of kind `doc` from `text` (steps 1–5 above). Never
/// panics, whatever the input.
pub fn read<T: DeserializeOwned>(text: &str, doc: &Document) -> Result<T, Error> {
    if text.len() > doc.max_bytes {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: doc.max_bytes,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    if start.is_empty() {
        return Err(syntax_at(
            text,
            format!("the {} is empty: there is no text at all", doc.name),
        ));
    }
    // serde's derive would read an object from a list of its fields in
    // order; a document is an object, as its JSON Schema says.
    if start.starts_with('[') {
        return Err(syntax_at(
            text,
            format!("a {} is a JSON object {{ … }}, not a list [ … ]", doc.name),
        ));
    }
    check_version(deserialize::<VersionOnly>(text, doc)?, doc)?;
    deserialize(text, doc)
}

/// Whether a response's Content-Type may hold a JSON document: JSON
/// (`application/json`, `text/json`, `application/*+json`), or no type at
/// all. Anything else (an HTML error page, an image) is refused before
/// reading, so the visitor is told the server sent the wrong thing.
pub fn is_json_content_type(content_type: Option<&str>) -> bool {
    let Some(ct) = content_type else { return true };
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence == "text/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Only the version of a document.
#[derive(Deserialize)]
struct VersionOnly {
    #[serde(default)]
    schema_version: Option<serde_json::Value>,
}

fn check_version(version: VersionOnly, doc: &Document) -> Result<(), Error> {
    let problem = |kind: Kind| Err(Error::Invalid(vec![Problem::new("schema_version", kind)]));
    match version.schema_version {
        Some(serde_json::Value::String(found)) => match Version::parse(&found) {
            Some(v) if v.major == doc.supported_major => Ok(()),
            Some(_) => Err(Error::UnsupportedVersion {
                found,
                supported: doc.supported_major,
            }),
            // Not a newer format, just a mistake: say what a version is.
            None => problem(Kind::VersionNotVersion {
                found,
                major: doc.supported_major,
            }),
        },
        None | Some(serde_json::Value::Null) => problem(Kind::VersionMissing),
        Some(other) => problem(Kind::VersionNotText {
            found: other.to_string(),
        }),
    }
}

/// A syntax error at the start of the text (after a byte order mark).
fn syntax_at(text: &str, message: String) -> Error {
    let (line, column) = locate(text, "").unwrap_or((1, 1));
    Error::Syntax {
        line,
        column,
        path: String::new(),
        message,
    }
}

/// `serde_json::from_str`, but a failure says where: JSON path, line and
/// column. serde_json's nesting limit (128) stays on, so deep nesting is an
/// error, not a stack overflow.
fn deserialize<T: DeserializeOwned>(text: &str, doc: &Document) -> Result<T, Error> {
    serde_json::from_str(text).map_err(|e| {
        let path = path_at(text, e.line(), e.column());
        let line = e.line().max(1);
        Error::Syntax {
            line,
            column: message::char_column(text, line, e.column()).max(1),
            message: message::explain(text, &path, &e, doc.name),
            path,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: Document = Document {
        name: "test document",
        supported_major: 3,
        max_bytes: 64,
    };

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        schema_version: String,
        n: u16,
    }

    fn read_doc(text: &str) -> Result<Doc, Error> {
        read(text, &DOC)
    }

    #[test]
    fn versions_are_two_runs_of_digits() {
        assert_eq!(Version::parse("1.0"), Some(Version { major: 1, minor: 0 }));
        assert_eq!(
            Version::parse("12.34"),
            Some(Version {
                major: 12,
                minor: 34
            })
        );
        for odd in ["", "1", "1.", ".1", "1.x", " 1.0", "+1.0", "1.0.0", "1.-1"] {
            assert_eq!(Version::parse(odd), None, "{odd:?}");
        }
    }

    #[test]
    fn the_steps_come_in_order() {
        assert!(read_doc(r#"{"schema_version": "3.9", "n": 7}"#).is_ok());
        // Size before anything else: not even JSON, yet refused for size.
        assert_eq!(
            read_doc(&"x".repeat(65)).unwrap_err(),
            Error::TooLarge {
                bytes: 65,
                limit: 64
            }
        );
        // The version before the fields: `n` is wrong too, but unread.
        assert_eq!(
            read_doc(r#"{"schema_version": "4.0", "n": "x"}"#).unwrap_err(),
            Error::UnsupportedVersion {
                found: "4.0".into(),
                supported: 3
            }
        );
        let Err(Error::Syntax { path, message, .. }) =
            read_doc(r#"{"schema_version": "3.0", "n": "x"}"#)
        else {
            panic!("expected a syntax error");
        };
        assert_eq!(path, "n");
        assert!(message.contains("whole number"), "{message}");
    }

    #[test]
    fn messages_name_the_document() {
        for (text, words) in [
            ("  ", "the test document is empty"),
            ("[1]", "a test document is a JSON object"),
            ("\u{feff}\n [", "a test document is a JSON object"),
            ("7", "a test document is a JSON object"),
        ] {
            let e = read_doc(text).unwrap_err().to_string();
            assert!(e.contains(words), "{text:?}: {e}");
        }
        let Err(Error::Syntax { line, column, .. }) = read_doc("\u{feff}\n [") else {
            panic!("expected a syntax error");
        };
        assert_eq!((line, column), (2, 2));
    }

    #[test]
    fn a_version_that_is_not_a_string_says_what_it_should_be() {
        let not_text = |found: &str| Kind::VersionNotText {
            found: found.into(),
        };
        for (text, kind) in [
            (r#"{"n": 1}"#, Kind::VersionMissing),
            (r#"{"schema_version": null, "n": 1}"#, Kind::VersionMissing),
            (r#"{"schema_version": 3.0, "n": 1}"#, not_text("3.0")),
            (r#"{"schema_version": [1], "n": 1}"#, not_text("[1]")),
        ] {
            match read_doc(text) {
                Err(Error::Invalid(ps)) => {
                    assert_eq!(ps, [Problem::new("schema_version", kind)], "{text}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_version_that_is_no_version_is_a_mistake_not_a_newer_format() {
        for odd in ["1", "3", "v3", "3.x", " 3.0", "+3.0", ""] {
            let text = format!(r#"{{"schema_version": {odd:?}, "n": 1}}"#);
            match read_doc(&text) {
                Err(Error::Invalid(ps)) => {
                    let found = odd.to_string();
                    assert_eq!(
                        ps,
                        [Problem::new(
                            "schema_version",
                            Kind::VersionNotVersion { found, major: 3 }
                        )]
                    );
                }
                other => panic!("{odd:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn rules_come_last_and_report_every_problem() {
        let rules = |d: &Doc| {
            (0..d.n)
                .map(|i| Problem::new(format!("n[{i}]"), Kind::Empty))
                .collect()
        };
        let ok: Result<Doc, _> = read_valid(r#"{"schema_version": "3.0", "n": 0}"#, &DOC, rules);
        assert!(ok.is_ok());
        let two: Result<Doc, _> = read_valid(r#"{"schema_version": "3.0", "n": 2}"#, &DOC, rules);
        assert!(matches!(two, Err(Error::Invalid(ps)) if ps.len() == 2));
        // Reading fails first: the rules never see a document that is not one.
        let unread: Result<Doc, _> = read_valid(r#"{"schema_version": "3.0"}"#, &DOC, |_: &Doc| {
            panic!("rules ran on an unread document")
        });
        assert!(matches!(unread, Err(Error::Syntax { .. })));
    }

    #[test]
    fn json_types_pass_others_are_refused() {
        for ok in [
            None,
            Some("application/json"),
            Some("Application/JSON; charset=utf-8"),
            Some("text/json"),
            Some("application/vnd.resultaten+json"),
            Some(""),
        ] {
            assert!(is_json_content_type(ok), "{ok:?}");
        }
        for bad in [
            "text/html; charset=utf-8",
            "image/png",
            "application/octet-stream",
            "text/plain",
            "application/jsonx",
        ] {
            assert!(!is_json_content_type(Some(bad)), "{bad}");
        }
    }

    #[test]
    fn sizes_are_said_in_megabytes() {
        let e = Error::TooLarge {
            bytes: 21 * 1024 * 1024 + 60_000,
            limit: 20 * 1024 * 1024,
        };
        assert_eq!(
            e.to_string(),
            "the file is 21.1 MB (22080096 bytes), more than the limit of 20.0 MB (20971520 bytes)"
        );
    }
}
