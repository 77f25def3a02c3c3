use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{
    app_href, embed, takeover, CheckPage, ErrorView, InHostPage, Loading, NotFound, Overview, Page,
    Piece,
};
use crate::bundle::Bundle;
use crate::catalog::{Catalog, CATALOG_PATH};
use crate::i18n::{check_strings, strings, Lang};
use crate::ids;
use crate::load::{fetch_bundle, fetch_catalog, LoadError};
use crate::route::{Route, View};

/// What the app is showing.
#[derive(Clone)]
enum State {
    Loading,
    /// A theme page; the catalog (absent for a draft) names its other languages.
    Theme(Arc<Bundle>, Option<Arc<Catalog>>),
    Overview(Arc<Catalog>),
    /// The editors' page: nothing to load.
    Check,
    /// The URL names nothing that is published; the reason is for editors.
    NotFound(String),
    Failed(LoadError, String),
}

/// Mounts the app, in one of three places:
/// - on a host page (an element with `data-resultaten`, see README
///   "Embedding"): into that element, with its options from data attributes;
/// - on a pre-rendered page: out of sight, to replace the static page once
///   built (see `takeover`);
/// - otherwise: into the body, with its options from the URL.
pub fn mount() {
    mount_with(None);
}

/// Mounts the app with the editors' page (`?check`): the editors' wasm
/// (`src/bin/editors.rs`) calls this, the visitors' wasm never does, so
/// the check and the preview are not in the visitors' code.
pub fn mount_editors() {
    mount_with(Some(EditorsPage(|lang| {
        view! { <CheckPage lang=lang /> }.into_any()
    })));
}

/// Shows the editors' page, where the wasm has it (see [`mount_editors`]).
#[derive(Clone, Copy)]
struct EditorsPage(fn(crate::i18n::Lang) -> AnyView);

fn mount_with(editors: Option<EditorsPage>) {
    let search = window().location().search().unwrap_or_default();
    let base_of = |el: &web_sys::Element| el.get_attribute("data-base").unwrap_or_default();
    let (target, route, base, in_host_page) = if let Some(host) = embed::host_element() {
        let (route, base) = (embed::host_route(&host), base_of(&host));
        (host, route, base, true)
    } else if let Some((page, stage)) =
        takeover::static_page().and_then(|page| Some((page, takeover::offstage()?)))
    {
        (
            stage,
            takeover::static_route(&page, &search),
            base_of(&page),
            false,
        )
    } else if let Some(body) = document().body() {
        (body, Route::parse(&search), String::new(), false)
    } else {
        return;
    };
    // A host page's links go to the app's query addresses.
    let static_pages = !in_host_page && takeover::build_has_static_pages();
    // The app renders in the task after the mount: each is long on a phone
    // already, since the browser compiles the code it runs for the first
    // time (Leptos' runtime here, the app's components there).
    let started = RwSignal::new(false);
    let handle = leptos::mount::mount_to(target, move || {
        if in_host_page {
            provide_context(InHostPage);
        }
        if let Some(editors) = editors {
            provide_context(editors);
        }
        let (route, base) = (route.clone(), base.clone());
        move || {
            started.get().then(|| {
                view! { <App route=route.clone() base=base.clone() static_pages=static_pages /> }
            })
        }
    });
    set_timeout(
        move || {
            // index.html's boot screen (header and loading message) gives
            // way to the app in the same task as the app's first render.
            if let Some(boot) = document().get_element_by_id("resultaten-boot") {
                boot.remove();
            }
            started.set(true)
        },
        std::time::Duration::ZERO,
    );
    // The app lives as long as the document.
    handle.forget();
}

/// The page chrome and the load state machine: loading → page, overview or
/// "not found", or an error with a retry.
///
/// The state is an explicit signal rather than Leptos' `LocalResource` with
/// `Suspense`/`Transition` and `ErrorBoundary`, for two reasons:
/// - the takeover of a pre-rendered page needs to know the outcome, outside
///   the view: swap in the app's page when it is built, keep the static page
///   when loading failed. One effect on the state says both; with a
///   resource, the outcome is only known inside a boundary's children;
/// - an `ErrorBoundary` erases errors to `leptos::error::Error`, while the
///   error view needs the typed [`LoadError`] (HTTP status, JSON line and
///   column for editors), and "not found" is no error at all but a page.
///
/// Parsing the bundle and building the page run in two tasks (`next_task`
/// below), so that neither blocks input for long; the takeover is a third.
#[component]
pub fn App(
    route: Route,
    /// Where the app's files are: empty on its own page, the app's address
    /// when mounted into a host page.
    #[prop(into)]
    base: String,
    /// This build has pre-rendered theme pages, so theme links go there.
    #[prop(optional)]
    static_pages: bool,
) -> impl IntoView {
    provide_context(super::AppBase {
        base: base.clone(),
        static_pages,
    });
    let state = RwSignal::new(State::Loading);
    // A theme page is built in parts (`Page`); it says when it is whole.
    let page_built = RwSignal::new(false);
    provide_context(super::PageBuilt(page_built));
    let lang = route.lang;
    let s = strings(lang);
    // The site's header and footer belong to its own page; an iframe embed
    // and a host page have their own.
    let chrome = !route.embed && route.only.is_none() && use_context::<InHostPage>().is_none();
    let other_overviews = Lang::ALL
        .into_iter()
        .filter(|l| *l != lang)
        .map(|l| (l, app_href(&route.overview_query(l))))
        .collect();
    let languages = RwSignal::new(other_overviews);
    provide_context(super::SiteLanguages(languages));

    let load = {
        let route = route.clone();
        let base = base.clone();
        move |retry: bool| {
            state.set(State::Loading);
            let route = route.clone();
            let base = base.clone();
            leptos::task::spawn_local(async move {
                let next = resolve(&route, &base).await;
                // Parsing the bundle and building the page: two tasks.
                crate::load::next_task().await;
                if let State::Failed(e, url) = &next {
                    // Editors find the full story in the console.
                    web_sys::console::warn_1(&e.details(url).into());
                }
                state.set(next);
                if retry {
                    focus_main();
                }
            });
        }
    };
    // The first fetch in a task of its own, after the app's first render:
    // the browser compiles the code of each in the task that first runs it.
    let first_load = load.clone();
    set_timeout(move || first_load(false), std::time::Duration::ZERO);
    // On a pre-rendered page: once the app's page is complete, it replaces
    // the static one; if the data cannot be loaded, the static page stays.
    let fallback_base = base.clone();
    Effect::new(move |_| match state.get() {
        State::Loading => {}
        State::Failed(..) => takeover::keep_static_page(&fallback_base),
        // Once all its parts are built, in a task of its own.
        State::Theme(..) if !page_built.get() => {}
        _ => set_timeout(takeover::take_over, std::time::Duration::ZERO),
    });
    let retry = Callback::new(move |_: ()| load(true));

    let page_route = route.clone();
    view! {
        <div class="resultaten" class:resultaten--embedded=!chrome>
            <a class="skip-link" href=format!("#{}", ids::MAIN)>{s.skip_link}</a>
            {chrome.then(|| view! {
                <header class="site-header">
                    <div class="wrap">
                        // The way back to every theme and year (issue 17,
                        // item 7); on the overview itself, plain text.
                        <p class="site-name">
                            {if matches!(route.view, View::Overview) {
                                view! { <span>{s.site_name}</span> }.into_any()
                            } else {
                                view! { <a href=app_href(&route.overview_query(lang))>{s.site_name}</a> }.into_any()
                            }}
                        </p>
                    </div>
                </header>
            })}
            <main id=ids::MAIN class="wrap" tabindex="-1">
                {move || match state.get() {
                    State::Loading => view! { <Loading lang=lang /> }.into_any(),
                    State::Theme(b, catalog) => match page_route.only.clone() {
                        Some(id) => view! { <Piece bundle=b id=id /> }.into_any(),
                        None => view! { <Page bundle=b catalog=catalog route=page_route.clone() /> }.into_any(),
                    },
                    State::Overview(c) => view! { <Overview catalog=c route=page_route.clone() /> }.into_any(),
                    State::Check => match use_context::<EditorsPage>() {
                        Some(EditorsPage(page)) => page(lang),
                        // The visitors' wasm has no editors' page: the loader
                        // starts the editors' wasm for `?check`.
                        None => view! { <NotFound reason="?check needs the editors' app".to_string() route=page_route.clone() /> }.into_any(),
                    },
                    State::NotFound(reason) => {
                        view! { <NotFound reason=reason route=page_route.clone() /> }.into_any()
                    }
                    State::Failed(e, url) => {
                        view! { <ErrorView error=e url=url lang=lang on_retry=retry /> }.into_any()
                    }
                }}
            </main>
            {chrome.then(|| view! {
                <footer class="site-footer">
                    <div class="wrap">
                        <nav aria-label=s.footer_nav>
                            <ul class="footer-links">
                                {(!matches!(route.view, View::Overview)).then(|| view! {
                                    <li><a href=app_href(&route.overview_query(lang))>{s.overview_title}</a></li>
                                })}
                                {move || languages.get().into_iter().map(|(other, href)| view! {
                                    <li><a href=href hreflang=other.tag() lang=other.tag()>{other.native_name()}</a></li>
                                }).collect_view()}
                                {matches!(route.view, View::Overview).then(|| view! {
                                    <li><a href=app_href(&route.check_query())>{check_strings(lang).footer_link}</a></li>
                                })}
                            </ul>
                        </nav>
                        <p>{s.footer}</p>
                    </div>
                </footer>
            })}
        </div>
    }
}

/// Fetches what the route asks for: the catalog, then the bundle it lists;
/// or a draft bundle directly.
async fn resolve(route: &Route, base: &str) -> State {
    let catalog_url = format!("{base}{CATALOG_PATH}");
    match &route.view {
        View::Invalid { reason } => State::NotFound(reason.clone()),
        View::Check => State::Check,
        View::Draft { path } => {
            let url = format!("{base}{}", path.trim_start_matches('/'));
            match fetch_bundle(&url).await {
                Ok(b) => State::Theme(Arc::new(b), None),
                Err(e) => State::Failed(e, url),
            }
        }
        View::Overview => match fetch_catalog(&catalog_url).await {
            Ok(c) => State::Overview(Arc::new(c)),
            Err(e) => State::Failed(e, catalog_url),
        },
        View::Theme { theme, year } => {
            let catalog = match fetch_catalog(&catalog_url).await {
                Ok(c) => c,
                Err(e) => return State::Failed(e, catalog_url),
            };
            let Some(entry) = catalog.find(theme, *year, route.lang.tag()) else {
                return State::NotFound(format!(
                    "{theme} {year} ({}) is not in {catalog_url}",
                    route.lang.tag()
                ));
            };
            let url = format!("{base}data/{}", entry.path);
            match fetch_bundle(&url).await {
                Ok(b) => State::Theme(Arc::new(b), Some(Arc::new(catalog))),
                Err(e) => State::Failed(e, url),
            }
        }
    }
}

/// Moves focus to `<main>` once the new content is in place.
fn focus_main() {
    request_animation_frame(|| {
        if let Some(main) = document().get_element_by_id(ids::MAIN) {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    });
}
