use leptos::prelude::*;

use crate::bundle::Indicator;
use crate::charts::{self, from_dataset, Place};
use crate::components::{ChartFigure, CopyLink, OverTheYears, RichTextView};
use crate::format;
use crate::i18n::{status_class, status_label, strings, Lang};
use crate::ids;

/// One indicator: title, progress status (text and icon, never colour
/// alone), formatted value, what it measures, narrative and charts.
///
/// It shows only the period it states itself: the theme's reporting period
/// would claim a period the report does not give (the 20.770 on mental
/// health, the Seefar measurement).
#[component]
pub fn IndicatorView(indicator: Indicator, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let title_id = ids::title(&indicator.id);
    let labelled_by = title_id.clone();
    let comparison = charts::indicator_comparison(&indicator, lang);
    let breakdown = charts::from_breakdown(&indicator, lang);
    let figures: Vec<_> = indicator.figures.iter().map(from_dataset).collect();
    let value = match &indicator.value {
        Some(q) => {
            let text = format::with_unit(q.value, q.unit.as_deref(), lang);
            view! { <data class="indicator-value" value=q.value.to_string()>{text}</data> }
                .into_any()
        }
        None => view! { <span class="indicator-value indicator-value--none">{s.no_value}</span> }
            .into_any(),
    };
    let shown_period = indicator.period.clone();
    let status = indicator.status;
    view! {
        <article class="indicator" id=indicator.id.clone() aria-labelledby=labelled_by tabindex="-1">
            <p class="indicator-label">{s.indicator}</p>
            <h5 class="indicator-title" id=title_id>{indicator.title.clone()}</h5>
            <dl class="indicator-facts">
                <div>
                    <dt>{s.progress}</dt>
                    <dd>
                        <span class=format!("status status--{}", status_class(status))>
                            <span class="status-icon" aria-hidden="true"></span>
                            {status_label(status, lang)}
                        </span>
                    </dd>
                </div>
                <div>
                    <dt>{s.value}</dt>
                    <dd>{value}</dd>
                </div>
                {shown_period.map(|p| view! {
                    <div>
                        <dt>{s.period}</dt>
                        <dd>{p}</dd>
                    </div>
                })}
            </dl>
            <CopyLink id=indicator.id.clone() name=indicator.title.clone() lang=lang />
            {(!indicator.explanation.is_empty()).then(|| view! {
                <div class="indicator-explanation">
                    <h6>{s.what_it_measures}</h6>
                    <RichTextView text=indicator.explanation.clone() level=6 />
                </div>
            })}
            <RichTextView text=indicator.narrative.clone() level=6 />
            {comparison.map(|c| view! { <ChartFigure spec=c lang=lang place=Place::Indicator /> })}
            {breakdown.map(|c| view! { <ChartFigure spec=c lang=lang place=Place::Indicator /> })}
            {figures.into_iter().map(|f| view! { <ChartFigure spec=f lang=lang place=Place::Indicator /> }).collect_view()}
            <OverTheYears indicator=indicator.clone() lang=lang />
        </article>
    }
}
