//! The one place that checks the shipped 2019 bundles' content: their
//! fidelity to the published text (tests/fixtures/published), and of the
//! English bundle to the Dutch one. An editor's correction of a sentence
//! or a figure in public/data/ breaks this file (and the end-to-end
//! tests/e2e/text.test.mjs) and no feature test: those run on made-up
//! bundles (tests/fixtures/, tests/common/mod.rs).
//!
//! Issue 25, point 6, the fact-check of the 2019 page, is here one test
//! per item (numbered), on both shipped bundles and on the pages the
//! native renderer builds from them (`resultaten::prerender`, as `make
//! build` does), so wording the components add is checked too. After it,
//! what the feature tests checked of the shipped content before issue 32:
//! the report's parts, figures, charts, downloads and catalog.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{pair, shipped, shipped_en, EN_2019, NL_2019};
use leptos::prelude::*;
use resultaten::bundle::{
    Alternative, Block, Bundle, ChartKind, Indicator, Inline, MediaKind, Status,
};
use resultaten::catalog::parse_catalog;
use resultaten::charts::{self, chart_csv, data_table, render_svg, text_labels, WIDTH};
use resultaten::components::SpendingView;
use resultaten::i18n::{strings, Lang};

const THEME: &str = "opvang-in-de-regio-en-migratiesamenwerking";
const PUBLISHED: &str =
    include_str!("fixtures/published/2019-nl-opvang-in-de-regio-en-migratiesamenwerking.txt");

fn both() -> [(Bundle, Lang); 2] {
    [(shipped(), Lang::Nl), (shipped_en(), Lang::En)]
}

fn indicator<'a>(b: &'a Bundle, id: &str) -> &'a Indicator {
    match b
        .result_areas
        .iter()
        .flat_map(|a| &a.indicators)
        .find(|i| i.id == id)
    {
        Some(i) => i,
        None => panic!("no indicator {id}"),
    }
}

/// A block's text as a reader sees it: its runs joined.
fn block_text(block: &Block) -> String {
    match block {
        Block::Paragraph { content } => content.iter().map(Inline::text).collect(),
        Block::Heading { text } => text.clone(),
        Block::List { items, .. } => items
            .iter()
            .map(|i| i.iter().map(Inline::text).collect::<String>())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The shipped site, rendered once for this file into a temporary folder.
fn site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fidelity");
        let _ = std::fs::remove_dir_all(&dir);
        common::copy_dir(Path::new("public/data"), &dir.join("data"));
        std::fs::copy("index.html", dir.join("index.html")).expect("index.html");
        if let Err(e) = resultaten::prerender::build(&dir, None) {
            panic!("build: {e}");
        }
        dir
    })
}

/// The Dutch and English theme pages of the shipped site.
fn pages() -> &'static (String, String) {
    static PAGES: OnceLock<(String, String)> = OnceLock::new();
    PAGES.get_or_init(|| {
        let read = |lang: &str| -> String {
            let path: PathBuf = site().join(format!("{lang}/2019/{THEME}/index.html"));
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        (read("nl"), read("en"))
    })
}

fn page(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => &pages().0,
        _ => &pages().1,
    }
}

/// The HTML of the element that opens with `<tag … id="id"`, up to the
/// first `</tag>` after it (enough for elements that do not nest their own
/// tag).
fn element<'a>(html: &'a str, tag: &str, id: &str) -> &'a str {
    let open = format!("id=\"{id}\"");
    let at = html
        .find(&open)
        .unwrap_or_else(|| panic!("no element {id}"));
    let start = html[..at]
        .rfind(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}> for {id}"));
    let end = html[at..]
        .find(&format!("</{tag}>"))
        .map(|e| at + e)
        .unwrap_or_else(|| panic!("{id} not closed"));
    &html[start..end]
}

// 1 -------------------------------------------------------------------------

/// The English bundle names the theme by its official English title,
/// "Prospects for refugees and migration cooperation", wherever it names
/// the theme, and the area whose Dutch title is the theme's "Opvang in de
/// regio" follows it. "Reception and protection in the region" stays: it
/// translates other words ("opvang en bescherming in de regio").
#[test]
fn english_names_the_theme_by_its_official_title() {
    let en = shipped_en();
    let title = "Prospects for refugees and migration cooperation";
    assert_eq!(en.theme.title, title);
    let lower = title.to_ascii_lowercase();
    let featured = en.featured.as_ref().expect("featured");
    assert!(
        featured.heading.to_ascii_lowercase().contains(&lower),
        "{}",
        featured.heading
    );
    let background = en.background.as_ref().expect("background");
    assert!(
        background.heading.to_ascii_lowercase().contains(&lower),
        "{}",
        background.heading
    );
    let resource = en.resources[1].description.as_deref().unwrap_or_default();
    assert!(
        resource.contains("Prospects for refugees and migration"),
        "{resource}"
    );
    assert_eq!(en.result_areas[0].title, "Prospects for refugees");
    assert_eq!(en.result_areas[1].title, "Migration cooperation");
    assert!(
        !EN_2019
            .to_ascii_lowercase()
            .contains("reception in the region"),
        "the unofficial name is gone everywhere"
    );
    assert!(page(Lang::En)
        .contains("Featured project on prospects for refugees and migration cooperation"));
}

// 2 -------------------------------------------------------------------------

/// The report gives no period for the 20.770 on mental health nor for the
/// Seefar measurement: the page shows none for them, nor do their charts,
/// the area chart that holds the 20.770, or the CSV. The header shows the
/// theme's period as the text's own.
#[test]
fn a_period_is_shown_only_where_the_report_gives_one() {
    for (b, lang) in both() {
        let theme_period = b.theme.reporting_period.as_deref();
        assert!(theme_period.is_some());
        for id in ["geestelijke-gezondheid", "heroverwogen-migratieplannen"] {
            assert_eq!(
                indicator(&b, id).period,
                None,
                "{id}: the report gives none"
            );
        }
        // The area chart holds the 20.770: no period in its caption.
        let area = charts::area_indicators(&b.result_areas[0], lang);
        assert_eq!(area.len(), 1);
        assert_eq!(area[0].period, None);
        assert_eq!(area[0].caption(lang), None);
        // All members stating the same period: that one.
        let mut stated = b.result_areas[0].clone();
        for i in &mut stated.indicators {
            i.period = Some("verzonnen periode".into());
        }
        let area = charts::area_indicators(&stated, lang);
        assert_eq!(area[0].period.as_deref(), Some("verzonnen periode"));
        // A comparison labels the current value with the indicator's own
        // period; without one, "Deze rapportage", not the theme's period.
        let income = indicator(&b, "inkomensgenererende-activiteiten");
        let spec = charts::indicator_comparison(income, lang).expect("comparison");
        assert_eq!(
            spec.rows.last().map(|r| r.label.as_str()),
            income.period.as_deref()
        );
        let mut without = income.clone();
        without.period = None;
        let spec = charts::indicator_comparison(&without, lang).expect("comparison");
        assert_eq!(
            spec.rows.last().map(|r| r.label.as_str()),
            Some(strings(lang).this_report)
        );
        // A breakdown (MADE-UP here: the report gives none) of an indicator
        // without period: no period in its caption.
        let mut split = indicator(&b, "geestelijke-gezondheid").clone();
        split.breakdowns = serde_json::from_str(
            r#"[{"dimension": "sex", "items": [{"label": "verzonnen", "value": 1}]}]"#,
        )
        .expect("made-up breakdown");
        let spec = charts::from_breakdown(&split, lang).expect("breakdown");
        assert_eq!(spec.period, None);
        // The CSV: an empty period cell for the 20.770.
        let csv = charts::indicators_csv(&b, lang, "https://example.org/");
        let sep = charts::separator(lang);
        let row = csv
            .split("\r\n")
            .find(|l| l.contains(&format!("{sep}geestelijke-gezondheid{sep}")))
            .expect("its row");
        assert!(
            row.contains(&format!("{sep}20770{sep}")) && !row.contains(theme_period.unwrap_or("?")),
            "{row}"
        );
    }
    // The page: the indicators the report gives no period show none; one
    // that gives it shows it.
    let nl = page(Lang::Nl);
    for id in ["geestelijke-gezondheid", "heroverwogen-migratieplannen"] {
        let article = element(nl, "article", id);
        assert!(!article.contains("<dt>Periode</dt>"), "{id}: {article}");
        assert!(!article.contains("mid-2018 tot mid-2019"), "{id}");
    }
    let education = element(nl, "article", "onderwijs-en-training");
    assert!(
        education.contains("<dt>Periode</dt><dd>mid-2018 tot mid-2019</dd>"),
        "{education}"
    );
    // The header: the period as the text names it, and nothing more.
    let header = element(nl, "header", "resultaten-print-hint");
    assert!(
        header.contains("<dt>Rapportageperiode</dt><dd>mid-2018 tot mid-2019</dd>"),
        "{header}"
    );
    // That is the period the report states for its results.
    assert!(
        PUBLISHED.contains("In de periode mid-2018 tot mid-2019 zijn goede resultaten geboekt.")
    );
    assert!(PUBLISHED.contains("In deze rapportageperiode"));
    let en_header = element(page(Lang::En), "header", "resultaten-print-hint");
    assert!(
        en_header.contains("<dd>mid-2018 to mid-2019</dd>"),
        "{en_header}"
    );
}

// 3 -------------------------------------------------------------------------

/// The two videos the text refers to ("Bovenstaande video …", "In de video
/// legt Rachid uit …") are recorded as not available, and the page says
/// so where each would be.
#[test]
fn a_video_the_text_refers_to_is_said_to_be_missing() {
    assert!(PUBLISHED.contains("Bovenstaande video legt uit"));
    assert!(PUBLISHED.contains("In de video legt Rachid uit"));
    for (b, lang) in both() {
        for id in ["strength-egypte", "miraa-niger"] {
            let project = b
                .result_areas
                .iter()
                .flat_map(|a| &a.projects)
                .find(|p| p.id == id)
                .expect("project");
            let media = project.media.as_ref().expect("its video is recorded");
            assert_eq!(media.kind, MediaKind::Video);
            assert_eq!(media.src, None, "not in this publication");
            assert!(
                media.caption.is_none() && media.credit.is_none(),
                "the seed gives neither"
            );
            let article = element(page(lang), "article", id);
            assert!(
                article.contains(strings(lang).video_absent),
                "{lang:?} {id}: {article}"
            );
        }
    }
    assert!(strings(Lang::Nl)
        .video_absent
        .contains("niet in deze publicatie"));
    assert!(strings(Lang::En)
        .video_absent
        .contains("not in this publication"));
}

// 4 -------------------------------------------------------------------------

/// The chart of Seefar's later measurement: "Latere meting", and, as the
/// text says, plans given up "naar aanleiding van de campagne".
#[test]
fn the_later_measurement_is_titled_as_the_text_words_it() {
    assert!(PUBLISHED
        .contains("of jongeren hun migratieplan hadden opgegeven naar aanleiding van de campagne"));
    let expected = [
        (
            Lang::Nl,
            "Latere meting: migratieplan opgegeven naar aanleiding van de campagne",
        ),
        (
            Lang::En,
            "Later measurement: migration plan abandoned as a result of the campaign",
        ),
    ];
    for ((b, lang), (l, title)) in both().into_iter().zip(expected) {
        assert_eq!(lang, l);
        let f = &indicator(&b, "heroverwogen-migratieplannen").figures[0];
        assert_eq!(
            f.id, "later-meting-opgegeven-plannen",
            "the id stays: links keep their place"
        );
        assert_eq!(f.title, title);
    }
    assert!(!NL_2019.contains("Later meting"));
}

// 5 -------------------------------------------------------------------------

/// 2.873 migrants helped, 2.716 who returned and 1.809 helped to
/// reintegrate are three separate groups, not steps of one: each value
/// says what it counts, so no chart draws them side by side as a funnel.
#[test]
fn the_three_migrant_groups_are_never_one_comparison() {
    let ids = [
        "levensreddende-hulp",
        "vrijwillige-terugkeer",
        "herintegratie",
    ];
    for (b, lang) in both() {
        let counts: Vec<&str> = ids
            .iter()
            .map(|id| {
                let q = indicator(&b, id).value.as_ref().expect("value");
                q.counts.as_deref().expect("counts")
            })
            .collect();
        for (i, a) in counts.iter().enumerate() {
            for b in &counts[i + 1..] {
                assert_ne!(a, b, "{lang:?}: {counts:?}");
            }
        }
        let specs = charts::area_indicators(&b.result_areas[1], lang);
        assert!(specs.is_empty(), "{lang:?}: {specs:?}");
        for spec in charts::every(&b, lang) {
            let drawn: Vec<f64> = spec.rows.iter().map(|r| r.value).collect();
            let together = [2873.0, 2716.0, 1809.0]
                .iter()
                .filter(|v| drawn.contains(v))
                .count();
            assert!(together <= 1, "{}: {drawn:?}", spec.id);
        }
    }
    assert!(!page(Lang::Nl).contains("chart-migratiesamenwerking-indicators"));
}

// 6 -------------------------------------------------------------------------

/// "(zie ook uitgelicht project)" in the education text means the UNICEF
/// project in Iraq, not the page's "Uitgelicht project": the words link
/// to that project's element, in both languages.
#[test]
fn see_also_featured_project_links_the_unicef_project() {
    let words = [
        (Lang::Nl, "uitgelicht project"),
        (Lang::En, "featured project"),
    ];
    for ((b, lang), (_, text)) in both().into_iter().zip(words) {
        let project = b
            .result_areas
            .iter()
            .flat_map(|a| &a.projects)
            .find(|p| p.partner.as_deref() == Some("UNICEF"))
            .expect("the UNICEF project");
        let href = format!("#{}", project.id);
        let narrative = &indicator(&b, "onderwijs-en-training").narrative;
        let links: Vec<(&str, Option<&str>)> = narrative
            .iter()
            .flat_map(|block| match block {
                Block::Paragraph { content } => content.as_slice(),
                _ => &[],
            })
            .filter_map(|i| match i {
                Inline::Link { text, href } => Some((text.as_str(), href.as_deref())),
                _ => None,
            })
            .collect();
        assert_eq!(links, [(text, Some(href.as_str()))], "{lang:?}");
        let html = page(lang);
        assert!(
            html.contains(&format!("<a href=\"{href}\">{text}</a>")),
            "{lang:?}"
        );
        assert!(html.contains(&format!("id=\"{}\"", project.id)));
    }
    // The Dutch text still reads exactly as published.
    let b = shipped();
    let text = block_text(&indicator(&b, "onderwijs-en-training").narrative[0]);
    assert!(
        text.ends_with("met UNICEF in Irak (zie ook uitgelicht project)."),
        "{text}"
    );
    assert!(PUBLISHED.contains(&text));
}

// 7 -------------------------------------------------------------------------

/// The print button standing in for "Download PDF-document met alle
/// resultaten" prints this page only, and the page says so.
#[test]
fn the_print_instead_of_the_pdf_says_it_is_this_page_only() {
    let nl = page(Lang::Nl);
    let at = nl
        .find("Download PDF-document met alle resultaten")
        .expect("the resource");
    let rest = &nl[at..];
    let note = rest
        .find(strings(Lang::Nl).print_instead)
        .expect("its note");
    let button = rest.find("print-button").expect("its button");
    assert!(note < button, "the note comes before the button");
    for lang in [Lang::Nl, Lang::En] {
        assert!(page(lang).contains(strings(lang).print_instead));
    }
    assert!(strings(Lang::Nl)
        .print_instead
        .contains("alleen deze pagina"));
    assert!(strings(Lang::Nl)
        .print_instead
        .contains("niet het overzicht met alle resultaten"));
    assert!(strings(Lang::En).print_instead.contains("only this page"));
    assert!(strings(Lang::En)
        .print_instead
        .contains("not the overview of all results"));
}

// 8 -------------------------------------------------------------------------

/// Without amounts, the spending note is introduced as explaining the
/// figures that are missing, between "Geen cijfers beschikbaar" and the
/// note's "Dit zijn de financiële uitgaven …".
#[test]
fn the_spending_note_explains_the_missing_figures() {
    let cases = [
        (
            Lang::Nl,
            "Geen cijfers beschikbaar",
            "Dit zijn de financiële uitgaven",
        ),
        (
            Lang::En,
            "No figures available",
            "These are the financial expenditures",
        ),
    ];
    for (lang, none, note) in cases {
        let html = page(lang);
        let section = &html[html.find("class=\"spending\"").expect("spending")..];
        let a = section.find(none).expect("no figures");
        let b = section
            .find(strings(lang).spending_note_intro)
            .expect("the introduction");
        let c = section
            .find(note)
            .unwrap_or_else(|| panic!("the note: {section}"));
        assert!(a < b && b < c, "{lang:?}");
    }
    // With amounts (MADE-UP, as in tests/fixtures), the chart shows them and
    // the note needs no introduction.
    let mut sp = shipped().spending.expect("spending");
    sp.channels = serde_json::from_str(r#"[{"channel": "verzonnen", "amount": 1}]"#).ok();
    let owner = Owner::new();
    let html = owner.with(|| view! { <SpendingView spending=sp lang=Lang::Nl /> }.to_html());
    assert!(html.contains("Dit zijn de financiële uitgaven"), "{html}");
    assert!(
        !html.contains(strings(Lang::Nl).spending_note_intro),
        "{html}"
    );
    assert!(!html.contains("Geen cijfers beschikbaar"), "{html}");
}

// The English bundle ----------------------------------------------------------

/// Texts that are the same in both shipped languages: names and credits.
/// Any other text that is identical in Dutch and English was probably not
/// translated.
const SAME_IN_BOTH: &[&str] = &[
    "Theory of Change",
    "UNICEF",
    "Niger",
    "IOM",
    "UNHCR/Diana Diaz",
    "IOM/Alioune Ndiaye",
];

/// The English bundle says what the Dutch one says: the same shape,
/// numbers, nulls, ids and in-page links, and the same numbers written in
/// each text (Dutch 240.000, English 240,000). A correction of the Dutch
/// is made in the English too, or this fails.
#[test]
fn the_english_bundle_has_the_dutch_ones_shape_and_numbers() {
    let (nl, en) = (pair::json("nl", NL_2019), pair::json("en", EN_2019));
    pair::assert_none(
        "difference(s) between Dutch and English",
        THEME,
        pair::differences(&nl, &en),
    );
}

/// No English text still reads as Dutch, nor is left the same as the
/// Dutch unless it is a name.
#[test]
fn the_english_bundle_is_translated() {
    let (nl, en) = (pair::json("nl", NL_2019), pair::json("en", EN_2019));
    pair::assert_none(
        "English text(s) that look untranslated",
        THEME,
        pair::untranslated(&nl, &en, SAME_IN_BOTH),
    );
}

// The report's parts and figures ------------------------------------------------

/// The 2019 page as published: five highlights, two result areas with
/// eight indicators, every one on track.
#[test]
fn the_shipped_bundle_has_the_reports_parts() {
    for (b, _) in both() {
        assert_eq!(b.schema_version, "1.1");
        assert_eq!(b.theme.year, 2019);
        assert_eq!(b.highlights.len(), 5);
        assert_eq!(b.result_areas.len(), 2);
        let indicators: usize = b.result_areas.iter().map(|a| a.indicators.len()).sum();
        assert_eq!(indicators, 8);
        assert!(b
            .result_areas
            .iter()
            .flat_map(|a| &a.indicators)
            .all(|i| i.status == Status::OnTrack));
    }
    assert_eq!(shipped().theme.language, "nl");
    assert_eq!(shipped_en().theme.language, "en");
}

/// Every indicator's figure as the report gives it, as a JSON number.
#[test]
fn every_indicator_figure_is_the_reports() {
    let v: serde_json::Value = serde_json::from_str(NL_2019).expect("JSON");
    let first = &v["result_areas"][0]["indicators"][0]["value"]["value"];
    assert_eq!(
        first,
        &serde_json::json!(240000),
        "indicator values are JSON numbers"
    );
    assert_eq!(v["highlights"][0]["value"], serde_json::json!(240000));
    for (b, _) in both() {
        let values: Vec<f64> = b
            .result_areas
            .iter()
            .flat_map(|a| &a.indicators)
            .filter_map(|i| i.value.as_ref().map(|q| q.value))
            .collect();
        assert_eq!(
            values,
            // 10.125: the Seefar indicator's figure, as its text states it.
            vec![240000.0, 36360.0, 20770.0, 2873.0, 182.0, 10125.0, 2716.0, 1809.0]
        );
        let highlights: Vec<f64> = b.highlights.iter().map(|h| h.value).collect();
        assert_eq!(highlights, [240000.0, 40000.0, 20000.0, 10000.0, 2700.0]);
    }
}

/// What the source names without giving is recorded as not available, not
/// invented: no addresses of the resources, no amounts per channel (so no
/// spending chart), no photo or video files, no date of the last change,
/// and no address for the PDF, which printing the page stands in for.
#[test]
fn what_the_report_does_not_give_is_recorded_as_not_available() {
    for (b, lang) in both() {
        assert!(
            b.resources.iter().all(|r| r.href.is_none()),
            "no invented addresses"
        );
        let sp = b.spending.as_ref().expect("spending section");
        assert!(sp.channels.is_none(), "no invented amounts per channel");
        assert!(charts::spending(sp, lang).is_none());
        let media: Vec<_> = b
            .result_areas
            .iter()
            .flat_map(|a| {
                a.photo
                    .iter()
                    .chain(a.projects.iter().filter_map(|p| p.media.as_ref()))
            })
            .collect();
        assert!(!media.is_empty());
        assert!(
            media.iter().all(|m| m.src.is_none()),
            "no invented photo or video files"
        );
        assert!(b.theme.last_updated.is_none());
    }
    let b = shipped();
    let pdf = b
        .downloads_and_links
        .as_ref()
        .expect("downloads")
        .links
        .iter()
        .find(|r| r.title == "Resultatenoverzicht")
        .expect("the PDF");
    assert_eq!(pdf.href, None, "the seed gives no address for the PDF");
    assert_eq!(pdf.alternative, Some(Alternative::Print));
}

/// Issue 25, item 4: "Als grafiek" holds all five highlights, each with
/// its figure as the page states it, in the drawing, the table, the CSV and
/// the summary; grouped by what they count, so the young people and the
/// migrants are not drawn as more of the same people.
#[test]
fn the_highlights_chart_draws_all_five_highlights_as_worded() {
    let cases = [
        (
            shipped(),
            Lang::Nl,
            [
                "Meer dan 240.000",
                "Bijna 40.000",
                "20.000",
                "Meer dan 10.000",
                "Ruim 2.700",
            ],
            ["Personen", "Potentiële migranten", "Migranten"],
        ),
        (
            shipped_en(),
            Lang::En,
            [
                "More than 240,000",
                "Almost 40,000",
                "20,000",
                "More than 10,000",
                "Over 2,700",
            ],
            ["People", "Potential migrants", "Migrants"],
        ),
    ];
    for (b, lang, stated, groups) in cases {
        let spec = charts::highlights(&b, lang).expect("highlights chart");
        assert_eq!(spec.rows.len(), 5, "{:?}", spec.rows);
        let texts = text_labels(&render_svg(&spec, lang, WIDTH));
        let table = data_table(&spec, lang);
        let csv = chart_csv(&spec, lang);
        let summary = spec.summary(lang);
        for figure in stated {
            assert!(
                texts.iter().any(|t| t == figure),
                "{figure} not drawn: {texts:?}"
            );
            assert!(
                table.rows.iter().any(|r| r.formatted == figure),
                "{figure} not in the table"
            );
            assert!(csv.contains(figure), "{figure} not in the CSV:\n{csv}");
            assert!(summary.contains(figure), "{figure} not in {summary}");
        }
        for group in groups {
            assert!(
                texts.iter().any(|t| t == group),
                "no heading {group}: {texts:?}"
            );
        }
        // "Bijna 40.000" is never drawn as a bare 40.000, above an area chart
        // that shows 36.360.
        assert!(
            !texts.iter().any(|t| t == "40.000" || t == "40,000"),
            "{texts:?}"
        );
        // Every highlight is drawn: none is listed as not drawn.
        assert!(spec.rows.iter().all(|r| r.absent.is_none()));
    }
}

/// The income indicator compares the earlier 4.000 with this period's
/// 36.360, as the report does, in the chart and its table.
#[test]
fn the_income_indicator_compares_4000_with_36360() {
    let b = shipped();
    let ind = indicator(&b, "inkomensgenererende-activiteiten");
    let spec = charts::indicator_comparison(ind, Lang::Nl).expect("comparison");
    assert_eq!(spec.kind, ChartKind::Comparison);
    let texts = text_labels(&render_svg(&spec, Lang::Nl, WIDTH));
    assert_eq!(
        texts,
        vec![
            "vorige verslagperiode",
            "4.000",
            "mid-2018 tot mid-2019",
            "36.360"
        ]
    );
    let t = data_table(&spec, Lang::Nl);
    assert_eq!(t.caption, ind.title);
    assert_eq!(t.value_header, "Waarde (personen)");
    let rows: Vec<(&str, &str, &str)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.label.as_str(),
                r.formatted.as_str(),
                r.data_value.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("vorige verslagperiode", "4.000", "4000"),
            ("mid-2018 tot mid-2019", "36.360", "36360")
        ]
    );
    assert_eq!(data_table(&spec, Lang::En).rows[1].formatted, "36,360");
}

/// The effects of Migrants as Messengers against the control group, +19%,
/// +25% and −20%, drawn either side of zero, with the report's words.
#[test]
fn the_control_group_effects_diverge_around_zero() {
    let b = shipped();
    let fig = &b.result_areas[1]
        .progress
        .as_ref()
        .expect("progress")
        .figures[0];
    let spec = charts::from_dataset(fig);
    assert_eq!(spec.kind, ChartKind::Diverging);
    for lang in [Lang::Nl, Lang::En] {
        let texts = text_labels(&render_svg(&spec, lang, WIDTH));
        for v in ["+19%", "+25%", "\u{2212}20%"] {
            assert!(texts.iter().any(|t| t == v), "{v} missing from {texts:?}");
        }
    }
    assert_eq!(
        spec.summary(Lang::Nl),
        "Effect van film en discussie (campagne Migrants as Messengers) op jongeren, ten opzichte van de controlegroep \
         (verschil met de controlegroep): Voelen zich beter geïnformeerd over de risico’s +19%; \
         Zijn zich meer bewust van de daadwerkelijk bestaande risico’s +25%; \
         Geven aan van plan te zijn irregulier te migreren in de komende twee jaar \u{2212}20%."
    );
    let t = data_table(&spec, Lang::Nl);
    assert_eq!(t.value_header, "Waarde (verschil met de controlegroep, %)");
    let values: Vec<&str> = t.rows.iter().map(|r| r.data_value.as_str()).collect();
    assert_eq!(values, ["19", "25", "-20"]);
}

/// Opvang in de regio's indicators side by side: the 240.000, 36.360 and
/// 20.770 people.
#[test]
fn the_first_areas_chart_holds_its_three_figures() {
    let b = shipped();
    let specs = charts::area_indicators(&b.result_areas[0], Lang::Nl);
    assert_eq!(specs.len(), 1, "one kind of thing counted: people");
    assert_eq!(specs[0].unit.as_deref(), Some("personen"));
    let texts = text_labels(&render_svg(&specs[0], Lang::Nl, WIDTH));
    let values: Vec<&String> = texts
        .iter()
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(values, ["240.000", "36.360", "20.770"]);
}

/// Seefar's later measurement is two cuts of one measurement, Europe
/// first, as the report gives them: bars, not a funnel (1.962 is a cut of
/// the 2.974, not a step after it), and neither 43.000 nor 10.125, which
/// are not Seefar's later measurement.
#[test]
fn the_seefar_chart_is_two_cuts_of_the_later_measurement_europe_first() {
    for (b, lang, summary, values) in [
        (shipped(), Lang::Nl, "Latere meting: migratieplan opgegeven naar aanleiding van de campagne (jongeren): Naar Europa 1.962; Alle bestemmingen 2.974.", ["1.962", "2.974"]),
        (shipped_en(), Lang::En, "Later measurement: migration plan abandoned as a result of the campaign (young people): To Europe 1,962; All destinations 2,974.", ["1,962", "2,974"]),
    ] {
        let ind = indicator(&b, "heroverwogen-migratieplannen");
        assert_eq!(ind.figures.len(), 1);
        let f = &ind.figures[0];
        assert_eq!(f.kind, ChartKind::Bars);
        let points: Vec<f64> = f.points.iter().map(|p| p.value).collect();
        assert_eq!(points, [1962.0, 2974.0]);
        let spec = charts::from_dataset(f);
        assert_eq!(spec.message(lang), None, "no \"from … to\" message: no step follows another");
        assert_eq!(spec.summary(lang), summary);
        let svg = render_svg(&spec, lang, WIDTH);
        let shown: Vec<String> = text_labels(&svg)
            .into_iter()
            .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        assert_eq!(shown, values);
        assert!(!svg.contains("43.000") && !svg.contains("43,000") && !svg.contains("10.125"));
    }
}

/// The indicators' CSV holds the report's rows: the income indicator with
/// its earlier value, and the Seefar indicator with the figure its text
/// gives (issue 17), without a period (issue 25).
#[test]
fn the_indicators_csv_holds_the_reports_rows() {
    const PAGE: &str = "https://example.org/nl/2019/opvang-in-de-regio-en-migratiesamenwerking/";
    const SOURCE: &str =
        "Resultatenrapportage ontwikkelingssamenwerking 2019: Opvang in de regio en migratiesamenwerking";
    let b = shipped();
    let csv = charts::indicators_csv(&b, Lang::Nl, PAGE);
    let lines: Vec<&str> = csv[3..].split("\r\n").collect();
    assert!(
        lines.contains(
            &format!("opvang-in-de-regio;Opvang in de regio;inkomensgenererende-activiteiten;\
          Aantal mensen ondersteund in het ontwikkelen van inkomsten genererende activiteiten;\
          Op schema;36360;personen;aantal;mid-2018 tot mid-2019;vorige verslagperiode;4000;;;;{SOURCE};{PAGE}")
            .as_str()
        ),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "migratiesamenwerking;Migratiesamenwerking;heroverwogen-migratieplannen;"
        ) && l.ends_with(&format!(
            ";Op schema;10125;mensen;aantal;;;;;;;{SOURCE};{PAGE}"
        ))),
        "{lines:#?}"
    );
    let values: Vec<&str> = lines[1..]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.split(';').nth(5).unwrap_or_default())
        .collect();
    assert_eq!(
        values,
        ["240000", "36360", "20770", "2873", "182", "10125", "2716", "1809"]
    );
    let en = charts::indicators_csv(&b, Lang::En, PAGE);
    assert!(en.contains(",On track,36360,personen,count,"), "{en}");
    assert!(en.contains(",\"Aantal potentiële migranten"), "{en}");
}

/// The shipped page's charts, in the page's order: the highlights, the
/// first area's indicators, the income comparison, Seefar's later
/// measurement and the control-group effects; each, each area and the
/// page have an embed page, in both languages (16 in all).
#[test]
fn the_shipped_pages_draw_the_reports_charts() {
    let charts_of_the_page = [
        "chart-highlights",
        "chart-opvang-in-de-regio-indicators",
        "chart-inkomensgenererende-activiteiten",
        "chart-later-meting-opgegeven-plannen",
        "chart-migrants-as-messengers-effect",
    ];
    for (b, lang) in both() {
        let ids: Vec<String> = charts::every(&b, lang).into_iter().map(|c| c.id).collect();
        assert_eq!(ids, charts_of_the_page, "{lang:?}");
    }
    let mut embeds = 0;
    for lang in ["nl", "en"] {
        let embed = site().join(format!("{lang}/2019/{THEME}/embed"));
        let mut pieces: Vec<String> = std::fs::read_dir(&embed)
            .unwrap_or_else(|e| panic!("{}: {e}", embed.display()))
            .flatten()
            .filter(|e| e.path().join("index.html").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        pieces.sort();
        let mut expected: Vec<String> = charts_of_the_page
            .iter()
            .chain(&["opvang-in-de-regio", "migratiesamenwerking"])
            .map(|p| p.to_string())
            .collect();
        expected.sort();
        assert_eq!(pieces, expected, "{lang}");
        assert!(embed.join("index.html").is_file(), "{lang}: the page's own");
        embeds += pieces.len() + 1;
    }
    assert_eq!(embeds, 16);
}

/// The head of the shipped page names the theme and the year, and its
/// description is the introduction's opening words.
#[test]
fn the_shipped_pages_head_names_the_theme() {
    let nl = page(Lang::Nl);
    assert!(nl.contains("<title>Opvang in de regio en migratiesamenwerking | Resultaten 2019 | Resultatenrapportage ontwikkelingssamenwerking</title>"));
    assert!(nl.contains("<meta name=\"description\" content=\"De aandacht voor de omstandigheden"));
    let en = page(Lang::En);
    assert!(en.contains("<title>Prospects for refugees and migration cooperation | "));
}

/// The shipped catalog publishes the theme in 2019 only, in Dutch and in
/// English, each under its official title.
#[test]
fn the_catalog_publishes_the_theme_in_2019_in_both_languages() {
    let catalog = match parse_catalog(include_str!("../public/data/index.json")) {
        Ok(c) => c,
        Err(e) => panic!("the shipped catalog does not validate: {e}"),
    };
    let nl = catalog.find(THEME, 2019, "nl").expect("nl 2019");
    assert_eq!(nl.title, "Opvang in de regio en migratiesamenwerking");
    assert_eq!(nl.path, format!("2019/nl/{THEME}.json"));
    let en = catalog.find(THEME, 2019, "en").expect("en 2019");
    assert_eq!(en.title, "Prospects for refugees and migration cooperation");
    assert_eq!(en.path, format!("2019/en/{THEME}.json"));
    assert_eq!(catalog.years(THEME, "nl"), [2019]);
    assert_eq!(catalog.years(THEME, "en"), [2019]);
}
