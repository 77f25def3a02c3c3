use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::download::offer_download;
use super::{
    set_document_title, theme_href, Highlights, InHostPage, ProjectStory, ResourceList,
    ResultAreaView, RichTextView, SpendingView,
};
use crate::bundle::{Block, Bundle};
use crate::catalog::Catalog;
use crate::charts;
use crate::i18n::{strings, Lang};
use crate::route::{Route, View};

/// The theme's results page, in the order of the published report.
///
/// Deep links: any id on the page (area, indicator, project, chart) can be
/// the URL's fragment; the enclosing area opens, the target scrolls into
/// view and takes focus. Opening or closing an area rewrites the fragment
/// with `history.replaceState`, so no history entries pile up.
#[component]
pub fn Page(
    bundle: Arc<Bundle>,
    /// The published bundles, for the language switch; `None` for a draft.
    catalog: Option<Arc<Catalog>>,
    route: Route,
) -> impl IntoView {
    let lang = Lang::from_tag(&bundle.theme.language);
    let s = strings(lang);
    let b: &Bundle = &bundle;
    let year = b.theme.year;
    let period = b.theme.reporting_period.clone();

    set_document_title(
        &[
            &b.theme.title,
            &format!("{} {year}", s.results_for_year),
            s.site_name,
        ],
        lang,
    );

    // One open/closed signal per area, so a link to anything inside an area
    // (a highlight tile, a shared URL) can open it.
    let areas: Vec<(String, RwSignal<bool>)> = b
        .result_areas
        .iter()
        .map(|a| (a.id.clone(), RwSignal::new(false)))
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
    // The fragment as the page last saw it, for the language switch.
    let fragment = RwSignal::new(current_hash());
    // Opens the area holding `target` (found in the page, so any id inside
    // an area works), then scrolls to it and focuses it.
    // Closed areas' content is built after the first frame, one area per
    // task (see `fill_in_turn`), so the page shows at once and no task
    // blocks input for long; opening an area or printing builds it at once.
    let fills: Vec<RwSignal<bool>> = signals.iter().map(|_| RwSignal::new(false)).collect();
    let link_fills = fills.clone();
    let open_target = move |target: String| {
        let areas = areas.clone();
        let fills = link_fills.clone();
        super::takeover::in_frame_after_takeover(move || {
            // A target inside an area not built yet: build them all, and
            // look again in the next frame.
            if document().get_element_by_id(&target).is_none() {
                for f in &fills {
                    f.try_set(true);
                }
            }
            request_animation_frame(move || {
                let Some(el) = document().get_element_by_id(&target) else {
                    return;
                };
                if let Ok(Some(section)) = el.closest(".result-area") {
                    if let Some((_, open)) = areas.iter().find(|(id, _)| *id == section.id()) {
                        open.set(true);
                    }
                }
                reveal(target);
            });
        });
    };
    if let Some(target) = current_hash().or_else(|| route.area.clone()) {
        open_target(target);
    }
    let follow = Callback::new(open_target.clone());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        fragment.set(current_hash());
        if let Some(target) = current_hash() {
            open_target(target);
        }
    });
    on_cleanup(move || handle.remove());
    // A toggled area becomes the fragment; closing it clears the fragment.
    let on_toggle = Callback::new(move |(id, open): (String, bool)| {
        let next = open.then_some(id);
        replace_fragment(next.as_deref());
        fragment.set(next);
    });

    // The same page in the other languages, at the same place.
    let others: Vec<(Lang, String)> = catalog
        .as_deref()
        .map(|c| {
            c.languages(&b.theme.id, year)
                .into_iter()
                .map(|e| Lang::from_tag(&e.language))
                .filter(|l| *l != lang)
                .map(|l| (l, theme_href(&route, &b.theme.id, year, l)))
                .collect()
        })
        .unwrap_or_default();
    set_alternates(&others);
    let language_links = others
        .iter()
        .cloned()
        .map(|(other, query)| {
            let href = move || match fragment.get() {
                Some(f) => format!("{query}#{f}"),
                None => query.clone(),
            };
            view! {
                <a href=href hreflang=other.tag() lang=other.tag() class="language-link">
                    {other.native_name()}
                </a>
            }
        })
        .collect_view();
    let has_other_languages = !others.is_empty();
    let draft = matches!(route.view, View::Draft { .. });
    let show_header = route.header;

    // Print opens every area (style/main.css); their charts must be drawn.
    let printing = RwSignal::new(false);
    provide_context(super::Printing(printing));
    watch_print(printing);

    let print_fills = fills.clone();
    Effect::new(move |_| {
        if printing.get() {
            for f in &print_fills {
                f.set(true);
            }
        }
    });
    let queue = fills.clone();
    // For `make bench`: the first frame after the page is in the DOM, and
    // the task after the last area was built.
    Effect::new(move |_| {
        let queue = queue.clone();
        request_animation_frame(move || {
            crate::load::mark(crate::load::MARK_RENDERED);
            fill_in_turn(queue, || crate::load::mark(crate::load::MARK_COMPLETE));
        })
    });

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
        .zip(fills)
        .map(|((a, open), filled)| view! {
            <ResultAreaView area=a lang=lang period=period.clone() open=open on_toggle=on_toggle filled=filled />
        })
        .collect_view();

    // The fixed ids below (uitgelicht, bronnen, …) are listed in
    // bundle::RESERVED_IDS, so a bundle id can never collide with them.
    view! {
        <article class="theme" lang=lang.tag()>
            {draft.then(|| view! { <p class="draft-notice" role="note">{s.draft_notice}</p> })}
            {if show_header {
                view! {
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
                    {has_other_languages.then(|| view! {
                        <nav class="language-switch" aria-label=s.language_switch>{language_links}</nav>
                    })}
                    <button type="button" class="button button--secondary print-button" on:click=|_| print_page()>
                        {s.print}
                    </button>
                    <p class="theme-tools-hint">{s.print_hint}</p>
                </div>
                    </header>
                }.into_any()
            } else {
                // Embedded without the header: the title stays for screen
                // readers, so the heading structure keeps its top.
                view! { <h1 class="visually-hidden">{b.theme.title.clone()}</h1> }.into_any()
            }}

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

/// Builds the next unbuilt area in a task of its own, then the next, and
/// calls `done` in the task after the last.
fn fill_in_turn(fills: Vec<RwSignal<bool>>, done: impl FnOnce() + 'static) {
    set_timeout(
        move || match fills
            .iter()
            .position(|f| f.try_get_untracked() == Some(false))
        {
            Some(next) => {
                fills[next].try_set(true);
                fill_in_turn(fills, done);
            }
            None => done(),
        },
        std::time::Duration::ZERO,
    );
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

/// `<link rel="alternate" hreflang>` for the other languages, so search
/// engines and tools find them; not on a host page, whose head is the host's.
fn set_alternates(others: &[(Lang, String)]) {
    if use_context::<InHostPage>().is_some() {
        return;
    }
    let doc = document();
    let Some(head) = doc.head() else { return };
    if let Ok(old) = doc.query_selector_all("link[rel=alternate][hreflang]") {
        for i in 0..old.length() {
            if let Some(node) = old.item(i) {
                let _ = head.remove_child(&node);
            }
        }
    }
    for (lang, query) in others {
        if let Ok(link) = doc.create_element("link") {
            let _ = link.set_attribute("rel", "alternate");
            let _ = link.set_attribute("hreflang", lang.tag());
            let _ = link.set_attribute("href", query);
            let _ = head.append_child(&link);
        }
    }
}

/// Sets `printing` when the browser prints or shows print media: on
/// `beforeprint`, and when `matchMedia("print")` starts to match.
fn watch_print(printing: RwSignal<bool>) {
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    on_cleanup(move || before.remove());
    if let Ok(Some(query)) = window().match_media("print") {
        if query.matches() {
            printing.set(true);
        }
        let on_change =
            wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                printing.set(true);
            });
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_change.forget();
    }
}

/// Writes `#id` (or no fragment) into the address without a history entry
/// and without a `hashchange`.
fn replace_fragment(id: Option<&str>) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let url = match id {
        Some(id) => format!("{path}{search}#{}", js_sys::encode_uri_component(id)),
        None => format!("{path}{search}"),
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
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
