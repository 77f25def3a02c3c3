//! Which addresses the page may link to or load from. Used by validation
//! (a bundle's links and media, the catalog's paths), by the URL's drafts,
//! and by the components, which never render an unsafe address as an
//! `href` or `src`. No browser dependencies.

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

/// An address without a scheme, as a regular expression: a path whose
/// first ':' comes after a '/', '?' or '#' (or that has none), not
/// starting with `//`; no control character or backslash anywhere.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! schemeless {
    () => {
        concat!(
            r"[^:/?# \x00-\x1f\x7f-\x9f\\][^:/?#\x00-\x1f\x7f-\x9f\\]*(?:[/?#][^\x00-\x1f\x7f-\x9f\\]*)?",
            r"|/(?:[^/\x00-\x1f\x7f-\x9f\\][^\x00-\x1f\x7f-\x9f\\]*)?",
            r"|[?#][^\x00-\x1f\x7f-\x9f\\]*",
        )
    };
}

/// [`is_safe_href`] as a JSON Schema `pattern`, for editors' own tools:
/// an https, http or mailto address, or one without a scheme.
/// `tests/schema.rs` keeps the two in step.
#[cfg(not(target_arch = "wasm32"))]
pub const HREF_PATTERN: &str = concat!(
    r"^ *(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):[^\x00-\x1f\x7f-\x9f\\]*|",
    schemeless!(),
    r")$"
);

/// [`is_safe_media_src`] as a JSON Schema `pattern`: https, or this site.
#[cfg(not(target_arch = "wasm32"))]
pub const MEDIA_SRC_PATTERN: &str = concat!(
    r"^ *(?:[Hh][Tt][Tt][Pp][Ss]:[^\x00-\x1f\x7f-\x9f\\]*|",
    schemeless!(),
    r")$"
);

/// Why a path is not a safe address of a JSON file on this site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathFault {
    Empty,
    ControlCharacter,
    Backslash,
    /// A ':', so a scheme could hide.
    Scheme,
    DoubleSlash,
    DotDot,
    /// A '%': the browser would decode `%2e%2e` to `..`.
    Percent,
    Space,
    /// A leading '/' where only relative paths are allowed.
    Absolute,
    /// Not the name of a `.json` file.
    NotJson,
}

/// In English, for the reasons a draft's address is refused (the console).
impl std::fmt::Display for PathFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PathFault::Empty => "is empty",
            PathFault::ControlCharacter => "contains a control character",
            PathFault::Backslash => "contains a backslash; use '/'",
            PathFault::Scheme => "contains ':'; addresses with a scheme (https:, javascript:, data:…) are not allowed",
            PathFault::DoubleSlash => "contains \"//\", which would lead to another site",
            PathFault::DotDot => "contains \"..\"",
            PathFault::Percent => "contains '%'; write the characters themselves",
            PathFault::Space => "contains a space",
            PathFault::Absolute => "must be relative (no leading '/')",
            PathFault::NotJson => "must name a file ending in \".json\"",
        })
    }
}

/// Why `path` is not a safe address of a JSON file on this site, if it is
/// not. For the catalog's paths (relative only) and drafts (which may also
/// start with a single '/').
///
/// Refused, to keep the check simple and sure: any ':' (so no scheme can
/// hide), '%' (the browser would decode `%2e%2e` to `..`), spaces, "//",
/// "..", backslashes and control characters.
pub fn unsafe_path(path: &str, allow_root: bool) -> Option<PathFault> {
    if path.is_empty() {
        Some(PathFault::Empty)
    } else if path.chars().any(char::is_control) {
        Some(PathFault::ControlCharacter)
    } else if path.contains('\\') {
        Some(PathFault::Backslash)
    } else if path.contains(':') {
        Some(PathFault::Scheme)
    } else if path.contains("//") {
        Some(PathFault::DoubleSlash)
    } else if path.contains("..") {
        Some(PathFault::DotDot)
    } else if path.contains('%') {
        Some(PathFault::Percent)
    } else if path.chars().any(char::is_whitespace) {
        Some(PathFault::Space)
    } else if path.starts_with('/') && !allow_root {
        Some(PathFault::Absolute)
    } else if !path.ends_with(".json") || path.len() <= ".json".len() || path.ends_with("/.json") {
        Some(PathFault::NotJson)
    } else {
        None
    }
}
