//! What the editor chose, read and checked: the files, and the pairs of
//! them that are translations of each other. Held in memory only; a
//! reload empties it.

use std::sync::Arc;

use resultaten::check::{self, messages, Checked, File, Finding, Kind};
use resultaten::i18n::{count, CheckStrings, Lang};

/// A file the editor chose, checked.
pub struct ChosenFile {
    pub name: String,
    pub checked: Checked,
}

/// Two of the chosen files that are translations of each other (Dutch
/// first), and every difference; or, when one of them has problems, why
/// they were not compared (`not_compared`).
pub struct Pair {
    pub names: [String; 2],
    pub texts: [Arc<String>; 2],
    pub differences: Vec<check::Difference>,
    pub not_compared: Option<Kind>,
}

/// What the editors' page shows: the files as last chosen.
#[derive(Clone, Default)]
pub struct Chosen {
    pub files: Arc<Vec<ChosenFile>>,
    pub pairs: Arc<Vec<Pair>>,
}

impl Chosen {
    /// Reads and checks the files, one per task so that the page stays
    /// responsive, and pairs them.
    pub async fn read(files: Vec<web_sys::File>) -> Chosen {
        let mut out = Vec::new();
        for file in files {
            out.push(ChosenFile {
                name: file.name(),
                checked: read_file(&file).await,
            });
            resultaten::dom::load::next_task().await;
        }
        let pairs = pairs(&out);
        Chosen {
            files: Arc::new(out),
            pairs: Arc::new(pairs),
        }
    }

    /// What the status line says once the files are read:
    /// "broken.json: 8 problemen. nl.json: geen problemen gevonden."
    pub fn announcement(&self, t: &CheckStrings, lang: Lang) -> String {
        let files = self.files.iter().map(|f| {
            let problems = count_problems(t, &f.checked.problems);
            format!("{}: {problems}.", f.name)
        });
        let pairs = self.pairs.iter().map(|p| {
            format!(
                "{}: {}.",
                t.translation
                    .replace("{a}", &p.names[0])
                    .replace("{b}", &p.names[1]),
                match &p.not_compared {
                    Some(why) => messages::sentence(why, "", lang),
                    None => count(p.differences.len(), t.difference_one, t.differences_many),
                }
            )
        });
        files.chain(pairs).collect::<Vec<_>>().join(" ")
    }
}

/// "8 problemen", "Geen problemen gevonden", with the warnings after:
/// "Geen problemen gevonden, 1 waarschuwing".
pub fn count_problems(t: &CheckStrings, findings: &[Finding]) -> String {
    let warnings = findings.iter().filter(|f| f.kind.is_warning()).count();
    let problems = findings.len() - warnings;
    let mut said = if problems == 0 {
        t.no_problems.to_string()
    } else {
        count(problems, t.problem_one, t.problems_many)
    };
    if warnings > 0 {
        said.push_str(", ");
        said.push_str(&count(warnings, t.warning_one, t.warnings_many));
    }
    said
}

/// A file's bytes, checked; a file over the limit is refused unread.
async fn read_file(file: &web_sys::File) -> Checked {
    // `size` is a whole number of bytes in a double.
    let size = file.size().max(0.0) as u64;
    if let Some(refused) = check::too_large(size) {
        return refused;
    }
    match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => check::check_file(&js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => Checked::one(String::new(), None, Kind::File(File::Unreadable)),
    }
}

/// The files of a file input or of a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Every two files that are translations of each other, compared; and
/// every two of one theme and year that could not be, with why.
fn pairs(files: &[ChosenFile]) -> Vec<Pair> {
    let mut out = Vec::new();
    for (i, a) in files.iter().enumerate() {
        for b in &files[i + 1..] {
            let pair = |first: &ChosenFile, second: &ChosenFile, differences, not_compared| Pair {
                names: [first.name.clone(), second.name.clone()],
                texts: [
                    Arc::new(first.checked.text.clone()),
                    Arc::new(second.checked.text.clone()),
                ],
                differences,
                not_compared,
            };
            if let Some(([first, _], differences)) = check::translation_pair(&a.checked, &b.checked)
            {
                let (first, second) = if std::ptr::eq(first, &a.checked) {
                    (a, b)
                } else {
                    (b, a)
                };
                out.push(pair(first, second, differences, None));
            } else if let Some(why) = check::not_compared(&a.checked, &b.checked) {
                out.push(pair(a, b, Vec::new(), Some(why)));
            }
        }
    }
    out
}
