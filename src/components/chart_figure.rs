use leptos::prelude::*;

use crate::charts::{render_svg, ChartSpec};
use crate::i18n::Lang;

/// A chart as a figure: a title, the SVG drawn by plotters (escaped text
/// only), an accessible name that states the numbers, and its source.
#[component]
pub fn ChartFigure(spec: ChartSpec, lang: Lang) -> impl IntoView {
    let svg = render_svg(&spec, lang);
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
