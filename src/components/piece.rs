//! One piece of a theme page on its own (`only=<id>`), for embedding: a
//! chart with its title, source, table view and downloads, or a result area
//! opened, without its toggle. Under it, a line to the whole page, opened
//! in the top window (an iframe's host page). No site or theme header.

use std::sync::Arc;

use leptos::prelude::*;

use super::head::set_document_title;
use super::print::use_printing;
use super::{app_href, AppBase, ChartFigure, PageBuilt, ResultAreaView};
use crate::bundle::Bundle;
use crate::charts;
use crate::i18n::{strings, Lang};
use crate::load::{mark, MARK_COMPLETE, MARK_RENDERED};
use crate::route::Route;

#[component]
pub fn Piece(bundle: Arc<Bundle>, id: String) -> impl IntoView {
    let lang = Lang::from_tag(&bundle.theme.language);
    let s = strings(lang);
    let theme = &bundle.theme;
    let static_pages = use_context::<AppBase>().is_some_and(|b| b.static_pages);
    let full_page = app_href(&Route::full_page_link(
        &theme.id,
        theme.year,
        lang,
        static_pages,
    ));
    let area = bundle.result_areas.iter().find(|a| a.id == id).cloned();
    let chart = area
        .is_none()
        .then(|| charts::find(&bundle, &id, lang))
        .flatten();
    let name = area
        .as_ref()
        .map(|a| a.title.clone())
        .or_else(|| chart.as_ref().map(|c| c.title.clone()));
    set_document_title(
        &[
            name.as_deref().unwrap_or(s.piece_not_found),
            &theme.title,
            s.site_name,
        ],
        lang,
    );
    // Printing draws every chart, also those out of view.
    use_printing();
    // A piece is whole at once, but a pre-rendered one is taken over only
    // after a frame has laid it out: its chart first draws at an estimated
    // width, and the ResizeObserver that redraws it at the measured one
    // reports after that layout. Swapped in before, the chart was redrawn
    // after the swap, and an embedding frame changed height (439 -> 443 ->
    // 439 px, 1 run in 6). For the build's pre-rendering and `make bench`:
    // the frame after that.
    let built = use_context::<PageBuilt>();
    request_animation_frame(move || {
        request_animation_frame(move || {
            if let Some(PageBuilt(built)) = built {
                built.set(true);
            }
            mark(MARK_RENDERED);
            mark(MARK_COMPLETE);
        })
    });
    let body = match (area, chart) {
        (Some(area), _) => view! {
            // The page's outline above the area, for screen readers: the
            // theme (h1, below), then "Resultaatgebieden".
            <h2 class="visually-hidden">{s.result_areas}</h2>
            <ResultAreaView area=area lang=lang period=theme.reporting_period.clone()
                open=RwSignal::new(true) on_toggle=Callback::new(|_| ()) alone=true />
        }
        .into_any(),
        (None, Some(spec)) => view! { <ChartFigure spec=spec lang=lang /> }.into_any(),
        (None, None) => view! {
            <div class="not-found" role="alert">
                <h2>{s.piece_not_found}</h2>
                <p>{format!("{} \u{201c}{id}\u{201d}.", s.piece_not_found_body)}</p>
            </div>
        }
        .into_any(),
    };
    view! {
        <article class="theme piece" lang=lang.tag()>
            <h1 class="visually-hidden">{theme.title.clone()}</h1>
            {body}
            <p class="piece-source">
                <a href=full_page target="_top">
                    {format!("{}: {}, {} {}", s.piece_full_page, theme.title, s.results_for_year, theme.year)}
                </a>
            </p>
        </article>
    }
}
