//! Browser tests: components mount in headless Chromium and show the right
//! text; a result area's disclosure toggles aria-expanded and its panel.
//! Run with `make test-browser` (wasm-bindgen-test-runner + chromedriver).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use resultaten::bundle::{self, Bundle};
use resultaten::components::context::PageBuilt;
use resultaten::components::{ErrorView, Page};
use resultaten::dom::load::LoadError;
use resultaten::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NL_2019: &str =
    include_str!("../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");

fn bundle() -> Arc<Bundle> {
    Arc::new(bundle::parse(NL_2019).expect("shipped bundle validates"))
}

/// A fresh container in the document, so tests do not see each other.
fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Mounts a page, with a catalog when given, and waits until it is built.
async fn mount_page_with(
    b: Arc<Bundle>,
    catalog: Option<Arc<resultaten::catalog::Catalog>>,
) -> (web_sys::HtmlElement, impl Drop) {
    let root = container();
    let built = RwSignal::new(false);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(PageBuilt(built));
        let route = resultaten::route::Route::parse(
            "?theme=opvang-in-de-regio-en-migratiesamenwerking&year=2019&lang=nl",
        );
        view! { <Page bundle=b.clone() catalog=catalog.clone() route=route /> }
    });
    leptos::task::tick().await;
    for _ in 0..100 {
        if built.get_untracked() {
            break;
        }
        resultaten::dom::load::next_task().await;
    }
    assert!(built.get_untracked(), "the page was not built in 100 tasks");
    (root, handle)
}

#[wasm_bindgen_test]
async fn the_year_switch_lists_every_year_and_marks_the_current_one() {
    // A MADE-UP catalog: the theme in 2018 and 2020 too (only 2019 is
    // published), and in English in 2021 (not a Dutch year).
    let theme = "opvang-in-de-regio-en-migratiesamenwerking";
    let entry = |year: u16, language: &str| {
        serde_json::json!({ "theme": theme, "year": year, "language": language,
            "title": "T", "path": format!("{year}/{language}/{theme}.json") })
    };
    let catalog = resultaten::catalog::parse_catalog(
        &serde_json::json!({ "schema_version": "1.0", "bundles": [
            entry(2018, "nl"), entry(2019, "nl"), entry(2020, "nl"), entry(2019, "en"), entry(2021, "en")
        ] })
        .to_string(),
    )
    .expect("made-up catalog is valid");
    let (root, _page) = mount_page_with(bundle(), Some(Arc::new(catalog))).await;
    let nav = root
        .query_selector("nav.year-switch")
        .unwrap()
        .expect("a year switch");
    assert_eq!(
        nav.get_attribute("aria-label").as_deref(),
        Some("Jaren van dit thema")
    );
    let links = nav.query_selector_all("a").unwrap();
    let years: Vec<(String, Option<String>, String)> = (0..links.length())
        .filter_map(|i| links.item(i))
        .map(|n| n.unchecked_into::<web_sys::Element>())
        .map(|a| {
            (
                a.text_content().unwrap_or_default(),
                a.get_attribute("aria-current"),
                a.get_attribute("href").unwrap_or_default(),
            )
        })
        .collect();
    let shown: Vec<(&str, Option<&str>)> = years
        .iter()
        .map(|(y, c, _)| (y.as_str(), c.as_deref()))
        .collect();
    assert_eq!(
        shown,
        [("2020", None), ("2019", Some("page")), ("2018", None)],
        "newest first, the current year marked"
    );
    assert!(
        years[0].2.contains("year=2020") && years[0].2.contains("lang=nl"),
        "{years:?}"
    );
    root.remove();

    // One year only (the shipped catalog): no switch.
    let shipped = resultaten::catalog::parse_catalog(include_str!("../public/data/index.json"))
        .expect("shipped catalog");
    let (root, _page) = mount_page_with(bundle(), Some(Arc::new(shipped))).await;
    assert!(root.query_selector("nav.year-switch").unwrap().is_none());
    root.remove();
}

/// Mounts a page into a fresh container and lets it render all its parts
/// (one per task: `PageBuilt` says when). Keep the handle for the test's
/// length: dropping it unmounts the page.
async fn mount_page(b: Arc<Bundle>) -> (web_sys::HtmlElement, impl Drop) {
    mount_page_with(b, None).await
}

#[wasm_bindgen_test]
async fn page_shows_highlights_in_dutch_number_format() {
    let (root, _page) = mount_page(bundle()).await;

    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Meer dan 240.000 vluchtelingen"), "{text}");
    assert!(text.contains("Ruim 2.700 gestrande migranten"));
    let tiles = root.query_selector_all(".highlight-tile a").unwrap();
    assert_eq!(tiles.length(), 5);
    let first = tiles.item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("#onderwijs-en-training")
    );
    // Charts are SVG in the DOM, with an accessible name.
    let chart = root
        .query_selector("#chart-highlights .chart-drawing")
        .unwrap()
        .expect("highlights chart");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert!(chart
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("240.000"));
    assert!(chart.query_selector("svg text").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn disclosure_toggles_aria_expanded_and_panel() {
    let (root, _page) = mount_page(bundle()).await;

    let button = root
        .query_selector("#opvang-in-de-regio .area-toggle")
        .unwrap()
        .expect("toggle button")
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(button.tag_name(), "BUTTON");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel_id = button
        .get_attribute("aria-controls")
        .expect("aria-controls");
    let panel = document()
        .get_element_by_id(&panel_id)
        .expect("panel exists")
        .unchecked_into::<web_sys::HtmlElement>();
    // Closed, yet findable with find-in-page.
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found"),
        "panel starts closed"
    );
    // The toggle follows the area's introduction, right before its panel,
    // so what it opens starts below it (issue 25); its text starts with the
    // area's title (hidden visually) and holds the visible words.
    assert_eq!(
        button.next_element_sibling().map(|p| p.id()).as_deref(),
        Some(panel_id.as_str())
    );
    assert_eq!(
        button.text_content().unwrap_or_default(),
        "Opvang in de regio, Resultaatgebied openen"
    );

    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(panel.get_attribute("hidden"), None, "panel opens");
    assert!(button
        .text_content()
        .unwrap_or_default()
        .contains("Resultaatgebied sluiten"));
    let panel_text = panel.text_content().unwrap_or_default();
    assert!(panel_text.contains("240.000 personen"), "{panel_text}");
    assert!(panel_text.contains("Op schema"));

    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );
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
    assert!(
        text.contains("Deze resultaten zijn niet gevonden."),
        "{text}"
    );
    assert!(text.contains("HTTP 404"), "details name the status: {text}");
    let button = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(button.text_content().as_deref(), Some("Opnieuw proberen"));
    button.click();
    leptos::task::tick().await;
    assert_eq!(retries.get_untracked(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn bundle_text_never_becomes_markup() {
    const HOSTILE: &str = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let mut v: serde_json::Value = serde_json::from_str(NL_2019).expect("JSON");
    // Plain text, rich text, and the texts that go through the chart SVG.
    v["theme"]["title"] = HOSTILE.into();
    v["introduction"][0]["content"][0]["text"] = HOSTILE.into();
    v["highlights"][0]["label"] = HOSTILE.into();
    v["result_areas"][1]["progress"]["figures"][0]["title"] = HOSTILE.into();
    v["result_areas"][1]["progress"]["figures"][0]["points"][0]["label"] = HOSTILE.into();
    let b = Arc::new(bundle::parse(&v.to_string()).expect("still a valid bundle"));
    let (root, _page) = mount_page(b).await;
    // Open the areas so every chart is in the DOM.
    let buttons = root.query_selector_all("button.area-toggle").unwrap();
    for i in 0..buttons.length() {
        buttons
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .click();
    }
    leptos::task::tick().await;
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "an <img> was created from bundle text"
    );
    assert!(
        root.query_selector("script").unwrap().is_none(),
        "a <script> was created from bundle text"
    );
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.matches(HOSTILE).count() >= 4,
        "the text is shown as text"
    );
    let svg_text = root
        .query_selector("#chart-highlights svg")
        .unwrap()
        .expect("highlights chart")
        .text_content()
        .unwrap_or_default();
    assert!(
        svg_text.contains(HOSTILE),
        "chart labels keep the text as text"
    );
    root.remove();
}

/// Spending per channel: with amounts (the made-up fixture under
/// tests/fixtures, not published figures) a chart and its table render from
/// them; without amounts (the 2019 bundle) there is a plain statement and no
/// chart at all, so no empty axes.
#[wasm_bindgen_test]
async fn spending_draws_amounts_or_says_there_are_none() {
    use resultaten::bundle::Spending;
    use resultaten::components::SpendingView;

    // MADE-UP amounts, for this test only.
    let fixture: Spending = serde_json::from_str(include_str!("fixtures/spending-made-up.json"))
        .expect("fixture parses");
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <SpendingView spending=fixture.clone() lang=Lang::Nl /> }
    });
    leptos::task::tick().await;
    let chart = root
        .query_selector("figure.chart .chart-drawing")
        .unwrap()
        .expect("a chart from the amounts");
    let name = chart.get_attribute("aria-label").unwrap_or_default();
    assert!(name.contains("1.250.000"), "{name}");
    let cells: Vec<String> = {
        let list = root
            .query_selector_all("table.chart-table td.num data")
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| {
                n.unchecked_into::<web_sys::Element>()
                    .get_attribute("value")
                    .unwrap_or_default()
            })
            .collect()
    };
    assert_eq!(cells, ["1250000", "500000"]);
    assert!(root.query_selector(".no-figures").unwrap().is_none());
    drop(handle);
    root.remove();

    let published = bundle().spending.clone().expect("2019 spending section");
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <SpendingView spending=published.clone() lang=Lang::Nl /> }
    });
    leptos::task::tick().await;
    assert!(
        root.query_selector("figure.chart").unwrap().is_none(),
        "no empty chart"
    );
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Geen cijfers beschikbaar"), "{text}");
    drop(handle);
    root.remove();
}

/// Every text field of the bundle, not a sample: each string that a visitor
/// reads gets markup appended (ids, enums and addresses are left alone,
/// since validation decides about those). With every area open and every
/// chart shown both as drawing and as table, no element may come from it.
#[wasm_bindgen_test]
async fn no_text_field_ever_becomes_markup() {
    const HOSTILE: &str =
        "<img src=x onerror=alert(1)><script>alert(2)</script><a href=javascript:alert(3)>x</a>";
    const NOT_TEXT: [&str; 15] = [
        "alternative",
        "lang",
        "id",
        "type",
        "status",
        "kind",
        "measure",
        "dimension",
        "href",
        "src",
        "language",
        "schema_version",
        "target",
        "indicator",
        "last_updated",
    ];
    fn poison(v: &mut serde_json::Value, key: Option<&str>, count: &mut usize) {
        match v {
            serde_json::Value::String(s) if !key.is_some_and(|k| NOT_TEXT.contains(&k)) => {
                s.push_str(HOSTILE);
                *count += 1;
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| poison(i, key, count)),
            serde_json::Value::Object(map) => {
                map.iter_mut().for_each(|(k, i)| poison(i, Some(k), count))
            }
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(NL_2019).expect("JSON");
    let mut poisoned = 0;
    poison(&mut v, None, &mut poisoned);
    assert!(poisoned > 150, "only {poisoned} text fields poisoned");
    let b = Arc::new(bundle::parse(&v.to_string()).expect("still a valid bundle"));
    let (root, _page) = mount_page(b).await;
    let click_all = |selector: &str| {
        let list = root.query_selector_all(selector).unwrap();
        for i in 0..list.length() {
            list.item(i)
                .unwrap()
                .unchecked_into::<web_sys::HtmlElement>()
                .click();
        }
    };
    click_all("button.area-toggle");
    leptos::task::tick().await;
    click_all("button.chart-show-table");
    leptos::task::tick().await;
    for tag in ["img", "script", "iframe", "object", "a[href^='javascript']"] {
        assert!(
            root.query_selector(tag).unwrap().is_none(),
            "a <{tag}> was created from bundle text"
        );
    }
    // No event-handler attribute anywhere.
    let all = root.query_selector_all("*").unwrap();
    for i in 0..all.length() {
        let el = all.item(i).unwrap().unchecked_into::<web_sys::Element>();
        let names = el.get_attribute_names();
        for n in 0..names.length() {
            let name = names.get(n).as_string().unwrap_or_default();
            assert!(!name.starts_with("on"), "<{}> has {name}", el.tag_name());
        }
    }
    let shown = root
        .text_content()
        .unwrap_or_default()
        .matches(HOSTILE)
        .count();
    assert!(shown > 100, "the text is shown as text: {shown} times");
    root.remove();
}

/// A passage in another language carries `lang` (WCAG 3.1.2), so a screen
/// reader switches its voice; the bundle language is on the article.
#[wasm_bindgen_test]
async fn a_passage_in_another_language_is_marked() {
    let mut v: serde_json::Value = serde_json::from_str(NL_2019).expect("JSON");
    v["introduction"][0]["content"][0]["lang"] = "en".into();
    let b = Arc::new(bundle::parse(&v.to_string()).expect("valid"));
    let (root, _page) = mount_page(b).await;
    let marked = root
        .query_selector("article.theme[lang='nl'] span[lang='en']")
        .unwrap()
        .expect("the passage is marked as English");
    assert!(!marked.text_content().unwrap_or_default().is_empty());
    root.remove();
}

const EN_2019: &str =
    include_str!("../public/data/2019/en/opvang-in-de-regio-en-migratiesamenwerking.json");

/// The id contract (src/ids.rs): with every area open, each id on the page
/// is unique, and is a bundle id, a reserved id or one derived from a
/// bundle id. Both shipped bundles, and the Dutch one with the made-up
/// indicator (breakdowns) and spending amounts, so every derived kind of id
/// is on the page.
#[wasm_bindgen_test]
async fn every_id_on_the_page_is_unique_and_from_the_contract() {
    let mut with_everything = bundle::parse(NL_2019).expect("shipped bundle validates");
    // MADE-UP test data (each fixture says so), never published.
    with_everything.result_areas[0].indicators.push(
        serde_json::from_str(include_str!("fixtures/indicator-breakdowns-made-up.json"))
            .expect("made-up indicator"),
    );
    with_everything.spending = Some(
        serde_json::from_str(include_str!("fixtures/spending-made-up.json"))
            .expect("made-up spending"),
    );
    assert_eq!(bundle::validate(&with_everything), vec![]);
    let en = bundle::parse(EN_2019).expect("shipped bundle validates");
    for b in [with_everything, en] {
        let b = Arc::new(b);
        let (root, _page) = mount_page(b.clone()).await;
        let open_all = root
            .query_selector(".area-controls button[aria-expanded]")
            .unwrap()
            .expect("open all")
            .unchecked_into::<web_sys::HtmlElement>();
        open_all.click();
        leptos::task::tick().await;
        let list = root.query_selector_all("[id]").unwrap();
        let ids: Vec<String> = (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.unchecked_into::<web_sys::Element>().id())
            .collect();
        assert!(ids.iter().any(|id| id.ends_with("-breakdown")) || b.theme.language == "en");
        assert!(ids.len() > 50, "{ids:?}");
        let known = resultaten::ids::BundleIds::of(&b);
        let mut seen = std::collections::HashSet::new();
        for id in &ids {
            assert!(seen.insert(id), "id {id:?} is used twice");
            assert!(
                resultaten::ids::is_page_id(id, &known),
                "id {id:?} is not a bundle id, a reserved id or a derived one"
            );
        }
        root.remove();
    }
}
