use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::Catalog;
use crate::components::context::{href, overview_link, rendered, theme_link};
use crate::components::use_head;
use crate::dom::after_mount;
use crate::head::PageHead;
use crate::i18n::{strings, Lang};
use crate::ids;
use crate::route::{self, Route};

/// The published themes, each with its years newest first, in the
/// visitor's language where there is one, with a link to the same overview
/// in the other language. A theme's title links to its newest year.
#[component]
pub fn Overview(catalog: Arc<Catalog>, route: Route) -> impl IntoView {
    let lang = route.lang;
    let s = strings(lang);
    let others: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .filter(|l| *l != lang)
        .map(|other| (other, overview_link(&route, Some(&catalog), other)))
        .collect();
    let own_rendered = rendered(Some(&catalog), route::static_overview_path(lang));
    use_head(PageHead {
        canonical: own_rendered.then(|| route::static_overview_path(lang).to_string()),
        alternates: others.clone(),
        ..PageHead::titled(&[s.overview_title, s.site_name], lang)
    });
    let themes = catalog.by_theme(lang.tag(), lower_case);
    let empty = themes.is_empty();
    // A link to a year of a theme, in its own language where the overview's
    // has none.
    let year_link = |entry: &crate::catalog::CatalogEntry| {
        let other = Lang::from_tag(&entry.language);
        let elsewhere = (entry.language != lang.tag()).then(|| other.tag());
        (
            href(&theme_link(
                &route,
                Some(&catalog),
                &entry.theme,
                entry.year,
                other,
            )),
            elsewhere,
        )
    };
    let themes = themes
        .into_iter()
        .map(|t| {
            let heading = ids::theme_heading(t.theme);
            let labelled_by = heading.clone();
            let title = t.title.title.clone();
            // The whole title leads to the theme's newest year.
            let newest = t.years.first().map(|y| year_link(y.entry));
            let years = t
                .years
                .iter()
                .map(|y| {
                    let (href, elsewhere) = year_link(y.entry);
                    let only = y.only.map(|tag| {
                        s.only_in
                            .replace("{language}", Lang::from_tag(tag).name_in(lang))
                    });
                    view! {
                        <li>
                            <a href=href hreflang=elsewhere lang=elsewhere>
                                {y.year}
                                <span class="visually-hidden">{format!(": {title}")}</span>
                            </a>
                            {only.map(|o| view! { <span class="overview-only">{format!(" ({o})")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            let title_lang = (t.title.language != lang.tag()).then(|| t.title.language.clone());
            let (href, elsewhere) = newest.unzip();
            view! {
                <section class="overview-theme" aria-labelledby=labelled_by>
                    <h2 id=heading lang=title_lang>
                        <a href=href hreflang=elsewhere.flatten()>{t.title.title.clone()}</a>
                    </h2>
                    <ul class="overview-years">{years}</ul>
                </section>
            }
        })
        .collect_view();
    let others = others
        .into_iter()
        .map(|(other, link)| {
            view! {
                <a href=href(&link) hreflang=other.tag() lang=other.tag() class="language-link">
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
    use_head(PageHead::titled(&[s.not_found_title, s.site_name], lang));
    // Editors find out why in the console.
    after_mount(move || web_sys::console::warn_1(&format!("Not found: {reason}").into()));
    let overview = href(&overview_link(&route, None, lang));
    view! {
        <div class="not-found">
            <h1>{s.not_found_title}</h1>
            <p>{s.not_found_body}</p>
            <p><a href=overview>{s.to_overview}</a></p>
        </div>
    }
}

/// Lower case by the engine's `toLowerCase`, the same Unicode mapping as
/// Rust's, without linking Rust's case tables into the wasm (see
/// `Catalog::by_theme`); natively, Rust's own.
#[cfg(target_arch = "wasm32")]
fn lower_case(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)] // native only: the size rule is the wasm's
fn lower_case(text: &str) -> String {
    text.to_lowercase()
}
