use leptos::context::Provider;
use leptos::prelude::*;

use crate::bundle::{Media, ResultArea};
use crate::charts::{self, from_dataset, Place};
use crate::components::{
    ChartFigure, EmbedControl, IndicatorView, MediaView, ProjectStory, ResourceList, RichTextView,
};
use crate::i18n::{strings, Lang};
use crate::ids;

/// A result area: its title, subtitle and introduction are always
/// visible; right below them a `<details>` whose summary,
/// "Resultaatgebied openen", opens the panel with the indicators. The
/// platform owns it: it opens and closes on the pre-rendered page before
/// and without script, opens for find-in-page and for a link to anything
/// inside it, and the takeover carries its state over to the app's page
/// (`dom::takeover`). The app follows it (`open`, `on_toggle`) and may set
/// it (a tile, "Alles openen"). The open panel is a region named by the
/// area's title, and ends with the way back to the list of areas;
/// "Insluiten" follows it.
#[component]
pub fn ResultAreaView(
    area: ResultArea,
    lang: Lang,
    open: RwSignal<bool>,
    /// Called with (area id, now open) when the visitor toggles the area.
    on_toggle: Callback<(String, bool)>,
    /// Whether the (closed) panel's content is built yet (see
    /// `ResultAreas`: it is built after the first paint, one area per
    /// task). Built at once when absent, and always once the area opens.
    #[prop(optional)]
    built: Option<RwSignal<bool>>,
    /// On its own (`only=<area>`): open, with its title as a plain heading
    /// and no toggle.
    #[prop(optional)]
    alone: bool,
) -> impl IntoView {
    let s = strings(lang);
    let title_id = ids::title(&area.id);
    let heading_id = title_id.clone();
    let subtitle = area.subtitle.clone().filter(|t| *t != area.title);
    let title = area.title.clone();
    // A memo, so that once built, opening and closing does not build again.
    let has_content = Memo::new(move |_| open.get() || built.is_none_or(|b| b.get()));
    // A photo the publication does not include is only a caption: it opens
    // the panel, where the published page repeats it right after
    // "Resultaatgebied openen", instead of opening the closed area.
    let (photo_top, photo_in_panel) = match area.photo.clone() {
        Some(m) if m.src.is_some() => (Some(m), None),
        other => (None, other),
    };
    let back = format!("#{}", ids::RESULT_AREAS);
    let body = {
        let area = area.clone();
        move || {
            has_content
                .get()
                .then(|| area_body(area.clone(), photo_in_panel.clone(), open, lang))
        }
    };
    let panel = view! {
        <div class="area-panel" role="region" aria-labelledby=title_id>
            {body}
            // The way back from the end of a long area.
            {(!alone).then(|| view! {
                <p class="area-end">
                    <a href=back.clone()>{s.back_to_result_areas}</a>
                </p>
            })}
        </div>
    };
    let id = area.id.clone();
    let on_toggle = move |ev: leptos::ev::Event| {
        let now = crate::dom::details_open(&ev);
        // The app's own change (a tile, "Alles openen") comes back as a
        // toggle too; only the reader's is news.
        if now != open.get_untracked() {
            open.set(now);
            // A link into the area opened it: the address keeps the link.
            if !(now && crate::dom::fragment::leads_into(&ev)) {
                on_toggle.run((id.clone(), now));
            }
        }
    };
    view! {
        <section class="result-area" id=area.id.clone() tabindex="-1">
            // The heading stays in view while the reader is inside the area
            // (style/main.css), so a tile tap or a deep link to an indicator
            // shows which area it is in.
            <h3 class="result-area-heading">
                <span class="result-area-title" id=heading_id>{title.clone()}</span>
            </h3>
            {photo_top.map(|m| view! { <MediaView media=m lang=lang /> })}
            {subtitle.map(|t| view! { <h4 class="result-area-subtitle">{t}</h4> })}
            <div class="result-area-lead">
                <RichTextView text=area.lead.clone() level=4 />
            </div>
            {if alone {
                panel.into_any()
            } else {
                view! {
                    <details class="area-details" id=ids::panel(&area.id)
                        open=move || open.get() prop:open=move || open.get() on:toggle=on_toggle>
                        {area_toggle(title, s)}
                        {panel}
                    </details>
                }
                .into_any()
            }}
            // After the panel, so a closed area offers it too, and what the
            // toggle opens comes right below the toggle.
            {(!alone).then(|| view! { <EmbedControl id=area.id.clone() name=area.title.clone() lang=lang /> })}
        </section>
    }
}

/// "Resultaatgebied openen": the published page's own order puts the toggle
/// after the area's introduction, so what it opens starts right below it,
/// where the reader is looking. A `<summary>`, so its state is the
/// platform's (expanded or collapsed), and its words follow it by the
/// stylesheet alone (`details[open]`). Its name starts with the area's
/// title and holds the visible words (WCAG 2.5.3, as GOV.UK's accordion):
/// "Opvang in de regio, Resultaatgebied openen".
fn area_toggle(title: String, s: &'static crate::i18n::Strings) -> impl IntoView {
    view! {
        <summary class="area-toggle">
            <span class="area-toggle-icon" aria-hidden="true"></span>
            <span class="toggle-text">
                <span class="visually-hidden">{format!("{title}, ")}</span>
                <span class="when-closed">{s.open_area}</span>
                <span class="when-open">{s.close_area}</span>
            </span>
        </summary>
    }
}

/// What an open area shows, in the published order: the photo's caption,
/// "In dit resultaatgebied", the narrative, the results (charts, then
/// indicators), progress, projects and links. Charts inside the panel
/// wait for the area to open: a Provider, so each area's charts see their
/// own area.
fn area_body(
    area: ResultArea,
    photo: Option<Media>,
    open: RwSignal<bool>,
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    let area_charts = charts::area_indicators(&area, lang);
    let progress_figures: Vec<_> = area
        .progress
        .iter()
        .flat_map(|p| p.figures.iter().map(from_dataset))
        .collect();
    view! {
        <Provider value=crate::components::context::PanelShown(open)>
            {photo.map(|m| view! { <MediaView media=m lang=lang /> })}
            <AreaContents area=area.clone() lang=lang />
            <RichTextView text=area.narrative.clone() level=4 />
            {(!area.indicators.is_empty()).then(|| view! {
                <h4 class="results-heading">{s.results}</h4>
            })}
            {area_charts.into_iter().map(|c| view! { <ChartFigure spec=c lang=lang place=Place::Area /> }).collect_view()}
            {area
                .indicators
                .clone()
                .into_iter()
                .map(|i| view! { <IndicatorView indicator=i lang=lang /> })
                .collect_view()}
            {area.progress.clone().map(|p| view! {
                <div class="progress">
                    <h4>{p.title}</h4>
                    <RichTextView text=p.body level=5 />
                    {progress_figures.into_iter().map(|f| view! { <ChartFigure spec=f lang=lang place=Place::Area /> }).collect_view()}
                </div>
            })}
            {area
                .projects
                .clone()
                .into_iter()
                .map(|p| view! { <ProjectStory project=p lang=lang level=4 /> })
                .collect_view()}
            {(!area.links.is_empty()).then(|| view! {
                <ResourceList resources=area.links.clone() lang=lang level=4 />
            })}
        </Provider>
    }
}

/// "In dit resultaatgebied": on a phone, an open area starts with links to
/// its indicators (style/main.css shows it on narrow screens only), so the
/// reader sees what the area holds before a long read.
#[component]
fn AreaContents(area: ResultArea, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let name = format!("{}: {}", s.in_this_area, area.title);
    (area.indicators.len() > 1).then(|| {
        view! {
            <nav class="area-contents" aria-label=name>
                <p class="area-contents-title">{s.in_this_area}</p>
                <ul>
                    {area.indicators.iter().map(|i| view! {
                        <li><a href=format!("#{}", i.id)>{i.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
        }
    })
}
