use leptos::prelude::*;

use crate::components::context::{EmbedOffered, Facts};
use crate::i18n::{strings, Lang, Strings};
use crate::ids;

/// "Insluiten": a disclosure with the two snippets that embed the piece
/// `id` (a chart or a result area, `only=<id>`), or without an id the whole
/// page, on another page, each with a "Kopiëren" button. The snippets'
/// text and the copying are `public/loader.js`'s: it resolves the frame's
/// address (`data-src`, from the page's facts) against the published app,
/// adds the build's measured heights, and works on the pre-rendered page
/// before the app has taken over. Without script, in print and on host
/// pages the control is left out.
#[component]
pub fn EmbedControl(
    /// The piece's element id; none for the whole page.
    #[prop(optional)]
    id: Option<String>,
    /// What the piece is, for the accessible names and the iframe's title.
    #[prop(into)]
    name: String,
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    let src = use_context::<Facts>().and_then(|f| f.0.embed_src(id.as_deref()));
    use_context::<EmbedOffered>().map(|_| {
        let snippet_id = |kind: &str| match &id {
            Some(id) => format!("{}embed-{id}-{kind}", ids::APP_PREFIX),
            None => format!("{}embed-{kind}", ids::APP_PREFIX),
        };
        let (summary, intro) = match id {
            Some(_) => (s.embed, s.embed_intro),
            None => (s.embed_page, s.embed_page_intro),
        };
        // A result area embedded is long (over 11,000 px on a phone): its
        // control says how long, from the build's measured heights, which
        // the loader has and fills in ({} in the text). A chart's is
        // short, and the whole page's grows as areas open.
        let height_note = id
            .as_deref()
            .is_some_and(|id| ids::chart_base(id).is_none())
            .then_some(s.embed_height);
        view! {
            <details class="embed-control" data-only=id.clone() data-title=name.clone() data-src=src>
                <summary>
                    {summary}
                    {id.is_some().then(|| view! { <span class="visually-hidden">{format!(": {name}")}</span> })}
                </summary>
                <div class="embed-body">
                    <p>{intro}</p>
                    {height_note.map(|text| view! { <p data-label-height=text></p> })}
                    {snippet(s, snippet_id("iframe"), s.embed_iframe, s.embed_iframe_needs, "iframe")}
                    {snippet(s, snippet_id("element"), s.embed_element, s.embed_element_needs, "element")}
                </div>
            </details>
        }
    })
}

fn snippet(
    s: &'static Strings,
    id: String,
    label: &'static str,
    needs: &'static str,
    kind: &'static str,
) -> impl IntoView {
    // What the host site must allow for this snippet, read with the box.
    let needs_id = format!("{id}-needs");
    view! {
        <div class="embed-snippet">
            <label for=id.clone()>{label}</label>
            <p id=needs_id.clone() class="embed-needs">{needs}</p>
            <textarea id=id class="embed-code" data-kind=kind readonly rows="4" spellcheck="false"
                aria-describedby=needs_id></textarea>
            <button type="button" class="link-button embed-copy"
                data-label-on=s.embed_copied data-label-hand=s.embed_by_hand>
                {s.embed_copy}
                <span class="visually-hidden">{format!(": {label}")}</span>
            </button>
            <span class="embed-copy-status" role="status"></span>
        </div>
    }
}
