//! serde's derive, reading a parsed JSON value, with every failure as data.
//!
//! [`Reader`] is a `serde::Deserializer` over a `serde_json::Value` whose
//! error type is [`Mismatch`]: serde's derive calls its structured
//! constructors (`unknown_variant` with the allowed words, `missing_field`
//! with the field, `invalid_type` with the value found…), and each
//! `deserialize_*` call says what it asked for ([`Expected`]) and where
//! ([`Chain`]), so no message is ever written and read back. It also
//! knows every struct's fields (the list serde's derive hands to
//! `deserialize_struct`), so it notes each field the format does not know
//! ([`Seen`]) and reads on: all of them are found in one reading. A field
//! whose name starts with `_` is a note for people, read by nobody.

use std::cell::RefCell;
use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::kind::{Expected, Found, Kind};

/// Where a value is: the keys and indexes from the top, kept on the stack
/// as the reading goes down, written out only when needed.
#[derive(Clone, Copy)]
pub(super) enum Chain<'a> {
    Root,
    Key(&'a Chain<'a>, &'a str),
    Index(&'a Chain<'a>, usize),
}

impl fmt::Display for Chain<'_> {
    /// `result_areas[1].indicators[0].status`; empty at the top.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Chain::Root => Ok(()),
            Chain::Key(parent, key) => {
                parent.fmt(f)?;
                if !matches!(parent, Chain::Root) {
                    f.write_str(".")?;
                }
                f.write_str(key)
            }
            Chain::Index(parent, index) => {
                parent.fmt(f)?;
                write!(f, "[{index}]")
            }
        }
    }
}

/// Why a value does not read, and where: the path is filled in by the
/// innermost reading it passes through. Boxed, so that every `Result` of
/// the reading stays small: 11.6 kB gzip less in the visitors' wasm than
/// unboxed (release build, wasm-opt -Oz, gzip -9: 254,909 B, 243,317 B).
#[derive(Debug)]
pub(super) struct Mismatch(Box<Failure>);

#[derive(Debug)]
pub(super) struct Failure {
    pub kind: Kind,
    pub path: Option<String>,
}

impl Mismatch {
    fn new(kind: Kind) -> Mismatch {
        Mismatch(Box::new(Failure { kind, path: None }))
    }

    pub(super) fn into_inner(self) -> Failure {
        *self.0
    }

    /// The place and what was asked for there, unless an inner reading
    /// said them already.
    fn at(mut self, chain: &Chain, asked: Option<&Expected>) -> Mismatch {
        let failure = &mut *self.0;
        if failure.path.is_none() {
            let here = chain.to_string();
            failure.path = Some(match &failure.kind {
                Kind::UnknownField { field, .. } => join(&here, field),
                _ => here,
            });
        }
        if let (
            Kind::WrongType {
                expected: expected @ Expected::Unknown,
                ..
            },
            Some(asked),
        ) = (&mut failure.kind, asked)
        {
            *expected = asked.clone();
        }
        self
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// For the console only; the words are the kind's ([`Kind`]).
impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::words::Message;
        let Failure { kind, path } = &*self.0;
        write!(f, "{}: {}", path.as_deref().unwrap_or(""), kind.code())
    }
}

impl std::error::Error for Mismatch {}

impl de::Error for Mismatch {
    /// No type of the formats raises an error of its own words; should
    /// one, its message is not read.
    fn custom<T: fmt::Display>(_: T) -> Mismatch {
        Mismatch::new(Kind::Unreadable)
    }

    fn invalid_type(found: de::Unexpected, _: &dyn de::Expected) -> Mismatch {
        Mismatch::new(Kind::WrongType {
            found: Found::of(found),
            expected: Expected::Unknown,
        })
    }

    fn invalid_value(found: de::Unexpected, expected: &dyn de::Expected) -> Mismatch {
        Mismatch::invalid_type(found, expected)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Mismatch {
        Mismatch::new(Kind::UnknownValue {
            found: variant.to_string(),
            allowed: expected.iter().map(|w| w.to_string()).collect(),
            near: None,
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Mismatch {
        Mismatch::new(Kind::UnknownField {
            field: field.to_string(),
            known: expected,
            near: None,
        })
    }

    fn missing_field(field: &'static str) -> Mismatch {
        Mismatch::new(Kind::MissingField {
            field: field.to_string(),
        })
    }

    fn duplicate_field(field: &'static str) -> Mismatch {
        Mismatch::new(Kind::FieldTwice {
            field: field.to_string(),
        })
    }
}

/// The fields the format does not know, noted as the reading passes
/// them.
#[derive(Default)]
pub(super) struct Seen {
    pub unknown: RefCell<Vec<Unknown>>,
}

/// A field the format does not know: its path, its name, and the fields
/// its object has.
#[derive(Debug, Clone)]
pub(super) struct Unknown {
    pub path: String,
    pub field: String,
    pub known: &'static [&'static str],
}

/// Reads one value at one place.
pub(super) struct Reader<'de, 'a> {
    value: &'de Value,
    at: &'a Chain<'a>,
    seen: &'a Seen,
}

impl<'de, 'a> Reader<'de, 'a> {
    pub(super) fn new(value: &'de Value, at: &'a Chain<'a>, seen: &'a Seen) -> Self {
        Reader { value, at, seen }
    }

    /// Hands the value to the visitor as what it is.
    fn any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
        match self.value {
            Value::Null => v.visit_unit::<Mismatch>().map_err(|e| e.at(self.at, None)),
            Value::Bool(_) => self.yes_no(v, Expected::Unknown),
            Value::Number(_) => self.number(v, Expected::Unknown),
            Value::String(_) => self.text(v, Expected::Unknown),
            Value::Array(_) => self.list(v, Expected::Unknown),
            Value::Object(_) => self.object(v, None, Expected::Unknown),
        }
    }

    // One method per JSON type, each calling only the visitor's method for
    // it: a value of another type is refused here, saying what was
    // `asked` for. (Handing every value to every visitor compiles each
    // visitor's every method: 2.0 kB gzip more in the visitors' wasm.)

    fn yes_no<V: Visitor<'de>>(self, v: V, asked: Expected) -> Result<V::Value, Mismatch> {
        let Value::Bool(b) = self.value else {
            return self.refuse(asked);
        };
        v.visit_bool::<Mismatch>(*b)
            .map_err(|e| e.at(self.at, Some(&asked)))
    }

    fn number<V: Visitor<'de>>(self, v: V, asked: Expected) -> Result<V::Value, Mismatch> {
        let Value::Number(n) = self.value else {
            return self.refuse(asked);
        };
        let read = match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => v.visit_u64::<Mismatch>(u),
            (_, Some(i)) => v.visit_i64(i),
            _ => v.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
        };
        read.map_err(|e| e.at(self.at, Some(&asked)))
    }

    fn text<V: Visitor<'de>>(self, v: V, asked: Expected) -> Result<V::Value, Mismatch> {
        let Value::String(s) = self.value else {
            return self.refuse(asked);
        };
        v.visit_borrowed_str::<Mismatch>(s)
            .map_err(|e| e.at(self.at, Some(&asked)))
    }

    fn list<V: Visitor<'de>>(self, v: V, asked: Expected) -> Result<V::Value, Mismatch> {
        let Value::Array(items) = self.value else {
            return self.refuse(asked);
        };
        let items = Items {
            items: items.iter(),
            index: 0,
            at: self.at,
            seen: self.seen,
        };
        v.visit_seq(items).map_err(|e| e.at(self.at, Some(&asked)))
    }

    /// An object; with `known`, a struct's, whose other fields are noted
    /// and skipped.
    fn object<V: Visitor<'de>>(
        self,
        v: V,
        known: Option<&'static [&'static str]>,
        asked: Expected,
    ) -> Result<V::Value, Mismatch> {
        let Value::Object(map) = self.value else {
            return self.refuse(asked);
        };
        let fields = Fields {
            fields: map.iter(),
            next: None,
            known,
            at: self.at,
            seen: self.seen,
        };
        v.visit_map(fields).map_err(|e| e.at(self.at, Some(&asked)))
    }

    /// A value where `expected` belongs, found to be something else.
    fn refuse<T>(&self, expected: Expected) -> Result<T, Mismatch> {
        let wrong = Mismatch::new(Kind::WrongType {
            found: Found::of_value(self.value),
            expected,
        });
        Err(wrong.at(self.at, None))
    }
}

/// `deserialize_x` for a value of one JSON type.
macro_rules! asking {
    ($($method:ident => $read:ident $expected:expr),* $(,)?) => {
        $(fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
            self.$read(v, $expected)
        })*
    };
}

impl<'de> Deserializer<'de> for Reader<'de, '_> {
    type Error = Mismatch;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
        self.any(v)
    }

    asking! {
        deserialize_bool => yes_no Expected::YesNo,
        deserialize_i8 => number Expected::WholeNumber,
        deserialize_i16 => number Expected::WholeNumber,
        deserialize_i32 => number Expected::WholeNumber,
        deserialize_i64 => number Expected::WholeNumber,
        deserialize_u8 => number Expected::WholeNumber,
        deserialize_u16 => number Expected::WholeNumber,
        deserialize_u32 => number Expected::WholeNumber,
        deserialize_u64 => number Expected::WholeNumber,
        deserialize_f32 => number Expected::Number,
        deserialize_f64 => number Expected::Number,
        deserialize_char => text Expected::Text,
        deserialize_str => text Expected::Text,
        deserialize_string => text Expected::Text,
        deserialize_bytes => text Expected::Text,
        deserialize_byte_buf => text Expected::Text,
        deserialize_identifier => text Expected::Text,
        deserialize_seq => list Expected::List,
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
        self.object(v, None, Expected::Object)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
        match self.value {
            Value::Null => v.visit_unit(),
            _ => self.refuse(Expected::Unknown),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
        let at = self.at;
        match self.value {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
        .map_err(|e| e.at(at, None))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> Result<V::Value, Mismatch> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> Result<V::Value, Mismatch> {
        let at = self.at;
        v.visit_newtype_struct(self).map_err(|e| e.at(at, None))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Mismatch> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        v: V,
    ) -> Result<V::Value, Mismatch> {
        self.deserialize_seq(v)
    }

    /// An object, and nothing else (serde's derive would also read a list
    /// of the fields in order, which the JSON Schema refuses); its
    /// unknown fields are noted and skipped.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Mismatch> {
        let asked = if fields.contains(&"type") {
            Expected::TypedObject
        } else {
            Expected::Object
        };
        self.object(v, Some(fields), asked)
    }

    /// One of the allowed words.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Mismatch> {
        let Value::String(word) = self.value else {
            return self.refuse(Expected::OneOf(
                variants.iter().map(|w| w.to_string()).collect(),
            ));
        };
        v.visit_enum(BorrowedStrDeserializer::<Mismatch>::new(word))
            .map_err(|e| e.at(self.at, None))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
        v.visit_unit()
    }
}

/// A list's items, each at its index.
struct Items<'de, 'a> {
    items: std::slice::Iter<'de, Value>,
    index: usize,
    at: &'a Chain<'a>,
    seen: &'a Seen,
}

impl<'de> SeqAccess<'de> for Items<'de, '_> {
    type Error = Mismatch;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Mismatch> {
        let Some(value) = self.items.next() else {
            return Ok(None);
        };
        let at = Chain::Index(self.at, self.index);
        self.index += 1;
        seed.deserialize(Reader::new(value, &at, self.seen))
            .map(Some)
            .map_err(|e| e.at(&at, None))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// An object's fields, each at its key; with `known`, the fields of a
/// struct, others noted and skipped.
struct Fields<'de, 'a> {
    fields: serde_json::map::Iter<'de>,
    next: Option<(&'de str, &'de Value)>,
    known: Option<&'static [&'static str]>,
    at: &'a Chain<'a>,
    seen: &'a Seen,
}

impl<'de> MapAccess<'de> for Fields<'de, '_> {
    type Error = Mismatch;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Mismatch> {
        for (key, value) in self.fields.by_ref() {
            if let Some(known) = self.known {
                if key.starts_with('_') {
                    continue;
                }
                if !known.contains(&key.as_str()) {
                    self.seen.unknown.borrow_mut().push(Unknown {
                        path: Chain::Key(self.at, key).to_string(),
                        field: key.clone(),
                        known,
                    });
                    continue;
                }
            }
            self.next = Some((key, value));
            return seed
                .deserialize(BorrowedStrDeserializer::<Mismatch>::new(key))
                .map(Some)
                .map_err(|e| e.at(&Chain::Key(self.at, key), None));
        }
        Ok(None)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Mismatch> {
        let Some((key, value)) = self.next.take() else {
            return Err(Mismatch::new(Kind::Unreadable).at(self.at, None));
        };
        let at = Chain::Key(self.at, key);
        seed.deserialize(Reader::new(value, &at, self.seen))
            .map_err(|e| e.at(&at, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Doc {
        year: u16,
        #[serde(default)]
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        n: f64,
        #[serde(default)]
        kind: Option<Size>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Size {
        Small,
        Large,
    }

    fn read(json: serde_json::Value) -> (Result<Doc, Mismatch>, Vec<String>) {
        let seen = Seen::default();
        let doc = Doc::deserialize(Reader::new(&json, &Chain::Root, &seen));
        let unknown = seen
            .unknown
            .into_inner()
            .into_iter()
            .map(|u| u.path)
            .collect();
        (doc, unknown)
    }

    fn failure(json: serde_json::Value) -> (String, Kind) {
        match read(json).0.map_err(Mismatch::into_inner) {
            Err(Failure {
                kind,
                path: Some(path),
            }) => (path, kind),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_good_value_reads_and_notes_the_fields_it_does_not_know() {
        let (doc, unknown) = read(serde_json::json!({
            "year": 2019, "_comment": "a note", "titel": "x",
            "items": [{"n": 1.5, "kind": "small", "lable": 1}]
        }));
        assert_eq!(
            doc.ok(),
            Some(Doc {
                year: 2019,
                items: vec![Item {
                    n: 1.5,
                    kind: Some(Size::Small)
                }]
            })
        );
        assert_eq!(unknown, ["items[0].lable", "titel"]);
    }

    #[test]
    fn each_failure_says_what_and_where_as_data() {
        assert_eq!(
            failure(serde_json::json!({"year": "2019"})),
            (
                "year".into(),
                Kind::WrongType {
                    found: Found::Text("2019".into()),
                    expected: Expected::WholeNumber
                }
            )
        );
        assert_eq!(
            failure(serde_json::json!({"year": 2019, "items": [{"n": 1}, {"n": "1.000"}]})),
            (
                "items[1].n".into(),
                Kind::WrongType {
                    found: Found::Text("1.000".into()),
                    expected: Expected::Number
                }
            )
        );
        assert_eq!(
            failure(serde_json::json!({"year": 2019, "items": [{"n": 1, "kind": "huge"}]})),
            (
                "items[0].kind".into(),
                Kind::UnknownValue {
                    found: "huge".into(),
                    allowed: vec!["small".into(), "large".into()],
                    near: None
                }
            )
        );
        assert_eq!(
            failure(serde_json::json!({"year": 2019, "items": [{"n": 1, "kind": 3}]})),
            (
                "items[0].kind".into(),
                Kind::WrongType {
                    found: Found::Number("3".into()),
                    expected: Expected::OneOf(vec!["small".into(), "large".into()])
                }
            )
        );
        assert_eq!(
            failure(serde_json::json!({"year": 2019, "items": [{}]})),
            ("items[0]".into(), Kind::MissingField { field: "n".into() })
        );
        assert_eq!(
            failure(serde_json::json!({"year": 70000})),
            (
                "year".into(),
                Kind::WrongType {
                    found: Found::Number("70000".into()),
                    expected: Expected::WholeNumber
                }
            )
        );
        // An object given as the list of its fields is no object.
        assert_eq!(
            failure(serde_json::json!({"year": 2019, "items": [[1]]})),
            (
                "items[0]".into(),
                Kind::WrongType {
                    found: Found::List,
                    expected: Expected::Object
                }
            )
        );
    }
}
