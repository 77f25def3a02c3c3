//! A Dutch and an English file of one theme and year on the editors'
//! page: the count of differences, each at its place in both files; or
//! why they were not compared.

use leptos::prelude::*;

use super::chosen::Pair;
use super::lines::{at_text, lines_around, message};
use resultaten::check::{self, messages, Difference};
use resultaten::i18n::{count, CheckStrings, Lang};

/// A pair of translations: a heading, the count, each difference at its
/// place in both files.
pub fn pair_report(t: &'static CheckStrings, lang: Lang, pair: &Pair) -> impl IntoView {
    let title = t
        .translation
        .replace("{a}", &pair.names[0])
        .replace("{b}", &pair.names[1]);
    let summary = match &pair.not_compared {
        Some(why) => messages::sentence(why, "", lang),
        None if pair.differences.is_empty() => t.no_differences.to_string(),
        None => count(pair.differences.len(), t.difference_one, t.differences_many),
    };
    let items = pair
        .differences
        .iter()
        .map(|d| difference(t, lang, pair, d))
        .collect_view();
    view! {
        <section class="check-file check-pair">
            <h2>{title}</h2>
            <p class="check-count">{summary}</p>
            {(!pair.differences.is_empty()).then(|| view! { <ol class="check-problems">{items}</ol> })}
        </section>
    }
}

/// One difference: its path, its message, and its place in each file.
fn difference(t: &'static CheckStrings, lang: Lang, pair: &Pair, d: &Difference) -> impl IntoView {
    let sides = (0..2)
        .map(|side| {
            let where_ = format!(
                "{} {} {}",
                at_text(t, d.at[side], ""),
                t.in_file,
                pair.names[side]
            );
            let context = d.at[side].map(|at| {
                lines_around(
                    t,
                    &pair.names[side],
                    check::context(&pair.texts[side], at, 1),
                )
            });
            view! { <p class="check-where">{where_}</p>{context} }
        })
        .collect_view();
    view! {
        <li>
            <p class="check-where"><code>{d.path.clone()}</code></p>
            <p class="check-message">{message(messages::sentence(&d.kind, &d.path, lang))}</p>
            {sides}
        </li>
    }
}
