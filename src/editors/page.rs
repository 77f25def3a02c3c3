//! The editors' page (`?check`), in its parts: this file holds its state
//! and the box to choose or drop files; [`super::chosen`] reads and
//! checks them; [`super::report`] and [`super::pair`] show each file and
//! each pair of translations; [`super::lines`] the lines around a
//! problem; [`super::preview`] a valid bundle as its page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::chosen::{files_of, Chosen};
use super::pair::pair_report;
use super::preview::{clear_fragment, focus_later, preview};
use super::report::file_report;
use resultaten::dom::head::set_title;
use resultaten::i18n::{check_strings, strings, Lang};

/// The editors' page: bundle files from the editor's own computer, read
/// with the File API (nothing leaves the page), checked by
/// `resultaten::check` as check-bundle checks them, each problem with the
/// lines around it; a Dutch and English pair compared; a valid bundle
/// previewed as its page, marked as a draft.
#[component]
pub fn CheckPage(lang: Lang) -> impl IntoView {
    let t = check_strings(lang);
    let chosen = RwSignal::new(Chosen::default());
    let previewed = RwSignal::new(None::<usize>);
    let status = RwSignal::new(String::new());

    let read = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        status.set(t.reading.to_string());
        leptos::task::spawn_local(async move {
            let read = Chosen::read(files).await;
            status.set(read.announcement(t, lang));
            chosen.set(read);
        });
    };
    let back = move |index: usize| {
        previewed.set(None);
        clear_fragment();
        focus_later(format!("check-file-{index}"));
    };

    move || match previewed.get() {
        Some(index) => {
            let files = chosen.get_untracked().files;
            let Some(bundle) = files.get(index).and_then(|f| f.checked.bundle.clone()) else {
                return ().into_any();
            };
            preview(lang, bundle, move || back(index)).into_any()
        }
        None => {
            set_title(&[t.title, strings(lang).site_name], lang);
            let reports = move || {
                let Chosen { files, pairs } = chosen.get();
                let files_view = files
                    .iter()
                    .enumerate()
                    .map(|(i, f)| file_report(t, lang, i, f, previewed))
                    .collect_view();
                let pairs_view = pairs.iter().map(|p| pair_report(t, lang, p)).collect_view();
                view! { {files_view}{pairs_view} }
            };
            view! {
                <article class="check-page">
                    <h1>{t.title}</h1>
                    <p>{t.intro}</p>
                    <p>{t.privacy}</p>
                    {drop_box(lang, read)}
                    <p class="check-status" role="status">{move || status.get()}</p>
                    {reports}
                </article>
            }
            .into_any()
        }
    }
}

/// The file input, in a box files can be dropped on.
fn drop_box(lang: Lang, read: impl Fn(Vec<web_sys::File>) + Copy + 'static) -> impl IntoView {
    let t = check_strings(lang);
    let dragging = RwSignal::new(false);
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        read(files_of(input.files()));
        // The same file chosen again, after an edit, is read again.
        input.set_value("");
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let on_drag_over = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    view! {
        <div
            class="check-drop"
            class:check-drop--over=move || dragging.get()
            on:dragover=on_drag_over
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for="check-files">{t.choose}</label>
            <input
                id="check-files"
                type="file"
                multiple
                accept=".json,application/json"
                on:change=on_change
            />
            <p class="check-drop-hint">{t.drop_hint}</p>
        </div>
    }
}
