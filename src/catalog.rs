//! The catalog: which bundles are published (`public/data/index.json`), by
//! theme, year and language. The app reads it for the overview, to find the
//! bundle a URL names, and for the language switch. No browser dependencies.
//!
//! ```json
//! { "schema_version": "1.0",
//!   "bundles": [ { "theme": "opvang-in-de-regio-en-migratiesamenwerking", "year": 2019,
//!                  "language": "nl", "title": "Opvang in de regio en migratiesamenwerking",
//!                  "path": "2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json" } ] }
//! ```
//!
//! A `path` is relative to `public/data/`: the app fetches `data/` + path.

use std::collections::HashMap;
use std::fmt;

use crate::bundle::Problem;

/// Where the app fetches the catalog, relative to the page.
pub const CATALOG_PATH: &str = "data/index.json";

/// The major `schema_version` this build reads.
const SUPPORTED_MAJOR: &str = "1";

/// The list of published bundles.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Catalog {
    /// `"MAJOR.MINOR"`, for example `"1.0"`.
    pub schema_version: String,
    pub bundles: Vec<CatalogEntry>,
}

/// One published bundle.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CatalogEntry {
    /// The bundle's `theme.id`: `a-z`, `0-9` and `-`.
    pub theme: String,
    pub year: u16,
    /// `nl` or `en`.
    pub language: String,
    /// The bundle's `theme.title`, for the overview.
    pub title: String,
    /// Relative to `public/data/`, e.g. `2019/nl/<theme>.json`.
    pub path: String,
}

// Deserialize: objects only, as for the bundle (see bundle/de.rs).
crate::bundle::object_structs! {
    Catalog { schema_version, bundles }
    CatalogEntry { theme, year, language, title, path }
}

/// Why a catalog cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogError {
    /// Not JSON, or JSON of the wrong shape. Line and column are 1-based;
    /// the column counts characters. The message names the JSON path
    /// (`bundles[2].year`) when there is one.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Parsed, but breaks the rules; every problem, each with its path.
    Invalid(Vec<Problem>),
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Syntax {
                line,
                column,
                message,
            } => write!(f, "{CATALOG_PATH}, line {line}, column {column}: {message}"),
            CatalogError::Invalid(problems) => {
                write!(f, "{CATALOG_PATH}: {} problem(s)", problems.len())?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CatalogError {}

/// Parses and validates the catalog, reporting every problem. Never panics.
pub fn parse_catalog(json: &str) -> Result<Catalog, CatalogError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let start = json.trim_start();
    if start.is_empty() {
        return Err(syntax(
            1,
            1,
            "the catalog is empty: there is no text at all".into(),
        ));
    }
    if !start.starts_with('{') {
        // serde would also read a struct from a list of its fields in order.
        let (line, column) = crate::bundle::locate(json, "").unwrap_or((1, 1));
        return Err(syntax(
            line,
            column,
            "the catalog is a JSON object { \"schema_version\": …, \"bundles\": [ … ] }, but this text starts otherwise".into(),
        ));
    }
    // The version first: a catalog of another major version says so instead
    // of failing on some field that changed shape.
    let version: crate::bundle::VersionOnly = deserialize(json)?;
    let version_problem = match version.schema_version {
        Some(serde_json::Value::String(v)) => match major_of(&v) {
            Some(major) if major == SUPPORTED_MAJOR => None,
            Some(_) => Some(format!(
                "version {v:?} is not supported (this build reads {SUPPORTED_MAJOR}.x)"
            )),
            None => Some(format!("{v:?} is not a version such as \"1.0\"")),
        },
        None | Some(serde_json::Value::Null) => {
            Some("missing; expected a string such as \"1.0\"".into())
        }
        Some(other) => Some(format!(
            "must be a string such as \"1.0\" (in quotes), not {}",
            crate::bundle::json_text(&other)
        )),
    };
    if let Some(message) = version_problem {
        return Err(CatalogError::Invalid(vec![Problem {
            path: "schema_version".into(),
            message,
        }]));
    }
    let catalog: Catalog = deserialize(json)?;
    let problems = validate(&catalog);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(CatalogError::Invalid(problems))
    }
}

fn syntax(line: usize, column: usize, message: String) -> CatalogError {
    CatalogError::Syntax {
        line,
        column,
        message,
    }
}

fn deserialize<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, CatalogError> {
    serde_json::from_str(json).map_err(|e| {
        let path = crate::bundle::path_at(json, e.line(), e.column());
        syntax_error(json, &path, &e)
    })
}

/// Lower case for sorting titles: Rust's `to_lowercase` natively; in the
/// browser the engine's `toLowerCase` (the same Unicode mapping), so the
/// wasm does not carry its own copy of Unicode's case tables.
#[cfg(not(target_arch = "wasm32"))]
fn lower_case(text: &str) -> String {
    text.to_lowercase()
}

#[cfg(target_arch = "wasm32")]
fn lower_case(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

fn syntax_error(json: &str, path: &str, e: &serde_json::Error) -> CatalogError {
    let bare = crate::bundle::serde_message(e);
    let mut message = if path.is_empty() || path == "." || path == "?" {
        bare
    } else {
        format!("at {path}: {bare}")
    };
    if e.classify() == serde_json::error::Category::Eof {
        message =
            format!("the text ends before the JSON is complete; is the file cut off? ({message})");
    }
    let line = e.line().max(1);
    syntax(
        line,
        crate::bundle::char_column(json, line, e.column()).max(1),
        message,
    )
}

/// `"1.0"` → `Some("1")`; `None` unless `digits.digits`.
fn major_of(version: &str) -> Option<&str> {
    let (major, minor) = version.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(major) && digits(minor)).then_some(major)
}

/// A theme id: non-empty, `a-z`, `0-9` and `-` only.
pub(crate) fn is_theme_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Why `path` is not a safe address of a JSON file on this site, if it is
/// not. Shared by the catalog (relative paths only) and drafts (which may
/// also start with a single '/').
pub(crate) fn unsafe_path(path: &str, allow_root: bool) -> Option<&'static str> {
    if path.is_empty() {
        Some("is empty")
    } else if path.chars().any(char::is_control) {
        Some("contains a control character")
    } else if path.contains('\\') {
        Some("contains a backslash; use '/'")
    } else if path.contains(':') {
        Some("contains ':'; addresses with a scheme (https:, javascript:, data:…) are not allowed")
    } else if path.contains("//") {
        Some("contains \"//\", which would lead to another site")
    } else if path.contains("..") {
        Some("contains \"..\"")
    } else if path.contains('%') {
        Some("contains '%'; write the characters themselves")
    } else if path.chars().any(char::is_whitespace) {
        Some("contains a space")
    } else if path.starts_with('/') && !allow_root {
        Some("must be relative (no leading '/')")
    } else if !path.ends_with(".json") || path.len() <= ".json".len() || path.ends_with("/.json") {
        Some("must name a file ending in \".json\"")
    } else {
        None
    }
}

fn validate(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |path: String, message: String| problems.push(Problem { path, message });
    if catalog.bundles.is_empty() {
        problem("bundles".into(), "lists no bundles".into());
    }
    let mut seen: HashMap<(&str, u16, &str), usize> = HashMap::new();
    for (i, e) in catalog.bundles.iter().enumerate() {
        let at = |field: &str| format!("bundles[{i}].{field}");
        if !is_theme_id(&e.theme) {
            problem(
                at("theme"),
                format!(
                    "theme id {:?} must be non-empty and use only a-z, 0-9 and '-'",
                    e.theme
                ),
            );
        }
        if !(1990..=2100).contains(&e.year) {
            problem(
                at("year"),
                format!("year {} is not between 1990 and 2100", e.year),
            );
        }
        if e.language != "nl" && e.language != "en" {
            problem(
                at("language"),
                format!("language {:?} must be \"nl\" or \"en\"", e.language),
            );
        }
        if e.title.trim().is_empty() {
            problem(at("title"), "must not be empty".into());
        }
        if let Some(why) = unsafe_path(&e.path, false) {
            problem(at("path"), format!("path {:?} {why}", e.path));
        }
        match seen.get(&(e.theme.as_str(), e.year, e.language.as_str())) {
            Some(first) => problem(
                format!("bundles[{i}]"),
                format!(
                    "theme {:?}, year {}, language {:?} is already listed at bundles[{first}]",
                    e.theme, e.year, e.language
                ),
            ),
            None => {
                seen.insert((e.theme.as_str(), e.year, e.language.as_str()), i);
            }
        }
    }
    problems
}

impl Catalog {
    /// The entry for exactly this theme, year and language.
    pub fn find(&self, theme: &str, year: u16, lang: &str) -> Option<&CatalogEntry> {
        self.bundles
            .iter()
            .find(|e| e.theme == theme && e.year == year && e.language == lang)
    }

    /// All languages of one theme and year, in catalog order (for the
    /// language switch / hreflang).
    pub fn languages(&self, theme: &str, year: u16) -> Vec<&CatalogEntry> {
        self.bundles
            .iter()
            .filter(|e| e.theme == theme && e.year == year)
            .collect()
    }

    /// The overview for a language: years newest first, each with that
    /// language's entries sorted by title (case-insensitive, then theme id).
    pub fn by_year(&self, lang: &str) -> Vec<(u16, Vec<&CatalogEntry>)> {
        let mut entries: Vec<&CatalogEntry> =
            self.bundles.iter().filter(|e| e.language == lang).collect();
        entries.sort_by_cached_key(|e| {
            (
                std::cmp::Reverse(e.year),
                lower_case(&e.title),
                e.theme.clone(),
            )
        });
        let mut out: Vec<(u16, Vec<&CatalogEntry>)> = Vec::new();
        for e in entries {
            match out.last_mut() {
                Some((year, list)) if *year == e.year => list.push(e),
                _ => out.push((e.year, vec![e])),
            }
        }
        out
    }

    /// The newest year that has any entry, for the "not found" page.
    pub fn newest_year(&self) -> Option<u16> {
        self.bundles.iter().map(|e| e.year).max()
    }
}
