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

use serde::{Deserialize, Serialize};

use crate::address::{unsafe_path, PathFault};
use crate::ids::is_theme_id;
use crate::json;
use crate::lang::{is_site_language, Lang};
use crate::route;
use crate::words::{code, Message, Say};

/// Where the app fetches the catalog, relative to its folder.
pub const CATALOG_PATH: &str = crate::contract::CATALOG_FILE;

/// Where the app fetches an entry's bundle, relative to its folder:
/// `data/` and the entry's path.
pub fn bundle_path(entry: &CatalogEntry) -> String {
    format!("data/{}", entry.path)
}

/// The major `schema_version` this build reads.
pub const SUPPORTED_MAJOR: u64 = 1;

/// The newest minor version this build knows: a field the catalog does
/// not know is a mistake in it, and may be a newer version's in a later
/// one (see `crate::json`).
pub const KNOWN_MINOR: u64 = 0;

/// The catalog as the JSON pipeline reads it. Its limit is the bundle's:
/// a catalog is far smaller, and nothing near it is a catalog.
pub const DOCUMENT: json::Document = json::Document {
    name: "catalog",
    supported_major: SUPPORTED_MAJOR,
    known_minor: KNOWN_MINOR,
    max_bytes: crate::bundle::MAX_BUNDLE_BYTES,
};

/// Why a catalog cannot be used: the JSON pipeline's errors, as for a
/// bundle, with the catalog's own rules.
pub type CatalogError = json::Error<Rule>;

/// A rule of the catalog broken, at its JSON path.
pub type Problem = json::Problem<Rule>;

/// The catalog's rules, as kinds of problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    NoBundles,
    /// A theme id with other characters than `a-z 0-9 -`, or empty.
    ThemeIdCharacters {
        id: String,
    },
    YearOutOfRange {
        year: u16,
    },
    /// A language the site does not publish.
    NotSiteLanguage {
        found: String,
    },
    /// A title that is empty.
    Empty,
    /// A bundle path that is not a safe address of a file on this site.
    UnsafePath {
        path: String,
        fault: PathFault,
    },
    /// The same theme, year and language listed a second time.
    ListedTwice {
        theme: String,
        year: u16,
        language: String,
        first: usize,
    },
}

/// The list of published bundles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// `"MAJOR.MINOR"`, for example `"1.0"`.
    pub schema_version: String,
    pub bundles: Vec<CatalogEntry>,
}

/// One published bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Where `make build` wrote this bundle's page as static HTML, relative
    /// to the app's folder (`nl/2019/<theme>/`). The build adds it to the
    /// catalog it publishes (`dist/data/index.json`); `public/data/`'s has
    /// none. The app links a page at its static address only when its
    /// entry names it, so a bundle published since the last build is
    /// linked at its query address, which works at once. A `page` that is
    /// not the entry's own (an entry copied and given another year) is
    /// ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

impl CatalogEntry {
    /// Where the build writes this bundle's page.
    pub fn static_page(&self) -> String {
        route::static_page_path(&self.theme, self.year, Lang::from_tag(&self.language))
    }

    /// Whether the build rendered this bundle's page: its `page` is its own.
    pub fn has_page(&self) -> bool {
        self.page
            .as_deref()
            .is_some_and(|p| p == self.static_page())
    }
}

/// One theme on the overview: its title and its years.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeYears<'c> {
    pub theme: &'c str,
    /// The entry whose title (and language) names the theme.
    pub title: &'c CatalogEntry,
    /// Newest first.
    pub years: Vec<YearLink<'c>>,
}

/// One year of a theme on the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct YearLink<'c> {
    pub year: u16,
    /// The bundle the year links to: in the overview's language where there
    /// is one.
    pub entry: &'c CatalogEntry,
    /// The year's only language, when the catalog has it in one language.
    pub only: Option<&'c str>,
}

/// Reads and validates the catalog, reporting every problem. Never panics.
pub fn parse_catalog(text: &str) -> Result<Catalog, CatalogError> {
    json::read_valid(text, &DOCUMENT, validate)
}

fn validate(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |path: String, kind: Rule| problems.push(Problem::new(path, kind));
    if catalog.bundles.is_empty() {
        problem("bundles".into(), Rule::NoBundles);
    }
    let mut seen: HashMap<(&str, u16, &str), usize> = HashMap::new();
    for (i, e) in catalog.bundles.iter().enumerate() {
        let at = |field: &str| format!("bundles[{i}].{field}");
        if !is_theme_id(&e.theme) {
            problem(
                at("theme"),
                Rule::ThemeIdCharacters {
                    id: e.theme.clone(),
                },
            );
        }
        if !(1990..=2100).contains(&e.year) {
            problem(at("year"), Rule::YearOutOfRange { year: e.year });
        }
        if !is_site_language(&e.language) {
            problem(
                at("language"),
                Rule::NotSiteLanguage {
                    found: e.language.clone(),
                },
            );
        }
        if e.title.trim().is_empty() {
            problem(at("title"), Rule::Empty);
        }
        if let Some(fault) = unsafe_path(&e.path, false) {
            problem(
                at("path"),
                Rule::UnsafePath {
                    path: e.path.clone(),
                    fault,
                },
            );
        }
        match seen.get(&(e.theme.as_str(), e.year, e.language.as_str())) {
            Some(&first) => problem(
                format!("bundles[{i}]"),
                Rule::ListedTwice {
                    theme: e.theme.clone(),
                    year: e.year,
                    language: e.language.clone(),
                    first,
                },
            ),
            None => {
                seen.insert((e.theme.as_str(), e.year, e.language.as_str()), i);
            }
        }
    }
    problems
}

impl Message for Rule {
    fn code(&self) -> &'static str {
        match self {
            Rule::NoBundles => "no-bundles",
            Rule::ThemeIdCharacters { .. } => "theme-id-characters",
            Rule::YearOutOfRange { .. } => "year-out-of-range",
            Rule::NotSiteLanguage { .. } => "not-a-site-language",
            Rule::Empty => "empty",
            Rule::UnsafePath { .. } => "unsafe-path",
            Rule::ListedTwice { .. } => "listed-twice",
        }
    }

    fn title(&self, say: Say) -> String {
        match self {
            Rule::NoBundles => say.titled("geen bundels", "no bundles", ""),
            Rule::ThemeIdCharacters { id } => {
                say.titled("ongeldig thema-id", "invalid theme id", id)
            }
            Rule::YearOutOfRange { year } => say.titled(
                "jaar buiten 1990–2100:",
                "year outside 1990–2100:",
                &year.to_string(),
            ),
            Rule::NotSiteLanguage { found } => say.titled(
                "geen taal van deze site:",
                "not a language of this site:",
                found,
            ),
            Rule::Empty => say.titled("lege titel", "empty title", ""),
            Rule::UnsafePath { path, .. } => say.titled("onveilig pad", "unsafe path", path),
            Rule::ListedTwice { .. } => say.titled("twee keer in de catalogus", "listed twice", ""),
        }
    }

    fn text(&self, _: &str, say: Say) -> String {
        match self {
            Rule::NoBundles => say.pick(
                "de catalogus noemt geen bundels".into(),
                "the catalog lists no bundles".into(),
            ),
            Rule::ThemeIdCharacters { id } => say.pick(
                format!(
                    "het thema-id {} mag niet leeg zijn en alleen a-z, 0-9 en '-' bevatten",
                    code(id)
                ),
                format!(
                    "the theme id {} must not be empty and may only use a-z, 0-9 and '-'",
                    code(id)
                ),
            ),
            Rule::YearOutOfRange { year } => say.pick(
                format!("het jaar {year} ligt niet tussen 1990 en 2100"),
                format!("the year {year} is not between 1990 and 2100"),
            ),
            Rule::NotSiteLanguage { found } => say.pick(
                format!(
                    "{} is geen taal van deze site: kies \"nl\" of \"en\"",
                    code(found)
                ),
                format!(
                    "{} is not a language of this site: choose \"nl\" or \"en\"",
                    code(found)
                ),
            ),
            Rule::Empty => say.pick(
                "de titel mag niet leeg zijn".into(),
                "the title must not be empty".into(),
            ),
            Rule::UnsafePath { path, fault } => {
                let why = path_fault(*fault, say);
                say.pick(
                    format!("het pad {} {why}", code(path)),
                    format!("the path {} {why}", code(path)),
                )
            }
            Rule::ListedTwice {
                theme,
                year,
                language,
                first,
            } => say.pick(
                format!(
                    "thema {}, jaar {year}, taal {} staat al in de catalogus, bij bundles[{first}]",
                    code(theme),
                    code(language)
                ),
                format!(
                    "theme {}, year {year}, language {} is listed already, at bundles[{first}]",
                    code(theme),
                    code(language)
                ),
            ),
        }
    }
}

/// What is wrong with a bundle's path, after "het pad `…`" / "the path `…`".
fn path_fault(fault: PathFault, say: Say) -> String {
    let (dutch, english) = match fault {
        PathFault::Empty => ("is leeg", "is empty"),
        PathFault::ControlCharacter => ("bevat een stuurteken", "contains a control character"),
        PathFault::Backslash => (
            "bevat een backslash; gebruik '/'",
            "contains a backslash; use '/'",
        ),
        PathFault::Scheme => (
            "bevat ':'; adressen met een schema (https:, javascript:, data:…) zijn niet toegestaan",
            "contains ':'; addresses with a scheme (https:, javascript:, data:…) are not allowed",
        ),
        PathFault::DoubleSlash => (
            "bevat \"//\", wat naar een andere site zou leiden",
            "contains \"//\", which would lead to another site",
        ),
        PathFault::DotDot => ("bevat \"..\"", "contains \"..\""),
        PathFault::Percent => (
            "bevat '%'; schrijf de tekens zelf",
            "contains '%'; write the characters themselves",
        ),
        PathFault::Space => ("bevat een spatie", "contains a space"),
        PathFault::Absolute => (
            "moet relatief zijn (zonder '/' vooraan)",
            "must be relative (no leading '/')",
        ),
        PathFault::NotJson => (
            "moet een bestand noemen dat op \".json\" eindigt",
            "must name a file ending in \".json\"",
        ),
    };
    say.pick(dutch.into(), english.into())
}

impl Catalog {
    /// Whether the build rendered the page at `path` (relative to the app's
    /// folder, as [`route::static_page_path`] and
    /// [`route::static_overview_path`] give it): an entry names it as its
    /// page; an overview, when the build rendered any page.
    pub fn has_page(&self, path: &str) -> bool {
        let overview = Lang::ALL
            .into_iter()
            .any(|l| route::static_overview_path(l) == path);
        // The build writes the overviews with the pages.
        self.bundles
            .iter()
            .filter(|e| e.has_page())
            .any(|e| overview || e.page.as_deref() == Some(path))
    }

    /// The entry for exactly this theme, year and language.
    pub fn find(&self, theme: &str, year: u16, lang: &str) -> Option<&CatalogEntry> {
        self.bundles
            .iter()
            .find(|e| e.theme == theme && e.year == year && e.language == lang)
    }

    /// All languages of one theme and year, in catalog order (for the
    /// language switch / hreflang).
    /// The years the catalog has a theme in one language, newest first.
    pub fn years(&self, theme: &str, lang: &str) -> Vec<u16> {
        let mut years: Vec<u16> = Vec::new();
        for e in self
            .bundles
            .iter()
            .filter(|e| e.theme == theme && e.language == lang)
        {
            // Kept sorted as they come, newest first, without duplicates.
            // (The usual sort_unstable + dedup measured 1.8 kB gzip more in
            // the wasm: its generic sort code, for a list of a handful.)
            if let Err(at) = years.binary_search_by(|probe| e.year.cmp(probe)) {
                years.insert(at, e.year);
            }
        }
        years
    }

    pub fn languages(&self, theme: &str, year: u16) -> Vec<&CatalogEntry> {
        self.bundles
            .iter()
            .filter(|e| e.theme == theme && e.year == year)
            .collect()
    }

    /// The overview for a language: every theme, sorted by its title
    /// case-insensitively (by `lower_case`, then by theme id), with all its
    /// years newest first. A year links to its bundle in `lang`, or, when
    /// the theme has that year in other languages only, to one of those.
    /// The theme's title is its newest title in `lang`, else its newest.
    ///
    /// The caller lower-cases: natively `str::to_lowercase`, in the browser
    /// the engine's `toLowerCase` (the same Unicode mapping), so that the
    /// wasm does not carry Rust's case tables (8.2 kB gzip; see clippy.toml).
    pub fn by_theme(&self, lang: &str, lower_case: impl Fn(&str) -> String) -> Vec<ThemeYears<'_>> {
        let mut out: Vec<ThemeYears> = Vec::new();
        for e in &self.bundles {
            if out.iter().any(|t| t.theme == e.theme) {
                continue;
            }
            let mut years: Vec<YearLink> = Vec::new();
            for year in self
                .bundles
                .iter()
                .filter(|o| o.theme == e.theme)
                .map(|o| o.year)
            {
                if years.iter().any(|y| y.year == year) {
                    continue;
                }
                let languages = self.languages(&e.theme, year);
                let Some(entry) = languages
                    .iter()
                    .find(|o| o.language == lang)
                    .or(languages.first())
                    .copied()
                else {
                    continue;
                };
                let only = (languages.len() == 1).then_some(entry.language.as_str());
                let at = years.partition_point(|y| y.year > year);
                years.insert(at, YearLink { year, entry, only });
            }
            let title = years
                .iter()
                .find(|y| y.entry.language == lang)
                .or(years.first())
                .map(|y| y.entry);
            if let Some(title) = title {
                out.push(ThemeYears {
                    theme: &e.theme,
                    title,
                    years,
                });
            }
        }
        out.sort_by_cached_key(|t| (lower_case(&t.title.title), t.theme.to_string()));
        out
    }

    /// The newest year that has any entry, for the "not found" page.
    pub fn newest_year(&self) -> Option<u16> {
        self.bundles.iter().map(|e| e.year).max()
    }
}
