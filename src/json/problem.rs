//! What can be wrong with a document, as data: each [`Problem`] has its
//! JSON path and its [`Kind`]. The words for a kind, in Dutch and in
//! English, with the labels editors know and a suggestion where one is
//! close, are the editors' messages table (`crate::check::messages`): the
//! editors' page and `check-bundle` say them. The visitors' page names a
//! problem by its path and its code ([`Kind::code`]) in its technical
//! details, so that the visitors' code carries no message text (the
//! editors' page explains). No browser dependencies.

use std::fmt;

use crate::i18n::Lang;

/// One thing wrong with a document, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path, e.g. `result_areas[1].indicators[0].value.value`.
    pub path: String,
    pub kind: Kind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: Kind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }
}

/// The visitors' technical details: the path and the kind's code.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind.code())
    }
}

/// What is wrong. Values an editor wrote are kept as they are (a found
/// value as its JSON text where its type matters); `near` is a value of
/// the document close to a wrong one, for "did you mean …?", filled in by
/// the editors' check (`crate::check`).
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    // ---- The reading (crate::json)
    /// `schema_version` is missing, or null.
    VersionMissing,
    /// `schema_version` is not text: its JSON text.
    VersionNotText {
        found: String,
    },
    /// `schema_version` is text, but no version such as "1.0".
    VersionNotVersion {
        found: String,
        major: u64,
    },
    /// A version of a major this build does not read.
    VersionUnsupported {
        found: String,
        major: u64,
    },
    /// The file is larger than a document may be.
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// The text is not JSON, or not a JSON object.
    NotJson(NotJson),
    /// A value of the wrong type: what was found (`"string \"12.500\""`,
    /// `"integer 7"`, `"null"`, …) and what the format wants there.
    WrongType {
        found: String,
        expected: Expected,
    },
    /// A word the format does not know there, and the words it does.
    UnknownValue {
        found: String,
        allowed: Vec<String>,
        near: Option<String>,
    },
    /// A field that must be there is not. `near`: a field of the object
    /// whose name is close (a renamed field).
    MissingField {
        field: String,
        near: Option<String>,
    },
    /// A field given twice in one object.
    FieldTwice {
        field: String,
    },
    /// What the reading said, when it is none of the above.
    Reading(String),
    /// The check stopped after many problems: more may follow.
    MoreMayFollow,

    // ---- The bundle's rules (crate::bundle::validate)
    /// An id with characters other than `a-z A-Z 0-9 - _`, or empty.
    IdCharacters {
        id: String,
    },
    /// An id the page keeps for one of its own sections.
    IdReserved {
        id: String,
    },
    /// An id whose chart would take the id of one of the page's charts.
    IdOfOwnChart {
        id: String,
        chart: String,
    },
    /// An id starting with the app's prefix.
    IdAppPrefix {
        id: String,
        prefix: &'static str,
    },
    /// An id starting or ending with what the page adds to ids.
    IdDerived {
        id: String,
        prefixes: &'static [&'static str],
        suffixes: &'static [&'static str],
    },
    /// An id used twice in the bundle.
    IdTwice {
        id: String,
    },
    /// A number that is not finite.
    NotFinite,
    /// A count below zero.
    Negative {
        value: f64,
    },
    /// A link's address that is not allowed (`javascript:`, `data:`, …).
    UnsafeLink {
        address: String,
    },
    /// A photo's or video's address that is not allowed.
    UnsafeMedia {
        address: String,
    },
    /// Text that must not be empty.
    Empty,
    /// A list that needs at least one item.
    EmptyList,
    /// A language tag that is not one.
    NotLanguageTag {
        tag: String,
    },
    /// A photo without its text alternative.
    PhotoWithoutAlt,
    /// A chart with fewer points than its kind needs.
    TooFewPoints {
        kind: &'static str,
        min: usize,
    },
    /// A series key with other characters than an id's.
    SeriesCharacters {
        key: String,
    },
    /// A series key on more than one indicator.
    SeriesTwice {
        key: String,
    },
    /// A bundle language the site does not publish.
    NotSiteLanguage {
        found: String,
    },
    /// A highlight's text without `{value}`, or with it twice.
    PlaceholderOnce,
    /// A highlight pointing at an indicator the bundle does not have.
    NoSuchIndicator {
        id: String,
        near: Option<String>,
    },
    /// An in-page link `#` without an id.
    AnchorEmpty,
    /// An in-page link to an id nothing on the page has.
    AnchorNowhere {
        target: String,
        near: Option<String>,
    },

    // ---- The catalog's rules (crate::catalog)
    NoBundles,
    /// A theme id with other characters than `a-z 0-9 -`, or empty.
    ThemeIdCharacters {
        id: String,
    },
    YearOutOfRange {
        year: u16,
    },
    /// A bundle path that is not a safe address of a file on this site.
    UnsafePath {
        path: String,
        fault: crate::address::PathFault,
    },
    /// The same theme, year and language listed a second time.
    ListedTwice {
        theme: String,
        year: u16,
        language: String,
        first: usize,
    },

    // ---- A file an editor chose (crate::check)
    /// A file that is no text at all.
    NotText(FileKind),
    /// Text that is not UTF-8.
    NotUtf8,
    /// A catalog given where a bundle belongs.
    IsCatalog,
    /// A file the browser could not read.
    Unreadable,

    // ---- Two translations (crate::translation)
    /// A field in one file, missing in the other.
    OnlyIn {
        lang: Lang,
        not_in: Lang,
    },
    /// Two values that must be the same in both languages, and are not.
    Differs {
        what: Compared,
        /// Each file's value, in the order of `langs`.
        values: [String; 2],
        langs: [Lang; 2],
    },
    /// A pair of files not compared, because one of them has problems.
    NotCompared {
        with_problems: Lang,
    },

    // ---- A catalog and its bundles (check-bundle --catalog)
    /// No file where the catalog says a bundle is.
    NoBundleFile {
        file: String,
    },
    /// The catalog says another theme, year, language or title than the
    /// bundle: (field, the catalog's value, the bundle's).
    CatalogDiffers {
        file: String,
        fields: Vec<(&'static str, String, String)>,
    },

    // ---- A theme across the years (check-bundle --catalog)
    /// A series key counting another thing in another year.
    SeriesChangesUnit {
        key: String,
        year: u16,
        now: String,
        other_year: u16,
        before: String,
    },
}

/// How a text is no JSON object.
#[derive(Debug, Clone, PartialEq)]
pub enum NotJson {
    /// No text at all.
    Empty,
    /// A list where the document's object belongs.
    List,
    /// HTML or XML: perhaps an error page.
    Html,
    /// The text ends before the JSON is complete.
    CutOff,
    /// A field name without quotes, or a comma too many before it.
    FieldNameUnquoted,
    /// A comma too many before a closing bracket.
    TrailingComma,
    /// Something else where a comma or a closing bracket belongs.
    ExpectedCommaOrEnd,
    /// A colon missing after a field name.
    ExpectedColon,
    /// A value missing, or not a JSON value (`'text'`, `True`).
    ExpectedValue,
    /// A number JSON cannot read (`1.`, `01`, `+1`).
    BadNumber,
    /// A control character (a tab, a line break) inside a text.
    ControlCharacter,
    /// A backslash that does not start a JSON escape.
    BadEscape,
    /// Text that starts otherwise than with `{`.
    NotObject,
    /// More text after the JSON.
    TrailingText,
    /// Nested deeper than a document may be.
    TooDeep,
    /// Anything else: the reading's own words.
    Other(String),
}

/// What the format wants where a value of the wrong type is.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A number such as 240000.
    Number,
    /// A whole number such as 2019.
    WholeNumber,
    /// Text in quotes.
    Text,
    /// `true` or `false`.
    YesNo,
    /// A list `[ … ]`.
    List,
    /// An object `{ … }`.
    Object,
    /// An object with a `"type"`.
    TypedObject,
    /// One of some words (an enum given as another type).
    OneOf(Vec<String>),
    /// Anything else: the reading's own words.
    Other(String),
}

/// What a file that is no text is, by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    Gif,
    Pdf,
    Zip,
    OldOffice,
    Utf16,
}

/// What two translations must share, and do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    /// The number of items of a list.
    Items,
    Number,
    YesNo,
    Id,
    InPageLink,
    /// A fixed choice (`status`, `kind`, `type`, …).
    Fixed,
    /// The JSON type of a value.
    Type,
    /// The numbers written in a text.
    TextNumbers,
}

impl Kind {
    /// A short name of the kind, for the visitors' technical details and
    /// the console: `id-twice`, `unknown-value`, ….
    pub fn code(&self) -> &'static str {
        match self {
            Kind::VersionMissing => "version-missing",
            Kind::VersionNotText { .. } => "version-not-text",
            Kind::VersionNotVersion { .. } => "version-not-a-version",
            Kind::VersionUnsupported { .. } => "version-unsupported",
            Kind::TooLarge { .. } => "too-large",
            Kind::NotJson(_) => "not-json",
            Kind::WrongType { .. } => "wrong-type",
            Kind::UnknownValue { .. } => "unknown-value",
            Kind::MissingField { .. } => "missing-field",
            Kind::FieldTwice { .. } => "field-twice",
            Kind::Reading(_) => "unreadable",
            Kind::MoreMayFollow => "more-may-follow",
            Kind::IdCharacters { .. } => "id-characters",
            Kind::IdReserved { .. } => "id-reserved",
            Kind::IdOfOwnChart { .. } => "id-of-own-chart",
            Kind::IdAppPrefix { .. } => "id-app-prefix",
            Kind::IdDerived { .. } => "id-derived",
            Kind::IdTwice { .. } => "id-twice",
            Kind::NotFinite => "not-finite",
            Kind::Negative { .. } => "negative",
            Kind::UnsafeLink { .. } => "unsafe-link",
            Kind::UnsafeMedia { .. } => "unsafe-media",
            Kind::Empty => "empty",
            Kind::EmptyList => "empty-list",
            Kind::NotLanguageTag { .. } => "not-a-language-tag",
            Kind::PhotoWithoutAlt => "photo-without-alt",
            Kind::TooFewPoints { .. } => "too-few-points",
            Kind::SeriesCharacters { .. } => "series-characters",
            Kind::SeriesTwice { .. } => "series-twice",
            Kind::NotSiteLanguage { .. } => "not-a-site-language",
            Kind::PlaceholderOnce => "placeholder-once",
            Kind::NoSuchIndicator { .. } => "no-such-indicator",
            Kind::AnchorEmpty => "anchor-empty",
            Kind::AnchorNowhere { .. } => "anchor-nowhere",
            Kind::NoBundles => "no-bundles",
            Kind::ThemeIdCharacters { .. } => "theme-id-characters",
            Kind::YearOutOfRange { .. } => "year-out-of-range",
            Kind::UnsafePath { .. } => "unsafe-path",
            Kind::ListedTwice { .. } => "listed-twice",
            Kind::NotText(_) => "not-text",
            Kind::NotUtf8 => "not-utf-8",
            Kind::IsCatalog => "is-a-catalog",
            Kind::Unreadable => "unreadable-file",
            Kind::OnlyIn { .. } => "only-in-one-language",
            Kind::Differs { .. } => "differs",
            Kind::NotCompared { .. } => "not-compared",
            Kind::NoBundleFile { .. } => "no-bundle-file",
            Kind::CatalogDiffers { .. } => "catalog-differs",
            Kind::SeriesChangesUnit { .. } => "series-changes-unit",
        }
    }
}
