//! The results bundle: one theme, one year, one language.
//!
//! Plain serde types with no browser dependency. The format is documented in
//! `docs/bundle-format.md`; every field there maps to a field here.
//!
//! Conventions:
//! - Numbers are JSON numbers (`240000`), never formatted strings.
//! - Text is plain text or structured [`RichText`]; never HTML.
//! - Something the source names without giving (a photo, a web address, the
//!   amounts per channel) is `null`, and the page says it is not available.
//! - A field the format does not know is a mistake (`crate::json` reports
//!   it), except in a newer minor version than [`KNOWN_MINOR`], which may
//!   have added it, so that such a bundle still loads. A field starting
//!   with `_` is a note for people.
//! - A field that may be left out says so once, with `#[serde(default)]`
//!   on the field: serde then takes its `Default` (`None`, an empty list,
//!   [`Measure::Count`]) and the JSON Schema (schemars) marks it optional.
//!   Every other field is required.

use serde::{Deserialize, Serialize};

use super::rich_text::RichText;

/// The major version this build understands. Minor versions only add
/// optional fields, so any `1.x` loads.
pub const SUPPORTED_MAJOR: u64 = 1;

/// The newest minor version this build knows (1.2 added `series`): in a
/// bundle of this version or an older one, a field the format does not
/// know is a misspelling, and the bundle is refused; a newer minor
/// version may have added it, and the page reads past it. Keep it equal
/// to the version in docs/bundle-format.md's title (tests/schema.rs).
pub const KNOWN_MINOR: u64 = 2;

/// The largest bundle `parse` accepts, in bytes (20 MiB). The real bundles
/// are well under 1 MB; anything near this is a mistake or an attack.
pub const MAX_BUNDLE_BYTES: usize = 20 * 1024 * 1024;

/// `schema_version` in the JSON Schema: any minor version of
/// [`SUPPORTED_MAJOR`] (a test keeps the two in step).
#[cfg(not(target_arch = "wasm32"))]
pub const VERSION_PATTERN: &str = r"^1\.[0-9]+$";

/// Ids in the JSON Schema; validation checks the same characters
/// ([`crate::ids::is_bundle_id`]).
#[cfg(not(target_arch = "wasm32"))]
pub const ID_PATTERN: &str = "^[A-Za-z0-9_-]+$";

/// A results bundle: everything one theme's results page shows for one year
/// in one language. Explained field by field in docs/bundle-format.md.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Bundle {
    /// The JSON Schema an editor's tool checks the bundle against, such as
    /// `"../../../schema/results-bundle.schema.json"`; the page ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// `"MAJOR.MINOR"`, for example `"1.0"`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(VERSION_PATTERN)))]
    pub schema_version: String,
    /// Which theme, year and language this bundle is.
    pub theme: Theme,
    /// The highlighted results at the top of the page, each a sentence
    /// with one figure.
    #[serde(default)]
    pub highlights: Vec<Highlight>,
    /// "Aanvullende bronnen" near the top of the page.
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// The theme's introduction, before the results.
    #[serde(default)]
    pub introduction: RichText,
    /// The summary of the results, before the result areas.
    #[serde(default)]
    pub results_summary: RichText,
    /// The result areas, each opened on the page with "Resultaatgebied
    /// openen", in the report's order.
    #[serde(default)]
    pub result_areas: Vec<ResultArea>,
    /// Projects featured for the theme as a whole, outside any area.
    #[serde(default)]
    pub featured: Option<Featured>,
    /// Background and outlook of the theme.
    #[serde(default)]
    pub background: Option<Background>,
    /// The downloads and links section at the end of the page.
    #[serde(default)]
    pub downloads_and_links: Option<DownloadsAndLinks>,
    /// Spending per channel in one year.
    #[serde(default)]
    pub spending: Option<Spending>,
}

/// Which theme, year and language a bundle is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Theme {
    /// Stable, URL-safe id, the same in every year and language.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The theme's title, as the page's main heading.
    pub title: String,
    /// The year the results are reported for, such as 2019.
    pub year: u16,
    /// BCP 47 language tag of all text in the bundle: `nl` or `en`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("enum" = ["nl", "en"])))]
    pub language: String,
    /// The period the results cover, as the report words it.
    #[serde(default)]
    pub reporting_period: Option<String>,
    /// ISO 8601 date of the last editorial change; `null` when not known.
    #[serde(default)]
    pub last_updated: Option<String>,
}

/// A highlighted result: one sentence with one figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Highlight {
    /// The sentence as published, with `{value}` where the figure goes.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(r"\{value\}")))]
    pub text: String,
    /// The figure, as a JSON number (`240000`, no quotes or separators);
    /// the page writes it in the bundle's language. Not below zero.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0)))]
    pub value: f64,
    /// A short label for the highlights chart.
    pub label: String,
    /// Id of the indicator this highlight summarises: an indicator of this
    /// bundle must have it (the editors' check page verifies that; a JSON
    /// Schema cannot).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub indicator: String,
}

/// A report, page or document the page links to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Resource {
    /// The link's text: the title of the report, page or document.
    pub title: String,
    /// A sentence about the resource, shown under its title.
    #[serde(default)]
    pub description: Option<String>,
    /// The address: https:, http: or mailto:, a path on this site, or
    /// `#id` for a place on the page; `null` when the address is not
    /// available. `javascript:`, `data:` and `//host` are refused.
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(pattern(crate::address::HREF_PATTERN))
    )]
    pub href: Option<String>,
    /// Who the resource comes from, shown as "Bron: …".
    #[serde(default)]
    pub source: Option<String>,
    /// What the page offers instead when the address is not available:
    /// `"print"` for the report's PDF, which visitors can make themselves by
    /// printing the page (every area opens in print).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative: Option<Alternative>,
}

/// A stand-in the page itself can offer for a missing resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Alternative {
    /// "Print / opslaan als PDF": prints this page.
    Print,
}

/// A photo or video the report shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Media {
    /// A photo or a video.
    pub kind: MediaKind,
    /// The caption exactly as published, without the credit.
    #[serde(default)]
    pub caption: Option<String>,
    /// Photographer or source, shown as "Bron: …".
    #[serde(default)]
    pub credit: Option<String>,
    /// Same-origin or https address of the file; `null` when not available.
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(pattern(crate::address::MEDIA_SRC_PATTERN))
    )]
    pub src: Option<String>,
    /// Text alternative for an image; required when `src` is given.
    #[serde(default)]
    pub alt: Option<String>,
}

/// What a medium is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    /// A photo, shown with its text alternative.
    Photo,
    /// A video, linked to where it plays.
    Video,
}

/// A result area: its lead, and when opened its indicators, progress,
/// projects and links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ResultArea {
    /// Id of the area: its place on the page (`#id`) and in deep links.
    /// Letters, digits, '-' and '_'; unique in the bundle.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Short title, as in the list of result areas.
    pub title: String,
    /// Heading of the area's lead, when it differs from the title.
    #[serde(default)]
    pub subtitle: Option<String>,
    /// The area's photo.
    #[serde(default)]
    pub photo: Option<Media>,
    /// Shown while the area is closed.
    #[serde(default)]
    pub lead: RichText,
    /// Shown when the area is open, before the indicators.
    #[serde(default)]
    pub narrative: RichText,
    /// The area's indicators, each with its status and value.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// How the work progressed, with its figures.
    #[serde(default)]
    pub progress: Option<Progress>,
    /// Projects the report features for this area.
    #[serde(default)]
    pub projects: Vec<Project>,
    /// Links at the end of the area.
    #[serde(default)]
    pub links: Vec<Resource>,
}

/// A result area's progress: a text and its figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Progress {
    /// The heading of the progress text.
    pub title: String,
    /// The progress text.
    pub body: RichText,
    /// Figures the narrative gives, drawn as charts after it.
    #[serde(default)]
    pub figures: Vec<Dataset>,
}

/// The report's judgement of an indicator's progress, shown as its
/// status ("Op schema" / "On track", …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The report says the results are on track.
    OnTrack,
    /// The report says the results are partly on track.
    PartlyOnTrack,
    /// The report says the results are not on track.
    OffTrack,
    /// The report gives no judgement.
    NoData,
}

/// An indicator's value, with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Quantity {
    /// The figure, as a JSON number (`240000`, no quotes or separators).
    /// A count is not below zero; a percentage may be.
    pub value: f64,
    /// Counted thing, in the bundle's language ("personen"); `null` for a bare count.
    #[serde(default)]
    pub unit: Option<String>,
    /// A count (the default) or a percentage.
    #[serde(default)]
    pub measure: Measure,
    /// What is counted, in a word or two of the bundle's language
    /// ("migranten", "getrainde functionarissen"), where the unit does not
    /// say it: the page does not show it, but only compares indicators on
    /// one axis when their unit and this agree. Since format 1.1.
    #[serde(default)]
    pub counts: Option<String>,
}

/// IATI-style measure of an indicator value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A number of people, things or events.
    #[default]
    Count,
    /// A percentage, written as 12.5 for 12.5 %.
    Percentage,
}

/// A value of another period than the reported one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct PeriodValue {
    /// The period as the report words it ("vorige verslagperiode").
    pub period: String,
    /// The figure, in the indicator's measure; a count is not below zero.
    pub value: f64,
}

/// An indicator: what is measured, its status, its value and how it
/// changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Indicator {
    /// Id of the indicator: its place on the page (`#id`) and what
    /// highlights name. Letters, digits, '-' and '_'; unique in the bundle.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The indicator as the report names it.
    pub title: String,
    /// The report's judgement of the progress.
    pub status: Status,
    /// `null` when the report gives no value for the indicator.
    #[serde(default)]
    pub value: Option<Quantity>,
    /// Period of `value`; `null` means the theme's reporting period.
    #[serde(default)]
    pub period: Option<String>,
    /// What the indicator measures.
    #[serde(default)]
    pub explanation: RichText,
    /// The report's text about the indicator's results.
    #[serde(default)]
    pub narrative: RichText,
    /// Values of earlier periods, oldest first.
    #[serde(default)]
    pub previous: Vec<PeriodValue>,
    /// The target the report gives, in the value's measure.
    #[serde(default)]
    pub target: Option<f64>,
    /// The value the indicator started from.
    #[serde(default)]
    pub baseline: Option<PeriodValue>,
    /// The value split by sex, group or country.
    #[serde(default)]
    pub breakdowns: Vec<Breakdown>,
    /// Further figures the narrative gives, drawn as charts.
    #[serde(default)]
    pub figures: Vec<Dataset>,
    /// Joins this indicator to the ones that measure the same thing in the
    /// theme's bundles of other years ("toegang-tot-onderwijs"), for "Over
    /// de jaren". The same key in every year; ids stay page-local. Since
    /// format 1.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub series: Option<String>,
}

/// An indicator's value split into parts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Breakdown {
    /// What the value is split by.
    pub dimension: Dimension,
    /// One part each, in the indicator's measure.
    pub items: Vec<Point>,
}

/// What a breakdown splits a value by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Women and men, girls and boys.
    Sex,
    /// Refugees / host communities / internally displaced people.
    Group,
    /// One part per country.
    Country,
}

/// One labelled figure of a chart or breakdown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Point {
    /// What the figure is of, as the chart and its table name it.
    pub label: String,
    /// The figure, as a JSON number. Below zero only in a chart of the
    /// kind "diverging", or a breakdown of a percentage.
    pub value: f64,
}

/// Figures for one chart, taken from the report's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Dataset {
    /// Id of the figures; the chart's place on the page is `chart-<id>`.
    /// Letters, digits, '-' and '_'; unique in the bundle.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// How the chart draws the figures.
    pub kind: ChartKind,
    /// The chart's title.
    pub title: String,
    /// What the values count or compare ("personen", "verschil met de controlegroep").
    #[serde(default)]
    pub unit: Option<String>,
    /// A count (the default) or a percentage.
    #[serde(default)]
    pub measure: Measure,
    /// Where the figures come from, shown as "Bron: …".
    #[serde(default)]
    pub source: Option<String>,
    /// The period the figures cover, as the report words it.
    #[serde(default)]
    pub period: Option<String>,
    /// The figures, in the order the chart shows them: at least one, two
    /// for "comparison" and "steps".
    pub points: Vec<Point>,
}

/// How a chart draws its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Horizontal bars, one per point.
    Bars,
    /// Earlier period(s) against the current one.
    Comparison,
    /// A funnel: each step a subset of the one before.
    Steps,
    /// Bars left and right of zero, e.g. effect against a control group.
    Diverging,
}

/// A project the report features, with its story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Project {
    /// Id of the project: its place on the page (`#id`). Letters, digits,
    /// '-' and '_'; unique in the bundle.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The project's name, as its heading.
    pub title: String,
    /// The organisation that carries it out.
    #[serde(default)]
    pub partner: Option<String>,
    /// Where it takes place.
    #[serde(default)]
    pub country: Option<String>,
    /// The project's photo or video.
    #[serde(default)]
    pub media: Option<Media>,
    /// The project's story.
    #[serde(default)]
    pub body: RichText,
    /// Links about the project.
    #[serde(default)]
    pub links: Vec<Resource>,
}

/// Projects featured for the theme as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Featured {
    /// The section's heading.
    pub heading: String,
    /// The projects, in the report's order.
    pub projects: Vec<Project>,
}

/// The theme's background and outlook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Background {
    /// The section's heading.
    pub heading: String,
    /// Why the theme matters and how the Netherlands works on it.
    #[serde(default)]
    pub background: RichText,
    /// What comes next.
    #[serde(default)]
    pub outlook: RichText,
}

/// The downloads and links at the end of the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct DownloadsAndLinks {
    /// A text before the links.
    #[serde(default)]
    pub intro: RichText,
    /// The downloads and links.
    #[serde(default)]
    pub links: Vec<Resource>,
}

/// Spending on the theme per channel in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Spending {
    /// The year the amounts are for.
    pub year: u16,
    /// `null` when the amounts are not available.
    #[serde(default)]
    pub channels: Option<Vec<ChannelAmount>>,
    /// A text about the spending.
    #[serde(default)]
    pub note: RichText,
}

/// What went through one channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ChannelAmount {
    /// The channel, as the report names it.
    pub channel: String,
    /// Amount in euros, as a JSON number; not below zero.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0)))]
    pub amount: f64,
}
