//! What can be wrong with the reading of a document, as data, and in
//! words. Each [`Kind`] is built from what serde and serde_json report as
//! data (the error's category and position, a field's or a variant's
//! name, the value found, what the reader asked for), never from the
//! words of their messages. The document's own rules have kinds of their
//! own, in their own modules (`crate::bundle::Rule`, …). No browser
//! dependencies.

use crate::words::{code, field_of, Message, Say};

/// What is wrong with the reading. Values an editor wrote are kept as
/// they are; `near` is a word of the format close to a wrong one, for
/// "did you mean …?", filled in by the editors' check (`crate::check`).
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `schema_version` is missing, or null.
    VersionMissing,
    /// `schema_version` is not text: its JSON text.
    VersionNotText { found: String },
    /// `schema_version` is text, but no version such as "1.0".
    VersionNotVersion { found: String, major: u64 },
    /// A version of a major this build does not read.
    VersionUnsupported { found: String, major: u64 },
    /// The file is larger than a document may be.
    TooLarge { bytes: u64, limit: u64 },
    /// The text is not JSON, or not a JSON object.
    NotJson(NotJson),
    /// A value of the wrong type: what was found and what the format
    /// wants there.
    WrongType { found: Found, expected: Expected },
    /// A word the format does not know there, and the words it does.
    UnknownValue {
        found: String,
        allowed: Vec<String>,
        near: Option<String>,
    },
    /// A field that must be there is not.
    MissingField { field: String },
    /// A field given twice in one object.
    FieldTwice { field: String },
    /// A field the format does not know, in a document of a version this
    /// build knows: the page would drop it. `known`: the object's fields.
    UnknownField {
        field: String,
        known: &'static [&'static str],
        near: Option<String>,
    },
    /// A field this build does not know, in a document of a newer minor
    /// version than this build knows, which may have added it: a
    /// warning; the page ignores it.
    NewerField {
        field: String,
        known_fields: &'static [&'static str],
        near: Option<String>,
        versions: Box<Versions>,
    },
    /// A value the reading refused for a reason of its own (serde's
    /// `custom` errors, which no type of the formats raises).
    Unreadable,
    /// The check stopped after many problems: more may follow.
    MoreMayFollow,
}

/// The version a document says it is, and the newest this build knows
/// (boxed in [`Kind::NewerField`], which would otherwise make every
/// reading's `Result` larger).
#[derive(Debug, Clone, PartialEq)]
pub struct Versions {
    pub found: String,
    pub known: String,
}

/// How a text is no JSON object, from serde_json's error category and
/// the text at its position (`super::tree`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotJson {
    /// No text at all.
    Empty,
    /// A list where the document's object belongs.
    List,
    /// HTML or XML: perhaps an error page.
    Html,
    /// The text ends before the JSON is complete.
    CutOff,
    /// A field name without quotes, or a comma too many before it.
    FieldNameUnquoted,
    /// A comma too many before a closing bracket.
    TrailingComma,
    /// Something else where a comma or a closing bracket belongs.
    ExpectedCommaOrEnd,
    /// A colon missing after a field name.
    ExpectedColon,
    /// A value missing, or not a JSON value (`'text'`, `True`).
    ExpectedValue,
    /// A number JSON cannot read (`1.`, `01`, `1e400`).
    BadNumber,
    /// A control character (a tab, a line break) inside a text.
    ControlCharacter,
    /// A backslash that does not start a JSON escape.
    BadEscape,
    /// Text that starts otherwise than with `{`.
    NotObject,
    /// More text after the JSON.
    TrailingText,
    /// Nested deeper than a document may be.
    TooDeep,
}

/// What the format wants where a value of the wrong type is: what the
/// reader asked for there (`super::reader`).
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A number such as 240000.
    Number,
    /// A whole number such as 2019.
    WholeNumber,
    /// Text in quotes.
    Text,
    /// `true` or `false`.
    YesNo,
    /// A list `[ … ]`.
    List,
    /// An object `{ … }`.
    Object,
    /// An object with a `"type"`.
    TypedObject,
    /// One of some words.
    OneOf(Vec<String>),
    /// The reader did not say.
    Unknown,
}

/// A value found where another type belongs.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Text(String),
    /// A number, as JSON writes it.
    Number(String),
    YesNo(bool),
    Null,
    List,
    Object,
    /// None of these (serde's other cases).
    Other,
}

impl Found {
    /// What serde's derive says it was given.
    pub fn of(unexpected: serde::de::Unexpected) -> Found {
        use serde::de::Unexpected as U;
        match unexpected {
            U::Bool(b) => Found::YesNo(b),
            U::Unsigned(n) => Found::Number(n.to_string()),
            U::Signed(n) => Found::Number(n.to_string()),
            U::Float(n) => Found::Number(n.to_string()),
            U::Char(c) => Found::Text(c.to_string()),
            U::Str(s) => Found::Text(s.to_string()),
            U::Unit | U::Option => Found::Null,
            U::Seq => Found::List,
            U::Map => Found::Object,
            _ => Found::Other,
        }
    }

    /// What a JSON value is.
    pub fn of_value(value: &serde_json::Value) -> Found {
        use serde_json::Value;
        match value {
            Value::Null => Found::Null,
            Value::Bool(b) => Found::YesNo(*b),
            Value::Number(n) => Found::Number(n.to_string()),
            Value::String(s) => Found::Text(s.clone()),
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }
}

impl Message for Kind {
    fn code(&self) -> &'static str {
        match self {
            Kind::VersionMissing => "version-missing",
            Kind::VersionNotText { .. } => "version-not-text",
            Kind::VersionNotVersion { .. } => "version-not-a-version",
            Kind::VersionUnsupported { .. } => "version-unsupported",
            Kind::TooLarge { .. } => "too-large",
            Kind::NotJson(_) => "not-json",
            Kind::WrongType { .. } => "wrong-type",
            Kind::UnknownValue { .. } => "unknown-value",
            Kind::MissingField { .. } => "missing-field",
            Kind::FieldTwice { .. } => "field-twice",
            Kind::UnknownField { .. } => "unknown-field",
            Kind::NewerField { .. } => "newer-field",
            Kind::Unreadable => "unreadable",
            Kind::MoreMayFollow => "more-may-follow",
        }
    }

    fn title(&self, say: Say) -> String {
        match self {
            Kind::VersionMissing => say.titled("versie ontbreekt", "version missing", ""),
            Kind::VersionNotText { found } => {
                say.titled("versie is geen tekst:", "version is not text:", found)
            }
            Kind::VersionNotVersion { found, .. } => {
                say.titled("geen versie:", "not a version:", found)
            }
            Kind::VersionUnsupported { found, .. } => {
                say.titled("onleesbare versie", "version not read", found)
            }
            Kind::TooLarge { .. } => say.titled("bestand te groot", "file too large", ""),
            Kind::NotJson(_) => say.titled("geen geldige JSON", "not valid JSON", ""),
            Kind::WrongType { found, .. } => {
                let found = found_text(found, say);
                say.pick(
                    format!("verkeerde soort waarde: {found}"),
                    format!("wrong kind of value: {found}"),
                )
            }
            Kind::UnknownValue { found, allowed, .. } => {
                let title = say.titled("onbekende waarde", "unknown value", found);
                let allowed: Vec<String> = allowed.iter().map(|w| code(w)).collect();
                let allowed = say.listed(&allowed);
                say.pick(
                    format!("{title}; kies uit {allowed}"),
                    format!("{title}; choose from {allowed}"),
                )
            }
            Kind::MissingField { field } => say.titled("ontbrekend veld", "missing field", field),
            Kind::FieldTwice { field } => say.titled("dubbel veld", "field given twice", field),
            Kind::UnknownField { field, .. } => say.titled("onbekend veld", "unknown field", field),
            Kind::NewerField { field, .. } => say.titled(
                "veld van een nieuwere versie",
                "field of a newer version",
                field,
            ),
            Kind::Unreadable => say.titled("onleesbare waarde", "unreadable value", ""),
            Kind::MoreMayFollow => {
                say.titled("meer problemen mogelijk", "more problems may follow", "")
            }
        }
    }

    fn text(&self, path: &str, say: Say) -> String {
        let field = field_of(path);
        match self {
            Kind::VersionMissing => say.pick(
                "`schema_version` ontbreekt: zet bovenaan bijvoorbeeld \"schema_version\": \"1.0\"".into(),
                "`schema_version` is missing: put for example \"schema_version\": \"1.0\" at the top".into(),
            ),
            Kind::VersionNotText { found } => say.pick(
                format!("de versie moet tekst tussen aanhalingstekens zijn, zoals \"1.0\", niet {found}"),
                format!("the version must be text in quotes, such as \"1.0\", not {found}"),
            ),
            Kind::VersionNotVersion { found, major } => say.pick(
                format!("{} is geen versie: schrijf twee getallen met een punt, zoals \"{major}.0\"", code(found)),
                format!("{} is not a version: write two numbers and a point, such as \"{major}.0\"", code(found)),
            ),
            Kind::VersionUnsupported { found, major } => say.pick(
                format!("versie {} kan deze site niet lezen: zij leest versie {major}.x", code(found)),
                format!("this site cannot read version {}: it reads version {major}.x", code(found)),
            ),
            Kind::TooLarge { bytes, limit } => {
                let (bytes, limit) = (say.megabytes(*bytes), say.megabytes(*limit));
                say.pick(
                    format!("het bestand is {bytes}, groter dan de grens van {limit}"),
                    format!("the file is {bytes}, more than the limit of {limit}"),
                )
            }
            Kind::NotJson(how) => not_json(*how, say),
            Kind::WrongType { found, expected } => {
                let (expected, found) = (expected_text(expected, field, say), found_text(found, say));
                say.pick(format!("hier hoort {expected}, niet {found}"), format!("expected {expected}, not {found}"))
            }
            Kind::UnknownValue { found, allowed, near } => {
                let list = say.choices(allowed, field);
                let guess = say.suggestion(near.as_deref(), field);
                say.pick(
                    format!("{} kent de bundel hier niet: kies uit {list}{guess}", code(found)),
                    format!("{} is not a value the bundle knows here: choose from {list}{guess}", code(found)),
                )
            }
            Kind::MissingField { field } => say.pick(
                format!("het veld {} ontbreekt: het is verplicht", code(field)),
                format!("the field {} is missing: it is required", code(field)),
            ),
            Kind::FieldTwice { field } => say.pick(
                format!("het veld {} staat twee keer in dit object: laat er één staan", code(field)),
                format!("the field {} is in this object twice: keep one", code(field)),
            ),
            Kind::UnknownField { field, near, .. } => match near {
                Some(near) => say.pick(
                    format!("het veld {} kent de bundel hier niet, dus de pagina zou het weglaten; bedoelde u {}?", code(field), code(near)),
                    format!("the bundle has no field {} here, so the page would leave it out; did you mean {}?", code(field), code(near)),
                ),
                None => say.pick(
                    format!("het veld {} kent de bundel hier niet, dus de pagina zou het weglaten: haal het weg, of maak er een notitie van met een liggend streepje ervoor, {}", code(field), code(&format!("_{field}"))),
                    format!("the bundle has no field {} here, so the page would leave it out: remove it, or make it a note by putting an underscore before it, {}", code(field), code(&format!("_{field}"))),
                ),
            },
            Kind::NewerField { field, near, versions, .. } => {
                let Versions { found: version, known } = &**versions;
                let guess = say.suggestion(near.as_deref(), "");
                say.pick(
                    format!("waarschuwing: het veld {} kent versie {known} niet, de nieuwste die deze controle kent; de bundel is versie {}, waarin het nieuw kan zijn, en de pagina laat het weg{guess}", code(field), code(version)),
                    format!("warning: version {known}, the newest this check knows, has no field {}; the bundle is version {}, which may have added it, and the page leaves it out{guess}", code(field), code(version)),
                )
            }
            Kind::Unreadable => say.pick(
                "deze waarde kan de bundel niet lezen".into(),
                "the bundle cannot read this value".into(),
            ),
            Kind::MoreMayFollow => say.pick(
                "er kunnen meer problemen volgen: los deze op en controleer opnieuw".into(),
                "more problems may follow: fix these and check again".into(),
            ),
        }
    }
}

/// What the format wants, in words.
fn expected_text(expected: &Expected, field: &str, say: Say) -> String {
    let words = |dutch: &str, english: &str| say.pick(dutch.into(), english.into());
    match expected {
        Expected::Number => words(
            "een getal zoals 240000 (zonder aanhalingstekens en zonder punten voor de duizendtallen)",
            "a number such as 240000 (no quotes, no thousands separators)",
        ),
        Expected::WholeNumber => words(
            "een geheel getal zoals 2019 (zonder aanhalingstekens)",
            "a whole number such as 2019 (no quotes)",
        ),
        Expected::Text => words("tekst tussen aanhalingstekens", "text in quotes"),
        Expected::YesNo => words("true of false", "true or false"),
        Expected::List => words("een lijst [ … ]", "a list [ … ]"),
        Expected::Object => words("een object { … }", "an object { … }"),
        Expected::TypedObject => words(
            "een object met een \"type\" { \"type\": … }",
            "an object with a \"type\" { \"type\": … }",
        ),
        Expected::OneOf(allowed) => {
            let list = say.choices(allowed, field);
            say.pick(format!("een van {list}"), format!("one of {list}"))
        }
        Expected::Unknown => words("een andere soort waarde", "another kind of value"),
    }
}

/// What was found, in words.
fn found_text(found: &Found, say: Say) -> String {
    match found {
        Found::Text(t) => say.pick(format!("de tekst \"{t}\""), format!("the text \"{t}\"")),
        Found::Number(n) => say.pick(format!("het getal {n}"), format!("the number {n}")),
        Found::YesNo(b) => b.to_string(),
        Found::Null => say.pick("null (leeg)".into(), "null (empty)".into()),
        Found::List => say.pick("een lijst [ … ]".into(), "a list [ … ]".into()),
        Found::Object => say.pick("een object { … }".into(), "an object { … }".into()),
        Found::Other => say.pick("deze waarde".into(), "this value".into()),
    }
}

fn not_json(how: NotJson, say: Say) -> String {
    let (dutch, english): (&str, &str) = match how {
        NotJson::Empty => ("het bestand is leeg: er staat geen tekst in", "the file is empty: there is no text at all"),
        NotJson::List => ("het bestand moet een JSON-object { … } zijn, geen lijst [ … ]", "the file must be a JSON object { … }, not a list [ … ]"),
        NotJson::Html => ("dit is HTML of XML, geen JSON: misschien een foutpagina", "this is HTML or XML, not JSON: perhaps an error page"),
        NotJson::CutOff => ("de tekst houdt op voordat de JSON compleet is: is het bestand afgebroken?", "the text ends before the JSON is complete: is the file cut off?"),
        NotJson::FieldNameUnquoted => ("hier hoort een veldnaam tussen aanhalingstekens; staat er vlak ervoor een komma te veel?", "a field name in quotes belongs here; is there a comma too many just before it?"),
        NotJson::TrailingComma => ("er staat een komma te veel voor de sluitende haak: haal die weg", "there is a comma too many before the closing bracket: remove it"),
        NotJson::ExpectedCommaOrEnd => ("hier hoort een komma of een sluitende haak: ontbreekt er een komma?", "a comma or a closing bracket belongs here: is a comma missing?"),
        NotJson::ExpectedColon => ("na een veldnaam hoort een dubbele punt ':'", "a colon ':' belongs after a field name"),
        NotJson::ExpectedValue => ("hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst of een object", "a value belongs here: text in double quotes, a number, true, false, null, a list or an object"),
        NotJson::BadNumber => ("dit getal kan JSON niet lezen: schrijf het zoals 240000 of 2.5", "JSON cannot read this number: write it as 240000 or 2.5"),
        NotJson::ControlCharacter => ("in een tekst staat een tab of een regeleinde: schrijf \\t of \\n", "a text holds a tab or a line break: write \\t or \\n"),
        NotJson::BadEscape => ("een backslash in een tekst begint hier niets geldigs: schrijf \\\\ voor een backslash", "a backslash in a text starts nothing valid here: write \\\\ for a backslash"),
        NotJson::NotObject => ("het bestand moet een JSON-object { … } zijn, maar deze tekst begint anders", "the file must be a JSON object { … }, but this text starts otherwise"),
        NotJson::TrailingText => ("na de JSON staat nog tekst: haal die weg", "there is more text after the JSON: remove it"),
        NotJson::TooDeep => ("de JSON is te diep genest", "the JSON is nested too deeply"),
    };
    say.pick(dutch.into(), english.into())
}
