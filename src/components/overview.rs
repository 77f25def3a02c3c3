use std::sync::Arc;

use leptos::prelude::*;

use super::{app_href, set_document_title, theme_href};
use crate::catalog::Catalog;
use crate::i18n::{strings, Lang};
use crate::ids;
use crate::route::Route;

/// The published themes per year, newest first, in the visitor's language,
/// with a link to the same overview in the other language.
#[component]
pub fn Overview(catalog: Arc<Catalog>, route: Route) -> impl IntoView {
    let lang = route.lang;
    let s = strings(lang);
    set_document_title(&[s.overview_title, s.site_name], lang);
    let by_year = catalog.by_year(lang.tag(), lower_case);
    let empty = by_year.is_empty();
    let years = by_year
        .into_iter()
        .map(|(year, entries)| {
            let links = entries
                .into_iter()
                .map(|e| {
                    let href = theme_href(&route, &e.theme, e.year, lang);
                    view! { <li><a href=href>{e.title.clone()}</a></li> }
                })
                .collect_view();
            view! {
                <section class="overview-year" aria-labelledby=ids::year_heading(year)>
                    <h2 id=ids::year_heading(year)>{year}</h2>
                    <ul class="overview-list">{links}</ul>
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
            {years}
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
