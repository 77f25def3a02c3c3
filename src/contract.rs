//! The page's contract with its scripts: every class name, data attribute,
//! element id, file path and message that `public/loader.js`,
//! `public/boot.js`, `public/embed/*.js` and the build's scripts
//! (`scripts/*.mjs`) rely on, in one list.
//!
//! The app writes these names (the components, `src/dom/`, the build's
//! `src/prerender/`); the scripts only read them. Two native tests keep the
//! two sides together (`tests/contract.rs`):
//! - every name a script uses is in [`NAMES`];
//! - every name written by [`Writer::Page`] is in the page the build
//!   renders, so a renamed class fails the test instead of a control.
//!
//! Addresses are not worked out here: the app writes each page's own (its
//! facts, [`crate::pages::PageFacts`], as the root's data attributes), and
//! the scripts resolve them against the document's address.

/// Who writes a name into the document, for the test that finds it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// A component: it is in the page as the app and the build render it.
    Page,
    /// The build, around the rendered page (`src/prerender/`), or
    /// `index.html`.
    Build,
    /// A script, or the app at run time (`src/dom/`): not in the rendered
    /// page.
    Script,
}

/// What a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Class,
    /// A data attribute, as written in HTML (`data-label-on`; a script
    /// reads it as `dataset.labelOn`).
    Attribute,
    Id,
    /// A file of the app, relative to its folder.
    File,
    /// A `postMessage` type or a `performance.mark` name.
    Event,
    /// A query parameter of the app's addresses (`src/route.rs`).
    Query,
}

macro_rules! names {
    ($( $(#[$doc:meta])* $name:ident = ($kind:ident, $writer:ident, $value:literal); )*) => {
        $( $(#[$doc])* pub const $name: &str = $value; )*
        /// Every name of the contract: (what it is, who writes it, the name).
        pub const NAMES: &[(Kind, Writer, &str)] = &[ $( (Kind::$kind, Writer::$writer, $value), )* ];
    };
}

names! {
    // The app's root and where it is mounted.
    /// The root of the app's page; it carries the page's facts.
    ROOT = (Class, Page, "resultaten");
    /// The root of a page without the site's header and footer.
    EMBEDDED = (Class, Page, "resultaten--embedded");
    /// The root of a pre-rendered page: `data-resultaten-page` holds its
    /// route, `data-base` the app's folder.
    STATIC_ROOT = (Attribute, Build, "data-resultaten-page");
    /// Where the app builds its page, out of sight, before the takeover.
    OFFSTAGE = (Class, Script, "resultaten-offstage");
    /// index.html's boot screen, until the app has started.
    BOOT = (Id, Build, "resultaten-boot");
    /// On `<html>` of the pre-rendered overview (index.html), set by
    /// `public/boot.js` when the address has a query: the app renders
    /// that page, and the overview in the file gives way.
    QUERY = (Class, Script, "resultaten-query");
    /// On `<html>`: the site's public address (`SITE_URL`), where the
    /// build had one.
    SITE = (Attribute, Build, "data-site");
    /// Trunk's record of the app's hashed files (`data-js`, `data-wasm`).
    APP_FILES = (Id, Build, "resultaten-app");
    APP_JS = (Attribute, Build, "data-js");
    APP_WASM = (Attribute, Build, "data-wasm");
    /// A host page's element to mount into, and its options.
    HOST = (Attribute, Script, "data-resultaten");
    /// An iframe that `embed/resize.js` sizes, and its measured heights.
    FRAME = (Attribute, Script, "data-resultaten-frame");
    FRAME_HEIGHTS = (Attribute, Script, "data-heights");
    /// What `embed/resize.js` has done to a frame.
    FRAME_SIZED = (Attribute, Script, "data-resultaten-sized");
    /// The stylesheet that shows a pre-rendered page as without script.
    NO_SCRIPT = (Id, Script, "resultaten-no-script");

    // The page's facts (crate::pages::PageFacts), on the root.
    /// The app's folder, relative to the document (or absolute).
    FACT_BASE = (Attribute, Page, "data-base");
    /// The app's folder as it is published: `SITE_URL`, or the same as
    /// `data-base`; the addresses handed to readers start here.
    FACT_APP = (Attribute, Page, "data-app");
    /// This page's address, relative to `data-app`.
    FACT_PAGE = (Attribute, Page, "data-page");
    /// The page's language: `nl` or `en`, whatever the address said.
    FACT_LANG = (Attribute, Page, "data-lang");
    FACT_THEME = (Attribute, Page, "data-theme");
    FACT_YEAR = (Attribute, Page, "data-year");
    /// On a pre-rendered theme page's static root: the bundle it shows,
    /// relative to `data-base`, which the loader preloads.
    STATIC_BUNDLE = (Attribute, Build, "data-bundle");
    /// The measured heights of the page's embed forms, relative to
    /// `data-base` (`make embed-heights`).
    FACT_HEIGHTS = (Attribute, Page, "data-embed-heights");

    // Controls that work before the app has taken over (public/loader.js).
    AREA_TOGGLE = (Class, Page, "area-toggle");
    AREA_PANEL = (Class, Page, "area-panel");
    OPEN_ALL = (Class, Page, "open-all");
    TOGGLE_TEXT = (Class, Page, "toggle-text");
    LABEL_ON = (Attribute, Page, "data-label-on");
    LABEL_OFF = (Attribute, Page, "data-label-off");
    HIGHLIGHTS = (Class, Page, "highlights");
    HIGHLIGHTS_SWITCH = (Class, Page, "highlights-switch");
    HIGHLIGHTS_VIEW = (Class, Page, "highlights-view");
    HIGHLIGHT_TILES = (Class, Page, "highlight-tiles");
    HIGHLIGHTS_CHART = (Class, Page, "highlights-chart");
    SHOW_TILES = (Class, Page, "highlights-show-tiles");
    SHOW_CHART = (Class, Page, "highlights-show-chart");
    SWITCH_BUTTON = (Class, Page, "chart-switch-button");
    SHOW_TABLE = (Class, Page, "chart-show-table");
    CHART_DRAWING = (Class, Page, "chart-drawing");
    CHART_TABLE = (Class, Page, "chart-table-wrap");
    /// A pre-rendered chart's two drawings, for a phone and a wide screen;
    /// `style/main.css` shows the one that fits.
    PHONE_DRAWING = (Class, Page, "chart-svg--narrow");
    WIDE_DRAWING = (Class, Page, "chart-svg--wide");
    /// What a two-state switch switches (the takeover finds it by this).
    VIEW_OF = (Attribute, Page, "data-view-of");

    // "Link kopiëren".
    COPY_LINK = (Class, Page, "copy-link-button");
    COPY_STATUS = (Class, Page, "copy-link-status");
    COPY_ADDRESS = (Class, Script, "copy-link-address");
    COPY_TARGET = (Attribute, Page, "data-target");
    LABEL_HAND = (Attribute, Page, "data-label-hand");
    LABEL_ADDRESS = (Attribute, Page, "data-label-address");

    // "Insluiten".
    EMBED_CONTROL = (Class, Page, "embed-control");
    EMBED_CODE = (Class, Page, "embed-code");
    EMBED_COPY = (Class, Page, "embed-copy");
    EMBED_STATUS = (Class, Page, "embed-copy-status");
    /// The piece an "Insluiten" embeds (none for the whole page).
    EMBED_ONLY = (Attribute, Page, "data-only");
    /// Its iframe's address, relative to `data-app`.
    EMBED_SRC = (Attribute, Page, "data-src");
    /// Its iframe's title.
    EMBED_TITLE = (Attribute, Page, "data-title");
    /// Which snippet a box holds: `iframe` or `element`.
    EMBED_KIND = (Attribute, Page, "data-kind");
    /// A result area's size on a phone, with `{}` for the measured height.
    EMBED_HEIGHT_NOTE = (Attribute, Page, "data-label-height");

    // index.html's boot screen, and the loader's own notice.
    BOOT_HEADER = (Class, Build, "site-header");
    BOOT_LOADING = (Class, Build, "loading");
    NOTICE = (Class, Script, "noscript");

    // Files of the app, relative to its folder.
    CATALOG_FILE = (File, Build, "data/index.json");
    NO_SCRIPT_FILE = (File, Build, "no-script.css");
    INDEX_FILE = (File, Build, "index.html");
    RESIZE_FILE = (File, Build, "embed/resize.js");
    MOUNT_FILE = (File, Build, "embed/mount.js");
    EDITORS_JS = (File, Build, "editors/resultaten-editors.js");
    EDITORS_WASM = (File, Build, "editors/resultaten-editors_bg.wasm");

    // Query parameters the loader reads before the app runs: which app to
    // start (the editors' page has a wasm of its own), and whether there is
    // a catalog to preload.
    CHECK_PARAM = (Query, Script, "check");
    DRAFT_PARAM = (Query, Script, "draft");

    // Messages and marks.
    /// An embedded page's height, to `embed/resize.js`.
    HEIGHT_MESSAGE = (Event, Script, "resultaten:height");
    /// `performance.mark`s for the build's scripts and `make bench`.
    MARK_BUNDLE_RECEIVED = (Event, Script, "resultaten:bundle-received");
    MARK_RENDERED = (Event, Script, "resultaten:rendered");
    MARK_COMPLETE = (Event, Script, "resultaten:complete");
}

/// The contract's name of `kind` that equals `name`, if any.
pub fn find(kind: Kind, name: &str) -> Option<Writer> {
    NAMES
        .iter()
        .find(|(k, _, n)| *k == kind && *n == name)
        .map(|(_, w, _)| *w)
}
