use leptos::prelude::*;

use crate::bundle::Highlight;
use crate::charts::ChartSpec;
use crate::components::{ChartFigure, ViewSwitch};
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
    /// Whether the figures show as the chart instead of the tiles; set by
    /// the page too, when a link leads to the chart.
    as_chart: RwSignal<bool>,
) -> impl IntoView {
    let s = strings(lang);
    // Two views of the same figures: the tiles, or the chart ("Als
    // grafiek"). The switch's radio buttons choose, and the stylesheet
    // shows the view chosen (style/main.css), before and without script
    // too; a link to the chart (`#chart-highlights`) chooses the chart
    // once the app runs (`Page`).
    let view_name = format!("{}: {}", s.chart_view, s.highlights);
    let switch = chart.is_some().then(|| {
        view! {
            <ViewSwitch name=view_name of=ids::HIGHLIGHTS.to_string() class="chart-switch highlights-switch"
                first=(s.as_tiles, "highlights-show-tiles") second=(s.as_chart, "highlights-show-chart")
                shows_second=as_chart />
        }
    });
    // Highlights the chart cannot draw (their rows say why), listed under
    // it with their links, so the chart view still holds every one.
    let not_drawn: Vec<(String, String)> = chart
        .iter()
        .flat_map(|c| c.rows.iter().filter(|r| r.absent.is_some()))
        .filter_map(|r| highlights.iter().find(|h| h.label == r.label))
        .map(|h| (h.indicator.clone(), h.label.clone()))
        .collect();
    let chart_view = chart.map(|c| {
        view! {
            <div class="highlights-view highlights-chart">
                {move || {
                    chart_built
                        .is_none_or(|built| built.get())
                        .then(|| view! { <ChartFigure spec=c.clone() lang=lang /> })
                }}
                {(!not_drawn.is_empty()).then(|| view! {
                    <ul class="highlights-not-drawn">
                        {not_drawn.into_iter().map(|(id, label)| view! {
                            <li><a href=format!("#{id}")>{label}</a></li>
                        }).collect_view()}
                    </ul>
                })}
            </div>
        }
    });
    view! {
        <section class="highlights">
            <h2 id=ids::HIGHLIGHTS>{s.highlights}</h2>
            {switch}
            <ul class="highlights-view highlight-tiles">
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
                                    // Every tile has the qualifier's line,
                                    // empty or not, so the figures line up.
                                    <span class="highlight-before">{before}</span>
                                    <data class="highlight-figure" value=h.value.to_string()>{figure}</data>
                                    <span class="highlight-text">{after}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {chart_view}
            <p class="to-areas">
                <a href=format!("#{}", ids::RESULT_AREAS)>{s.to_result_areas}</a>
            </p>
        </section>
    }
}
