//! Checking bundle files as editors hand them in: every problem of a file in
//! one pass, and whether two files are translations of each other. One
//! code for the two places editors check: the `check-bundle` tool and the
//! editors' page (`/?check`), so both say the same. No browser dependencies.

mod file;
pub mod messages;
pub mod suggest;

use serde_json::Value;

use crate::bundle::{self, Bundle, MAX_BUNDLE_BYTES};
use crate::catalog;
use crate::json::{self, locate, read_every};
use crate::lang::Lang;
use crate::series::UnitChanged;
use crate::translation::{self, Mismatch, Side};
use crate::words::{Message, Say};

pub use file::{File, FileKind};
pub use messages::label;

/// Any problem the check finds, by the domain that owns it: each says
/// itself ([`Message`]) in Dutch and English.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// The reading of a document (`crate::json`).
    Reading(json::Kind),
    /// A rule of the bundle (`crate::bundle`).
    Bundle(bundle::Rule),
    /// A rule of the catalog (`crate::catalog`).
    Catalog(catalog::Rule),
    /// Two translations that differ (`crate::translation`).
    Translation(Mismatch),
    /// A series that counts another thing in another year (`crate::series`).
    Series(UnitChanged),
    /// A file that is no bundle, a catalog's bundle that is not what it
    /// says ([`File`]).
    File(File),
}

impl Kind {
    /// A warning: the file is still a bundle the page shows.
    pub fn is_warning(&self) -> bool {
        matches!(self, Kind::Reading(json::Kind::NewerField { .. }))
    }
}

impl Message for Kind {
    fn code(&self) -> &'static str {
        match self {
            Kind::Reading(k) => k.code(),
            Kind::Bundle(k) => k.code(),
            Kind::Catalog(k) => k.code(),
            Kind::Translation(k) => k.code(),
            Kind::Series(k) => k.code(),
            Kind::File(k) => k.code(),
        }
    }

    fn title(&self, say: Say) -> String {
        match self {
            Kind::Reading(k) => k.title(say),
            Kind::Bundle(k) => k.title(say),
            Kind::Catalog(k) => k.title(say),
            Kind::Translation(k) => k.title(say),
            Kind::Series(k) => k.title(say),
            Kind::File(k) => k.title(say),
        }
    }

    fn text(&self, path: &str, say: Say) -> String {
        match self {
            Kind::Reading(k) => k.text(path, say),
            Kind::Bundle(k) => k.text(path, say),
            Kind::Catalog(k) => k.text(path, say),
            Kind::Translation(k) => k.text(path, say),
            Kind::Series(k) => k.text(path, say),
            Kind::File(k) => k.text(path, say),
        }
    }
}

impl From<json::Kind> for Kind {
    fn from(kind: json::Kind) -> Kind {
        Kind::Reading(kind)
    }
}

/// One problem of a checked file, at its place.
pub type Finding = json::Finding<Kind>;

/// A file that has been checked.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The file's text, for the lines around each problem (empty when the
    /// file is not text at all).
    pub text: String,
    /// The bundle, when the file has no problem (warnings aside).
    pub bundle: Option<Bundle>,
    /// Every problem and warning, in the order of the file.
    pub problems: Vec<Finding>,
}

impl Checked {
    /// A file with one problem, about the whole file or at a place.
    pub fn one(text: String, at: Option<(usize, usize)>, kind: Kind) -> Checked {
        Checked {
            text,
            bundle: None,
            problems: vec![Finding {
                at,
                path: String::new(),
                kind,
            }],
        }
    }
}

/// A file of `bytes` bytes is over the limit: refused before it is read.
pub fn too_large(bytes: u64) -> Option<Checked> {
    let limit = MAX_BUNDLE_BYTES as u64;
    (bytes > limit).then(|| {
        Checked::one(
            String::new(),
            None,
            Kind::Reading(json::Kind::TooLarge { bytes, limit }),
        )
    })
}

/// Checks a file's bytes as a results bundle. Never panics, whatever the
/// bytes.
pub fn check_file(bytes: &[u8]) -> Checked {
    if let Some(checked) = too_large(bytes.len() as u64) {
        return checked;
    }
    if let Some(kind) = file::binary_kind(bytes) {
        return Checked::one(String::new(), None, Kind::File(File::NotText(kind)));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(e) => {
            let good = String::from_utf8_lossy(bytes.get(..e.valid_up_to()).unwrap_or_default());
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Checked::one(
                good.into_owned(),
                Some((line, column)),
                Kind::File(File::NotUtf8),
            );
        }
    };
    if is_catalog(&text) {
        return Checked::one(text, None, Kind::File(File::IsCatalog));
    }
    let rules = |b: &Bundle| {
        bundle::validate(b)
            .into_iter()
            .map(|p| p.map(Kind::Bundle))
            .collect()
    };
    let (bundle, mut problems) = read_every(&text, &bundle::DOCUMENT, rules);
    suggest::fill(&text, &mut problems);
    Checked {
        text,
        bundle,
        problems,
    }
}

/// Whether a text is a catalog: an object with `bundles` and no `theme`.
pub fn is_catalog(text: &str) -> bool {
    serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'))
        .ok()
        .and_then(|v| v.as_object().cloned())
        .is_some_and(|o| o.contains_key("bundles") && !o.contains_key("theme"))
}

/// One difference between two translations, at its place in each file.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Line and column in the Dutch file, then in the English one (in the
    /// order of [`translation_pair`]'s answer).
    pub at: [Option<(usize, usize)>; 2],
    pub path: String,
    pub kind: Kind,
}

/// The theme, year and language a file says it is of, as far as it reads
/// as JSON, also when it has problems.
fn claims(c: &Checked) -> Option<(String, u64, Lang)> {
    let json = serde_json::from_str::<Value>(c.text.trim_start_matches('\u{feff}')).ok()?;
    let theme = json.get("theme")?;
    let language = theme.get("language")?.as_str()?;
    crate::lang::is_site_language(language).then_some(())?;
    Some((
        theme.get("id")?.as_str()?.to_string(),
        theme.get("year")?.as_u64()?,
        Lang::from_tag(language),
    ))
}

/// Two files of one theme and year in two languages that cannot be
/// compared as translations, because one of them (or both) has problems:
/// said, so that an editor does not take silence for a good translation.
/// The Dutch file is named when both have problems.
pub fn not_compared(a: &Checked, b: &Checked) -> Option<Kind> {
    let ((ta, ya, la), (tb, yb, lb)) = (claims(a)?, claims(b)?);
    if ta != tb || ya != yb || la == lb || (a.problems.is_empty() && b.problems.is_empty()) {
        return None;
    }
    let with_problems = match (a.problems.is_empty(), b.problems.is_empty()) {
        (false, false) => Lang::Nl,
        (false, true) => la,
        _ => lb,
    };
    Some(Kind::Translation(Mismatch::NotCompared { with_problems }))
}

/// When `a` and `b` are valid bundles of one theme and year in two
/// languages: which is first (the Dutch one, else `a`), and every
/// difference between them. `None` for any other two files.
pub fn translation_pair<'c>(
    a: &'c Checked,
    b: &'c Checked,
) -> Option<([&'c Checked; 2], Vec<Difference>)> {
    let (Some(ab), Some(bb)) = (&a.bundle, &b.bundle) else {
        return None;
    };
    if ab.theme.id != bb.theme.id
        || ab.theme.year != bb.theme.year
        || ab.theme.language == bb.theme.language
    {
        return None;
    }
    let (a_lang, b_lang) = (
        Lang::from_tag(&ab.theme.language),
        Lang::from_tag(&bb.theme.language),
    );
    let ((first, first_lang), (second, second_lang)) = if b_lang == Lang::Nl && a_lang != Lang::Nl {
        ((b, b_lang), (a, a_lang))
    } else {
        ((a, a_lang), (b, b_lang))
    };
    let json = |c: &Checked| serde_json::from_str::<Value>(c.text.trim_start_matches('\u{feff}'));
    let (Ok(first_json), Ok(second_json)) = (json(first), json(second)) else {
        return None;
    };
    let differences = translation::differences(
        Side {
            lang: first_lang,
            json: &first_json,
        },
        Side {
            lang: second_lang,
            json: &second_json,
        },
    )
    .into_iter()
    .map(|d| Difference {
        at: [locate(&first.text, &d.path), locate(&second.text, &d.path)],
        path: d.path,
        kind: Kind::Translation(d.kind),
    })
    .collect();
    Some(([first, second], differences))
}

/// One line of the file around a problem, as the editors' page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextLine {
    /// 1-based.
    pub number: usize,
    /// The line, or a part of it when it is long ("…" where cut).
    pub text: String,
    /// On the problem's line: the column (1-based, in characters of `text`)
    /// to mark.
    pub mark: Option<usize>,
}

/// At most this many characters of a line are shown: a file written on
/// one line (minified JSON) would otherwise show all of it.
const LINE_WIDTH: usize = 100;

/// Up to `around` lines before and after the problem at `line`, `column`
/// (1-based, the column in characters), each with its number: the context
/// an editor sees around a problem. A long line shows the part around the
/// column.
pub fn context(text: &str, (line, column): (usize, usize), around: usize) -> Vec<ContextLine> {
    let first = line.saturating_sub(around).max(1);
    text.split('\n')
        .enumerate()
        .skip(first - 1)
        .take(line + around + 1 - first)
        .map(|(i, l)| {
            let l = l.strip_suffix('\r').unwrap_or(l);
            let number = i + 1;
            let at = (number == line).then_some(column);
            let (text, mark) = window(l, at);
            ContextLine { number, text, mark }
        })
        .collect()
}

/// The part of `line` to show, and where the column is in it.
fn window(line: &str, column: Option<usize>) -> (String, Option<usize>) {
    let length = line.chars().count();
    if length <= LINE_WIDTH {
        return (line.to_string(), column);
    }
    let wanted = column.unwrap_or(1).saturating_sub(1);
    let start = wanted
        .saturating_sub(LINE_WIDTH / 2)
        .min(length - LINE_WIDTH);
    let mut text: String = line.chars().skip(start).take(LINE_WIDTH).collect();
    let mut mark = column.map(|c| c - start);
    if start > 0 {
        text.insert(0, '…');
        mark = mark.map(|m| m + 1);
    }
    if start + LINE_WIDTH < length {
        text.push('…');
    }
    (text, mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::json::NotJson;

    #[test]
    fn files_that_are_no_bundle_say_what_they_are() {
        let not_json = |how| Kind::Reading(json::Kind::NotJson(how));
        for (bytes, kind) in [
            (
                &b"\x89PNG\r\n\x1a\n"[..],
                Kind::File(File::NotText(FileKind::Png)),
            ),
            (b"%PDF-1.7", Kind::File(File::NotText(FileKind::Pdf))),
            (b"PK\x03\x04rest", Kind::File(File::NotText(FileKind::Zip))),
            (b"{\"a\": \"\xff\"}", Kind::File(File::NotUtf8)),
            (b"{\"bundles\": []}", Kind::File(File::IsCatalog)),
            (b"<!doctype html><p>", not_json(NotJson::Html)),
            (b"", not_json(NotJson::Empty)),
        ] {
            let c = check_file(bytes);
            assert!(c.bundle.is_none());
            assert_eq!(c.problems.len(), 1, "{kind:?}");
            assert_eq!(c.problems[0].kind, kind);
        }
    }

    #[test]
    fn a_file_over_the_limit_is_refused_unread() {
        assert!(too_large(MAX_BUNDLE_BYTES as u64).is_none());
        let c = too_large(MAX_BUNDLE_BYTES as u64 + 1).unwrap();
        assert!(matches!(
            c.problems[0].kind,
            Kind::Reading(json::Kind::TooLarge { .. })
        ));
    }

    #[test]
    fn lines_around_a_problem() {
        let text = "a\nb\r\nc\nd\ne";
        let lines = |at, around| -> Vec<(usize, String, Option<usize>)> {
            context(text, at, around)
                .into_iter()
                .map(|l| (l.number, l.text, l.mark))
                .collect()
        };
        assert_eq!(
            lines((1, 1), 2),
            [
                (1, "a".into(), Some(1)),
                (2, "b".into(), None),
                (3, "c".into(), None)
            ]
        );
        assert_eq!(
            lines((3, 1), 1),
            [
                (2, "b".into(), None),
                (3, "c".into(), Some(1)),
                (4, "d".into(), None)
            ],
            "a Windows line end is no part of the line"
        );
        assert_eq!(lines((5, 1), 2).len(), 3);
    }

    #[test]
    fn a_long_line_shows_the_part_around_the_column() {
        let line: String = (0..500)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        let shown = &context(&line, (1, 301), 2)[0];
        let mark = shown.mark.unwrap();
        assert!(shown.text.starts_with('…') && shown.text.ends_with('…'));
        assert_eq!(shown.text.chars().nth(mark - 1), line.chars().nth(300));
        let start = &context(&line, (1, 3), 0)[0];
        assert_eq!(start.mark, Some(3));
        assert!(!start.text.starts_with('…') && start.text.ends_with('…'));
        let end = &context(&line, (1, 500), 0)[0];
        assert_eq!(
            end.text.chars().nth(end.mark.unwrap() - 1),
            Some(line.chars().last().unwrap())
        );
    }
}
