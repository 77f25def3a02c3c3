//! serde_json's errors in an editor's words, at the column an editor sees.

use serde_json::error::Category;

/// What went wrong, in plain words: serde_json's message without its
/// position (line and column are given apart) and without Rust's type
/// names, with a hint where the text is not what it should be at all.
/// `path` is where [`super::path_at`] found the error; `name` names the
/// document ("bundle").
pub(super) fn explain(text: &str, path: &str, e: &serde_json::Error, name: &str) -> String {
    let message = plain_types(&without_position(e));
    let start = text.trim_start();
    if e.classify() == Category::Eof {
        format!("the text ends before the JSON is complete; is the file cut off? ({message})")
    } else if path.is_empty() && start.starts_with('<') {
        format!("this is HTML or XML, not JSON: perhaps an error page ({message})")
    } else if message == "key must be a string" {
        "expected a field name in quotes here; is there a comma too many just before it?".into()
    } else if path.is_empty() && !start.starts_with('{') {
        format!("a {name} is a JSON object {{ … }}, but this text starts otherwise ({message})")
    } else {
        message
    }
}

/// serde_json's message without the " at line L column C" it appends.
fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(bare) => bare.to_string(),
        None => full,
    }
}

/// Says serde's type names the way an editor would.
fn plain_types(message: &str) -> String {
    let mut m = message
        .replace(
            "expected f64",
            "expected a number such as 240000 (no quotes, no thousands separators)",
        )
        .replace("expected u16", "expected a whole number such as 2019")
        .replace("expected a sequence", "expected a list [ … ]")
        .replace("expected a map", "expected an object { … }");
    // "expected struct Bundle", "expected internally tagged enum Block"
    for (pattern, plain) in [
        ("expected struct ", "expected an object { … }"),
        (
            "expected internally tagged enum ",
            "expected an object { \"type\": … }",
        ),
    ] {
        if let Some(at) = m.find(pattern) {
            let rest = &m[at + pattern.len()..];
            let name_end = rest
                .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            m = format!("{}{plain}{}", &m[..at], &rest[name_end..]);
        }
    }
    m
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

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> serde_json::Error {
        match serde_json::from_str::<std::collections::BTreeMap<String, f64>>(text) {
            Err(e) => e,
            Ok(_) => panic!("{text:?} parsed"),
        }
    }

    #[test]
    fn rust_type_names_become_words() {
        let e = error(r#"{"a": "240.000"}"#);
        let m = explain(r#"{"a": "240.000"}"#, "a", &e, "bundle");
        assert_eq!(
            m,
            "invalid type: string \"240.000\", expected a number such as 240000 (no quotes, no thousands separators)"
        );
        assert_eq!(
            plain_types("invalid type: string \"x\", expected struct Theme"),
            "invalid type: string \"x\", expected an object { … }"
        );
        assert_eq!(
            plain_types("invalid type: integer `7`, expected internally tagged enum Inline!"),
            "invalid type: integer `7`, expected an object { \"type\": … }!"
        );
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
