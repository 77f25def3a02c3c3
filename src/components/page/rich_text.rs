use leptos::prelude::*;

use crate::address::is_safe_href;
use crate::bundle::{Block, Inline, RichText};
use crate::components::heading;

/// Structured text to DOM. Text is always text: nothing from a bundle ever
/// becomes markup. `level` is the heading level for headings inside the text.
#[component]
pub fn RichTextView(text: RichText, #[prop(default = 3)] level: u8) -> impl IntoView {
    text.into_iter()
        .map(|block| match block {
            Block::Paragraph { content } => view! { <p>{inlines(content)}</p> }.into_any(),
            Block::Heading { text } => heading(level, None, "text-heading", text),
            Block::List { ordered: true, items } => {
                view! { <ol>{items.into_iter().map(|i| view! { <li>{inlines(i)}</li> }).collect_view()}</ol> }
                    .into_any()
            }
            Block::List { ordered: false, items } => {
                view! { <ul>{items.into_iter().map(|i| view! { <li>{inlines(i)}</li> }).collect_view()}</ul> }
                    .into_any()
            }
        })
        .collect_view()
}

pub(crate) fn inlines(content: Vec<Inline>) -> impl IntoView {
    content
        .into_iter()
        .map(|inline| match inline {
            Inline::Text { text, lang: None } => text.into_any(),
            Inline::Text {
                text,
                lang: Some(lang),
            } => view! { <span lang=lang>{text}</span> }.into_any(),
            Inline::Emphasis { text } => view! { <em>{text}</em> }.into_any(),
            Inline::Strong { text } => view! { <strong>{text}</strong> }.into_any(),
            Inline::Link { text, href } => link(text, href).into_any(),
        })
        .collect_view()
}

/// A link when the address is known and safe; otherwise the text alone.
pub(crate) fn link(text: String, href: Option<String>) -> AnyView {
    match href.filter(|h| is_safe_href(h)) {
        Some(h) => {
            let external = h.starts_with("http://") || h.starts_with("https://");
            let rel = external.then_some("noopener noreferrer");
            view! { <a href=h rel=rel>{text}</a> }.into_any()
        }
        None => text.into_any(),
    }
}
