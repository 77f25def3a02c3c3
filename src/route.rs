//! What the URL asks for. Query parameters only, so any static host works
//! without server rewrites:
//!
//! | parameter            | meaning                                                  |
//! |----------------------|----------------------------------------------------------|
//! | `theme=<id>&year=<yyyy>` | a theme page                                         |
//! | (no `theme`)         | the overview                                             |
//! | `draft=<path>`       | an editor's draft bundle, same origin only; wins over `theme` |
//! | `lang=nl\|en`        | the language; Dutch when missing or unknown              |
//! | `embed=1`            | embed mode: no site header and footer (for iframes)      |
//! | `header=0`           | hide the theme header (title block) too                  |
//! | `area=<id>`          | open this result area on load (like the `#fragment`)     |
//! | `only=<id>`          | one chart or one result area on its own (for embedding)  |
//! | `snippets[=<id>]`    | with a theme: how to embed that piece (or the whole page) on another site; the editors' app |
//!
//! Unknown parameters are ignored; of repeated ones the first counts.
//! No browser dependencies.

use crate::address::unsafe_path;
use crate::i18n::Lang;
use crate::ids::{is_bundle_id, is_theme_id};

/// What the URL asks for, and how to show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub view: View,
    pub lang: Lang,
    /// Embed mode: no site header and footer.
    pub embed: bool,
    /// Show the theme header (title block).
    pub header: bool,
    /// The result area to open on load. Only ids of `A-Z a-z 0-9 - _`;
    /// anything else is dropped.
    pub area: Option<String>,
    /// One piece of the page on its own, for embedding: a chart or a result
    /// area, by its element id (same rule as `area`). Shown without the
    /// site's and the theme's header.
    pub only: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum View {
    Overview,
    Theme {
        theme: String,
        year: u16,
    },
    Draft {
        path: String,
    },
    /// The editors' page (`?check`): bundle files from the editor's own
    /// computer, checked and previewed in the browser.
    Check,
    /// "Insluiten" (`?snippets=<piece>&theme=…`): the snippets that embed
    /// one piece of a theme page (or, `piece` none, the whole page) on
    /// another site, for web editors; the editors' app, as `Check`.
    Snippets {
        theme: String,
        year: u16,
        piece: Option<String>,
    },
    /// The URL is malformed (year not a number, theme with bad characters,
    /// a draft from another origin…): show "not found" with this reason for
    /// editors.
    Invalid {
        reason: String,
    },
}

/// The parameters this app reads, first occurrence each.
#[derive(Default)]
struct Params {
    theme: Option<String>,
    year: Option<String>,
    lang: Option<String>,
    draft: Option<String>,
    embed: Option<String>,
    header: Option<String>,
    area: Option<String>,
    only: Option<String>,
    check: Option<String>,
    snippets: Option<String>,
}

impl Route {
    /// Parses `location.search` (with or without the leading '?').
    /// Percent-decoding and '+' as space handled; unknown parameters
    /// ignored; later duplicates ignored (first wins). Never panics on any
    /// input.
    pub fn parse(query: &str) -> Route {
        let query = query.strip_prefix('?').unwrap_or(query);
        // A fragment is not part of the query, should one be passed along.
        let query = query.split('#').next().unwrap_or("");
        let mut p = Params::default();
        for pair in query.split('&').filter(|s| !s.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let slot = match decode(key).as_str() {
                "theme" => &mut p.theme,
                "year" => &mut p.year,
                "lang" => &mut p.lang,
                "draft" => &mut p.draft,
                "embed" => &mut p.embed,
                "header" => &mut p.header,
                "area" => &mut p.area,
                "only" => &mut p.only,
                "check" => &mut p.check,
                "snippets" => &mut p.snippets,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(decode(value));
            }
        }

        let lang = p.lang.as_deref().map_or(Lang::Nl, Lang::from_tag);
        let flag = |v: &Option<String>, word: &str, digit: &str| {
            v.as_deref()
                .is_some_and(|v| v.trim() == digit || v.trim().eq_ignore_ascii_case(word))
        };
        let embed = flag(&p.embed, "true", "1");
        let header = !flag(&p.header, "false", "0");
        let area = p.area.filter(|a| is_element_id(a));
        let only = p.only.filter(|a| is_element_id(a));

        let view = if p.check.is_some() {
            View::Check
        } else if let Some(raw) = p.draft {
            match draft_path(&raw) {
                Ok(path) => View::Draft { path },
                Err(reason) => View::Invalid { reason },
            }
        } else if let Some(theme) = p.theme {
            match (theme_view(theme, p.year), p.snippets) {
                (View::Theme { theme, year }, Some(piece)) => View::Snippets {
                    theme,
                    year,
                    piece: Some(piece).filter(|p| is_element_id(p)),
                },
                (view, _) => view,
            }
        } else {
            View::Overview
        };

        Route {
            view,
            lang,
            embed,
            header,
            area,
            only,
        }
    }

    /// The route of a pre-rendered page: its own (`own`, which the build
    /// wrote into the page), and the result area to open that the
    /// address's query (`search`) may name. Nothing else of the address
    /// counts: the page is the page its file holds.
    pub fn of_static_page(own: &str, search: &str) -> Route {
        let mut route = Route::parse(own);
        if route.area.is_none() {
            route.area = Route::parse(search).area;
        }
        route
    }

    /// The query string (starting with '?') for a theme page in `lang`,
    /// keeping this route's embed/header flags (not `area`). Values
    /// percent-encoded.
    pub fn theme_query(&self, theme: &str, year: u16, lang: Lang) -> String {
        let mut q = format!("?theme={}&year={year}&lang={}", encode(theme), lang.tag());
        self.push_flags(&mut q);
        q
    }

    /// A link to a theme page in `lang`, relative to the app's folder: its
    /// pre-rendered page where the build rendered it (`rendered`, from the
    /// catalog's record, [`crate::catalog::Catalog::has_page`]); in embed
    /// mode, without the theme header, or without a rendered page (`trunk
    /// serve`, or a bundle published since the last build) the query string
    /// ([`Route::theme_query`]), since only the app reads those flags.
    pub fn theme_link(&self, theme: &str, year: u16, lang: Lang, rendered: bool) -> String {
        if rendered && !self.embed && self.header {
            static_page_path(theme, year, lang)
        } else {
            self.theme_query(theme, year, lang)
        }
    }

    /// The address of the whole theme page, for a piece shown on its own
    /// (`only`): its pre-rendered page where the build rendered it, else its
    /// query; never with the embed flags.
    pub fn full_page_link(theme: &str, year: u16, lang: Lang, rendered: bool) -> String {
        Route::parse("").theme_link(theme, year, lang, rendered)
    }

    /// The query string for the overview in `lang`, keeping embed/header
    /// flags.
    pub fn overview_query(&self, lang: Lang) -> String {
        let mut q = format!("?lang={}", lang.tag());
        self.push_flags(&mut q);
        q
    }

    /// A link to the overview in `lang`, relative to the app's folder: its
    /// pre-rendered page where the build rendered it, else its query (in
    /// embed mode too, as [`Route::theme_link`]).
    pub fn overview_link(&self, lang: Lang, rendered: bool) -> String {
        if rendered && !self.embed && self.header {
            static_overview_path(lang).to_string()
        } else {
            self.overview_query(lang)
        }
    }

    /// The query string of a draft, in this route's language.
    pub fn draft_query(path: &str, lang: Lang) -> String {
        format!("?draft={}&lang={}", encode(path), lang.tag())
    }

    /// The query string of the editors' page in a language.
    pub fn check_query(lang: Lang) -> String {
        match lang {
            Lang::Nl => "?check".into(),
            other => format!("?check&lang={}", other.tag()),
        }
    }

    /// The address of "Insluiten" for `piece` of a theme page (none: the
    /// whole page), relative to the app's folder.
    pub fn snippets_query(theme: &str, year: u16, lang: Lang, piece: Option<&str>) -> String {
        format!(
            "?snippets={}&theme={}&year={year}&lang={}",
            encode(piece.unwrap_or_default()),
            encode(theme),
            lang.tag()
        )
    }

    fn push_flags(&self, q: &mut String) {
        if self.embed {
            q.push_str("&embed=1");
        }
        if !self.header {
            q.push_str("&header=0");
        }
    }
}

/// Where the build writes a theme page as static HTML, relative to the
/// app's folder: `<lang>/<year>/<theme>/` (served as its `index.html`).
/// Percent-encoded, although theme ids are `a-z 0-9 -` already.
pub fn static_page_path(theme: &str, year: u16, lang: Lang) -> String {
    format!("{}/{year}/{}/", lang.tag(), encode(theme))
}

/// Where the build writes the overview in `lang`, relative to the app's
/// folder: the Dutch one is the app's own `index.html` (`./`), the English
/// one `en/`.
pub fn static_overview_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "./",
        Lang::En => "en/",
    }
}

/// Where the build writes a theme page's embed form (`only` none) and each
/// piece it offers to embed, relative to the app's folder:
/// `<page>embed/` and `<page>embed/<id>/`.
pub fn embed_page_path(theme: &str, year: u16, lang: Lang, only: Option<&str>) -> String {
    let folder = format!("{}embed/", static_page_path(theme, year, lang));
    match only {
        Some(id) => format!("{folder}{}/", encode(id)),
        None => folder,
    }
}

/// The measured heights of a theme page's embed forms
/// (`make embed-heights`), relative to the app's folder.
pub fn embed_heights_path(theme: &str, year: u16, lang: Lang) -> String {
    format!("{}heights.json", embed_page_path(theme, year, lang, None))
}

/// The address an iframe embeds a theme page (`only` none) or one piece of
/// it at, relative to the app's folder: its pre-rendered embed page where
/// the build rendered the page, else the app's query address.
pub fn embed_link(
    theme: &str,
    year: u16,
    lang: Lang,
    only: Option<&str>,
    rendered: bool,
) -> String {
    if rendered {
        return embed_page_path(theme, year, lang, only);
    }
    let mut q = format!("?theme={}&year={year}&lang={}", encode(theme), lang.tag());
    if let Some(id) = only {
        q.push_str(&format!("&only={}", encode(id)));
    }
    q.push_str("&embed=1");
    q
}

fn theme_view(theme: String, year: Option<String>) -> View {
    if !is_theme_id(&theme) {
        return View::Invalid {
            reason: format!(
                "theme {:?} is not a theme id: use only a-z, 0-9 and '-'",
                shorten(&theme)
            ),
        };
    }
    let Some(year) = year else {
        return View::Invalid {
            reason: format!("theme {theme:?} needs a year, such as &year=2019"),
        };
    };
    let parsed = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse::<u16>().ok())
        .flatten();
    match parsed {
        Some(year) => View::Theme { theme, year },
        None => View::Invalid {
            reason: format!(
                "year {:?} is not a year of four digits, such as 2019",
                shorten(&year)
            ),
        },
    }
}

/// A draft path is accepted only when it is same-origin: a relative path or
/// one starting with a single '/', no scheme ("https:", "javascript:",
/// "data:"…), no "//", no backslash, no control characters, no "..", ending
/// in ".json". Returns the path to fetch, or a reason it was refused.
///
/// Also refused, to keep the check simple and sure: any ':' (so no scheme
/// can hide), '%' (the browser would decode `%2e%2e` to `..`) and spaces
/// ([`unsafe_path`]).
pub fn draft_path(raw: &str) -> Result<String, String> {
    match unsafe_path(raw, true) {
        None => Ok(raw.to_string()),
        Some(why) => Err(format!(
            "draft {:?} is refused: {why}. A draft must be a .json file on this site, such as drafts/theme.json",
            shorten(raw)
        )),
    }
}

/// Ids the page can look up: bundle ids of a sensible length.
fn is_element_id(id: &str) -> bool {
    id.len() <= 200 && is_bundle_id(id)
}

/// At most 80 characters of an untrusted value, for a reason shown to people.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// Percent-decoding as in `application/x-www-form-urlencoded`: '+' is a
/// space, `%XX` a byte; a '%' without two hex digits stays as it is. Bytes
/// that are not UTF-8 become U+FFFD.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(|&h| hex(h)),
                bytes.get(i + 2).and_then(|&l| hex(l)),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes all but the unreserved characters `A-Z a-z 0-9 - . _ ~`.
fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn decode_and_encode() {
        assert_eq!(decode("a+b%20c%2Fd%zz%4"), "a b c/d%zz%4");
        assert_eq!(decode("%C3%A9"), "é");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(encode("a b/é~"), "a%20b%2F%C3%A9~");
        for s in ["plain", "a b+c&d=e", "é ü ✓", "%41", "#?/"] {
            assert_eq!(decode(&encode(s)), s);
        }
    }
}
