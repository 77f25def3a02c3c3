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

/// Why `path` is not a safe address of a JSON file on this site, if it is
/// not. For the catalog's paths (relative only) and drafts (which may also
/// start with a single '/').
///
/// Refused, to keep the check simple and sure: any ':' (so no scheme can
/// hide), '%' (the browser would decode `%2e%2e` to `..`), spaces, "//",
/// "..", backslashes and control characters.
pub fn unsafe_path(path: &str, allow_root: bool) -> Option<&'static str> {
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
