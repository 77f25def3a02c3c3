use leptos::prelude::*;

use super::fragment::Fragment;
use super::print::print_page;
use crate::bundle::Theme;
use crate::i18n::{strings, Lang};

/// The theme's header: the year, the title, the reporting period and the
/// last update, links to the same page in the other languages (at the same
/// place: they carry the fragment), and the print button.
#[component]
pub fn ThemeHeader(
    theme: Theme,
    lang: Lang,
    /// The same page in the other languages: (language, address).
    languages: Vec<(Lang, String)>,
    fragment: Fragment,
) -> impl IntoView {
    let s = strings(lang);
    let language_links = (!languages.is_empty()).then(|| {
        let links = languages
            .into_iter()
            .map(|(other, address)| {
                let href = move || match fragment.get() {
                    Some(f) => format!("{address}#{f}"),
                    None => address.clone(),
                };
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
            <p class="theme-eyebrow">{format!("{} {}", s.results_for_year, theme.year)}</p>
            <h1>{theme.title}</h1>
            <dl class="theme-meta">
                {theme.reporting_period.map(|p| view! {
                    <div><dt>{s.reporting_period}</dt><dd>{p}</dd></div>
                })}
                <div>
                    <dt>{s.last_updated}</dt>
                    <dd>{theme.last_updated.unwrap_or_else(|| s.unknown.to_string())}</dd>
                </div>
            </dl>
            <div class="theme-tools">
                {language_links}
                <button type="button" class="button button--secondary print-button" on:click=|_| print_page()>
                    {s.print}
                </button>
                <p class="theme-tools-hint">{s.print_hint}</p>
            </div>
        </header>
    }
}
