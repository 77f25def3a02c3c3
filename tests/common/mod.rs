//! Shared by the native integration tests: the made-up bundles and site
//! the feature tests run on, and the shipped 2019 bundles, which only
//! tests/fidelity.rs reads for their content (other files check that the
//! shipped data parses, validates and is listed, without naming it).
#![allow(dead_code)]

pub mod pair;

use resultaten::bundle::{self, Bundle};

/// MADE-UP: a small bundle with every kind of field a bundle knows (rich
/// text of every kind, photos and videos, every kind of chart, previous
/// values, baseline, target, breakdowns, an indicator without a figure,
/// spending amounts, a print alternative), for the feature tests. Every
/// figure and sentence in it is invented, and its `_comment` says so.
pub const MADE_UP_NL: &str = include_str!("../fixtures/every-field-made-up-nl.json");

/// MADE-UP: the English translation of [`MADE_UP_NL`].
pub const MADE_UP_EN: &str = include_str!("../fixtures/every-field-made-up-en.json");

/// The made-up bundle with every field, parsed.
pub fn made_up() -> Bundle {
    match bundle::parse(MADE_UP_NL) {
        Ok(b) => b,
        Err(e) => panic!("the made-up bundle does not validate: {e}"),
    }
}

/// Its English translation, parsed.
pub fn made_up_en() -> Bundle {
    match bundle::parse(MADE_UP_EN) {
        Ok(b) => b,
        Err(e) => panic!("the made-up English bundle does not validate: {e}"),
    }
}

pub const NL_2019: &str =
    include_str!("../../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");

pub const EN_2019: &str =
    include_str!("../../public/data/2019/en/opvang-in-de-regio-en-migratiesamenwerking.json");

/// The shipped English bundle, parsed.
pub fn shipped_en() -> Bundle {
    match bundle::parse(EN_2019) {
        Ok(b) => b,
        Err(e) => panic!("the shipped English bundle does not validate: {e}"),
    }
}

/// The shipped bundle, parsed; a test fails loudly if it stops validating.
pub fn shipped() -> Bundle {
    match bundle::parse(NL_2019) {
        Ok(b) => b,
        Err(e) => panic!("the shipped bundle does not validate: {e}"),
    }
}

/// A site built from the made-up fixture catalog (`tests/fixtures/site/`)
/// by the build's own renderer, in a fresh folder under target/, with the
/// repository's `index.html` as Trunk writes it (its `pattern_script`).
pub struct Site {
    pub dist: std::path::PathBuf,
}

#[cfg(not(target_arch = "wasm32"))]
/// Builds the fixture site into `target/tmp/<name>`, with the addresses
/// handed to readers under `site` (`SITE_URL`) where given. Native only,
/// as the renderer is (`cargo clippy --target wasm32-unknown-unknown
/// --all-targets` compiles the native test files too).
#[cfg(not(target_arch = "wasm32"))]
pub fn fixture_site(name: &str, site: Option<&str>) -> Site {
    let dist = fixture_dist(name);
    if let Err(e) = resultaten::prerender::build(&dist, site) {
        panic!("the fixture site does not build: {e}");
    }
    Site { dist }
}

/// The fixture site as `trunk build` leaves `dist/`, before the native
/// renderer runs: a fresh `target/tmp/<name>` with the made-up data and
/// Trunk's `index.html`.
pub fn fixture_dist(name: &str) -> std::path::PathBuf {
    use std::path::Path;
    let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dist);
    copy_dir(Path::new("tests/fixtures/site/data"), &dist.join("data"));
    std::fs::write(dist.join("index.html"), trunks_index()).expect("index.html");
    dist
}

/// The fixture site's catalog, as `public/data/index.json` is the
/// shipped one's.
pub const FIXTURE_CATALOG: &str = include_str!("../fixtures/site/data/index.json");

/// The fixture site's one theme (made up).
pub const FIXTURE_THEME: &str = "verzonnen-thema";

impl Site {
    /// The text of every page the build wrote, and the app's shell.
    pub fn every_page(&self) -> Vec<String> {
        let mut pages =
            vec![std::fs::read_to_string(self.dist.join("app.html")).expect("app.html")];
        collect(&self.dist, &mut pages);
        pages
    }

    /// One page's text, by its folder relative to the site.
    pub fn page(&self, folder: &str) -> String {
        std::fs::read_to_string(self.dist.join(folder).join("index.html"))
            .unwrap_or_else(|e| panic!("{folder}: {e}"))
    }
}

fn collect(dir: &std::path::Path, pages: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, pages);
        } else if path.file_name().is_some_and(|n| n == "index.html") {
            pages.push(std::fs::read_to_string(&path).expect("page"));
        }
    }
}

/// The repository's `index.html` with what Trunk adds to it: the record
/// of the app's files that `Trunk.toml`'s `pattern_script` gives.
pub fn trunks_index() -> String {
    let toml = std::fs::read_to_string("Trunk.toml").expect("Trunk.toml");
    let pattern = toml
        .lines()
        .find_map(|l| l.strip_prefix("pattern_script = \""))
        .and_then(|l| l.strip_suffix('"'))
        .expect("Trunk.toml's pattern_script")
        .replace("\\\"", "\"")
        .replace("{base}", "./")
        .replace("{js}", "resultaten-0.js")
        .replace("{wasm}", "resultaten-0_bg.wasm");
    let index = std::fs::read_to_string("index.html").expect("index.html");
    index.replacen("</head>", &format!("{pattern}\n</head>"), 1)
}

/// A file of the app (a contract's file name) in the repository.
pub fn repo_file(name: &str) -> String {
    match name {
        "index.html" => name.to_string(),
        _ => format!("public/{name}"),
    }
}

pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
