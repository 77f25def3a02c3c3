//! The editors' messages: any problem the check finds ([`Kind`]), said
//! in Dutch or English by the domain that owns it (the reading, the
//! bundle's or the catalog's rules, the translation check, the series,
//! the check's own file kinds), with the labels the page shows for fixed
//! values ("`on_track` (Op schema)"). The editors' page says them in its
//! language; `check-bundle` in English, or Dutch with `--lang nl`; the
//! visitors' error details use the same words. No browser dependencies.

use super::Kind;
use crate::bundle::Status;
use crate::i18n::status_label;
use crate::lang::Lang;
use crate::words::{Message, Say};

/// How the editors' messages are said in `lang`: with the page's labels.
pub fn say(lang: Lang) -> Say {
    Say::new(lang, label)
}

/// The message for `kind` at `path`, in `lang`.
pub fn text(kind: &Kind, path: &str, lang: Lang) -> String {
    kind.text(path, say(lang))
}

/// The message on its own, as a sentence: its first letter a capital.
/// (`check-bundle` writes it after the path, as it is.)
pub fn sentence(kind: &Kind, path: &str, lang: Lang) -> String {
    let text = text(kind, path, lang);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => text,
    }
}

/// What the page shows for a fixed value of `field`, if it shows a word.
pub fn label(value: &str, field: &str, lang: Lang) -> Option<&'static str> {
    let nl = lang == Lang::Nl;
    let status = |s| Some(status_label(s, lang));
    match (field, value) {
        ("status", "on_track") => status(Status::OnTrack),
        ("status", "partly_on_track") => status(Status::PartlyOnTrack),
        ("status", "off_track") => status(Status::OffTrack),
        ("status", "no_data") => status(Status::NoData),
        ("measure", "count") => Some(if nl { "aantal" } else { "count" }),
        ("measure", "percentage") => Some("percentage"),
        ("kind", "photo") => Some(if nl { "foto" } else { "photo" }),
        ("kind", "video") => Some("video"),
        ("kind", "bars") => Some(if nl { "staven" } else { "bars" }),
        ("kind", "comparison") => Some(if nl { "vergelijking" } else { "comparison" }),
        ("kind", "steps") => Some(if nl { "stappen" } else { "steps" }),
        ("kind", "diverging") => Some(if nl { "rond nul" } else { "around zero" }),
        ("dimension", "sex") => Some(if nl { "geslacht" } else { "sex" }),
        ("dimension", "group") => Some(if nl { "groep" } else { "group" }),
        ("dimension", "country") => Some(if nl { "land" } else { "country" }),
        ("alternative", "print") => Some(if nl { "afdrukken" } else { "print" }),
        ("type", "paragraph") => Some(if nl { "alinea" } else { "paragraph" }),
        ("type", "heading") => Some(if nl { "kopje" } else { "heading" }),
        ("type", "list") => Some(if nl { "lijst" } else { "list" }),
        ("type", "text") => Some(if nl { "tekst" } else { "text" }),
        ("type", "link") => Some("link"),
        _ => None,
    }
}
