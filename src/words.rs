//! How problems are said, in Dutch and English: the few ways every
//! domain's messages quote a value, list choices and suggest a close one.
//! Each domain keeps its own kinds and their words next to its rule (the
//! reading in `crate::json`, the bundle's rules in `crate::bundle`, the
//! catalog's in `crate::catalog`, the translation check in
//! `crate::translation`, the editors' check in `crate::check`), and says
//! them through [`Message`]. No dependencies but [`Lang`].

use crate::lang::Lang;

/// What the page shows for a fixed value of a field ("Op schema" for
/// `status` `on_track`), if it shows a word for it. The reading and the
/// bundle's rules know the values, not the page's words for them, so the
/// caller hands this in (`crate::check::label`).
pub type Label = fn(value: &str, field: &str, lang: Lang) -> Option<&'static str>;

/// No labels: every value as it is written.
pub fn no_label(_: &str, _: &str, _: Lang) -> Option<&'static str> {
    None
}

/// A problem kind, in words: its short code (for the console), its
/// title and its message, in a language. One table per domain, next to
/// its rules: the editors' check says the messages; the visitors' error
/// details say the titles, which cost the visitors' wasm far less than
/// the messages would: 2.5 kB gzip against 8.8 kB for those of the
/// reading and of the bundle's and the catalog's rules (release build,
/// wasm-opt -Oz, gzip -9).
pub trait Message {
    /// A short, language-neutral name: `id-twice`, `unknown-field`, ….
    fn code(&self) -> &'static str;
    /// What is wrong, in a few words, with the value it is about:
    /// "onbekend veld `previuos`".
    fn title(&self, say: Say) -> String;
    /// What is wrong and what would be right, for the value at `path`.
    fn text(&self, path: &str, say: Say) -> String;
}

/// The language to say a message in, and the page's words for fixed
/// values.
#[derive(Clone, Copy)]
pub struct Say {
    pub lang: Lang,
    pub label: Label,
}

impl Say {
    pub fn new(lang: Lang, label: Label) -> Say {
        Say { lang, label }
    }

    pub fn nl(self) -> bool {
        self.lang == Lang::Nl
    }

    /// The Dutch or the English words.
    pub fn pick(self, dutch: String, english: String) -> String {
        if self.nl() {
            dutch
        } else {
            english
        }
    }

    /// A title, with the value it is about, if any: "onbekend veld
    /// `previuos`".
    pub fn titled(self, dutch: &str, english: &str, value: &str) -> String {
        let words = if self.nl() { dutch } else { english };
        match value {
            "" => words.to_string(),
            v => format!("{words} {}", code(v)),
        }
    }

    /// A value with the page's label for it, where the page has one:
    /// "`on_track` (Op schema)".
    pub fn labelled(self, value: &str, field: &str) -> String {
        match (self.label)(value, field, self.lang) {
            Some(l) => format!("{} ({l})", code(value)),
            None => code(value),
        }
    }

    /// The allowed values, each with its label: "`on_track` (Op schema),
    /// `off_track` (Niet op schema) of `no_data` (Geen gegevens)".
    pub fn choices(self, allowed: &[String], field: &str) -> String {
        let each: Vec<String> = allowed.iter().map(|w| self.labelled(w, field)).collect();
        self.listed(&each)
    }

    /// "; bedoelde u `x` (label)?", or nothing.
    pub fn suggestion(self, near: Option<&str>, field: &str) -> String {
        match near {
            Some(w) => self.pick(
                format!("; bedoelde u {}?", self.labelled(w, field)),
                format!("; did you mean {}?", self.labelled(w, field)),
            ),
            None => String::new(),
        }
    }

    /// "a, b of c" / "a, b or c".
    pub fn listed(self, items: &[String]) -> String {
        let or = if self.nl() { "of" } else { "or" };
        match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        }
    }

    /// Bytes as megabytes with one decimal: 20,0 MB / 20.0 MB.
    pub fn megabytes(self, bytes: u64) -> String {
        let text = format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0));
        if self.nl() {
            text.replace('.', ",")
        } else {
            text
        }
    }
}

/// A value as editors write it in the file: between backticks (the
/// editors' page shows it as code).
pub fn code(value: &str) -> String {
    format!("`{value}`")
}

/// The field a path ends in: `status` for `…indicators[0].status`.
pub fn field_of(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(value: &str, field: &str, lang: Lang) -> Option<&'static str> {
        (field == "status" && value == "on_track").then_some(match lang {
            Lang::Nl => "Op schema",
            Lang::En => "On track",
        })
    }

    #[test]
    fn values_are_quoted_listed_and_labelled() {
        let nl = Say::new(Lang::Nl, status);
        let words = [code("a"), code("b"), code("c")];
        assert_eq!(nl.listed(&words), "`a`, `b` of `c`");
        assert_eq!(Say::new(Lang::En, no_label).listed(&words[..1]), "`a`");
        assert_eq!(
            nl.choices(&["on_track".into(), "x".into()], "status"),
            "`on_track` (Op schema) of `x`"
        );
        assert_eq!(
            Say::new(Lang::En, status).suggestion(Some("on_track"), "status"),
            "; did you mean `on_track` (On track)?"
        );
        assert_eq!(nl.suggestion(None, "status"), "");
        assert_eq!(nl.megabytes(20 << 20), "20,0 MB");
        assert_eq!(field_of("a[1].status"), "status");
        assert_eq!(field_of("highlights[0]"), "highlights");
    }
}
