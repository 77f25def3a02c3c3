use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::bundle::Bundle;
use crate::catalog::{bundle_path, Catalog, CATALOG_PATH};
use crate::components::context::PageBuilt;
use crate::components::{ErrorView, Loading, NotFound, Overview, Page, Piece, Shell};
use crate::dom::load::{fetch_bundle, fetch_catalog, next_task, LoadError};
use crate::dom::{mount, takeover};
use crate::facts::AppBase;
use crate::ids;
use crate::route::{Route, View};

/// What the app is showing.
#[derive(Clone)]
enum State {
    Loading,
    /// A theme page; the catalog (absent for a draft) names its other languages.
    Theme(Arc<Bundle>, Option<Arc<Catalog>>),
    Overview(Arc<Catalog>),
    /// One of the editors' pages, which load what they show.
    Check,
    /// The URL names nothing that is published; the reason is for editors.
    NotFound(String),
    Failed(LoadError, String),
}

/// Shows the editors' pages for a route, where the wasm has them: the
/// editors' binary (`src/editors/`) gives them to
/// `dom::mount::mount_editors`, so the visitors' wasm has none to show:
/// the check (`?check`), and "Insluiten" for a theme page (`?snippets=…`).
/// They load what they show themselves.
#[derive(Clone, Copy)]
pub struct EditorsPage(pub fn(Route) -> AnyView);

/// The load state machine, in the page's frame ([`Shell`]): loading →
/// page, overview or "not found", or an error with a retry.
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
    /// Where the app's files are.
    base: AppBase,
    /// How it renders: over a pre-rendered page or not.
    rendering: crate::components::Rendering,
) -> impl IntoView {
    provide_context(crate::components::context::Env {
        base: base.clone(),
        rendering,
    });
    let state = RwSignal::new(State::Loading);
    // A theme page is built in parts (`Page`); it says when it is whole.
    let page_built = RwSignal::new(false);
    provide_context(PageBuilt(page_built));
    let lang = route.lang;

    let load = {
        let route = route.clone();
        let base = base.base.clone();
        move |retry: bool| {
            state.set(State::Loading);
            let route = route.clone();
            let base = base.clone();
            leptos::task::spawn_local(async move {
                let next = resolve(&route, &base).await;
                // Parsing the bundle and building the page: two tasks.
                next_task().await;
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
    let fallback_base = base.base.clone();
    Effect::new(move |_| match state.get() {
        State::Loading => {}
        State::Failed(..) => mount::keep_static_page(&fallback_base),
        // Once all its parts are built, in a task of its own.
        State::Theme(..) if !page_built.get() => {}
        _ => set_timeout(takeover::take_over, std::time::Duration::ZERO),
    });
    let retry = Callback::new(move |_: ()| load(true));

    // A new frame for each state: what it shows decides its facts and
    // links (the catalog says which pages the build rendered).
    move || {
        let shown = state.get();
        let catalog = match &shown {
            State::Theme(_, catalog) => catalog.clone(),
            State::Overview(catalog) => Some(catalog.clone()),
            _ => None,
        };
        let route = route.clone();
        let page_route = route.clone();
        view! {
            <Shell route=route catalog=catalog>
                {match shown {
                    State::Loading => view! { <Loading lang=lang /> }.into_any(),
                    State::Theme(b, catalog) => match page_route.only.clone() {
                        Some(id) => view! { <Piece bundle=b catalog=catalog id=id /> }.into_any(),
                        None => view! { <Page bundle=b catalog=catalog route=page_route /> }.into_any(),
                    },
                    State::Overview(c) => view! { <Overview catalog=c route=page_route /> }.into_any(),
                    // The visitors' wasm has no editors' pages: the loader
                    // starts the editors' wasm for `?check` and `?snippets`.
                    State::Check => match use_context::<EditorsPage>() {
                        Some(EditorsPage(page)) => page(page_route),
                        None => view! { <NotFound reason="this page needs the editors' app".to_string() route=page_route /> }.into_any(),
                    },
                    State::NotFound(reason) => {
                        view! { <NotFound reason=reason route=page_route /> }.into_any()
                    }
                    State::Failed(e, url) => {
                        view! { <ErrorView error=e url=url lang=lang on_retry=retry /> }.into_any()
                    }
                }}
            </Shell>
        }
    }
}

/// Fetches what the route asks for: the catalog, then the bundle it lists;
/// or a draft bundle directly.
async fn resolve(route: &Route, base: &str) -> State {
    let catalog_url = format!("{base}{CATALOG_PATH}");
    match &route.view {
        View::Invalid { reason } => State::NotFound(reason.clone()),
        // The editors' pages load what they show themselves.
        View::Check | View::Snippets { .. } => State::Check,
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
            let url = format!("{base}{}", bundle_path(entry));
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
