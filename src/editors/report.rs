//! One chosen file on the editors' page: its name, what it is or how many
//! problems it has, and each problem at its place with its message and
//! the lines around it.

use std::sync::Arc;

use leptos::prelude::*;

use super::chosen::{count_problems, ChosenFile};
use super::lines::{at_text, lines_around, message};
use super::preview::focus_later;
use resultaten::check::{messages, Finding};
use resultaten::i18n::{CheckStrings, Lang};

/// One file: a heading, what it is or how many problems, and the list.
pub fn file_report(
    t: &'static CheckStrings,
    lang: Lang,
    index: usize,
    file: &ChosenFile,
    previewed: RwSignal<Option<usize>>,
) -> impl IntoView {
    let heading_id = format!("check-file-{index}");
    let labelled_by = heading_id.clone();
    let checked = &file.checked;
    let summary = match &checked.bundle {
        Some(b) => {
            let open = move |_| {
                previewed.set(Some(index));
                // The preview starts at its top, as a page does.
                window().scroll_to_with_x_and_y(0.0, 0.0);
                focus_later(resultaten::ids::MAIN.to_string());
            };
            let language = Lang::from_tag(&b.theme.language).name_in(lang);
            view! {
                <p class="check-ok">
                    {format!("{}: ", count_problems(t, &checked.problems))}
                    <span lang=b.theme.language.clone()>{b.theme.title.clone()}</span>
                    {format!(", {}, {language}", b.theme.year)}
                </p>
                <button type="button" class="button" on:click=open>
                    {t.preview}
                    <span class="visually-hidden">{format!(": {}", file.name)}</span>
                </button>
            }
            .into_any()
        }
        None => view! {
            <p class="check-count">{count_problems(t, &checked.problems)}</p>
        }
        .into_any(),
    };
    let text = Arc::new(checked.text.clone());
    let problems = (!checked.problems.is_empty()).then(|| {
        let items = checked
            .problems
            .iter()
            .map(|p| problem(t, lang, &file.name, &text, p))
            .collect_view();
        view! { <ol class="check-problems">{items}</ol> }
    });
    view! {
        <section class="check-file" aria-labelledby=labelled_by>
            <h2 id=heading_id tabindex="-1">{file.name.clone()}</h2>
            {summary}
            {problems}
        </section>
    }
}

/// One problem: where, what, and the lines around it.
fn problem(
    t: &'static CheckStrings,
    lang: Lang,
    name: &str,
    text: &str,
    p: &Finding,
) -> impl IntoView {
    let context =
        p.at.map(|at| lines_around(t, name, resultaten::check::context(text, at, 2)));
    view! {
        <li>
            <p class="check-where">{place(t, p.at, &p.path)}</p>
            <p class="check-message">{message(messages::sentence(&p.kind, &p.path, lang))}</p>
            {context}
        </li>
    }
}

/// "Regel 7, kolom 13 · theme.year", or the path alone.
fn place(t: &CheckStrings, at: Option<(usize, usize)>, path: &str) -> impl IntoView {
    let at = at_text(t, at, path);
    let sep = (!at.is_empty() && !path.is_empty()).then_some(" · ");
    view! { {at}{sep}{(!path.is_empty()).then(|| view! { <code>{path.to_string()}</code> })} }
}
