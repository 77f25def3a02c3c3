//! check-bundle: the editors' tool. Checks results bundles as the page does
//! and prints every problem with where it is.
//!
//! ```text
//! cargo run --bin check-bundle -- public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json
//! ```
//!
//! Given the same theme and year in two languages, it also checks that one
//! is a translation of the other (`resultaten::translation`).
//!
//! Exit status: 0 when every bundle is valid, 1 when any has problems, 2 on a
//! usage error or a file that cannot be read.
//!
//! Native only: on wasm32 (where `cargo test --target wasm32-unknown-unknown`
//! still builds every binary) `main` is empty.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::Read;

    use resultaten::bundle::{self, Bundle, BundleError, MAX_BUNDLE_BYTES};
    use resultaten::i18n::Lang;
    use resultaten::translation::{self, Side};

    const USAGE: &str = "\
Usage: check-bundle BUNDLE.json [MORE.json …]
       check-bundle --schema

Checks results bundles as the page does and prints every problem as
FILE:LINE:COLUMN: PATH: MESSAGE. Use - to read a bundle from standard input.
Given the same theme and year in two languages, it also checks that they
are translations of each other (same shape, ids, numbers and nulls, and the
same numbers in each text), and prints each difference at its place in both
files: NL_FILE:LINE:COLUMN: EN_FILE:LINE:COLUMN: PATH: MESSAGE.
--schema prints the JSON Schema of the format (also shipped as
public/schema/results-bundle.schema.json).

Exit status: 0 all valid, 1 problems found, 2 usage error or unreadable file.";

    const OK: i32 = 0;
    const PROBLEMS: i32 = 1;
    const TROUBLE: i32 = 2;

    pub fn run(args: Vec<String>) -> i32 {
        let mut files = Vec::new();
        let mut only_files = false;
        for arg in args {
            if only_files || arg == "-" || !arg.starts_with('-') {
                files.push(arg);
            } else if arg == "--" {
                only_files = true;
            } else if arg == "-h" || arg == "--help" {
                println!("{USAGE}");
                return OK;
            } else if arg == "--schema" {
                print!("{}", bundle::json_schema());
                return OK;
            } else {
                eprintln!("check-bundle: unknown option {arg}\n\n{USAGE}");
                return TROUBLE;
            }
        }
        if files.is_empty() {
            eprintln!("check-bundle: no bundle given\n\n{USAGE}");
            return TROUBLE;
        }

        let (mut valid, mut invalid, mut unreadable, mut problems) = (0, 0, 0, 0);
        // Valid bundles, for the translation check: (file, text, bundle).
        let mut checked: Vec<(&str, String, Bundle)> = Vec::new();
        for file in &files {
            match read(file) {
                Err(e) => {
                    eprintln!("check-bundle: cannot read {file}: {e}");
                    unreadable += 1;
                }
                Ok(Err(too_large)) => {
                    println!("{file}: {too_large}");
                    invalid += 1;
                    problems += 1;
                }
                Ok(Ok(bytes)) => match check(file, &bytes) {
                    Ok((text, b)) => {
                        println!("{file}: OK ({})", summary(&b));
                        valid += 1;
                        checked.push((file, text, b));
                    }
                    Err(lines) => {
                        for line in &lines {
                            println!("{line}");
                        }
                        invalid += 1;
                        problems += lines.len();
                    }
                },
            }
        }

        let mut differences = 0;
        for (i, a) in checked.iter().enumerate() {
            for b in &checked[i + 1..] {
                let lines = translation_check(a, b);
                for line in &lines {
                    println!("{line}");
                }
                differences += lines.len();
            }
        }

        let total = files.len();
        let bundles = |n: usize| if n == 1 { "bundle" } else { "bundles" };
        if invalid == 0 && unreadable == 0 && differences == 0 {
            println!("OK: {total} {} checked, no problems", bundles(total));
        } else {
            let mut summary = format!("FAILED: {total} {} checked", bundles(total));
            if valid > 0 {
                summary += &format!(", {valid} valid");
            }
            if invalid > 0 {
                let p = if problems == 1 { "problem" } else { "problems" };
                summary += &format!(", {invalid} with {problems} {p}");
            }
            if unreadable > 0 {
                summary += &format!(", {unreadable} unreadable");
            }
            if differences > 0 {
                let d = if differences == 1 {
                    "difference"
                } else {
                    "differences"
                };
                summary += &format!(", {differences} translation {d}");
            }
            println!("{summary}");
        }
        if unreadable > 0 {
            TROUBLE
        } else if invalid > 0 || differences > 0 {
            PROBLEMS
        } else {
            OK
        }
    }

    /// The file's bytes; `Ok(Err(..))` when it is larger than the page takes.
    fn read(file: &str) -> std::io::Result<Result<Vec<u8>, BundleError>> {
        let limit = MAX_BUNDLE_BYTES as u64;
        let mut bytes = Vec::new();
        if file == "-" {
            std::io::stdin()
                .lock()
                .take(limit + 1)
                .read_to_end(&mut bytes)?;
        } else {
            let f = std::fs::File::open(file)?;
            let size = f.metadata()?.len();
            if size > limit {
                return Ok(Err(BundleError::TooLarge {
                    bytes: usize::try_from(size).unwrap_or(usize::MAX),
                    limit: MAX_BUNDLE_BYTES,
                }));
            }
            f.take(limit + 1).read_to_end(&mut bytes)?;
        }
        if bytes.len() > MAX_BUNDLE_BYTES {
            return Ok(Err(BundleError::TooLarge {
                bytes: bytes.len(),
                limit: MAX_BUNDLE_BYTES,
            }));
        }
        Ok(Ok(bytes))
    }

    /// Where two valid bundles of one theme and year in two languages are
    /// not translations of each other: one line per difference, with its
    /// place in both files (Dutch first). Nothing for any other pair.
    fn translation_check(a: &(&str, String, Bundle), b: &(&str, String, Bundle)) -> Vec<String> {
        let ((a_file, a_text, a_bundle), (b_file, b_text, b_bundle)) = (a, b);
        if a_bundle.theme.id != b_bundle.theme.id
            || a_bundle.theme.year != b_bundle.theme.year
            || a_bundle.theme.language == b_bundle.theme.language
        {
            return Vec::new();
        }
        // Both parsed as bundles already, so both are JSON.
        let (Ok(a_json), Ok(b_json)) = (
            serde_json::from_str::<serde_json::Value>(a_text),
            serde_json::from_str::<serde_json::Value>(b_text),
        ) else {
            return Vec::new();
        };
        let mut sides = [
            (
                Lang::from_tag(&a_bundle.theme.language),
                *a_file,
                a_text.as_str(),
                &a_json,
            ),
            (
                Lang::from_tag(&b_bundle.theme.language),
                *b_file,
                b_text.as_str(),
                &b_json,
            ),
        ];
        sides.sort_by_key(|(lang, ..)| *lang != Lang::Nl);
        let [(a_lang, a_file, a_text, a_json), (b_lang, b_file, b_text, b_json)] = sides;
        translation::differences(
            Side {
                lang: a_lang,
                json: a_json,
            },
            Side {
                lang: b_lang,
                json: b_json,
            },
        )
        .iter()
        .map(|d| {
            format!(
                "{}{}{d}",
                position(a_file, a_text, &d.path),
                position(b_file, b_text, &d.path)
            )
        })
        .collect()
    }

    /// The text and the bundle when it is valid, or one line per problem.
    fn check(file: &str, bytes: &[u8]) -> Result<(String, Bundle), Vec<String>> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
                let good = String::from_utf8_lossy(good);
                let line = good.matches('\n').count() + 1;
                let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                return Err(vec![format!(
                    "{file}:{line}:{column}: not UTF-8 text: save the file as UTF-8 ({e})"
                )]);
            }
        };
        match bundle::parse(text) {
            Ok(b) => Ok((text.to_string(), b)),
            Err(BundleError::Syntax {
                line,
                column,
                path,
                message,
            }) => {
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!("{path}: ")
                };
                Err(vec![format!("{file}:{line}:{column}: {at}{message}")])
            }
            Err(BundleError::Invalid(problems)) => Err(problems
                .iter()
                .map(|p| format!("{}{p}", position(file, text, &p.path)))
                .collect()),
            Err(e @ BundleError::UnsupportedVersion { .. }) => Err(vec![format!(
                "{}{e}",
                position(file, text, "schema_version")
            )]),
            Err(e @ BundleError::TooLarge { .. }) => Err(vec![format!("{file}: {e}")]),
        }
    }

    /// `FILE:LINE:COLUMN: `, or `FILE: ` when the path is not in the text.
    fn position(file: &str, text: &str, path: &str) -> String {
        match resultaten::json::locate(text, path) {
            Some((line, column)) => format!("{file}:{line}:{column}: "),
            None => format!("{file}: "),
        }
    }

    fn summary(b: &Bundle) -> String {
        let indicators: usize = b.result_areas.iter().map(|a| a.indicators.len()).sum();
        format!(
            "schema_version {}, {} {} {:?}: {} highlights, {} result areas, {} indicators",
            b.schema_version,
            b.theme.language,
            b.theme.year,
            b.theme.title,
            b.highlights.len(),
            b.result_areas.len(),
            indicators
        )
    }
}
