//! Chart specs: what a chart shows, derived from bundle data. Pure data, so
//! the SVG, the data table and the accessible summary all read the same rows.

use crate::bundle::{
    Bundle, ChartKind, Dataset, Dimension, Highlight, Indicator, Measure, Quantity, ResultArea,
    Spending,
};
use crate::format;
use crate::i18n::{strings, Lang};
use crate::ids;

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: f64,
    /// Drawn in the accent colour: the current period in a comparison.
    pub emphasis: bool,
    /// The target in a comparison: drawn as an outlined bar.
    pub target: bool,
    /// The group a row belongs to in a grouped chart (a breakdown's
    /// dimension, "Naar geslacht"). Rows of one group are consecutive; the
    /// drawing, the table and the summary name the group before its rows.
    pub group: Option<String>,
    /// A row without a value to draw ("niet beschikbaar"): in the table,
    /// the CSV and the summary with this text, left out of the drawing.
    pub absent: Option<String>,
    /// The figure as the page states it, with its qualifier ("Meer dan
    /// 240.000"): the bar's label, the table, the CSV and the summary
    /// print it instead of the bare number ([`ChartSpec::stated_value`]).
    pub stated: Option<String>,
}

impl Row {
    pub fn new(label: impl Into<String>, value: f64) -> Row {
        Row {
            label: label.into(),
            value,
            emphasis: false,
            target: false,
            group: None,
            absent: None,
            stated: None,
        }
    }

    /// A row that says why it has no value: [`Row::absent`].
    pub fn absent(label: impl Into<String>, why: &str) -> Row {
        Row {
            absent: Some(why.to_string()),
            ..Row::new(label, 0.0)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// Unique in the page; used for element ids.
    pub id: String,
    pub kind: ChartKind,
    pub title: String,
    pub unit: Option<String>,
    pub measure: Measure,
    pub source: Option<String>,
    pub period: Option<String>,
    pub rows: Vec<Row>,
}

impl ChartSpec {
    /// A value as the chart and its table print it: "240.000", "+19%".
    pub fn format_value(&self, value: f64, lang: Lang) -> String {
        let n = if self.kind == ChartKind::Diverging {
            format::signed(value, lang)
        } else {
            format::number(value, lang)
        };
        match self.measure {
            Measure::Percentage => format!("{n}%"),
            Measure::Count => n,
        }
    }

    /// A row's value as the chart, its table and its summary print it: as
    /// the page states it where it says more than the number ("Bijna
    /// 40.000"), else [`ChartSpec::format_value`].
    pub fn stated_value(&self, r: &Row, lang: Lang) -> String {
        match &r.stated {
            Some(stated) => stated.clone(),
            None => self.format_value(r.value, lang),
        }
    }

    /// The chart in words, for its accessible name: the title, the main
    /// message where the kind has one, and every number as the chart prints it.
    /// - bars, diverging: "Title (unit): a 240.000; b 36.360."
    /// - comparison, steps: "Title (unit). Gestegen van 4.000 naar 36.360: a 4.000; b 36.360."
    /// - grouped (breakdowns): "Title (unit). Naar geslacht: a 1; b 2. Naar land: c 3."
    pub fn summary(&self, lang: Lang) -> String {
        let unit = match &self.unit {
            Some(u) if !u.is_empty() => format!(" ({u})"),
            _ => String::new(),
        };
        let head = format!("{}{unit}", self.title);
        let row = |r: &Row| match &r.absent {
            Some(why) => format!("{} {why}", r.label),
            None => format!("{} {}", r.label, self.stated_value(r, lang)),
        };
        if self.rows.iter().any(|r| r.group.is_some()) {
            let mut groups: Vec<(Option<&str>, Vec<String>)> = Vec::new();
            for r in &self.rows {
                match groups.last_mut() {
                    Some((g, rows)) if *g == r.group.as_deref() => rows.push(row(r)),
                    _ => groups.push((r.group.as_deref(), vec![row(r)])),
                }
            }
            let body: Vec<String> = groups
                .iter()
                .map(|(g, rows)| match g {
                    Some(g) => format!("{g}: {}.", rows.join("; ")),
                    None => format!("{}.", rows.join("; ")),
                })
                .collect();
            return format!("{head}. {}", body.join(" "));
        }
        let rows: Vec<String> = self.rows.iter().map(row).collect();
        match self.message(lang) {
            Some(m) => format!("{head}. {m}: {}.", rows.join("; ")),
            None => format!("{head}: {}.", rows.join("; ")),
        }
    }

    /// The chart's main message, for kinds that have one beyond their
    /// numbers: the change from the first period to the current one in a
    /// comparison ("Gestegen van 4.000 naar 36.360"), from the first step to
    /// the last in a funnel ("Van 43.000 naar 1.962").
    pub fn message(&self, lang: Lang) -> Option<String> {
        let s = strings(lang);
        let (from, to, template) = match self.kind {
            ChartKind::Comparison => {
                let drawn = self.drawn_rows();
                let current = drawn.iter().position(|r| r.emphasis)?;
                let (from, to) = (*drawn.first()?, drawn[current]);
                if current == 0 {
                    return None;
                }
                let template = if to.value > from.value {
                    s.change_rose
                } else if to.value < from.value {
                    s.change_fell
                } else {
                    s.change_same
                };
                (from, to, template)
            }
            ChartKind::Steps if self.rows.len() >= 2 => {
                (self.rows.first()?, self.rows.last()?, s.funnel)
            }
            _ => return None,
        };
        Some(
            template
                .replace("{from}", &self.format_value(from.value, lang))
                .replace("{to}", &self.format_value(to.value, lang)),
        )
    }

    /// The rows the drawing shows: all but the absent ones.
    pub fn drawn_rows(&self) -> Vec<&Row> {
        self.rows.iter().filter(|r| r.absent.is_none()).collect()
    }

    /// The spec as drawn: without its absent rows.
    pub fn without_absent(&self) -> ChartSpec {
        ChartSpec {
            rows: self.drawn_rows().into_iter().cloned().collect(),
            ..self.clone()
        }
    }

    /// The caption line under a chart: source and period, where known.
    pub fn caption(&self, lang: Lang) -> Option<String> {
        let s = strings(lang);
        let mut parts = Vec::new();
        if let Some(src) = &self.source {
            parts.push(format!("{}: {src}", s.source));
        }
        if let Some(p) = &self.period {
            parts.push(format!("{}: {p}", s.period));
        }
        (!parts.is_empty()).then(|| format!("{}.", parts.join(". ")))
    }
}

/// A bundle dataset as a chart, as given.
pub fn from_dataset(d: &Dataset) -> ChartSpec {
    ChartSpec {
        id: ids::chart(&d.id),
        kind: d.kind,
        title: d.title.clone(),
        unit: d.unit.clone(),
        measure: d.measure,
        source: d.source.clone(),
        period: d.period.clone(),
        rows: d
            .points
            .iter()
            .enumerate()
            // In a comparison the last point is the current period.
            .map(|(i, p)| Row {
                emphasis: d.kind == ChartKind::Comparison && i + 1 == d.points.len(),
                ..Row::new(&p.label, p.value)
            })
            .collect(),
    }
}

/// The highlighted results as bars: every highlight whose indicator has a
/// counted value, with its figure as the page states it, qualifier and all
/// ("Meer dan 240.000", "Bijna 40.000"), grouped by what it counts (its
/// indicator's `counts`, else its unit), so the young people who
/// reconsidered and the stranded migrants who returned are drawn under
/// their own heading, not as more of the same people. A highlight that
/// cannot be drawn ([`highlight_drawable`]) is a row that says so, and the
/// page lists it under the chart with its link. `None` when none can be
/// drawn.
pub fn highlights(b: &Bundle, lang: Lang) -> Option<ChartSpec> {
    let mut rows: Vec<Row> = Vec::new();
    for h in &b.highlights {
        let row = match counted_value(b, h) {
            Some(q) => {
                let (before, _) = format::split_template(&h.text);
                let figure = format::number(h.value, lang);
                Row {
                    group: q.counts.as_deref().or(q.unit.as_deref()).map(capitalised),
                    stated: Some(match qualifier(before) {
                        Some(q) => format!("{q} {figure}"),
                        None => figure,
                    }),
                    ..Row::new(&h.label, h.value)
                }
            }
            None => Row::absent(&h.label, strings(lang).not_drawn),
        };
        // Rows of one group are consecutive: a member joins its group.
        match rows
            .iter()
            .rposition(|r| r.absent.is_none() && row.absent.is_none() && r.group == row.group)
        {
            Some(last) => rows.insert(last + 1, row),
            None => rows.push(row),
        }
    }
    rows.iter().any(|r| r.absent.is_none()).then(|| ChartSpec {
        id: ids::HIGHLIGHTS_CHART.into(),
        kind: ChartKind::Bars,
        title: strings(lang).highlights_chart_title.into(),
        unit: None,
        measure: Measure::Count,
        source: None,
        period: shared_period(b),
        rows,
    })
}

/// The period of the highlights, where every one of them states the same
/// (their indicators' `period`): the chart says no period that one of its
/// figures does not have (issue 33; the theme's reporting period is not
/// theirs).
fn shared_period(b: &Bundle) -> Option<String> {
    let mut periods = b.highlights.iter().map(|h| {
        b.result_areas
            .iter()
            .flat_map(|a| &a.indicators)
            .find(|i| i.id == h.indicator)
            .and_then(|i| i.period.clone())
    });
    let first = periods.next()??;
    periods.all(|p| p.as_ref() == Some(&first)).then_some(first)
}

/// Whether the highlights chart can draw `h`: its indicator has a counted
/// value (a percentage or a missing value has no bar beside the others).
pub fn highlight_drawable(b: &Bundle, h: &Highlight) -> bool {
    counted_value(b, h).is_some()
}

fn counted_value<'a>(b: &'a Bundle, h: &Highlight) -> Option<&'a Quantity> {
    b.result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .find(|i| i.id == h.indicator)?
        .value
        .as_ref()
        .filter(|q| q.measure == Measure::Count)
}

/// "personen" as a heading: "Personen". ASCII only: `char::to_uppercase`
/// brings Unicode's case tables into the wasm (+8.9 kB gzip, measured),
/// and Dutch and English words start with an ASCII letter.
fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// The words a highlight's sentence puts right before its figure when they
/// qualify it ("Meer dan", "Bijna", "Ruim"): the sentence's opening words, if
/// they are at most three; `None` when the figure opens the sentence or
/// stands in its middle.
fn qualifier(before: &str) -> Option<&str> {
    let words = before.trim();
    (!words.is_empty() && words.split_whitespace().count() <= 3).then_some(words)
}

/// Things that come with a counted value, in groups that count the same
/// kind of thing: a count with the same unit and the same `counts`. A value
/// that names neither counts something unknown and is in no group. Groups of
/// two or more, in the order of their first member, each with its unit (or
/// else its `counts`) as the name of what it counts.
fn by_kind<'a, T>(items: impl Iterator<Item = (T, &'a Quantity)>) -> Vec<(&'a str, Vec<T>)> {
    let mut groups: Vec<(&'a Quantity, Vec<T>)> = Vec::new();
    for (item, q) in items {
        if q.measure != Measure::Count {
            continue;
        }
        match groups
            .iter_mut()
            .find(|(first, _)| first.unit == q.unit && first.counts == q.counts)
        {
            Some((_, members)) => members.push(item),
            None => groups.push((q, vec![item])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, members)| members.len() >= 2)
        .filter_map(|(q, members)| Some((q.unit.as_deref().or(q.counts.as_deref())?, members)))
        .collect()
}

/// An area's indicators side by side, one chart per kind of thing they
/// count ([`by_kind`]), so people are not compared with trainings, nor
/// migrants with trained officials. The first chart is named after the area
/// (`chart-<area>-indicators`), any further one after its first indicator,
/// so every id stays unique.
///
/// A chart's caption names a period only when every indicator on it states
/// that same period: the theme's reporting period would claim a period for
/// figures the report gives none for, such as the 20.770 on mental health.
pub fn area_indicators(area: &ResultArea, lang: Lang) -> Vec<ChartSpec> {
    let counted = area
        .indicators
        .iter()
        .filter_map(|i| Some(((i, i.value.as_ref()?), i.value.as_ref()?)));
    by_kind(counted)
        .into_iter()
        .enumerate()
        .map(|(n, (what, members))| ChartSpec {
            id: ids::area_chart(if n == 0 { &area.id } else { &members[0].0.id }),
            kind: ChartKind::Bars,
            title: format!("{}: {}", strings(lang).area_chart_title, area.title),
            unit: Some(what.to_string()),
            measure: Measure::Count,
            source: None,
            period: common_period(members.iter().map(|(i, _)| *i)),
            rows: members
                .iter()
                .map(|(i, q)| Row::new(&i.title, q.value))
                .collect(),
        })
        .collect()
}

/// The period every one of `inds` states, if they all state the same one.
fn common_period<'a>(mut inds: impl Iterator<Item = &'a Indicator>) -> Option<String> {
    let first = inds.next()?.period.clone()?;
    inds.all(|i| i.period.as_deref() == Some(first.as_str()))
        .then_some(first)
}

/// Earlier periods against the current value (and the target, if any). The
/// current value's row is labelled with the indicator's own period, or
/// else "Deze rapportage": never the theme's reporting period, which the
/// report does not give for every figure.
pub fn indicator_comparison(ind: &Indicator, lang: Lang) -> Option<ChartSpec> {
    let q = ind.value.as_ref()?;
    if ind.previous.is_empty() && ind.target.is_none() && ind.baseline.is_none() {
        return None;
    }
    // Bars start at zero; a negative value (a percentage change) is not
    // drawn as a comparison.
    let values = ind
        .previous
        .iter()
        .map(|p| p.value)
        .chain(ind.baseline.iter().map(|b| b.value))
        .chain(ind.target);
    if q.value < 0.0 || values.clone().any(|v| v < 0.0) {
        return None;
    }
    let s = strings(lang);
    let mut rows = Vec::new();
    if let Some(b) = &ind.baseline {
        rows.push(Row::new(format!("{} ({})", s.baseline, b.period), b.value));
    }
    rows.extend(ind.previous.iter().map(|p| Row::new(&p.period, p.value)));
    let period = ind.period.as_deref().unwrap_or(s.this_report);
    rows.push(Row {
        emphasis: true,
        ..Row::new(period, q.value)
    });
    if let Some(t) = ind.target {
        rows.push(Row {
            target: true,
            ..Row::new(s.target, t)
        });
    }
    Some(ChartSpec {
        id: ids::chart(&ind.id),
        kind: ChartKind::Comparison,
        title: ind.title.clone(),
        unit: q.unit.clone(),
        measure: q.measure,
        source: None,
        period: None,
        rows,
    })
}

/// Spending per channel, when the bundle has the amounts. `None` otherwise:
/// the page then says there are no figures instead of drawing empty axes.
pub fn spending(sp: &Spending, lang: Lang) -> Option<ChartSpec> {
    let channels = sp.channels.as_ref().filter(|c| !c.is_empty())?;
    Some(ChartSpec {
        id: ids::SPENDING_CHART.into(),
        kind: ChartKind::Bars,
        title: format!("{} {}", strings(lang).spending, sp.year),
        unit: Some("euro".into()),
        measure: Measure::Count,
        source: None,
        period: Some(sp.year.to_string()),
        rows: channels
            .iter()
            .map(|c| Row::new(&c.channel, c.amount))
            .collect(),
    })
}

/// "Naar geslacht" / "By sex": a breakdown's dimension as a group heading.
pub fn dimension_label(d: Dimension, lang: Lang) -> &'static str {
    let s = strings(lang);
    match d {
        Dimension::Sex => s.by_sex,
        Dimension::Group => s.by_group,
        Dimension::Country => s.by_country,
    }
}

/// An indicator's breakdowns as grouped bars: one group per dimension
/// (sex, group, country), headed by its name, each item a labelled bar, all
/// on one scale. `None` when the indicator has no breakdown items. Its
/// caption names the indicator's own period only, not the theme's.
pub fn from_breakdown(ind: &Indicator, lang: Lang) -> Option<ChartSpec> {
    let rows: Vec<Row> = ind
        .breakdowns
        .iter()
        .flat_map(|b| {
            let group = dimension_label(b.dimension, lang);
            b.items.iter().map(move |p| Row {
                group: Some(group.to_string()),
                ..Row::new(&p.label, p.value)
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let q = ind.value.as_ref();
    Some(ChartSpec {
        id: ids::breakdown_chart(&ind.id),
        kind: ChartKind::Bars,
        title: format!("{}: {}", strings(lang).breakdown, ind.title),
        unit: q.and_then(|q| q.unit.clone()),
        measure: q.map(|q| q.measure).unwrap_or_default(),
        source: None,
        period: ind.period.clone(),
        rows,
    })
}

/// Every chart the theme page shows, in page order: the highlights, per
/// area its indicators side by side, each indicator's comparison,
/// breakdown and figures, the area's progress figures, and spending. The
/// charts "Over de jaren" draws from other years' bundles are not here.
/// One place for the page's charts, so that a single one can be embedded
/// (`only=<chart id>`) with exactly the spec the page draws.
pub fn every(b: &Bundle, lang: Lang) -> Vec<ChartSpec> {
    let mut all: Vec<ChartSpec> = highlights(b, lang).into_iter().collect();
    for area in &b.result_areas {
        all.extend(area_indicators(area, lang));
        for ind in &area.indicators {
            all.extend(indicator_comparison(ind, lang));
            all.extend(from_breakdown(ind, lang));
            all.extend(ind.figures.iter().map(from_dataset));
        }
        all.extend(
            area.progress
                .iter()
                .flat_map(|p| p.figures.iter().map(from_dataset)),
        );
    }
    all.extend(b.spending.as_ref().and_then(|sp| spending(sp, lang)));
    all
}

/// The chart with this element id on the theme page, if there is one.
pub fn find(b: &Bundle, id: &str, lang: Lang) -> Option<ChartSpec> {
    every(b, lang).into_iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::Point;

    fn dataset(kind: ChartKind, measure: Measure) -> Dataset {
        Dataset {
            id: "d".into(),
            kind,
            title: "T".into(),
            unit: Some("personen".into()),
            measure,
            source: Some("IOM".into()),
            period: Some("2019".into()),
            points: vec![
                Point {
                    label: "a".into(),
                    value: 43000.0,
                },
                Point {
                    label: "b".into(),
                    value: -20.0,
                },
            ],
        }
    }

    #[test]
    fn summary_names_every_row_formatted() {
        let s = from_dataset(&dataset(ChartKind::Steps, Measure::Count));
        assert_eq!(
            s.summary(Lang::Nl),
            "T (personen). Van 43.000 naar \u{2212}20: a 43.000; b \u{2212}20."
        );
        let bars = from_dataset(&dataset(ChartKind::Bars, Measure::Count));
        assert_eq!(
            bars.summary(Lang::Nl),
            "T (personen): a 43.000; b \u{2212}20."
        );
        assert_eq!(
            s.caption(Lang::Nl).as_deref(),
            Some("Bron: IOM. Periode: 2019.")
        );
    }

    #[test]
    fn diverging_percentages_carry_sign_and_percent() {
        let s = from_dataset(&dataset(ChartKind::Diverging, Measure::Percentage));
        assert_eq!(s.format_value(19.0, Lang::Nl), "+19%");
        assert_eq!(s.format_value(-20.0, Lang::En), "\u{2212}20%");
    }
}
