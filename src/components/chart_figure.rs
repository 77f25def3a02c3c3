use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::download::offer_download;
use super::{CopyLink, EmbedControl, ViewSwitch};
use crate::charts::{
    chart_csv, chart_csv_file_name, chart_svg_file_name, data_table, placeholder_svg, render_svg,
    svg_file, ChartSpec, WIDTH,
};
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
    let panel = use_context::<super::PanelShown>();
    let printing = use_context::<super::Printing>();
    let drawn = RwSignal::new(panel.is_none());
    let width = RwSignal::new(initial_width(panel.is_some()));
    let drawing = NodeRef::<leptos::html::Div>::new();
    follow_width(drawing, width);
    if let Some(super::PanelShown(open)) = panel {
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
    let svg = Memo::new(move |_| {
        if drawn.get() {
            render_svg(&svg_spec, lang, width.get())
        } else {
            placeholder_svg(&svg_spec, width.get())
        }
    });
    let csv_spec = spec.clone();
    let download_csv = move |_| {
        offer_download(
            &chart_csv(&csv_spec, lang),
            "text/csv;charset=utf-8",
            &chart_csv_file_name(&csv_spec),
        )
    };
    let download_svg = move |_| {
        offer_download(
            &svg_file(
                &spec,
                lang,
                Some(&super::head::page_address(Some(&spec.id))),
            ),
            "image/svg+xml;charset=utf-8",
            &chart_svg_file_name(&spec),
        )
    };
    let grouped = table.group_header.is_some();

    view! {
        <figure class="chart" id=figure_id.clone() aria-labelledby=labelled_by tabindex="-1">
            <figcaption>
                <span class="chart-title" id=title_id>{title.clone()}</span>
                {caption.map(|c| view! { <span class="chart-source">{c}</span> })}
            </figcaption>
            <ViewSwitch name=format!("{}: {title}", s.chart_view) of=figure_id.clone() class="chart-switch"
                first=(s.view_chart, "chart-show-chart") second=(s.view_table, "chart-show-table")
                shows_second=show_table />
            <div class="chart-drawing" role="img" aria-label=summary node_ref=drawing
                hidden=move || show_table.get() inner_html=move || svg.get()></div>
            <div class="chart-table-wrap" hidden=move || !show_table.get()>
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
                        {move || (drawn.get() || show_table.get()).then(|| table.rows.iter().map(|r| view! {
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
            </div>
            // The downloads and the link, one row of link-like buttons
            // under the figure: they make files, they do not navigate.
            <div class="chart-links">
                <button type="button" class="link-button chart-download-csv" on:click=download_csv>
                    {s.download_csv}
                    <span class="visually-hidden">{format!(": {}", table.caption)}</span>
                </button>
                <button type="button" class="link-button chart-download-svg" on:click=download_svg>
                    {s.download_svg}
                    <span class="visually-hidden">{format!(": {}", table.caption)}</span>
                </button>
                <CopyLink id=figure_id.clone() name=title.clone() lang=lang />
            </div>
            {(!no_embed).then(|| view! { <EmbedControl id=figure_id.clone() name=title.clone() lang=lang /> })}
        </figure>
    }
}

/// Before the first layout: about the width the chart will get, so that
/// its text stays near 14 px on a phone instead of being scaled down, and
/// so that the first drawing usually fits and is not redrawn once measured
/// (on a pre-rendered page that redraw would fall in the takeover's frame).
fn initial_width(in_area: bool) -> u32 {
    // The page's and figure's paddings take 66 px on a phone (measured from
    // 320 to 600 px wide); inside an area, its and the indicator's about 120.
    let padding = if in_area { 120.0 } else { 66.0 };
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .map(|w| (w - padding).max(0.0) as u32)
        .unwrap_or(WIDTH)
}

/// Sets `near` once the drawing is within a screen's height of the
/// viewport (a closed area's drawing never is: its panel is not rendered).
fn watch_near(drawing: NodeRef<leptos::html::Div>, near: RwSignal<bool>) {
    let observer = StoredValue::new_local(
        None::<(
            web_sys::IntersectionObserver,
            Closure<dyn FnMut(js_sys::Array)>,
        )>,
    );
    Effect::new(move |_| {
        let Some(el) = drawing.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if seen {
                near.try_set(true);
                observer.update_value(|o| {
                    if let Some((o, _)) = o {
                        o.disconnect();
                    }
                });
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        if let Ok(o) = web_sys::IntersectionObserver::new_with_options(
            on_change.as_ref().unchecked_ref(),
            &options,
        ) {
            o.observe(&el);
            observer.set_value(Some((o, on_change)));
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some((o, _)) = o.take() {
                o.disconnect();
            }
        })
    });
}

/// Redraws when the container's width changes (rotation, a resized window,
/// a host page's layout). A closed area's chart has no width and keeps its
/// last drawing. The SVG is swapped in one step, so nothing flickers.
fn follow_width(drawing: NodeRef<leptos::html::Div>, width: RwSignal<u32>) {
    let observer = StoredValue::new_local(
        None::<(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>,
    );
    Effect::new(move |_| {
        let Some(el) = drawing.get() else { return };
        if observer.with_value(|o| o.is_some()) {
            return;
        }
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let w = entry.content_rect().width().round() as u32;
            // Small changes are left to the SVG's own scaling.
            if w > 0 && w.abs_diff(width.get_untracked()) >= 8 {
                width.set(w);
            }
        });
        if let Ok(o) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some((o, on_resize)));
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some((o, _)) = o.take() {
                o.disconnect();
            }
        })
    });
}
