use leptos::prelude::*;

use crate::bundle::Project;
use crate::components::{heading, MediaView, ResourceList, RichTextView};
use crate::i18n::{strings, Lang};
use crate::ids;

/// A featured project story: title, partner and country, media, text, links.
#[component]
pub fn ProjectStory(project: Project, lang: Lang, #[prop(default = 4)] level: u8) -> impl IntoView {
    let s = strings(lang);
    let title_id = ids::title(&project.id);
    let labelled_by = title_id.clone();
    let has_facts = project.partner.is_some() || project.country.is_some();
    view! {
        <article class="project" id=project.id.clone() aria-labelledby=labelled_by tabindex="-1">
            {heading(level, Some(title_id), "project-title", project.title.clone())}
            {has_facts.then(|| view! {
                <dl class="project-facts">
                    {project.partner.clone().map(|p| view! { <div><dt>{s.partner}</dt><dd>{p}</dd></div> })}
                    {project.country.clone().map(|c| view! { <div><dt>{s.country}</dt><dd>{c}</dd></div> })}
                </dl>
            })}
            {project.media.clone().map(|m| view! { <MediaView media=m lang=lang /> })}
            <RichTextView text=project.body.clone() level=level + 1 />
            {(!project.links.is_empty()).then(|| view! {
                <ResourceList resources=project.links.clone() lang=lang level=level + 1 />
            })}
        </article>
    }
}
