//! A chart's numbers as a data table: the same rows the drawing, the
//! summary and the CSV read, so the table can never show other numbers.

use super::spec::ChartSpec;
use crate::bundle::{ChartKind, Measure};
use crate::format;
use crate::i18n::{strings, Lang};

/// What an HTML `<table>` of a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    /// The chart's title, for `<caption>`.
    pub caption: String,
    /// Header of the group column ("Uitsplitsing"), only for grouped charts.
    pub group_header: Option<String>,
    /// Header of the label column: "Periode" for a comparison, "Stap" for
    /// steps, "Omschrijving" otherwise.
    pub label_header: String,
    /// Header of the numeric column, with the unit: "Waarde (personen)".
    pub value_header: String,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's group ("Naar geslacht"); rows of a group are consecutive.
    pub group: Option<String>,
    pub label: String,
    pub value: f64,
    /// The value as the chart prints it: "240.000", "+19%", "2,5%".
    pub formatted: String,
    /// The value for `<data value="…">`: "240000", "-20", "2.5"; empty when
    /// the row has none (`formatted` then says why).
    pub data_value: String,
    /// The current period in a comparison.
    pub emphasis: bool,
    /// The target in a comparison.
    pub target: bool,
}

/// "Periode", "Stap" or "Omschrijving": what the labels of a chart name.
pub fn label_header(spec: &ChartSpec, lang: Lang) -> String {
    let s = strings(lang);
    match spec.kind {
        ChartKind::Comparison => s.period,
        ChartKind::Steps => s.step,
        ChartKind::Bars | ChartKind::Diverging => s.label_column,
    }
    .to_string()
}

/// "Waarde", "Waarde (personen)", "Waarde (%)" or
/// "Waarde (verschil met de controlegroep, %)".
pub fn value_header(spec: &ChartSpec, lang: Lang) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(u) = spec.unit.as_deref().filter(|u| !u.is_empty()) {
        parts.push(u);
    }
    if spec.measure == Measure::Percentage {
        parts.push("%");
    }
    let value = strings(lang).value;
    if parts.is_empty() {
        value.to_string()
    } else {
        format!("{value} ({})", parts.join(", "))
    }
}

/// The chart as a data table, numbers formatted per language.
pub fn data_table(spec: &ChartSpec, lang: Lang) -> DataTable {
    let grouped = spec.rows.iter().any(|r| r.group.is_some());
    DataTable {
        caption: spec.title.clone(),
        // The highlights are grouped by what they count; other grouped
        // charts are breakdowns.
        group_header: grouped.then(|| {
            let s = strings(lang);
            (if spec.id == crate::ids::HIGHLIGHTS_CHART {
                s.counts
            } else {
                s.breakdown
            })
            .to_string()
        }),
        label_header: label_header(spec, lang),
        value_header: value_header(spec, lang),
        rows: spec
            .rows
            .iter()
            .map(|r| TableRow {
                group: r.group.clone(),
                label: r.label.clone(),
                value: r.value,
                formatted: match &r.absent {
                    Some(why) => why.clone(),
                    None => spec.stated_value(r, lang),
                },
                // Empty for a row without a value.
                data_value: match r.absent {
                    Some(_) => String::new(),
                    None => format::plain(r.value, Lang::En),
                },
                emphasis: r.emphasis,
                target: r.target,
            })
            .collect(),
    }
}
