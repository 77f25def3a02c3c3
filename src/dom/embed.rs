//! "Insluiten" in the browser: the snippets for one piece, written with
//! the published addresses (resolved against the document's address, see
//! [`super::address`]) and the heights the build measured for the piece
//! (`make embed-heights`, the page's `data-embed-heights` file).

use wasm_bindgen::JsCast;

use super::address::{page_address, published};
use crate::contract::{MOUNT_FILE, RESIZE_FILE};
use crate::facts::PageFacts;
use crate::snippets::{Heights, Piece};

/// A piece's two snippets, and the heights they carry.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub iframe: String,
    pub element: String,
    pub heights: Vec<(u32, u32)>,
}

/// Whether a `toggle` event's `<details>` is open now.
pub fn is_open(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// The snippets for the piece `only` (none: the whole page) called
/// `title`. Without measured heights (none written, or the file cannot be
/// read) the snippets have none: the frame then grows as its page reports.
pub async fn write(facts: &PageFacts, only: Option<&str>, title: &str) -> Written {
    let heights = match &facts.embed_heights {
        Some(file) => measured(&format!("{}{file}", facts.base))
            .await
            .and_then(|mut all| all.remove(only.unwrap_or_default()))
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let at = |address: &str| published(facts, address).unwrap_or_default();
    let (theme, year) = facts.theme.clone().unwrap_or_default();
    let page = page_address(Some(facts), None);
    let src = at(&facts.embed_src(only).unwrap_or_default());
    let (resize, mount) = (at(RESIZE_FILE), at(MOUNT_FILE));
    let piece = Piece {
        only,
        title,
        src: &src,
        page: &page,
        resize: &resize,
        mount: &mount,
        theme: &theme,
        year,
        lang: facts.lang.tag(),
        heights: &heights,
    };
    Written {
        iframe: piece.iframe(),
        element: piece.element(),
        heights: heights.clone(),
    }
}

/// The page's measured heights, if its file can be read.
async fn measured(url: &str) -> Option<Heights> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    serde_json::from_str(&response.text().await.ok()?).ok()
}
