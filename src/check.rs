//! Checking bundle files as editors hand them in: every problem of a file in
//! one pass, and whether two files are translations of each other. One
//! code for the two places editors check: the `check-bundle` tool and the
//! editors' page (`/?check`), so both say the same. No browser dependencies.

use serde_json::Value;

use crate::bundle::{self, Bundle, MAX_BUNDLE_BYTES};
use crate::i18n::Lang;
use crate::json::{locate, read_every, Error, Finding};
use crate::translation::{self, Side};

/// A file that has been checked.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The file's text, for the lines around each problem (empty when the
    /// file is not text at all).
    pub text: String,
    /// The bundle, when the file has no problem.
    pub bundle: Option<Bundle>,
    /// Every problem, in the order of the file.
    pub problems: Vec<Finding>,
}

/// A file of `bytes` bytes is over the limit: refused before it is read.
pub fn too_large(bytes: u64) -> Option<Checked> {
    (bytes > MAX_BUNDLE_BYTES as u64).then(|| Checked {
        text: String::new(),
        bundle: None,
        problems: vec![Finding {
            at: None,
            path: String::new(),
            message: Error::TooLarge {
                bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                limit: MAX_BUNDLE_BYTES,
            }
            .to_string(),
        }],
    })
}

/// Checks a file's bytes as a results bundle. Never panics, whatever the
/// bytes.
pub fn check_file(bytes: &[u8]) -> Checked {
    if let Some(checked) = too_large(bytes.len() as u64) {
        return checked;
    }
    let one = |text: String, at, message: String| Checked {
        text,
        bundle: None,
        problems: vec![Finding {
            at,
            path: String::new(),
            message,
        }],
    };
    if let Some(kind) = binary_kind(bytes) {
        return one(
            String::new(),
            None,
            format!("this is {kind}, not a results bundle (a JSON text file)"),
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(e) => {
            let good = String::from_utf8_lossy(bytes.get(..e.valid_up_to()).unwrap_or_default());
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return one(
                good.into_owned(),
                Some((line, column)),
                format!("not UTF-8 text: save the file as UTF-8 ({e})"),
            );
        }
    };
    if is_catalog(&text) {
        return one(
            text,
            None,
            "this is a catalog (it lists bundles), not a bundle".into(),
        );
    }
    let (bundle, problems) = read_every(&text, &bundle::DOCUMENT, bundle::validate);
    Checked {
        text,
        bundle,
        problems,
    }
}

/// What a file is, when its first bytes say it is no text: the files an
/// editor might pick by mistake.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word or Excel file)"),
        (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"),
        (b"\xff\xfe", "UTF-16 text; save the file as UTF-8"),
        (b"\xfe\xff", "UTF-16 text; save the file as UTF-8"),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
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
    pub message: String,
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
        message: d.message,
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

    #[test]
    fn files_that_are_no_bundle_say_what_they_are() {
        for (bytes, words) in [
            (&b"\x89PNG\r\n\x1a\n"[..], "this is a PNG image"),
            (b"%PDF-1.7", "this is a PDF document"),
            (b"PK\x03\x04rest", "a ZIP archive"),
            (b"{\"a\": \"\xff\"}", "not UTF-8 text"),
            (b"{\"bundles\": []}", "this is a catalog"),
            (b"<!doctype html><p>", "this is HTML"),
            (b"", "the bundle is empty"),
        ] {
            let c = check_file(bytes);
            assert!(c.bundle.is_none());
            assert_eq!(c.problems.len(), 1, "{words}");
            assert!(c.problems[0].message.contains(words), "{:?}", c.problems);
        }
    }

    #[test]
    fn a_file_over_the_limit_is_refused_unread() {
        assert!(too_large(MAX_BUNDLE_BYTES as u64).is_none());
        let c = too_large(MAX_BUNDLE_BYTES as u64 + 1).unwrap();
        assert!(c.problems[0].message.contains("more than the limit"));
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
