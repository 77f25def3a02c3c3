use leptos::prelude::*;

use crate::bundle::Spending;
use crate::charts;
use crate::components::{ChartFigure, RichTextView};
use crate::i18n::{strings, Lang};
use crate::ids;

/// Spending per channel: a chart when the bundle has amounts; otherwise a
/// plain statement that there are none, and the note introduced as the
/// report's note on those missing figures (it opens "Dit zijn de financiële
/// uitgaven …", which would otherwise read as if they were shown). Never
/// empty axes.
#[component]
pub fn SpendingView(spending: Spending, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let chart = charts::spending(&spending, lang);
    let missing = chart.is_none();
    let body = match chart {
        Some(c) => view! { <ChartFigure spec=c lang=lang /> }.into_any(),
        None => view! { <p class="no-figures">{s.spending_unavailable}</p> }.into_any(),
    };
    view! {
        <section class="spending">
            <h2 id=ids::SPENDING>{s.spending}</h2>
            {body}
            <div class="note">
                {missing.then(|| view! { <p class="note-intro">{s.spending_note_intro}</p> })}
                <RichTextView text=spending.note.clone() />
            </div>
        </section>
    }
}
