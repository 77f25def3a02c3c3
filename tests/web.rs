//! Browser tests: components mount in headless Chromium and show the right
//! text; a result area's disclosure toggles aria-expanded and its panel.
//! Run with `make test-browser` (wasm-bindgen-test-runner + chromedriver).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use resultaten::bundle::{self, Bundle};
use resultaten::components::{ErrorView, Page};
use resultaten::i18n::Lang;
use resultaten::load::LoadError;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NL_2019: &str = include_str!("../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");

fn bundle() -> Arc<Bundle> {
    Arc::new(bundle::parse(NL_2019).expect("shipped bundle validates"))
}

/// A fresh container in the document, so tests do not see each other.
fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").unwrap().unchecked_into::<web_sys::HtmlElement>();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Mounts the 2019 page into a fresh container and lets it render.
async fn mount_page(b: Arc<Bundle>) -> web_sys::HtmlElement {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <Page bundle=b.clone() /> });
    // Keep the page mounted for the rest of the test.
    std::mem::forget(handle);
    leptos::task::tick().await;
    root
}

#[wasm_bindgen_test]
async fn page_shows_highlights_in_dutch_number_format() {
    let root = mount_page(bundle()).await;

    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Meer dan 240.000 vluchtelingen"), "{text}");
    assert!(text.contains("Ruim 2.700 gestrande migranten"));
    let tiles = root.query_selector_all(".highlight-tile a").unwrap();
    assert_eq!(tiles.length(), 5);
    let first = tiles.item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(first.get_attribute("href").as_deref(), Some("#onderwijs-en-training"));
    // Charts are SVG in the DOM, with an accessible name.
    let chart = root.query_selector("#chart-highlights .chart-drawing").unwrap().expect("highlights chart");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert!(chart.get_attribute("aria-label").unwrap_or_default().contains("240.000"));
    assert!(chart.query_selector("svg text").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn disclosure_toggles_aria_expanded_and_panel() {
    let root = mount_page(bundle()).await;

    let button = root
        .query_selector("#opvang-in-de-regio .area-toggle")
        .unwrap()
        .expect("toggle button")
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    let panel_id = button.get_attribute("aria-controls").expect("aria-controls");
    let panel = document().get_element_by_id(&panel_id).expect("panel exists").unchecked_into::<web_sys::HtmlElement>();
    assert!(panel.hidden(), "panel starts closed");
    assert!(button.text_content().unwrap_or_default().contains("Resultaatgebied openen"));

    button.click();
    leptos::task::tick().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!panel.hidden(), "panel opens");
    assert!(button.text_content().unwrap_or_default().contains("Resultaatgebied sluiten"));
    let panel_text = panel.text_content().unwrap_or_default();
    assert!(panel_text.contains("240.000 personen"), "{panel_text}");
    assert!(panel_text.contains("Op schema"));

    button.click();
    leptos::task::tick().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(panel.hidden());
    root.remove();
}

#[wasm_bindgen_test]
async fn error_view_explains_and_retries() {
    let root = container();
    let retries = RwSignal::new(0);
    let on_retry = Callback::new(move |_: ()| retries.update(|n| *n += 1));
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ErrorView
                error=LoadError::Http { status: 404, status_text: "Not Found".into() }
                url="data/x.json".to_string()
                lang=Lang::Nl
                on_retry=on_retry
            />
        }
    });
    leptos::task::tick().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Deze resultaten zijn niet gevonden."), "{text}");
    assert!(text.contains("HTTP 404"), "details name the status: {text}");
    let button = root.query_selector("button").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(button.text_content().as_deref(), Some("Opnieuw proberen"));
    button.click();
    leptos::task::tick().await;
    assert_eq!(retries.get_untracked(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn bundle_text_never_becomes_markup() {
    let hostile = NL_2019.replacen(
        "Opvang in de regio en migratiesamenwerking\"",
        "<img src=x onerror=alert(1)><script>alert(2)</script>\"",
        1,
    );
    let root = mount_page(Arc::new(bundle::parse(&hostile).expect("still a valid bundle"))).await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("script").unwrap().is_none());
    assert!(root.text_content().unwrap_or_default().contains("<script>alert(2)</script>"));
    root.remove();
}
