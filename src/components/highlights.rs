use leptos::prelude::*;

use super::ChartFigure;
use crate::bundle::Highlight;
use crate::charts::ChartSpec;
use crate::format;
use crate::i18n::{strings, Lang};
use crate::ids;

/// The highlighted results as figure tiles, each linking to its indicator.
#[component]
pub fn Highlights(
    highlights: Vec<Highlight>,
    chart: Option<ChartSpec>,
    lang: Lang,
    /// Called with the indicator id when a tile is followed, so the page can
    /// open its area even when the URL already names it.
    on_follow: Callback<String>,
    /// Whether the chart is built yet: a pre-rendered page builds it a task
    /// after the tiles (`Page`). Built at once when absent.
    #[prop(optional)]
    chart_built: Option<Signal<bool>>,
) -> impl IntoView {
    let s = strings(lang);
    view! {
        <section class="highlights">
            <h2 id=ids::HIGHLIGHTS>{s.highlights}</h2>
            <ul class="highlight-tiles">
                {highlights
                    .into_iter()
                    .map(|h| {
                        let (before, after) = format::split_template(&h.text);
                        let (before, after) = (before.to_string(), after.to_string());
                        let figure = format::number(h.value, lang);
                        let target = h.indicator.clone();
                        view! {
                            <li class="highlight-tile">
                                <a
                                    href=format!("#{}", h.indicator)
                                    class="highlight-link"
                                    on:click=move |_| on_follow.run(target.clone())
                                >
                                    {before}
                                    <data class="highlight-figure" value=h.value.to_string()>{figure}</data>
                                    {after}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {move || {
                chart_built
                    .is_none_or(|built| built.get())
                    .then(|| chart.clone().map(|c| view! { <ChartFigure spec=c lang=lang /> }))
            }}
        </section>
    }
}
