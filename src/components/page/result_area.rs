use leptos::context::Provider;
use leptos::prelude::*;

use crate::bundle::{Media, ResultArea};
use crate::charts::{self, from_dataset, Place};
use crate::components::{
    ChartFigure, EmbedControl, IndicatorView, MediaView, ProjectStory, ResourceList, RichTextView,
};
use crate::i18n::{strings, Lang};
use crate::ids;

/// A result area as a disclosure: its title, subtitle and introduction are
/// always visible; a real button right below them (aria-expanded,
/// aria-controls) opens the panel with the indicators. The panel is a
/// region named by the area's title, and ends with the way back to the list
/// of areas; "Insluiten" follows it.
#[component]
pub fn ResultAreaView(
    area: ResultArea,
    lang: Lang,
    open: RwSignal<bool>,
    /// Called with (area id, now open) when the visitor toggles the area.
    on_toggle: Callback<(String, bool)>,
    /// Whether the closed panel's content is built yet (see `ResultAreas`:
    /// it is built after the first paint, one area per task). Built at once
    /// when absent, and always once the area opens.
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
    let panel_id = ids::panel(&area.id);
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
            {(!alone).then(|| area_toggle(area.id.clone(), title, open, on_toggle, lang))}
            <div
                class="area-panel"
                id=panel_id
                role="region"
                aria-labelledby=title_id
                // A closed panel stays searchable: find-in-page reveals it
                // and fires `beforematch`, which opens the area for real.
                hidden=move || (!open.get()).then_some("until-found")
                on:beforematch=move |_: web_sys::Event| open.set(true)
            >
                {body}
                // The way back from the end of a long area.
                {(!alone).then(|| view! {
                    <p class="area-end">
                        <a href=back.clone()>{s.back_to_result_areas}</a>
                    </p>
                })}
            </div>
            // After the panel, so a closed area offers it too, and what the
            // toggle opens comes right below the toggle.
            {(!alone).then(|| view! { <EmbedControl id=area.id.clone() name=area.title.clone() lang=lang /> })}
        </section>
    }
}

/// "Resultaatgebied openen": the published page's own order puts the toggle
/// after the area's introduction, so what it opens starts right below it,
/// where the reader is looking. WAI-ARIA disclosure (aria-expanded,
/// aria-controls). Its name starts with the area's title and holds the
/// visible words (WCAG 2.5.3, as GOV.UK's accordion): "Opvang in de regio,
/// Resultaatgebied openen".
fn area_toggle(
    id: String,
    title: String,
    open: RwSignal<bool>,
    on_toggle: Callback<(String, bool)>,
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    view! {
        <button
            type="button"
            class="area-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls=ids::panel(&id)
            // For the pre-rendered page's early controls
            // (public/loader.js), before the app has taken over.
            data-label-on=s.close_area
            data-label-off=s.open_area
            on:click=move |_| {
                open.update(|o| *o = !*o);
                on_toggle.run((id.clone(), open.get_untracked()));
            }
        >
            <span class="area-toggle-icon" aria-hidden="true"></span>
            <span class="visually-hidden">{format!("{title}, ")}</span>
            <span class="toggle-text">{move || if open.get() { s.close_area } else { s.open_area }}</span>
        </button>
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
