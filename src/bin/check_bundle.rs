//! check-bundle: the editors' tool. Checks results bundles as the page does
//! and prints every problem with where it is, all in one pass
//! (`resultaten::check`, which the editors' page uses too).
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
    use resultaten::catalog;
    use resultaten::check::{self, messages, Checked, File, Finding, Kind};
    use resultaten::i18n::Lang;
    use resultaten::json;

    const USAGE: &str = "\
Usage: check-bundle [--lang nl] BUNDLE.json [MORE.json …]
       check-bundle [--lang nl] --catalog public/data/index.json
       check-bundle --schema

Checks results bundles as the page does and prints every problem, in one
pass and in the order of the file, as FILE:LINE:COLUMN: PATH: MESSAGE: a
value of the wrong type does not hide the problems after it. The editors'
page (/?check) lists the same problems. Use - to read a bundle from
standard input.
Given the same theme and year in two languages, it also checks that they
are translations of each other (same shape, ids, numbers and nulls, and the
same numbers in each text), and prints each difference at its place in both
files: NL_FILE:LINE:COLUMN: EN_FILE:LINE:COLUMN: PATH: MESSAGE.
--catalog checks a catalog, every bundle it names (the file is there, is
valid, and holds the theme, year, language and title the catalog gives it)
and every language pair as above. --schema prints the JSON Schema of the
format (also shipped as public/schema/results-bundle.schema.json).
--lang nl says it all in Dutch (the default is English), as the editors'
page does on its Dutch page.

Exit status: 0 all valid, 1 problems found, 2 usage error or unreadable file.";

    const OK: i32 = 0;
    const PROBLEMS: i32 = 1;
    const TROUBLE: i32 = 2;

    pub fn run(args: Vec<String>) -> i32 {
        let mut files = Vec::new();
        let mut only_files = false;
        let mut catalog = false;
        let mut lang = Lang::En;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if only_files || arg == "-" || !arg.starts_with('-') {
                files.push(arg);
            } else if arg == "--lang" || arg.starts_with("--lang=") {
                let value = match arg.strip_prefix("--lang=") {
                    Some(v) => Some(v.to_string()),
                    None => args.next(),
                };
                lang = match value.as_deref() {
                    Some("nl") => Lang::Nl,
                    Some("en") => Lang::En,
                    other => {
                        eprintln!("check-bundle: --lang takes nl or en, not {other:?}\n\n{USAGE}");
                        return TROUBLE;
                    }
                };
            } else if arg == "--" {
                only_files = true;
            } else if arg == "-h" || arg == "--help" {
                println!("{USAGE}");
                return OK;
            } else if arg == "--schema" {
                print!("{}", bundle::json_schema());
                return OK;
            } else if arg == "--catalog" {
                catalog = true;
            } else {
                eprintln!("check-bundle: unknown option {arg}\n\n{USAGE}");
                return TROUBLE;
            }
        }
        if catalog {
            return match files.as_slice() {
                [file] if file != "-" => check_catalog(file, lang),
                _ => {
                    eprintln!("check-bundle: --catalog takes one catalog file\n\n{USAGE}");
                    TROUBLE
                }
            };
        }
        if files.is_empty() {
            eprintln!("check-bundle: no bundle given\n\n{USAGE}");
            return TROUBLE;
        }
        let mut report = Report::new(lang);
        for file in &files {
            report.check_file(file);
        }
        report.finish(files.len())
    }

    /// What has been checked so far, printed as it goes.
    struct Report {
        /// The language of the messages.
        lang: Lang,
        valid: usize,
        invalid: usize,
        unreadable: usize,
        problems: usize,
        /// Warnings of valid bundles (fields a newer version may have).
        warnings: usize,
        /// Problems of the catalog itself (`--catalog`).
        catalog_problems: usize,
        /// Checked bundles, for the translation check.
        checked: Vec<(String, Checked)>,
    }

    impl Report {
        fn new(lang: Lang) -> Report {
            Report {
                lang,
                valid: 0,
                invalid: 0,
                unreadable: 0,
                problems: 0,
                warnings: 0,
                catalog_problems: 0,
                checked: Vec::new(),
            }
        }

        /// Checks one bundle file and prints its problems, or OK.
        fn check_file(&mut self, file: &str) -> Option<&Bundle> {
            match read(file) {
                Err(e) => {
                    eprintln!("check-bundle: cannot read {file}: {e}");
                    self.unreadable += 1;
                    None
                }
                Ok(Err(BundleError::TooLarge { bytes, limit })) => {
                    let kind = Kind::Reading(json::Kind::TooLarge {
                        bytes: bytes as u64,
                        limit: limit as u64,
                    });
                    println!("{file}: {}", messages::text(&kind, "", self.lang));
                    self.invalid += 1;
                    self.problems += 1;
                    None
                }
                Ok(Err(other)) => {
                    println!("{file}: {other}");
                    self.invalid += 1;
                    self.problems += 1;
                    None
                }
                Ok(Ok(bytes)) => {
                    let checked = check::check_file(&bytes);
                    let lines = problem_lines(file, &checked, self.lang);
                    for line in &lines {
                        println!("{line}");
                    }
                    let warnings = checked.problems.iter().filter(|p| p.kind.is_warning());
                    let warnings = warnings.count();
                    self.warnings += warnings;
                    match &checked.bundle {
                        Some(b) => {
                            println!("{file}: OK ({})", summary(b));
                            self.valid += 1;
                        }
                        None => {
                            self.invalid += 1;
                            self.problems += lines.len() - warnings;
                        }
                    }
                    self.checked.push((file.to_string(), checked));
                    self.checked.last().and_then(|(_, c)| c.bundle.as_ref())
                }
            }
        }

        /// `--catalog`: within each theme and language, a `series` key
        /// counts the same thing in every year (`resultaten::series`).
        fn series_check(&mut self) {
            let mut lines = Vec::new();
            for (i, (_, first)) in self.checked.iter().enumerate() {
                let Some(fb) = &first.bundle else { continue };
                let same =
                    |b: &Bundle| b.theme.id == fb.theme.id && b.theme.language == fb.theme.language;
                // Each theme and language once: at its first checked bundle.
                if self.checked[..i]
                    .iter()
                    .any(|(_, c)| c.bundle.as_ref().is_some_and(same))
                {
                    continue;
                }
                let mut years: Vec<(u16, &Bundle, &str, &str)> = self
                    .checked
                    .iter()
                    .filter_map(|(f, c)| Some((c.bundle.as_ref().filter(|b| same(b))?, f, c)))
                    .map(|(b, f, c)| (b.theme.year, b, f.as_str(), c.text.as_str()))
                    .collect();
                years.sort_by_key(|(y, ..)| *y);
                let bundles: Vec<(u16, &Bundle)> =
                    years.iter().map(|(y, b, ..)| (*y, *b)).collect();
                for (year, p) in resultaten::series::differing_units(&bundles) {
                    if let Some((_, _, file, text)) = years.iter().find(|(y, ..)| *y == year) {
                        let at = resultaten::json::locate(text, &p.path);
                        let kind = Kind::Series(p.kind);
                        let message = messages::text(&kind, &p.path, self.lang);
                        lines.push(format!("{}{}: {message}", place(file, at), p.path));
                    }
                }
            }
            for line in lines {
                self.catalog_problem(line);
            }
        }

        /// A problem of the catalog itself, printed.
        fn catalog_problem(&mut self, line: String) {
            println!("{line}");
            self.catalog_problems += 1;
        }

        /// Compares every pair of valid bundles of one theme and year in two
        /// languages, prints the summary and gives the exit status.
        fn finish(self, total: usize) -> i32 {
            let mut differences = 0;
            for (i, a) in self.checked.iter().enumerate() {
                for b in &self.checked[i + 1..] {
                    let lines = translation_check(a, b, self.lang);
                    for line in &lines {
                        println!("{line}");
                    }
                    differences += lines.len();
                    // Two files of one theme and year that could not be
                    // compared: said, not counted (their problems are).
                    if let Some(why) = check::not_compared(&a.1, &b.1) {
                        println!("{}: {}: {}", a.0, b.0, messages::text(&why, "", self.lang));
                    }
                }
            }
            let Report {
                lang,
                valid,
                invalid,
                unreadable,
                problems,
                warnings,
                catalog_problems,
                ..
            } = self;
            let nl = lang == Lang::Nl;
            let word =
                |dutch: &'static str, english: &'static str| if nl { dutch } else { english };
            let count = |n: usize, one: &str, more: &str| {
                format!("{n} {}", if n == 1 { one } else { more })
            };
            let checked = count(total, word("bundel", "bundle"), word("bundels", "bundles"));
            let problem = (word("probleem", "problem"), word("problemen", "problems"));
            let failures = [
                (invalid > 0).then(|| {
                    format!(
                        "{invalid} {} {}",
                        word("met", "with"),
                        count(problems, problem.0, problem.1)
                    )
                }),
                (unreadable > 0)
                    .then(|| format!("{unreadable} {}", word("onleesbaar", "unreadable"))),
                (catalog_problems > 0).then(|| {
                    format!(
                        "{} {}",
                        count(catalog_problems, problem.0, problem.1),
                        word("in de catalogus", "in the catalog")
                    )
                }),
                (differences > 0).then(|| {
                    count(
                        differences,
                        word("verschil in de vertaling", "translation difference"),
                        word("verschillen in de vertaling", "translation differences"),
                    )
                }),
            ];
            let warned = (warnings > 0).then(|| {
                format!(
                    ", {}",
                    count(
                        warnings,
                        word("waarschuwing", "warning"),
                        word("waarschuwingen", "warnings")
                    )
                )
            });
            let warned = warned.unwrap_or_default();
            if failures.iter().all(Option::is_none) {
                println!(
                    "OK: {checked} {}{warned}",
                    word("gecontroleerd, geen problemen", "checked, no problems")
                );
            } else {
                let valid = (valid > 0).then(|| format!("{valid} {}", word("geldig", "valid")));
                let parts: Vec<String> = std::iter::once(valid).chain(failures).flatten().collect();
                println!(
                    "{}: {checked} {}, {}{warned}",
                    word("FOUT", "FAILED"),
                    word("gecontroleerd", "checked"),
                    parts.join(", ")
                );
            }
            if unreadable > 0 {
                TROUBLE
            } else if invalid > 0 || differences > 0 || catalog_problems > 0 {
                PROBLEMS
            } else {
                OK
            }
        }
    }

    /// `--catalog`: the catalog itself, every bundle it names (each file is
    /// there, valid, and the theme, year, language and title the catalog
    /// gives it), and every language pair as a translation.
    fn check_catalog(file: &str, lang: Lang) -> i32 {
        let text = match read(file) {
            Err(e) => {
                eprintln!("check-bundle: cannot read {file}: {e}");
                return TROUBLE;
            }
            Ok(Err(too_large)) => {
                println!("{file}: {too_large}\nFAILED: the catalog cannot be read");
                return PROBLEMS;
            }
            Ok(Ok(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        };
        let catalog = match catalog::parse_catalog(&text) {
            Ok(c) => c,
            Err(e) => {
                for line in document_problems(file, &text, e, lang) {
                    println!("{line}");
                }
                println!("FAILED: the catalog has problems; its bundles were not checked");
                return PROBLEMS;
            }
        };
        println!("{file}: OK (catalog of {} bundles)", catalog.bundles.len());
        let folder = std::path::Path::new(file)
            .parent()
            .unwrap_or(std::path::Path::new(""));
        let mut report = Report::new(lang);
        for (i, entry) in catalog.bundles.iter().enumerate() {
            let path = folder.join(&entry.path);
            let name = path.to_string_lossy().into_owned();
            let at = |field: &str| {
                let path = format!("bundles[{i}]{field}");
                format!("{}{path}", position(file, &text, &path))
            };
            if !path.is_file() {
                let kind = Kind::File(File::NoBundleFile { file: name.clone() });
                report.catalog_problem(format!(
                    "{}: {}",
                    at(".path"),
                    messages::text(&kind, "path", lang)
                ));
                continue;
            }
            let Some(b) = report.check_file(&name) else {
                continue;
            };
            let (theme, listed) = (&b.theme, entry);
            let mut differs = Vec::new();
            if theme.id != listed.theme {
                differs.push((
                    "theme",
                    format!("{:?}", listed.theme),
                    format!("{:?}", theme.id),
                ));
            }
            if theme.year != listed.year {
                differs.push(("year", listed.year.to_string(), theme.year.to_string()));
            }
            if theme.language != listed.language {
                differs.push((
                    "language",
                    format!("{:?}", listed.language),
                    format!("{:?}", theme.language),
                ));
            }
            if theme.title != listed.title {
                differs.push((
                    "title",
                    format!("{:?}", listed.title),
                    format!("{:?}", theme.title),
                ));
            }
            if !differs.is_empty() {
                let kind = Kind::File(File::CatalogDiffers {
                    file: name.clone(),
                    fields: differs,
                });
                report.catalog_problem(format!("{}: {}", at(""), messages::text(&kind, "", lang)));
            }
        }
        report.series_check();
        report.finish(catalog.bundles.len())
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
    fn translation_check(a: &(String, Checked), b: &(String, Checked), lang: Lang) -> Vec<String> {
        let Some(([first, _], differences)) = check::translation_pair(&a.1, &b.1) else {
            return Vec::new();
        };
        let (first_file, second_file) = if std::ptr::eq(first, &a.1) {
            (&a.0, &b.0)
        } else {
            (&b.0, &a.0)
        };
        differences
            .iter()
            .map(|d| {
                format!(
                    "{}{}{}: {}",
                    place(first_file, d.at[0]),
                    place(second_file, d.at[1]),
                    d.path,
                    messages::text(&d.kind, &d.path, lang)
                )
            })
            .collect()
    }

    /// One line per problem: `FILE:LINE:COLUMN: PATH: MESSAGE`, the same
    /// problems the editors' page lists.
    fn problem_lines(file: &str, checked: &Checked, lang: Lang) -> Vec<String> {
        checked
            .problems
            .iter()
            .map(|p: &Finding| {
                let hint = match (&p.kind, lang) {
                    (Kind::File(File::IsCatalog), Lang::Nl) => ": controleer die met --catalog",
                    (Kind::File(File::IsCatalog), Lang::En) => ": check it with --catalog",
                    _ => "",
                };
                let path = if p.path.is_empty() {
                    String::new()
                } else {
                    format!("{}: ", p.path)
                };
                let message = messages::text(&p.kind, &p.path, lang);
                format!("{}{path}{message}{hint}", place(file, p.at))
            })
            .collect()
    }

    /// `FILE:LINE:COLUMN: `, or `FILE: ` without a place.
    fn place(file: &str, at: Option<(usize, usize)>) -> String {
        match at {
            Some((line, column)) => format!("{file}:{line}:{column}: "),
            None => format!("{file}: "),
        }
    }

    /// A catalog's problems, one line each, with its place.
    fn document_problems(
        file: &str,
        text: &str,
        e: catalog::CatalogError,
        lang: Lang,
    ) -> Vec<String> {
        let say = |kind: Kind, path: &str| messages::text(&kind, path, lang);
        match e {
            json::Error::Reading {
                line,
                column,
                path,
                kind,
            } => {
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!("{path}: ")
                };
                let message = say(Kind::Reading(kind), &path);
                vec![format!("{file}:{line}:{column}: {at}{message}")]
            }
            json::Error::Invalid(problems) => problems
                .into_iter()
                .map(|p| {
                    let place = position(file, text, &p.path);
                    format!("{place}{}: {}", p.path, say(Kind::Catalog(p.kind), &p.path))
                })
                .collect(),
            json::Error::UnsupportedVersion { found, supported } => {
                let kind = json::Kind::VersionUnsupported {
                    found,
                    major: supported,
                };
                vec![format!(
                    "{}{}",
                    position(file, text, "schema_version"),
                    say(Kind::Reading(kind), "")
                )]
            }
            json::Error::TooLarge { bytes, limit } => {
                let kind = json::Kind::TooLarge {
                    bytes: bytes as u64,
                    limit: limit as u64,
                };
                vec![format!("{file}: {}", say(Kind::Reading(kind), ""))]
            }
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
