//! The document's `<head>`: title, language and the other languages'
//! addresses. On a host page the head is the host's, and stays so.

use leptos::prelude::*;

use super::InHostPage;
use crate::i18n::Lang;

/// Sets the document title from its parts ("Thema | Resultaten 2019 | Site")
/// and the document language, which screen readers follow.
pub(crate) fn set_document_title(parts: &[&str], lang: Lang) {
    if use_context::<InHostPage>().is_some() {
        return;
    }
    let doc = document();
    doc.set_title(&parts.join(" | "));
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// `<link rel="alternate" hreflang>` for the same page in other languages,
/// so search engines and tools find them. Replaces any the document had.
///
/// Their addresses are absolute, as search engines (and Lighthouse's SEO
/// audit) require: resolved against the page's `<link rel="canonical">`,
/// which `make build` writes on pre-rendered pages with the site's public
/// address (`SITE_URL`), or else against the address the page was loaded
/// from (query addresses and drafts, which only the app renders).
pub(crate) fn set_alternates(others: &[(Lang, String)]) {
    if use_context::<InHostPage>().is_some() {
        return;
    }
    let doc = document();
    let Some(head) = doc.head() else { return };
    let base = canonical_or_here();
    if let Ok(old) = doc.query_selector_all("link[rel=alternate][hreflang]") {
        for i in 0..old.length() {
            if let Some(node) = old.item(i) {
                let _ = head.remove_child(&node);
            }
        }
    }
    for (lang, href) in others {
        let absolute = base
            .as_deref()
            .and_then(|base| web_sys::Url::new_with_base(href, base).ok())
            .map(|url| url.href());
        if let (Some(href), Ok(link)) = (absolute, doc.create_element("link")) {
            let _ = link.set_attribute("rel", "alternate");
            let _ = link.set_attribute("hreflang", lang.tag());
            let _ = link.set_attribute("href", &href);
            let _ = head.append_child(&link);
        }
    }
}

/// The page's description and link preview: `<meta name="description">`
/// and Open Graph's title, description, type and address, and the
/// canonical address. A query address of a published page names its
/// pre-rendered address as canonical (`canonical`, relative to the page),
/// so the two do not compete; a pre-rendered page has its own from the
/// build (`SITE_URL`). The build copies these into the static HTML, which
/// is what search engines and link previews read.
pub(crate) fn set_page_meta(title: &str, description: &str, canonical: Option<&str>) {
    if use_context::<InHostPage>().is_some() {
        return;
    }
    let doc = document();
    let Some(head) = doc.head() else { return };
    let existing = doc
        .query_selector("link[rel=canonical][href]")
        .ok()
        .flatten();
    let here = doc.location().and_then(|l| l.href().ok());
    let url = match (&existing, canonical, &here) {
        (Some(link), ..) => link.get_attribute("href"),
        (None, Some(path), Some(here)) => {
            let url = web_sys::Url::new_with_base(path, here)
                .ok()
                .map(|u| u.href());
            if let (Some(url), Ok(link)) = (&url, doc.create_element("link")) {
                let _ = link.set_attribute("rel", "canonical");
                let _ = link.set_attribute("href", url);
                let _ = head.append_child(&link);
            }
            url
        }
        _ => here.clone(),
    };
    let set = |attr: &str, key: &str, content: &str| {
        let selector = format!("meta[{attr}=\"{key}\"]");
        let meta = match doc.query_selector(&selector).ok().flatten() {
            Some(m) => m,
            None => match doc.create_element("meta") {
                Ok(m) => {
                    let _ = m.set_attribute(attr, key);
                    let _ = head.append_child(&m);
                    m
                }
                Err(_) => return,
            },
        };
        let _ = meta.set_attribute("content", content);
    };
    if !description.is_empty() {
        set("name", "description", description);
        set("property", "og:description", description);
    }
    set("property", "og:title", title);
    set("property", "og:type", "article");
    if let Some(url) = url {
        set("property", "og:url", &url);
    }
}

/// The page's address for a downloaded file to name its source: the
/// canonical address where the page has one, else the address it was loaded
/// from, without its fragment; with `#id` when given.
pub(crate) fn page_address(id: Option<&str>) -> String {
    let page = canonical_or_here().unwrap_or_default();
    let page = page.split('#').next().unwrap_or_default();
    match id {
        Some(id) => format!("{page}#{id}"),
        None => page.to_string(),
    }
}

/// The page's canonical address where it has one, else the address it was
/// loaded from.
fn canonical_or_here() -> Option<String> {
    let doc = document();
    doc.query_selector("link[rel=canonical][href]")
        .ok()
        .flatten()
        .and_then(|l| l.get_attribute("href"))
        .or_else(|| doc.location()?.href().ok())
}
