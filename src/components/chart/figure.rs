use leptos::prelude::*;

use super::downloads::chart_links;
use crate::charts::{
    data_table, drawing_width, placeholder_svg, render_svg, render_svg_for, ChartSpec, DataTable,
    Place, PHONE, WIDE,
};
use crate::components::context::{rendering, PanelShown, Printing, Rendering};
use crate::components::{EmbedControl, ViewSwitch};
use crate::contract;
use crate::dom::observe::{follow_width, watch_near};
use crate::i18n::{strings, Lang};
use crate::ids;

/// A chart as a figure: title and source, the SVG drawn by plotters (escaped
/// text only) with an accessible name that states its message and numbers,
/// a switch to a data table with the same numbers, and CSV and SVG
/// downloads made in the browser. The drawing follows its container's width.
#[component]
pub fn ChartFigure(
    spec: ChartSpec,
    lang: Lang,
    /// Where it sits, for the width of its first drawing.
    #[prop(optional)]
    place: Place,
    /// Not offered for embedding ("Over de jaren" draws from other years'
    /// bundles, so no `only=` address shows it).
    #[prop(optional)]
    no_embed: bool,
) -> impl IntoView {
    let s = strings(lang);
    let summary = spec.summary(lang);
    let caption = spec.caption(lang);
    let table = data_table(&spec, lang);
    let figure_id = spec.id.clone();
    let title_id = ids::title(&spec.id);
    let labelled_by = title_id.clone();
    let title = spec.title.clone();

    let show_table = RwSignal::new(false);
    // Drawn once it can be seen: at once outside result areas; inside one,
    // when the area first opens or the page is printed.
    let panel = use_context::<PanelShown>();
    let printing = use_context::<Printing>();
    let (viewport, built) = match rendering() {
        Rendering::Browser { viewport, .. } => (viewport, false),
        Rendering::Build => (0, true),
    };
    let drawn = RwSignal::new(panel.is_none() || built);
    let width = RwSignal::new(match viewport {
        0 => crate::charts::WIDTH,
        v => drawing_width(v, place),
    });
    let drawing = NodeRef::<leptos::html::Div>::new();
    follow_width(drawing, width);
    if let Some(PanelShown(open)) = panel {
        // Opening an area with a hundred charts draws the few near the
        // screen; the others as they come near (or all, to print).
        let near = RwSignal::new(false);
        watch_near(drawing, near);
        Effect::new(move |_| {
            if (open.get() && near.get()) || printing.is_some_and(|p| p.0.get()) {
                drawn.set(true);
            }
        });
    }

    let svg_spec = spec.clone();
    // The build draws for a phone and a wide screen, the stylesheet shows
    // the one that fits; in a closed area too, since a reader may open it
    // before the app has taken over, and it then keeps its size.
    let svg = Memo::new(move |_| match (built, drawn.get()) {
        (true, _) => format!(
            "{}{}",
            render_svg_for(
                &svg_spec,
                lang,
                drawing_width(PHONE, place),
                contract::PHONE_DRAWING
            ),
            render_svg_for(
                &svg_spec,
                lang,
                drawing_width(WIDE, place),
                contract::WIDE_DRAWING
            )
        ),
        (false, true) => render_svg(&svg_spec, lang, width.get()),
        (false, false) => placeholder_svg(&svg_spec, width.get()),
    });

    view! {
        <figure class="chart" id=figure_id.clone() aria-labelledby=labelled_by tabindex="-1">
            <figcaption>
                <span class="chart-title" id=title_id>{title.clone()}</span>
                {caption.map(|c| view! { <span class="chart-source">{c}</span> })}
            </figcaption>
            <ViewSwitch name=format!("{}: {title}", s.chart_view) of=figure_id.clone() class="chart-switch"
                first=(s.view_chart, "chart-show-chart") second=(s.view_table, "chart-show-table")
                shows_second=show_table />
            // Which of the two shows is the switch's (style/main.css).
            <div class="chart-drawing" role="img" aria-label=summary node_ref=drawing
                inner_html=move || svg.get()></div>
            <div class="chart-table-wrap">
                {chart_table(table.clone(), move || drawn.get() || show_table.get())}
            </div>
            {chart_links(spec.clone(), table.caption, lang)}
            {(!no_embed).then(|| view! { <EmbedControl id=figure_id.clone() name=title.clone() lang=lang /> })}
        </figure>
    }
}

/// The chart's numbers as a table, with the same rows as the drawing:
/// right-aligned figures in `<data value>`, an absent figure as words.
/// Its rows are built once they may be seen (`shown`).
fn chart_table(
    table: DataTable,
    shown: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let grouped = table.group_header.is_some();
    view! {
        <table class="chart-table">
            <caption class="visually-hidden">{table.caption.clone()}</caption>
            <thead>
                <tr>
                    {table.group_header.clone().map(|h| view! { <th scope="col">{h}</th> })}
                    <th scope="col">{table.label_header.clone()}</th>
                    <th scope="col" class="num">{table.value_header.clone()}</th>
                </tr>
            </thead>
            <tbody>
                {move || shown().then(|| table.rows.iter().map(|r| view! {
                    <tr class:emphasis=r.emphasis class:target=r.target>
                        {grouped.then(|| view! { <td>{r.group.clone().unwrap_or_default()}</td> })}
                        <th scope="row">{r.label.clone()}</th>
                        <td class="num">{if r.data_value.is_empty() {
                            view! { <span class="chart-table-absent">{r.formatted.clone()}</span> }.into_any()
                        } else {
                            view! { <data value=r.data_value.clone()>{r.formatted.clone()}</data> }.into_any()
                        }}</td>
                    </tr>
                }).collect_view())}
            </tbody>
        </table>
    }
}
