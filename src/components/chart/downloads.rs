//! The row of link-like buttons under a chart: its CSV and SVG, made in
//! the browser ([`crate::dom::download`]), and "Link kopiëren". They make
//! files, they do not navigate, so they are buttons.

use leptos::prelude::*;

use crate::charts::{chart_csv, chart_csv_file_name, chart_svg_file_name, svg_file, ChartSpec};
use crate::components::context::Facts;
use crate::components::CopyLink;
use crate::dom::download::offer_download;
use crate::i18n::{strings, Lang};

/// "Download CSV", "Download SVG" and "Link kopiëren" for one chart. Each
/// download's name ends with what it holds (`caption`, hidden), so a list
/// of buttons tells them apart. The SVG file names the page it came from.
pub(super) fn chart_links(spec: ChartSpec, caption: String, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let facts = use_context::<Facts>();
    let csv_spec = spec.clone();
    let download_csv = move |_| {
        offer_download(
            &chart_csv(&csv_spec, lang),
            "text/csv;charset=utf-8",
            &chart_csv_file_name(&csv_spec),
        )
    };
    let (id, title) = (spec.id.clone(), spec.title.clone());
    let download_svg = move |_| {
        offer_download(
            &svg_file(
                &spec,
                lang,
                Some(&crate::dom::address::page_address(
                    facts.as_ref().map(|f| &f.0),
                    Some(&spec.id),
                )),
            ),
            "image/svg+xml;charset=utf-8",
            &chart_svg_file_name(&spec),
        )
    };
    view! {
        <div class="chart-links needs-app">
            <button type="button" class="link-button chart-download-csv" on:click=download_csv
                aria-label=format!("{}: {caption}", s.download_csv)>
                {s.download_csv}
            </button>
            <button type="button" class="link-button chart-download-svg" on:click=download_svg
                aria-label=format!("{}: {caption}", s.download_svg)>
                {s.download_svg}
            </button>
            <CopyLink id=id name=title lang=lang />
        </div>
    }
}
