use leptos::prelude::*;

use crate::address::is_safe_href;
use crate::bundle::{Alternative, Resource};
use crate::components::heading;
use crate::components::page::rich_text::link;
use crate::i18n::{strings, Lang};

/// A list of further resources. A resource whose address is not available
/// shows its title as plain text (no link styling), and one line above the
/// list says that the addresses are not in this publication; or, where the bundle
/// names one, what the page offers instead: the report's PDF becomes a
/// "Print / opslaan als PDF" button that prints this page.
#[component]
pub fn ResourceList(
    resources: Vec<Resource>,
    lang: Lang,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let s = strings(lang);
    // One line for the list, not a note per resource, when addresses are
    // missing (the report names them without giving them).
    let missing = resources.iter().any(|r| {
        !r.href.as_deref().is_some_and(is_safe_href) && r.alternative != Some(Alternative::Print)
    });
    view! {
        {missing.then(|| view! { <p class="unavailable">{s.links_not_here}</p> })}
        <ul class="resources">
            {resources
                .into_iter()
                .map(|r| {
                    let available = r.href.as_deref().is_some_and(is_safe_href);
                    let print_instead = !available && r.alternative == Some(Alternative::Print);
                    let title = link(r.title, r.href);
                    view! {
                        <li class="resource" class:resource--plain=!available>
                            {heading(level, None, "resource-title", title)}
                            {r.description.map(|d| view! { <p>{d}</p> })}
                            {r.source.map(|src| view! { <p class="resource-source">{format!("{}: {src}.", s.source)}</p> })}
                            {print_instead.then(|| view! {
                                <p class="unavailable">{s.print_instead}</p>
                                <button type="button" class="button button--secondary print-button needs-app" on:click=|_| crate::dom::print::print_page()>
                                    {s.print}
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
