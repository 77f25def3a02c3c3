use leptos::prelude::*;

use crate::bundle::Theme;
use crate::dom::fragment::Fragment;
use crate::dom::print::print_page;
use crate::i18n::{strings, Lang};
use crate::ids;

/// The theme's header: the breadcrumb with the year, the title, the reporting period and the
/// last update, links to the same page in the other languages (at the same
/// place: they carry the fragment), and the print button.
#[component]
pub fn ThemeHeader(
    theme: Theme,
    lang: Lang,
    /// The same page in the other languages: (language, address).
    languages: Vec<(Lang, String)>,
    /// The theme in every year the catalog has it in this language, newest
    /// first: (year, address). Shown when there is more than one.
    #[prop(optional)]
    years: Vec<(u16, String)>,
    fragment: Fragment,
    /// The overview of every theme, the breadcrumb's first step.
    overview: String,
) -> impl IntoView {
    let s = strings(lang);
    // Every year, the current one marked (aria-current), each link carrying
    // the fragment: the other year opens at the same element if it has it,
    // and at the top if not.
    let current = theme.year;
    let year_links = (years.len() > 1).then(|| {
        let links = years
            .into_iter()
            .map(|(year, address)| {
                let href = carrying(address, fragment);
                let here = (year == current).then_some("page");
                view! { <li><a href=href aria-current=here class="year-link">{year}</a></li> }
            })
            .collect_view();
        view! { <nav class="year-switch" aria-label=s.year_switch><ul>{links}</ul></nav> }
    });
    let language_links = (!languages.is_empty()).then(|| {
        let links = languages
            .into_iter()
            .map(|(other, address)| {
                let href = carrying(address, fragment);
                view! {
                    <a href=href hreflang=other.tag() lang=other.tag() class="language-link">
                        {other.native_name()}
                    </a>
                }
            })
            .collect_view();
        view! { <nav class="language-switch" aria-label=s.language_switch>{links}</nav> }
    });
    view! {
        <header class="theme-header">
            // Resultaten per thema › 2019 › the theme. The year has no page
            // of its own; the theme is this page (aria-current).
            <nav class="breadcrumb" aria-label=s.breadcrumb>
                <ol>
                    <li><a href=overview>{s.overview_title}</a></li>
                    <li>{theme.year}</li>
                    <li aria-current="page">{theme.title.clone()}</li>
                </ol>
            </nav>
            <h1>{theme.title}</h1>
            <dl class="theme-meta">
                // The period the report states for its results ("In de
                // periode mid-2018 tot mid-2019 zijn goede resultaten
                // geboekt", "In deze rapportageperiode"), word for word. A
                // figure shows a period only where the text gives it, and
                // the spending note names its own (issue 25).
                {theme.reporting_period.map(|p| view! {
                    <div><dt>{s.reporting_period}</dt><dd>{p}</dd></div>
                })}
                // An unknown date is not a fact to show.
                {theme.last_updated.map(|d| view! {
                    <div><dt>{s.last_updated}</dt><dd>{d}</dd></div>
                })}
            </dl>
            {year_links}
            <div class="theme-tools">
                {language_links}
                <button type="button" class="button button--secondary print-button needs-app" on:click=|_| print_page()
                    aria-describedby=ids::PRINT_HINT>
                    {s.print}
                </button>
                // Shown from a tablet's width; on a phone it is the
                // button's description only (style/main.css).
                <p class="theme-tools-hint needs-app" id=ids::PRINT_HINT>{s.print_hint}</p>
            </div>
        </header>
    }
}

/// An address that follows the page's current fragment. One function for
/// the language and the year links, so Leptos' code for the attribute is
/// compiled once for both.
fn carrying(address: String, fragment: Fragment) -> impl Fn() -> String + Send + Sync + 'static {
    move || match fragment.get() {
        Some(f) => format!("{address}#{f}"),
        None => address.clone(),
    }
}
