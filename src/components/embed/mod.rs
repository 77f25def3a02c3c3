//! Taking a piece of the page elsewhere: [`Piece`] shows one chart or area
//! on its own (`only=<id>`, for iframes and host elements),
//! [`EmbedControl`] is "Insluiten" with its snippets, and [`CopyLink`] is
//! "Link kopiëren". The snippets' addresses are written by the app
//! (`crate::facts`) and copied by `public/loader.js`.

mod control;
mod copy_link;
mod piece;

pub use control::EmbedControl;
pub use copy_link::CopyLink;
pub use piece::Piece;
