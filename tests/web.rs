//! Browser tests: components mount in headless Chromium and show the right
//! text; a result area's `<details>` opens and closes by its summary, and
//! the app follows; a switch is two radio buttons the app follows. On the
//! MADE-UP every-field bundle (tests/fixtures/every-field-made-up-*.json):
//! what the shipped bundle says is checked natively in tests/fidelity.rs.
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

/// MADE-UP: every figure and sentence invented, every kind of field.
const MADE_UP_NL: &str = include_str!("fixtures/every-field-made-up-nl.json");
/// MADE-UP: its English translation.
const MADE_UP_EN: &str = include_str!("fixtures/every-field-made-up-en.json");

fn bundle() -> Arc<Bundle> {
    Arc::new(bundle::parse(MADE_UP_NL).expect("the made-up bundle validates"))
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
    let query = format!(
        "?theme={}&year={}&lang={}",
        b.theme.id, b.theme.year, b.theme.language
    );
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(PageBuilt(built));
        let route = resultaten::route::Route::parse(&query);
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
    // A MADE-UP catalog: the theme in 2018, 2019 and 2020, and in English
    // in 2019 and 2021 (not a Dutch year).
    let theme = bundle().theme.id.clone();
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

    // One year only, in both languages (MADE-UP): no switch.
    let one_year = resultaten::catalog::parse_catalog(
        &serde_json::json!({ "schema_version": "1.0", "bundles": [entry(2019, "nl"), entry(2019, "en")] })
            .to_string(),
    )
    .expect("made-up catalog is valid");
    let (root, _page) = mount_page_with(bundle(), Some(Arc::new(one_year))).await;
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
    assert!(
        text.contains("Meer dan 5.000 verzonnen mensen volgden les"),
        "{text}"
    );
    assert!(text.contains("Bijna 3.000 verzonnen mensen vonden werk"));
    let tiles = root.query_selector_all(".highlight-tile a").unwrap();
    assert_eq!(tiles.length(), 3);
    let first = tiles.item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(first.get_attribute("href").as_deref(), Some("#les"));
    // Charts are SVG in the DOM, with an accessible name.
    let chart = root
        .query_selector("#chart-highlights .chart-drawing")
        .unwrap()
        .expect("highlights chart");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert!(chart
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("5.000"));
    assert!(chart.query_selector("svg text").unwrap().is_some());
    root.remove();
}

/// Waits until `done` holds, a task at a time: a `<details>`' `toggle`
/// event comes in a task after the change.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..50 {
        if done() {
            return;
        }
        resultaten::dom::load::next_task().await;
    }
    panic!("{what}: not in 50 tasks");
}

/// "Alles openen": the app's own control, which opens every area through
/// the app's state.
fn open_all(root: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    root.query_selector(".area-controls button.open-all")
        .unwrap()
        .expect("open all")
        .unchecked_into::<web_sys::HtmlElement>()
}

/// Opens every area with "Alles openen" and waits until each is open.
async fn open_every_area(root: &web_sys::HtmlElement) {
    open_all(root).click();
    leptos::task::tick().await;
    let all = root.query_selector_all("details.area-details").unwrap();
    assert!(all.length() > 0, "no areas");
    until("every area open", || {
        (0..all.length())
            .filter_map(|i| all.item(i))
            .all(|d| d.unchecked_into::<web_sys::HtmlDetailsElement>().open())
    })
    .await;
}

/// An area is a `<details>` the platform opens and closes by its summary;
/// the app's state follows its `toggle` event ("Alles openen" becomes
/// "Alles sluiten" once both areas are open), and "Alles sluiten" closes
/// the details through the app's state. The summary sits right after the
/// area's introduction, is named by the area's title then its visible
/// words, and the panel is a region named by the title.
#[wasm_bindgen_test]
async fn a_summary_toggles_its_details_and_the_app_follows() {
    let (root, _page) = mount_page(bundle()).await;
    let details_of = |area: &str| {
        root.query_selector(&format!("#{area} > details.area-details"))
            .unwrap()
            .unwrap_or_else(|| panic!("{area}'s details"))
            .unchecked_into::<web_sys::HtmlDetailsElement>()
    };
    let (one, two) = (details_of("gebied-een"), details_of("gebied-twee"));
    assert_eq!(one.id(), "gebied-een-panel");
    assert!(!one.open() && !two.open(), "areas start closed");
    assert!(!one.has_attribute("open"));
    // Right after the area's introduction, so what it opens starts below
    // it (issue 25).
    assert_eq!(
        one.previous_element_sibling()
            .map(|e| e.class_name())
            .as_deref(),
        Some("result-area-lead")
    );
    let summary = one
        .first_element_child()
        .expect("a first child")
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(summary.tag_name(), "SUMMARY");
    assert_eq!(summary.class_name(), "area-toggle");
    let part = |selector: &str| {
        summary
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("{selector}"))
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(part(".visually-hidden"), "Verzonnen gebied een, ");
    assert_eq!(part(".when-closed"), "Resultaatgebied openen");
    assert_eq!(part(".when-open"), "Resultaatgebied sluiten");
    assert!(summary
        .text_content()
        .unwrap_or_default()
        .starts_with("Verzonnen gebied een, Resultaatgebied openen"));
    // The panel: a region named by the area's title, without an id.
    let panel = one
        .query_selector(":scope > div.area-panel[role='region']")
        .unwrap()
        .expect("the panel");
    assert_eq!(panel.id(), "");
    let title = panel.get_attribute("aria-labelledby").expect("labelled");
    // Looked for in this test's page: the tests' pages share the document.
    assert_eq!(
        root.query_selector(&format!("[id='{title}']"))
            .unwrap()
            .and_then(|t| t.text_content())
            .as_deref(),
        Some("Verzonnen gebied een")
    );
    let open_all = open_all(&root);
    let says = |b: &web_sys::HtmlElement| {
        (
            b.get_attribute("aria-expanded").unwrap_or_default(),
            b.text_content().unwrap_or_default(),
        )
    };
    assert_eq!(says(&open_all), ("false".into(), "Alles openen".into()));

    // The reader opens one area: the platform opens it, and the app,
    // following its toggle event, builds what it holds.
    summary.click();
    until("the first area opens", || one.open()).await;
    until("the app builds the open area", || {
        panel
            .text_content()
            .unwrap_or_default()
            .contains("5.120 personen")
    })
    .await;
    assert!(panel
        .text_content()
        .unwrap_or_default()
        .contains("Op schema"));
    assert_eq!(says(&open_all), ("false".into(), "Alles openen".into()));
    // And the other: the app's state follows both toggle events.
    two.first_element_child()
        .expect("its summary")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    until("the app sees both areas open", || {
        says(&open_all).0 == "true"
    })
    .await;
    assert!(two.open());
    assert_eq!(says(&open_all), ("true".into(), "Alles sluiten".into()));

    // The app closes them through its state.
    open_all.click();
    leptos::task::tick().await;
    until("both areas close", || !one.open() && !two.open()).await;
    assert_eq!(says(&open_all), ("false".into(), "Alles openen".into()));
    // The reader's toggle after the app's own change still counts.
    summary.click();
    until("the first area opens again", || one.open()).await;
    summary.click();
    until("and closes", || !one.open()).await;
    assert!(!two.open());
    root.remove();
}

/// "Grafiek | Tabel" and "Als tegels | Als grafiek" are two radio buttons
/// in a form and fieldset of their own, with the app's ids
/// (`resultaten-<of>-1`, `-2`, `ids::switch_input`): checking one sets
/// the app's signal, and the app's signal checks its side.
#[wasm_bindgen_test]
async fn a_switch_is_two_radio_buttons_the_app_follows() {
    use resultaten::components::ViewSwitch;

    let root = container();
    let second = RwSignal::new(false);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ViewSwitch name="Weergave: Verzonnen grafiek".to_string() of="chart-verzonnen".to_string()
                class="chart-switch" first=("Grafiek", "chart-show-chart")
                second=("Tabel", "chart-show-table") shows_second=second />
        }
    });
    leptos::task::tick().await;
    let form = root
        .query_selector("form.chart-switch[method='dialog']")
        .unwrap()
        .expect("a form of its own");
    assert_eq!(
        form.query_selector("fieldset > legend")
            .unwrap()
            .and_then(|l| l.text_content())
            .as_deref(),
        Some("Weergave: Verzonnen grafiek")
    );
    let input = |id: &str| {
        root.query_selector(&format!("[id='{id}']"))
            .unwrap()
            .unwrap_or_else(|| panic!("{id}"))
            .unchecked_into::<web_sys::HtmlInputElement>()
    };
    let (chart, table) = (
        input("resultaten-chart-verzonnen-1"),
        input("resultaten-chart-verzonnen-2"),
    );
    for (i, class, label) in [
        (&chart, "switch-input chart-show-chart", "Grafiek"),
        (&table, "switch-input chart-show-table", "Tabel"),
    ] {
        assert_eq!(i.type_(), "radio");
        assert_eq!(i.class_name(), class);
        assert_eq!(i.name(), "chart-verzonnen-view");
        let for_it = form
            .query_selector(&format!("label[for='{}']", i.id()))
            .unwrap()
            .expect("its label");
        assert_eq!(for_it.text_content().as_deref(), Some(label));
    }
    assert!(chart.checked() && !table.checked(), "the chart first");
    // The reader chooses the table: the app's signal follows.
    table.click();
    leptos::task::tick().await;
    assert!(table.checked() && !chart.checked());
    assert!(second.get_untracked(), "the app follows the change");
    // The app chooses the chart: the radio buttons follow.
    second.set(false);
    leptos::task::tick().await;
    assert!(chart.checked() && !table.checked());
    drop(handle);
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
    let mut v: serde_json::Value = serde_json::from_str(MADE_UP_NL).expect("JSON");
    // Plain text, rich text, and the texts that go through the chart SVG.
    v["theme"]["title"] = HOSTILE.into();
    v["introduction"][0]["content"][0]["text"] = HOSTILE.into();
    v["highlights"][0]["label"] = HOSTILE.into();
    v["result_areas"][1]["progress"]["figures"][0]["title"] = HOSTILE.into();
    v["result_areas"][1]["progress"]["figures"][0]["points"][0]["label"] = HOSTILE.into();
    let b = Arc::new(bundle::parse(&v.to_string()).expect("still a valid bundle"));
    let (root, _page) = mount_page(b).await;
    // Open the areas so every chart is drawn.
    open_every_area(&root).await;
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
/// them; without amounts (the made-up bundle's spending, its amounts taken
/// away) there is a plain statement and no chart at all, so no empty axes.
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

    let mut without = bundle().spending.clone().expect("a spending section");
    without.channels = None;
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <SpendingView spending=without.clone() lang=Lang::Nl /> }
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
/// since validation decides about those), in the made-up bundle that has
/// every kind of text field. With every area open and every chart shown
/// both as drawing and as table, no element may come from it.
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
    fn poison(
        v: &mut serde_json::Value,
        key: Option<&str>,
        keys: &mut std::collections::BTreeMap<String, usize>,
    ) {
        match v {
            serde_json::Value::String(s) if !key.is_some_and(|k| NOT_TEXT.contains(&k)) => {
                s.push_str(HOSTILE);
                *keys.entry(key.unwrap_or_default().to_string()).or_default() += 1;
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| poison(i, key, keys)),
            serde_json::Value::Object(map) => {
                map.iter_mut().for_each(|(k, i)| poison(i, Some(k), keys))
            }
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(MADE_UP_NL).expect("JSON");
    let mut keys = std::collections::BTreeMap::new();
    poison(&mut v, None, &mut keys);
    // Every kind of text field the format has (but `alt`, which a page
    // shows only with a photo's file), and the file's own `_comment`.
    let kinds: Vec<&str> = keys.keys().map(String::as_str).collect();
    assert_eq!(
        kinds,
        [
            "_comment",
            "caption",
            "channel",
            "country",
            "counts",
            "credit",
            "description",
            "heading",
            "label",
            "partner",
            "period",
            "reporting_period",
            "source",
            "subtitle",
            "text",
            "title",
            "unit",
        ]
    );
    let poisoned: usize = keys.values().sum();
    assert!(poisoned > 100, "only {poisoned} text fields poisoned");
    let b = Arc::new(bundle::parse(&v.to_string()).expect("still a valid bundle"));
    let (root, _page) = mount_page(b).await;
    open_every_area(&root).await;
    let tables = root
        .query_selector_all("input.switch-input.chart-show-table")
        .unwrap();
    assert!(tables.length() > 5, "every chart's table switch");
    for i in 0..tables.length() {
        tables
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .click();
    }
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
    let mut v: serde_json::Value = serde_json::from_str(MADE_UP_NL).expect("JSON");
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

/// The id contract (src/ids.rs): with every area open, each id on the page
/// is unique, and is a bundle id, a reserved id, one derived from a bundle
/// id, or the app's own (`resultaten-…`: a switch's radio buttons, an
/// "Insluiten"). Both made-up bundles, which hold every kind of thing an id
/// is derived from (a breakdown, the spending, every chart kind).
#[wasm_bindgen_test]
async fn every_id_on_the_page_is_unique_and_from_the_contract() {
    for text in [MADE_UP_NL, MADE_UP_EN] {
        let b = Arc::new(bundle::parse(text).expect("the made-up bundle validates"));
        let (root, _page) = mount_page(b.clone()).await;
        open_every_area(&root).await;
        let list = root.query_selector_all("[id]").unwrap();
        let ids: Vec<String> = (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.unchecked_into::<web_sys::Element>().id())
            .collect();
        for derived in [
            "gebied-een-panel",
            "chart-deelnemers-breakdown",
            "chart-spending",
            "resultaten-uitgelicht-2",
            "resultaten-chart-verzonnen-effect-2",
        ] {
            assert!(ids.iter().any(|id| id == derived), "{derived}: {ids:?}");
        }
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
