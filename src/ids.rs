//! The page's element ids, in one place: which ids the page keeps for
//! itself, how it derives ids from a bundle's ids, and which ids a bundle
//! or a URL may use. Validation and the components both use these, so a
//! bundle id can never collide with an id the page makes.
//!
//! On a theme page every element id is one of:
//! - a bundle id (a result area, indicator, project or dataset);
//! - one of [`RESERVED`] (the page's own sections);
//! - derived from a bundle id: [`chart`], [`area_chart`],
//!   [`breakdown_chart`], [`title`], [`panel`], or one of the page's own
//!   charts ([`HIGHLIGHTS_CHART`], [`SPENDING_CHART`]).
//!
//! Outside the page, the app's own elements (the start-up template, the
//! no-script stylesheet) have ids starting with [`APP_PREFIX`].
//!
//! A browser test mounts the page and checks exactly that
//! ([`is_page_id`]), and that no id repeats. No browser dependencies.

use std::collections::HashSet;

use crate::bundle::{Bundle, Rule};

/// The skip link's target.
pub const MAIN: &str = "main";
/// "Uitgelichte resultaten".
pub const HIGHLIGHTS: &str = "uitgelicht";
/// "Aanvullende bronnen" near the top.
pub const RESOURCES: &str = "bronnen";
pub const INTRODUCTION: &str = "inleiding";
/// "Resultaten 2019", the summary.
pub const RESULTS: &str = "resultaten";
pub const RESULT_AREAS: &str = "resultaatgebieden";
pub const BACKGROUND: &str = "achtergrond";
/// "Aanvullende bronnen" at the end.
pub const DOWNLOADS: &str = "downloads";
pub const SPENDING: &str = "uitgaven";

/// Element ids the page itself uses; a bundle id may not take them.
pub const RESERVED: &[&str] = &[
    MAIN,
    HIGHLIGHTS,
    RESOURCES,
    INTRODUCTION,
    RESULTS,
    RESULT_AREAS,
    BACKGROUND,
    DOWNLOADS,
    SPENDING,
];

/// Ids of the app's own elements (outside the page, or not named after
/// anything in the bundle) start with this; a bundle id may not.
pub const APP_PREFIX: &str = "resultaten-";
/// The print button's description, in the theme header.
pub const PRINT_HINT: &str = "resultaten-print-hint";
/// The stylesheet a pre-rendered page gets when the app cannot load its
/// data (shown as without script).
pub const NO_SCRIPT_STYLESHEET: &str = crate::contract::NO_SCRIPT;

const CHART_PREFIX: &str = "chart-";
const TITLE_SUFFIX: &str = "-title";
const PANEL_SUFFIX: &str = "-panel";
const AREA_CHART_SUFFIX: &str = "-indicators";
const BREAKDOWN_SUFFIX: &str = "-breakdown";
const YEARS_SUFFIX: &str = "-years";

/// Prefixes the page puts before bundle ids; a bundle id may not start
/// with one.
pub const DERIVED_PREFIXES: &[&str] = &[CHART_PREFIX];
/// Suffixes the page puts after bundle ids; a bundle id may not end in one.
pub const DERIVED_SUFFIXES: &[&str] = &[
    TITLE_SUFFIX,
    PANEL_SUFFIX,
    AREA_CHART_SUFFIX,
    BREAKDOWN_SUFFIX,
    YEARS_SUFFIX,
];

/// The highlights' chart.
pub const HIGHLIGHTS_CHART: &str = "chart-highlights";
/// The chart of spending per channel.
pub const SPENDING_CHART: &str = "chart-spending";

/// A dataset's chart, or an indicator's comparison chart: `chart-<id>`.
pub fn chart(id: &str) -> String {
    format!("{CHART_PREFIX}{id}")
}

/// What a chart id is made from: `chart-<rest>` → `rest`.
pub fn chart_base(id: &str) -> Option<&str> {
    id.strip_prefix(CHART_PREFIX)
}

/// A chart of a result area's indicators: `chart-<area>-indicators`, or
/// `chart-<indicator>-indicators` after the first indicator of a further
/// group in the same area ([`crate::charts::area_indicators`]).
pub fn area_chart(named_after: &str) -> String {
    format!("{CHART_PREFIX}{named_after}{AREA_CHART_SUFFIX}")
}

/// An indicator's breakdown chart: `chart-<indicator>-breakdown`.
pub fn breakdown_chart(indicator: &str) -> String {
    format!("{CHART_PREFIX}{indicator}{BREAKDOWN_SUFFIX}")
}

/// An indicator's values over the years: `chart-<indicator>-years`, in
/// the panel `<indicator>-years-panel` ([`crate::series`]).
pub fn over_the_years(indicator: &str) -> String {
    format!("{CHART_PREFIX}{indicator}{YEARS_SUFFIX}")
}

/// The panel of "Over de jaren": `<indicator>-years-panel`.
pub fn years_panel(indicator: &str) -> String {
    format!("{indicator}{YEARS_SUFFIX}{PANEL_SUFFIX}")
}

/// The title that names an element (`aria-labelledby`): `<id>-title`.
pub fn title(id: &str) -> String {
    format!("{id}{TITLE_SUFFIX}")
}

/// A result area's panel: `<area>-panel`.
pub fn panel(area: &str) -> String {
    format!("{area}{PANEL_SUFFIX}")
}

/// One input of a two-state switch (`ViewSwitch`), for what it switches
/// (`of`: a chart's id, or the highlights'): `resultaten-<of>-1` for the
/// first view, `-2` for the second. The app's own (`APP_PREFIX`), so no
/// bundle id takes it; the takeover finds the app's input by it.
pub fn switch_input(of: &str, second: bool) -> String {
    format!("{APP_PREFIX}{of}-{}", if second { 2 } else { 1 })
}

/// An "Insluiten" disclosure: `resultaten-embedding-<piece>`, or
/// `resultaten-embedding` for the whole page's.
pub fn embed_control(piece: Option<&str>) -> String {
    match piece {
        Some(id) => format!("{APP_PREFIX}embedding-{id}"),
        None => format!("{APP_PREFIX}embedding"),
    }
}

/// A theme's heading on the overview: `thema-<theme>`.
pub fn theme_heading(theme: &str) -> String {
    format!("thema-{theme}")
}

/// How a bundle id would collide with an id the page or the app makes, if
/// it would; `None` when it is free.
pub fn taken_by_the_page(id: &str) -> Option<Rule> {
    let id_ = || id.to_string();
    if RESERVED.contains(&id) {
        Some(Rule::IdReserved { id: id_() })
    } else if [HIGHLIGHTS_CHART, SPENDING_CHART]
        .iter()
        .any(|own| chart_base(own) == Some(id))
    {
        Some(Rule::IdOfOwnChart {
            id: id_(),
            chart: chart(id),
        })
    } else if id.starts_with(APP_PREFIX) {
        Some(Rule::IdAppPrefix {
            id: id_(),
            prefix: APP_PREFIX,
        })
    } else if DERIVED_PREFIXES.iter().any(|p| id.starts_with(p))
        || DERIVED_SUFFIXES.iter().any(|s| id.ends_with(s))
    {
        Some(Rule::IdDerived {
            id: id_(),
            prefixes: DERIVED_PREFIXES,
            suffixes: DERIVED_SUFFIXES,
        })
    } else {
        None
    }
}

/// A bundle's ids, by kind.
#[derive(Debug, Default)]
pub struct BundleIds<'a> {
    pub areas: HashSet<&'a str>,
    pub indicators: HashSet<&'a str>,
    pub projects: HashSet<&'a str>,
    pub datasets: HashSet<&'a str>,
}

impl<'a> BundleIds<'a> {
    pub fn of(b: &'a Bundle) -> BundleIds<'a> {
        let mut ids = BundleIds::default();
        for area in &b.result_areas {
            ids.areas.insert(&area.id);
            for ind in &area.indicators {
                ids.indicators.insert(&ind.id);
                ids.datasets
                    .extend(ind.figures.iter().map(|d| d.id.as_str()));
            }
            if let Some(p) = &area.progress {
                ids.datasets.extend(p.figures.iter().map(|d| d.id.as_str()));
            }
            ids.projects
                .extend(area.projects.iter().map(|p| p.id.as_str()));
        }
        if let Some(f) = &b.featured {
            ids.projects
                .extend(f.projects.iter().map(|p| p.id.as_str()));
        }
        ids
    }
}

/// Whether `id` is an id the page may carry for a bundle with these ids:
/// a bundle id, a reserved id, one of the app's own (`APP_PREFIX`), or
/// one the page derives from a bundle id
/// of the right kind (a panel from an area, a breakdown chart from an
/// indicator, …).
pub fn is_page_id(id: &str, b: &BundleIds) -> bool {
    let is_bundle_id = |id: &str| {
        b.areas.contains(id)
            || b.indicators.contains(id)
            || b.projects.contains(id)
            || b.datasets.contains(id)
    };
    RESERVED.contains(&id)
        || id.starts_with(APP_PREFIX)
        || is_bundle_id(id)
        || is_chart_id(id, b)
        || id
            .strip_suffix(PANEL_SUFFIX)
            .is_some_and(|area| b.areas.contains(area))
        || id.strip_suffix(TITLE_SUFFIX).is_some_and(|named| {
            b.areas.contains(named)
                || b.indicators.contains(named)
                || b.projects.contains(named)
                || is_chart_id(named, b)
        })
}

fn is_chart_id(id: &str, b: &BundleIds) -> bool {
    if id == HIGHLIGHTS_CHART || id == SPENDING_CHART {
        return true;
    }
    let Some(rest) = chart_base(id) else {
        return false;
    };
    b.indicators.contains(rest)
        || b.datasets.contains(rest)
        || rest
            .strip_suffix(AREA_CHART_SUFFIX)
            .is_some_and(|named| b.areas.contains(named) || b.indicators.contains(named))
        || rest
            .strip_suffix(BREAKDOWN_SUFFIX)
            .is_some_and(|ind| b.indicators.contains(ind))
}

/// A bundle id: non-empty, `A-Z a-z 0-9 - _` only, so it is safe in a URL
/// fragment and a CSS selector as it is.
pub fn is_bundle_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A theme id: non-empty, `a-z 0-9 -` only (it is part of the pages'
/// addresses).
pub fn is_theme_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_taken_by_the_page() {
        for id in [
            chart("x"),
            area_chart("x"),
            breakdown_chart("x"),
            title("x"),
            panel("x"),
            HIGHLIGHTS_CHART.into(),
            SPENDING_CHART.into(),
            NO_SCRIPT_STYLESHEET.into(),
            "highlights".into(),
            "spending".into(),
        ] {
            assert!(taken_by_the_page(&id).is_some(), "{id}");
        }
        for id in RESERVED {
            assert!(taken_by_the_page(id).is_some(), "{id}");
        }
        assert_eq!(taken_by_the_page("migratiesamenwerking"), None);
        assert_eq!(taken_by_the_page("titles"), None);
        assert_eq!(taken_by_the_page("highlights-2019"), None);
    }

    #[test]
    fn page_ids_are_bundle_reserved_or_derived_from_the_right_kind() {
        let b = BundleIds {
            areas: ["area"].into(),
            indicators: ["ind"].into(),
            projects: ["proj"].into(),
            datasets: ["fig"].into(),
        };
        for ok in [
            "area",
            "proj",
            "area-title",
            "area-panel",
            "chart-area-indicators",
            "chart-area-indicators-title",
            "chart-ind",
            "chart-ind-title",
            "chart-ind-breakdown",
            // A further group of an area's indicators, named after its first.
            "chart-ind-indicators",
            "chart-fig",
            "ind-title",
            "proj-title",
            "chart-highlights",
            "chart-highlights-title",
            "main",
            "uitgaven",
        ] {
            assert!(is_page_id(ok, &b), "{ok}");
        }
        for bad in [
            "other",
            "other-title",
            "ind-panel",
            "fig-panel",
            "chart-area",
            "chart-proj",
            "chart-fig-breakdown",
            "chart-proj-indicators",
            "chart-other",
            "chart-",
            "",
            "area-title-title",
            "jaar-2019",
        ] {
            assert!(!is_page_id(bad, &b), "{bad}");
        }
    }

    #[test]
    fn id_characters() {
        assert!(is_bundle_id("Area_1-b"));
        for bad in ["", "a b", "a#b", "é", "a.b"] {
            assert!(!is_bundle_id(bad), "{bad:?}");
        }
        assert!(is_theme_id("opvang-in-de-regio"));
        for bad in ["", "Opvang", "a_b", "a b"] {
            assert!(!is_theme_id(bad), "{bad:?}");
        }
    }
}
