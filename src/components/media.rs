use leptos::prelude::*;

use crate::address::is_safe_media_src;
use crate::bundle::{Media, MediaKind};
use crate::i18n::{media_unavailable, strings, Lang};

/// A photo or video with its caption and credit. When the file is not
/// available the page says so, and still shows the caption.
#[component]
pub fn MediaView(media: Media, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let src = media.src.clone().filter(|h| is_safe_media_src(h));
    let body = match (media.kind, src) {
        (MediaKind::Photo, Some(src)) => {
            view! { <img src=src alt=media.alt.clone().unwrap_or_default() loading="lazy" /> }
                .into_any()
        }
        (MediaKind::Video, Some(src)) => view! { <a href=src>{s.video}</a> }.into_any(),
        (kind, None) => view! {
            <p class="media-unavailable">{media_unavailable(kind, lang)}</p>
        }
        .into_any(),
    };
    // The caption as published; the credit as "Bron: …".
    let caption = media.caption.clone();
    let credit = media.credit.clone().map(|c| format!("{}: {c}.", s.source));
    let has_caption = caption.is_some() || credit.is_some();
    view! {
        <figure class="media">
            {body}
            {has_caption.then(|| view! {
                <figcaption>
                    {caption}
                    {(media.caption.is_some() && media.credit.is_some()).then_some(" ")}
                    {credit}
                </figcaption>
            })}
        </figure>
    }
}
