//! The visible parts of the page, in rooms named as the page names them:
//!
//! - [`shell`]: the app (which page an address asks for), the frame with
//!   the site's header and footer, the overview, loading and errors;
//! - [`page`]: the theme page's parts, top to bottom;
//! - [`chart`]: a chart's figure, its table view and downloads, and the
//!   two-state switch;
//! - [`embed`]: one piece on its own, "Insluiten" and "Link kopiëren";
//! - [`context`]: what the components share (how the page is rendered,
//!   the site's languages, the page's facts).
//!
//! The editors' page (`?check`) is not here: it is `src/editors/`, which
//! only the editors' binary compiles. Components receive what they show;
//! only [`App`] fetches.
//!
//! They render in the browser (the app) and natively at build time
//! (`src/prerender/`), so they call the browser ([`crate::dom`]) only from
//! event handlers and effects, never while rendering.

mod chart;
pub mod context;
mod embed;
mod page;
mod shell;

pub use chart::{ChartFigure, ViewSwitch};
pub use context::{Rendering, SiteLanguages};
pub use embed::{CopyLink, EmbedControl, Piece};
pub(crate) use page::OtherYears;
pub use page::{
    Highlights, IndicatorView, MediaView, OverTheYears, Page, ProjectStory, ResourceList,
    ResultAreaView, ResultAreas, RichTextView, SpendingView, ThemeHeader,
};
pub use shell::{App, EditorsPage, ErrorView, Loading, NotFound, Overview, Shell};

use leptos::prelude::*;

/// A heading of a level only known at run time (texts nest inside areas).
pub(crate) fn heading(
    level: u8,
    id: Option<String>,
    class: &'static str,
    content: impl IntoView + 'static,
) -> AnyView {
    match level {
        0..=2 => view! { <h2 id=id class=class>{content}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{content}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class>{content}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class>{content}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class>{content}</h6> }.into_any(),
    }
}

/// The page's head (title, language, addresses; [`crate::head`]): given
/// to the build, which writes it into the static HTML
/// ([`context::HeadOut`]), and applied to the document by the app where
/// it renders the page alone. A pre-rendered page has it from the build
/// already, and a host page keeps its own head.
pub(crate) fn use_head(head: crate::head::PageHead) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(context::HeadOut(out)) = use_context::<context::HeadOut>() {
        out.set_value(Some(head.clone()));
    }
    let over_static_page = matches!(
        context::rendering(),
        context::Rendering::Browser {
            over_static_page: true,
            ..
        }
    );
    if context::in_host_page() || over_static_page {
        return;
    }
    let facts = use_context::<context::Facts>();
    crate::dom::after_mount(move || {
        if let Some(facts) = facts {
            crate::dom::head::apply(&head, &facts.0);
        }
    });
}
