//! The page's contract with its scripts: every class name, data
//! attribute, element id, file path, query parameter and message that
//! `public/loader.js`, `public/boot.js`, `public/embed/*.js` and the
//! build's script (`scripts/build/embed-heights.mjs`) read, in one list,
//! with who writes each and which scripts read it.
//!
//! The app and the build write these names (the components, `src/dom/`,
//! `src/prerender/`, Trunk from `Trunk.toml`); the scripts only read them.
//! Each script says which names it reads in one JSON object at its top
//! (between `/* names */` and `/* end */`), and uses them from there. Two
//! native tests keep the sides together (`tests/contract.rs`): each
//! script's names are exactly the contract's names for that script, and
//! every name the page or the build writes is in the pages the build
//! renders. No script reads a control: the controls are the page's own
//! HTML before the app and the app's after it.
//!
//! Addresses are not worked out here: the app writes each page's own (its
//! facts, [`crate::facts::PageFacts`], as the root's data attributes), and
//! the scripts resolve them against the document's address.

/// Who writes a name into the document, for the test that finds it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// A component: it is in the page as the app and the build render it.
    Page,
    /// The build, around the rendered page (`src/prerender/`), or Trunk
    /// (`Trunk.toml`, `index.html`).
    Build,
    /// A script, the app at run time (`src/dom/`), a host page or an
    /// address: not in the rendered page.
    Script,
}

/// What a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Class,
    /// A data attribute, as written in HTML (`data-page`).
    Attribute,
    Id,
    /// A file of the app, relative to its folder.
    File,
    /// A `postMessage` type or a `performance.mark` name.
    Event,
    /// A query parameter of the app's addresses (`src/route.rs`).
    Query,
}

/// A script that reads names of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// `public/loader.js`: starts the app.
    Loader,
    /// `public/boot.js`: marks an address with a query.
    Boot,
    /// `public/embed/mount.js`: the host element's script.
    Mount,
    /// `public/embed/resize.js`: the iframe's script.
    Resize,
    /// `scripts/build/embed-heights.mjs`: measures the embed forms.
    Heights,
}

impl Script {
    pub const ALL: [Script; 5] = [
        Script::Loader,
        Script::Boot,
        Script::Mount,
        Script::Resize,
        Script::Heights,
    ];

    /// The script's file, relative to the repository.
    pub fn file(self) -> &'static str {
        match self {
            Script::Loader => "public/loader.js",
            Script::Boot => "public/boot.js",
            Script::Mount => "public/embed/mount.js",
            Script::Resize => "public/embed/resize.js",
            Script::Heights => "scripts/build/embed-heights.mjs",
        }
    }
}

macro_rules! names {
    ($( $(#[$doc:meta])* $name:ident = ($kind:ident, $writer:ident, $value:literal, [$($reader:ident),*]); )*) => {
        $( $(#[$doc])* pub const $name: &str = $value; )*
        /// Every name of the contract: (what it is, who writes it, the
        /// name, the scripts that read it).
        pub const NAMES: &[(Kind, Writer, &str, &[Script])] =
            &[ $( (Kind::$kind, Writer::$writer, $value, &[$(Script::$reader),*]), )* ];
    };
}

names! {
    // The app's files, as Trunk records them (`pattern_script` in
    // Trunk.toml), and the page the loader starts.
    /// Trunk's record of the app's hashed files.
    APP_FILES = (Id, Build, "resultaten-app", [Loader, Mount]);
    APP_JS = (Attribute, Build, "data-js", [Loader, Mount]);
    APP_WASM = (Attribute, Build, "data-wasm", [Loader, Mount]);
    /// The editors' page's own app (`?check`, src/editors/).
    EDITORS_JS = (Attribute, Build, "data-editors-js", [Loader]);
    EDITORS_WASM = (Attribute, Build, "data-editors-wasm", [Loader]);
    /// The address that asks for the editors' page.
    CHECK_PARAM = (Query, Script, "check", [Loader]);

    // A pre-rendered page (src/prerender/).
    /// Its static root: `data-resultaten-page` holds its route.
    STATIC_ROOT = (Attribute, Build, "data-resultaten-page", [Loader, Heights]);
    /// What the loader fetches early: the catalog, and the bundle a theme
    /// page shows (addresses from the page, space-separated).
    STATIC_PRELOAD = (Attribute, Build, "data-preload", [Loader]);
    /// The stylesheet that shows the page as without script, when the
    /// app cannot start (an address from the page).
    STATIC_NO_SCRIPT = (Attribute, Build, "data-no-script", [Loader]);
    /// That stylesheet once added (by the loader, or by the app when its
    /// data cannot be loaded).
    NO_SCRIPT = (Id, Script, "resultaten-no-script", [Loader]);
    /// Where the app builds its page, out of sight, before the takeover.
    OFFSTAGE = (Class, Script, "resultaten-offstage", [Loader, Heights]);
    /// On `<html>` of the pre-rendered overview (index.html), set by
    /// `public/boot.js` when the address has a query: the app renders
    /// that page, and the overview in the file gives way.
    QUERY = (Class, Script, "resultaten-query", [Loader, Boot]);
    /// On `<html>`: the site's public address (`SITE_URL`), where the
    /// build had one.
    SITE = (Attribute, Build, "data-site", []);

    // The page's root and its facts (crate::facts::PageFacts).
    /// The root of the app's page; it carries the page's facts.
    ROOT = (Class, Page, "resultaten", [Loader, Mount, Heights]);
    /// The root of a page without the site's header and footer.
    EMBEDDED = (Class, Page, "resultaten--embedded", []);
    /// The app's folder, relative to the document (or absolute).
    FACT_BASE = (Attribute, Page, "data-base", [Mount]);
    /// The app's folder as it is published: `SITE_URL`, or the same as
    /// `data-base`; the addresses handed to readers start here.
    FACT_APP = (Attribute, Page, "data-app", [Loader]);
    /// This page's address, relative to `data-app`.
    FACT_PAGE = (Attribute, Page, "data-page", [Loader]);
    /// The page's language: `nl` or `en`, whatever the address said.
    FACT_LANG = (Attribute, Page, "data-lang", []);
    /// The page's locale, for the date of printing, and the words before it.
    FACT_LOCALE = (Attribute, Page, "data-locale", [Loader]);
    FACT_PRINTED = (Attribute, Page, "data-printed", [Loader]);
    FACT_THEME = (Attribute, Page, "data-theme", []);
    FACT_YEAR = (Attribute, Page, "data-year", []);
    /// The measured heights of the page's embed forms, relative to
    /// `data-base` (`make embed-heights`).
    FACT_HEIGHTS = (Attribute, Page, "data-embed-heights", [Heights]);
    /// A pre-rendered chart's two drawings, for a phone and a wide screen;
    /// `style/main.css` shows the one that fits.
    PHONE_DRAWING = (Class, Page, "chart-svg--narrow", []);
    WIDE_DRAWING = (Class, Page, "chart-svg--wide", []);
    /// A control of the app: its place is kept on a pre-rendered page
    /// until the app has taken over, and without script it is left out
    /// (style/main.css, public/no-script.css).
    NEEDS_APP = (Class, Page, "needs-app", []);
    /// A link to what needs script (the editors' app): left out without
    /// script (public/no-script.css).
    NEEDS_SCRIPT = (Class, Page, "needs-script", []);
    /// The address that asks for "Insluiten" (the editors' app).
    SNIPPETS_PARAM = (Query, Script, "snippets", [Loader]);

    // "Insluiten", for the build's measuring script: the link to the
    // snippets of a piece, the piece (none for the whole page) and its
    // frame's address, relative to `data-app`.
    EMBED_LINK = (Class, Page, "embed-link", [Heights]);
    EMBED_ONLY = (Attribute, Page, "data-only", [Heights]);
    EMBED_SRC = (Attribute, Page, "data-src", [Heights]);

    // index.html's boot screen (written by the build, src/prerender/).
    BOOT = (Id, Build, "resultaten-boot", [Loader]);
    BOOT_HEADER = (Class, Build, "site-header", [Loader]);
    BOOT_LOADING = (Class, Build, "loading", [Loader]);
    BOOT_FAILED = (Class, Build, "boot-failed", [Loader]);

    // Host pages (docs/embedding.md).
    /// A host page's element to mount into, and its options.
    HOST = (Attribute, Script, "data-resultaten", [Mount]);
    /// An iframe that `embed/resize.js` sizes, its measured heights, and
    /// what the script has done to it.
    FRAME = (Attribute, Script, "data-resultaten-frame", [Resize]);
    FRAME_HEIGHTS = (Attribute, Script, "data-heights", [Resize]);
    FRAME_SIZED = (Attribute, Script, "data-resultaten-sized", [Resize]);

    // Files of the app, relative to its folder.
    CATALOG_FILE = (File, Build, "data/index.json", [Heights]);
    NO_SCRIPT_FILE = (File, Build, "no-script.css", []);
    INDEX_FILE = (File, Build, "index.html", [Mount]);
    RESIZE_FILE = (File, Build, "embed/resize.js", []);
    MOUNT_FILE = (File, Build, "embed/mount.js", []);

    // Messages and marks.
    /// An embedded page's height, to `embed/resize.js`.
    HEIGHT_MESSAGE = (Event, Script, "resultaten:height", [Loader, Resize]);
    /// `performance.mark`s for the build's scripts and `make bench`.
    MARK_BUNDLE_RECEIVED = (Event, Script, "resultaten:bundle-received", []);
    MARK_RENDERED = (Event, Script, "resultaten:rendered", [Heights]);
    MARK_COMPLETE = (Event, Script, "resultaten:complete", []);
}

/// The names `script` reads, as the contract lists them.
pub fn read_by(script: Script) -> Vec<&'static str> {
    NAMES
        .iter()
        .filter(|(_, _, _, readers)| readers.contains(&script))
        .map(|(_, _, name, _)| *name)
        .collect()
}
