//! The two snippets of "Insluiten" (docs/embedding.md): the iframe and the
//! host element that put one piece of a theme page (`only=<id>`), or the
//! whole page, on another site. Written by the app when a reader opens
//! "Insluiten", from the page's facts resolved to absolute addresses
//! (`crate::dom::address`) and the heights the build measured for the
//! piece. No browser dependencies.
//!
//! No style attribute and no inline script in either: a host's strict
//! policy may forbid both, and `embed/resize.js` sizes the frame.

use crate::head::attr;

/// A piece's frame heights, `(frame width, page height)` in CSS pixels,
/// from the page's heights file: an object of pieces (`""` the whole
/// page), each a list of `[width, height]` (`make embed-heights` writes
/// it). Read as a plain JSON value, whose reading the app has already;
/// anything else in it is left out.
pub fn heights_of(all: &serde_json::Value, piece: &str) -> Vec<(u32, u32)> {
    let number = |v: &serde_json::Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
    all.get(piece)
        .and_then(|list| list.as_array())
        .map(|list| {
            list.iter()
                .filter_map(|p| Some((number(p.get(0)?)?, number(p.get(1)?)?)))
                .collect()
        })
        .unwrap_or_default()
}

/// What both snippets are made of: absolute addresses and the page's
/// facts.
pub struct Piece<'a> {
    /// The piece's id, or none for the whole page.
    pub only: Option<&'a str>,
    /// The iframe's title: the piece's name.
    pub title: &'a str,
    /// The iframe's address (the piece's embed page).
    pub src: &'a str,
    /// The theme page's published address, without fragment.
    pub page: &'a str,
    /// `embed/resize.js` and `embed/mount.js`, published.
    pub resize: &'a str,
    pub mount: &'a str,
    pub theme: &'a str,
    pub year: u16,
    /// The page's language tag, as the page writes it (`nl`, `en`).
    pub lang: &'a str,
    /// The frame heights measured for this piece (may be none).
    pub heights: &'a [(u32, u32)],
}

/// The frame's height at `width`, where the build measured it.
pub fn height_at(heights: &[(u32, u32)], width: u32) -> Option<u32> {
    heights.iter().find(|(w, _)| *w == width).map(|(_, h)| *h)
}

impl Piece<'_> {
    /// The iframe and the script that sizes it. Its `height` is the one at
    /// an iframe's own width (300 px), for a host where `resize.js` does
    /// not run; `data-heights` gives `resize.js` the height for the
    /// frame's width before the page inside has loaded, so the host's text
    /// below does not move. Without `resize.js` the frame is still full
    /// width and borderless (presentational attributes) and scrolls, so
    /// what grows past its height stays reachable.
    pub fn iframe(&self) -> String {
        let sized = match self.heights {
            [] => String::new(),
            heights => {
                let at300 = height_at(heights, 300)
                    .map(|h| format!(" height=\"{h}\""))
                    .unwrap_or_default();
                let list: Vec<String> = heights.iter().map(|(w, h)| format!("{w}:{h}")).collect();
                format!("{at300} data-heights=\"{}\"", list.join(" "))
            }
        };
        format!(
            "<iframe data-resultaten-frame title=\"{}\" src=\"{}\" width=\"100%\" frameborder=\"0\"{sized}></iframe>\n<script src=\"{}\"></script>",
            attr(self.title),
            attr(self.src),
            attr(self.resize),
        )
    }

    /// The host element and the module that mounts the app into it. It
    /// holds a link to the piece on this site: what the host's readers get
    /// where `mount.js` cannot run; `mount.js` replaces it.
    pub fn element(&self) -> String {
        let only = self
            .only
            .map(|id| format!(" data-only=\"{}\"", attr(id)))
            .unwrap_or_default();
        let link = match self.only {
            Some(id) => format!("{}#{id}", self.page),
            None => self.page.to_string(),
        };
        format!(
            "<div data-resultaten data-theme=\"{}\" data-year=\"{}\" data-lang=\"{}\"{only}><a href=\"{}\">{}</a></div>\n<script type=\"module\" src=\"{}\"></script>",
            attr(self.theme),
            self.year,
            attr(self.lang),
            attr(&link),
            attr(self.title),
            attr(self.mount),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(heights: &[(u32, u32)]) -> Piece<'_> {
        Piece {
            only: Some("chart-x"),
            title: "A \"made-up\" <chart>",
            src: "https://example.org/r/nl/2019/t/embed/chart-x/",
            page: "https://example.org/r/nl/2019/t/",
            resize: "https://example.org/r/embed/resize.js",
            mount: "https://example.org/r/embed/mount.js",
            theme: "t",
            year: 2019,
            lang: "nl",
            heights,
        }
    }

    #[test]
    fn the_iframe_carries_its_heights_and_escapes_its_title() {
        let p = piece(&[(300, 512), (360, 480)]);
        assert_eq!(
            p.iframe(),
            "<iframe data-resultaten-frame title=\"A &quot;made-up&quot; &lt;chart&gt;\" \
             src=\"https://example.org/r/nl/2019/t/embed/chart-x/\" width=\"100%\" frameborder=\"0\" \
             height=\"512\" data-heights=\"300:512 360:480\"></iframe>\n\
             <script src=\"https://example.org/r/embed/resize.js\"></script>"
        );
        assert!(!piece(&[]).iframe().contains("height"));
    }

    #[test]
    fn heights_are_read_per_piece_and_anything_else_is_left_out() {
        let all = serde_json::json!({ "": [[300, 900], [360, 850]], "chart-x": [[300, 512], ["a", 1], [2]] });
        assert_eq!(heights_of(&all, ""), vec![(300, 900), (360, 850)]);
        assert_eq!(heights_of(&all, "chart-x"), vec![(300, 512)]);
        assert_eq!(heights_of(&all, "missing"), vec![]);
        assert_eq!(heights_of(&serde_json::json!([1, 2]), ""), vec![]);
    }

    #[test]
    fn the_element_links_to_the_piece_where_its_script_cannot_run() {
        assert_eq!(
            piece(&[]).element(),
            "<div data-resultaten data-theme=\"t\" data-year=\"2019\" data-lang=\"nl\" data-only=\"chart-x\">\
             <a href=\"https://example.org/r/nl/2019/t/#chart-x\">A &quot;made-up&quot; &lt;chart&gt;</a></div>\n\
             <script type=\"module\" src=\"https://example.org/r/embed/mount.js\"></script>"
        );
    }
}
