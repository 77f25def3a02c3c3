use std::sync::Arc;

use leptos::prelude::*;

use crate::bundle::{Bundle, RichText};
use crate::catalog::{bundle_path, Catalog};
use crate::charts;
use crate::components::context::{
    href, in_host_page, overview_link, rendered, rendering, theme_link, EmbedOffered, PageBuilt,
    Printing, Rendering, SiteLanguages,
};
use crate::components::page::result_areas::{Areas, ResultAreas};
use crate::components::{
    use_head, EmbedControl, Highlights, OtherYears, ProjectStory, ResourceList, RichTextView,
    SpendingView, ThemeHeader,
};
use crate::dom::fragment::Fragment;
use crate::dom::load::{mark, MARK_COMPLETE, MARK_RENDERED};
use crate::dom::steps::Steps;
use crate::dom::{after_mount, print};
use crate::head::PageHead;
use crate::i18n::{strings, Lang};
use crate::ids;
use crate::route::{self, Route, View};

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

    let (steps, areas) = use_steps(b);
    let highlights_as_chart = RwSignal::new(false);
    let links = use_deep_links(&route, steps, areas, highlights_as_chart);
    use_printing(steps);
    use_built_in_turn(steps, areas);
    let nearby = use_page_head(b, catalog.as_deref(), &route, lang);
    let draft = matches!(route.view, View::Draft { .. } | View::Check);
    // A published page, shown on its own: its charts and areas offer
    // "Insluiten" (an embedded page or a host page does not).
    if catalog.is_some() && !route.embed && !in_host_page() {
        provide_context(EmbedOffered);
    }
    let header = page_header(b, catalog.as_deref(), &route, nearby, links.fragment, lang);
    let highlights = {
        let b = bundle.clone();
        move || {
            (steps.has(1) && !b.highlights.is_empty()).then(|| {
                view! {
                    <Highlights
                        highlights=b.highlights.clone()
                        chart=charts::highlights(&b, lang)
                        lang=lang
                        on_follow=links.follow
                        chart_built=Signal::derive(move || steps.has(2))
                        as_chart=highlights_as_chart
                    />
                }
            })
        }
    };
    let texts = {
        let b = bundle.clone();
        move || steps.has(3).then(|| texts(&b, lang))
    };
    let result_areas = {
        let b = bundle.clone();
        move || {
            steps.has(4).then(|| {
                view! {
                    <ResultAreas bundle=b.clone() lang=lang areas=areas on_toggle=links.on_toggle />
                    {featured(&b, lang)}
                }
            })
        }
    };
    let closing = {
        let b = bundle.clone();
        move || {
            steps.has(5).then(|| {
                view! {
                    {closing_sections(&b, lang)}
                    // The whole page's snippets, after all of it: for the
                    // web editors who embed it, out of other readers' way.
                    <EmbedControl name=b.theme.title.clone() lang=lang />
                }
            })
        }
    };

    view! {
        <article class="theme" lang=lang.tag()>
            {draft.then(|| view! { <p class="draft-notice" role="note">{s.draft_notice}</p> })}
            {header}
            {highlights}
            {texts}
            {result_areas}
            {closing}
        </article>
    }
}

/// How the page is built. On a pre-rendered page, where the app builds its
/// page out of sight, the page comes in six parts, each built in a task of
/// its own (`Steps`): the title, the highlights, their chart, the texts,
/// the result areas, the rest. The first parts also compile most of the
/// page's code (the browser compiles wasm functions when they are first
/// called), so they are kept small. Elsewhere the page is built at once,
/// so the visitor never sees it arrive in pieces; so is the build's, which
/// also builds every closed area's content.
fn use_steps(b: &Bundle) -> (Steps, Areas) {
    let (steps, areas_built) = match rendering() {
        Rendering::Browser {
            over_static_page: true,
            ..
        } => (Steps::new(6, false), false),
        Rendering::Browser { .. } => (Steps::new(6, true), false),
        Rendering::Build => (Steps::new(6, true), true),
    };
    (steps, Areas::new(&b.result_areas, areas_built))
}

/// The page's links into itself: the fragment it follows and rewrites,
/// what a highlight tile follows, and what a toggled area writes.
#[derive(Clone, Copy)]
struct DeepLinks {
    fragment: Fragment,
    follow: Callback<String>,
    on_toggle: Callback<(String, bool)>,
}

/// Deep links: a link to anything on the page waits until the page is all
/// there; a link to the highlights' chart shows that view first. A toggled
/// area becomes the fragment; closing it clears the fragment.
fn use_deep_links(
    route: &Route,
    steps: Steps,
    areas: Areas,
    highlights_as_chart: RwSignal<bool>,
) -> DeepLinks {
    let go_to = move |target: String| {
        if target == ids::HIGHLIGHTS_CHART {
            highlights_as_chart.set(true);
        }
        steps.when_done(move || areas.go_to(target))
    };
    let fragment = Fragment::new();
    let initial = route.area.clone();
    after_mount(move || {
        fragment.follow(initial, go_to);
        fragment.follow_reading();
    });
    DeepLinks {
        fragment,
        follow: Callback::new(go_to),
        on_toggle: Callback::new(move |(id, open): (String, bool)| {
            fragment.replace(open.then_some(id))
        }),
    }
}

/// Printing: the page tells its parts ([`Printing`]) and finishes building
/// first, so that the print holds all of it.
fn use_printing(steps: Steps) {
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    after_mount(move || print::watch(printing));
    Effect::new(move |_| {
        if printing.get() {
            steps.finish();
        }
    });
}

/// Once every part is built: the app may take over a pre-rendered page
/// (`PageBuilt`); for `make bench`, the first frame with the whole page;
/// then the closed areas' content, one area per task, and the task after
/// the last.
fn use_built_in_turn(steps: Steps, areas: Areas) {
    let built = use_context::<PageBuilt>();
    Effect::new(move |_| {
        steps.build_in_turn(move || {
            if let Some(PageBuilt(built)) = built {
                built.try_set(true);
            }
            request_animation_frame(move || {
                mark(MARK_RENDERED);
                areas.build_in_turn(|| mark(MARK_COMPLETE));
            })
        })
    });
}

/// The same theme elsewhere: in the other languages and in every year,
/// each with its address relative to the app's folder.
struct Nearby {
    languages: Vec<(Lang, String)>,
    years: Vec<(u16, String)>,
}

/// The page's head, the footer's language links, and the other years'
/// bundles for "Over de jaren" (fetched when a reader first opens it).
fn use_page_head(b: &Bundle, catalog: Option<&Catalog>, route: &Route, lang: Lang) -> Nearby {
    let s = strings(lang);
    let year = b.theme.year;
    let languages = other_languages(catalog, route, b, lang);
    let years: Vec<(u16, String)> = catalog
        .map(|c| c.years(&b.theme.id, lang.tag()))
        .unwrap_or_default()
        .into_iter()
        .map(|y| (y, theme_link(route, catalog, &b.theme.id, y, lang)))
        .collect();
    if let Some(SiteLanguages(footer)) = use_context::<SiteLanguages>() {
        footer.set(Some(languages.clone()));
    }
    let own_rendered = rendered(catalog, &route::static_page_path(&b.theme.id, year, lang));
    use_head(PageHead {
        // A query address of a published page names its pre-rendered one;
        // the page's embed forms name it too, and stay out of search.
        canonical: own_rendered.then(|| route::static_page_path(&b.theme.id, year, lang)),
        alternates: languages.clone(),
        noindex: route.embed,
        ..PageHead::titled(
            &[
                &b.theme.title,
                &format!("{} {year}", s.results_for_year),
                s.site_name,
            ],
            lang,
        )
    });
    if let Some(c) = catalog {
        let others: Vec<(u16, String)> = years
            .iter()
            .filter(|(y, _)| *y != year)
            .filter_map(|(y, _)| c.find(&b.theme.id, *y, lang.tag()))
            .map(|e| (e.year, href(&bundle_path(e))))
            .collect();
        if !others.is_empty() {
            provide_context(OtherYears::new(year, others));
        }
    }
    Nearby { languages, years }
}

/// The theme's header, or, embedded without it, the title for screen
/// readers alone, so the heading structure keeps its top.
fn page_header(
    b: &Bundle,
    catalog: Option<&Catalog>,
    route: &Route,
    nearby: Nearby,
    fragment: Fragment,
    lang: Lang,
) -> AnyView {
    if !route.header {
        return view! { <h1 class="visually-hidden">{b.theme.title.clone()}</h1> }.into_any();
    }
    let languages = nearby
        .languages
        .into_iter()
        .map(|(l, link)| (l, href(&link)))
        .collect();
    let years = nearby
        .years
        .into_iter()
        .map(|(y, link)| (y, href(&link)))
        .collect();
    let overview = href(&overview_link(route, catalog, lang));
    view! {
        <ThemeHeader theme=b.theme.clone() lang=lang languages=languages years=years fragment=fragment
            overview=overview />
    }
    .into_any()
}

/// The theme's own project: a section of its own after the areas, so the
/// heading list does not put it among them, and "Alles openen" stands
/// right above them.
fn featured(b: &Bundle, lang: Lang) -> impl IntoView {
    b.featured.clone().map(|f| {
        view! {
            <section class="featured">
                <h2>{f.heading}</h2>
                {f.projects.into_iter().map(|p| view! { <ProjectStory project=p lang=lang level=3 /> }).collect_view()}
            </section>
        }
    })
}

/// The same page in the catalog's other languages: (language, address
/// relative to the app's folder).
fn other_languages(
    catalog: Option<&Catalog>,
    route: &Route,
    b: &Bundle,
    lang: Lang,
) -> Vec<(Lang, String)> {
    let Some(catalog) = catalog else {
        return Vec::new();
    };
    catalog
        .languages(&b.theme.id, b.theme.year)
        .into_iter()
        .map(|e| Lang::from_tag(&e.language))
        .filter(|l| *l != lang)
        .map(|l| {
            (
                l,
                theme_link(route, Some(catalog), &b.theme.id, b.theme.year, l),
            )
        })
        .collect()
}

/// The resources, the introduction and the year's results.
fn texts(b: &Bundle, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    view! {
        {(!b.resources.is_empty()).then(|| view! {
            <section class="resources-section">
                <h2 id=ids::RESOURCES>
                    {s.resources}
                    // Two sections share the report's heading: a heading
                    // list tells them apart by this qualifier.
                    <span class="visually-hidden">{format!(" ({})", s.resources_at_top)}</span>
                </h2>
                <ResourceList resources=b.resources.clone() lang=lang />
            </section>
        })}
        {text_section(ids::INTRODUCTION, s.introduction.to_string(), b.introduction.clone())}
        {text_section(ids::RESULTS, format!("{} {}", s.results_for_year, b.theme.year), b.results_summary.clone())}
    }
}

/// What follows the result areas: background and outlook, downloads and
/// links, spending.
fn closing_sections(b: &Bundle, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    view! {
        {b.background.clone().map(|bg| view! {
            <section class="background">
                <h2 id=ids::BACKGROUND>{bg.heading}</h2>
                <h3>{s.background}</h3>
                <RichTextView text=bg.background level=4 />
                <h3>{s.outlook}</h3>
                <RichTextView text=bg.outlook level=4 />
            </section>
        })}
        {b.downloads_and_links.clone().map(|d| view! {
            <section class="downloads">
                <h2 id=ids::DOWNLOADS>
                    {s.resources}
                    <span class="visually-hidden">{format!(" ({})", s.resources_at_end)}</span>
                </h2>
                <RichTextView text=d.intro />
                <ResourceList resources=d.links lang=lang />
            </section>
        })}
        {b.spending.clone().map(|sp| view! { <SpendingView spending=sp lang=lang /> })}
    }
}

fn text_section(id: &'static str, title: String, text: RichText) -> impl IntoView {
    (!text.is_empty()).then(|| {
        view! {
            <section class="text-section">
                <h2 id=id>{title}</h2>
                <RichTextView text=text />
            </section>
        }
    })
}
