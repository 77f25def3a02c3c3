//! One piece of a theme page on its own (`only=<id>`), for embedding: a
//! chart with its title, source, table view and downloads, or a result area
//! opened, without its toggle. Under it, a line to the whole page, opened
//! in the top window (an iframe's host page). No site or theme header.

use std::sync::Arc;

use leptos::prelude::*;

use crate::bundle::Bundle;
use crate::catalog::Catalog;
use crate::charts;
use crate::components::context::{href, rendered, PageBuilt, Printing};
use crate::components::{use_head, ChartFigure, ResultAreaView};
use crate::dom::load::{mark, MARK_COMPLETE, MARK_RENDERED};
use crate::dom::{after_mount, print};
use crate::head::PageHead;
use crate::i18n::{strings, Lang};
use crate::route::{self, Route};

#[component]
pub fn Piece(
    bundle: Arc<Bundle>,
    /// The published bundles: whether the build rendered the whole page.
    catalog: Option<Arc<Catalog>>,
    id: String,
) -> impl IntoView {
    let lang = Lang::from_tag(&bundle.theme.language);
    let s = strings(lang);
    let theme = &bundle.theme;
    let own_rendered = rendered(
        catalog.as_deref(),
        &route::static_page_path(&theme.id, theme.year, lang),
    );
    let full_page = href(&Route::full_page_link(
        &theme.id,
        theme.year,
        lang,
        own_rendered,
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
    let title = name.as_deref().unwrap_or(s.piece_not_found);
    use_head(PageHead {
        // Its theme page is its canonical address; it stays out of search.
        canonical: own_rendered.then(|| route::static_page_path(&theme.id, theme.year, lang)),
        noindex: true,
        ..PageHead::titled(&[title, &theme.title, s.site_name], lang)
    });
    // Printing draws every chart, also those out of view.
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    after_mount(move || print::watch(printing));
    // A piece is whole at once, but a pre-rendered one is taken over only
    // after a frame has laid it out: its chart first draws at an estimated
    // width, and the ResizeObserver that redraws it at the measured one
    // reports after that layout. Swapped in before, the chart was redrawn
    // after the swap, and an embedding frame changed height (439 -> 443 ->
    // 439 px, 1 run in 6). For `make bench` and the build's scripts: the
    // frame after that.
    let built = use_context::<PageBuilt>();
    after_mount(move || {
        request_animation_frame(move || {
            request_animation_frame(move || {
                if let Some(PageBuilt(built)) = built {
                    built.set(true);
                }
                mark(MARK_RENDERED);
                mark(MARK_COMPLETE);
            })
        })
    });
    let body = match (area, chart) {
        (Some(area), _) => view! {
            // The page's outline above the area, for screen readers: the
            // theme (h1, below), then "Resultaatgebieden".
            <h2 class="visually-hidden">{s.result_areas}</h2>
            <ResultAreaView area=area lang=lang
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
