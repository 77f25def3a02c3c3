use leptos::prelude::*;

use crate::components::context::{EmbedOffered, Facts};
use crate::dom::{clipboard, embed};
use crate::i18n::{strings, Lang, Strings};
use crate::ids;
use crate::snippets::height_at;

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
    let facts = use_context::<Facts>().map(|f| f.0);
    use_context::<EmbedOffered>()?;
    let facts = facts?;
    let (summary, intro) = match id {
        Some(_) => (s.embed, s.embed_intro),
        None => (s.embed_page, s.embed_page_intro),
    };
    // A result area embedded is long (over 11,000 px on a phone): its
    // control says how long, from the build's measured heights ({} in the
    // text). A chart's is short, and the whole page's grows as areas open.
    let is_area = id
        .as_deref()
        .is_some_and(|id| ids::chart_base(id).is_none());
    // For the build's measuring script (scripts/build/embed-heights.mjs).
    let src = facts.embed_src(id.as_deref());
    let written = RwSignal::new(None::<embed::Written>);
    let (only, title) = (id.clone(), name.clone());
    let on_toggle = move |ev: leptos::ev::Event| {
        if written.get_untracked().is_none() && embed::is_open(&ev) {
            let (facts, only, title) = (facts.clone(), only.clone(), title.clone());
            leptos::task::spawn_local(async move {
                written.set(Some(embed::write(&facts, only.as_deref(), &title).await));
            });
        }
    };
    let height_note = move || {
        let at360 = written.with(|w| w.as_ref().and_then(|w| height_at(&w.heights, 360)))?;
        let hundreds = crate::format::number(f64::from((at360 + 50) / 100 * 100), lang);
        Some(view! { <p class="embed-height">{s.embed_height.replace("{}", &hundreds)}</p> })
    };
    let snippet_id = |kind: &str| format!("{}-{kind}", ids::embed_control(id.as_deref()));
    let named = |label: &str| match &id {
        Some(_) => format!("{label}: {name}"),
        None => label.to_string(),
    };
    Some(view! {
        <details class="embed-control needs-app" id=ids::embed_control(id.as_deref())
            data-only=id.clone() data-src=src on:toggle=on_toggle>
            <summary aria-label=named(summary)>{summary}</summary>
            <div class="embed-body">
                <p>{intro}</p>
                {is_area.then_some(height_note)}
                {snippet(s, snippet_id("iframe"), s.embed_iframe, s.embed_iframe_needs,
                    move || written.with(|w| w.as_ref().map(|w| w.iframe.clone())))}
                {snippet(s, snippet_id("element"), s.embed_element, s.embed_element_needs,
                    move || written.with(|w| w.as_ref().map(|w| w.element.clone())))}
            </div>
        </details>
    })
}

fn snippet(
    s: &'static Strings,
    id: String,
    label: &'static str,
    needs: &'static str,
    code: impl Fn() -> Option<String> + Send + Sync + Copy + 'static,
) -> impl IntoView {
    // What the host site must allow for this snippet, read with the box.
    let needs_id = format!("{id}-needs");
    let status = RwSignal::new("");
    let field = NodeRef::<leptos::html::Textarea>::new();
    let copy = move |_| {
        let Some(text) = code() else { return };
        status.set("");
        leptos::task::spawn_local(async move {
            if clipboard::copy(&text).await {
                status.set(s.embed_copied);
            } else {
                if let Some(field) = field.get_untracked() {
                    clipboard::select(&field);
                }
                status.set(s.embed_by_hand);
            }
        });
    };
    view! {
        <div class="embed-snippet">
            <label for=id.clone()>{label}</label>
            <p id=needs_id.clone() class="embed-needs">{needs}</p>
            <textarea id=id class="embed-code" readonly rows="4" spellcheck="false"
                aria-describedby=needs_id node_ref=field prop:value=move || code().unwrap_or_default()></textarea>
            <button type="button" class="link-button embed-copy" aria-label=format!("{}: {label}", s.embed_copy)
                on:click=copy>
                {s.embed_copy}
            </button>
            <span class="embed-copy-status" role="status">{move || status.get()}</span>
        </div>
    }
}
