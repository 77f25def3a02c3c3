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
//! - Unknown fields are ignored, so a newer minor version still loads.
//! - A field that may be left out says so once, with `#[serde(default)]`
//!   on the field: serde then takes its `Default` (`None`, an empty list,
//!   [`Measure::Count`]) and the JSON Schema (schemars) marks it optional.
//!   Every other field is required.

use serde::{Deserialize, Serialize};

use super::rich_text::RichText;

/// The major version this build understands. Minor versions only add
/// optional fields, so any `1.x` loads.
pub const SUPPORTED_MAJOR: u64 = 1;

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
    /// `"MAJOR.MINOR"`, for example `"1.0"`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(VERSION_PATTERN)))]
    pub schema_version: String,
    pub theme: Theme,
    #[serde(default)]
    pub highlights: Vec<Highlight>,
    /// "Aanvullende bronnen" near the top of the page.
    #[serde(default)]
    pub resources: Vec<Resource>,
    #[serde(default)]
    pub introduction: RichText,
    #[serde(default)]
    pub results_summary: RichText,
    #[serde(default)]
    pub result_areas: Vec<ResultArea>,
    /// Projects featured for the theme as a whole, outside any area.
    #[serde(default)]
    pub featured: Option<Featured>,
    #[serde(default)]
    pub background: Option<Background>,
    #[serde(default)]
    pub downloads_and_links: Option<DownloadsAndLinks>,
    #[serde(default)]
    pub spending: Option<Spending>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Theme {
    /// Stable, URL-safe id, the same in every year and language.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    pub title: String,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Highlight {
    /// The sentence as published, with `{value}` where the figure goes.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(r"\{value\}")))]
    pub text: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0)))]
    pub value: f64,
    /// A short label for the highlights chart.
    pub label: String,
    /// Id of the indicator this highlight summarises.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub indicator: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Resource {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// `null` when the address is not available.
    #[serde(default)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Media {
    pub kind: MediaKind,
    /// The caption exactly as published, without the credit.
    #[serde(default)]
    pub caption: Option<String>,
    /// Photographer or source, shown as "Bron: …".
    #[serde(default)]
    pub credit: Option<String>,
    /// Same-origin or https address of the file; `null` when not available.
    #[serde(default)]
    pub src: Option<String>,
    /// Text alternative for an image; required when `src` is given.
    #[serde(default)]
    pub alt: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Photo,
    Video,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ResultArea {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Short title, as in the list of result areas.
    pub title: String,
    /// Heading of the area's lead, when it differs from the title.
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub photo: Option<Media>,
    /// Shown while the area is closed.
    #[serde(default)]
    pub lead: RichText,
    /// Shown when the area is open, before the indicators.
    #[serde(default)]
    pub narrative: RichText,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    #[serde(default)]
    pub progress: Option<Progress>,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub links: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Progress {
    pub title: String,
    pub body: RichText,
    /// Figures the narrative gives, drawn as charts after it.
    #[serde(default)]
    pub figures: Vec<Dataset>,
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Quantity {
    pub value: f64,
    /// Counted thing, in the bundle's language ("personen"); `null` for a bare count.
    #[serde(default)]
    pub unit: Option<String>,
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
    Percentage,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct PeriodValue {
    /// The period as the report words it ("vorige verslagperiode").
    pub period: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Indicator {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    pub title: String,
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
    #[serde(default)]
    pub narrative: RichText,
    /// Values of earlier periods, oldest first.
    #[serde(default)]
    pub previous: Vec<PeriodValue>,
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default)]
    pub baseline: Option<PeriodValue>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Breakdown {
    pub dimension: Dimension,
    pub items: Vec<Point>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Sex,
    /// Refugees / host communities / internally displaced people.
    Group,
    Country,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Point {
    pub label: String,
    pub value: f64,
}

/// Figures for one chart, taken from the report's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Dataset {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    pub kind: ChartKind,
    pub title: String,
    /// What the values count or compare ("personen", "verschil met de controlegroep").
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub measure: Measure,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub period: Option<String>,
    pub points: Vec<Point>,
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Project {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID_PATTERN)))]
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub partner: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub media: Option<Media>,
    #[serde(default)]
    pub body: RichText,
    #[serde(default)]
    pub links: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Featured {
    pub heading: String,
    pub projects: Vec<Project>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Background {
    pub heading: String,
    #[serde(default)]
    pub background: RichText,
    #[serde(default)]
    pub outlook: RichText,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct DownloadsAndLinks {
    #[serde(default)]
    pub intro: RichText,
    #[serde(default)]
    pub links: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Spending {
    pub year: u16,
    /// `null` when the amounts are not available.
    #[serde(default)]
    pub channels: Option<Vec<ChannelAmount>>,
    #[serde(default)]
    pub note: RichText,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ChannelAmount {
    pub channel: String,
    /// Amount in euros.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0)))]
    pub amount: f64,
}
