//! What the components share through Leptos' context: how they are
//! rendered, where the app is, the published catalog, the page's facts,
//! and the state a page's parts share (its areas' panels, printing,
//! whether it is whole). Addresses for links come from here too, so that
//! every link is worked out by the same rules ([`crate::route`]).

use leptos::prelude::*;

use crate::catalog::Catalog;
use crate::facts::{AppBase, PageFacts};
use crate::i18n::Lang;
use crate::route::{self, Route};

/// How the components are rendered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rendering {
    /// By the app, in the browser.
    Browser {
        /// The window's width when the app started, for each chart's first
        /// drawing (0: unknown; the drawing follows its container anyway).
        viewport: u32,
        /// Over a pre-rendered page, out of sight until the takeover: the
        /// page is built in parts, one task each.
        over_static_page: bool,
    },
    /// Natively, by the build (`src/prerender/`): every part and every
    /// area's content at once, and every chart drawn for a phone's width
    /// and a wide screen's ([`crate::charts::PHONE`], [`crate::charts::WIDE`]).
    Build,
}

/// Where the app is, and how it renders: provided by the app and by the
/// build, for every component below.
#[derive(Clone, Debug)]
pub struct Env {
    pub base: AppBase,
    pub rendering: Rendering,
}

/// How the components are rendered; in the browser when nobody said (a
/// component mounted on its own, as the browser tests do).
pub fn rendering() -> Rendering {
    use_context::<Env>().map_or(
        Rendering::Browser {
            viewport: 0,
            over_static_page: false,
        },
        |e| e.rendering,
    )
}

/// Where the app is.
pub fn app_base() -> AppBase {
    use_context::<Env>().map(|e| e.base).unwrap_or_default()
}

/// Mounted into a host page's element (docs/embedding.md).
pub fn in_host_page() -> bool {
    app_base().in_host_page
}

/// The page's facts (see [`crate::facts`]), as the root writes them.
#[derive(Clone)]
pub struct Facts(pub PageFacts);

/// A link to another page of the app: an address relative to the app's
/// folder ([`crate::route`]'s links), from this document.
pub fn href(link: &str) -> String {
    app_base().href(link)
}

/// Whether the build rendered the page at `path` ([`AppBase::rendered`]).
pub fn rendered(catalog: Option<&Catalog>, path: &str) -> bool {
    app_base().rendered(catalog, path)
}

/// A theme page's address, relative to the app's folder: its pre-rendered
/// page where the build rendered it, else its query ([`Route::theme_link`]).
pub fn theme_link(
    route: &Route,
    catalog: Option<&Catalog>,
    theme: &str,
    year: u16,
    lang: Lang,
) -> String {
    let rendered = rendered(catalog, &route::static_page_path(theme, year, lang));
    route.theme_link(theme, year, lang, rendered)
}

/// The overview's address in `lang`, relative to the app's folder.
pub fn overview_link(route: &Route, catalog: Option<&Catalog>, lang: Lang) -> String {
    let rendered = rendered(catalog, route::static_overview_path(lang));
    route.overview_link(lang, rendered)
}

/// The same page in the site's other languages, (language, address
/// relative to the app's folder), for the footer: a theme page sets its
/// own; otherwise the overviews.
#[derive(Clone, Copy)]
pub struct SiteLanguages(pub RwSignal<Option<Vec<(Lang, String)>>>);

/// Whether the result area around a component is open. Charts in a closed
/// area are drawn when it first opens: a page with many indicators then
/// renders only what is visible.
#[derive(Clone, Copy)]
pub struct PanelShown(pub RwSignal<bool>);

/// True while the page is printed (or shown as print media): every chart
/// is drawn and every area built, since print opens every area.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// Set by a page, when provided, once all its parts are built: the app
/// waits for it before it takes over a pre-rendered page.
#[derive(Clone, Copy)]
pub struct PageBuilt(pub RwSignal<bool>);

/// Provided by a published theme page shown on its own (not embedded, not
/// on a host page): its charts and areas offer "Insluiten".
#[derive(Clone, Copy)]
pub struct EmbedOffered;

/// Where a page's head goes at build time: the build provides it, the page
/// fills it, and the build writes it into the static HTML
/// (`src/prerender/`). Native only.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy)]
pub struct HeadOut(pub StoredValue<Option<crate::head::PageHead>>);
