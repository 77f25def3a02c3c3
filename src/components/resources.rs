use leptos::prelude::*;

use super::heading;
use super::rich_text::link;
use crate::bundle::{is_safe_href, Resource};
use crate::i18n::{strings, Lang};

/// A list of further resources. A resource whose address is not available
/// shows its title as text, with a note saying so.
#[component]
pub fn ResourceList(
    resources: Vec<Resource>,
    lang: Lang,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let s = strings(lang);
    view! {
        <ul class="resources">
            {resources
                .into_iter()
                .map(|r| {
                    let available = r.href.as_deref().is_some_and(is_safe_href);
                    let title = link(r.title, r.href);
                    view! {
                        <li class="resource">
                            {heading(level, None, "resource-title", title)}
                            {r.description.map(|d| view! { <p>{d}</p> })}
                            {r.source.map(|src| view! { <p class="resource-source">{format!("{}: {src}.", s.source)}</p> })}
                            {(!available).then(|| view! { <p class="unavailable">{s.link_unavailable}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
