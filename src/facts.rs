//! What a page says about itself: where the app is, where this page is,
//! its language, theme and year. The app works these out once, here, and
//! writes them on the page's root as data attributes (the names are in
//! [`crate::contract`]), in the browser and in the build alike; the
//! scripts (`public/loader.js`, the build's scripts) only read them, and
//! resolve the addresses against the document's own.
//!
//! Addresses handed to readers (a copied link, a CSV's or SVG's source, an
//! embed snippet) start at [`PageFacts::app`]: the site's public address
//! when the build had one (`SITE_URL`), else the app's folder as the page
//! was read from it. No browser dependencies.

use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::route::{self, Route, View};

/// Where the app's files are, as a page sees them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppBase {
    /// The app's folder relative to the document (`../../../` on a
    /// pre-rendered theme page, empty on the app's own page), or absolute
    /// (a host page, which has the app on another address).
    pub base: String,
    /// The app's public address (`SITE_URL`), when the build had one.
    pub site: Option<String>,
    /// Mounted into a host page's element: its links go to the app's query
    /// addresses, as the host's own page has no pre-rendered neighbours.
    pub in_host_page: bool,
}

impl AppBase {
    /// The app's folder relative to the document, never empty (an empty
    /// link would lead to the document itself, query included).
    pub fn folder(&self) -> &str {
        if self.base.is_empty() {
            "./"
        } else {
            &self.base
        }
    }

    /// A link from this document to `link`, an address relative to the
    /// app's folder (as [`crate::route`] gives them).
    pub fn href(&self, link: &str) -> String {
        match link {
            "./" if !self.base.is_empty() => self.base.clone(),
            _ => format!("{}{link}", self.base),
        }
    }

    /// Whether the build rendered the page at `path` and links to it may
    /// go there (see [`Catalog::has_page`]).
    pub fn rendered(&self, catalog: Option<&Catalog>, path: &str) -> bool {
        !self.in_host_page && catalog.is_some_and(|c| c.has_page(path))
    }
}

/// A page's facts, as its root's data attributes (see the module).
#[derive(Debug, Clone, PartialEq)]
pub struct PageFacts {
    /// `data-base`: the app's folder relative to the document.
    pub base: String,
    /// `data-app`: the app's folder as published: `SITE_URL`, or the same
    /// as `base`.
    pub app: String,
    /// `data-page`: the page's own address, relative to `app`: its
    /// pre-rendered address where the build rendered it, else its query.
    /// An embedded page and a piece name the whole theme page.
    pub page: String,
    /// `data-lang`: the page's language, whatever tag the address used.
    pub lang: Lang,
    /// `data-theme`, `data-year`: a theme page's.
    pub theme: Option<(String, u16)>,
    /// `data-embed-heights`: where `make embed-heights` writes the measured
    /// heights of the page's embed forms, relative to `base`; only on a
    /// page the build rendered.
    pub embed_heights: Option<String>,
    /// Whether the build rendered the theme page, so its embed forms are
    /// pre-rendered too (not an attribute: the embed addresses say it).
    pub rendered: bool,
}

impl PageFacts {
    /// The facts of the page `route` asks for, with the catalog (which
    /// pages the build rendered) where it is known.
    pub fn new(route: &Route, app: &AppBase, catalog: Option<&Catalog>) -> PageFacts {
        let lang = route.lang;
        let base = app.folder().to_string();
        let mut facts = PageFacts {
            app: app.site.clone().unwrap_or_else(|| base.clone()),
            base,
            page: String::new(),
            lang,
            theme: None,
            embed_heights: None,
            rendered: false,
        };
        facts.page = match &route.view {
            // "Insluiten" names the theme page it is for: its snippets'
            // addresses are that page's.
            View::Theme { theme, year } | View::Snippets { theme, year, .. } => {
                let rendered = app.rendered(catalog, &route::static_page_path(theme, *year, lang));
                facts.theme = Some((theme.clone(), *year));
                facts.rendered = rendered;
                facts.embed_heights =
                    rendered.then(|| route::embed_heights_path(theme, *year, lang));
                Route::full_page_link(theme, *year, lang, rendered)
            }
            View::Draft { path } => Route::draft_query(path, lang),
            View::Check => Route::check_query(route.lang),
            View::Overview | View::Invalid { .. } => Route::parse("").overview_link(
                lang,
                app.rendered(catalog, route::static_overview_path(lang)),
            ),
        };
        facts
    }

    /// The address an iframe embeds this theme page (`only` none) or one
    /// piece of it at, relative to [`PageFacts::app`]; none off a theme
    /// page.
    pub fn embed_src(&self, only: Option<&str>) -> Option<String> {
        let (theme, year) = self.theme.as_ref()?;
        Some(route::embed_link(
            theme,
            *year,
            self.lang,
            only,
            self.rendered,
        ))
    }
}
