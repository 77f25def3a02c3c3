//! The app's `index.html`, as Trunk wrote it, as the template of every
//! pre-rendered page.

use std::path::Path;

use super::{err, read, BuildError, Rendered};
use crate::catalog::CATALOG_PATH;
use crate::contract::{NO_SCRIPT_FILE, SITE, STATIC_NO_SCRIPT, STATIC_PRELOAD, STATIC_ROOT};
use crate::head::attr;
use crate::i18n::{EN, NL};

/// Where the build keeps Trunk's `index.html`, which it replaces by the
/// Dutch overview: the app's shell, which also serves the app on its own.
pub const APP_SHELL: &str = "app.html";

/// The script that lets the pre-rendered overview give way to the page an
/// address with a query asks for (`public/boot.js`); in `index.html` only.
pub const BOOT_SCRIPT: &str = "boot.js";

pub struct Template {
    html: String,
}

impl Template {
    /// Trunk's `index.html` in `dist`: kept as [`APP_SHELL`] the first time,
    /// since the build then replaces it with the overview.
    pub fn from_dist(dist: &Path) -> Result<Template, BuildError> {
        let index = dist.join(crate::contract::INDEX_FILE);
        let shell = dist.join(APP_SHELL);
        let html = read(&index)?;
        if html.contains(STATIC_ROOT) {
            return Template::new(read(&shell).map_err(|e| {
                err(format!(
                    "{e}: {} is a rendered page already; run `trunk build --release` first",
                    index.display()
                ))
            })?);
        }
        // The app's shell, with its boot screen written.
        let template = Template::new(html)?;
        std::fs::write(&shell, &template.html)
            .map_err(|e| err(format!("{}: {e}", shell.display())))?;
        Ok(template)
    }

    /// A template from Trunk's `index.html` text, with its boot screen and
    /// its notice without script written from the interface's texts.
    pub fn new(html: String) -> Result<Template, BuildError> {
        let html =
            html.replacen(BOOT_PLACE, &boot_screen(), 1)
                .replacen(NOTICE_PLACE, &notice(), 1);
        for needed in [
            "<html lang=\"",
            "<title>",
            "</title>",
            "</head>",
            "<body",
            "</body>",
            "<noscript>",
        ] {
            if !html.contains(needed) {
                return Err(err(format!("index.html has no {needed}: is it Trunk's?")));
            }
        }
        Ok(Template { html })
    }

    /// The page `page` as a file: the template's head with the page's,
    /// file addresses relative to the page's folder, and the page in the
    /// body. `boot`: the app's own `index.html`, which also serves every
    /// address with a query, so it keeps the boot screen for them.
    pub fn page(&self, page: &Rendered, boot: bool) -> String {
        let mut html = self.html.clone();
        if page.base != "./" {
            for name in [
                "href",
                "src",
                "data-js",
                "data-wasm",
                "data-editors-js",
                "data-editors-wasm",
            ] {
                html = html.replace(
                    &format!(" {name}=\"./"),
                    &format!(" {name}=\"{}", page.base),
                );
            }
        }
        // No early fetch of the app's code: the page is readable without
        // it, and public/loader.js fetches it once the page is painted.
        html = without_tags(&html, "<link rel=\"modulepreload\"");
        html = without_tags(&html, "<link rel=\"preload\"");
        html = without_tags(&html, "<meta name=\"description\"");
        html = replace_between(&html, "<html lang=\"", "\"", page.head.lang.tag());
        if let Some(site) = &page.site {
            html = html.replacen("<html ", &format!("<html {SITE}=\"{}\" ", attr(site)), 1);
        }
        html = replace_between(&html, "<title>", "</title>", &attr(&page.head.title));
        let mut head = page.head.meta_html(&page.app);
        head.push_str(&format!(
            "<noscript><link rel=\"stylesheet\" href=\"{}{NO_SCRIPT_FILE}\"></noscript>\n",
            page.base
        ));
        html = html.replacen("</head>", &format!("{head}</head>"), 1);
        if boot {
            // Before the stylesheets, so that it runs as soon as it arrives.
            html = html.replacen(
                "<meta charset=\"utf-8\">",
                &format!("<meta charset=\"utf-8\">\n    <script src=\"{BOOT_SCRIPT}\"></script>"),
                1,
            );
        }
        // What the loader fetches early (the catalog, and the bundle a
        // theme page shows), and the stylesheet it adds when the app
        // cannot start: addresses from this page.
        let preload: Vec<String> = std::iter::once(CATALOG_PATH)
            .chain(page.bundle.as_deref())
            .map(|file| format!("{}{file}", page.base))
            .collect();
        let root = format!(
            "<div {STATIC_ROOT}=\"{}\" data-base=\"{}\" {STATIC_PRELOAD}=\"{}\" {STATIC_NO_SCRIPT}=\"{}{NO_SCRIPT_FILE}\">{}</div>",
            attr(&page.route),
            attr(&page.base),
            attr(&preload.join(" ")),
            attr(&page.base),
            page.body
        );
        let (Some(open), Some(close)) = (html.find("<body"), html.rfind("</body>")) else {
            return html;
        };
        let Some(start) = html[open..].find('>').map(|i| open + i + 1) else {
            return html;
        };
        // The boot screen: what an address with a query shows until the
        // app has started (index.html only); the rest of the body is the
        // page.
        let boot_screen = match (boot, html[start..close].find("<noscript>")) {
            (true, Some(end)) => html[start..start + end].trim().to_string(),
            _ => String::new(),
        };
        format!(
            "{}\n{root}\n{boot_screen}\n{}",
            &html[..start],
            &html[close..]
        )
    }
}

/// Where index.html leaves the boot screen and the notice without script
/// for the build to write.
const BOOT_PLACE: &str = "<div class=\"resultaten resultaten-boot\" id=\"resultaten-boot\"></div>";
const NOTICE_PLACE: &str = "<noscript></noscript>";

/// What the app-only address shows from its first paint until the app has
/// started, in both languages: the site's header, and a loading message
/// that the loader shows (hidden without script, where the notice says
/// why), or the message that the app cannot start.
fn boot_screen() -> String {
    let both = |nl: &str, en: &str| format!("{} <span lang=\"en\">{}</span>", attr(nl), attr(en));
    format!(
        "<div class=\"resultaten resultaten-boot\" id=\"resultaten-boot\">\
         <header class=\"site-header\"><div class=\"wrap\"><p class=\"site-name\">{}</p></div></header>\
         <div class=\"wrap\"><p class=\"loading\" role=\"status\" hidden>{}</p>\
         <p class=\"noscript boot-failed\" role=\"alert\" hidden>{}</p></div></div>",
        attr(NL.site_name),
        both(NL.loading, EN.loading),
        both(NL.cannot_start, EN.cannot_start),
    )
}

fn notice() -> String {
    format!(
        "<noscript><p class=\"noscript\">{} <span lang=\"en\">{}</span></p></noscript>",
        attr(NL.needs_script),
        attr(EN.needs_script)
    )
}

/// `html` without each tag that starts with `start` (up to its `>`).
fn without_tags(html: &str, start: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(start) {
        out.push_str(&rest[..at]);
        rest = match rest[at..].find('>') {
            Some(end) => &rest[at + end + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// `html` with the text between the first `open` and the next `close`
/// replaced by `with`.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
    let Some(start) = html.find(open).map(|i| i + open.len()) else {
        return html.to_string();
    };
    let Some(end) = html[start..].find(close).map(|i| start + i) else {
        return html.to_string();
    };
    format!("{}{with}{}", &html[..start], &html[end..])
}
