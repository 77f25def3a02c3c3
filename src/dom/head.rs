//! Applies a page's [`PageHead`] to the document, where the app renders
//! the page alone (a query address, a draft, the editors' page): its
//! title, language, canonical address and the other languages' addresses.
//! Such a page is served by `index.html`, whose head is the pre-rendered
//! overview's: its description and link preview go, since link previews
//! and search engines read the static HTML, not what script writes
//! (`crate::head::Preview`). A pre-rendered page has its head from the
//! build, and the app leaves it alone.

use leptos::prelude::*;

use super::address::published;
use crate::facts::PageFacts;
use crate::head::PageHead;

/// Applies `head`, its addresses absolute under the page's published app
/// ([`PageFacts::app`]), as search engines (and Lighthouse's SEO audit)
/// require of `hreflang` links.
pub fn apply(head: &PageHead, facts: &PageFacts) {
    let doc = document();
    let Some(head_el) = doc.head() else { return };
    doc.set_title(&head.title);
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", head.lang.tag());
    }
    remove_all(
        r#"link[rel=canonical], link[rel=alternate][hreflang], meta[name=description], meta[property^="og:"]"#,
    );
    if let Some(url) = head.canonical.as_deref().and_then(|c| published(facts, c)) {
        append(&head_el, &[("rel", "canonical"), ("href", &url)]);
    }
    for (lang, href) in &head.alternates {
        if let Some(url) = published(facts, href) {
            append(
                &head_el,
                &[
                    ("rel", "alternate"),
                    ("hreflang", lang.tag()),
                    ("href", &url),
                ],
            );
        }
    }
}

fn remove_all(selector: &str) {
    if let Ok(old) = document().query_selector_all(selector) {
        for i in 0..old.length() {
            if let Some(node) = old.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}

fn append(head: &web_sys::HtmlHeadElement, attrs: &[(&str, &str)]) {
    if let Ok(el) = document().create_element("link") {
        for (name, value) in attrs {
            let _ = el.set_attribute(name, value);
        }
        let _ = head.append_child(&el);
    }
}

/// The document's title ("a | b | c") and language alone: for the editors'
/// page, which only the app renders.
pub fn set_title(parts: &[&str], lang: crate::i18n::Lang) {
    let doc = document();
    doc.set_title(&parts.join(" | "));
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}
