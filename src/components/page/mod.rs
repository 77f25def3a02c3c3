//! The theme page's parts, as the page names them, top to bottom:
//! [`ThemeHeader`] (title, facts, language and print), [`Highlights`]
//! (tiles or chart), [`ResultAreas`] (the list, "Alles openen", each
//! [`ResultAreaView`] with its [`IndicatorView`]s and their
//! [`OverTheYears`]), the featured [`ProjectStory`], [`SpendingView`] and
//! the [`ResourceList`]; [`RichTextView`] and [`MediaView`] show the texts
//! and media inside them. [`Page`] composes them in the published report's
//! order.

mod highlights;
mod indicator;
mod media;
mod over_the_years;
mod project_story;
mod resources;
mod result_area;
pub(crate) mod result_areas;
pub(crate) mod rich_text;
mod spending;
mod theme_header;
mod theme_page;

pub use highlights::Highlights;
pub use indicator::IndicatorView;
pub use media::MediaView;
pub(crate) use over_the_years::OtherYears;
pub use over_the_years::OverTheYears;
pub use project_story::ProjectStory;
pub use resources::ResourceList;
pub use result_area::ResultAreaView;
pub use result_areas::ResultAreas;
pub use rich_text::RichTextView;
pub use spending::SpendingView;
pub use theme_header::ThemeHeader;
pub use theme_page::Page;
