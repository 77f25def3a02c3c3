//! The build's pages, rendered natively by the app's own components
//! (`resultaten::prerender`), into a temporary copy of the made-up fixture
//! site (tests/fixtures/site/: one theme, 2019 in Dutch and English, 2020
//! in Dutch) with the repository's `index.html` as Trunk writes it as the
//! template: every page renders without calling the browser (which panics
//! natively), holds what the bundle says, links its neighbours at their
//! static addresses, and carries its facts for the scripts. That the
//! shipped catalog renders, and what its pages hold, is checked in
//! tests/fidelity.rs, which builds it the same way.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::Path;

use common::{fixture_dist as dist, FIXTURE_THEME as THEME};
use resultaten::catalog::parse_catalog;
use resultaten::prerender::{self, site_url, Template};

fn page(dist: &Path, path: &str) -> String {
    std::fs::read_to_string(dist.join(path).join("index.html"))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn build(dist: &Path, site: Option<&str>) -> prerender::Report {
    prerender::build(dist, site).unwrap_or_else(|e| panic!("build: {e}"))
}

#[test]
fn every_page_of_the_catalog_is_rendered_and_recorded() {
    let dist = dist("render-all");
    let report = build(&dist, None);
    let paths: Vec<&str> = report
        .pages
        .iter()
        .filter(|p| !p.embed)
        .map(|p| p.path.as_str())
        .collect();
    let nl = format!("nl/2019/{THEME}/");
    let en = format!("en/2019/{THEME}/");
    let nl_2020 = format!("nl/2020/{THEME}/");
    assert_eq!(
        paths,
        ["./", "en/", nl.as_str(), en.as_str(), nl_2020.as_str()]
    );
    // Each theme page's embed form, its areas and its charts: for the
    // made-up 2019 page, its 2 areas and 4 charts (the highlights, the
    // water area's two counts of people side by side, the water points
    // against their earlier value and target, and sanitation by region).
    let pieces = [
        "",
        "gebied-water/",
        "gebied-scholen/",
        "chart-highlights/",
        "chart-gebied-water-indicators/",
        "chart-waterpunten/",
        "chart-sanitair-per-regio/",
    ];
    for piece in pieces {
        assert!(
            dist.join(&nl)
                .join("embed")
                .join(piece)
                .join("index.html")
                .is_file(),
            "{piece}"
        );
    }
    let embeds_of = |page: &str| {
        report
            .pages
            .iter()
            .filter(|p| p.embed && p.path.starts_with(page))
            .count()
    };
    assert_eq!(embeds_of(&nl), pieces.len());
    assert_eq!(embeds_of(&en), pieces.len());
    assert_eq!(
        report.pages.iter().filter(|p| p.embed).count(),
        embeds_of(&nl) + embeds_of(&en) + embeds_of(&nl_2020)
    );
    // The heights' file exists, empty until make embed-heights fills it.
    assert_eq!(
        std::fs::read_to_string(dist.join(&nl).join("embed/heights.json")).expect("heights"),
        "{}\n"
    );
    // The published catalog records them, and still reads as a catalog.
    let catalog =
        parse_catalog(&std::fs::read_to_string(dist.join("data/index.json")).expect("catalog"))
            .expect("the published catalog is valid");
    let pages: Vec<_> = catalog.bundles.iter().map(|e| e.page.as_deref()).collect();
    assert_eq!(
        pages,
        [Some(nl.as_str()), Some(en.as_str()), Some(nl_2020.as_str())]
    );
    for page in ["./", "en/", nl.as_str(), en.as_str(), nl_2020.as_str()] {
        assert!(catalog.has_page(page), "{page}");
    }
    assert!(!catalog.has_page("nl/2018/x/"));
    // Trunk's index.html is kept as the app's shell; index.html is now the
    // Dutch overview, and a second build reads the shell.
    assert!(std::fs::read_to_string(dist.join("app.html"))
        .expect("app.html")
        .contains("resultaten-boot"));
    assert!(page(&dist, "./").contains("data-resultaten-page=\"lang=nl\""));
    build(&dist, None);
    assert!(page(&dist, "./").contains("data-resultaten-page=\"lang=nl\""));
}

#[test]
fn a_theme_page_holds_every_area_built_and_both_drawings_of_each_chart() {
    let dist = dist("render-page");
    build(&dist, None);
    let html = page(&dist, &format!("nl/2019/{THEME}/"));
    let bundle = resultaten::bundle::parse(
        &std::fs::read_to_string(format!("tests/fixtures/site/data/2019/nl/{THEME}.json"))
            .expect("bundle"),
    )
    .expect("bundle");
    // Every area is a closed <details>, its summary the toggle; every
    // indicator of every area is in the page, for readers without script
    // and for find-in-page.
    for area in &bundle.result_areas {
        let details = format!("<details id=\"{}-panel\" class=\"area-details\">", area.id);
        assert!(html.contains(&details), "{}: {details}", area.id);
        let at = html.find(&details).expect("the area");
        assert!(
            html[at + details.len()..].starts_with("<summary class=\"area-toggle\">"),
            "{}: the summary comes first",
            area.id
        );
        for ind in &area.indicators {
            assert!(
                html.contains(&format!("id=\"{}\"", ind.id)),
                "indicator {}",
                ind.id
            );
        }
    }
    assert_eq!(
        html.matches("<details ").count(),
        bundle.result_areas.len(),
        "one <details> per area (\"Insluiten\" is a link to its own page)"
    );
    assert!(
        !html.contains("<details open") && !html.contains(" open>"),
        "every area starts closed"
    );
    assert!(
        !html.contains("hidden=\"until-found\""),
        "the platform's <details> hides a closed area, and find-in-page opens it"
    );
    // Every chart, in an area or not, has a drawing for a phone and one
    // for a wide screen, at the widths the app draws there, so an area
    // opened before the app keeps its size.
    let charts = resultaten::charts::every(&bundle, resultaten::i18n::Lang::Nl).len();
    assert_eq!(html.matches("class=\"chart-svg--narrow\"").count(), charts);
    assert_eq!(html.matches("class=\"chart-svg--wide\"").count(), charts);
    assert!(
        html.contains(r#"class="chart-svg--narrow" viewBox="0 0 354 "#),
        "highlights' chart at 412 px"
    );
    assert!(html.contains(r#"class="chart-svg--wide" viewBox="0 0 640 "#));
    let panel = &html[html.find("area-panel").expect("a panel")..];
    assert!(
        panel.contains(r#"class="chart-svg--narrow" viewBox="0 0 370 "#),
        "an area's chart at 412 px"
    );
    assert!(
        panel.contains(r#"class="chart-svg--wide" viewBox="0 0 640 "#),
        "and wide"
    );
    // Its head: title, description and link preview. Without SITE_URL no
    // canonical, hreflang or og:url address, which must be absolute
    // (issue 33; with SITE_URL, below, all three are).
    assert!(html.contains(
        "<title>Verzonnen thema | Resultaten 2019 | Resultatenrapportage ontwikkelingssamenwerking</title>"
    ));
    assert!(html.contains("<html lang=\"nl\""));
    for every in build_pages(&dist) {
        assert!(
            !every.contains("rel=\"canonical\""),
            "no relative canonical"
        );
        assert!(!every.contains("rel=\"alternate\""), "no relative hreflang");
    }
    assert!(html
        .contains("<meta name=\"description\" content=\"Dit is verzonnen tekst over de inleiding"));
    assert!(!html.contains("og:url"));
    assert_eq!(
        html.matches("<meta name=\"description\"").count(),
        1,
        "the template's own description goes"
    );
    // No early fetch of the app's code, and no style attribute anywhere.
    assert!(!html.contains("modulepreload") && !html.contains(" style="));
    // Not the overview's script, nor its boot screen.
    assert!(!html.contains("<script src=\"boot.js\">") && !html.contains("id=\"resultaten-boot\""));
}

#[test]
fn links_go_to_the_rendered_pages() {
    let dist = dist("render-links");
    build(&dist, None);
    let nl = page(&dist, &format!("nl/2019/{THEME}/"));
    // The overview, the other language, the file addresses: from the page's
    // folder.
    assert!(nl.contains("<a href=\"../../../\">Resultaten per thema</a>"));
    assert!(nl.contains(&format!(
        "href=\"../../../en/2019/{THEME}/\" hreflang=\"en\""
    )));
    assert!(nl.contains("href=\"../../../no-script.css\""));
    // The overview: each theme's whole title is its link, to its newest
    // year (2020 in Dutch); its other language at its own static address.
    let overview = page(&dist, "./");
    assert!(
        overview.contains(&format!(
            "<a href=\"nl/2020/{THEME}/\">Verzonnen thema</a></h2>"
        )),
        "{overview}"
    );
    assert!(overview.contains("href=\"en/\" hreflang=\"en\""));
    let english = page(&dist, "en/");
    assert!(english.contains("<html lang=\"en\""));
    // The English overview: the theme under its English title, linked to
    // its newest year, which is in Dutch only (and says so), and its
    // English year at its own static address.
    assert!(english.contains(&format!(
        "<h2 id=\"thema-{THEME}\"><a href=\"../nl/2020/{THEME}/\" hreflang=\"nl\">Made-up theme</a></h2>"
    )));
    assert!(english.contains("</a><span class=\"overview-only\"> (only in Dutch)</span>"));
    assert!(english.contains(&format!(
        "<a href=\"../en/2019/{THEME}/\">2019<span class=\"visually-hidden\">: Made-up theme</span></a>"
    )));
    assert!(english.contains("href=\"../\" hreflang=\"nl\""));
    // A piece links to its whole page, in the top window.
    let piece = page(&dist, &format!("nl/2019/{THEME}/embed/chart-highlights/"));
    assert!(
        piece.contains(&format!(
            "href=\"../../../../../nl/2019/{THEME}/\" target=\"_top\""
        )),
        "{piece}"
    );
    assert!(piece.contains("<meta name=\"robots\" content=\"noindex\">"));
}

#[test]
fn the_overview_keeps_the_boot_screen_for_addresses_with_a_query() {
    let dist = dist("render-overview");
    build(&dist, None);
    let html = page(&dist, "./");
    let boot = html
        .find("<script src=\"boot.js\"></script>")
        .expect("boot.js");
    assert!(
        boot < html.find("rel=\"stylesheet\"").expect("a stylesheet"),
        "before the stylesheets"
    );
    let root = html.find("data-resultaten-page").expect("static root");
    assert!(
        html.find("id=\"resultaten-boot\"").expect("boot screen") > root,
        "after the page"
    );
    assert!(
        !html.contains("<noscript>\n        <p class=\"noscript\">"),
        "the overview needs no notice"
    );
}

#[test]
fn pages_carry_their_facts_for_the_scripts() {
    let dist = dist("render-facts");
    build(&dist, None);
    let html = page(&dist, &format!("en/2019/{THEME}/"));
    for fact in [
        "data-base=\"../../../\"",
        "data-app=\"../../../\"",
        &format!("data-page=\"en/2019/{THEME}/\""),
        "data-lang=\"en\"",
        &format!("data-theme=\"{THEME}\""),
        "data-year=\"2019\"",
        // The static root names the catalog and the bundle, for the
        // loader to fetch early.
        &format!("data-preload=\"../../../data/index.json ../../../data/2019/en/{THEME}.json\""),
        &format!("data-embed-heights=\"en/2019/{THEME}/embed/heights.json\""),
        // Each "Insluiten" names its frame's pre-rendered address.
        &format!("data-src=\"en/2019/{THEME}/embed/chart-highlights/\""),
        &format!("data-src=\"en/2019/{THEME}/embed/\""),
    ] {
        assert!(html.contains(fact), "{fact}");
    }
}

#[test]
fn with_site_url_the_addresses_are_absolute_under_it() {
    let dist = dist("render-site");
    let site = site_url("https://www.example.org/resultaten").expect("valid");
    assert_eq!(site.as_deref(), Some("https://www.example.org/resultaten/"));
    let report = build(&dist, site.as_deref());
    assert_eq!(report.site, site);
    let html = page(&dist, &format!("nl/2019/{THEME}/"));
    let page_url = format!("https://www.example.org/resultaten/nl/2019/{THEME}/");
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{page_url}\">")));
    assert!(html.contains(&format!(
        "<meta property=\"og:url\" content=\"{page_url}\">"
    )));
    assert!(html.contains(&format!(
        "hreflang=\"en\" href=\"https://www.example.org/resultaten/en/2019/{THEME}/\">"
    )));
    assert!(html.contains("<html data-site=\"https://www.example.org/resultaten/\" lang=\"nl\""));
    assert!(html.contains("data-app=\"https://www.example.org/resultaten/\""));
    // Links between pages stay relative, so the site works wherever it is.
    assert!(html.contains("<a href=\"../../../\">Resultaten per thema</a>"));
}

#[test]
fn site_url_must_be_a_plain_http_address() {
    assert_eq!(site_url("").expect("empty is none"), None);
    assert_eq!(
        site_url("http://localhost:8080").expect("ok").as_deref(),
        Some("http://localhost:8080/")
    );
    for bad in [
        "www.example.org",
        "ftp://x/",
        "https://",
        "https://a/?q=1",
        "https://a/#f",
        "https://u:p@a/",
        "javascript:alert(1)",
    ] {
        assert!(site_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_broken_bundle_stops_the_build_with_its_place() {
    let dist = dist("render-broken");
    let file = dist.join(format!("data/2019/nl/{THEME}.json"));
    let text =
        std::fs::read_to_string(&file)
            .expect("bundle")
            .replacen("\"on_track\"", "\"done\"", 1);
    std::fs::write(&file, text).expect("write");
    let e = prerender::build(&dist, None).expect_err("a broken bundle fails the build");
    assert!(
        e.to_string().contains(&format!("2019/nl/{THEME}.json")),
        "{e}"
    );
    assert!(e.to_string().contains("status"), "{e}");
}

#[test]
fn the_template_must_be_trunks_index() {
    assert!(Template::new("<html><body></body></html>".into()).is_err());
    let dist = dist("render-no-shell");
    build(&dist, None);
    // A rendered index.html without the shell beside it: trunk build first.
    std::fs::remove_file(dist.join("app.html")).expect("remove");
    let e = prerender::build(&dist, None).expect_err("no template");
    assert!(e.to_string().contains("trunk build"), "{e}");
}

/// Every page a build wrote into `dist`.
fn build_pages(dist: &Path) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.file_name().is_some_and(|n| n == "index.html") {
                out.push(std::fs::read_to_string(&path).expect("page"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dist, &mut out);
    assert!(out.len() > 5, "pages: {}", out.len());
    out
}
