//! Parsing with clear errors, and the semantic checks serde cannot do.

use std::collections::HashSet;
use std::fmt;

use super::types::*;

/// One thing wrong with a bundle, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path, e.g. `result_areas[1].indicators[0].value.value`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a bundle cannot be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum BundleError {
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
    /// A `schema_version` whose major number this build does not know.
    UnsupportedVersion(String),
    /// Parsed, but breaks the rules of the format.
    Invalid(Vec<Problem>),
    /// Larger than [`MAX_BUNDLE_BYTES`]; not parsed at all.
    TooLarge { bytes: usize, limit: usize },
}

/// Bytes as megabytes (MiB) with one decimal, for messages.
fn megabytes(bytes: usize) -> String {
    // (bytes * 10 + 512 KiB) / 1 MiB, rounded down, without overflow and
    // without 128-bit arithmetic (whose formatting the wasm would carry).
    const MIB: usize = 1024 * 1024;
    let tenths = bytes / MIB * 10 + (bytes % MIB * 10 + MIB / 2) / MIB;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::Syntax {
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
            BundleError::UnsupportedVersion(v) => write!(
                f,
                "schema_version {v:?} is not supported (this build reads {SUPPORTED_MAJOR}.x)"
            ),
            BundleError::Invalid(problems) => {
                write!(f, "{} problem(s)", problems.len())?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            BundleError::TooLarge { bytes, limit } => write!(
                f,
                "the bundle is {} ({bytes} bytes), more than the limit of {} ({limit} bytes)",
                megabytes(*bytes),
                megabytes(*limit)
            ),
        }
    }
}

impl std::error::Error for BundleError {}

/// Parses and validates a bundle. Never panics, whatever the input.
///
/// Refuses input over [`MAX_BUNDLE_BYTES`] before looking at it. A leading
/// byte order mark is skipped, as browsers do when they decode a response.
pub fn parse(json: &str) -> Result<Bundle, BundleError> {
    if json.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge {
            bytes: json.len(),
            limit: MAX_BUNDLE_BYTES,
        });
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // serde would read a struct from a list of its fields in order; a bundle
    // is an object, as its JSON Schema says.
    if json.trim_start().starts_with('[') {
        let (line, column) = super::locate(json, "").unwrap_or((1, 1));
        return Err(BundleError::Syntax {
            line,
            column,
            path: String::new(),
            message: "a bundle is a JSON object { … }, not a list [ … ]".into(),
        });
    }
    // Check the version first, so that a bundle of an unknown major version
    // says so instead of failing on some field that changed shape.
    let version: VersionOnly = deserialize(json)?;
    match version.schema_version {
        Some(serde_json::Value::String(v)) => {
            if major_of(&v) != Some(SUPPORTED_MAJOR) {
                return Err(BundleError::UnsupportedVersion(v));
            }
        }
        None | Some(serde_json::Value::Null) => {
            return Err(BundleError::Invalid(vec![Problem {
                path: "schema_version".into(),
                message: "missing; expected a string such as \"1.0\"".into(),
            }]))
        }
        Some(other) => {
            return Err(BundleError::Invalid(vec![Problem {
                path: "schema_version".into(),
                message: format!(
                    "must be a string such as \"1.0\" (in quotes), not {}",
                    json_text(&other)
                ),
            }]))
        }
    }
    let bundle: Bundle = deserialize(json)?;
    let problems = validate(&bundle);
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(BundleError::Invalid(problems))
    }
}

/// Only the version of a bundle or catalog (one type for both, so the wasm
/// has one copy of its deserialiser).
pub(crate) struct VersionOnly {
    pub schema_version: Option<serde_json::Value>,
}

super::de::object_structs! {
    VersionOnly { schema_version = default }
}

/// `serde_json::from_str`, but a failure says where: JSON path, line and
/// column. serde_json's nesting limit (128) stays on, so deep nesting is an
/// error, not a stack overflow.
fn deserialize<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, BundleError> {
    serde_json::from_str(json).map_err(|e| {
        let path = super::locate::path_at(json, e.line(), e.column());
        syntax_error(json, path, &e)
    })
}

fn syntax_error(json: &str, path: String, e: &serde_json::Error) -> BundleError {
    let line = e.line();
    let column = char_column(json, line, e.column());
    let mut message = serde_message(e);
    let start = json.trim_start();
    if start.is_empty() {
        message = "the bundle is empty: there is no text at all".into();
    } else if e.classify() == serde_json::error::Category::Eof {
        message =
            format!("the text ends before the JSON is complete; is the file cut off? ({message})");
    } else if path.is_empty() && start.starts_with('<') {
        message = format!("this is HTML or XML, not JSON: perhaps an error page ({message})");
    } else if message == "key must be a string" {
        message = "expected a field name in quotes here; is there a comma too many just before it?"
            .into();
    } else if path.is_empty() && !start.starts_with('{') {
        message = format!(
            "a bundle is a JSON object {{ … }}, but this text starts otherwise ({message})"
        );
    }
    BundleError::Syntax {
        line: line.max(1),
        column: column.max(1),
        path,
        message,
    }
}

/// serde_json's message in an editor's words, without the position it
/// appends (we give line and column apart). Shared with the catalog.
pub(crate) fn serde_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    plain_types(full.strip_suffix(&suffix).unwrap_or(&full))
}

/// A JSON value as compact JSON text, as its `Display` writes it, but
/// without linking serde_json's serialiser and float printer into the wasm
/// for this one message. Floats print as Rust prints them, with ".0" added
/// to whole numbers as serde_json does (it differs only beyond 1e16 and
/// below 1e-5, where serde_json switches to an exponent). Shared with the
/// catalog.
pub(crate) fn json_text(value: &serde_json::Value) -> String {
    use serde_json::Value;
    fn write(out: &mut String, value: &Value) {
        match value {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => out.push_str(&u.to_string()),
                (None, Some(i), _) => out.push_str(&i.to_string()),
                (_, _, Some(f)) => {
                    let text = f.to_string();
                    out.push_str(&text);
                    if !text.contains('.') {
                        out.push_str(".0");
                    }
                }
                _ => {}
            },
            Value::String(s) => string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(out, item);
                }
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    string(out, key);
                    out.push(':');
                    write(out, item);
                }
                out.push('}');
            }
        }
    }
    fn string(out: &mut String, s: &str) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 15] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    let mut out = String::new();
    write(&mut out, value);
    out
}

/// serde_json counts columns in bytes; editors count characters. Shared
/// with the catalog's errors.
pub(crate) fn char_column(json: &str, line: usize, byte_column: usize) -> usize {
    let Some(text) = json.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let mut end = byte_column.min(text.len());
    let mut partial = 0;
    while !text.is_char_boundary(end) {
        end -= 1;
        partial = 1;
    }
    text.get(..end)
        .map_or(byte_column, |t| t.chars().count() + partial)
}

/// Says serde's type names the way an editor would.
fn plain_types(message: &str) -> String {
    let mut m = message
        .replace(
            "expected f64",
            "expected a number such as 240000 (no quotes, no thousands separators)",
        )
        .replace("expected u16", "expected a whole number such as 2019")
        .replace("expected a sequence", "expected a list [ … ]")
        .replace("expected a map", "expected an object { … }");
    // "expected struct Bundle", "expected internally tagged enum Block"
    for (pattern, plain) in [
        ("expected struct ", "expected an object { … }"),
        (
            "expected internally tagged enum ",
            "expected an object { \"type\": … }",
        ),
    ] {
        if let Some(at) = m.find(pattern) {
            let rest = &m[at + pattern.len()..];
            let name_end = rest
                .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            m = format!("{}{plain}{}", &m[..at], &rest[name_end..]);
        }
    }
    m
}

/// The kind's name as the format writes it (without Unicode case tables,
/// which `to_lowercase` would link into the wasm).
fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "bars",
        ChartKind::Comparison => "comparison",
        ChartKind::Steps => "steps",
        ChartKind::Diverging => "diverging",
    }
}

fn major_of(version: &str) -> Option<u64> {
    let (major, minor) = version.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(major) || !digits(minor) {
        return None;
    }
    major.parse().ok()
}

/// Element ids the page itself uses; a bundle id may not take them.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "uitgelicht",
    "bronnen",
    "inleiding",
    "resultaten",
    "resultaatgebieden",
    "achtergrond",
    "downloads",
    "uitgaven",
];

/// Prefixes and suffixes the page adds to bundle ids for its own elements
/// (`chart-…`, `…-title`, `…-panel`, `…-indicators`).
const GENERATED_AFFIXES: (&[&str], &[&str]) = (&["chart-"], &["-title", "-panel", "-indicators"]);

/// The scheme of an address, lower-cased; `None` for a relative address.
fn scheme_of(h: &str) -> Option<String> {
    let colon = h.find(':')?;
    let before = &h[..colon];
    // A colon after the first '/', '?' or '#' belongs to a relative path.
    if before.contains(['/', '?', '#']) {
        return None;
    }
    Some(before.to_ascii_lowercase())
}

/// Addresses the page may link to: https, http, mailto, or relative.
/// Refuses `javascript:`, `data:` and every other scheme, and `//host`
/// and backslash forms that browsers resolve to another site.
pub fn is_safe_href(href: &str) -> bool {
    let h = href.trim();
    if h.is_empty() || h.starts_with("//") || h.chars().any(|c| c.is_control() || c == '\\') {
        return false;
    }
    match scheme_of(h) {
        None => true,
        Some(scheme) => matches!(scheme.as_str(), "https" | "http" | "mailto"),
    }
}

/// Addresses a photo or video may load from: https, or this site.
/// Plain http would be mixed content on an https page.
pub fn is_safe_media_src(src: &str) -> bool {
    is_safe_href(src) && scheme_of(src.trim()).is_none_or(|s| s == "https")
}

struct Checker {
    problems: Vec<Problem>,
    ids: HashSet<String>,
    /// In-page links (`#id`) with their paths, checked once every id is known.
    anchors: Vec<(String, String)>,
}

impl Checker {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok {
            self.problem(
                path,
                format!("id {id:?} must be non-empty and use only a-z, 0-9, '-' and '_'"),
            );
        }
        if RESERVED_IDS.contains(&id) {
            self.problem(path, format!("id {id:?} is reserved for the page itself"));
        }
        let (prefixes, suffixes) = GENERATED_AFFIXES;
        if prefixes.iter().any(|p| id.starts_with(p)) || suffixes.iter().any(|s| id.ends_with(s)) {
            self.problem(path, format!("id {id:?} may not start with 'chart-' or end in '-title', '-panel' or '-indicators': the page makes such ids"));
        }
        if !self.ids.insert(id.to_string()) {
            self.problem(path, format!("id {id:?} is used more than once"));
        }
    }

    fn count(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.problem(path, "must be a finite number");
        } else if v < 0.0 {
            self.problem(path, format!("{v} is negative; counts cannot be"));
        }
    }

    fn finite(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.problem(path, "must be a finite number");
        }
    }

    fn quantity(&mut self, path: &str, v: f64, measure: Measure) {
        match measure {
            Measure::Count => self.count(path, v),
            Measure::Percentage => self.finite(path, v),
        }
    }

    fn href(&mut self, path: &str, href: &Option<String>) {
        if let Some(h) = href {
            if !is_safe_href(h) {
                self.problem(path, format!("address {h:?} is not allowed: use https, http, mailto or a relative address"));
            } else if let Some(target) = h.trim().strip_prefix('#') {
                self.anchors.push((path.to_string(), target.to_string()));
            }
        }
    }

    fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(path, "must not be empty");
        }
    }

    fn rich(&mut self, path: &str, rich: &RichText) {
        for (i, block) in rich.iter().enumerate() {
            let p = format!("{path}[{i}]");
            match block {
                Block::Paragraph { content } => self.inlines(&format!("{p}.content"), content),
                Block::Heading { text } => self.text(&format!("{p}.text"), text),
                Block::List { items, .. } => {
                    if items.is_empty() {
                        self.problem(format!("{p}.items"), "a list needs at least one item");
                    }
                    for (j, item) in items.iter().enumerate() {
                        self.inlines(&format!("{p}.items[{j}]"), item);
                    }
                }
            }
        }
    }

    fn inlines(&mut self, path: &str, inlines: &[Inline]) {
        for (i, inline) in inlines.iter().enumerate() {
            match inline {
                Inline::Link { href, .. } => self.href(&format!("{path}[{i}].href"), href),
                Inline::Text {
                    lang: Some(lang), ..
                } if !is_language_tag(lang) => self.problem(
                    format!("{path}[{i}].lang"),
                    format!("{lang:?} is not a language tag such as \"en\" or \"fr\""),
                ),
                _ => {}
            }
        }
    }

    fn resource(&mut self, path: &str, r: &Resource) {
        self.text(&format!("{path}.title"), &r.title);
        self.href(&format!("{path}.href"), &r.href);
    }

    fn media(&mut self, path: &str, m: &Media) {
        if let Some(src) = &m.src {
            if !is_safe_media_src(src) {
                self.problem(
                    format!("{path}.src"),
                    format!("address {src:?} is not allowed: use https or an address on this site"),
                );
            }
        }
        if m.src.is_some()
            && m.kind == MediaKind::Photo
            && m.alt.as_deref().is_none_or(|a| a.trim().is_empty())
        {
            self.problem(format!("{path}.alt"), "a photo needs a text alternative");
        }
    }

    fn dataset(&mut self, path: &str, d: &Dataset) {
        self.id(&format!("{path}.id"), &d.id);
        self.text(&format!("{path}.title"), &d.title);
        let min = if d.kind == ChartKind::Comparison || d.kind == ChartKind::Steps {
            2
        } else {
            1
        };
        if d.points.len() < min {
            self.problem(
                format!("{path}.points"),
                format!("a {} chart needs at least {min} points", kind_name(d.kind)),
            );
        }
        for (i, pt) in d.points.iter().enumerate() {
            self.text(&format!("{path}.points[{i}].label"), &pt.label);
            let p = format!("{path}.points[{i}].value");
            if d.kind == ChartKind::Diverging {
                self.finite(&p, pt.value);
            } else {
                // Bars grow from zero to the right: only diverging charts
                // can show a negative value honestly.
                self.count(&p, pt.value);
            }
        }
    }

    fn project(&mut self, path: &str, pr: &Project) {
        self.id(&format!("{path}.id"), &pr.id);
        self.text(&format!("{path}.title"), &pr.title);
        if let Some(m) = &pr.media {
            self.media(&format!("{path}.media"), m);
        }
        self.rich(&format!("{path}.body"), &pr.body);
        for (i, l) in pr.links.iter().enumerate() {
            self.resource(&format!("{path}.links[{i}]"), l);
        }
    }

    fn indicator(&mut self, path: &str, ind: &Indicator) {
        self.id(&format!("{path}.id"), &ind.id);
        self.text(&format!("{path}.title"), &ind.title);
        let measure = ind.value.as_ref().map(|q| q.measure).unwrap_or_default();
        if let Some(q) = &ind.value {
            self.quantity(&format!("{path}.value.value"), q.value, q.measure);
        }
        for (i, pv) in ind.previous.iter().enumerate() {
            self.quantity(&format!("{path}.previous[{i}].value"), pv.value, measure);
        }
        if let Some(t) = ind.target {
            self.quantity(&format!("{path}.target"), t, measure);
        }
        if let Some(b) = &ind.baseline {
            self.quantity(&format!("{path}.baseline.value"), b.value, measure);
        }
        for (i, bd) in ind.breakdowns.iter().enumerate() {
            for (j, pt) in bd.items.iter().enumerate() {
                self.quantity(
                    &format!("{path}.breakdowns[{i}].items[{j}].value"),
                    pt.value,
                    measure,
                );
            }
        }
        self.rich(&format!("{path}.explanation"), &ind.explanation);
        self.rich(&format!("{path}.narrative"), &ind.narrative);
        for (i, d) in ind.figures.iter().enumerate() {
            self.dataset(&format!("{path}.figures[{i}]"), d);
        }
    }
}

/// Every rule the types cannot express. Empty means valid.
pub fn validate(b: &Bundle) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        ids: HashSet::new(),
        anchors: Vec::new(),
    };

    if major_of(&b.schema_version) != Some(SUPPORTED_MAJOR) {
        c.problem(
            "schema_version",
            format!(
                "{:?} is not a supported version ({SUPPORTED_MAJOR}.x)",
                b.schema_version
            ),
        );
    }
    c.id("theme.id", &b.theme.id);
    c.text("theme.title", &b.theme.title);
    if !matches!(b.theme.language.as_str(), "nl" | "en") {
        c.problem(
            "theme.language",
            format!(
                "{:?} is not a language this site publishes (nl, en)",
                b.theme.language
            ),
        );
    }

    for (i, r) in b.resources.iter().enumerate() {
        c.resource(&format!("resources[{i}]"), r);
    }
    c.rich("introduction", &b.introduction);
    c.rich("results_summary", &b.results_summary);

    for (i, area) in b.result_areas.iter().enumerate() {
        let p = format!("result_areas[{i}]");
        c.id(&format!("{p}.id"), &area.id);
        c.text(&format!("{p}.title"), &area.title);
        if let Some(m) = &area.photo {
            c.media(&format!("{p}.photo"), m);
        }
        c.rich(&format!("{p}.lead"), &area.lead);
        c.rich(&format!("{p}.narrative"), &area.narrative);
        for (j, ind) in area.indicators.iter().enumerate() {
            c.indicator(&format!("{p}.indicators[{j}]"), ind);
        }
        if let Some(pr) = &area.progress {
            c.text(&format!("{p}.progress.title"), &pr.title);
            c.rich(&format!("{p}.progress.body"), &pr.body);
            for (j, d) in pr.figures.iter().enumerate() {
                c.dataset(&format!("{p}.progress.figures[{j}]"), d);
            }
        }
        for (j, pr) in area.projects.iter().enumerate() {
            c.project(&format!("{p}.projects[{j}]"), pr);
        }
        for (j, l) in area.links.iter().enumerate() {
            c.resource(&format!("{p}.links[{j}]"), l);
        }
    }
    if let Some(f) = &b.featured {
        c.text("featured.heading", &f.heading);
        for (i, pr) in f.projects.iter().enumerate() {
            c.project(&format!("featured.projects[{i}]"), pr);
        }
    }
    if let Some(bg) = &b.background {
        c.text("background.heading", &bg.heading);
        c.rich("background.background", &bg.background);
        c.rich("background.outlook", &bg.outlook);
    }
    if let Some(d) = &b.downloads_and_links {
        c.rich("downloads_and_links.intro", &d.intro);
        for (i, l) in d.links.iter().enumerate() {
            c.resource(&format!("downloads_and_links.links[{i}]"), l);
        }
    }
    if let Some(s) = &b.spending {
        if let Some(ch) = &s.channels {
            for (i, a) in ch.iter().enumerate() {
                c.text(&format!("spending.channels[{i}].channel"), &a.channel);
                c.count(&format!("spending.channels[{i}].amount"), a.amount);
            }
        }
        c.rich("spending.note", &s.note);
    }

    // Highlights last: they point at indicators, whose ids are known by now.
    let indicator_ids: HashSet<&str> = b
        .result_areas
        .iter()
        .flat_map(|a| a.indicators.iter().map(|i| i.id.as_str()))
        .collect();
    for (i, h) in b.highlights.iter().enumerate() {
        let p = format!("highlights[{i}]");
        c.count(&format!("{p}.value"), h.value);
        c.text(&format!("{p}.label"), &h.label);
        if h.text.matches("{value}").count() != 1 {
            c.problem(
                format!("{p}.text"),
                "must contain the placeholder {value} exactly once",
            );
        }
        if !indicator_ids.contains(h.indicator.as_str()) {
            c.problem(
                format!("{p}.indicator"),
                format!("no indicator has the id {:?}", h.indicator),
            );
        }
    }
    // In-page links: the page gives result areas, indicators and projects
    // their bundle id, charts `chart-<id>`, and its own sections the
    // reserved ids.
    let projects = b
        .result_areas
        .iter()
        .flat_map(|a| &a.projects)
        .chain(b.featured.iter().flat_map(|f| &f.projects));
    let datasets = b.result_areas.iter().flat_map(|a| {
        a.indicators
            .iter()
            .flat_map(|i| &i.figures)
            .chain(a.progress.iter().flat_map(|p| &p.figures))
    });
    let mut targets: HashSet<String> = RESERVED_IDS.iter().map(|s| s.to_string()).collect();
    targets.extend(b.result_areas.iter().map(|a| a.id.clone()));
    targets.extend(indicator_ids.iter().map(|s| s.to_string()));
    targets.extend(projects.map(|p| p.id.clone()));
    targets.extend(datasets.map(|d| format!("chart-{}", d.id)));
    for (path, target) in std::mem::take(&mut c.anchors) {
        if target.is_empty() {
            c.problem(path, "an in-page link needs an id after '#'");
        } else if !targets.contains(&target) {
            c.problem(
                path,
                format!("link to \"#{target}\" leads nowhere: no result area, indicator or project has the id {target:?}"),
            );
        }
    }
    c.problems
}

/// A simple BCP 47 language tag: 2–3 letters, then optional `-` subtags of
/// 1–8 letters or digits ("en", "fr", "en-GB", "ar-001").
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod json_text_tests {
    use super::json_text;
    use serde_json::json;

    #[test]
    fn json_text_is_what_serde_json_displays() {
        for value in [
            json!(null),
            json!(true),
            json!(1),
            json!(-7),
            json!(18446744073709551615u64),
            json!(1.0),
            json!(2.5),
            json!(-0.125),
            json!(123456.789),
            json!("a \"quoted\" \\ line\nwith\ttabs \u{1} and é"),
            json!([1, "x", [], {}]),
            json!({"b": {"major": 1}, "a": [1.5, null]}),
        ] {
            assert_eq!(json_text(&value), value.to_string(), "{value}");
        }
    }
}

#[cfg(test)]
mod megabytes_tests {
    #[test]
    fn megabytes_round_to_tenths_at_any_size() {
        for bytes in [
            0,
            1,
            52_428,
            52_429,
            1024 * 1024,
            20 * 1024 * 1024,
            20 * 1024 * 1024 + 52_428,
            20 * 1024 * 1024 + 52_429,
            123_456_789,
            usize::MAX,
        ] {
            let tenths = (bytes as u128 * 10 + 512 * 1024) / (1024 * 1024);
            assert_eq!(
                super::megabytes(bytes),
                format!("{}.{} MB", tenths / 10, tenths % 10),
                "{bytes}"
            );
        }
    }
}
