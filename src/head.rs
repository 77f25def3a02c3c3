//! The document's `<head>` for a page: its title and language, its
//! canonical address and the same page in other languages (`hreflang`),
//! worked out by the page's component, and its description and link
//! preview (Open Graph), which only the build writes ([`Preview`]). The
//! browser applies the first part to a page only the app renders
//! (`dom::head`); the build writes all of it into the static HTML
//! (`prerender`). On a host page the head is the host's, and stays so.
//! No browser dependencies.

use crate::bundle::Bundle;
use crate::i18n::{strings, Lang};

/// What a page puts in the document's head. Addresses are relative to the
/// app's folder; where they are published is the page's facts' business
/// ([`crate::facts::PageFacts::app`]).
#[derive(Debug, Clone, PartialEq)]
pub struct PageHead {
    /// The document's title ("Thema | Resultaten 2019 | Site").
    pub title: String,
    /// The document's language, which screen readers follow.
    pub lang: Lang,
    /// The page's description and link preview: `<meta name=description>`
    /// and Open Graph's title, description, type and address. The build
    /// adds it to the pages it writes (link previews and search engines
    /// read the static HTML); a page only the app renders has none.
    pub preview: Option<Preview>,
    /// The page's canonical address, where the build rendered it: a query
    /// address of a published page names its pre-rendered one, so the two
    /// do not compete; an embed page names its theme page.
    pub canonical: Option<String>,
    /// The same page in the other languages, (language, address).
    pub alternates: Vec<(Lang, String)>,
    /// Not for search engines: a page's embed forms.
    pub noindex: bool,
}

/// A page's link preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub title: String,
    /// Empty when the page has no text to describe it with.
    pub description: String,
}

impl Preview {
    /// A theme page's: its title, and its introduction's first sentences
    /// (else its summary's), cut at a word before 160 characters.
    pub fn of_bundle(b: &Bundle) -> Preview {
        let description = match crate::format::description(&b.introduction, 160) {
            d if d.is_empty() => crate::format::description(&b.results_summary, 160),
            d => d,
        };
        Preview {
            title: b.theme.title.clone(),
            description,
        }
    }

    /// The overview's, in `lang`.
    pub fn of_overview(lang: Lang) -> Preview {
        let s = strings(lang);
        Preview {
            title: s.overview_title.to_string(),
            description: s.overview_intro.to_string(),
        }
    }
}

impl PageHead {
    /// A head with a title made of `parts`, joined as "a | b | c".
    pub fn titled(parts: &[&str], lang: Lang) -> PageHead {
        PageHead {
            title: parts.join(" | "),
            lang,
            preview: None,
            canonical: None,
            alternates: Vec::new(),
            noindex: false,
        }
    }

    /// The head's elements after `<title>`, as the build writes them, with
    /// every address under `app` (the published app's folder: `SITE_URL`,
    /// or the folder relative to the document); `<title>` and `<html lang>`
    /// are the template's. The canonical and `hreflang` addresses only
    /// where they are absolute (`SITE_URL`): search engines require them
    /// so, and a relative one is an error to them (issue 33).
    pub fn meta_html(&self, app: &str) -> String {
        let mut out = String::new();
        let canonical = self
            .canonical
            .as_ref()
            .map(|c| format!("{app}{c}"))
            .filter(|c| is_absolute(c));
        if let Some(p) = &self.preview {
            if !p.description.is_empty() {
                out.push_str(&format!(
                    "<meta name=\"description\" content=\"{}\">\n",
                    attr(&p.description)
                ));
                out.push_str(&format!(
                    "<meta property=\"og:description\" content=\"{}\">\n",
                    attr(&p.description)
                ));
            }
            out.push_str(&format!(
                "<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:type\" content=\"article\">\n",
                attr(&p.title)
            ));
            // Open Graph's address must be absolute: with `SITE_URL` only.
            if let Some(url) = &canonical {
                out.push_str(&format!(
                    "<meta property=\"og:url\" content=\"{}\">\n",
                    attr(url)
                ));
            }
        }
        if let Some(url) = &canonical {
            out.push_str(&format!(
                "<link rel=\"canonical\" href=\"{}\">\n",
                attr(url)
            ));
        }
        for (lang, href) in self.alternates.iter().filter(|_| is_absolute(app)) {
            out.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                lang.tag(),
                attr(&format!("{app}{href}"))
            ));
        }
        if self.noindex {
            out.push_str("<meta name=\"robots\" content=\"noindex\">\n");
        }
        out
    }
}

fn is_absolute(address: &str) -> bool {
    address.starts_with("https://") || address.starts_with("http://")
}

/// Escapes text for an HTML attribute value in double quotes, or for text.
pub fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
