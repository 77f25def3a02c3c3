//! The text as a JSON value, read by serde_json's parser, with what the
//! parser alone cannot say:
//! - every field given twice in one object (serde_json's own `Value`
//!   keeps the last one and says nothing), by its path;
//! - for a text that is not JSON, what is wrong, as a [`NotJson`]: from
//!   serde_json's error category and its position, by replaying JSON's
//!   grammar up to that byte ([`at_error`]), never from its message.

use std::cell::RefCell;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::kind::NotJson;
use super::path_at;
use super::reader::Chain;

/// A text read as JSON.
#[derive(Debug)]
pub(super) struct Tree {
    pub value: Value,
    /// Every field given a second time in its object: its path and name.
    pub twice: Vec<(String, String)>,
}

/// A text that is not JSON: where, and how.
#[derive(Debug)]
pub(super) struct Unparsed {
    /// 1-based; the column in characters, as editors count.
    pub line: usize,
    pub column: usize,
    /// The JSON path around the fault; empty at the top.
    pub path: String,
    pub how: NotJson,
}

/// Reads `text` (after any byte order mark) as JSON. serde_json's nesting
/// limit (128) stays on, so deep nesting is an error, not a stack
/// overflow.
pub(super) fn parse(text: &str) -> Result<Tree, Unparsed> {
    let twice = RefCell::new(Vec::new());
    let mut reader = serde_json::Deserializer::from_str(text);
    let node = Node {
        at: &Chain::Root,
        twice: &twice,
    };
    match node
        .deserialize(&mut reader)
        .and_then(|value| reader.end().map(|()| value))
    {
        Ok(value) => Ok(Tree {
            value,
            twice: twice.into_inner(),
        }),
        Err(e) => Err(unparsed(text, &e)),
    }
}

fn unparsed(text: &str, e: &serde_json::Error) -> Unparsed {
    let line = e.line().max(1);
    let path = path_at(text, line, e.column());
    let start = text.trim_start();
    let how = if e.classify() == serde_json::error::Category::Eof {
        NotJson::CutOff
    } else if path.is_empty() && start.starts_with('<') {
        NotJson::Html
    } else if path.is_empty() && !start.starts_with('{') {
        NotJson::NotObject
    } else {
        let line_start: usize = text
            .split_inclusive('\n')
            .take(line - 1)
            .map(str::len)
            .sum();
        at_error(text, line_start + e.column().saturating_sub(1))
    };
    Unparsed {
        line,
        column: char_column(text, line, e.column()).max(1),
        path,
        how,
    }
}

/// What JSON's grammar wanted at byte `at`, where serde_json stopped:
/// the text before it replayed token by token.
fn at_error(text: &str, at: usize) -> NotJson {
    let b = text.as_bytes();
    let mut open: Vec<u8> = Vec::new();
    let mut want = Want::Value;
    // What the last token was: `"` a string, `0` a number, `a` a word
    // (true, nul…), else the bracket or sign itself.
    let mut last = 0u8;
    let after_value = |open: &[u8]| {
        if open.is_empty() {
            Want::Nothing
        } else {
            Want::CommaOrEnd
        }
    };
    let mut i = 0;
    while i < at.min(b.len()) {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let (token_end, kind) = match c {
            b'"' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                if j >= at {
                    // The fault is inside this text.
                    return if b.get(at).is_some_and(|c| *c < 0x20) {
                        NotJson::ControlCharacter
                    } else {
                        NotJson::BadEscape
                    };
                }
                want = if matches!(want, Want::Key | Want::KeyOrEnd) {
                    Want::Colon
                } else {
                    after_value(&open)
                };
                (j + 1, b'"')
            }
            b'{' | b'[' => {
                open.push(c);
                want = if c == b'{' {
                    Want::KeyOrEnd
                } else {
                    Want::ValueOrEnd
                };
                (i + 1, c)
            }
            b'}' | b']' => {
                open.pop();
                want = after_value(&open);
                (i + 1, c)
            }
            b':' => {
                want = Want::Value;
                (i + 1, c)
            }
            b',' => {
                want = if open.last() == Some(&b'{') {
                    Want::Key
                } else {
                    Want::Value
                };
                (i + 1, c)
            }
            _ => {
                let number = c == b'-' || c.is_ascii_digit();
                let mut j = i;
                while j < b.len() && !b" \t\r\n,:{}[]\"".contains(&b[j]) {
                    j += 1;
                }
                if j > at {
                    // The fault is inside this number or word.
                    return if number {
                        NotJson::BadNumber
                    } else {
                        NotJson::ExpectedValue
                    };
                }
                want = after_value(&open);
                (j, if number { b'0' } else { b'a' })
            }
        };
        last = kind;
        i = token_end;
    }
    wanted(want, last, &open, b.get(at).copied().unwrap_or(b' '))
}

/// What JSON's grammar wants next.
#[derive(Clone, Copy, PartialEq)]
enum Want {
    Value,
    ValueOrEnd,
    Key,
    KeyOrEnd,
    Colon,
    CommaOrEnd,
    Nothing,
}

/// What is wrong with byte `c` where the grammar wanted `want`, after a
/// token `last` (see [`at_error`]), inside the brackets `open`.
fn wanted(want: Want, last: u8, open: &[u8], c: u8) -> NotJson {
    if matches!(c, b'{' | b'[') && open.len() >= 127 {
        return NotJson::TooDeep;
    }
    let closes = |c: u8| match open.last() {
        Some(b'{') => c == b'}',
        Some(_) => c == b']',
        None => false,
    };
    match want {
        Want::Key if c == b'}' => NotJson::TrailingComma,
        Want::Value if c == b']' && last == b',' => NotJson::TrailingComma,
        Want::Key | Want::KeyOrEnd => NotJson::FieldNameUnquoted,
        Want::Colon => NotJson::ExpectedColon,
        // What follows is right: the fault was the number or word before.
        Want::CommaOrEnd if c == b',' || closes(c) => match last {
            b'0' => NotJson::BadNumber,
            b'a' => NotJson::ExpectedValue,
            _ => NotJson::ExpectedCommaOrEnd,
        },
        Want::CommaOrEnd => NotJson::ExpectedCommaOrEnd,
        Want::Nothing => NotJson::TrailingText,
        Want::Value | Want::ValueOrEnd if c == b'-' || c.is_ascii_digit() => NotJson::BadNumber,
        Want::Value | Want::ValueOrEnd => NotJson::ExpectedValue,
    }
}

/// serde_json counts columns in bytes; editors count characters.
pub(super) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let mut end = byte_column.min(line_text.len());
    let mut partial = 0;
    while !line_text.is_char_boundary(end) {
        end -= 1;
        partial = 1;
    }
    line_text
        .get(..end)
        .map_or(byte_column, |t| t.chars().count() + partial)
}

/// One JSON value at a place, as serde_json's `Value` reads it, noting
/// the fields an object has twice.
struct Node<'a> {
    at: &'a Chain<'a>,
    twice: &'a RefCell<Vec<(String, String)>>,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = items.next_element_seed(Node {
            at: &Chain::Index(self.at, out.len()),
            twice: self.twice,
        })? {
            out.push(item);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = fields.next_key::<String>()? {
            let at = Chain::Key(self.at, &key);
            let value = fields.next_value_seed(Node {
                at: &at,
                twice: self.twice,
            })?;
            if out.contains_key(&key) {
                self.twice.borrow_mut().push((at.to_string(), key.clone()));
            }
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn how(text: &str) -> NotJson {
        match parse(text) {
            Err(e) => e.how,
            Ok(_) => panic!("{text:?} parsed"),
        }
    }

    #[test]
    fn each_fault_is_named_by_the_grammar_at_its_place() {
        for (text, expected) in [
            ("{\"a\": 1,}", NotJson::TrailingComma),
            ("{\"a\": [1,]}", NotJson::TrailingComma),
            ("{a: 1}", NotJson::FieldNameUnquoted),
            ("{\"a\":1,,}", NotJson::FieldNameUnquoted),
            ("{\"a\" 1}", NotJson::ExpectedColon),
            ("{\"a\": 1 \"b\": 2}", NotJson::ExpectedCommaOrEnd),
            ("{\"a\": [1 2]}", NotJson::ExpectedCommaOrEnd),
            ("{\"a\": }", NotJson::ExpectedValue),
            ("{\"a\": 'x'}", NotJson::ExpectedValue),
            ("{\"a\": True}", NotJson::ExpectedValue),
            ("{\"a\": nul}", NotJson::ExpectedValue),
            ("{\"a\": +1}", NotJson::ExpectedValue),
            ("{\"a\": 1.}", NotJson::BadNumber),
            ("{\"a\": 01}", NotJson::BadNumber),
            ("{\"a\": -}", NotJson::BadNumber),
            ("{\"a\": 1e400}", NotJson::BadNumber),
            ("{\"a\": \"x\ty\"}", NotJson::ControlCharacter),
            ("{\"a\": \"\\q\"}", NotJson::BadEscape),
            ("{\"a\": \"\\ud800\"}", NotJson::BadEscape),
            ("{\"a\": 1} x", NotJson::TrailingText),
            ("{\"a\": \"abc", NotJson::CutOff),
            ("{\"a\": 1", NotJson::CutOff),
            ("<!doctype html>", NotJson::Html),
            ("hello", NotJson::NotObject),
            ("{\"é\": x}", NotJson::ExpectedValue),
        ] {
            assert_eq!(how(text), expected, "{text:?}");
        }
        let deep = format!("{{\"a\": {}", "[".repeat(200));
        assert_eq!(how(&deep), NotJson::TooDeep);
    }

    #[test]
    fn the_place_is_in_characters_with_its_path() {
        let e = parse("{\"é\": {\"b\": x}}").unwrap_err();
        assert_eq!((e.line, e.column, e.path.as_str()), (1, 13, "é.b"));
    }

    #[test]
    fn fields_given_twice_are_noted_by_path() {
        let tree = parse(r#"{"a": {"b": 1, "b": 2}, "c": [{"d": 0, "d": 0}], "a": 3}"#).unwrap();
        let paths: Vec<&str> = tree.twice.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["a.b", "c[0].d", "a"]);
        assert_eq!(tree.twice[0].1, "b");
        assert_eq!(tree.value["a"], 3);
    }

    #[test]
    fn columns_count_characters() {
        // "é" is two bytes: the "x" at byte column 8 is the 7th character.
        assert_eq!(char_column("{\"é\": x}", 1, 8), 7);
        assert_eq!(char_column("a\n\"éé\" x", 2, 7), 5);
        assert_eq!(char_column("a", 5, 3), 3, "a line past the end");
        // Inside a multi-byte character: the character's own column.
        assert_eq!(char_column("éé", 1, 3), 2);
    }
}
