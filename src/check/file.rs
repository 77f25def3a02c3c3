//! The editors' check's own kinds of problem: a file that is no bundle
//! at all, and a catalog whose bundles are not what it says
//! (`check-bundle --catalog`); with their words in Dutch and English.
//! No browser dependencies.

use crate::words::{code, Message, Say};

/// What is wrong with a file an editor chose, or with a catalog's bundle.
#[derive(Debug, Clone, PartialEq)]
pub enum File {
    /// A file that is no text at all.
    NotText(FileKind),
    /// Text that is not UTF-8.
    NotUtf8,
    /// A catalog given where a bundle belongs.
    IsCatalog,
    /// A file the browser could not read.
    Unreadable,
    /// No file where the catalog says a bundle is.
    NoBundleFile { file: String },
    /// The catalog says another theme, year, language or title than the
    /// bundle: (field, the catalog's value, the bundle's).
    CatalogDiffers {
        file: String,
        fields: Vec<(&'static str, String, String)>,
    },
}

/// What a file that is no text is, by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    Gif,
    Pdf,
    Zip,
    OldOffice,
    Utf16,
}

/// What a file that is no text is, by its first bytes: the files an
/// editor might pick by mistake.
pub fn binary_kind(bytes: &[u8]) -> Option<FileKind> {
    const KINDS: &[(&[u8], FileKind)] = &[
        (b"\x89PNG", FileKind::Png),
        (b"\xff\xd8\xff", FileKind::Jpeg),
        (b"GIF8", FileKind::Gif),
        (b"%PDF", FileKind::Pdf),
        (b"PK\x03\x04", FileKind::Zip),
        (b"\xd0\xcf\x11\xe0", FileKind::OldOffice),
        (b"\xff\xfe", FileKind::Utf16),
        (b"\xfe\xff", FileKind::Utf16),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

impl Message for File {
    fn code(&self) -> &'static str {
        match self {
            File::NotText(_) => "not-text",
            File::NotUtf8 => "not-utf-8",
            File::IsCatalog => "is-a-catalog",
            File::Unreadable => "unreadable-file",
            File::NoBundleFile { .. } => "no-bundle-file",
            File::CatalogDiffers { .. } => "catalog-differs",
        }
    }

    fn title(&self, say: Say) -> String {
        let (dutch, english) = match self {
            File::NotText(_) => ("geen tekstbestand", "not a text file"),
            File::NotUtf8 => ("geen UTF-8-tekst", "not UTF-8 text"),
            File::IsCatalog => ("een catalogus", "a catalog"),
            File::Unreadable => ("onleesbaar bestand", "unreadable file"),
            File::NoBundleFile { .. } => ("bundel ontbreekt", "bundle missing"),
            File::CatalogDiffers { .. } => (
                "catalogus en bundel verschillen",
                "catalog and bundle differ",
            ),
        };
        say.pick(dutch.into(), english.into())
    }

    fn text(&self, _: &str, say: Say) -> String {
        let fixed = |dutch: &str, english: &str| say.pick(dutch.into(), english.into());
        match self {
            File::NotText(what) => {
                let (dutch, english) = match what {
                    FileKind::Png => ("een PNG-afbeelding", "a PNG image"),
                    FileKind::Jpeg => ("een JPEG-afbeelding", "a JPEG image"),
                    FileKind::Gif => ("een GIF-afbeelding", "a GIF image"),
                    FileKind::Pdf => ("een PDF-document", "a PDF document"),
                    FileKind::Zip => (
                        "een ZIP-archief (of een Word- of Excelbestand)",
                        "a ZIP archive (or a Word or Excel file)",
                    ),
                    FileKind::OldOffice => {
                        ("een oud Word- of Excelbestand", "an old Word or Excel file")
                    }
                    FileKind::Utf16 => (
                        "UTF-16-tekst; sla het bestand op als UTF-8",
                        "UTF-16 text; save the file as UTF-8",
                    ),
                };
                say.pick(
                    format!("dit is {dutch}, geen resultatenbundel (een JSON-tekstbestand)"),
                    format!("this is {english}, not a results bundle (a JSON text file)"),
                )
            }
            File::NotUtf8 => fixed(
                "dit is geen UTF-8-tekst: sla het bestand op als UTF-8",
                "this is not UTF-8 text: save the file as UTF-8",
            ),
            File::IsCatalog => fixed(
                "dit is een catalogus (die noemt bundels), geen bundel",
                "this is a catalog (it lists bundles), not a bundle",
            ),
            File::Unreadable => fixed(
                "het bestand kon niet gelezen worden: kies het opnieuw",
                "the file could not be read: choose it again",
            ),
            File::NoBundleFile { file } => say.pick(
                format!("er is geen bundel op {}", code(file)),
                format!("there is no bundle at {}", code(file)),
            ),
            File::CatalogDiffers { file, fields } => {
                let each = |field: &str, listed: &str, found: &str| {
                    let (f_nl, f_en) = match field {
                        "theme" => ("thema", "theme"),
                        "year" => ("jaar", "year"),
                        "language" => ("taal", "language"),
                        _ => ("titel", "title"),
                    };
                    say.pick(
                        format!("{f_nl} {listed}, de bundel {found}"),
                        format!("{f_en} {listed}, the bundle {found}"),
                    )
                };
                let all: Vec<String> = fields.iter().map(|(f, a, b)| each(f, a, b)).collect();
                say.pick(
                    format!(
                        "de catalogus zegt {} ({}): maak ze gelijk",
                        all.join("; "),
                        code(file)
                    ),
                    format!(
                        "the catalog says {} ({}): make them the same",
                        all.join("; "),
                        code(file)
                    ),
                )
            }
        }
    }
}
