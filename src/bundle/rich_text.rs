//! Structured text: paragraphs, headings and lists of inline runs (text,
//! emphasis, strong, links). Never HTML.

use serde::{Deserialize, Deserializer, Serialize};

/// Structured text: a list of blocks.
pub type RichText = Vec<Block>;

// Read through raw::RawBlock (see `mod raw` below).
/// One block of structured text, told apart by its `type`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// The paragraph's runs of text, in order.
        content: Vec<Inline>,
    },
    /// A heading inside a text, one level below the text's own heading.
    Heading {
        /// The heading's text.
        text: String,
    },
    /// A bulleted or numbered list.
    List {
        /// `true` for a numbered list.
        #[serde(default)]
        ordered: bool,
        /// The list's points, each a list of runs of text; at least one.
        items: Vec<Vec<Inline>>,
    },
}

// Read through raw::RawInline (see `mod raw` below).
/// A run of text inside a block, told apart by its `type`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text.
    Text {
        /// The text.
        text: String,
        /// The language of this passage when it differs from the bundle's
        /// (WCAG 3.1.2), e.g. `"en"` for an English quote on a Dutch page.
        /// Proper names need none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// Text in italics.
    Emphasis {
        /// The text.
        text: String,
    },
    /// Text in bold.
    Strong {
        /// The text.
        text: String,
    },
    /// A link. `href: null` means the source names the link but not its
    /// address.
    Link {
        /// The link's text.
        text: String,
        /// The address: https:, http: or mailto:, a path on this site, or
        /// `#id` for a place on the page (an id of this bundle).
        /// `javascript:`, `data:` and `//host` are refused.
        #[serde(default)]
        #[cfg_attr(
            not(target_arch = "wasm32"),
            schemars(pattern(crate::address::HREF_PATTERN))
        )]
        href: Option<String>,
    },
}

impl Inline {
    pub fn text(&self) -> &str {
        match self {
            Inline::Text { text, .. }
            | Inline::Emphasis { text }
            | Inline::Strong { text }
            | Inline::Link { text, .. } => text,
        }
    }
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Block, D::Error> {
        raw::RawBlock::deserialize(d)?.block()
    }
}

impl<'de> Deserialize<'de> for Inline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Inline, D::Error> {
        raw::RawInline::deserialize(d)?.inline()
    }
}

/// How rich text is read: one flat, derived struct per block or inline
/// run, with its `type` as an ordinary field, turned into the enum
/// afterwards. Serialisation and the JSON Schema come from the enums' own
/// derives, as internally tagged enums.
///
/// serde's derive for an internally tagged enum buffers every block in its
/// private `Content` type and then runs a second, `Content`-specific copy
/// of every field's deserialiser. These flat structs read each block once,
/// in place, with serde's own errors: 8.5 kB gzip less wasm than deriving
/// `Deserialize` on the enums (release build, wasm-opt -Oz, gzip -9:
/// 229,305 B derived, 220,782 B adapted). A field of another kind of
/// block or run (`text` in a paragraph, `href` on emphasis) is refused as
/// the reading refuses a field it does not know (`unknown_field`), in
/// any version of the format: the JSON Schema refuses it too.
mod raw {
    use serde::de::Error;
    use serde::Deserialize;

    use super::{Block, Inline};

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum BlockType {
        Paragraph,
        Heading,
        List,
    }

    #[derive(Deserialize)]
    pub(super) struct RawBlock {
        #[serde(rename = "type")]
        kind: BlockType,
        #[serde(default)]
        content: Option<Vec<Inline>>,
        #[serde(default)]
        text: Option<String>,
        #[serde(default, deserialize_with = "given")]
        ordered: Option<bool>,
        #[serde(default)]
        items: Option<Vec<Vec<Inline>>>,
    }

    /// `true` or `false` when the field is there (never `null`); `None`
    /// only when it is not.
    fn given<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        bool::deserialize(d).map(Some)
    }

    const PARAGRAPH: &[&str] = &["type", "content"];
    const HEADING: &[&str] = &["type", "text"];
    const LIST: &[&str] = &["type", "ordered", "items"];

    impl RawBlock {
        /// The block its `type` says, with the fields that kind has. An
        /// absent field and `null` both arrive as `None`: both are
        /// missing.
        pub(super) fn block<E: Error>(self) -> Result<Block, E> {
            let known = match self.kind {
                BlockType::Paragraph => PARAGRAPH,
                BlockType::Heading => HEADING,
                BlockType::List => LIST,
            };
            let given = [
                ("content", self.content.is_some()),
                ("text", self.text.is_some()),
                ("ordered", self.ordered.is_some()),
                ("items", self.items.is_some()),
            ];
            if let Some((field, _)) = given.iter().find(|(f, g)| *g && !known.contains(f)) {
                return Err(E::unknown_field(field, known));
            }
            Ok(match self.kind {
                BlockType::Paragraph => Block::Paragraph {
                    content: self.content.ok_or_else(|| E::missing_field("content"))?,
                },
                BlockType::Heading => Block::Heading {
                    text: self.text.ok_or_else(|| E::missing_field("text"))?,
                },
                BlockType::List => Block::List {
                    ordered: self.ordered.unwrap_or(false),
                    items: self.items.ok_or_else(|| E::missing_field("items"))?,
                },
            })
        }
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum InlineType {
        Text,
        Emphasis,
        Strong,
        Link,
    }

    #[derive(Deserialize)]
    pub(super) struct RawInline {
        #[serde(rename = "type")]
        kind: InlineType,
        text: String,
        #[serde(default)]
        lang: Option<String>,
        #[serde(default)]
        href: Option<String>,
    }

    const TEXT: &[&str] = &["type", "text", "lang"];
    const RUN: &[&str] = &["type", "text"];
    const LINK: &[&str] = &["type", "text", "href"];

    impl RawInline {
        /// The run its `type` says; `lang` belongs to text, `href` to a
        /// link.
        pub(super) fn inline<E: Error>(self) -> Result<Inline, E> {
            let text = self.text;
            let refuse = |field| Err(E::unknown_field(field, RUN));
            match self.kind {
                InlineType::Text if self.href.is_some() => Err(E::unknown_field("href", TEXT)),
                InlineType::Link if self.lang.is_some() => Err(E::unknown_field("lang", LINK)),
                InlineType::Emphasis | InlineType::Strong if self.lang.is_some() => refuse("lang"),
                InlineType::Emphasis | InlineType::Strong if self.href.is_some() => refuse("href"),
                InlineType::Text => Ok(Inline::Text {
                    text,
                    lang: self.lang,
                }),
                InlineType::Emphasis => Ok(Inline::Emphasis { text }),
                InlineType::Strong => Ok(Inline::Strong { text }),
                InlineType::Link => Ok(Inline::Link {
                    text,
                    href: self.href,
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(json: &str) -> Result<RichText, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn every_kind_reads_with_the_type_anywhere() {
        assert_eq!(
            blocks(
                r#"[{"content": [{"text": "a", "type": "text", "lang": "en"}, {"type": "link", "text": "b"}], "type": "paragraph", "x": [[1]]},
                    {"type": "list", "ordered": true, "items": [[{"type": "strong", "text": "c"}], []]},
                    {"type": "heading", "text": "d"},
                    {"type": "paragraph", "content": [{"type": "emphasis", "text": "e"}]}]"#
            ),
            Ok(vec![
                Block::Paragraph {
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
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![Inline::Strong { text: "c".into() }], vec![]]
                },
                Block::Heading { text: "d".into() },
                Block::Paragraph {
                    content: vec![Inline::Emphasis { text: "e".into() }]
                },
            ])
        );
    }

    #[test]
    fn errors_are_serde_s_own() {
        for (json, message) in [
            (r#"[{"content": []}]"#, "missing field `type`"),
            (
                r#"[{"type": "para"}]"#,
                "unknown variant `para`, expected one of `paragraph`, `heading`, `list`",
            ),
            (r#"[{"type": "heading"}]"#, "missing field `text`"),
            (r#"[{"type": "paragraph"}]"#, "missing field `content`"),
            (r#"[{"type": "list"}]"#, "missing field `items`"),
            (
                r#"[{"type": "paragraph", "content": null}]"#,
                "missing field `content`",
            ),
            (
                r#"[{"type": "paragraph", "content": [], "text": "x"}]"#,
                "unknown field `text`, expected `type` or `content`",
            ),
            (
                r#"[{"type": "heading", "text": "x", "ordered": true}]"#,
                "unknown field `ordered`, expected `type` or `text`",
            ),
            (
                r#"[{"type": "paragraph", "content": [{"type": "emphasis", "text": "e", "href": "x"}]}]"#,
                "unknown field `href`, expected `type` or `text`",
            ),
            (
                r#"[{"type": "paragraph", "content": [{"type": "link", "text": "e", "lang": "en"}]}]"#,
                "unknown field `lang`, expected one of `type`, `text`, `href`",
            ),
            (
                r#"[{"type": "heading", "text": 5}]"#,
                "invalid type: integer `5`, expected a string",
            ),
            (
                r#"[{"type": "heading", "text": "a", "text": "b"}]"#,
                "duplicate field `text`",
            ),
            (
                r#"[{"type": "list", "ordered": null, "items": []}]"#,
                "invalid type: null, expected a boolean",
            ),
            (
                r#"[{"type": "paragraph", "content": [{"type": "bold", "text": "x"}]}]"#,
                "unknown variant `bold`, expected one of `text`, `emphasis`, `strong`, `link`",
            ),
            (
                r#"[{"type": "paragraph", "content": [{"type": "link"}]}]"#,
                "missing field `text`",
            ),
            (
                r#"[{"type": "paragraph", "content": [7]}]"#,
                "invalid type: integer `7`, expected struct RawInline",
            ),
        ] {
            let got = blocks(json).unwrap_err();
            assert!(got.starts_with(message), "{json}: {got}");
        }
    }

    #[test]
    fn written_as_it_is_read() {
        let json = r##"[{"type":"list","ordered":false,"items":[[{"type":"text","text":"a"},{"type":"link","text":"b","href":"#x"}]]}]"##;
        let read = blocks(json).unwrap();
        assert_eq!(serde_json::to_string(&read).ok().as_deref(), Some(json));
    }
}
