//! Structured text: paragraphs, headings and lists of inline runs (text,
//! emphasis, strong, links). Never HTML.

use serde::{Deserialize, Serialize};

/// Structured text: a list of blocks.
pub type RichText = Vec<Block>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
    },
    /// A heading inside a text, one level below the text's own heading.
    Heading {
        text: String,
    },
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
        /// The language of this passage when it differs from the bundle's
        /// (WCAG 3.1.2), e.g. `"en"` for an English quote on a Dutch page.
        /// Proper names need none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    Emphasis {
        text: String,
    },
    Strong {
        text: String,
    },
    /// `href: null` means the source names the link but not its address.
    Link {
        text: String,
        #[serde(default)]
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
