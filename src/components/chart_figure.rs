use leptos::prelude::*;

use crate::charts::{render_svg, ChartSpec, WIDTH};
use crate::i18n::Lang;

/// A chart as a figure: a title, the SVG drawn by plotters (escaped text
/// only), an accessible name that states the numbers, and its source.
#[component]
pub fn ChartFigure(spec: ChartSpec, lang: Lang) -> impl IntoView {
    let svg = render_svg(&spec, lang, drawing_width());
    let summary = spec.summary(lang);
    let caption = spec.caption(lang);
    let title_id = format!("{}-title", spec.id);
    let labelled_by = title_id.clone();
    view! {
        <figure class="chart" id=spec.id.clone() aria-labelledby=labelled_by>
            <figcaption>
                <span class="chart-title" id=title_id>{spec.title.clone()}</span>
                {caption.map(|c| view! { <span class="chart-source">{c}</span> })}
            </figcaption>
            <div class="chart-drawing" role="img" aria-label=summary inner_html=svg></div>
        </figure>
    }
}

/// Draws charts about as wide as they will be shown, so that their text
/// stays near 14 px on a phone instead of being scaled down.
fn drawing_width() -> u32 {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        // Page, area, indicator and figure paddings take about 120 px.
        .map(|w| (w - 120.0).max(0.0) as u32)
        .unwrap_or(WIDTH)
}
