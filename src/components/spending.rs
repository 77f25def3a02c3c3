use leptos::prelude::*;

use super::{ChartFigure, RichTextView};
use crate::bundle::Spending;
use crate::charts;
use crate::i18n::{strings, Lang};
use crate::ids;

/// Spending per channel: a chart when the bundle has amounts; otherwise a
/// plain statement that there are none. Never empty axes.
#[component]
pub fn SpendingView(spending: Spending, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let chart = charts::spending(&spending, lang);
    let body = match chart {
        Some(c) => view! { <ChartFigure spec=c lang=lang /> }.into_any(),
        None => view! { <p class="no-figures">{s.spending_unavailable}</p> }.into_any(),
    };
    view! {
        <section class="spending">
            <h2 id=ids::SPENDING>{s.spending}</h2>
            {body}
            <div class="note">
                <RichTextView text=spending.note.clone() />
            </div>
        </section>
    }
}
