//! The editors' message table (`resultaten::check::messages`): every
//! problem kind, in both languages, says something, in its own language,
//! with its values filled in; allowed values carry the page's labels and a
//! close value becomes a suggestion.
//!
//! `index` has no wildcard arm, so a new kind does not compile until it
//! is listed there; the test then fails until `examples` holds one.

use resultaten::address::PathFault;
use resultaten::check::messages::{label, text};
use resultaten::i18n::Lang;
use resultaten::json::{Compared, Expected, FileKind, Kind, NotJson};

fn index(kind: &Kind) -> usize {
    match kind {
        Kind::VersionMissing => 0,
        Kind::VersionNotText { .. } => 1,
        Kind::VersionNotVersion { .. } => 2,
        Kind::VersionUnsupported { .. } => 3,
        Kind::TooLarge { .. } => 4,
        Kind::NotJson(_) => 5,
        Kind::WrongType { .. } => 6,
        Kind::UnknownValue { .. } => 7,
        Kind::MissingField { .. } => 8,
        Kind::FieldTwice { .. } => 9,
        Kind::Reading(_) => 10,
        Kind::MoreMayFollow => 11,
        Kind::IdCharacters { .. } => 12,
        Kind::IdReserved { .. } => 13,
        Kind::IdOfOwnChart { .. } => 14,
        Kind::IdAppPrefix { .. } => 15,
        Kind::IdDerived { .. } => 16,
        Kind::IdTwice { .. } => 17,
        Kind::NotFinite => 18,
        Kind::Negative { .. } => 19,
        Kind::UnsafeLink { .. } => 20,
        Kind::UnsafeMedia { .. } => 21,
        Kind::Empty => 22,
        Kind::EmptyList => 23,
        Kind::NotLanguageTag { .. } => 24,
        Kind::PhotoWithoutAlt => 25,
        Kind::TooFewPoints { .. } => 26,
        Kind::SeriesCharacters { .. } => 27,
        Kind::SeriesTwice { .. } => 28,
        Kind::NotSiteLanguage { .. } => 29,
        Kind::PlaceholderOnce => 30,
        Kind::NoSuchIndicator { .. } => 31,
        Kind::AnchorEmpty => 32,
        Kind::AnchorNowhere { .. } => 33,
        Kind::NoBundles => 34,
        Kind::ThemeIdCharacters { .. } => 35,
        Kind::YearOutOfRange { .. } => 36,
        Kind::UnsafePath { .. } => 37,
        Kind::ListedTwice { .. } => 38,
        Kind::NotText(_) => 39,
        Kind::NotUtf8 => 40,
        Kind::IsCatalog => 41,
        Kind::Unreadable => 42,
        Kind::OnlyIn { .. } => 43,
        Kind::Differs { .. } => 44,
        Kind::NotCompared { .. } => 45,
        Kind::NoBundleFile { .. } => 46,
        Kind::CatalogDiffers { .. } => 47,
        Kind::SeriesChangesUnit { .. } => 48,
    }
}
const KINDS: usize = 49;

fn s(text: &str) -> String {
    text.to_string()
}

/// One or more examples of every kind, with every variant of the enums
/// inside them, each with the path it would have.
fn examples() -> Vec<(Kind, &'static str)> {
    let statuses = vec![
        s("on_track"),
        s("partly_on_track"),
        s("off_track"),
        s("no_data"),
    ];
    let mut all = vec![
        (Kind::VersionMissing, "schema_version"),
        (Kind::VersionNotText { found: s("1.1") }, "schema_version"),
        (
            Kind::VersionNotVersion {
                found: s("nieuw"),
                major: 1,
            },
            "schema_version",
        ),
        (
            Kind::VersionUnsupported {
                found: s("2.0"),
                major: 1,
            },
            "schema_version",
        ),
        (
            Kind::TooLarge {
                bytes: 30 << 20,
                limit: 20 << 20,
            },
            "",
        ),
        (
            Kind::WrongType {
                found: s("string \"12.500\""),
                expected: Expected::Number,
            },
            "result_areas[0].indicators[1].value.value",
        ),
        (
            Kind::WrongType {
                found: s("string \"2019\""),
                expected: Expected::WholeNumber,
            },
            "theme.year",
        ),
        (
            Kind::WrongType {
                found: s("integer `7`"),
                expected: Expected::Text,
            },
            "theme.title",
        ),
        (
            Kind::WrongType {
                found: s("null"),
                expected: Expected::YesNo,
            },
            "embed",
        ),
        (
            Kind::WrongType {
                found: s("map"),
                expected: Expected::List,
            },
            "highlights",
        ),
        (
            Kind::WrongType {
                found: s("sequence"),
                expected: Expected::Object,
            },
            "theme",
        ),
        (
            Kind::WrongType {
                found: s("boolean `true`"),
                expected: Expected::TypedObject,
            },
            "intro[0]",
        ),
        (
            Kind::WrongType {
                found: s("integer `1`"),
                expected: Expected::OneOf(statuses.clone()),
            },
            "result_areas[0].indicators[0].status",
        ),
        (
            Kind::UnknownValue {
                found: s("on_trak"),
                allowed: statuses.clone(),
                near: Some(s("on_track")),
            },
            "result_areas[0].indicators[0].status",
        ),
        (
            Kind::UnknownValue {
                found: s("gehaald"),
                allowed: statuses,
                near: None,
            },
            "result_areas[0].indicators[0].status",
        ),
        (
            Kind::MissingField {
                field: s("title"),
                near: Some(s("titel")),
            },
            "result_areas[1].indicators[1]",
        ),
        (
            Kind::MissingField {
                field: s("title"),
                near: None,
            },
            "result_areas[1].indicators[1]",
        ),
        (Kind::FieldTwice { field: s("title") }, "theme"),
        (Kind::Reading(s("recursion limit exceeded")), ""),
        (Kind::MoreMayFollow, ""),
        (
            Kind::IdCharacters { id: s("gebied 1") },
            "result_areas[0].id",
        ),
        (Kind::IdReserved { id: s("main") }, "result_areas[0].id"),
        (
            Kind::IdOfOwnChart {
                id: s("highlights"),
                chart: s("chart-highlights"),
            },
            "result_areas[0].id",
        ),
        (
            Kind::IdAppPrefix {
                id: s("resultaten-x"),
                prefix: "resultaten-",
            },
            "result_areas[0].id",
        ),
        (
            Kind::IdDerived {
                id: s("x-panel"),
                prefixes: &["chart-"],
                suffixes: &["-panel", "-table"],
            },
            "result_areas[0].id",
        ),
        (Kind::IdTwice { id: s("gebied-1") }, "result_areas[1].id"),
        (Kind::NotFinite, "highlights[0].value"),
        (
            Kind::Negative { value: -5.0 },
            "result_areas[1].indicators[0].value.value",
        ),
        (
            Kind::UnsafeLink {
                address: s("javascript:alert(1)"),
            },
            "resources[0].href",
        ),
        (
            Kind::UnsafeMedia {
                address: s("data:image/png,x"),
            },
            "projects[0].media.src",
        ),
        (Kind::Empty, "theme.title"),
        (Kind::EmptyList, "intro[0].items"),
        (
            Kind::NotLanguageTag { tag: s("engels") },
            "resources[0].hreflang",
        ),
        (Kind::PhotoWithoutAlt, "projects[0].media"),
        (
            Kind::TooFewPoints {
                kind: "comparison",
                min: 2,
            },
            "figures[0].points",
        ),
        (
            Kind::SeriesCharacters { key: s("reeks 1") },
            "result_areas[0].indicators[0].series",
        ),
        (
            Kind::SeriesTwice { key: s("reeks-1") },
            "result_areas[0].indicators[1].series",
        ),
        (Kind::NotSiteLanguage { found: s("fr") }, "theme.language"),
        (Kind::PlaceholderOnce, "highlights[0].text"),
        (
            Kind::NoSuchIndicator {
                id: s("vrijwilige-terugkeer"),
                near: Some(s("vrijwillige-terugkeer")),
            },
            "highlights[0].indicator",
        ),
        (
            Kind::NoSuchIndicator {
                id: s("bestaat-niet"),
                near: None,
            },
            "highlights[0].indicator",
        ),
        (Kind::AnchorEmpty, "intro[0].content[1].href"),
        (
            Kind::AnchorNowhere {
                target: s("gebied-l"),
                near: Some(s("gebied-1")),
            },
            "intro[0].content[1].href",
        ),
        (Kind::NoBundles, "bundles"),
        (
            Kind::ThemeIdCharacters { id: s("Opvang") },
            "bundles[0].theme",
        ),
        (Kind::YearOutOfRange { year: 1890 }, "bundles[0].year"),
        (
            Kind::ListedTwice {
                theme: s("opvang"),
                year: 2019,
                language: s("nl"),
                first: 0,
            },
            "bundles[1]",
        ),
        (Kind::NotUtf8, ""),
        (Kind::IsCatalog, ""),
        (Kind::Unreadable, ""),
        (
            Kind::OnlyIn {
                lang: Lang::Nl,
                not_in: Lang::En,
            },
            "resources[2]",
        ),
        (
            Kind::OnlyIn {
                lang: Lang::En,
                not_in: Lang::Nl,
            },
            "resources[2]",
        ),
        (
            Kind::NotCompared {
                with_problems: Lang::Nl,
            },
            "",
        ),
        (
            Kind::NotCompared {
                with_problems: Lang::En,
            },
            "",
        ),
        (
            Kind::NoBundleFile {
                file: s("2020/nl/t.json"),
            },
            "bundles[2].path",
        ),
        (
            Kind::CatalogDiffers {
                file: s("2019/en/t.json"),
                fields: vec![
                    ("title", s("\"A\""), s("\"B\"")),
                    ("year", s("2019"), s("2020")),
                ],
            },
            "bundles[1]",
        ),
        (
            Kind::SeriesChangesUnit {
                key: s("getrainde-medewerkers"),
                year: 2020,
                now: s("(unit \"organisaties\", measure \"count\")"),
                other_year: 2019,
                before: s("(unit \"medewerkers\", measure \"count\")"),
            },
            "result_areas[1].indicators[0].series",
        ),
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
        NotJson::Other(s("EOF while parsing")),
    ] {
        all.push((Kind::NotJson(how), ""));
    }
    for what in [
        FileKind::Png,
        FileKind::Jpeg,
        FileKind::Gif,
        FileKind::Pdf,
        FileKind::Zip,
        FileKind::OldOffice,
        FileKind::Utf16,
    ] {
        all.push((Kind::NotText(what), ""));
    }
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
            Kind::UnsafePath {
                path: s("../x.json"),
                fault,
            },
            "bundles[0].path",
        ));
    }
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
        all.push((
            Kind::Differs {
                what,
                values,
                langs: [Lang::Nl, Lang::En],
            },
            "highlights[0].value",
        ));
    }
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

/// The table's Dutch and English for every kind are there, differ, and
/// keep to their language; no placeholder is left unfilled.
#[test]
fn every_kind_is_said_in_both_languages() {
    let examples = examples();
    let mut seen = [false; KINDS];
    for (kind, path) in &examples {
        seen[index(kind)] = true;
        let nl = text(kind, path, Lang::Nl);
        let en = text(kind, path, Lang::En);
        assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{kind:?}");
        assert_ne!(nl, en, "{kind:?}");
        for message in [&nl, &en] {
            assert!(
                !message.contains("{}") && !message.contains("Some(") && !message.contains("None"),
                "{message}"
            );
            // Braces: `{value}`, which editors write in a highlight, and
            // "{ … }" for an object; a name in braces is a placeholder left.
            let without = message.replace("{value}", "").replace("{ ", "");
            assert!(!without.contains('{'), "{message}");
        }
        // Serde's own words are English; the examples that quote them
        // (Reading, NotJson::Other) are checked for their frame only.
        let quotes_the_reading =
            matches!(kind, Kind::Reading(_) | Kind::NotJson(NotJson::Other(_)));
        let nl_words = own_words(&nl);
        let en_words = own_words(&en);
        if !quotes_the_reading {
            let english_in_dutch: Vec<&String> = nl_words
                .iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(
                english_in_dutch.is_empty(),
                "English {english_in_dutch:?} in: {nl}"
            );
        }
        let dutch_in_english: Vec<&String> = en_words
            .iter()
            .filter(|w| DUTCH.contains(&w.as_str()))
            .collect();
        assert!(
            dutch_in_english.is_empty(),
            "Dutch {dutch_in_english:?} in: {en}"
        );
    }
    let missing: Vec<usize> = (0..KINDS).filter(|i| !seen[*i]).collect();
    assert!(missing.is_empty(), "kinds without an example: {missing:?}");
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
    let kind = Kind::UnknownValue {
        found: s("done"),
        allowed: vec![
            s("on_track"),
            s("partly_on_track"),
            s("off_track"),
            s("no_data"),
        ],
        near: None,
    };
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
    let kind = Kind::UnknownValue {
        found: s("on_trak"),
        allowed: vec![s("on_track"), s("off_track")],
        near: Some(s("on_track")),
    };
    let path = "result_areas[0].indicators[0].status";
    assert!(text(&kind, path, Lang::Nl).ends_with("; bedoelde u `on_track` (Op schema)?"));
    assert!(text(&kind, path, Lang::En).ends_with("; did you mean `on_track` (On track)?"));
    let id = Kind::NoSuchIndicator {
        id: s("vrijwilige-terugkeer"),
        near: Some(s("vrijwillige-terugkeer")),
    };
    assert_eq!(
        text(&id, "highlights[0].indicator", Lang::Nl),
        "geen indicator heeft het id `vrijwilige-terugkeer`; bedoelde u `vrijwillige-terugkeer`?"
    );
    let field = Kind::MissingField {
        field: s("title"),
        near: Some(s("titel")),
    };
    assert_eq!(
        text(&field, "result_areas[1]", Lang::Nl),
        "het veld `title` ontbreekt; bedoelde u `title` in plaats van `titel`?"
    );
    let none = Kind::NoSuchIndicator {
        id: s("bestaat-niet"),
        near: None,
    };
    assert!(!text(&none, "highlights[0].indicator", Lang::Nl).contains('?'));
}

/// Numbers are written as the language writes them.
#[test]
fn sizes_use_the_language_s_decimal_sign() {
    let kind = Kind::TooLarge {
        bytes: 30 << 20,
        limit: 20 << 20,
    };
    assert!(
        text(&kind, "", Lang::Nl).contains("30,0 MB"),
        "{}",
        text(&kind, "", Lang::Nl)
    );
    assert!(text(&kind, "", Lang::En).contains("30.0 MB"));
}
