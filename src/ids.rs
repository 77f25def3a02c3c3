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
//! A test mounts the page and checks exactly that, and that no id repeats.
//! No browser dependencies.

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

const CHART_PREFIX: &str = "chart-";
const TITLE_SUFFIX: &str = "-title";
const PANEL_SUFFIX: &str = "-panel";
const AREA_CHART_SUFFIX: &str = "-indicators";
const BREAKDOWN_SUFFIX: &str = "-breakdown";

/// Prefixes the page puts before bundle ids; a bundle id may not start
/// with one.
pub const DERIVED_PREFIXES: &[&str] = &[CHART_PREFIX];
/// Suffixes the page puts after bundle ids; a bundle id may not end in one.
pub const DERIVED_SUFFIXES: &[&str] = &[
    TITLE_SUFFIX,
    PANEL_SUFFIX,
    AREA_CHART_SUFFIX,
    BREAKDOWN_SUFFIX,
];

/// The highlights' chart.
pub const HIGHLIGHTS_CHART: &str = "chart-highlights";
/// The chart of spending per channel.
pub const SPENDING_CHART: &str = "chart-spending";

/// A dataset's chart, or an indicator's comparison chart: `chart-<id>`.
pub fn chart(id: &str) -> String {
    format!("{CHART_PREFIX}{id}")
}

/// The chart of a result area's indicators: `chart-<area>-indicators`.
pub fn area_chart(area: &str) -> String {
    format!("{CHART_PREFIX}{area}{AREA_CHART_SUFFIX}")
}

/// An indicator's breakdown chart: `chart-<indicator>-breakdown`.
pub fn breakdown_chart(indicator: &str) -> String {
    format!("{CHART_PREFIX}{indicator}{BREAKDOWN_SUFFIX}")
}

/// The title that names an element (`aria-labelledby`): `<id>-title`.
pub fn title(id: &str) -> String {
    format!("{id}{TITLE_SUFFIX}")
}

/// A result area's panel: `<area>-panel`.
pub fn panel(area: &str) -> String {
    format!("{area}{PANEL_SUFFIX}")
}

/// A year's heading on the overview: `jaar-<year>`.
pub fn year_heading(year: u16) -> String {
    format!("jaar-{year}")
}

/// Whether a bundle id would collide with an id the page makes.
pub fn is_taken_by_the_page(id: &str) -> bool {
    RESERVED.contains(&id)
        || DERIVED_PREFIXES.iter().any(|p| id.starts_with(p))
        || DERIVED_SUFFIXES.iter().any(|s| id.ends_with(s))
}

/// Whether `id` is an id the page may carry, given the bundle's ids: a
/// bundle id, a reserved id, or one derived from a bundle id.
pub fn is_page_id(id: &str, bundle_ids: &std::collections::HashSet<&str>) -> bool {
    if bundle_ids.contains(id) || RESERVED.contains(&id) {
        return true;
    }
    if id == HIGHLIGHTS_CHART || id == SPENDING_CHART {
        return true;
    }
    let derived_from_bundle =
        |inner: &str| bundle_ids.contains(inner) || is_page_id(inner, bundle_ids);
    if let Some(base) = id.strip_suffix(TITLE_SUFFIX) {
        // Titles name areas, indicators, projects and charts.
        return derived_from_bundle(base);
    }
    if let Some(area) = id.strip_suffix(PANEL_SUFFIX) {
        return bundle_ids.contains(area);
    }
    let Some(chart) = id.strip_prefix(CHART_PREFIX) else {
        return false;
    };
    let base = chart
        .strip_suffix(AREA_CHART_SUFFIX)
        .or_else(|| chart.strip_suffix(BREAKDOWN_SUFFIX))
        .unwrap_or(chart);
    bundle_ids.contains(base)
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
    use std::collections::HashSet;

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
        ] {
            assert!(is_taken_by_the_page(&id), "{id}");
        }
        for id in RESERVED {
            assert!(is_taken_by_the_page(id), "{id}");
        }
        assert!(!is_taken_by_the_page("migratiesamenwerking"));
        assert!(!is_taken_by_the_page("titles"));
    }

    #[test]
    fn page_ids_are_bundle_reserved_or_derived() {
        let bundle: HashSet<&str> = ["area", "ind", "fig"].into();
        for ok in [
            "area",
            "area-title",
            "area-panel",
            "chart-area-indicators",
            "chart-area-indicators-title",
            "chart-ind",
            "chart-ind-title",
            "chart-ind-breakdown",
            "chart-fig",
            "ind-title",
            "chart-highlights",
            "chart-highlights-title",
            "main",
            "uitgaven",
        ] {
            assert!(is_page_id(ok, &bundle), "{ok}");
        }
        for bad in [
            "other",
            "other-title",
            "ind-panel-x",
            "chart-other",
            "chart-",
            "",
            "jaar-2019",
        ] {
            assert!(!is_page_id(bad, &bundle), "{bad}");
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
