//! The rules of the bundle format that its types cannot express: unique
//! ids that do not collide with the page's own, safe addresses, finite and
//! non-negative counts, highlights and in-page links that lead somewhere.
//! Every problem is reported, each with its JSON path.

use std::collections::HashSet;

use super::rich_text::{Block, Inline, RichText};
use super::rule::Rule;
use super::types::*;
use super::Problem;
use crate::address::{is_safe_href, is_safe_media_src};
use crate::ids;

struct Checker {
    problems: Vec<Problem>,
    ids: HashSet<String>,
    /// In-page links (`#id`) with their paths, checked once every id is known.
    anchors: Vec<(String, String)>,
    /// `series` keys seen: one indicator per key in a bundle.
    series: HashSet<String>,
}

impl Checker {
    fn problem(&mut self, path: impl Into<String>, kind: Rule) {
        self.problems.push(Problem::new(path, kind));
    }

    fn id(&mut self, path: &str, id: &str) {
        if !ids::is_bundle_id(id) {
            self.problem(path, Rule::IdCharacters { id: id.into() });
        }
        if let Some(kind) = ids::taken_by_the_page(id) {
            self.problem(path, kind);
        }
        if !self.ids.insert(id.to_string()) {
            self.problem(path, Rule::IdTwice { id: id.into() });
        }
    }

    fn count(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.problem(path, Rule::NotFinite);
        } else if v < 0.0 {
            self.problem(path, Rule::Negative { value: v });
        }
    }

    fn finite(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.problem(path, Rule::NotFinite);
        }
    }

    fn quantity(&mut self, path: &str, v: f64, measure: Measure) {
        match measure {
            Measure::Count => self.count(path, v),
            Measure::Percentage => self.finite(path, v),
        }
    }

    fn href(&mut self, path: &str, href: &Option<String>) {
        if let Some(h) = href {
            if !is_safe_href(h) {
                self.problem(path, Rule::UnsafeLink { address: h.clone() });
            } else if let Some(target) = h.trim().strip_prefix('#') {
                self.anchors.push((path.to_string(), target.to_string()));
            }
        }
    }

    fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(path, Rule::Empty);
        }
    }

    fn rich(&mut self, path: &str, rich: &RichText) {
        for (i, block) in rich.iter().enumerate() {
            let p = format!("{path}[{i}]");
            match block {
                Block::Paragraph { content } => self.inlines(&format!("{p}.content"), content),
                Block::Heading { text } => self.text(&format!("{p}.text"), text),
                Block::List { items, .. } => {
                    if items.is_empty() {
                        self.problem(format!("{p}.items"), Rule::EmptyList);
                    }
                    for (j, item) in items.iter().enumerate() {
                        self.inlines(&format!("{p}.items[{j}]"), item);
                    }
                }
            }
        }
    }

    fn inlines(&mut self, path: &str, inlines: &[Inline]) {
        for (i, inline) in inlines.iter().enumerate() {
            match inline {
                Inline::Link { href, .. } => self.href(&format!("{path}[{i}].href"), href),
                Inline::Text {
                    lang: Some(lang), ..
                } if !is_language_tag(lang) => self.problem(
                    format!("{path}[{i}].lang"),
                    Rule::NotLanguageTag { tag: lang.clone() },
                ),
                _ => {}
            }
        }
    }

    fn resource(&mut self, path: &str, r: &Resource) {
        self.text(&format!("{path}.title"), &r.title);
        self.href(&format!("{path}.href"), &r.href);
    }

    fn media(&mut self, path: &str, m: &Media) {
        if let Some(src) = &m.src {
            if !is_safe_media_src(src) {
                self.problem(
                    format!("{path}.src"),
                    Rule::UnsafeMedia {
                        address: src.clone(),
                    },
                );
            }
        }
        if m.src.is_some()
            && m.kind == MediaKind::Photo
            && m.alt.as_deref().is_none_or(|a| a.trim().is_empty())
        {
            self.problem(format!("{path}.alt"), Rule::PhotoWithoutAlt);
        }
    }

    fn dataset(&mut self, path: &str, d: &Dataset) {
        self.id(&format!("{path}.id"), &d.id);
        self.text(&format!("{path}.title"), &d.title);
        let min = if d.kind == ChartKind::Comparison || d.kind == ChartKind::Steps {
            2
        } else {
            1
        };
        if d.points.len() < min {
            self.problem(
                format!("{path}.points"),
                Rule::TooFewPoints {
                    kind: kind_name(d.kind),
                    min,
                },
            );
        }
        for (i, pt) in d.points.iter().enumerate() {
            self.text(&format!("{path}.points[{i}].label"), &pt.label);
            let p = format!("{path}.points[{i}].value");
            if d.kind == ChartKind::Diverging {
                self.finite(&p, pt.value);
            } else {
                // Bars grow from zero to the right: only diverging charts
                // can show a negative value honestly.
                self.count(&p, pt.value);
            }
        }
    }

    fn project(&mut self, path: &str, pr: &Project) {
        self.id(&format!("{path}.id"), &pr.id);
        self.text(&format!("{path}.title"), &pr.title);
        if let Some(m) = &pr.media {
            self.media(&format!("{path}.media"), m);
        }
        self.rich(&format!("{path}.body"), &pr.body);
        for (i, l) in pr.links.iter().enumerate() {
            self.resource(&format!("{path}.links[{i}]"), l);
        }
    }

    fn indicator(&mut self, path: &str, ind: &Indicator) {
        self.id(&format!("{path}.id"), &ind.id);
        if let Some(key) = &ind.series {
            let path = format!("{path}.series");
            if !ids::is_bundle_id(key) {
                self.problem(&path, Rule::SeriesCharacters { key: key.clone() });
            } else if !self.series.insert(key.clone()) {
                self.problem(&path, Rule::SeriesTwice { key: key.clone() });
            }
        }
        self.text(&format!("{path}.title"), &ind.title);
        let measure = ind.value.as_ref().map(|q| q.measure).unwrap_or_default();
        if let Some(q) = &ind.value {
            self.quantity(&format!("{path}.value.value"), q.value, q.measure);
        }
        for (i, pv) in ind.previous.iter().enumerate() {
            self.quantity(&format!("{path}.previous[{i}].value"), pv.value, measure);
        }
        if let Some(t) = ind.target {
            self.quantity(&format!("{path}.target"), t, measure);
        }
        if let Some(b) = &ind.baseline {
            self.quantity(&format!("{path}.baseline.value"), b.value, measure);
        }
        for (i, bd) in ind.breakdowns.iter().enumerate() {
            for (j, pt) in bd.items.iter().enumerate() {
                self.quantity(
                    &format!("{path}.breakdowns[{i}].items[{j}].value"),
                    pt.value,
                    measure,
                );
            }
        }
        self.rich(&format!("{path}.explanation"), &ind.explanation);
        self.rich(&format!("{path}.narrative"), &ind.narrative);
        for (i, d) in ind.figures.iter().enumerate() {
            self.dataset(&format!("{path}.figures[{i}]"), d);
        }
    }
}

/// Every rule the types cannot express. Empty means valid. (The version
/// is the reading pipeline's: `crate::json::read`.)
pub fn validate(b: &Bundle) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        ids: HashSet::new(),
        anchors: Vec::new(),
        series: HashSet::new(),
    };

    c.id("theme.id", &b.theme.id);
    c.text("theme.title", &b.theme.title);
    if !crate::lang::is_site_language(&b.theme.language) {
        c.problem(
            "theme.language",
            Rule::NotSiteLanguage {
                found: b.theme.language.clone(),
            },
        );
    }

    for (i, r) in b.resources.iter().enumerate() {
        c.resource(&format!("resources[{i}]"), r);
    }
    c.rich("introduction", &b.introduction);
    c.rich("results_summary", &b.results_summary);

    for (i, area) in b.result_areas.iter().enumerate() {
        let p = format!("result_areas[{i}]");
        c.id(&format!("{p}.id"), &area.id);
        c.text(&format!("{p}.title"), &area.title);
        if let Some(m) = &area.photo {
            c.media(&format!("{p}.photo"), m);
        }
        c.rich(&format!("{p}.lead"), &area.lead);
        c.rich(&format!("{p}.narrative"), &area.narrative);
        for (j, ind) in area.indicators.iter().enumerate() {
            c.indicator(&format!("{p}.indicators[{j}]"), ind);
        }
        if let Some(pr) = &area.progress {
            c.text(&format!("{p}.progress.title"), &pr.title);
            c.rich(&format!("{p}.progress.body"), &pr.body);
            for (j, d) in pr.figures.iter().enumerate() {
                c.dataset(&format!("{p}.progress.figures[{j}]"), d);
            }
        }
        for (j, pr) in area.projects.iter().enumerate() {
            c.project(&format!("{p}.projects[{j}]"), pr);
        }
        for (j, l) in area.links.iter().enumerate() {
            c.resource(&format!("{p}.links[{j}]"), l);
        }
    }
    if let Some(f) = &b.featured {
        c.text("featured.heading", &f.heading);
        for (i, pr) in f.projects.iter().enumerate() {
            c.project(&format!("featured.projects[{i}]"), pr);
        }
    }
    if let Some(bg) = &b.background {
        c.text("background.heading", &bg.heading);
        c.rich("background.background", &bg.background);
        c.rich("background.outlook", &bg.outlook);
    }
    if let Some(d) = &b.downloads_and_links {
        c.rich("downloads_and_links.intro", &d.intro);
        for (i, l) in d.links.iter().enumerate() {
            c.resource(&format!("downloads_and_links.links[{i}]"), l);
        }
    }
    if let Some(s) = &b.spending {
        if let Some(ch) = &s.channels {
            for (i, a) in ch.iter().enumerate() {
                c.text(&format!("spending.channels[{i}].channel"), &a.channel);
                c.count(&format!("spending.channels[{i}].amount"), a.amount);
            }
        }
        c.rich("spending.note", &s.note);
    }

    // Highlights and in-page links last: they point at ids of the whole
    // bundle.
    let bundle_ids = ids::BundleIds::of(b);
    for (i, h) in b.highlights.iter().enumerate() {
        let p = format!("highlights[{i}]");
        c.count(&format!("{p}.value"), h.value);
        c.text(&format!("{p}.label"), &h.label);
        if h.text.matches("{value}").count() != 1 {
            c.problem(format!("{p}.text"), Rule::PlaceholderOnce);
        }
        if !bundle_ids.indicators.contains(h.indicator.as_str()) {
            c.problem(
                format!("{p}.indicator"),
                Rule::NoSuchIndicator {
                    id: h.indicator.clone(),
                    near: None,
                },
            );
        }
    }
    // In-page links: the page gives result areas, indicators and projects
    // their bundle id, datasets' charts `chart-<id>`, and its own sections
    // the reserved ids (crate::ids).
    let is_target = |target: &str| {
        ids::RESERVED.contains(&target)
            || bundle_ids.areas.contains(target)
            || bundle_ids.indicators.contains(target)
            || bundle_ids.projects.contains(target)
            || ids::chart_base(target).is_some_and(|d| bundle_ids.datasets.contains(d))
    };
    for (path, target) in std::mem::take(&mut c.anchors) {
        if target.is_empty() {
            c.problem(path, Rule::AnchorEmpty);
        } else if !is_target(&target) {
            c.problem(path, Rule::AnchorNowhere { target, near: None });
        }
    }
    c.problems
}

/// The kind's name as the format writes it.
fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "bars",
        ChartKind::Comparison => "comparison",
        ChartKind::Steps => "steps",
        ChartKind::Diverging => "diverging",
    }
}

/// A simple BCP 47 language tag: 2–3 letters, then optional `-` subtags of
/// 1–8 letters or digits ("en", "fr", "en-GB", "ar-001").
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
