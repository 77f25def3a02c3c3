//! Applies a page's [`PageHead`] to the document: title, language,
//! description, link preview, canonical address and the other languages'
//! addresses. On a host page the head is the host's, and stays so. The
//! build writes the same head into the static HTML
//! ([`PageHead::meta_html`]); applied over it, nothing changes.

use leptos::prelude::*;

use super::address::published;
use crate::facts::PageFacts;
use crate::head::PageHead;

/// Applies `head`, its addresses under the page's published app
/// ([`PageFacts::app`]): absolute, as search engines (and Lighthouse's SEO
/// audit) require of `hreflang` links.
pub fn apply(head: &PageHead, facts: &PageFacts) {
    let doc = document();
    let Some(head_el) = doc.head() else { return };
    doc.set_title(&head.title);
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", head.lang.tag());
    }
    let canonical = head
        .canonical
        .as_deref()
        .and_then(|c| published(facts, c));
    remove_all("link[rel=canonical]");
    if let Some(url) = &canonical {
        append(&head_el, "link", &[("rel", "canonical"), ("href", url)]);
    }
    remove_all("link[rel=alternate][hreflang]");
    for (lang, href) in &head.alternates {
        if let Some(url) = published(facts, href) {
            append(
                &head_el,
                "link",
                &[("rel", "alternate"), ("hreflang", lang.tag()), ("href", &url)],
            );
        }
    }
    if let Some(p) = &head.preview {
        if !p.description.is_empty() {
            set_meta(&head_el, "name", "description", &p.description);
            set_meta(&head_el, "property", "og:description", &p.description);
        }
        set_meta(&head_el, "property", "og:title", &p.title);
        set_meta(&head_el, "property", "og:type", "article");
        let url = canonical
            .clone()
            .unwrap_or_else(|| super::address::page_address(Some(facts), None));
        set_meta(&head_el, "property", "og:url", &url);
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

fn append(head: &web_sys::HtmlHeadElement, tag: &str, attrs: &[(&str, &str)]) {
    if let Ok(el) = document().create_element(tag) {
        for (name, value) in attrs {
            let _ = el.set_attribute(name, value);
        }
        let _ = head.append_child(&el);
    }
}

fn set_meta(head: &web_sys::HtmlHeadElement, attr: &str, key: &str, content: &str) {
    let selector = format!("meta[{attr}=\"{key}\"]");
    match document().query_selector(&selector).ok().flatten() {
        Some(m) => {
            let _ = m.set_attribute("content", content);
        }
        None => append(head, "meta", &[(attr, key), ("content", content)]),
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
