//! The page's contract with its scripts (`resultaten::contract`): every
//! class name, data attribute, id, file, message and query parameter the
//! scripts use is in the contract's list, and every name the list says the
//! page writes is in the page the build renders. A renamed class then
//! fails here, not in a reader's hands.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use resultaten::contract::{find, Kind, Writer, NAMES};

/// The scripts that read what the app wrote.
const SCRIPTS: &[&str] = &[
    "public/loader.js",
    "public/boot.js",
    "public/embed/mount.js",
    "public/embed/resize.js",
    "scripts/build/embed-heights.mjs",
];

/// The text of every string literal in a script (quotes, and template
/// literals without their `${…}` parts), comments left out.
fn string_literals(js: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = js.chars().collect();
    let mut i = 0;
    // Whether a `/` here starts a regular expression (after an operator or
    // a bracket) rather than dividing.
    let mut regex_may_start = true;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            '/' if regex_may_start => {
                // A regular expression literal: skipped whole.
                i += 1;
                let mut class = false;
                while i < chars.len() && (chars[i] != '/' || class) {
                    match chars[i] {
                        '\\' => i += 1,
                        '[' => class = true,
                        ']' => class = false,
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
                regex_may_start = false;
            }
            '\'' | '"' | '`' => {
                let quote = c;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    if chars[i] == '\\' {
                        i += 1;
                        if let Some(&next) = chars.get(i) {
                            text.push(next);
                        }
                    } else if quote == '`' && chars[i] == '$' && chars.get(i + 1) == Some(&'{') {
                        // An expression inside a template literal: its own
                        // strings are found by reading it too.
                        let mut depth = 0;
                        let start = i + 2;
                        i += 1;
                        while i < chars.len() {
                            match chars[i] {
                                '{' => depth += 1,
                                '}' => {
                                    depth -= 1;
                                    if depth == 0 {
                                        break;
                                    }
                                }
                                _ => {}
                            }
                            i += 1;
                        }
                        let inner: String = chars[start..i].iter().collect();
                        out.extend(string_literals(&inner));
                        text.push(' ');
                    } else {
                        text.push(chars[i]);
                    }
                    i += 1;
                }
                out.push(text);
                i += 1;
                regex_may_start = false;
            }
            c if c.is_whitespace() => i += 1,
            c => {
                regex_may_start = "(,=:[!&|?{};+-*%<>~^".contains(c)
                    || (c.is_alphabetic() && ends_keyword(&chars[..=i]));
                i += 1;
            }
        }
    }
    out
}

/// Whether the text ends in a keyword after which `/` starts a regex.
fn ends_keyword(before: &[char]) -> bool {
    let word: String = before
        .iter()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .chars()
        .rev()
        .collect();
    matches!(word.as_str(), "return" | "typeof" | "case" | "of" | "in")
}

/// `labelOn` → `data-label-on`.
fn dataset_attribute(name: &str) -> String {
    let mut out = String::from("data-");
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Every name a script uses, as (kind, name).
fn names_used(js: &str) -> BTreeSet<(&'static str, String)> {
    let mut used = BTreeSet::new();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    // `dataset.x` in the code, as the attribute `data-x`.
    for (at, _) in js.match_indices("dataset.") {
        let name: String = js[at + 8..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        used.insert(("attribute", dataset_attribute(&name)));
    }
    // classList.contains('x'), getElementById('x'), query.has('x'), … are
    // strings: read below, by what the call says they are.
    let calls: &[(&str, &'static str)] = &[
        ("classList.contains(", "class"),
        ("classList.add(", "class"),
        ("classList.remove(", "class"),
        ("className = ", "class"),
        ("getElementById(", "id"),
        ("query.has(", "query"),
        ("query.get(", "query"),
    ];
    for (call, kind) in calls {
        for (at, _) in js.match_indices(call) {
            // Only a literal argument names something here.
            let rest = &js[at + call.len()..];
            if rest.starts_with(['\'', '"', '`']) {
                if let Some(name) = string_literals(rest).first() {
                    used.insert((kind, name.clone()));
                }
            }
        }
    }
    for text in string_literals(js) {
        let mut rest = text.clone();
        // Files of the app: relative paths ending in a file type.
        for token in text.split(|c: char| !(word(c) || c == '.' || c == '/')) {
            if [".js", ".css", ".json", ".wasm", ".html"]
                .iter()
                .any(|e| token.ends_with(e))
                && !token.starts_with('.')
                && token.contains(|c: char| c.is_ascii_alphabetic())
            {
                used.insert(("file", token.to_string()));
                rest = rest.replace(token, " ");
            }
        }
        // Messages and marks: "resultaten:…".
        for token in rest.split(|c: char| !(word(c) || c == ':')) {
            if token.starts_with("resultaten:") {
                used.insert(("event", token.to_string()));
            }
        }
        // Data attributes anywhere; `.class` and `#id` in selectors.
        for (at, _) in rest.match_indices("data-") {
            if at == 0 || !word(rest[..at].chars().last().unwrap_or(' ')) {
                let name: String = rest[at..].chars().take_while(|&c| word(c)).collect();
                used.insert(("attribute", name));
            }
        }
        for (marker, kind) in [('.', "class"), ('#', "id")] {
            for (at, _) in rest.match_indices(marker) {
                let name: String = rest[at + 1..].chars().take_while(|&c| word(c)).collect();
                // A file type (`'.json'`) is no class.
                let file_type = ["js", "mjs", "css", "json", "wasm", "html", "svg", "png"]
                    .contains(&name.as_str());
                if name.starts_with(|c: char| c.is_ascii_alphabetic()) && !file_type {
                    used.insert((kind, name));
                }
            }
        }
    }
    used
}

fn kind_of(kind: &str) -> Kind {
    match kind {
        "class" => Kind::Class,
        "attribute" => Kind::Attribute,
        "id" => Kind::Id,
        "file" => Kind::File,
        "event" => Kind::Event,
        "query" => Kind::Query,
        other => panic!("unknown kind {other}"),
    }
}

/// What the scripts may use without the app writing it: the platform's
/// own attributes and names.
const PLATFORM: &[(&str, &str)] = &[];

fn unlisted(js: &str) -> Vec<String> {
    names_used(js)
        .into_iter()
        .filter(|(kind, name)| !PLATFORM.contains(&(kind, name.as_str())))
        .filter(|(kind, name)| find(kind_of(kind), name).is_none())
        .map(|(kind, name)| format!("{kind} {name}"))
        .collect()
}

#[test]
fn every_name_the_scripts_use_is_in_the_contract() {
    for script in SCRIPTS {
        let js = std::fs::read_to_string(script).unwrap_or_else(|e| panic!("{script}: {e}"));
        assert!(!names_used(&js).is_empty(), "{script}: nothing read");
        assert_eq!(
            unlisted(&js),
            Vec::<String>::new(),
            "{script} uses names that src/contract.rs does not list"
        );
    }
}

#[test]
fn the_reading_finds_what_a_script_uses() {
    // Made up: a script using one name of each kind that is not listed.
    let js = r#"
        // a comment with '.not-read'
        const a = document.querySelector('button.area-toggle[data-not-listed] .made-up-class');
        if (a.classList.contains('another-made-up')) a.dataset.madeUpToo = '1';
        fetch(`${base}data/made-up.json`);
        const re = /\.(js|css)'/;
        document.getElementById('made-up-id');
        postMessage({ type: 'resultaten:made-up' });
        query.has('made-up-param');
    "#;
    assert_eq!(
        unlisted(js),
        [
            "attribute data-made-up-too",
            "attribute data-not-listed",
            "class another-made-up",
            "class made-up-class",
            "event resultaten:made-up",
            "file data/made-up.json",
            "id made-up-id",
            "query made-up-param",
        ]
    );
    assert!(names_used(js).contains(&("class", "area-toggle".to_string())));
}

#[test]
fn every_name_the_page_writes_is_in_the_rendered_pages() {
    let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join("contract-pages");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("data")).expect("dist");
    for entry in walk(Path::new("public/data")) {
        let target = dist
            .join("data")
            .join(entry.strip_prefix("public/data").expect("under"));
        std::fs::create_dir_all(target.parent().expect("parent")).expect("folder");
        std::fs::copy(&entry, target).expect("copy");
    }
    std::fs::copy("index.html", dist.join("index.html")).expect("template");
    resultaten::prerender::build(&dist, None).expect("build");
    let html: String = walk(&dist)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| std::fs::read_to_string(p).expect("page"))
        .collect();
    for (kind, writer, name) in NAMES {
        if *writer != Writer::Page {
            continue;
        }
        let found = match kind {
            Kind::Class => {
                html.contains(&format!("class=\"{name}\""))
                    || html.contains(&format!("class=\"{name} "))
                    || html.contains(&format!(" {name}\""))
                    || html.contains(&format!(" {name} "))
            }
            Kind::Attribute => html.contains(&format!(" {name}=")),
            Kind::Id => html.contains(&format!("id=\"{name}\"")),
            _ => html.contains(name),
        };
        assert!(
            found,
            "{kind:?} {name} is not in the pages the build renders"
        );
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn the_apps_own_selectors_name_the_contracts_names() {
    use resultaten::contract::{OFFSTAGE, STATIC_ROOT};
    use resultaten::dom::takeover::{OFFSTAGE_SELECTOR, STATIC_ROOT_SELECTOR};
    assert_eq!(STATIC_ROOT_SELECTOR, format!("[{STATIC_ROOT}]"));
    assert_eq!(OFFSTAGE_SELECTOR, format!(".{OFFSTAGE}"));
}
