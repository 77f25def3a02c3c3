use std::sync::Arc;

use leptos::prelude::*;

use crate::bundle::{Bundle, Indicator};
use crate::components::ChartFigure;
use crate::i18n::{strings, Lang};
use crate::ids;
use crate::series::{self, Outcome};

/// The theme's other years in the page's language, as the page provides
/// them (context), and each one's bundle once fetched: fetched only when a
/// reader opens "Over de jaren", kept for the page's lifetime, and shared
/// by every indicator of the page.
#[derive(Clone, Copy)]
pub(crate) struct OtherYears {
    /// The page's own year.
    year: u16,
    /// (year, address of its bundle), newest first.
    years: StoredValue<Vec<(u16, String)>>,
    loaded: RwSignal<Vec<(u16, YearLoad)>>,
}

#[derive(Clone)]
enum YearLoad {
    Loading,
    Loaded(Arc<Bundle>),
    Failed,
}

impl OtherYears {
    pub(crate) fn new(year: u16, years: Vec<(u16, String)>) -> OtherYears {
        OtherYears {
            year,
            years: StoredValue::new(years),
            loaded: RwSignal::new(Vec::new()),
        }
    }

    /// Fetches every year not fetched yet, or whose fetch failed (a retry).
    /// A failure costs that year only.
    fn fetch_missing(self) {
        for (year, url) in self.years.get_value() {
            let missing = self.loaded.with_untracked(|l| {
                !l.iter()
                    .any(|(y, s)| *y == year && !matches!(s, YearLoad::Failed))
            });
            if !missing {
                continue;
            }
            self.set(year, YearLoad::Loading);
            leptos::task::spawn_local(async move {
                let state = match crate::dom::load::fetch_bundle(&url).await {
                    Ok(b) => YearLoad::Loaded(Arc::new(b)),
                    Err(e) => {
                        web_sys::console::warn_1(&e.details(&url).into());
                        YearLoad::Failed
                    }
                };
                self.set(year, state);
            });
        }
    }

    fn set(self, year: u16, state: YearLoad) {
        self.loaded
            .update(|l| match l.iter_mut().find(|(y, _)| *y == year) {
                Some(slot) => slot.1 = state,
                None => l.push((year, state)),
            });
    }

    /// What each other year holds for `series`, as far as fetched.
    fn outcomes(self, own: &crate::bundle::Quantity, key: &str) -> Vec<(u16, Outcome)> {
        let loaded = self.loaded.get();
        self.years
            .get_value()
            .into_iter()
            .map(|(year, _)| {
                let outcome = match loaded.iter().find(|(y, _)| *y == year).map(|(_, s)| s) {
                    None | Some(YearLoad::Loading) => Outcome::Loading,
                    Some(YearLoad::Failed) => Outcome::Unavailable,
                    Some(YearLoad::Loaded(b)) => series::outcome(own, key, b),
                };
                (year, outcome)
            })
            .collect()
    }
}

/// "Over de jaren": an indicator's values in the theme's other years, as a
/// chart with its table and downloads. Only for an indicator with a
/// `series` and a value, on a page whose catalog has other years of the
/// theme in its language. The other years' bundles are fetched when it is
/// first opened.
#[component]
pub fn OverTheYears(indicator: Indicator, lang: Lang) -> impl IntoView {
    let others = use_context::<OtherYears>()?;
    let key = indicator.series.clone()?;
    let own = indicator.value.clone()?;
    let s = strings(lang);
    let open = RwSignal::new(false);
    let panel = ids::years_panel(&indicator.id);
    // A retry replaces the note that holds its button: focus goes back to
    // the control, not to the top of the document.
    let toggle_button = NodeRef::<leptos::html::Button>::new();
    let toggle = move |_| {
        let now = !open.get_untracked();
        open.set(now);
        if now {
            others.fetch_missing();
        }
    };
    let content = move || {
        if !open.get() {
            return None;
        }
        let outcomes = others.outcomes(&own, &key);
        let years_of = |f: fn(&Outcome) -> bool| {
            outcomes
                .iter()
                .filter(|(_, o)| f(o))
                .map(|(y, _)| y.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if outcomes.iter().any(|(_, o)| *o == Outcome::Loading) {
            return Some(
                view! { <p class="over-years-note" role="status">{s.years_loading}</p> }.into_any(),
            );
        }
        let chart = series::chart(&indicator, others.year, &outcomes, lang);
        let failed = years_of(|o| *o == Outcome::Unavailable);
        let other_unit = years_of(|o| matches!(o, Outcome::OtherUnit(_)));
        Some(
            view! {
                <div role="status" class="over-years-status">
                    {chart.is_none().then(|| view! { <p class="over-years-note">{s.years_nothing}</p> })}
                    {(!other_unit.is_empty()).then(|| view! {
                        <p class="over-years-note">{s.years_other_unit.replace("{years}", &other_unit)}</p>
                    })}
                    {(!failed.is_empty()).then(|| view! {
                        <p class="over-years-note">
                            {s.years_failed.replace("{years}", &failed)}" "
                            <button type="button" class="button button--small button--secondary" on:click=move |_| {
                                others.fetch_missing();
                                if let Some(b) = toggle_button.get_untracked() {
                                    let _ = b.focus();
                                }
                            }>
                                {s.retry}
                            </button>
                        </p>
                    })}
                </div>
                {chart.map(|c| view! { <ChartFigure spec=c lang=lang place=crate::charts::Place::Indicator no_embed=true /> })}
            }
            .into_any(),
        )
    };
    Some(view! {
        <div class="over-years needs-app">
            <button type="button" class="button button--small button--secondary over-years-toggle"
                aria-expanded=move || open.get().to_string() aria-controls=panel.clone() on:click=toggle node_ref=toggle_button>
                {s.over_the_years}
            </button>
            <div id=panel class="over-years-panel" hidden=move || !open.get()>{content}</div>
        </div>
    })
}
