//! The visible parts of the page, one file each, named as the page names
//! them. Components receive what they show; only [`App`] fetches.
//!
//! They render in the browser (the app) and natively at build time
//! (`src/prerender/`), so they call the browser ([`crate::dom`]) only from
//! event handlers and effects, never while rendering.

mod app;
mod chart_figure;
mod check_page;
pub mod context;
mod copy_link;
mod embed_control;
mod error;
mod highlights;
mod indicator;
mod loading;
mod media;
mod over_the_years;
mod overview;
mod page;
mod piece;
mod project_story;
mod resources;
mod result_area;
mod result_areas;
mod rich_text;
mod shell;
mod spending;
mod theme_header;
mod view_switch;

pub use app::{App, EditorsPage};
pub use chart_figure::ChartFigure;
pub use check_page::CheckPage;
pub use context::{Rendering, SiteLanguages};
pub use copy_link::CopyLink;
pub use embed_control::EmbedControl;
pub use error::ErrorView;
pub use highlights::Highlights;
pub use indicator::IndicatorView;
pub use loading::Loading;
pub use media::MediaView;
pub(crate) use over_the_years::OtherYears;
pub use over_the_years::OverTheYears;
pub use overview::{NotFound, Overview};
pub use page::Page;
pub use piece::Piece;
pub use project_story::ProjectStory;
pub use resources::ResourceList;
pub use result_area::ResultAreaView;
pub use result_areas::ResultAreas;
pub use rich_text::RichTextView;
pub use shell::Shell;
pub use spending::SpendingView;
pub use theme_header::ThemeHeader;
pub use view_switch::ViewSwitch;

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
