use leptos::prelude::*;

use crate::components::context::{EmbedOffered, Facts};
use crate::dom::clipboard::Said;
use crate::dom::embed::{copy_snippet, write_once, Embedding};
use crate::i18n::{strings, Lang, Strings};
use crate::ids;

/// "Insluiten": a disclosure with the two snippets that embed the piece
/// `id` (a chart or a result area, `only=<id>`), or without an id the whole
/// page, on another page, each with a "Kopiëren" button. The app writes
/// the snippets when a reader first opens it ([`crate::snippets`], with
/// the published addresses and the build's measured heights): a control
/// of the app, so the pre-rendered page keeps its place until the app has
/// taken over (`needs-app`), and without script, in print and on host
/// pages it is left out.
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
    use_context::<EmbedOffered>()?;
    let facts = use_context::<Facts>()?.0;
    let (summary, intro) = match id {
        Some(_) => (s.embed, s.embed_intro),
        None => (s.embed_page, s.embed_page_intro),
    };
    // A result area embedded is long (over 11,000 px on a phone): its
    // control says how long, from the build's measured heights. A chart's
    // is short, and the whole page's grows as areas open.
    let is_area = id
        .as_deref()
        .is_some_and(|id| ids::chart_base(id).is_none());
    // For the build's measuring script (scripts/build/embed-heights.mjs).
    let src = facts.embed_src(id.as_deref());
    let control = ids::embed_control(id.as_deref());
    let label = match &id {
        Some(_) => format!("{summary}: {name}"),
        None => summary.to_string(),
    };
    let embedding = Embedding {
        facts,
        only: id.clone(),
        title: name,
        size_words: is_area.then_some(s.embed_height),
    };
    Some(view! {
        <details class="embed-control needs-app" id=control.clone() data-only=id data-src=src
            on:toggle=move |ev| write_once(&ev, &embedding)>
            <summary aria-label=label>{summary}</summary>
            <div class="embed-body">
                <p>{intro}</p>
                {is_area.then(|| view! { <p class="embed-height"></p> })}
                {snippet(s, format!("{control}-iframe"), s.embed_iframe, s.embed_iframe_needs)}
                {snippet(s, format!("{control}-element"), s.embed_element, s.embed_element_needs)}
            </div>
        </details>
    })
}

fn snippet(
    s: &'static Strings,
    id: String,
    label: &'static str,
    needs: &'static str,
) -> impl IntoView {
    // What the host site must allow for this snippet, read with the box.
    let needs_id = format!("{id}-needs");
    let said = Said {
        copied: s.embed_copied,
        by_hand: s.embed_by_hand,
    };
    view! {
        <div class="embed-snippet">
            <label for=id.clone()>{label}</label>
            <p id=needs_id.clone() class="embed-needs">{needs}</p>
            <textarea id=id class="embed-code" readonly rows="4" spellcheck="false"
                aria-describedby=needs_id></textarea>
            <button type="button" class="link-button embed-copy" aria-label=format!("{}: {label}", s.embed_copy)
                on:click=move |ev| copy_snippet(&ev, said)>
                {s.embed_copy}
            </button>
            <span class="embed-copy-status" role="status"></span>
        </div>
    }
}
