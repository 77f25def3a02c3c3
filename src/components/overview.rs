use std::sync::Arc;

use leptos::prelude::*;

use super::{app_href, set_document_title, theme_href};
use crate::catalog::Catalog;
use crate::i18n::{strings, Lang};
use crate::ids;
use crate::route::Route;

/// The published themes, each with its years newest first, in the
/// visitor's language where there is one, with a link to the same overview
/// in the other language.
#[component]
pub fn Overview(catalog: Arc<Catalog>, route: Route) -> impl IntoView {
    let lang = route.lang;
    let s = strings(lang);
    set_document_title(&[s.overview_title, s.site_name], lang);
    let themes = catalog.by_theme(lang.tag(), lower_case);
    let empty = themes.is_empty();
    let themes = themes
        .into_iter()
        .map(|t| {
            let heading = ids::theme_heading(t.theme);
            let labelled_by = heading.clone();
            let title = t.title.title.clone();
            let years = t
                .years
                .iter()
                .map(|y| {
                    let other = Lang::from_tag(&y.entry.language);
                    let elsewhere = y.entry.language != lang.tag();
                    let href = theme_href(&route, &y.entry.theme, y.year, other);
                    let only = y.only.map(|tag| {
                        s.only_in
                            .replace("{language}", Lang::from_tag(tag).name_in(lang))
                    });
                    view! {
                        <li>
                            <a href=href hreflang=elsewhere.then(|| other.tag()) lang=elsewhere.then(|| other.tag())>
                                {y.year}
                                <span class="visually-hidden">{format!(": {title}")}</span>
                            </a>
                            {only.map(|o| view! { <span class="overview-only">{format!(" ({o})")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            let title_lang = (t.title.language != lang.tag()).then(|| t.title.language.clone());
            view! {
                <section class="overview-theme" aria-labelledby=labelled_by>
                    <h2 id=heading lang=title_lang>{t.title.title.clone()}</h2>
                    <ul class="overview-years">{years}</ul>
                </section>
            }
        })
        .collect_view();
    let others = Lang::ALL
        .into_iter()
        .filter(|l| *l != lang)
        .map(|other| {
            view! {
                <a href=app_href(&route.overview_query(other)) hreflang=other.tag() lang=other.tag() class="language-link">
                    {other.native_name()}
                </a>
            }
        })
        .collect_view();
    view! {
        <article class="overview">
            <h1>{s.overview_title}</h1>
            <nav class="language-switch" aria-label=s.language_switch>{others}</nav>
            <p>{s.overview_intro}</p>
            {empty.then(|| view! { <p>{s.overview_empty}</p> })}
            {themes}
        </article>
    }
}

/// The URL names no published theme, year or language.
#[component]
pub fn NotFound(reason: String, route: Route) -> impl IntoView {
    let lang = route.lang;
    let s = strings(lang);
    set_document_title(&[s.not_found_title, s.site_name], lang);
    // Editors find out why in the console.
    web_sys::console::warn_1(&format!("Not found: {reason}").into());
    view! {
        <div class="not-found">
            <h1>{s.not_found_title}</h1>
            <p>{s.not_found_body}</p>
            <p><a href=app_href(&route.overview_query(lang))>{s.to_overview}</a></p>
        </div>
    }
}

/// Lower case by the engine's `toLowerCase`, the same Unicode mapping as
/// Rust's, without linking Rust's case tables into the wasm (see
/// `Catalog::by_year`).
fn lower_case(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}
