//! "Insluiten" (`?snippets=<piece>&theme=…`): the web editors' page with
//! the two snippets that put one piece of a theme page (a chart or a result
//! area), or the whole page, on another site; in plain words, with what
//! the reader sees where the host drops the script line, and the policy
//! lines for the host's technical team in a part that opens on request.
//! In the editors' app, so visitors never download it; every theme page
//! links here. The snippets are the library's (`resultaten::snippets`),
//! with the published addresses and the heights the build measured.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use resultaten::catalog::{bundle_path, CATALOG_PATH};
use resultaten::charts;
use resultaten::components::context::{app_base, href};
use resultaten::components::Loading;
use resultaten::contract::{HEIGHT_MESSAGE, MOUNT_FILE, RESIZE_FILE};
use resultaten::dom::address::{page_address, published};
use resultaten::dom::clipboard::{copy_for, Said};
use resultaten::dom::head::set_title;
use resultaten::dom::load::{fetch_bundle, fetch_catalog};
use resultaten::facts::{AppBase, PageFacts};
use resultaten::i18n::{embed_strings, strings, EmbedStrings, Lang};
use resultaten::route::{Route, View};
use resultaten::snippets::{height_at, heights_of, Piece};

/// The two snippets of a piece, once written.
#[derive(Clone, Default)]
struct Written {
    iframe: String,
    element: String,
    heights: Vec<(u32, u32)>,
}

/// What the page shows, once loaded: the piece's name, the theme page's
/// facts (with the catalog: which pages the build rendered) and the
/// snippets.
#[derive(Clone)]
struct Loaded {
    name: String,
    is_area: bool,
    facts: PageFacts,
    written: Written,
}

#[component]
pub fn SnippetsPage(route: Route) -> impl IntoView {
    let lang = route.lang;
    let e = embed_strings(lang);
    let View::Snippets { theme, year, piece } = route.view.clone() else {
        return ().into_any();
    };
    let app = app_base();
    let loaded = RwSignal::new(None::<Result<Loaded, String>>);
    {
        let piece = piece.clone();
        leptos::task::spawn_local(async move {
            loaded.set(Some(load(app, &theme, year, lang, piece.as_deref()).await));
        });
    }
    let shown = move || match loaded.get() {
        None => view! { <Loading lang=lang /> }.into_any(),
        Some(Err(reason)) => view! {
            <section class="snippets-page not-found" role="alert">
                <h1>{e.not_found}</h1>
                <p><code>{reason}</code></p>
            </section>
        }
        .into_any(),
        Some(Ok(l)) => content(l, piece.clone(), lang).into_any(),
    };
    view! { {shown} }.into_any()
}

/// The catalog, the theme's bundle, the piece's name and its snippets.
async fn load(
    app: AppBase,
    theme: &str,
    year: u16,
    lang: Lang,
    piece: Option<&str>,
) -> Result<Loaded, String> {
    let catalog_url = format!("{}{CATALOG_PATH}", app.base);
    let catalog = fetch_catalog(&catalog_url)
        .await
        .map_err(|e| e.details(&catalog_url))?;
    let entry = catalog
        .find(theme, year, lang.tag())
        .ok_or_else(|| format!("{theme} {year} ({})", lang.tag()))?;
    let url = format!("{}{}", app.base, bundle_path(entry));
    let bundle = fetch_bundle(&url).await.map_err(|e| e.details(&url))?;
    // What the piece is called: an area's title, a chart's, or the page's.
    let name = match piece {
        None => Some(bundle.theme.title.clone()),
        Some(id) => bundle
            .result_areas
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone())
            .or_else(|| charts::find(&bundle, id, lang).map(|c| c.title)),
    }
    .ok_or_else(|| piece.unwrap_or_default().to_string())?;
    let is_area = piece.is_some_and(|id| bundle.result_areas.iter().any(|a| a.id == id));
    let page = Route::parse(&format!("theme={theme}&year={year}&lang={}", lang.tag()));
    let facts = PageFacts::new(&page, &app, Some(&catalog));
    let written = write(&facts, piece, &name).await;
    Ok(Loaded {
        name,
        is_area,
        facts,
        written,
    })
}

fn content(l: Loaded, piece: Option<String>, lang: Lang) -> impl IntoView {
    let e = embed_strings(lang);
    let Loaded {
        name,
        is_area,
        facts,
        written,
    } = l;
    let title = match &piece {
        Some(_) => format!("{}: {name}", e.title),
        None => e.whole_page.to_string(),
    };
    set_title(&[&title, strings(lang).site_name], lang);
    let back = href(&format!(
        "{}{}",
        facts.page,
        piece
            .as_deref()
            .map(|id| format!("#{id}"))
            .unwrap_or_default()
    ));
    let size = height_at(&written.heights, 360).map(|at360| {
        let hundreds = resultaten::format::number(f64::from((at360 + 50) / 100 * 100), lang);
        view! { <p class="embed-height">{e.area_size.replace("{}", &hundreds)}</p> }
    });
    // The site's origin, for the host's policy.
    let origin = published(&facts, "")
        .unwrap_or_default()
        .split('/')
        .take(3)
        .collect::<Vec<_>>()
        .join("/");
    // The preview is this site's own embed page, wherever the site is
    // served (not `SITE_URL`, which the page's policy may not frame), sized
    // as `embed/resize.js` sizes a pasted frame: to the height its page
    // reports.
    let preview = facts.embed_src(piece.as_deref()).map(|src| href(&src));
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let listener = window_event_listener_untyped("message", move |ev| follow_height(&ev, frame));
    on_cleanup(move || listener.remove());
    let Written {
        iframe, element, ..
    } = written;
    view! {
        <section class="snippets-page">
            <h1>{title}</h1>
            <p>{e.intro}</p>
            <p><a href=back>{format!("{} {name}", e.back)}</a></p>
            {is_area.then_some(size)}
            <h2>{e.iframe}</h2>
            <p>{e.iframe_how}</p>
            {snippet(e, "resultaten-snippet-iframe", e.iframe, iframe)}
            <p>{e.iframe_without_script}</p>
            <h2>{e.element}</h2>
            <p>{e.element_how}</p>
            {snippet(e, "resultaten-snippet-element", e.element, element)}
            <p>{e.element_without_script}</p>
            <details class="embed-policy">
                <summary>{e.technical}</summary>
                <p>{e.technical_intro}</p>
                <p>{e.technical_iframe}</p>
                <pre class="embed-policy-iframe">{format!("frame-src {origin};\nscript-src {origin};")}</pre>
                <p>{e.technical_element}</p>
                <pre class="embed-policy-element">{format!("script-src {origin} 'wasm-unsafe-eval';\nstyle-src {origin};\nconnect-src {origin};")}</pre>
                <p>{e.technical_cors}</p>
            </details>
            {preview.map(|src| view! {
                <h2>{e.preview}</h2>
                <iframe class="embed-preview" title=name.clone() src=src node_ref=frame></iframe>
            })}
        </section>
    }
}

fn snippet(
    e: &'static EmbedStrings,
    id: &'static str,
    label: &'static str,
    code: String,
) -> impl IntoView {
    let said = Said {
        copied: e.copied,
        by_hand: e.by_hand,
    };
    let field = NodeRef::<leptos::html::Textarea>::new();
    let text = code.clone();
    let copy = move |ev: leptos::ev::MouseEvent| {
        copy_for(&ev, text.clone(), said, move |_| {
            field
                .get_untracked()
                .map(|f| f.unchecked_into::<web_sys::HtmlElement>())
        });
    };
    view! {
        <div class="embed-snippet">
            <label for=id>{label}</label>
            <textarea id=id class="embed-code" readonly rows="4" spellcheck="false" node_ref=field
                prop:value=code></textarea>
            <button type="button" class="button button--secondary embed-copy" aria-label=format!("{}: {label}", e.copy)
                on:click=copy>
                {e.copy}
            </button>
            <span class="embed-copy-status" role="status"></span>
        </div>
    }
}

/// The snippets for the piece `only` (none: the whole page) called
/// `title`, with the heights the build measured for it where the page has
/// them (none: the frame grows as its page reports).
async fn write(facts: &PageFacts, only: Option<&str>, title: &str) -> Written {
    let heights = match &facts.embed_heights {
        Some(file) => measured(&format!("{}{file}", facts.base))
            .await
            .map(|all| heights_of(&all, only.unwrap_or_default()))
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let at = |address: &str| published(facts, address).unwrap_or_default();
    let (theme, year) = facts.theme.clone().unwrap_or_default();
    let page = page_address(Some(facts), None);
    let src = at(&facts.embed_src(only).unwrap_or_default());
    let (resize, mount) = (at(RESIZE_FILE), at(MOUNT_FILE));
    let piece = Piece {
        only,
        title,
        src: &src,
        page: &page,
        resize: &resize,
        mount: &mount,
        theme: &theme,
        year,
        lang: facts.lang.tag(),
        heights: &heights,
    };
    Written {
        iframe: piece.iframe(),
        element: piece.element(),
        heights,
    }
}

/// Sizes the preview to the height its page reports (`resultaten:height`,
/// from `public/loader.js` in the frame), through the CSSOM, which the
/// strict `style-src` allows.
fn follow_height(ev: &web_sys::Event, frame: NodeRef<leptos::html::Iframe>) {
    let (Some(ev), Some(frame)) = (ev.dyn_ref::<web_sys::MessageEvent>(), frame.get_untracked())
    else {
        return;
    };
    let from_frame = frame
        .content_window()
        .zip(ev.source())
        .is_some_and(|(w, s)| wasm_bindgen::JsValue::from(w) == wasm_bindgen::JsValue::from(s));
    let data = ev.data();
    let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
    let is_height = get("type").and_then(|t| t.as_string()).as_deref() == Some(HEIGHT_MESSAGE);
    if let (true, true, Some(height)) = (
        from_frame,
        is_height,
        get("height").and_then(|h| h.as_f64()),
    ) {
        let style = web_sys::HtmlElement::style(&frame);
        let _ = style.set_property("height", &format!("{}px", height.ceil()));
    }
}

/// The page's measured heights, if its file can be read.
async fn measured(url: &str) -> Option<serde_json::Value> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    serde_json::from_str(&response.text().await.ok()?).ok()
}
