//! The build's pages (`make build`, after `trunk build --release`; docs/
//! architecture.md, "Pre-rendered pages"): every page of the published catalog, rendered by
//! the app's own components, natively (Leptos' `ssr`), into static HTML
//! that a visitor reads before the app's code arrives, and that the app
//! takes over without moving anything (`dom::takeover`).
//!
//! For every bundle in `dist/data/index.json` it writes its theme page
//! (`<lang>/<year>/<theme>/index.html`), the page's embed form (`embed/`)
//! and every piece the page offers to embed (`embed/<id>/`); and the
//! overview in each language (`index.html`, `en/index.html`). It records
//! each bundle's page in the catalog it publishes (each entry's `page`),
//! so the app links a page at its static address only when it exists.
//!
//! Each page is the app's `index.html` as Trunk wrote it (kept as
//! `app.html`, which also serves the app on its own), with its file
//! addresses made relative to the page's folder, the page's head
//! ([`crate::head::PageHead`]) and, in the body,
//! `<div data-resultaten-page="…" data-base="…">` around the page as the
//! components render it. No browser is involved. Native only.

mod template;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use leptos::prelude::*;

use crate::bundle::{self, Bundle};
use crate::catalog::{self, Catalog, CatalogEntry};
use crate::charts;
use crate::components::context::{Env, HeadOut, Rendering};
use crate::components::{Overview, Page, Piece, Shell};
use crate::facts::AppBase;
use crate::head::{PageHead, Preview};
use crate::i18n::Lang;
use crate::route::{self, Route};

pub use template::Template;

/// Why the pages could not be written.
#[derive(Debug)]
pub struct BuildError(pub String);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}

fn err(message: impl Into<String>) -> BuildError {
    BuildError(message.into())
}

/// One page written.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// Its folder, relative to `dist/` (`./` for the Dutch overview).
    pub path: String,
    /// The size of its `index.html`.
    pub bytes: usize,
    /// A theme page's embed form or one of its pieces.
    pub embed: bool,
}

/// What the build wrote, and how long it took.
#[derive(Debug)]
pub struct Report {
    pub pages: Vec<Written>,
    pub seconds: f64,
    /// `SITE_URL`, when the addresses handed to readers start there.
    pub site: Option<String>,
}

/// `SITE_URL` as the app's public folder: an absolute http(s) address
/// without query, fragment or credentials, ending in `/`. An empty value
/// is none.
pub fn site_url(raw: &str) -> Result<Option<String>, BuildError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .ok_or_else(|| {
            err(format!(
                "SITE_URL is not an absolute http(s) address: {raw} (for example https://www.example.org/resultaten/)"
            ))
        })?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() || host.contains('@') || rest.contains(['?', '#', ' ', '"', '<', '>', '\\'])
    {
        return Err(err(format!(
            "SITE_URL must be an http(s) address with a host and without query, fragment, credentials or spaces: {raw}"
        )));
    }
    Ok(Some(if raw.ends_with('/') {
        raw.to_string()
    } else {
        format!("{raw}/")
    }))
}

/// Renders every page of `dist`'s catalog into `dist`, with the addresses
/// handed to readers under `site` (`SITE_URL`) where given.
pub fn build(dist: &Path, site: Option<&str>) -> Result<Report, BuildError> {
    let started = Instant::now();
    let template = Template::from_dist(dist)?;
    let catalog_file = dist.join(catalog::CATALOG_PATH);
    let catalog_text = read(&catalog_file)?;
    let mut catalog = catalog::parse_catalog(&catalog_text)
        .map_err(|e| err(format!("{}: {e}", catalog_file.display())))?;
    let bundles = catalog
        .bundles
        .iter()
        .map(|entry| load_bundle(dist, entry))
        .collect::<Result<Vec<_>, _>>()?;
    // Every page this build writes, recorded before any is rendered, so
    // that each links the others at their static addresses.
    for entry in &mut catalog.bundles {
        entry.page = Some(entry.static_page());
    }
    let catalog = Arc::new(catalog);
    let site = site.map(str::to_string);
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        let route = Route::parse(&format!("lang={}", lang.tag()));
        let path = route::static_overview_path(lang);
        let shown = catalog.clone();
        let mut page = Rendered::of(&route, path, &site, &catalog, move |route| {
            view! { <Overview catalog=shown route=route /> }.into_any()
        })?;
        page.head.preview = Some(Preview::of_overview(lang));
        pages.push(write(
            dist,
            path,
            &template.page(&page, lang == Lang::Nl),
            false,
        )?);
    }
    for (entry, bundle) in catalog.bundles.iter().zip(bundles) {
        pages.extend(theme_pages(
            dist, &template, &site, &catalog, entry, bundle,
        )?);
    }
    write_catalog(&catalog_file, &catalog_text, &catalog)?;
    Ok(Report {
        pages,
        seconds: started.elapsed().as_secs_f64(),
        site,
    })
}

/// A theme page, its embed form and every piece it offers to embed; and
/// an empty record of their heights, which `make embed-heights` measures.
fn theme_pages(
    dist: &Path,
    template: &Template,
    site: &Option<String>,
    catalog: &Arc<Catalog>,
    entry: &CatalogEntry,
    bundle: Arc<Bundle>,
) -> Result<Vec<Written>, BuildError> {
    let lang = Lang::from_tag(&entry.language);
    let own = format!(
        "theme={}&year={}&lang={}",
        entry.theme,
        entry.year,
        lang.tag()
    );
    let path = route::static_page_path(&entry.theme, entry.year, lang);
    let mut written = Vec::new();
    let page_of = |bundle: Arc<Bundle>, catalog: Arc<Catalog>| {
        move |route| view! { <Page bundle=bundle catalog=Some(catalog) route=route /> }.into_any()
    };
    // Its description and link preview, which only the build writes.
    let preview = Preview::of_bundle(&bundle);
    let mut page = Rendered::of(
        &Route::parse(&own),
        &path,
        site,
        catalog,
        page_of(bundle.clone(), catalog.clone()),
    )?;
    page.head.preview = Some(preview.clone());
    let bundle_file = Some(catalog::bundle_path(entry));
    page.bundle = bundle_file.clone();
    written.push(write(dist, &path, &template.page(&page, false), false)?);
    // Its embed forms (issue 15): the whole page with embed=1, and each
    // piece it offers to embed ("Insluiten": its result areas and its
    // charts, `charts::every`), on its own. An iframe snippet points here.
    let embed_route = format!("{own}&embed=1");
    let embed_path = route::embed_page_path(&entry.theme, entry.year, lang, None);
    let mut page = Rendered::of(
        &Route::parse(&embed_route),
        &embed_path,
        site,
        catalog,
        page_of(bundle.clone(), catalog.clone()),
    )?;
    page.head.preview = Some(preview);
    page.bundle = bundle_file.clone();
    written.push(write(
        dist,
        &embed_path,
        &template.page(&page, false),
        true,
    )?);
    let pieces = bundle
        .result_areas
        .iter()
        .map(|a| a.id.clone())
        .chain(charts::every(&bundle, lang).into_iter().map(|c| c.id));
    for id in pieces {
        let route = Route::parse(&format!("{embed_route}&only={id}"));
        let path = route::embed_page_path(&entry.theme, entry.year, lang, Some(&id));
        let (shown, published) = (bundle.clone(), catalog.clone());
        let mut page = Rendered::of(&route, &path, site, catalog, move |_| {
            view! { <Piece bundle=shown catalog=Some(published) id=id /> }.into_any()
        })?;
        page.bundle = bundle_file.clone();
        written.push(write(dist, &path, &template.page(&page, false), true)?);
    }
    let heights = dist.join(route::embed_heights_path(&entry.theme, entry.year, lang));
    std::fs::write(&heights, "{}\n").map_err(|e| err(format!("{}: {e}", heights.display())))?;
    Ok(written)
}

/// A page as the components render it, with what the template needs.
pub struct Rendered {
    /// The page's route, as the static root records it.
    pub route: String,
    /// The app's folder, relative to the page's.
    pub base: String,
    /// The published app's folder: `SITE_URL`, or `base`.
    pub app: String,
    pub site: Option<String>,
    pub head: PageHead,
    /// The bundle a theme page shows, relative to `base`, for the loader
    /// to fetch with the catalog ([`crate::contract::STATIC_BUNDLE`]).
    pub bundle: Option<String>,
    /// The page's root (`.resultaten`) and all in it.
    pub body: String,
}

impl Rendered {
    /// Renders `content` for `route` in the page's frame, as a page at
    /// `path` (relative to the app's folder).
    pub fn of(
        route: &Route,
        path: &str,
        site: &Option<String>,
        catalog: &Arc<Catalog>,
        content: impl FnOnce(Route) -> AnyView + Send + 'static,
    ) -> Result<Rendered, BuildError> {
        let base = "../".repeat(
            path.split('/')
                .filter(|p| !p.is_empty() && *p != ".")
                .count(),
        );
        let app_base = AppBase {
            base: base.clone(),
            site: site.clone(),
            in_host_page: false,
        };
        let head = StoredValue::new(None::<PageHead>);
        let owner = Owner::new();
        let body = owner.with(|| {
            provide_context(Env {
                base: app_base.clone(),
                rendering: Rendering::Build,
            });
            provide_context(HeadOut(head));
            let catalog = Some(catalog.clone());
            let own = route.clone();
            view! { <Shell route=route.clone() catalog=catalog>{content(own)}</Shell> }.to_html()
        });
        let head = head
            .get_value()
            .ok_or_else(|| err(format!("{path}: the page set no head")))?;
        owner.unset();
        Ok(Rendered {
            route: route_query(route),
            app: site
                .clone()
                .unwrap_or_else(|| app_base.folder().to_string()),
            base: app_base.folder().to_string(),
            site: site.clone(),
            head,
            bundle: None,
            body: bare(&body),
        })
    }
}

/// The route a static root records: what the page's file holds.
fn route_query(route: &Route) -> String {
    let mut q = match &route.view {
        route::View::Theme { theme, year } => {
            format!("theme={theme}&year={year}&lang={}", route.lang.tag())
        }
        _ => format!("lang={}", route.lang.tag()),
    };
    if route.embed {
        q.push_str("&embed=1");
    }
    if let Some(only) = &route.only {
        q.push_str(&format!("&only={only}"));
    }
    q
}

/// Leptos' empty marker comments mean nothing to a static page, which the
/// app replaces rather than hydrates.
fn bare(html: &str) -> String {
    html.replace("<!>", "").replace("<!---->", "")
}

fn load_bundle(dist: &Path, entry: &CatalogEntry) -> Result<Arc<Bundle>, BuildError> {
    let file = dist.join(catalog::bundle_path(entry));
    let text = read(&file)?;
    let bundle = bundle::parse(&text).map_err(|e| err(format!("{}: {e}", file.display())))?;
    Ok(Arc::new(bundle))
}

fn read(file: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(file).map_err(|e| err(format!("{}: {e}", file.display())))
}

fn write(dist: &Path, path: &str, html: &str, embed: bool) -> Result<Written, BuildError> {
    let folder: PathBuf = dist.join(path.trim_start_matches("./"));
    std::fs::create_dir_all(&folder).map_err(|e| err(format!("{}: {e}", folder.display())))?;
    let file = folder.join("index.html");
    std::fs::write(&file, html).map_err(|e| err(format!("{}: {e}", file.display())))?;
    Ok(Written {
        path: path.to_string(),
        bytes: html.len(),
        embed,
    })
}

/// The published catalog with the build's record of its pages (each
/// entry's `page`), every other field as the editors wrote it.
fn write_catalog(file: &Path, text: &str, catalog: &Catalog) -> Result<(), BuildError> {
    let invalid = |e: String| err(format!("{}: {e}", file.display()));
    let mut value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| invalid(e.to_string()))?;
    let Some(entries) = value.get_mut("bundles").and_then(|b| b.as_array_mut()) else {
        return Err(invalid("no list of bundles".into()));
    };
    for (entry, read) in entries.iter_mut().zip(&catalog.bundles) {
        if let (Some(object), Some(page)) = (entry.as_object_mut(), &read.page) {
            object.insert("page".into(), serde_json::json!(page));
        }
    }
    let text = serde_json::to_string_pretty(&value).map_err(|e| invalid(e.to_string()))?;
    std::fs::write(file, format!("{text}\n")).map_err(|e| invalid(e.to_string()))
}
