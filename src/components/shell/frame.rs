//! The page's frame: its root, which carries the page's facts for the
//! scripts ([`crate::facts`]), the skip link, and the site's header and
//! footer around `<main>`. The app renders it around whatever it shows;
//! the build renders it around each page it writes, so the two are the
//! same markup.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::Catalog;
use crate::components::context::{app_base, Facts, SiteLanguages};
use crate::facts::PageFacts;
use crate::i18n::{check_strings, strings, Lang};
use crate::ids;
use crate::route::{self, Route, View};

/// The frame around a page: `children` in `<main>`. `catalog` is the
/// published catalog where known: the page's facts and its links to other
/// pages follow it (the pages the build rendered are linked at their
/// static addresses). The app renders a new frame when what it shows
/// changes (`App`), so nothing here needs to follow a signal.
#[component]
pub fn Shell(route: Route, catalog: Option<Arc<Catalog>>, children: Children) -> impl IntoView {
    let lang = route.lang;
    let s = strings(lang);
    let base = app_base();
    // The site's header and footer belong to its own page; an iframe embed
    // and a host page have their own.
    let chrome = !route.embed && route.only.is_none() && !base.in_host_page;
    let facts = PageFacts::new(&route, &base, catalog.as_deref());
    provide_context(Facts(facts.clone()));
    let languages = RwSignal::new(None::<Vec<(Lang, String)>>);
    provide_context(SiteLanguages(languages));
    let overview = matches!(route.view, View::Overview);
    // The overview in a language, from this document.
    let overview_href = |lang: Lang| {
        let rendered = base.rendered(catalog.as_deref(), route::static_overview_path(lang));
        base.href(&route.overview_link(lang, rendered))
    };
    let own_overview = overview_href(lang);
    // The page first: a theme page names its other languages for the
    // footer.
    let main = children();
    let other_languages: Vec<(Lang, String)> = match languages.get_untracked() {
        Some(list) => list
            .into_iter()
            .map(|(l, link)| (l, base.href(&link)))
            .collect(),
        // The editors' page stays itself in the other language; any
        // other page without a theme offers the overview.
        None => Lang::ALL
            .into_iter()
            .filter(|l| *l != lang)
            .map(|l| match route.view {
                View::Check => (l, base.href(&Route::check_query(l))),
                View::Snippets {
                    ref theme,
                    year,
                    ref piece,
                } => (
                    l,
                    base.href(&Route::snippets_query(theme, year, l, piece.as_deref())),
                ),
                _ => (l, overview_href(l)),
            })
            .collect(),
    };
    let (theme, year) = match &facts.theme {
        Some((theme, year)) => (Some(theme.clone()), Some(year.to_string())),
        None => (None, None),
    };
    view! {
        <div class="resultaten" class:resultaten--embedded=!chrome
            data-base=facts.base data-app=facts.app data-page=facts.page data-lang=lang.tag()
            data-theme=theme data-year=year
            data-embed-heights=facts.embed_heights data-locale=s.locale data-printed=s.printed_on
        >
            <a class="skip-link" href=format!("#{}", ids::MAIN)>{s.skip_link}</a>
            {chrome.then(|| {
                let own_overview = own_overview.clone();
                view! {
                    <header class="site-header">
                        <div class="wrap">
                            // The way back to every theme and year (issue 17,
                            // item 7); on the overview itself, plain text.
                            <p class="site-name">
                                {if overview {
                                    view! { <span>{s.site_name}</span> }.into_any()
                                } else {
                                    view! { <a href=own_overview>{s.site_name}</a> }.into_any()
                                }}
                            </p>
                        </div>
                    </header>
                }
            })}
            <main id=ids::MAIN class="wrap" tabindex="-1">{main}</main>
            {chrome.then(|| {
                let check = base.href(&Route::check_query(lang));
                view! {
                    <footer class="site-footer">
                        <div class="wrap">
                            <nav aria-label=s.footer_nav>
                                <ul class="footer-links">
                                    {(!overview).then(|| view! {
                                        <li><a href=own_overview>{s.overview_title}</a></li>
                                    })}
                                    {other_languages.into_iter().map(|(other, href)| view! {
                                        <li><a href=href hreflang=other.tag() lang=other.tag()>{other.native_name()}</a></li>
                                    }).collect_view()}
                                    {overview.then(|| view! {
                                        <li><a href=check>{check_strings(lang).footer_link}</a></li>
                                    })}
                                </ul>
                            </nav>
                            <p>{s.footer}</p>
                        </div>
                    </footer>
                }
            })}
        </div>
    }
}
