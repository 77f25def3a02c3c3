//! The visible parts of the page, one file each, named as the page names
//! them. Components receive what they show; only [`app`] fetches.

mod app;
mod chart_figure;
mod download;
mod embed;
mod error;
mod highlights;
mod indicator;
mod loading;
mod media;
mod overview;
mod page;
mod project_story;
mod resources;
mod result_area;
mod rich_text;
mod spending;

pub use app::{mount, App};
pub use chart_figure::ChartFigure;
pub use error::ErrorView;
pub use highlights::Highlights;
pub use indicator::IndicatorView;
pub use loading::Loading;
pub use media::MediaView;
pub use overview::{NotFound, Overview};
pub use page::Page;
pub use project_story::ProjectStory;
pub use resources::ResourceList;
pub use result_area::ResultAreaView;
pub use rich_text::RichTextView;
pub use spending::SpendingView;

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

/// Sets the document title from its parts ("Thema | Resultaten 2019 | Site")
/// and the document language, which screen readers follow.
/// On a host page the title and language are the host's, and stay so.
pub(crate) fn set_document_title(parts: &[&str], lang: crate::i18n::Lang) {
    if use_context::<InHostPage>().is_some() {
        return;
    }
    let doc = document();
    doc.set_title(&parts.join(" | "));
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// Present (as context) when the app is mounted into a host page's element.
#[derive(Clone, Copy)]
pub(crate) struct InHostPage;

/// The app's own address when mounted into a host page (empty on its own
/// page), so links to other pages of the app leave the host for the app.
#[derive(Clone)]
pub(crate) struct AppBase(pub String);

/// A link to another page of the app, from a route query ("?theme=…").
pub(crate) fn app_href(query: &str) -> String {
    match use_context::<AppBase>() {
        Some(AppBase(base)) => format!("{base}{query}"),
        None => query.to_string(),
    }
}

/// Whether the result area around a component is open (as context). Charts
/// in a closed area are drawn when it first opens: a page with many
/// indicators then renders only what is visible.
#[derive(Clone, Copy)]
pub(crate) struct PanelShown(pub RwSignal<bool>);

/// True while the page is printed (or shown as print media): every chart
/// is drawn, since print opens every area.
#[derive(Clone, Copy)]
pub(crate) struct Printing(pub RwSignal<bool>);
