use leptos::prelude::*;

use crate::components::context::{href, EmbedOffered, Facts};
use crate::i18n::{strings, Lang};
use crate::route::Route;

/// "Insluiten": a link to the web editors' page with the snippets that
/// embed the piece `id` (a chart or a result area, `only=<id>`), or
/// without an id the whole page, on another site (`?snippets=…`, the
/// editors' app, `src/editors/snippets.rs`). A plain link, so it works
/// before the app has taken over; without script, in print and on host
/// pages it is left out, as that page needs script.
#[component]
pub fn EmbedControl(
    /// The piece's element id; none for the whole page.
    #[prop(optional)]
    id: Option<String>,
    /// What the piece is, for the link's accessible name.
    #[prop(into)]
    name: String,
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    use_context::<EmbedOffered>()?;
    let facts = use_context::<Facts>()?.0;
    let (theme, year) = facts.theme.clone()?;
    let link = href(&Route::snippets_query(&theme, year, lang, id.as_deref()));
    let (words, label) = match &id {
        Some(_) => (s.embed, format!("{}: {name}", s.embed)),
        None => (s.embed_page, s.embed_page.to_string()),
    };
    // The piece and its embed form's address, for the build's measuring
    // script (scripts/build/embed-heights.mjs).
    let src = facts.embed_src(id.as_deref());
    Some(view! {
        <p class="embed-control needs-script">
            <a class="embed-link" href=link aria-label=label data-only=id data-src=src>{words}</a>
        </p>
    })
}
