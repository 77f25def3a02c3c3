//! An indicator over the years: the values of one `series` key in the
//! theme's bundles of several years ("Over de jaren"). The key joins
//! indicators across years; ids stay page-local. A year is drawn only when
//! its indicator counts the same thing (unit, measure and `counts`) as the
//! page's own. No browser dependencies.

use crate::bundle::{Bundle, Indicator, Measure, Quantity};
use crate::charts::{ChartSpec, Row};
use crate::i18n::{strings, Lang};
use crate::ids;
use crate::json::Problem;
use crate::words::{code, Message, Say};

/// What one year holds for a series.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A value counted as the page's own indicator counts.
    Value(f64),
    /// That year's bundle is still being fetched.
    Loading,
    /// That year's bundle could not be loaded.
    Unavailable,
    /// No indicator of the series in that year, or one without a value.
    NoValue,
    /// A value counted otherwise (another unit, measure or thing counted):
    /// not drawn on the same axis.
    OtherUnit(Quantity),
}

/// The indicator of `series` in a bundle.
pub fn find<'b>(bundle: &'b Bundle, series: &str) -> Option<&'b Indicator> {
    bundle
        .result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .find(|i| i.series.as_deref() == Some(series))
}

/// Whether two values count the same thing, so they share an axis.
pub fn same_kind(a: &Quantity, b: &Quantity) -> bool {
    a.unit == b.unit && a.measure == b.measure && a.counts == b.counts
}

/// What another year's bundle holds for the series of `own`.
pub fn outcome(own: &Quantity, series: &str, other: &Bundle) -> Outcome {
    match find(other, series).and_then(|i| i.value.as_ref()) {
        None => Outcome::NoValue,
        Some(q) if same_kind(own, q) => Outcome::Value(q.value),
        Some(q) => Outcome::OtherUnit(q.clone()),
    }
}

/// The series by year as a chart, oldest year first, the page's own year
/// emphasised. Years without a comparable value are rows of the table only
/// ("niet beschikbaar", "andere eenheid", "geen waarde"), left out of the
/// drawing. `None` without a value of its own, or when no other year has one
/// to compare with.
pub fn chart(
    indicator: &Indicator,
    year: u16,
    others: &[(u16, Outcome)],
    lang: Lang,
) -> Option<ChartSpec> {
    let own = indicator.value.as_ref()?;
    if !others.iter().any(|(_, o)| matches!(o, Outcome::Value(_))) {
        return None;
    }
    let s = strings(lang);
    let mut years: Vec<(u16, Outcome)> = others.to_vec();
    years.push((year, Outcome::Value(own.value)));
    // Oldest first, each year once (the page's own wins).
    let mut rows: Vec<(u16, Row)> = Vec::new();
    for (y, o) in years {
        if rows.iter().any(|(seen, _)| *seen == y) {
            continue;
        }
        let row = match o {
            Outcome::Value(v) => Row {
                emphasis: y == year,
                ..Row::new(y.to_string(), v)
            },
            Outcome::Loading => Row::absent(y.to_string(), s.loading_short),
            Outcome::Unavailable => Row::absent(y.to_string(), s.not_available),
            Outcome::NoValue => Row::absent(y.to_string(), s.no_value),
            Outcome::OtherUnit(q) => Row::absent(
                y.to_string(),
                &s.other_unit.replace(
                    "{unit}",
                    q.unit.as_deref().unwrap_or(measure_word(q.measure, lang)),
                ),
            ),
        };
        let at = rows.partition_point(|(seen, _)| *seen < y);
        rows.insert(at, (y, row));
    }
    Some(ChartSpec {
        id: ids::over_the_years(&indicator.id),
        kind: crate::bundle::ChartKind::Comparison,
        title: format!("{} ({})", indicator.title, s.over_the_years),
        unit: own.unit.clone(),
        measure: own.measure,
        source: None,
        period: None,
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    })
}

fn measure_word(m: Measure, lang: Lang) -> &'static str {
    match (m, lang) {
        (Measure::Percentage, _) => "%",
        (Measure::Count, Lang::Nl) => "aantal",
        (Measure::Count, Lang::En) => "number",
    }
}

/// For `check-bundle --catalog`: within one theme and language, each series
/// key counts the same thing in every year. `bundles` are (year, bundle);
/// each problem is at the path of the indicator in the later year.
pub fn differing_units(bundles: &[(u16, &Bundle)]) -> Vec<(u16, Problem<UnitChanged>)> {
    let mut out = Vec::new();
    for (i, (year, b)) in bundles.iter().enumerate() {
        for (a, area) in b.result_areas.iter().enumerate() {
            for (k, ind) in area.indicators.iter().enumerate() {
                let (Some(key), Some(q)) = (&ind.series, &ind.value) else {
                    continue;
                };
                for (other_year, other) in &bundles[..i] {
                    let Some(oq) = find(other, key).and_then(|o| o.value.as_ref()) else {
                        continue;
                    };
                    if !same_kind(q, oq) {
                        out.push((
                            *year,
                            Problem::new(
                                format!("result_areas[{a}].indicators[{k}].series"),
                                UnitChanged {
                                    key: key.clone(),
                                    year: *year,
                                    now: describe(q),
                                    other_year: *other_year,
                                    before: describe(oq),
                                },
                            ),
                        ));
                    }
                }
            }
        }
    }
    out
}

/// A series key counting another thing in another year: in `year` what
/// `now` says, in `other_year` what `before` says (as [`describe`]
/// writes them).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitChanged {
    pub key: String,
    pub year: u16,
    pub now: String,
    pub other_year: u16,
    pub before: String,
}

impl Message for UnitChanged {
    fn code(&self) -> &'static str {
        "series-changes-unit"
    }

    fn title(&self, say: Say) -> String {
        say.pick(
            format!("reeks {} telt iets anders", code(&self.key)),
            format!("series {} counts another thing", code(&self.key)),
        )
    }

    fn text(&self, _: &str, say: Say) -> String {
        let UnitChanged {
            key,
            year,
            now,
            other_year,
            before,
        } = self;
        say.pick(
            format!("de reeks {} telt in {year} {now}, maar in {other_year} {before}: een reeks houdt haar eenheid, maat en wat ze telt", code(key)),
            format!("the series {} counts {now} in {year} but {before} in {other_year}: a series keeps its unit, measure and what it counts", code(key)),
        )
    }
}

/// `(unit "personen", measure "count")`, with `counts` where it has one:
/// as the fields are written in the file, in any language.
fn describe(q: &Quantity) -> String {
    let measure = match q.measure {
        Measure::Count => "count",
        Measure::Percentage => "percentage",
    };
    let mut out = format!(
        "(unit {:?}, measure {measure:?}",
        q.unit.as_deref().unwrap_or("")
    );
    if let Some(c) = &q.counts {
        out.push_str(&format!(", counts {c:?}"));
    }
    out.push(')');
    out
}
