//! "Insluiten" and "Link kopiëren" in the browser: the snippets for one
//! piece, written when a reader first opens its "Insluiten" with the
//! published addresses (resolved against the document's address, see
//! [`super::address`]) and the heights the build measured for the piece
//! (`make embed-heights`, the page's `data-embed-heights` file); and the
//! field that shows a link where copying it failed.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

use super::address::{page_address, published};
use super::clipboard::{copy_for, Said};
use crate::contract::{MOUNT_FILE, RESIZE_FILE};
use crate::facts::PageFacts;
use crate::snippets::{height_at, Heights, Piece};

/// What "Insluiten" needs to write its snippets.
#[derive(Clone)]
pub struct Embedding {
    pub facts: PageFacts,
    /// The piece, or none for the whole page.
    pub only: Option<String>,
    /// The piece's name: the iframe's title.
    pub title: String,
    /// An area's size on a phone, with `{}` for the height at 360 px.
    pub size_words: Option<&'static str>,
}

/// Whether a `toggle` event's `<details>` is open now.
pub fn is_open(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// On "Insluiten"'s `toggle`: the first time it opens, writes its two
/// snippets into its boxes, and an area's size into its note.
pub fn write_once(ev: &web_sys::Event, embedding: &Embedding) {
    let Some(details) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !is_open(ev) || details.has_attribute("data-written") {
        return;
    }
    let _ = details.set_attribute("data-written", "");
    let e = embedding.clone();
    leptos::task::spawn_local(async move {
        let facts = &e.facts;
        let heights = match &facts.embed_heights {
            Some(file) => measured(&format!("{}{file}", facts.base))
                .await
                .and_then(|mut all| all.remove(e.only.as_deref().unwrap_or_default()))
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let at = |address: &str| published(facts, address).unwrap_or_default();
        let (theme, year) = facts.theme.clone().unwrap_or_default();
        let (page, src) = (
            page_address(Some(facts), None),
            at(&facts.embed_src(e.only.as_deref()).unwrap_or_default()),
        );
        let (resize, mount) = (at(RESIZE_FILE), at(MOUNT_FILE));
        let piece = Piece {
            only: e.only.as_deref(),
            title: &e.title,
            src: &src,
            page: &page,
            resize: &resize,
            mount: &mount,
            theme: &theme,
            year,
            lang: facts.lang.tag(),
            heights: &heights,
        };
        let boxes = details.query_selector_all("textarea").ok();
        for (i, code) in [piece.iframe(), piece.element()].into_iter().enumerate() {
            let field = boxes.as_ref().and_then(|b| b.item(i as u32));
            if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok()) {
                field.set_value(&code);
            }
        }
        // {} the height at 360 px, to the hundred, in the page's numbers.
        if let (Some(words), Some(at360)) = (e.size_words, height_at(&heights, 360)) {
            let hundreds = crate::format::number(f64::from((at360 + 50) / 100 * 100), facts.lang);
            if let Ok(Some(note)) = details.query_selector(".embed-height") {
                note.set_text_content(Some(&words.replace("{}", &hundreds)));
            }
        }
    });
}

/// "Kopiëren" in "Insluiten": copies its box's snippet; where the browser
/// refuses, the snippet is selected in its box.
pub fn copy_snippet(ev: &web_sys::Event, said: Said) {
    let field = ev
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|b| b.parent_element()?.query_selector("textarea").ok()?)
        .and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok());
    let Some(field) = field else { return };
    copy_for(ev, field.value(), said, move |_| {
        Some(field.unchecked_into())
    });
}

/// The field after a "Link kopiëren" that shows the address to copy by
/// hand (made once, then reused).
pub fn address_field(button: &Element, url: &str, label: &str) -> Option<HtmlElement> {
    let doc = leptos::prelude::document();
    let control = button.parent_element()?;
    let field = match control.query_selector("input").ok()? {
        Some(field) => field,
        None => {
            let field = doc.create_element("input").ok()?;
            field.set_class_name("copy-link-address");
            for (name, value) in [("type", "text"), ("readonly", ""), ("aria-label", label)] {
                let _ = field.set_attribute(name, value);
            }
            control.append_child(&field).ok()?;
            field
        }
    };
    let field: web_sys::HtmlInputElement = field.dyn_into().ok()?;
    field.set_value(url);
    Some(field.unchecked_into())
}

/// The page's measured heights, if its file can be read.
async fn measured(url: &str) -> Option<Heights> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    serde_json::from_str(&response.text().await.ok()?).ok()
}
