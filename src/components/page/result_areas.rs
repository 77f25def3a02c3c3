//! "Resultaatgebieden": the list of result areas, "Alle indicatoren
//! downloaden (CSV)" and "Alles openen" right above the areas themselves, with the state of every area: open or closed, and
//! whether its content has been built yet.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::bundle::{Bundle, ResultArea};
use crate::charts;
use crate::components::context::{Facts, Printing};
use crate::components::ResultAreaView;
use crate::dom::download::offer_download;
use crate::dom::fragment;
use crate::i18n::{strings, Lang};
use crate::ids;

/// One area's state.
#[derive(Clone)]
struct AreaState {
    id: String,
    open: RwSignal<bool>,
    /// Whether the (closed) panel's content is built. The page shows at
    /// once and no task blocks input for long: closed areas' content is
    /// built after the first frame, one area per task
    /// ([`Areas::build_in_turn`]); opening an area, following a link into
    /// it, or printing builds it at once.
    built: RwSignal<bool>,
}

/// The open state of every result area of a page, so that a link to
/// anything inside an area (a highlight tile, a shared URL) can open it.
#[derive(Clone, Copy)]
pub struct Areas(StoredValue<Vec<AreaState>>);

impl Areas {
    /// Every area closed; their content `built` at once (the build's
    /// page), or after the first frame ([`Areas::build_in_turn`]).
    pub fn new(areas: &[ResultArea], built: bool) -> Areas {
        Areas(StoredValue::new(
            areas
                .iter()
                .map(|a| AreaState {
                    id: a.id.clone(),
                    open: RwSignal::new(false),
                    built: RwSignal::new(built),
                })
                .collect(),
        ))
    }

    fn signals(self, index: usize) -> Option<(RwSignal<bool>, RwSignal<bool>)> {
        self.0
            .try_with_value(|list| list.get(index).map(|a| (a.open, a.built)))
            .flatten()
    }

    /// Builds every area's content now (a link into an area not built yet,
    /// or printing).
    pub fn build_all(self) {
        self.0.try_with_value(|list| {
            for a in list {
                a.built.try_set(true);
            }
        });
    }

    /// Builds the next area not built yet in a task of its own, then the
    /// next, and calls `done` in the task after the last.
    pub fn build_in_turn(self, done: impl FnOnce() + 'static) {
        set_timeout(
            move || {
                let next = self.0.try_with_value(|list| {
                    list.iter()
                        .find(|a| a.built.try_get_untracked() == Some(false))
                        .map(|a| a.built)
                });
                match next {
                    Some(Some(built)) => {
                        built.try_set(true);
                        self.build_in_turn(done);
                    }
                    Some(None) => done(),
                    // The page is gone.
                    None => {}
                }
            },
            Duration::ZERO,
        );
    }

    /// Opens the area holding the element with id `target` (found in the
    /// page, so any id inside an area works), then scrolls to the element
    /// and focuses it ([`fragment::go_to`]).
    pub fn go_to(self, target: String) {
        fragment::go_to(
            target,
            move || self.build_all(),
            move |area: String| {
                self.0.try_with_value(|list| {
                    if let Some(a) = list.iter().find(|a| a.id == area) {
                        a.open.set(true);
                    }
                });
            },
        );
    }
}

/// The result areas section. The areas open and close on their own, all
/// at once with "Alles openen / Alles sluiten", by a link into them, and
/// for print.
#[component]
pub fn ResultAreas(
    bundle: Arc<Bundle>,
    lang: Lang,
    areas: Areas,
    /// Called with (area id, now open) when the visitor toggles an area.
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
    let s = strings(lang);
    let count = bundle.result_areas.len();
    let all_open = Memo::new(move |_| {
        (0..count).all(|i| areas.signals(i).is_some_and(|(open, _)| open.get()))
    });
    let toggle_all = move |_| {
        let open = !all_open.get_untracked();
        for i in 0..count {
            if let Some((o, _)) = areas.signals(i) {
                o.set(open);
            }
        }
    };
    // Print opens every area (style/main.css): build them all.
    if let Some(Printing(printing)) = use_context::<Printing>() {
        Effect::new(move |_| {
            if printing.get() {
                areas.build_all();
            }
        });
    }
    let csv_bundle = bundle.clone();
    let facts = use_context::<Facts>();
    let download_indicators = move |_| {
        let page = crate::dom::address::page_address(facts.as_ref().map(|f| &f.0), None);
        offer_download(
            &charts::indicators_csv(&csv_bundle, lang, &page),
            "text/csv;charset=utf-8",
            &charts::indicators_csv_file_name(&csv_bundle, lang),
        )
    };
    let area_views = bundle
        .result_areas
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((a.clone(), areas.signals(i)?)))
        .map(|(a, (open, built))| {
            view! {
                <ResultAreaView area=a lang=lang open=open on_toggle=on_toggle built=built />
            }
        })
        .collect_view();

    view! {
        <section class="result-areas">
            // Focusable, so "Terug naar de resultaatgebieden" at the end of an
            // area moves focus here as well as the view.
            <h2 id=ids::RESULT_AREAS tabindex="-1">{s.result_areas}</h2>
            <ul class="area-nav">
                {bundle.result_areas.iter().map(|a| view! {
                    <li><a href=format!("#{}", a.id)>{a.title.clone()}</a></li>
                }).collect_view()}
            </ul>
            // The app's controls: their place is kept on the pre-rendered
            // page until the app has taken over (style/main.css).
            <div class="area-controls needs-app">
                <button type="button" class="button button--secondary download-indicators" on:click=download_indicators>
                    {s.download_all_indicators}
                </button>
                {(count > 1).then(|| view! {
                    <button
                        type="button"
                        class="button button--secondary open-all"
                        aria-expanded=move || if all_open.get() { "true" } else { "false" }
                        on:click=toggle_all
                    >
                        <span class="toggle-text">{move || if all_open.get() { s.close_all } else { s.open_all }}</span>
                    </button>
                })}
            </div>
            {area_views}
        </section>
    }
}
