//! The messages of every kind of problem, each said by the domain that
//! owns it (the reading, the bundle's and the catalog's rules, the
//! translation check, the series, the editors' check's own), through the
//! editors' check (`resultaten::check::Kind`): in both languages, each
//! says something, in its own language, with its values filled in;
//! allowed values carry the page's labels and a close value becomes a
//! suggestion. The visitors' error details say the same, in the page's
//! language.
//!
//! `index` has no wildcard arm, so a new kind does not compile until it
//! is listed there; the test then fails until `examples` holds one.

use leptos::prelude::*;
use resultaten::address::PathFault;
use resultaten::bundle::{self, Near, Rule};
use resultaten::catalog;
use resultaten::check::messages::{label, text};
use resultaten::check::{File, FileKind, Kind};
use resultaten::components::ErrorView;
use resultaten::dom::load::LoadError;
use resultaten::i18n::Lang;
use resultaten::json::{self, Expected, Found, NotJson};
use resultaten::series::UnitChanged;
use resultaten::translation::{Compared, Mismatch};
use resultaten::words::{Message, Say};

fn index(kind: &Kind) -> usize {
    match kind {
        Kind::Reading(k) => match k {
            json::Kind::VersionMissing => 0,
            json::Kind::VersionNotText { .. } => 1,
            json::Kind::VersionNotVersion { .. } => 2,
            json::Kind::VersionUnsupported { .. } => 3,
            json::Kind::TooLarge { .. } => 4,
            json::Kind::NotJson(_) => 5,
            json::Kind::WrongType { .. } => 6,
            json::Kind::UnknownValue { .. } => 7,
            json::Kind::MissingField { .. } => 8,
            json::Kind::FieldTwice { .. } => 9,
            json::Kind::UnknownField { .. } => 10,
            json::Kind::NewerField { .. } => 11,
            json::Kind::Unreadable => 12,
            json::Kind::MoreMayFollow => 13,
        },
        Kind::Bundle(k) => match k {
            Rule::IdCharacters { .. } => 14,
            Rule::IdReserved { .. } => 15,
            Rule::IdOfOwnChart { .. } => 16,
            Rule::IdAppPrefix { .. } => 17,
            Rule::IdDerived { .. } => 18,
            Rule::IdTwice { .. } => 19,
            Rule::NotFinite => 20,
            Rule::Negative { .. } => 21,
            Rule::UnsafeLink { .. } => 22,
            Rule::UnsafeMedia { .. } => 23,
            Rule::Empty => 24,
            Rule::EmptyList => 25,
            Rule::NotLanguageTag { .. } => 26,
            Rule::PhotoWithoutAlt => 27,
            Rule::TooFewPoints { .. } => 28,
            Rule::SeriesCharacters { .. } => 29,
            Rule::SeriesTwice { .. } => 30,
            Rule::NotSiteLanguage { .. } => 31,
            Rule::PlaceholderOnce => 32,
            Rule::NoSuchIndicator { .. } => 33,
            Rule::AnchorEmpty => 34,
            Rule::AnchorNowhere { .. } => 35,
        },
        Kind::Catalog(k) => match k {
            catalog::Rule::NoBundles => 36,
            catalog::Rule::ThemeIdCharacters { .. } => 37,
            catalog::Rule::YearOutOfRange { .. } => 38,
            catalog::Rule::NotSiteLanguage { .. } => 39,
            catalog::Rule::Empty => 40,
            catalog::Rule::UnsafePath { .. } => 41,
            catalog::Rule::ListedTwice { .. } => 42,
        },
        Kind::Translation(k) => match k {
            Mismatch::OnlyIn { .. } => 43,
            Mismatch::Differs { .. } => 44,
            Mismatch::NotCompared { .. } => 45,
        },
        Kind::Series(UnitChanged { .. }) => 46,
        Kind::File(k) => match k {
            File::NotText(_) => 47,
            File::NotUtf8 => 48,
            File::IsCatalog => 49,
            File::Unreadable => 50,
            File::NoBundleFile { .. } => 51,
            File::CatalogDiffers { .. } => 52,
        },
    }
}
const KINDS: usize = 53;

fn s(text: &str) -> String {
    text.to_string()
}

fn statuses() -> Vec<String> {
    ["on_track", "partly_on_track", "off_track", "no_data"]
        .map(s)
        .to_vec()
}

/// One or more examples of every kind of the reading, with every variant
/// of the enums inside them, each with the path it would have.
fn reading_examples() -> Vec<(json::Kind, &'static str)> {
    use json::Kind as K;
    let wrong = |found, expected| K::WrongType { found, expected };
    let mut all = vec![
        (K::VersionMissing, "schema_version"),
        (K::VersionNotText { found: s("1.1") }, "schema_version"),
        (
            K::VersionNotVersion {
                found: s("nieuw"),
                major: 1,
            },
            "schema_version",
        ),
        (
            K::VersionUnsupported {
                found: s("2.0"),
                major: 1,
            },
            "schema_version",
        ),
        (
            K::TooLarge {
                bytes: 30 << 20,
                limit: 20 << 20,
            },
            "",
        ),
        (
            wrong(Found::Text(s("12.500")), Expected::Number),
            "result_areas[0].indicators[1].value.value",
        ),
        (
            wrong(Found::Text(s("2019")), Expected::WholeNumber),
            "theme.year",
        ),
        (wrong(Found::Number(s("7")), Expected::Text), "theme.title"),
        (
            wrong(Found::Null, Expected::YesNo),
            "introduction[0].ordered",
        ),
        (wrong(Found::Object, Expected::List), "highlights"),
        (wrong(Found::List, Expected::Object), "theme"),
        (
            wrong(Found::YesNo(true), Expected::TypedObject),
            "introduction[0]",
        ),
        (
            wrong(Found::Number(s("1")), Expected::OneOf(statuses())),
            "result_areas[0].indicators[0].status",
        ),
        (wrong(Found::Other, Expected::Unknown), "theme"),
        (
            K::UnknownValue {
                found: s("on_trak"),
                allowed: statuses(),
                near: Some(s("on_track")),
            },
            "result_areas[0].indicators[0].status",
        ),
        (
            K::UnknownValue {
                found: s("gehaald"),
                allowed: statuses(),
                near: None,
            },
            "result_areas[0].indicators[0].status",
        ),
        (
            K::MissingField { field: s("title") },
            "result_areas[1].indicators[1]",
        ),
        (K::FieldTwice { field: s("title") }, "theme"),
        (
            K::UnknownField {
                field: s("previuos"),
                known: &["previous", "period"],
                near: Some(s("previous")),
            },
            "result_areas[0].indicators[0].previuos",
        ),
        (
            K::UnknownField {
                field: s("opmerking"),
                known: &["previous", "period"],
                near: None,
            },
            "result_areas[0].indicators[0].opmerking",
        ),
        (
            K::NewerField {
                field: s("kleur"),
                known_fields: &["title"],
                near: None,
                versions: Box::new(json::Versions {
                    found: s("1.5"),
                    known: s("1.2"),
                }),
            },
            "theme.kleur",
        ),
        (
            K::NewerField {
                field: s("titel"),
                known_fields: &["title"],
                near: Some(s("title")),
                versions: Box::new(json::Versions {
                    found: s("1.5"),
                    known: s("1.2"),
                }),
            },
            "theme.titel",
        ),
        (K::Unreadable, "theme"),
        (K::MoreMayFollow, ""),
    ];
    for how in [
        NotJson::Empty,
        NotJson::List,
        NotJson::Html,
        NotJson::CutOff,
        NotJson::FieldNameUnquoted,
        NotJson::TrailingComma,
        NotJson::ExpectedCommaOrEnd,
        NotJson::ExpectedColon,
        NotJson::ExpectedValue,
        NotJson::BadNumber,
        NotJson::ControlCharacter,
        NotJson::BadEscape,
        NotJson::NotObject,
        NotJson::TrailingText,
        NotJson::TooDeep,
    ] {
        all.push((K::NotJson(how), ""));
    }
    all
}

fn bundle_examples() -> Vec<(Rule, &'static str)> {
    let near = |line| Near {
        id: s("toegang-tot-onderwijs"),
        line,
        here: Some(17),
    };
    vec![
        (
            Rule::IdCharacters { id: s("gebied 1") },
            "result_areas[0].id",
        ),
        (Rule::IdReserved { id: s("main") }, "result_areas[0].id"),
        (
            Rule::IdOfOwnChart {
                id: s("highlights"),
                chart: s("chart-highlights"),
            },
            "result_areas[0].id",
        ),
        (
            Rule::IdAppPrefix {
                id: s("resultaten-x"),
                prefix: "resultaten-",
            },
            "result_areas[0].id",
        ),
        (
            Rule::IdDerived {
                id: s("x-panel"),
                prefixes: &["chart-"],
                suffixes: &["-panel", "-table"],
            },
            "result_areas[0].id",
        ),
        (Rule::IdTwice { id: s("gebied-1") }, "result_areas[1].id"),
        (Rule::NotFinite, "highlights[0].value"),
        (
            Rule::Negative { value: -5.0 },
            "result_areas[1].indicators[0].value.value",
        ),
        (
            Rule::UnsafeLink {
                address: s("javascript:alert(1)"),
            },
            "resources[0].href",
        ),
        (
            Rule::UnsafeMedia {
                address: s("data:image/png,x"),
            },
            "projects[0].media.src",
        ),
        (Rule::Empty, "theme.title"),
        (Rule::EmptyList, "intro[0].items"),
        (
            Rule::NotLanguageTag { tag: s("engels") },
            "introduction[0].content[0].lang",
        ),
        (Rule::PhotoWithoutAlt, "projects[0].media"),
        (
            Rule::TooFewPoints {
                kind: "comparison",
                min: 2,
            },
            "figures[0].points",
        ),
        (
            Rule::SeriesCharacters { key: s("reeks 1") },
            "result_areas[0].indicators[0].series",
        ),
        (
            Rule::SeriesTwice { key: s("reeks-1") },
            "result_areas[0].indicators[1].series",
        ),
        (Rule::NotSiteLanguage { found: s("fr") }, "theme.language"),
        (Rule::PlaceholderOnce, "highlights[0].text"),
        (
            Rule::NoSuchIndicator {
                id: s("toegang-tot-ondewijs"),
                near: Some(near(Some(80))),
            },
            "highlights[0].indicator",
        ),
        (
            Rule::NoSuchIndicator {
                id: s("toegang-tot-ondewijs"),
                near: Some(near(None)),
            },
            "highlights[0].indicator",
        ),
        (
            Rule::NoSuchIndicator {
                id: s("bestaat-niet"),
                near: None,
            },
            "highlights[0].indicator",
        ),
        (Rule::AnchorEmpty, "intro[0].content[1].href"),
        (
            Rule::AnchorNowhere {
                target: s("gebied-l"),
                near: Some(near(Some(80))),
            },
            "intro[0].content[1].href",
        ),
        (
            Rule::AnchorNowhere {
                target: s("gebied-l"),
                near: None,
            },
            "intro[0].content[1].href",
        ),
    ]
}

fn catalog_examples() -> Vec<(catalog::Rule, &'static str)> {
    use catalog::Rule as C;
    let mut all = vec![
        (C::NoBundles, "bundles"),
        (C::ThemeIdCharacters { id: s("Opvang") }, "bundles[0].theme"),
        (C::YearOutOfRange { year: 1890 }, "bundles[0].year"),
        (C::NotSiteLanguage { found: s("fr") }, "bundles[0].language"),
        (C::Empty, "bundles[0].title"),
        (
            C::ListedTwice {
                theme: s("opvang"),
                year: 2019,
                language: s("nl"),
                first: 0,
            },
            "bundles[1]",
        ),
    ];
    for fault in [
        PathFault::Empty,
        PathFault::ControlCharacter,
        PathFault::Backslash,
        PathFault::Scheme,
        PathFault::DoubleSlash,
        PathFault::DotDot,
        PathFault::Percent,
        PathFault::Space,
        PathFault::Absolute,
        PathFault::NotJson,
    ] {
        all.push((
            C::UnsafePath {
                path: s("../x.json"),
                fault,
            },
            "bundles[0].path",
        ));
    }
    all
}

fn translation_examples() -> Vec<(Mismatch, &'static str)> {
    let mut all = vec![
        (
            Mismatch::OnlyIn {
                lang: Lang::Nl,
                not_in: Lang::En,
            },
            "resources[2]",
        ),
        (
            Mismatch::OnlyIn {
                lang: Lang::En,
                not_in: Lang::Nl,
            },
            "resources[2]",
        ),
        (
            Mismatch::NotCompared {
                with_problems: Lang::Nl,
            },
            "",
        ),
        (
            Mismatch::NotCompared {
                with_problems: Lang::En,
            },
            "",
        ),
    ];
    for (what, values) in [
        (Compared::Items, [s("3"), s("4")]),
        (Compared::Number, [s("2873"), s("2837")]),
        (Compared::YesNo, [s("true"), s("false")]),
        (Compared::Id, [s("a"), s("b")]),
        (Compared::InPageLink, [s("#a"), s("#b")]),
        (Compared::Fixed, [s("on_track"), s("off_track")]),
        (Compared::Type, [s("string"), s("number")]),
        (Compared::TextNumbers, [s("12, 5"), s("12")]),
    ] {
        let langs = [Lang::Nl, Lang::En];
        all.push((
            Mismatch::Differs {
                what,
                values,
                langs,
            },
            "highlights[0].value",
        ));
    }
    all
}

fn file_examples() -> Vec<(File, &'static str)> {
    let mut all = vec![
        (File::NotUtf8, ""),
        (File::IsCatalog, ""),
        (File::Unreadable, ""),
        (
            File::NoBundleFile {
                file: s("2020/nl/t.json"),
            },
            "bundles[2].path",
        ),
        (
            File::CatalogDiffers {
                file: s("2019/en/t.json"),
                fields: vec![
                    ("title", s("\"A\""), s("\"B\"")),
                    ("year", s("2019"), s("2020")),
                ],
            },
            "bundles[1]",
        ),
    ];
    for what in [
        FileKind::Png,
        FileKind::Jpeg,
        FileKind::Gif,
        FileKind::Pdf,
        FileKind::Zip,
        FileKind::OldOffice,
        FileKind::Utf16,
    ] {
        all.push((File::NotText(what), ""));
    }
    all
}

/// Every example of every domain, as the check collects them.
fn examples() -> Vec<(Kind, &'static str)> {
    let series = UnitChanged {
        key: s("getrainde-medewerkers"),
        year: 2020,
        now: s("(unit \"organisaties\", measure \"count\")"),
        other_year: 2019,
        before: s("(unit \"medewerkers\", measure \"count\")"),
    };
    let mut all: Vec<(Kind, &str)> = Vec::new();
    all.extend(
        reading_examples()
            .into_iter()
            .map(|(k, p)| (Kind::Reading(k), p)),
    );
    all.extend(
        bundle_examples()
            .into_iter()
            .map(|(k, p)| (Kind::Bundle(k), p)),
    );
    all.extend(
        catalog_examples()
            .into_iter()
            .map(|(k, p)| (Kind::Catalog(k), p)),
    );
    all.extend(
        translation_examples()
            .into_iter()
            .map(|(k, p)| (Kind::Translation(k), p)),
    );
    all.push((Kind::Series(series), "result_areas[1].indicators[0].series"));
    all.extend(file_examples().into_iter().map(|(k, p)| (Kind::File(k), p)));
    all
}

/// Words only English uses, and words only Dutch uses, as they appear in
/// messages. Values between backticks or quotes are the editor's own and
/// are left out before looking.
const ENGLISH: &[&str] = &[
    "the",
    "not",
    "must",
    "with",
    "and",
    "or",
    "this",
    "here",
    "there",
    "file",
    "value",
    "missing",
    "field",
    "choose",
    "from",
    "use",
    "an",
    "which",
    "than",
    "only",
    "one",
    "did",
    "you",
    "mean",
    "page",
    "number",
    "text",
    "belongs",
    "expected",
    "should",
    "known",
    "knows",
    "list",
    "needs",
    "empty",
    "twice",
    "more",
    "problems",
    "solve",
    "translation",
    "compared",
    "such",
    "quotes",
    "address",
    "allowed",
    "it",
    "be",
    "write",
    "instead",
    "chart",
    "at",
    "least",
    "points",
];
const DUTCH: &[&str] = &[
    "het",
    "de",
    "een",
    "niet",
    "moet",
    "kies",
    "bedoelde",
    "hier",
    "bestand",
    "veld",
    "getal",
    "waarde",
    "en",
    "geen",
    "zijn",
    "heeft",
    "staat",
    "tekst",
    "bundel",
    "adres",
    "leeg",
    "uit",
    "maar",
    "gebruik",
    "pagina",
    "lijst",
    "ontbreekt",
    "vertaling",
];

/// The words of a message outside what is quoted from the file.
fn own_words(message: &str) -> Vec<String> {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut before = ' ';
    // `{value}` is what editors write in a highlight's text.
    for c in message.replace("{value}", "").chars() {
        match (quote, c) {
            // 'x' quotes only after a space: "page's" is a word.
            (None, '`' | '"') => quote = Some(c),
            (None, '\'') if !before.is_alphanumeric() => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) => out.push(c),
            _ => {}
        }
        before = c;
    }
    out.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1)
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// Every kind's Dutch and English are there, differ, and keep to their
/// language; no placeholder is left unfilled.
#[test]
fn every_kind_is_said_in_both_languages() {
    let examples = examples();
    let mut seen = [false; KINDS];
    for (kind, path) in &examples {
        seen[index(kind)] = true;
        let title = |lang| kind.title(Say::new(lang, label));
        for (nl, en) in [
            (text(kind, path, Lang::Nl), text(kind, path, Lang::En)),
            (title(Lang::Nl), title(Lang::En)),
        ] {
            said_in_both(kind, &nl, &en);
        }
    }
    let missing: Vec<usize> = (0..KINDS).filter(|i| !seen[*i]).collect();
    assert!(missing.is_empty(), "kinds without an example: {missing:?}");
}

/// Both there, different, each in its own language, nothing left unfilled.
fn said_in_both(kind: &Kind, nl: &str, en: &str) {
    {
        assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{kind:?}");
        assert_ne!(nl, en, "{kind:?}");
        for message in [nl, en] {
            assert!(
                !message.contains("{}") && !message.contains("Some(") && !message.contains("None"),
                "{message}"
            );
            // Braces: `{value}`, which editors write in a highlight, and
            // "{ … }" for an object; a name in braces is a placeholder left.
            let without = message.replace("{value}", "").replace("{ ", "");
            assert!(!without.contains('{'), "{message}");
        }
        let english_in_dutch: Vec<String> = own_words(nl)
            .into_iter()
            .filter(|w| ENGLISH.contains(&w.as_str()))
            .collect();
        assert!(
            english_in_dutch.is_empty(),
            "English {english_in_dutch:?} in: {nl}"
        );
        let dutch_in_english: Vec<String> = own_words(en)
            .into_iter()
            .filter(|w| DUTCH.contains(&w.as_str()))
            .collect();
        assert!(
            dutch_in_english.is_empty(),
            "Dutch {dutch_in_english:?} in: {en}"
        );
    }
}

/// The word test above can fail: it finds English in a Dutch sentence and
/// Dutch in an English one, and leaves quoted values alone.
#[test]
fn the_word_test_finds_the_other_language() {
    let words = own_words("het veld `the title` is missing");
    assert!(words.iter().any(|w| w == "missing"));
    assert!(!words.iter().any(|w| w == "the" || w == "title"));
    assert!(own_words("the field is leeg")
        .iter()
        .any(|w| DUTCH.contains(&w.as_str())));
}

/// An allowed value is named with what the page shows for it, in the
/// page's language.
#[test]
fn allowed_values_carry_the_page_s_labels() {
    let kind = Kind::Reading(json::Kind::UnknownValue {
        found: s("done"),
        allowed: statuses(),
        near: None,
    });
    let path = "result_areas[0].indicators[0].status";
    assert_eq!(
        text(&kind, path, Lang::Nl),
        "`done` kent de bundel hier niet: kies uit `on_track` (Op schema), `partly_on_track` (Deels op schema), \
         `off_track` (Niet op schema) of `no_data` (Geen gegevens)"
    );
    assert_eq!(
        text(&kind, path, Lang::En),
        "`done` is not a value the bundle knows here: choose from `on_track` (On track), `partly_on_track` \
         (Partly on track), `off_track` (Off track) or `no_data` (No data)"
    );
    // The same words elsewhere are named by the field they are in.
    assert_eq!(label("on_track", "status", Lang::Nl), Some("Op schema"));
    assert_eq!(label("on_track", "title", Lang::Nl), None);
    assert_eq!(label("bars", "kind", Lang::Nl), Some("staven"));
}

/// A close value becomes "bedoelde u …?" / "did you mean …?", with its
/// label where it has one; no close value, no question.
#[test]
fn a_close_value_becomes_a_suggestion() {
    let kind = Kind::Reading(json::Kind::UnknownValue {
        found: s("on_trak"),
        allowed: vec![s("on_track"), s("off_track")],
        near: Some(s("on_track")),
    });
    let path = "result_areas[0].indicators[0].status";
    assert!(text(&kind, path, Lang::Nl).ends_with("; bedoelde u `on_track` (Op schema)?"));
    assert!(text(&kind, path, Lang::En).ends_with("; did you mean `on_track` (On track)?"));
    let field = Kind::Reading(json::Kind::UnknownField {
        field: s("previuos"),
        known: &["previous"],
        near: Some(s("previous")),
    });
    let path = "result_areas[0].indicators[0].previuos";
    assert!(text(&field, path, Lang::Nl).ends_with("; bedoelde u `previous`?"));
    assert!(text(&field, path, Lang::En).ends_with("; did you mean `previous`?"));
    let id = Kind::Bundle(Rule::NoSuchIndicator {
        id: s("vrijwilige-terugkeer"),
        near: Some(Near {
            id: s("vrijwillige-terugkeer"),
            line: None,
            here: None,
        }),
    });
    assert_eq!(
        text(&id, "highlights[0].indicator", Lang::Nl),
        "geen indicator heeft het id `vrijwilige-terugkeer`; bedoelde u `vrijwillige-terugkeer`?"
    );
    let none = Kind::Bundle(Rule::NoSuchIndicator {
        id: s("bestaat-niet"),
        near: None,
    });
    assert!(!text(&none, "highlights[0].indicator", Lang::Nl).contains('?'));
}

/// A close id at a known line names both lines, and says that shared
/// links use the old id.
#[test]
fn a_close_id_names_both_lines() {
    let id = Kind::Bundle(Rule::NoSuchIndicator {
        id: s("geestelijke-gezondheid"),
        near: Some(Near {
            id: s("geestelijke-gezondheit"),
            line: Some(315),
            here: Some(17),
        }),
    });
    let nl = text(&id, "highlights[0].indicator", Lang::Nl);
    assert!(
        nl.contains("(regel 17)") && nl.contains("regel 315 heeft het id `geestelijke-gezondheit`"),
        "{nl}"
    );
    assert!(
        nl.contains("staat er een tikfout in de id op regel 315?"),
        "{nl}"
    );
    assert!(
        nl.contains("Links die lezers al delen gebruiken het oude id"),
        "{nl}"
    );
    let en = text(&id, "highlights[0].indicator", Lang::En);
    assert!(
        en.contains("(line 17)") && en.contains("is there a typo in the id on line 315?"),
        "{en}"
    );
    assert!(
        en.contains("Links readers have already shared use the old id"),
        "{en}"
    );
}

/// Numbers are written as the language writes them.
#[test]
fn sizes_use_the_language_s_decimal_sign() {
    let kind = Kind::Reading(json::Kind::TooLarge {
        bytes: 30 << 20,
        limit: 20 << 20,
    });
    assert!(
        text(&kind, "", Lang::Nl).contains("30,0 MB"),
        "{}",
        text(&kind, "", Lang::Nl)
    );
    assert!(text(&kind, "", Lang::En).contains("30.0 MB"));
}

/// The visitors' error page, rendered as the app renders it: its
/// "Technische details voor de redactie" in the page's language, each
/// problem in the words the editors' check uses.
fn details_shown(error: LoadError, lang: Lang) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        view! {
            <ErrorView error=error url="data/x.json".to_string() lang=lang on_retry=Callback::new(|_| {}) />
        }
        .to_html()
    });
    let start = html.find("<pre>").expect("the details") + 5;
    let end = html[start..].find("</pre>").expect("their end") + start;
    // Leptos marks where text nodes meet; the rest is escaped HTML.
    html[start..end]
        .replace("<!>", "")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A MADE-UP bundle, broken twice: an unsafe address and a count below
/// zero, two rules of the bundle.
fn two_broken_rules() -> LoadError {
    let mut b: serde_json::Value = serde_json::from_str(include_str!(
        "../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json"
    ))
    .expect("JSON");
    b["resources"][0]["href"] = "javascript:alert(1)".into();
    b["highlights"][0]["value"] = (-5).into();
    let e = bundle::parse(&b.to_string()).expect_err("refused");
    LoadError::Bundle(std::sync::Arc::new(e))
}

#[test]
fn the_visitors_details_are_in_the_page_s_language() {
    let nl = details_shown(two_broken_rules(), Lang::Nl);
    assert_eq!(
        nl,
        "data/x.json: 2 problemen:\n  resources[0].href: onveilig adres `javascript:alert(1)`\n  \
         highlights[0].value: negatief aantal `-5`\n\
         Kies het bestand op de redactiepagina (?check): die legt elk probleem uit."
    );
    let en = details_shown(two_broken_rules(), Lang::En);
    assert_eq!(
        en,
        "data/x.json: 2 problems:\n  resources[0].href: unsafe address `javascript:alert(1)`\n  \
         highlights[0].value: negative count `-5`\n\
         Choose the file on the editors' page (?check), which explains each problem."
    );
    // A reading error, and a failed request, in Dutch too.
    let unknown = bundle::parse(
        r#"{"schema_version": "1.2", "theme": {"id": "t", "titel": "T", "title": "T", "year": 2019, "language": "nl"}}"#,
    )
    .expect_err("an unknown field");
    let nl = details_shown(LoadError::Bundle(std::sync::Arc::new(unknown)), Lang::Nl);
    assert!(
        nl.starts_with("data/x.json: regel 1, kolom 57, bij theme.titel: onbekend veld `titel`"),
        "{nl}"
    );
    let nl = details_shown(LoadError::Timeout, Lang::Nl);
    assert_eq!(nl, "GET data/x.json: geen antwoord binnen 20 s; afgebroken");
}
