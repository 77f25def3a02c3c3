use leptos::prelude::*;

use crate::address::is_safe_media_src;
use crate::bundle::{Media, MediaKind};
use crate::i18n::{strings, Lang};

/// A photo or video with its caption and credit. When the file is not part
/// of this publication there is no box standing for it: its caption and
/// credit stay, as text marked as the caption of a photo or video that is
/// not in this publication. A video without either still gets a line that
/// it is not here, since the text refers to it ("Bovenstaande video …");
/// a photo without either, nothing.
#[component]
pub fn MediaView(media: Media, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let src = media.src.clone().filter(|h| is_safe_media_src(h));
    // The caption as published; the credit as "Bron: …".
    let caption = media.caption.clone();
    let credit = media.credit.clone().map(|c| format!("{}: {c}.", s.source));
    let has_caption = caption.is_some() || credit.is_some();
    let both = (media.caption.is_some() && media.credit.is_some()).then_some(" ");
    match src {
        Some(src) => {
            let body = match media.kind {
                MediaKind::Photo => view! {
                    <img src=src alt=media.alt.clone().unwrap_or_default() loading="lazy" />
                }
                .into_any(),
                MediaKind::Video => view! { <a href=src>{s.video}</a> }.into_any(),
            };
            view! {
                <figure class="media">
                    {body}
                    {has_caption.then(|| view! { <figcaption>{caption}{both}{credit}</figcaption> })}
                </figure>
            }
            .into_any()
        }
        None if !has_caption && media.kind == MediaKind::Video => view! {
            <p class="media-caption-only"><span class="media-note">{s.video_absent}</span></p>
        }
        .into_any(),
        None => has_caption
            .then(|| {
                let note = match media.kind {
                    MediaKind::Photo => s.photo_not_here,
                    MediaKind::Video => s.video_not_here,
                };
                view! {
                    <p class="media-caption-only">
                        <span class="media-note">{format!("{note}: ")}</span>
                        {caption}{both}{credit}
                    </p>
                }
            })
            .into_any(),
    }
}
