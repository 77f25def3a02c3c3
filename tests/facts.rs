//! A page's facts (`resultaten::facts`) and the addresses they are made of
//! (`resultaten::route`): worked out once, in Rust, for the app, the build
//! and the scripts that read them. On the made-up fixture site's catalog
//! (tests/fixtures/site/): the theme in 2019 in Dutch and English, and in
//! 2020 in Dutch.

mod common;

use common::{FIXTURE_CATALOG, FIXTURE_THEME as THEME};
use resultaten::catalog::{parse_catalog, Catalog};
use resultaten::facts::{AppBase, PageFacts};
use resultaten::i18n::Lang;
use resultaten::route::{self, Route};

/// The fixture catalog, as the build publishes it: every page rendered.
fn rendered() -> Catalog {
    let mut c = parse_catalog(FIXTURE_CATALOG).expect("catalog");
    for e in &mut c.bundles {
        e.page = Some(e.static_page());
    }
    c
}

fn app(base: &str) -> AppBase {
    AppBase {
        base: base.into(),
        ..AppBase::default()
    }
}

#[test]
fn a_rendered_theme_page_names_its_static_address_and_heights() {
    let route = Route::of_static_page(&format!("theme={THEME}&year=2019&lang=nl"), "");
    let f = PageFacts::new(&route, &app("../../../"), Some(&rendered()));
    assert_eq!(f.base, "../../../");
    assert_eq!(
        f.app, "../../../",
        "without SITE_URL: the folder the page was read from"
    );
    assert_eq!(f.page, format!("nl/2019/{THEME}/"));
    assert_eq!(f.lang, Lang::Nl);
    assert_eq!(f.theme, Some((THEME.to_string(), 2019)));
    assert_eq!(
        f.embed_heights,
        Some(format!("nl/2019/{THEME}/embed/heights.json"))
    );
    assert_eq!(f.embed_src(None), Some(format!("nl/2019/{THEME}/embed/")));
    assert_eq!(
        f.embed_src(Some("chart-x")),
        Some(format!("nl/2019/{THEME}/embed/chart-x/"))
    );
}

#[test]
fn with_site_url_the_published_app_is_the_site() {
    let route = Route::parse(&format!("theme={THEME}&year=2019&lang=en"));
    let base = AppBase {
        base: "../../../".into(),
        site: Some("https://www.example.org/resultaten/".into()),
        in_host_page: false,
    };
    let f = PageFacts::new(&route, &base, Some(&rendered()));
    assert_eq!(f.app, "https://www.example.org/resultaten/");
    assert_eq!(f.base, "../../../", "files are still fetched from here");
    assert_eq!(f.page, format!("en/2019/{THEME}/"));
}

#[test]
fn a_page_the_build_did_not_render_is_at_its_query_address() {
    // A bundle published since the last build, or `trunk serve`.
    let route = Route::parse(&format!("?theme={THEME}&year=2019&lang=nl"));
    let c = parse_catalog(FIXTURE_CATALOG).expect("catalog");
    let f = PageFacts::new(&route, &app(""), Some(&c));
    assert_eq!(
        f.base, "./",
        "never empty: an empty link is the document itself"
    );
    assert_eq!(f.page, format!("?theme={THEME}&year=2019&lang=nl"));
    assert_eq!(f.embed_heights, None);
    assert_eq!(
        f.embed_src(Some("chart-x")),
        Some(format!(
            "?theme={THEME}&year=2019&lang=nl&only=chart-x&embed=1"
        ))
    );
    // Before the catalog is known the same: nothing is assumed rendered.
    assert_eq!(PageFacts::new(&route, &app(""), None).page, f.page);
    // On a host page links go to the query addresses, rendered or not.
    let host = AppBase {
        base: "https://x.example/app/".into(),
        site: None,
        in_host_page: true,
    };
    assert_eq!(
        PageFacts::new(&route, &host, Some(&rendered())).page,
        f.page
    );
}

#[test]
fn the_language_is_the_sites_whatever_tag_the_address_used() {
    for tag in ["en", "en-GB", "EN", "en_US"] {
        let route = Route::parse(&format!("?theme={THEME}&year=2019&lang={tag}"));
        let f = PageFacts::new(&route, &app(""), Some(&rendered()));
        assert_eq!(f.lang, Lang::En, "{tag}");
        assert_eq!(f.page, format!("en/2019/{THEME}/"), "{tag}");
        assert_eq!(
            f.embed_src(Some("chart-x")),
            Some(format!("en/2019/{THEME}/embed/chart-x/")),
            "{tag}"
        );
    }
}

#[test]
fn overviews_drafts_and_the_editors_page() {
    let c = rendered();
    let nl = PageFacts::new(&Route::parse(""), &app(""), Some(&c));
    assert_eq!((nl.page.as_str(), nl.theme.clone()), ("./", None));
    let en = PageFacts::new(&Route::parse("?lang=en"), &app(""), Some(&c));
    assert_eq!(en.page, "en/");
    // Not rendered (trunk serve): the query.
    assert_eq!(
        PageFacts::new(&Route::parse("?lang=en"), &app(""), None).page,
        "?lang=en"
    );
    let draft = PageFacts::new(
        &Route::parse("?draft=drafts/a.json&lang=en"),
        &app(""),
        None,
    );
    assert_eq!(draft.page, "?draft=drafts%2Fa.json&lang=en");
    assert_eq!(
        draft.embed_src(None),
        None,
        "no theme page, nothing to embed"
    );
    assert_eq!(
        PageFacts::new(&Route::parse("?check"), &app(""), None).page,
        "?check"
    );
}

#[test]
fn links_from_a_document_to_the_app_folder() {
    assert_eq!(app("../../../").href("./"), "../../../");
    assert_eq!(app("../../../").href("en/"), "../../../en/");
    assert_eq!(app("").href("./"), "./");
    assert_eq!(app("").href("?lang=en"), "?lang=en");
    assert_eq!(
        app("https://x.example/app/").href("?theme=t"),
        "https://x.example/app/?theme=t"
    );
}

#[test]
fn a_static_page_is_the_page_its_file_holds() {
    let own = format!("theme={THEME}&year=2019&lang=nl&embed=1&only=chart-x");
    // Only the area to open may come from the address.
    let r = Route::of_static_page(
        &own,
        "?theme=other&year=2020&lang=en&area=gebied&only=y&embed=0",
    );
    assert_eq!(r.view, Route::parse(&own).view);
    assert_eq!(
        (r.lang, r.embed, r.only.as_deref(), r.area.as_deref()),
        (Lang::Nl, true, Some("chart-x"), Some("gebied"))
    );
    // The overview in index.html: a query never makes it another page.
    let r = Route::of_static_page("lang=nl", "?theme=x&year=2019");
    assert_eq!(r, Route::parse("lang=nl"));
}

#[test]
fn static_addresses_of_overviews_and_embed_forms() {
    assert_eq!(route::static_overview_path(Lang::Nl), "./");
    assert_eq!(route::static_overview_path(Lang::En), "en/");
    let plain = Route::parse("");
    assert_eq!(plain.overview_link(Lang::En, true), "en/");
    assert_eq!(plain.overview_link(Lang::En, false), "?lang=en");
    // Embedded, the overview keeps the embed flags: a query.
    assert_eq!(
        Route::parse("?embed=1").overview_link(Lang::Nl, true),
        "?lang=nl&embed=1"
    );
    assert_eq!(
        route::embed_page_path("t", 2019, Lang::En, None),
        "en/2019/t/embed/"
    );
    assert_eq!(
        route::embed_page_path("t", 2019, Lang::En, Some("a b")),
        "en/2019/t/embed/a%20b/"
    );
    assert_eq!(
        route::embed_heights_path("t", 2019, Lang::Nl),
        "nl/2019/t/embed/heights.json"
    );
    assert_eq!(
        route::embed_link("t", 2019, Lang::Nl, None, false),
        "?theme=t&year=2019&lang=nl&embed=1"
    );
}

#[test]
fn a_page_is_rendered_only_where_its_entry_names_it_as_its_own() {
    let mut c = rendered();
    assert!(c.has_page(&format!("nl/2019/{THEME}/")) && c.has_page("./") && c.has_page("en/"));
    assert!(c.has_page(&format!("nl/2020/{THEME}/")));
    // An entry copied for another year keeps the old page: it does not
    // count, so the new year is linked at its query address.
    let mut copied = c.bundles[0].clone();
    copied.year = 2021;
    c.bundles.push(copied);
    assert!(!c.has_page(&format!("nl/2021/{THEME}/")));
    let route = Route::parse(&format!("?theme={THEME}&year=2021&lang=nl"));
    assert_eq!(
        PageFacts::new(&route, &app(""), Some(&c)).page,
        format!("?theme={THEME}&year=2021&lang=nl")
    );
    // Without any page, not even the overviews are.
    for e in &mut c.bundles {
        e.page = None;
    }
    assert!(!c.has_page("./"));
}
