use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::download::offer_download;
use super::{Highlights, ProjectStory, ResourceList, ResultAreaView, RichTextView, SpendingView};
use crate::bundle::{Block, Bundle};
use crate::charts;
use crate::i18n::{strings, Lang};

/// The theme's results page, in the order of the published report.
#[component]
pub fn Page(bundle: Arc<Bundle>) -> impl IntoView {
    let lang = Lang::from_tag(&bundle.theme.language);
    let s = strings(lang);
    let b: &Bundle = &bundle;
    let year = b.theme.year;
    let period = b.theme.reporting_period.clone();

    set_document_meta(b, lang);

    // One open/closed signal per area, so a link to anything inside an area
    // (a highlight tile, a shared URL) can open it.
    let areas: Vec<(Vec<String>, RwSignal<bool>)> = b
        .result_areas
        .iter()
        .map(|a| {
            let mut ids = vec![a.id.clone()];
            ids.extend(a.indicators.iter().map(|i| i.id.clone()));
            ids.extend(a.projects.iter().map(|p| p.id.clone()));
            (ids, RwSignal::new(false))
        })
        .collect();
    let signals: Vec<RwSignal<bool>> = areas.iter().map(|(_, o)| *o).collect();
    let all = signals.clone();
    let all_open = Memo::new(move |_| all.iter().all(|o| o.get()));
    let all_signals = signals.clone();
    let toggle_all = move |_| {
        let open = !all_open.get_untracked();
        for o in &all_signals {
            o.set(open);
        }
    };
    // Opens the area holding `target`, then scrolls to it and focuses it.
    let open_target = move |target: String| {
        if let Some((_, open)) = areas.iter().find(|(ids, _)| ids.contains(&target)) {
            open.set(true);
            reveal(target);
        }
    };
    if let Some(target) = current_hash() {
        open_target(target);
    }
    let follow = Callback::new(open_target.clone());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(target) = current_hash() {
            open_target(target);
        }
    });
    on_cleanup(move || handle.remove());

    let highlights_chart = charts::highlights(b, lang);
    let csv_bundle = bundle.clone();
    let download_indicators = move |_| {
        offer_download(
            &charts::indicators_csv(&csv_bundle, lang),
            "text/csv;charset=utf-8",
            &charts::indicators_csv_file_name(&csv_bundle, lang),
        )
    };
    let area_views = b
        .result_areas
        .clone()
        .into_iter()
        .zip(signals)
        .map(|(a, open)| view! { <ResultAreaView area=a lang=lang period=period.clone() open=open /> })
        .collect_view();

    // The fixed ids below (uitgelicht, bronnen, …) are listed in
    // bundle::RESERVED_IDS, so a bundle id can never collide with them.
    view! {
        <article class="theme" lang=lang.tag()>
            <header class="theme-header">
                <p class="theme-eyebrow">{format!("{} {year}", s.results_for_year)}</p>
                <h1>{b.theme.title.clone()}</h1>
                <dl class="theme-meta">
                    {b.theme.reporting_period.clone().map(|p| view! {
                        <div><dt>{s.reporting_period}</dt><dd>{p}</dd></div>
                    })}
                    <div>
                        <dt>{s.last_updated}</dt>
                        <dd>{b.theme.last_updated.clone().unwrap_or_else(|| s.unknown.to_string())}</dd>
                    </div>
                </dl>
                <div class="theme-tools">
                    <button type="button" class="button button--secondary print-button" on:click=|_| print_page()>
                        {s.print}
                    </button>
                    <p class="theme-tools-hint">{s.print_hint}</p>
                </div>
            </header>

            {(!b.highlights.is_empty()).then(|| view! {
                <Highlights highlights=b.highlights.clone() chart=highlights_chart lang=lang on_follow=follow />
            })}

            {(!b.resources.is_empty()).then(|| view! {
                <section class="resources-section">
                    <h2 id="bronnen">{s.resources}</h2>
                    <ResourceList resources=b.resources.clone() lang=lang />
                </section>
            })}

            {text_section("inleiding", s.introduction.to_string(), b.introduction.clone())}
            {text_section("resultaten", format!("{} {year}", s.results_for_year), b.results_summary.clone())}

            <section class="result-areas">
                <h2 id="resultaatgebieden">{s.result_areas}</h2>
                <ul class="area-nav">
                    {b.result_areas.iter().map(|a| view! {
                        <li><a href=format!("#{}", a.id)>{a.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
                {b.featured.clone().map(|f| view! {
                    <div class="featured">
                        <h3>{f.heading}</h3>
                        {f.projects.into_iter().map(|p| view! { <ProjectStory project=p lang=lang level=4 /> }).collect_view()}
                    </div>
                })}
                <div class="area-controls">
                    <button type="button" class="button button--secondary download-indicators" on:click=download_indicators>
                        {s.download_all_indicators}
                    </button>
                    {(b.result_areas.len() > 1).then(|| view! {
                        <button
                            type="button"
                            class="button button--secondary"
                            aria-expanded=move || if all_open.get() { "true" } else { "false" }
                            on:click=toggle_all
                        >
                            {move || if all_open.get() { s.close_all } else { s.open_all }}
                        </button>
                    })}
                </div>
                {area_views}
            </section>

            {b.background.clone().map(|bg| view! {
                <section class="background">
                    <h2 id="achtergrond">{bg.heading}</h2>
                    <h3>{s.background}</h3>
                    <RichTextView text=bg.background level=4 />
                    <h3>{s.outlook}</h3>
                    <RichTextView text=bg.outlook level=4 />
                </section>
            })}

            {b.downloads_and_links.clone().map(|d| view! {
                <section class="downloads">
                    <h2 id="downloads">{s.resources}</h2>
                    <RichTextView text=d.intro />
                    <ResourceList resources=d.links lang=lang />
                </section>
            })}

            {b.spending.clone().map(|sp| view! { <SpendingView spending=sp lang=lang /> })}
        </article>
    }
}

fn text_section(id: &'static str, title: String, text: Vec<Block>) -> impl IntoView {
    (!text.is_empty()).then(|| {
        view! {
            <section class="text-section">
                <h2 id=id>{title}</h2>
                <RichTextView text=text />
            </section>
        }
    })
}

/// The document's title and language follow the bundle.
fn set_document_meta(b: &Bundle, lang: Lang) {
    let doc = document();
    doc.set_title(&format!(
        "{} | {} {} | {}",
        b.theme.title,
        strings(lang).results_for_year,
        b.theme.year,
        strings(lang).site_name
    ));
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// Opens the browser's print dialogue; the print stylesheet opens every
/// area, so the printout (or a PDF saved from it) carries the whole report.
pub fn print_page() {
    if let Err(e) = window().print() {
        web_sys::console::warn_1(&e);
    }
}

fn current_hash() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    let decoded = js_sys::decode_uri_component(id).ok()?.as_string()?;
    (!decoded.is_empty()).then_some(decoded)
}

/// After the area has opened, scrolls to the target and moves focus to it.
fn reveal(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
