//! How the editors' page shows a problem's place: "Regel 7, kolom 13",
//! the lines of the file around it with the column marked, and the
//! message with the values it quotes as code.

use leptos::prelude::*;

use resultaten::check::ContextLine;
use resultaten::i18n::CheckStrings;

/// "Regel 7, kolom 13"; "Het hele bestand" for a problem without a path
/// or place.
pub fn at_text(t: &CheckStrings, at: Option<(usize, usize)>, path: &str) -> String {
    match at {
        Some((line, column)) => t
            .line_column
            .replace("{line}", &line.to_string())
            .replace("{column}", &column.to_string()),
        None if path.is_empty() => t.whole_file.to_string(),
        None => String::new(),
    }
}

/// A message with the values it quotes from the file (between backticks
/// in the table) as code.
pub fn message(text: String) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_string();
            if i % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}

/// The lines around a problem, numbered, the column marked. The marker
/// line is for the eye; the problem's place is said in words above it.
pub fn lines_around(t: &CheckStrings, file: &str, lines: Vec<ContextLine>) -> impl IntoView {
    let (first, last) = (
        lines.first().map_or(0, |l| l.number),
        lines.last().map_or(0, |l| l.number),
    );
    let label = t
        .lines_of_file
        .replace("{first}", &first.to_string())
        .replace("{last}", &last.to_string())
        .replace("{file}", file);
    let width = last.to_string().len();
    let rows = lines
        .into_iter()
        .map(|l| {
            let number = format!("{:>width$} ", l.number);
            let marker = l.mark.map(|m| {
                view! {
                    <span class="check-marker" aria-hidden="true">
                        {format!("\n{}^", " ".repeat(width + 1 + m.saturating_sub(1)))}
                    </span>
                }
            });
            view! {
                <span class="check-line" class:check-line--at=l.mark.is_some()>
                    <span class="check-number" aria-hidden="true">{number}</span>
                    {l.text}
                </span>
                {marker}
                "\n"
            }
        })
        .collect_view();
    view! {
        <pre class="check-context" tabindex="0" role="group" aria-label=label><code>{rows}</code></pre>
    }
}
