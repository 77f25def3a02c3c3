use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use resultaten::bundle::Bundle;
use resultaten::check::{self, messages, Checked, ContextLine, Difference, File, Finding, Kind};
use resultaten::components::Page;
use resultaten::dom::head::set_title;
use resultaten::i18n::{check_strings, count, strings, CheckStrings, Lang};
use resultaten::route::{Route, View};

/// A file the editor chose, checked.
struct ChosenFile {
    name: String,
    checked: Checked,
}

/// Two of the chosen files that are translations of each other (Dutch
/// first), and every difference; or, when one of them has problems, why
/// they were not compared (`not_compared`).
struct Pair {
    names: [String; 2],
    texts: [Arc<String>; 2],
    differences: Vec<Difference>,
    not_compared: Option<Kind>,
}

/// What the editors' page shows: the files as last chosen, and which one
/// is previewed. Held in memory only; a reload empties it.
#[derive(Clone, Default)]
struct Chosen {
    files: Arc<Vec<ChosenFile>>,
    pairs: Arc<Vec<Pair>>,
}

/// The editors' page (`?check`): bundle files from the editor's own
/// computer, read with the File API (nothing leaves the page), checked by
/// `resultaten::check` as check-bundle checks them, each problem with the
/// lines around it; a Dutch and English pair compared; a valid bundle
/// previewed as its page, marked as a draft.
#[component]
pub fn CheckPage(lang: Lang) -> impl IntoView {
    let t = check_strings(lang);
    let chosen = RwSignal::new(Chosen::default());
    let previewed = RwSignal::new(None::<usize>);
    let status = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);

    let read = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        status.set(t.reading.to_string());
        leptos::task::spawn_local(async move {
            let mut out = Vec::new();
            for file in files {
                out.push(ChosenFile {
                    name: file.name(),
                    checked: read_file(&file).await,
                });
                // One file per task: the page stays responsive.
                resultaten::dom::load::next_task().await;
            }
            let pairs = pairs(&out);
            status.set(announcement(t, lang, &out, &pairs));
            chosen.set(Chosen {
                files: Arc::new(out),
                pairs: Arc::new(pairs),
            });
        });
    };
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
            view! {
                <article class="check-page">
                    <h1>{t.title}</h1>
                    <p>{t.intro}</p>
                    <p>{t.privacy}</p>
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
                    <p class="check-status" role="status">{move || status.get()}</p>
                    {move || {
                        let Chosen { files, pairs } = chosen.get();
                        let files_view = files
                            .iter()
                            .enumerate()
                            .map(|(i, f)| file_report(t, lang, i, f, previewed))
                            .collect_view();
                        let pairs_view = pairs.iter().map(|p| pair_report(t, lang, p)).collect_view();
                        view! { {files_view}{pairs_view} }
                    }}
                </article>
            }
            .into_any()
        }
    }
}

/// A file's bytes, checked; a file over the limit is refused unread.
async fn read_file(file: &web_sys::File) -> Checked {
    // `size` is a whole number of bytes in a double.
    let size = file.size().max(0.0) as u64;
    if let Some(refused) = check::too_large(size) {
        return refused;
    }
    match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => check::check_file(&js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => Checked::one(String::new(), None, Kind::File(File::Unreadable)),
    }
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Every two files that are translations of each other, compared; and
/// every two of one theme and year that could not be, with why.
fn pairs(files: &[ChosenFile]) -> Vec<Pair> {
    let mut out = Vec::new();
    for (i, a) in files.iter().enumerate() {
        for b in &files[i + 1..] {
            let pair = |first: &ChosenFile, second: &ChosenFile, differences, not_compared| Pair {
                names: [first.name.clone(), second.name.clone()],
                texts: [
                    Arc::new(first.checked.text.clone()),
                    Arc::new(second.checked.text.clone()),
                ],
                differences,
                not_compared,
            };
            if let Some(([first, _], differences)) = check::translation_pair(&a.checked, &b.checked)
            {
                let (first, second) = if std::ptr::eq(first, &a.checked) {
                    (a, b)
                } else {
                    (b, a)
                };
                out.push(pair(first, second, differences, None));
            } else if let Some(why) = check::not_compared(&a.checked, &b.checked) {
                out.push(pair(a, b, Vec::new(), Some(why)));
            }
        }
    }
    out
}

/// What the status line says once the files are read:
/// "broken.json: 8 problemen. nl.json: geen problemen gevonden."
fn announcement(t: &CheckStrings, lang: Lang, files: &[ChosenFile], pairs: &[Pair]) -> String {
    let files = files
        .iter()
        .map(|f| format!("{}: {}.", f.name, problem_count(t, &f.checked.problems)));
    let pairs = pairs.iter().map(|p| {
        format!(
            "{}: {}.",
            t.translation
                .replace("{a}", &p.names[0])
                .replace("{b}", &p.names[1]),
            match &p.not_compared {
                Some(why) => messages::sentence(why, "", lang),
                None => count(p.differences.len(), t.difference_one, t.differences_many),
            }
        )
    });
    files.chain(pairs).collect::<Vec<_>>().join(" ")
}

/// "8 problemen", "Geen problemen gevonden", with the warnings after:
/// "Geen problemen gevonden, 1 waarschuwing".
fn problem_count(t: &CheckStrings, findings: &[Finding]) -> String {
    let warnings = findings.iter().filter(|f| f.kind.is_warning()).count();
    let problems = findings.len() - warnings;
    let mut said = if problems == 0 {
        t.no_problems.to_string()
    } else {
        count(problems, t.problem_one, t.problems_many)
    };
    if warnings > 0 {
        said.push_str(", ");
        said.push_str(&count(warnings, t.warning_one, t.warnings_many));
    }
    said
}

/// One file: a heading, what it is or how many problems, and the list.
fn file_report(
    t: &'static CheckStrings,
    lang: Lang,
    index: usize,
    file: &ChosenFile,
    previewed: RwSignal<Option<usize>>,
) -> impl IntoView {
    let heading_id = format!("check-file-{index}");
    let labelled_by = heading_id.clone();
    let checked = &file.checked;
    let text = Arc::new(checked.text.clone());
    let summary = match &checked.bundle {
        Some(b) => view! {
            <p class="check-ok">
                {format!("{}: ", problem_count(t, &checked.problems))}
                <span lang=b.theme.language.clone()>{b.theme.title.clone()}</span>
                {format!(", {}, {}", b.theme.year, Lang::from_tag(&b.theme.language).name_in(lang))}
            </p>
            <button type="button" class="button" on:click=move |_| {
                previewed.set(Some(index));
                // The preview starts at its top, as a page does.
                window().scroll_to_with_x_and_y(0.0, 0.0);
                focus_later(resultaten::ids::MAIN.to_string());
            }>
                {t.preview}
                <span class="visually-hidden">{format!(": {}", file.name)}</span>
            </button>
        }
        .into_any(),
        None => view! {
            <p class="check-count">{problem_count(t, &checked.problems)}</p>
        }
        .into_any(),
    };
    let problems = (!checked.problems.is_empty()).then(|| {
        let items = checked
            .problems
            .iter()
            .map(|p| {
                let place = place(t, p.at, &p.path);
                let context =
                    p.at.map(|at| context_view(t, &file.name, check::context(&text, at, 2)));
                view! {
                    <li>
                        <p class="check-where">{place}</p>
                        <p class="check-message">{message(messages::sentence(&p.kind, &p.path, lang))}</p>
                        {context}
                    </li>
                }
            })
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

/// A message with the values it quotes from the file (between backticks
/// in the table) as code.
fn message(text: String) -> impl IntoView {
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

/// A pair of translations: a heading, the count, each difference at its
/// place in both files.
fn pair_report(t: &'static CheckStrings, lang: Lang, pair: &Pair) -> impl IntoView {
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
        .map(|d| {
            let sides = (0..2)
                .map(|side| {
                    let where_ = format!(
                        "{} {} {}",
                        at_text(t, d.at[side], ""),
                        t.in_file,
                        pair.names[side]
                    );
                    let context = d.at[side].map(|at| {
                        context_view(
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
        })
        .collect_view();
    view! {
        <section class="check-file check-pair">
            <h2>{title}</h2>
            <p class="check-count">{summary}</p>
            {(!pair.differences.is_empty()).then(|| view! { <ol class="check-problems">{items}</ol> })}
        </section>
    }
}

/// "Regel 7, kolom 13"; "Het hele bestand" for a problem without a path
/// or place.
fn at_text(t: &CheckStrings, at: Option<(usize, usize)>, path: &str) -> String {
    match at {
        Some((line, column)) => t
            .line_column
            .replace("{line}", &line.to_string())
            .replace("{column}", &column.to_string()),
        None if path.is_empty() => t.whole_file.to_string(),
        None => String::new(),
    }
}

/// "Regel 7, kolom 13 · theme.year", or the path alone.
fn place(t: &CheckStrings, at: Option<(usize, usize)>, path: &str) -> impl IntoView {
    let at = at_text(t, at, path);
    let sep = (!at.is_empty() && !path.is_empty()).then_some(" · ");
    view! { {at}{sep}{(!path.is_empty()).then(|| view! { <code>{path.to_string()}</code> })} }
}

/// The lines around a problem, numbered, the column marked. The marker
/// line is for the eye; the problem's place is said in words above it.
fn context_view(t: &CheckStrings, file: &str, lines: Vec<ContextLine>) -> impl IntoView {
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

/// A valid bundle as its page, marked as a draft, with a way back.
fn preview(lang: Lang, bundle: Bundle, back: impl Fn() + 'static) -> impl IntoView {
    let t = check_strings(lang);
    let route = Route {
        view: View::Check,
        lang: Lang::from_tag(&bundle.theme.language),
        embed: false,
        header: true,
        area: None,
        only: None,
    };
    view! {
        <div class="check-preview">
            <p class="check-back">
                <button type="button" class="button button--secondary" on:click=move |_| back()>
                    {t.other_file}
                </button>
            </p>
            <Page bundle=Arc::new(bundle) catalog=None route=route />
        </div>
    }
}

/// Drops the fragment (a deep link inside the preview) from the address.
fn clear_fragment() {
    let location = window().location();
    let here = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here));
    }
}

/// Focuses the element with `id` once it is on the page.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
