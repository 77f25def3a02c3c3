#![cfg(not(target_arch = "wasm32"))]
//! The catalog (public/data/index.json) and the URL: the shipped catalog
//! matches the bundles it lists (without naming them: what it publishes is
//! checked in tests/fidelity.rs), validation reports every problem with its
//! path, and `Route::parse` reads every URL the app makes and refuses drafts
//! from other origins. Themes, years and ids here are made up. Native, no
//! browser.

use std::path::PathBuf;

use resultaten::bundle;
use resultaten::catalog::{parse_catalog, Catalog, CatalogError, CATALOG_PATH};
use resultaten::i18n::Lang;
use resultaten::route::{draft_path, static_page_path, Route, View};
use serde_json::{json, Value};

const INDEX: &str = include_str!("../public/data/index.json");
/// A made-up theme: the fixture site's (tests/fixtures/site/).
const THEME: &str = "verzonnen-thema";

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data")
}

fn shipped() -> Catalog {
    match parse_catalog(INDEX) {
        Ok(c) => c,
        Err(e) => panic!("the shipped catalog does not validate: {e}"),
    }
}

// ---------------------------------------------------------------- catalog

/// Where the build puts each folder it copies: index.html's
/// `<link data-trunk rel="copy-dir" href="public/x">` becomes `dist/x`.
fn copied_dirs() -> Vec<(String, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let index = std::fs::read_to_string(root.join("index.html")).expect("index.html");
    index
        .split("<link")
        .filter(|tag| tag.contains("data-trunk") && tag.contains(r#"rel="copy-dir""#))
        .filter_map(|tag| {
            let href = tag.split(r#"href=""#).nth(1)?.split('"').next()?;
            let name = href.rsplit('/').next()?;
            Some((format!("{name}/"), root.join(href)))
        })
        .collect()
}

/// The file the build serves at an address relative to the app, if any.
fn served(address: &str) -> Option<PathBuf> {
    copied_dirs().into_iter().find_map(|(served_as, source)| {
        let rest = address.strip_prefix(&served_as)?;
        Some(source.join(rest)).filter(|f| f.is_file())
    })
}

#[test]
fn what_the_app_fetches_is_where_the_build_puts_it() {
    // The app fetches CATALOG_PATH, then `data/` + each entry's path,
    // relative to its own address; the build copies public/data to data/.
    let catalog_file = served(CATALOG_PATH)
        .unwrap_or_else(|| panic!("{CATALOG_PATH} is not in the build (index.html copy-dir)"));
    let catalog = parse_catalog(&std::fs::read_to_string(&catalog_file).unwrap())
        .expect("the served catalog validates");
    assert_eq!(catalog, shipped());
    for entry in &catalog.bundles {
        let address = format!("data/{}", entry.path);
        let file = served(&address).unwrap_or_else(|| panic!("{address} is not in the build"));
        let b = bundle::parse(&std::fs::read_to_string(file).unwrap()).expect("a valid bundle");
        assert_eq!(
            (b.theme.id.as_str(), b.theme.year, b.theme.language.as_str()),
            (entry.theme.as_str(), entry.year, entry.language.as_str()),
            "{address}"
        );
    }
    assert!(served("data/nope.json").is_none());
}

#[test]
fn shipped_catalog_matches_its_bundles() {
    let catalog = shipped();
    assert!(catalog.bundles.len() >= 2);
    for (i, entry) in catalog.bundles.iter().enumerate() {
        let file = data_dir().join(&entry.path);
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
            panic!("bundles[{i}].path: {} cannot be read: {e}", file.display())
        });
        let b = bundle::parse(&text)
            .unwrap_or_else(|e| panic!("bundles[{i}].path: {} does not validate: {e}", entry.path));
        assert_eq!(b.theme.id, entry.theme, "bundles[{i}].theme");
        assert_eq!(b.theme.year, entry.year, "bundles[{i}].year");
        assert_eq!(b.theme.language, entry.language, "bundles[{i}].language");
        assert_eq!(b.theme.title, entry.title, "bundles[{i}].title");
    }
}

#[test]
fn every_bundle_file_is_in_the_catalog() {
    let catalog = shipped();
    let mut files = Vec::new();
    let mut dirs = vec![data_dir()];
    while let Some(dir) = dirs.pop() {
        for item in std::fs::read_dir(&dir).expect("public/data is readable") {
            let path = item.expect("dir entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json")
                && path.file_name().is_some_and(|n| n != "index.json")
            {
                let rel = path.strip_prefix(data_dir()).expect("under public/data");
                files.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    for f in files {
        assert!(
            catalog.bundles.iter().any(|e| e.path == f),
            "public/data/{f} is not listed in public/data/index.json"
        );
    }
}

fn entry(theme: &str, year: u16, language: &str, title: &str) -> Value {
    json!({
        "theme": theme, "year": year, "language": language, "title": title,
        "path": format!("{year}/{language}/{theme}.json"),
    })
}

fn catalog_of(bundles: Vec<Value>) -> String {
    json!({ "schema_version": "1.0", "bundles": bundles }).to_string()
}

fn problems(json: &str) -> Vec<(String, String)> {
    use resultaten::check::{messages::text, Kind};
    match parse_catalog(json) {
        Err(CatalogError::Invalid(ps)) => ps
            .into_iter()
            .map(|p| {
                let message = text(&Kind::Catalog(p.kind), &p.path, Lang::En);
                (p.path, message)
            })
            .collect(),
        Err(CatalogError::Reading { path, kind, .. }) => {
            let message = text(&Kind::Reading(kind), &path, Lang::En);
            vec![(path, message)]
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn has(ps: &[(String, String)], path: &str, word: &str) -> bool {
    ps.iter().any(|(p, m)| p == path && m.contains(word))
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut bad_path = entry("b", 2019, "nl", "B");
    bad_path["path"] = json!("../x.json");
    let mut https = entry("c", 2019, "nl", "C");
    https["path"] = json!("https://evil/x.json");
    let mut protocol_relative = entry("d", 2019, "nl", "D");
    protocol_relative["path"] = json!("//evil/x.json");
    let mut absolute = entry("e", 2019, "nl", "E");
    absolute["path"] = json!("/data/x.json");
    let mut not_json = entry("f", 2019, "nl", "F");
    not_json["path"] = json!("2019/nl/f.html");
    let json = catalog_of(vec![
        entry("a", 2019, "nl", "A"),
        entry("a", 2019, "nl", "A again"), // [1] duplicate
        bad_path,                          // [2]
        https,                             // [3]
        protocol_relative,                 // [4]
        entry("g", 2019, "fr", "G"),       // [5] language
        entry("h", 2019, "en", "  "),      // [6] blank title
        entry("Bad_Id", 2019, "en", "I"),  // [7] theme id
        entry("j", 1989, "en", "J"),       // [8] year
        absolute,                          // [9]
        not_json,                          // [10]
    ]);
    let ps = problems(&json);
    assert!(
        has(&ps, "bundles[1]", "is listed already, at bundles[0]"),
        "{ps:#?}"
    );
    assert!(has(&ps, "bundles[2].path", ".."), "{ps:#?}");
    assert!(
        has(&ps, "bundles[3].path", "https://evil/x.json"),
        "{ps:#?}"
    );
    assert!(has(&ps, "bundles[4].path", "//"), "{ps:#?}");
    assert!(has(&ps, "bundles[5].language", "`fr`"), "{ps:#?}");
    assert!(has(&ps, "bundles[6].title", "empty"), "{ps:#?}");
    assert!(has(&ps, "bundles[7].theme", "Bad_Id"), "{ps:#?}");
    assert!(has(&ps, "bundles[8].year", "1989"), "{ps:#?}");
    assert!(has(&ps, "bundles[9].path", "relative"), "{ps:#?}");
    assert!(has(&ps, "bundles[10].path", ".json"), "{ps:#?}");
    assert_eq!(ps.len(), 10, "one problem each, no more: {ps:#?}");
    // The message an editor reads names every path.
    let shown = parse_catalog(&json).unwrap_err().to_string();
    assert!(shown.contains("10 problem(s)"), "{shown}");
    assert!(shown.contains("bundles[2].path: "), "{shown}");
}

#[test]
fn more_unsafe_paths_are_refused() {
    for bad in [
        "",
        "x.json\n",
        "a\\b.json",
        "javascript:alert(1).json",
        "data:application/json,{}.json",
        "2019/%2e%2e/x.json",
        "2019//x.json",
        "x.json5",
        ".json",
        "2019/nl/.json",
    ] {
        let mut e = entry("a", 2019, "nl", "A");
        e["path"] = json!(bad);
        let ps = problems(&catalog_of(vec![e]));
        assert!(has(&ps, "bundles[0].path", ""), "{bad:?}: {ps:#?}");
    }
}

#[test]
fn version_and_syntax_errors_are_clear() {
    // The same pipeline as a bundle's: an unknown major version is its own
    // error, which names the version this build reads.
    let e = parse_catalog(r#"{"schema_version": "2.0", "bundles": []}"#).unwrap_err();
    assert_eq!(
        e,
        CatalogError::UnsupportedVersion {
            found: "2.0".into(),
            supported: 1
        }
    );
    assert!(e.to_string().contains("not supported"), "{e}");
    let ps = problems(r#"{"bundles": []}"#);
    assert!(has(&ps, "schema_version", "missing"), "{ps:#?}");
    let ps = problems(r#"{"schema_version": "1.0", "bundles": []}"#);
    assert!(has(&ps, "bundles", "no bundles"), "{ps:#?}");

    let wrong_type = "{\"schema_version\": \"1.0\",\n \"bundles\": [{\"theme\": \"a\", \"year\": \"2019\", \"language\": \"nl\", \"title\": \"A\", \"path\": \"a.json\"}]}";
    match parse_catalog(wrong_type) {
        Err(CatalogError::Reading {
            line,
            column,
            path,
            kind,
        }) => {
            assert_eq!(line, 2);
            assert!(column > 1);
            assert_eq!(path, "bundles[0].year");
            let kind = resultaten::check::Kind::Reading(kind);
            let message = resultaten::check::messages::text(&kind, &path, Lang::En);
            assert!(message.contains("whole number"), "{message}");
        }
        other => panic!("expected a reading error, got {other:?}"),
    }
    for bad in [
        "",
        "   ",
        "[]",
        "<html>",
        "{\"schema_version\": \"1.0\", \"bundles\": [",
        "{} x",
    ] {
        match parse_catalog(bad) {
            Err(CatalogError::Reading { line, column, .. }) => assert!(line >= 1 && column >= 1),
            other => panic!("{bad:?}: expected a reading error, got {other:?}"),
        }
    }
    // Never panics on odd text, multi-byte characters included.
    for s in [
        "{\"é\": ",
        "\u{feff}{",
        "{\"schema_version\": 1}",
        "{\"schema_version\": \"1.0\", \"bundles\": [1]}",
        "ü\nü{",
    ] {
        let _ = parse_catalog(s);
    }
}

/// Titles lower-cased as Rust does, for `Catalog::by_year` (the app passes
/// the engine's `toLowerCase`). Native test code: clippy's size rule
/// (clippy.toml) is about the wasm.
#[allow(clippy::disallowed_methods)]
fn lower_case(title: &str) -> String {
    title.to_lowercase()
}

fn sample() -> Catalog {
    let json = catalog_of(vec![
        entry("zeta", 2019, "nl", "Zeta"),
        entry("alpha", 2019, "en", "Alpha"),
        entry("alpha", 2019, "nl", "alfa"),
        entry("beta", 2021, "nl", "Beta"),
        entry("gamma", 2020, "en", "Gamma"),
    ]);
    parse_catalog(&json).expect("sample catalog is valid")
}

#[test]
fn find_languages_by_year_newest_year() {
    let c = sample();
    assert_eq!(
        c.find("alpha", 2019, "en").map(|e| e.title.as_str()),
        Some("Alpha")
    );
    assert!(c.find("alpha", 2020, "en").is_none());
    assert!(c.find("alpha", 2019, "fr").is_none());
    assert!(c.find("Alpha", 2019, "en").is_none());

    let langs: Vec<&str> = c
        .languages("alpha", 2019)
        .iter()
        .map(|e| e.language.as_str())
        .collect();
    assert_eq!(langs, ["en", "nl"], "catalog order");
    assert!(c.languages("alpha", 2018).is_empty());

    let nl = c.by_theme("nl", lower_case);
    let titles: Vec<&str> = nl.iter().map(|t| t.title.title.as_str()).collect();
    assert_eq!(
        titles,
        ["alfa", "Beta", "Gamma", "Zeta"],
        "every theme, sorted by title case-insensitively, in Dutch where it has Dutch"
    );
    let years = |t: &resultaten::catalog::ThemeYears| -> Vec<(u16, String, Option<String>)> {
        t.years
            .iter()
            .map(|y| (y.year, y.entry.language.clone(), y.only.map(str::to_string)))
            .collect()
    };
    assert_eq!(
        years(&nl[0]),
        [(2019, "nl".into(), None)],
        "two languages: no note"
    );
    assert_eq!(
        years(&nl[2]),
        [(2020, "en".into(), Some("en".into()))],
        "a year in English only links there and says so"
    );
    assert_eq!(nl[3].years[0].only, Some("nl"));
    let en = c.by_theme("en", lower_case);
    assert_eq!(en[0].title.title, "Alpha");
    assert_eq!(en.len(), 4);
    assert!(
        c.by_theme("fr", lower_case).len() == 4,
        "every theme, in whatever language it has"
    );
    // Years newest first.
    let many = parse_catalog(&catalog_of(vec![
        entry("t", 2018, "nl", "T"),
        entry("t", 2020, "nl", "T"),
        entry("t", 2019, "en", "T"),
    ]))
    .unwrap();
    let t = &many.by_theme("nl", lower_case)[0];
    assert_eq!(
        t.years.iter().map(|y| y.year).collect::<Vec<_>>(),
        [2020, 2019, 2018]
    );

    assert_eq!(c.newest_year(), Some(2021));
    let empty = Catalog {
        schema_version: "1.0".into(),
        bundles: vec![],
    };
    assert_eq!(empty.newest_year(), None);
    assert!(empty.by_theme("nl", lower_case).is_empty());
}

// ---------------------------------------------------------------- route

fn invalid_reason(q: &str) -> String {
    match Route::parse(q).view {
        View::Invalid { reason } => reason,
        other => panic!("{q:?}: expected Invalid, got {other:?}"),
    }
}

#[test]
fn overview_is_the_default() {
    for q in [
        "",
        "?",
        "?lang=nl",
        "?utm_source=x",
        "?year=2019",
        "&&",
        "?lang=xx",
    ] {
        let r = Route::parse(q);
        assert_eq!(
            r,
            Route {
                view: View::Overview,
                lang: Lang::Nl,
                embed: false,
                header: true,
                area: None,
                only: None,
            },
            "{q:?}"
        );
    }
    assert_eq!(Route::parse("?lang=en").lang, Lang::En);
    assert_eq!(Route::parse("lang=EN-gb").lang, Lang::En);
    assert_eq!(Route::parse("?lang=english").lang, Lang::Nl);
}

#[test]
fn theme_page() {
    let r = Route::parse(&format!("?theme={THEME}&year=2019&lang=en"));
    assert_eq!(
        r.view,
        View::Theme {
            theme: THEME.into(),
            year: 2019
        }
    );
    assert_eq!(r.lang, Lang::En);
    // Order does not matter; unknown parameters are ignored; first wins.
    let r = Route::parse(&format!(
        "year=2019&x=1&theme={THEME}&theme=other&lang=nl&lang=en"
    ));
    assert_eq!(
        r.view,
        View::Theme {
            theme: THEME.into(),
            year: 2019
        }
    );
    assert_eq!(r.lang, Lang::Nl);
}

#[test]
fn malformed_theme_urls_are_invalid_with_a_reason() {
    assert!(invalid_reason(&format!("?theme={THEME}&year=20x9")).contains("20x9"));
    assert!(invalid_reason(&format!("?theme={THEME}&year=19")).contains("four digits"));
    assert!(invalid_reason(&format!("?theme={THEME}&year=20190")).contains("four digits"));
    assert!(invalid_reason(&format!("?theme={THEME}&year=+2019")).contains("year"));
    assert!(invalid_reason(&format!("?theme={THEME}")).contains("year"));
    assert!(invalid_reason("?theme=../../etc&year=2019").contains("../../etc"));
    assert!(invalid_reason("?theme=..%2F..%2Fetc&year=2019").contains("../../etc"));
    assert!(invalid_reason("?theme=Opvang&year=2019").contains("theme"));
    assert!(invalid_reason("?theme=&year=2019").contains("theme"));
    assert!(invalid_reason("?theme=%3Cscript%3E&year=2019").contains("<script>"));
    // A long hostile value is shortened in the reason.
    let long = "x".repeat(10_000);
    assert!(invalid_reason(&format!("?theme={THEME}&year={long}")).len() < 400);
}

#[test]
fn drafts_same_origin_only() {
    for (q, path) in [
        ("?draft=drafts/x.json", "drafts/x.json"),
        ("?draft=/drafts/x.json", "/drafts/x.json"),
        ("?draft=%2Fdrafts%2Fx.json&lang=en", "/drafts/x.json"),
        ("?draft=x.json", "x.json"),
    ] {
        assert_eq!(
            Route::parse(q).view,
            View::Draft { path: path.into() },
            "{q}"
        );
    }
    // Draft wins over a valid theme.
    let r = Route::parse(&format!(
        "?theme={THEME}&year=2019&draft=drafts/x.json&lang=en"
    ));
    assert_eq!(
        r.view,
        View::Draft {
            path: "drafts/x.json".into()
        }
    );
    assert_eq!(r.lang, Lang::En);

    for raw in [
        "https://evil.example/x.json",
        "https%3A%2F%2Fevil.example%2Fx.json",
        "//evil/x.json",
        "%2F%2Fevil%2Fx.json",
        "/%5Cevil/x.json",
        "javascript:alert(1)",
        "JavaScript:alert(1)//.json",
        "data:application/json,{}",
        "..%2Fx.json",
        "drafts/../../x.json",
        "%252e%252e/x.json",
        "/%09/evil/x.json",
        "drafts/x.js",
        "drafts/x.json?raw=1",
        "",
    ] {
        let reason = invalid_reason(&format!("?draft={raw}"));
        assert!(reason.contains("refused"), "{raw}: {reason}");
    }
}

#[test]
fn draft_path_directly() {
    assert_eq!(draft_path("drafts/x.json"), Ok("drafts/x.json".into()));
    assert_eq!(draft_path("/drafts/x.json"), Ok("/drafts/x.json".into()));
    for bad in [
        "//evil/x.json",
        "https://evil/x.json",
        "../x.json",
        "a\\b.json",
        "x.json\u{0}",
    ] {
        let e = draft_path(bad).unwrap_err();
        assert!(!e.is_empty(), "{bad:?}");
    }
    assert!(draft_path("https://evil/x.json")
        .unwrap_err()
        .contains("scheme"));
    assert!(draft_path("../x.json").unwrap_err().contains(".."));
}

#[test]
fn embed_header_and_area_flags() {
    let r = Route::parse(&format!(
        "?theme={THEME}&year=2019&embed=1&header=0&area=gebied-water"
    ));
    assert!(r.embed);
    assert!(!r.header);
    assert_eq!(r.area.as_deref(), Some("gebied-water"));
    let r = Route::parse("?embed=true&header=false");
    assert!(r.embed && !r.header);
    let r = Route::parse("?embed=0&header=1");
    assert!(!r.embed && r.header);
    let r = Route::parse("?embed=yes&header=");
    assert!(!r.embed && r.header);
    assert_eq!(Route::parse("?area=").area, None);
    assert_eq!(Route::parse("?area=%22%3E%3Cscript%3E").area, None);
    assert_eq!(
        Route::parse("?area=Area_1-b").area.as_deref(),
        Some("Area_1-b")
    );
}

#[test]
fn queries_keep_flags_and_round_trip() {
    let plain = Route::parse("");
    assert_eq!(
        plain.theme_query(THEME, 2019, Lang::En),
        format!("?theme={THEME}&year=2019&lang=en")
    );
    assert_eq!(plain.overview_query(Lang::Nl), "?lang=nl");

    let embedded = Route::parse(&format!("?theme={THEME}&year=2019&embed=1&header=0&area=x"));
    let q = embedded.theme_query(THEME, 2020, Lang::Nl);
    assert_eq!(
        q,
        format!("?theme={THEME}&year=2020&lang=nl&embed=1&header=0")
    );
    let back = Route::parse(&q);
    assert_eq!(
        back,
        Route {
            view: View::Theme {
                theme: THEME.into(),
                year: 2020
            },
            lang: Lang::Nl,
            embed: true,
            header: false,
            area: None,
            only: None,
        }
    );
    let back = Route::parse(&embedded.overview_query(Lang::En));
    assert_eq!(
        (back.view, back.lang, back.embed, back.header),
        (View::Overview, Lang::En, true, false)
    );

    // Values are percent-encoded: an odd theme survives the trip (and is then
    // refused as a theme id, not mistaken for other parameters).
    let odd = "a&year=1999 b/é";
    let q = plain.theme_query(odd, 2019, Lang::Nl);
    assert!(!q[1..].contains("&year=1999"), "{q}");
    assert!(invalid_reason(&q).contains(odd), "{q}");
}

#[test]
fn links_go_to_static_pages_only_where_they_exist_and_fit() {
    let plain = Route::parse("");
    assert_eq!(
        plain.theme_link(THEME, 2019, Lang::En, true),
        format!("en/2019/{THEME}/")
    );
    assert_eq!(
        static_page_path(THEME, 2019, Lang::Nl),
        format!("nl/2019/{THEME}/")
    );
    // `trunk serve` has no pre-rendered pages: the query, which always works.
    assert_eq!(
        plain.theme_link(THEME, 2019, Lang::En, false),
        plain.theme_query(THEME, 2019, Lang::En)
    );
    // A static page has the site's header and the theme header; embed
    // flags only mean something to the app, so those links stay queries.
    for flags in ["embed=1", "header=0"] {
        let r = Route::parse(&format!("?theme={THEME}&year=2019&{flags}"));
        let link = r.theme_link(THEME, 2019, Lang::Nl, true);
        assert_eq!(link, r.theme_query(THEME, 2019, Lang::Nl));
        assert!(link.contains(flags), "{link}");
    }
    // Whatever the id, the path stays one folder per part.
    let odd = static_page_path("a/../b c", 2019, Lang::Nl);
    assert_eq!(odd, "nl/2019/a%2F..%2Fb%20c/");
}

#[test]
fn parse_never_panics() {
    let pieces: &[&str] = &[
        "?",
        "&",
        "=",
        "%",
        "%2",
        "%zz",
        "%FF",
        "%C3",
        "%A9",
        "+",
        "theme",
        "year",
        "draft",
        "lang",
        "embed",
        "header",
        "area",
        "é",
        "\u{0}",
        "\n",
        "#",
        "/",
        "//",
        "..",
        "2019",
        "json",
        ".json",
        "\u{1F600}",
        "%%",
        ":",
    ];
    let n = pieces.len();
    let mut count = 0;
    for a in 0..n {
        for b in 0..n {
            for c in (0..n).step_by(3) {
                let q = format!(
                    "{}{}{}{}",
                    pieces[a],
                    pieces[b],
                    pieces[c],
                    pieces[(a + b + c) % n]
                );
                let r = Route::parse(&q);
                let _ = r.theme_query("x", 2019, r.lang);
                let _ = r.overview_query(r.lang);
                count += 1;
            }
        }
    }
    assert!(count > 300);
    // Every single byte sequence of length 1..=3 over a small alphabet,
    // lossily decoded, including invalid UTF-8 once percent-decoded.
    let bytes: &[u8] = b"?&=%+a0F\xc3";
    for x in bytes {
        for y in bytes {
            for z in bytes {
                let s = String::from_utf8_lossy(&[*x, *y, *z]).into_owned();
                let _ = Route::parse(&format!("draft={s}&theme={s}&year={s}&lang={s}&area={s}"));
            }
        }
    }
}

#[test]
fn a_themes_years_in_one_language_newest_first() {
    // MADE-UP years: only 2019 is published.
    let catalog = parse_catalog(&catalog_of(vec![
        entry("t", 2018, "nl", "T"),
        entry("t", 2020, "nl", "T"),
        entry("t", 2019, "nl", "T"),
        entry("t", 2021, "en", "T"),
        entry("other", 2022, "nl", "O"),
    ]))
    .expect("valid");
    assert_eq!(catalog.years("t", "nl"), [2020, 2019, 2018]);
    assert_eq!(catalog.years("t", "en"), [2021]);
    assert!(catalog.years("none", "nl").is_empty());
    // The made-up fixture site's catalog: 2019 in both languages, 2020
    // in Dutch only.
    let site = parse_catalog(include_str!("fixtures/site/data/index.json")).expect("valid");
    assert_eq!(site.years(THEME, "nl"), [2020, 2019]);
    assert_eq!(site.years(THEME, "en"), [2019]);
}

#[test]
fn only_names_one_piece_by_a_plain_id() {
    let r = Route::parse("?theme=verzonnen-thema&year=2019&only=chart-sanitair-per-regio");
    assert_eq!(r.only.as_deref(), Some("chart-sanitair-per-regio"));
    assert!(!r.embed, "only does not set embed by itself");
    // Anything that is not an element id is dropped, as for `area`.
    for bad in ["%3Cscript%3E", "a%20b", "", "x/y"] {
        assert_eq!(
            Route::parse(&format!("?theme=t&year=2019&only={bad}")).only,
            None,
            "{bad}"
        );
    }
    // The whole page's link from a piece: static or query, never embed flags.
    assert_eq!(
        Route::full_page_link("t", 2019, Lang::En, true),
        "en/2019/t/"
    );
    assert_eq!(
        Route::full_page_link("t", 2019, Lang::Nl, false),
        "?theme=t&year=2019&lang=nl"
    );
}
