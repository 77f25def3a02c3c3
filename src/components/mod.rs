//! The visible parts of the page, one file each, named as the page names
//! them. Components receive what they show; only [`app`] fetches.

mod app;
mod chart_figure;
mod check_page;
mod copy_link;
mod download;
mod embed;
mod embed_control;
mod error;
mod fragment;
mod head;
mod highlights;
mod indicator;
mod loading;
mod media;
mod over_the_years;
mod overview;
mod page;
mod piece;
mod print;
mod project_story;
mod resources;
mod result_area;
mod result_areas;
mod rich_text;
mod spending;
mod steps;
mod takeover;
mod theme_header;
mod view_switch;

pub use app::{mount, mount_editors, App};
pub use chart_figure::ChartFigure;
pub use check_page::CheckPage;
pub use copy_link::CopyLink;
pub use embed_control::EmbedControl;
pub(crate) use embed_control::EmbedOffered;
pub use error::ErrorView;
pub use highlights::Highlights;
pub use indicator::IndicatorView;
pub use loading::Loading;
pub use media::MediaView;
pub(crate) use over_the_years::OtherYears;
pub use over_the_years::OverTheYears;
pub use overview::{NotFound, Overview};
pub use page::{Page, PageBuilt};
pub use piece::Piece;
pub use project_story::ProjectStory;
pub use resources::ResourceList;
pub use result_area::ResultAreaView;
pub use result_areas::ResultAreas;
pub use rich_text::RichTextView;
pub use spending::SpendingView;
pub use theme_header::ThemeHeader;
pub use view_switch::ViewSwitch;

pub(crate) use head::set_document_title;
pub(crate) use print::Printing;

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

/// Present (as context) when the app is mounted into a host page's element.
#[derive(Clone, Copy)]
pub(crate) struct InHostPage;

/// Where the app's files are, for links to its other pages: empty on its
/// own page, `../../../` on a pre-rendered page, the app's address when
/// mounted into a host page. `static_pages`: this build has pre-rendered
/// theme pages (`make build`; not `trunk serve`), so theme links go there.
#[derive(Clone)]
pub(crate) struct AppBase {
    pub base: String,
    pub static_pages: bool,
}

/// The same page in the site's other languages, (language, address), for
/// the footer: the app starts with the overviews, a theme page sets its own.
#[derive(Clone, Copy)]
pub(crate) struct SiteLanguages(pub RwSignal<Vec<(crate::i18n::Lang, String)>>);

/// A link to another page of the app, from a route query ("?theme=…").
pub(crate) fn app_href(query: &str) -> String {
    match use_context::<AppBase>() {
        Some(AppBase { base, .. }) => format!("{base}{query}"),
        None => query.to_string(),
    }
}

/// A link to a theme page: its pre-rendered page where the build has one,
/// else its query (see [`Route::theme_link`]).
pub(crate) fn theme_href(
    route: &crate::route::Route,
    theme: &str,
    year: u16,
    lang: crate::i18n::Lang,
) -> String {
    let static_pages = use_context::<AppBase>().is_some_and(|b| b.static_pages);
    app_href(&route.theme_link(theme, year, lang, static_pages))
}

/// Whether the result area around a component is open (as context). Charts
/// in a closed area are drawn when it first opens: a page with many
/// indicators then renders only what is visible.
#[derive(Clone, Copy)]
pub(crate) struct PanelShown(pub RwSignal<bool>);
