//! Issue 25, point 6: the fact-check of the 2019 page against the published
//! text (tests/fixtures/published). One test per item, on both shipped
//! bundles, and on the pages the native renderer builds from them
//! (`resultaten::prerender`, as `make build` does), so wording the
//! components add is checked too.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{shipped, shipped_en};
use leptos::prelude::*;
use resultaten::bundle::{Block, Bundle, Indicator, Inline, MediaKind};
use resultaten::charts;
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

/// The Dutch and English theme pages, rendered once for this file.
fn pages() -> &'static (String, String) {
    static PAGES: OnceLock<(String, String)> = OnceLock::new();
    PAGES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fidelity");
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(Path::new("public/data"), &dir.join("data"));
        std::fs::copy("index.html", dir.join("index.html")).expect("index.html");
        if let Err(e) = resultaten::prerender::build(&dir, None) {
            panic!("build: {e}");
        }
        let read = |lang: &str| -> String {
            let path: PathBuf = dir.join(format!("{lang}/2019/{THEME}/index.html"));
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

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
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
        !common::EN_2019
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
    assert!(!common::NL_2019.contains("Later meting"));
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
