//! Reading a versioned JSON document (a results bundle, the catalog) with
//! errors an editor can act on. One pipeline for every document the app
//! reads, in this order:
//!
//! 1. **size**: text over the document's limit is refused unread;
//! 2. **byte order mark**: skipped, as browsers do when they decode a
//!    response;
//! 3. **shape**: empty text, a list where the document's object belongs,
//!    or text that is not JSON ([`tree`]: serde_json's parser, with what
//!    is wrong said from its error's category and position, and every
//!    field given twice noted);
//! 4. **version**: `schema_version` is read first and checked against the
//!    document's supported major version, so a document of an unknown major
//!    version says so instead of failing on some field that changed shape;
//! 5. **deserialisation** with serde's derive, through [`reader`], whose
//!    errors are data (the field, the value, what belonged there, the JSON
//!    path), and which notes every field the format does not know;
//! 6. **the document's own rules** ([`read_valid`]): `bundle::validate`,
//!    the catalog's `validate`, every problem with its path, of a kind of
//!    the document's own (`crate::bundle::Rule`, …).
//!
//! **Fields the format does not know.** In a document of a minor version
//! this build knows ([`Document::known_minor`] or older), an unknown field
//! is a mistake (a misspelt `previuos` would be dropped without a word),
//! and the document is refused. In a newer minor version, which may add
//! optional fields, they are read past: the page shows what it knows, and
//! the editors' check ([`read_every`]) warns about each. A field whose
//! name starts with `_` is a note for people (`"_comment"`), in any
//! version.
//!
//! No browser dependencies; nothing of `crate::i18n` or `crate::bundle`:
//! the reading's kinds and their words are its own ([`Kind`]).

mod every;
mod kind;
mod locate;
mod reader;
mod tree;

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::words::{Message, Say};

pub use every::{read_every, Finding};
pub use kind::{Expected, Found, Kind, NotJson, Versions};
pub use locate::{locate, path_at, value_at};

/// The JSON Schema name of a value's type: `"null"`, `"number"`, ….
pub fn kind_name(v: &Value) -> &'static str {
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
    /// The newest minor version this build knows: in it and before it,
    /// a field the format does not know is a mistake; after it, a field
    /// a newer version may have added.
    pub known_minor: u64,
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

/// One thing wrong with a document by its own rules, with where it is:
/// `K` is the document's kind of problem (`crate::bundle::Rule`, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem<K> {
    /// JSON path, e.g. `result_areas[1].indicators[0].value.value`.
    pub path: String,
    pub kind: K,
}

impl<K> Problem<K> {
    pub fn new(path: impl Into<String>, kind: K) -> Problem<K> {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The same problem, of a wider kind (the editors' check's).
    pub fn map<L>(self, f: impl FnOnce(K) -> L) -> Problem<L> {
        Problem {
            path: self.path,
            kind: f(self.kind),
        }
    }
}

/// For the console: the path and the kind's code.
impl<K: Message> fmt::Display for Problem<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind.code())
    }
}

/// Why a document cannot be used; `R` is its rules' kind of problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Error<R> {
    /// The text does not read as the document: not JSON, JSON of the
    /// wrong shape (a string where a number belongs, an unknown status, a
    /// missing or unknown field) or a `schema_version` that is no version.
    /// The first such problem. Line and column are 1-based; the column
    /// counts characters, as editors do.
    Reading {
        line: usize,
        column: usize,
        /// JSON path of the value at fault, e.g.
        /// `result_areas[1].indicators[0].status`; empty when the fault is not
        /// inside any field (not JSON at all, or cut off).
        path: String,
        kind: Kind,
    },
    /// A `schema_version` that is not a version of the major one this build
    /// reads.
    UnsupportedVersion { found: String, supported: u64 },
    /// Read, but breaks the rules of the format: every problem.
    Invalid(Vec<Problem<R>>),
    /// Larger than the document's limit; not parsed at all.
    TooLarge { bytes: usize, limit: usize },
}

/// For the console, in English and by code; [`Error::text`] says it in
/// words.
impl<R: Message> fmt::Display for Error<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Reading {
                line,
                column,
                path,
                kind,
            } => {
                write!(f, "line {line}, column {column}")?;
                if !path.is_empty() {
                    write!(f, ", at {path}")?;
                }
                write!(f, ": {}", kind.code())
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

impl<R: Message + fmt::Debug> std::error::Error for Error<R> {}

impl<R: Message> Error<R> {
    /// Every problem by its title, in `say`'s language: "regel 7, kolom
    /// 13, bij theme.year: verkeerde soort waarde: de tekst \"2019\"", or
    /// "2 problemen:" and one line each. (The visitors' error details; the
    /// editors' check says each problem's whole message.)
    pub fn titles(&self, say: Say) -> String {
        match self {
            Error::Reading {
                line,
                column,
                path,
                kind,
            } => {
                let at = match path.is_empty() {
                    true => String::new(),
                    false => say.pick(format!(", bij {path}"), format!(", at {path}")),
                };
                say.pick(
                    format!("regel {line}, kolom {column}{at}: {}", kind.title(say)),
                    format!("line {line}, column {column}{at}: {}", kind.title(say)),
                )
            }
            Error::UnsupportedVersion { found, supported } => Kind::VersionUnsupported {
                found: found.clone(),
                major: *supported,
            }
            .title(say),
            Error::Invalid(problems) => {
                let n = problems.len();
                let mut out = match (say.nl(), n) {
                    (true, 1) => "1 probleem:".to_string(),
                    (true, _) => format!("{n} problemen:"),
                    (false, 1) => "1 problem:".to_string(),
                    (false, _) => format!("{n} problems:"),
                };
                for p in problems {
                    out.push_str(&format!("\n  {}: {}", p.path, p.kind.title(say)));
                }
                out
            }
            Error::TooLarge { bytes, limit } => Kind::TooLarge {
                bytes: *bytes as u64,
                limit: *limit as u64,
            }
            .title(say),
        }
    }
}

/// Bytes as megabytes (MiB) with one decimal, for messages.
fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// Reads a document and checks its own rules (steps 1–6 above): `rules`
/// lists every problem, empty when there is none. Never panics.
pub fn read_valid<T: DeserializeOwned, R>(
    text: &str,
    doc: &Document,
    rules: impl FnOnce(&T) -> Vec<Problem<R>>,
) -> Result<T, Error<R>> {
    let value: T = read(text, doc)?;
    let problems = rules(&value);
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Reads a document of kind `doc` from `text` (steps 1–5 above), refusing
/// it at its first problem. Never panics, whatever the input.
pub fn read<T: DeserializeOwned, R>(text: &str, doc: &Document) -> Result<T, Error<R>> {
    let opened = open(text, doc).map_err(|stop| stop.error(text))?;
    let first = |path: &str, kind: Kind| Stop::at(text, path, kind).error(text);
    if let Some(kind) = opened.version_problem {
        return Err(first("schema_version", kind));
    }
    if let Some((path, field)) = opened.twice.into_iter().next() {
        return Err(first(&path, Kind::FieldTwice { field }));
    }
    let seen = reader::Seen::default();
    let document = T::deserialize(reader::Reader::new(
        &opened.value,
        &reader::Chain::Root,
        &seen,
    ))
    .map_err(|m| {
        let m = m.into_inner();
        first(&m.path.unwrap_or_default(), m.kind)
    })?;
    match seen.unknown.into_inner().into_iter().next() {
        Some(u) if opened.strict => Err(first(
            &u.path,
            Kind::UnknownField {
                field: u.field,
                known: u.known,
                near: None,
            },
        )),
        _ => Ok(document),
    }
}

/// A text that reads as JSON of the document's major version (steps 1–4).
struct Opened {
    value: Value,
    /// Every field given twice: its path and name.
    twice: Vec<(String, String)>,
    /// A version that is no version, or none.
    version_problem: Option<Kind>,
    /// Whether a field the format does not know is a mistake: in a
    /// version this build knows, or one that is no version.
    strict: bool,
    /// The version as the document writes it, and the newest this build
    /// knows, for the warnings of a newer one.
    version: String,
    known: String,
}

/// Why a text cannot be read on at all: its first problem, and where.
struct Stop {
    at: Option<(usize, usize)>,
    path: String,
    kind: Kind,
}

impl Stop {
    fn at(text: &str, path: &str, kind: Kind) -> Stop {
        Stop {
            at: locate(text, path),
            path: path.to_string(),
            kind,
        }
    }

    fn error<R>(self, text: &str) -> Error<R> {
        match self.kind {
            Kind::TooLarge { bytes, limit } => Error::TooLarge {
                bytes: bytes as usize,
                limit: limit as usize,
            },
            Kind::VersionUnsupported { found, major } => Error::UnsupportedVersion {
                found,
                supported: major,
            },
            kind => {
                let (line, column) = self.at.or_else(|| locate(text, "")).unwrap_or((1, 1));
                Error::Reading {
                    line,
                    column,
                    path: self.path,
                    kind,
                }
            }
        }
    }
}

/// Steps 1–4: the size, the byte order mark, the shape, the version.
fn open(text: &str, doc: &Document) -> Result<Opened, Box<Stop>> {
    if text.len() > doc.max_bytes {
        return Err(Box::new(Stop {
            at: None,
            path: String::new(),
            kind: Kind::TooLarge {
                bytes: text.len() as u64,
                limit: doc.max_bytes as u64,
            },
        }));
    }
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = body.trim_start();
    let not_json = |how| Err(Box::new(Stop::at(text, "", Kind::NotJson(how))));
    if start.is_empty() {
        return not_json(NotJson::Empty);
    }
    // serde's derive would read an object from a list of its fields in
    // order; a document is an object, as its JSON Schema says.
    if start.starts_with('[') {
        return not_json(NotJson::List);
    }
    let tree = tree::parse(body).map_err(|u| {
        Box::new(Stop {
            at: Some((u.line, u.column)),
            path: u.path,
            kind: Kind::NotJson(u.how),
        })
    })?;
    if !tree.value.is_object() {
        return not_json(NotJson::NotObject);
    }
    let mut opened = Opened {
        twice: tree.twice,
        version_problem: None,
        strict: true,
        version: String::new(),
        known: format!("{}.{}", doc.supported_major, doc.known_minor),
        value: Value::Null,
    };
    match check_version(tree.value.get("schema_version"), doc) {
        Ok(version) => {
            opened.strict = version.minor <= doc.known_minor;
        }
        Err(Kind::VersionUnsupported { found, major }) => {
            return Err(Box::new(Stop {
                at: locate(text, "schema_version"),
                path: String::new(),
                kind: Kind::VersionUnsupported { found, major },
            }))
        }
        Err(problem) => opened.version_problem = Some(problem),
    }
    if let Some(Value::String(v)) = tree.value.get("schema_version") {
        opened.version = v.clone();
    }
    opened.value = tree.value;
    Ok(opened)
}

fn check_version(version: Option<&Value>, doc: &Document) -> Result<Version, Kind> {
    match version {
        Some(Value::String(found)) => match Version::parse(found) {
            Some(v) if v.major == doc.supported_major => Ok(v),
            Some(_) => Err(Kind::VersionUnsupported {
                found: found.clone(),
                major: doc.supported_major,
            }),
            // Not a newer format, just a mistake: say what a version is.
            None => Err(Kind::VersionNotVersion {
                found: found.clone(),
                major: doc.supported_major,
            }),
        },
        None | Some(Value::Null) => Err(Kind::VersionMissing),
        Some(other) => Err(Kind::VersionNotText {
            found: other.to_string(),
        }),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::words::no_label;

    const DOC: Document = Document {
        name: "test document",
        supported_major: 3,
        known_minor: 1,
        max_bytes: 64,
    };

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        schema_version: String,
        n: u16,
    }

    /// A rule of the test document: never broken, except where a test
    /// says so.
    #[derive(Debug, Clone, PartialEq)]
    struct Odd;

    impl Message for Odd {
        fn code(&self) -> &'static str {
            "odd"
        }
        fn title(&self, say: Say) -> String {
            say.pick("oneven".into(), "odd".into())
        }
        fn text(&self, _: &str, say: Say) -> String {
            say.pick(
                "oneven, en dat mag niet".into(),
                "odd, which it may not be".into(),
            )
        }
    }

    use serde::Deserialize;

    fn read_doc(text: &str) -> Result<Doc, Error<Odd>> {
        read(text, &DOC)
    }

    fn reading(text: &str) -> (String, Kind) {
        match read_doc(text) {
            Err(Error::Reading { path, kind, .. }) => (path, kind),
            other => panic!("{text}: {other:?}"),
        }
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
        assert!(read_doc(r#"{"schema_version": "3.1", "n": 7}"#).is_ok());
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
        let (path, kind) = reading(r#"{"schema_version": "3.0", "n": "x"}"#);
        assert_eq!(path, "n");
        assert_eq!(
            kind,
            Kind::WrongType {
                found: Found::Text("x".into()),
                expected: Expected::WholeNumber
            }
        );
    }

    #[test]
    fn what_is_no_json_object_says_what_it_is() {
        for (text, how) in [
            ("  ", NotJson::Empty),
            ("[1]", NotJson::List),
            ("\u{feff}\n [", NotJson::List),
            ("7", NotJson::NotObject),
            ("<html>", NotJson::Html),
            (
                r#"{"schema_version": "3.0", "n": 1,}"#,
                NotJson::TrailingComma,
            ),
        ] {
            assert_eq!(reading(text).1, Kind::NotJson(how), "{text:?}");
        }
        let Err(Error::Reading { line, column, .. }) = read_doc("\u{feff}\n [") else {
            panic!("expected a reading error");
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
            assert_eq!(reading(text), ("schema_version".into(), kind), "{text}");
        }
    }

    #[test]
    fn a_version_that_is_no_version_is_a_mistake_not_a_newer_format() {
        for odd in ["1", "3", "v3", "3.x", " 3.0", "+3.0", ""] {
            let text = format!(r#"{{"schema_version": {odd:?}, "n": 1}}"#);
            let found = odd.to_string();
            assert_eq!(
                reading(&text),
                (
                    "schema_version".into(),
                    Kind::VersionNotVersion { found, major: 3 }
                ),
                "{odd:?}"
            );
        }
    }

    #[test]
    fn unknown_fields_are_refused_in_a_known_version_and_read_past_in_a_newer_one() {
        for known in ["3.0", "3.1"] {
            let text = format!(r#"{{"schema_version": "{known}", "n": 1, "m": 2}}"#);
            let (path, kind) = reading(&text);
            assert_eq!(path, "m");
            assert!(
                matches!(kind, Kind::UnknownField { field, known: &["schema_version", "n"], .. } if field == "m")
            );
        }
        assert!(read_doc(r#"{"schema_version": "3.2", "n": 1, "m": 2}"#).is_ok());
        // A note for people is no field, in any version.
        assert!(read_doc(r#"{"schema_version": "3.0", "n": 1, "_note": 2}"#).is_ok());
        // A field given twice, in any version.
        assert_eq!(
            reading(r#"{"schema_version": "3.2", "n": 1, "n": 2}"#),
            ("n".into(), Kind::FieldTwice { field: "n".into() })
        );
    }

    #[test]
    fn rules_come_last_and_report_every_problem() {
        let rules = |d: &Doc| {
            (0..d.n)
                .map(|i| Problem::new(format!("n[{i}]"), Odd))
                .collect()
        };
        let ok: Result<Doc, _> = read_valid(r#"{"schema_version": "3.0", "n": 0}"#, &DOC, rules);
        assert!(ok.is_ok());
        let two: Result<Doc, _> = read_valid(r#"{"schema_version": "3.0", "n": 2}"#, &DOC, rules);
        assert!(matches!(two, Err(Error::Invalid(ps)) if ps.len() == 2));
        // Reading fails first: the rules never see a document that is not one.
        let unread: Result<Doc, Error<Odd>> =
            read_valid(r#"{"schema_version": "3.0"}"#, &DOC, |_: &Doc| {
                panic!("rules ran on an unread document")
            });
        assert!(matches!(unread, Err(Error::Reading { .. })));
    }

    #[test]
    fn the_error_in_words_in_either_language() {
        let e: Error<Odd> = Error::Reading {
            line: 7,
            column: 13,
            path: "theme.year".into(),
            kind: Kind::MissingField { field: "x".into() },
        };
        assert_eq!(
            e.titles(Say::new(Lang::Nl, no_label)),
            "regel 7, kolom 13, bij theme.year: ontbrekend veld `x`"
        );
        let two: Error<Odd> = Error::Invalid(vec![Problem::new("a", Odd), Problem::new("b", Odd)]);
        assert_eq!(
            two.titles(Say::new(Lang::Nl, no_label)),
            "2 problemen:\n  a: oneven\n  b: oneven"
        );
        assert_eq!(
            two.titles(Say::new(Lang::En, no_label)),
            "2 problems:\n  a: odd\n  b: odd"
        );
        assert_eq!(two.to_string(), "2 problem(s)\n  a: odd\n  b: odd");
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
        let e: Error<Odd> = Error::TooLarge {
            bytes: 21 * 1024 * 1024 + 60_000,
            limit: 20 * 1024 * 1024,
        };
        assert_eq!(
            e.to_string(),
            "the file is 21.1 MB (22080096 bytes), more than the limit of 20.0 MB (20971520 bytes)"
        );
    }
}
