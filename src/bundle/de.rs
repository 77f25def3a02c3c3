//! Hand-written `Deserialize` for the tagged rich-text enums ([`Block`],
//! [`Inline`]) and the unit enums (status, kinds, measures…).
//!
//! Structs: serde's derive also reads every struct from a list of its
//! fields in order (`[…]`), code the wasm carried for every type although a
//! bundle's objects are objects, as its JSON Schema says. These read
//! objects only, otherwise as the derive does: same messages ("missing
//! field `title`", "duplicate field …", "expected struct Theme"), same
//! positions, unknown fields skipped, absent optional fields defaulted.
//!
//! Unit enums: serde's derive gives each enum its own visitor and
//! identifier visitor; here they share one, which reads exactly what the
//! derive reads (`"on_track"`, also `{"on_track": null}`) with the same
//! messages.
//!
//! serde's derived internally tagged enums buffer every block in its private
//! `Content` type and then run a second, `Content`-specific copy of every
//! field's deserialiser: the largest serde code in the wasm. This reads the
//! same JSON the same way (the tag as it comes, so an unknown `type` is
//! reported at the tag; the other fields buffered whole, as
//! [`serde_json::Value`], whose deserialiser the app links anyway) and
//! converts by hand, with serde's own messages. Buffering keeps
//! serde_json's nesting limit on for unknown fields inside rich text.
//!
//! Serialisation and the JSON Schema still come from the derives on the
//! types.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, Unexpected, VariantAccess, Visitor,
};
use serde::Deserialize;
use serde_json::Value;

use super::types::*;

const BLOCK_TYPES: &[&str] = &["paragraph", "heading", "list"];
const INLINE_TYPES: &[&str] = &["text", "emphasis", "strong", "link"];

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(BlockVisitor)
    }
}

impl<'de> Deserialize<'de> for Inline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        inline(Value::deserialize(d)?)
    }
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("internally tagged enum Block")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Block, A::Error> {
        let mut tag = None;
        let mut fields: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == "type" {
                if tag.is_some() {
                    return Err(de::Error::duplicate_field("type"));
                }
                tag = Some(map.next_value_seed(Tag(BLOCK_TYPES))?);
            } else {
                let value = map.next_value::<Value>()?;
                fields.push((key, value));
            }
        }
        let tag = tag.ok_or_else(|| de::Error::missing_field("type"))?;
        block(tag, &mut fields)
    }
}

fn block<E: de::Error>(tag: usize, fields: &mut [(String, Value)]) -> Result<Block, E> {
    let mut field = |name: &'static str| -> Result<Value, E> {
        take::<E>(fields, name)?.ok_or_else(|| E::missing_field(name))
    };
    Ok(match tag {
        0 => Block::Paragraph {
            content: inlines::<E>(field("content")?)?,
        },
        1 => Block::Heading {
            text: string::<E>(field("text")?)?,
        },
        _ => {
            let ordered = match take::<E>(fields, "ordered")? {
                None => false,
                Some(Value::Bool(b)) => b,
                Some(other) => return Err(invalid(&other, "a boolean")),
            };
            let items = list::<_, E>(
                take::<E>(fields, "items")?.ok_or_else(|| E::missing_field("items"))?,
                inlines,
            )?;
            Block::List { ordered, items }
        }
    })
}

/// `Deserialize` for a struct of named fields, reading a JSON object:
/// `Type { field, optional_field = default }`. A `= default` field takes
/// its `Default` when absent (an `Option` is `None`); any other absent
/// field is an error.
macro_rules! object_structs {
    ($($ty:ident { $($field:ident $(= $default:ident)?),+ $(,)? })+) => {$(
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Fields;

                impl<'de> ::serde::de::Visitor<'de> for Fields {
                    type Value = $ty;

                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($ty)))
                    }

                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$ty, A::Error> {
                        $(let mut $field = None;)+
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($field) => {
                                    if $field.is_some() {
                                        return Err(::serde::de::Error::duplicate_field(stringify!($field)));
                                    }
                                    $field = Some(map.next_value()?);
                                })+
                                _ => {
                                    map.next_value::<::serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok($ty {
                            $($field: $crate::bundle::object_structs!(@field $field, $($default)?),)+
                        })
                    }
                }

                const FIELDS: &[&str] = &[$(stringify!($field)),+];
                d.deserialize_struct(stringify!($ty), FIELDS, Fields)
            }
        }
    )+};
    (@field $field:ident, default) => {
        $field.unwrap_or_default()
    };
    (@field $field:ident,) => {
        $field.ok_or_else(|| ::serde::de::Error::missing_field(stringify!($field)))?
    };
}
pub(crate) use object_structs;

object_structs! {
    Bundle { schema_version, theme, highlights = default, resources = default, introduction = default, results_summary = default, result_areas = default, featured = default, background = default, downloads_and_links = default, spending = default }
    Theme { id, title, year, language, reporting_period = default, last_updated = default }
    Highlight { text, value, label, indicator }
    Resource { title, description = default, href = default, source = default, alternative = default }
    Media { kind, caption = default, credit = default, src = default, alt = default }
    ResultArea { id, title, subtitle = default, photo = default, lead = default, narrative = default, indicators = default, progress = default, projects = default, links = default }
    Progress { title, body, figures = default }
    Quantity { value, unit = default, measure = default }
    PeriodValue { period, value }
    Indicator { id, title, status, value = default, period = default, explanation = default, narrative = default, previous = default, target = default, baseline = default, breakdowns = default, figures = default }
    Breakdown { dimension, items }
    Point { label, value }
    Dataset { id, kind, title, unit = default, measure = default, source = default, period = default, points }
    Project { id, title, partner = default, country = default, media = default, body = default, links = default }
    Featured { heading, projects }
    Background { heading, background = default, outlook = default }
    DownloadsAndLinks { intro = default, links = default }
    Spending { year, metric = default, channels = default, note = default }
    ChannelAmount { channel, amount }
}

/// A unit variant, as its index in `names`.
struct UnitVariant(&'static [&'static str]);

impl<'de> Visitor<'de> for UnitVariant {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("enum")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(Tag(self.0))?;
        variant.unit_variant()?;
        Ok(index)
    }
}

macro_rules! unit_enums {
    ($($ty:ident { $($variant:ident = $text:literal),+ $(,)? })+) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($text),+];
                const VARIANTS: &[$ty] = &[$($ty::$variant),+];
                let index = d.deserialize_enum(stringify!($ty), NAMES, UnitVariant(NAMES))?;
                Ok(VARIANTS[index])
            }
        }
    )+};
}

unit_enums! {
    Alternative { Print = "print" }
    MediaKind { Photo = "photo", Video = "video" }
    Status {
        OnTrack = "on_track",
        PartlyOnTrack = "partly_on_track",
        OffTrack = "off_track",
        NoData = "no_data",
    }
    Measure { Count = "count", Percentage = "percentage" }
    Dimension { Sex = "sex", Group = "group", Country = "country" }
    ChartKind {
        Bars = "bars",
        Comparison = "comparison",
        Steps = "steps",
        Diverging = "diverging",
    }
}

/// A variant name, as its index in the list of names.
struct Tag(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Tag {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Tag {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        variant(self.0, v)
    }
}

fn variant<E: de::Error>(names: &'static [&'static str], v: &str) -> Result<usize, E> {
    names
        .iter()
        .position(|n| *n == v)
        .ok_or_else(|| E::unknown_variant(v, names))
}

/// The value of the field `name`, taken out of the buffered fields; a second
/// one is an error, as serde's derive makes it.
fn take<E: de::Error>(
    fields: &mut [(String, Value)],
    name: &'static str,
) -> Result<Option<Value>, E> {
    let mut found = None;
    for (key, value) in fields.iter_mut() {
        if key == name {
            if found.is_some() {
                return Err(E::duplicate_field(name));
            }
            found = Some(value.take());
        }
    }
    Ok(found)
}

fn inline<E: de::Error>(value: Value) -> Result<Inline, E> {
    let Value::Object(mut m) = value else {
        return Err(invalid(&value, "internally tagged enum Inline"));
    };
    let tag = match m.remove("type") {
        None => return Err(E::missing_field("type")),
        Some(Value::String(s)) => variant::<E>(INLINE_TYPES, &s)?,
        // serde's derive takes a buffered tag's variant index too.
        Some(Value::Number(n)) if n.is_u64() => match n.as_u64() {
            Some(i) if i < INLINE_TYPES.len() as u64 => i as usize,
            _ => {
                return Err(E::invalid_value(
                    unexpected(&Value::Number(n)),
                    &"variant index 0 <= i < 4",
                ))
            }
        },
        Some(other) => return Err(invalid(&other, "variant identifier")),
    };
    let text = string::<E>(m.remove("text").ok_or_else(|| E::missing_field("text"))?)?;
    Ok(match tag {
        0 => Inline::Text {
            text,
            lang: optional_string::<E>(m.remove("lang"))?,
        },
        1 => Inline::Emphasis { text },
        2 => Inline::Strong { text },
        _ => Inline::Link {
            text,
            href: optional_string::<E>(m.remove("href"))?,
        },
    })
}

fn inlines<E: de::Error>(value: Value) -> Result<Vec<Inline>, E> {
    list(value, inline)
}

fn list<T, E: de::Error>(value: Value, item: fn(Value) -> Result<T, E>) -> Result<Vec<T>, E> {
    match value {
        Value::Array(items) => items.into_iter().map(item).collect(),
        other => Err(invalid(&other, "a sequence")),
    }
}

fn string<E: de::Error>(value: Value) -> Result<String, E> {
    match value {
        Value::String(s) => Ok(s),
        other => Err(invalid(&other, "a string")),
    }
}

fn optional_string<E: de::Error>(value: Option<Value>) -> Result<Option<String>, E> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(v) => string(v).map(Some),
    }
}

/// serde's "invalid type: …, expected …", naming the JSON value as serde does.
fn invalid<E: de::Error>(value: &Value, expected: &'static str) -> E {
    E::invalid_type(unexpected(value), &expected)
}

fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(json: &str) -> Result<Block, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_kind_with_the_tag_anywhere() {
        assert_eq!(
            block(
                r#"{"content": [{"text": "a", "type": "text", "lang": "en"}, {"type": "link", "text": "b"}], "type": "paragraph", "x": [[1]]}"#
            ),
            Ok(Block::Paragraph {
                content: vec![
                    Inline::Text {
                        text: "a".into(),
                        lang: Some("en".into())
                    },
                    Inline::Link {
                        text: "b".into(),
                        href: None
                    },
                ]
            })
        );
        assert_eq!(
            block(r#"{"type": "list", "items": [[{"type": "strong", "text": "c"}], []]}"#),
            Ok(Block::List {
                ordered: false,
                items: vec![vec![Inline::Strong { text: "c".into() }], vec![]]
            })
        );
        assert_eq!(
            block(r#"{"type": "heading", "text": "d"}"#),
            Ok(Block::Heading { text: "d".into() })
        );
    }

    #[test]
    fn errors_say_what_serde_says() {
        for (json, message) in [
            (r#"{"content": []}"#, "missing field `type`"),
            (
                r#"{"type": "para"}"#,
                "unknown variant `para`, expected one of `paragraph`, `heading`, `list`",
            ),
            (r#"{"type": "heading"}"#, "missing field `text`"),
            (
                r#"{"type": "heading", "text": 5}"#,
                "invalid type: integer `5`, expected a string",
            ),
            (
                r#"{"type": "heading", "text": "a", "text": "b"}"#,
                "duplicate field `text`",
            ),
            (
                r#"{"type": "list", "ordered": null, "items": []}"#,
                "invalid type: null, expected a boolean",
            ),
            (
                r#"{"type": "paragraph", "content": "x"}"#,
                "invalid type: string \"x\", expected a sequence",
            ),
            (
                r#"{"type": "paragraph", "content": [{"type": "bold", "text": "x"}]}"#,
                "unknown variant `bold`, expected one of `text`, `emphasis`, `strong`, `link`",
            ),
            (
                r#"{"type": "paragraph", "content": [{"type": "link", "text": "x", "href": 1.5}]}"#,
                "invalid type: floating point `1.5`, expected a string",
            ),
            (
                r#"{"type": "paragraph", "content": [{"text": "x"}]}"#,
                "missing field `type`",
            ),
            (
                r#"{"type": "paragraph", "content": [7]}"#,
                "invalid type: integer `7`, expected internally tagged enum Inline",
            ),
            (
                r#""x""#,
                "invalid type: string \"x\", expected internally tagged enum Block",
            ),
        ] {
            let got = block(json).unwrap_err();
            assert!(got.starts_with(message), "{json}: {got}");
        }
    }

    #[test]
    fn unit_enums_read_as_the_derive_reads_them() {
        let status = |json: &str| serde_json::from_str::<Status>(json).map_err(|e| e.to_string());
        assert_eq!(status(r#""partly_on_track""#), Ok(Status::PartlyOnTrack));
        assert_eq!(status(r#"{"no_data": null}"#), Ok(Status::NoData));
        assert!(status(r#""done""#).unwrap_err().starts_with(
            "unknown variant `done`, expected one of `on_track`, `partly_on_track`, `off_track`, `no_data`"
        ));
        assert!(status("5").unwrap_err().starts_with("expected value"));
        assert!(status(r#"{"on_track": 1}"#)
            .unwrap_err()
            .starts_with("invalid type: integer `1`, expected unit"));
        assert_eq!(
            serde_json::from_str::<ChartKind>(r#""diverging""#).ok(),
            Some(ChartKind::Diverging)
        );
        assert_eq!(
            serde_json::from_str::<Measure>(r#""percentage""#).ok(),
            Some(Measure::Percentage)
        );
        assert_eq!(
            serde_json::from_str::<Dimension>(r#""country""#).ok(),
            Some(Dimension::Country)
        );
        assert_eq!(
            serde_json::from_str::<MediaKind>(r#""video""#).ok(),
            Some(MediaKind::Video)
        );
        assert_eq!(
            serde_json::from_str::<Alternative>(r#""print""#).ok(),
            Some(Alternative::Print)
        );
    }

    #[test]
    fn unit_enums_match_serdes_derive() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Derived {
            OnTrack,
            PartlyOnTrack,
            OffTrack,
            NoData,
        }
        for json in [
            r#""on_track""#,
            r#""no_data""#,
            r#""done""#,
            r#""""#,
            "5",
            "null",
            "[]",
            r#"{"off_track": null}"#,
            r#"{"off_track": 1}"#,
            r#"{"nope": null}"#,
            r#"{"off_track": null, "x": 1}"#,
            "{}",
            r#""on_track"#,
        ] {
            let ours = serde_json::from_str::<Status>(json).map(|s| format!("{s:?}"));
            let derived = serde_json::from_str::<Derived>(json).map(|s| format!("{s:?}"));
            assert_eq!(
                ours.map_err(|e| e.to_string()),
                derived.map_err(|e| e.to_string()),
                "{json}"
            );
        }
    }

    #[allow(dead_code)]
    mod derived {
        #[derive(Debug, serde::Deserialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        pub enum Block {
            Paragraph {
                content: Vec<Inline>,
            },
            Heading {
                text: String,
            },
            List {
                #[serde(default)]
                ordered: bool,
                items: Vec<Vec<Inline>>,
            },
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        pub enum Inline {
            Text {
                text: String,
                #[serde(default)]
                lang: Option<String>,
            },
            Emphasis {
                text: String,
            },
            Strong {
                text: String,
            },
            Link {
                text: String,
                #[serde(default)]
                href: Option<String>,
            },
        }
    }

    #[test]
    fn blocks_match_serdes_derive() {
        for json in [
            r#"[{"type": "paragraph", "content": [{"type": "text", "text": "a", "lang": "en"}, {"type": "link", "text": "b", "href": null}]}]"#,
            r#"[{"content": [{"text": "a", "type": "emphasis"}], "type": "paragraph"}]"#,
            r#"[{"type": "list", "ordered": true, "items": [[{"type": "strong", "text": "c"}], []]}]"#,
            r#"[{"type": "heading", "text": "d", "future": {"x": [1]}}]"#,
            r#"[{"type": "para"}]"#,
            r#"[{"content": []}]"#,
            r#"[{"type": "heading"}]"#,
            r#"[{"type": "heading", "text": 5}]"#,
            r#"[{"type": "heading", "text": "a", "text": "b"}]"#,
            r#"[{"type": "heading", "type": "heading", "text": "a"}]"#,
            r#"[{"type": "list", "ordered": null, "items": []}]"#,
            r#"[{"type": "list", "ordered": "yes", "items": []}]"#,
            r#"[{"type": "paragraph", "content": "x"}]"#,
            r#"[{"type": "paragraph", "content": [{"type": "bold", "text": "x"}]}]"#,
            r#"[{"type": "paragraph", "content": [{"type": "link", "text": "x", "href": 1.5}]}]"#,
            r#"[{"type": "paragraph", "content": [{"type": "text", "text": "x", "lang": false}]}]"#,
            r#"[{"type": "paragraph", "content": [{"text": "x"}]}]"#,
            r#"[{"type": "paragraph", "content": [{"type": "text"}]}]"#,
            r#"[{"type": "paragraph", "content": [7]}]"#,
            r#"[{"type": "paragraph", "content": [null]}]"#,
            r#"[{"type": "paragraph", "content": [{"type": 3, "text": "x"}]}]"#,
            r#"[{"type": "paragraph", "content": [{"type": 4, "text": "x"}]}]"#,
            r#"[{"type": "paragraph", "content": [{"type": -1, "text": "x"}]}]"#,
            r#"[{"type": 3}]"#,
            r#"["x"]"#,
            r#"[null]"#,
            r#"[{"type": "paragraph", "content": [], "#,
        ] {
            // Not compared: the derive reads blocks given as lists
            // (`["heading", "x"]`) and refuses a field given twice inside an
            // inline; these refuse the first and take the last of the second.
            // Messages only: the derive reports errors found in a buffered
            // block where the enclosing list stops (after its `]` when the
            // block is the last one); these report them at the block's end.
            let message = |e: serde_json::Error| super::super::serde_message(&e);
            let ours = serde_json::from_str::<Vec<Block>>(json).map(|b| format!("{b:?}"));
            let derived =
                serde_json::from_str::<Vec<derived::Block>>(json).map(|b| format!("{b:?}"));
            assert_eq!(ours.map_err(message), derived.map_err(message), "{json}");
        }
    }

    #[test]
    fn structs_match_serdes_derive() {
        mod mirror {
            #[derive(Debug, serde::Deserialize)]
            #[allow(dead_code)]
            pub struct Theme {
                pub id: String,
                title: String,
                year: u16,
                language: String,
                reporting_period: Option<String>,
                #[serde(default)]
                last_updated: Option<String>,
            }
        }
        let ok = r#""id": "a", "title": "t", "year": 2019, "language": "nl""#;
        for json in [
            format!("{{{ok}}}"),
            format!("{{{ok}, \"reporting_period\": null, \"last_updated\": \"2020\"}}"),
            format!("{{{ok}, \"future\": [[[{{}}]]], \"x\": null}}"),
            format!("{{{ok}, \"year\": 2020}}"),
            format!("{{{ok}, \"future\": 1, \"future\": 2}}"),
            r#"{"id": "a", "title": "t", "year": 2019}"#.into(),
            r#"{"title": "t", "year": 2019, "language": "nl"}"#.into(),
            r#"{"id": "a", "title": "t", "year": "2019", "language": "nl"}"#.into(),
            r#"{"id": "a", "title": "t", "year": 70000, "language": "nl"}"#.into(),
            r#"{"id": "a", "title": 5, "year": 2019, "language": "nl"}"#.into(),
            r#"{"id": "a", "title": "t", "year": 2019, "language": "nl", "reporting_period": 1}"#
                .into(),
            r#"{}"#.into(),
            r#"{"id": "a", "title""#.into(),
            r#"{"id": "a",}"#.into(),
            r#""theme""#.into(),
            "null".into(),
            "7".into(),
        ] {
            let ours = serde_json::from_str::<Theme>(&json).map(|t| t.id);
            let derived = serde_json::from_str::<mirror::Theme>(&json).map(|t| t.id);
            assert_eq!(
                ours.map_err(|e| e.to_string()),
                derived.map_err(|e| e.to_string()),
                "{json}"
            );
        }
        // The one difference: the derive also reads a list of the fields.
        assert!(serde_json::from_str::<Theme>(r#"["a", "t", 2019, "nl", null, null]"#).is_err());
    }
}
