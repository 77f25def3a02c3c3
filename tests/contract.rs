//! The page's contract with its scripts (`resultaten::contract`): each
//! script reads exactly the names the contract lists for it, from the one
//! JSON object at its top, every name the page or the build writes is in
//! the pages the build renders (of the made-up fixture site), and no
//! script reads a control. A renamed class then fails here, not in a
//! reader's hands. No JavaScript is parsed: the names are data.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use resultaten::contract::{read_by, Kind, Script, Writer, NAMES};

/// The names a script declares (its JSON object between `/* names */`
/// and `/* end */`).
fn declared(script: Script) -> BTreeSet<String> {
    let js = std::fs::read_to_string(script.file()).expect("script");
    let (Some(start), Some(end)) = (js.find("/* names */"), js.find("/* end */")) else {
        panic!("{}: no /* names */ {{…}} /* end */", script.file());
    };
    let names: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&js[start + "/* names */".len()..end])
            .unwrap_or_else(|e| panic!("{}: its names are not a JSON object: {e}", script.file()));
    names
        .values()
        .map(|v| v.as_str().expect("a name is text").to_string())
        .collect()
}

#[test]
fn each_script_reads_exactly_its_names_in_the_contract() {
    for script in Script::ALL {
        let contract: BTreeSet<String> = read_by(script).into_iter().map(String::from).collect();
        assert_eq!(
            declared(script),
            contract,
            "{}: the names it reads against src/contract.rs",
            script.file()
        );
    }
}

#[test]
fn a_script_without_its_names_fails_the_check() {
    // The reading above is not vacuous: every script declares names, and a
    // made-up name would differ from the contract's.
    for script in Script::ALL {
        let names = declared(script);
        assert!(!names.is_empty(), "{}", script.file());
        assert!(!names.contains("made-up-name"));
    }
}

/// Whether `html` holds `name` as what it is.
fn written(html: &str, kind: Kind, name: &str) -> bool {
    match kind {
        Kind::Class => html.split("class=\"").skip(1).any(|rest| {
            rest.split('"')
                .next()
                .is_some_and(|classes| classes.split_whitespace().any(|c| c == name))
        }),
        Kind::Attribute => [
            format!(" {name}=\""),
            format!(" {name} "),
            format!(" {name}>"),
        ]
        .iter()
        .any(|a| html.contains(a.as_str())),
        Kind::Id => html.contains(&format!("id=\"{name}\"")),
        Kind::File | Kind::Event | Kind::Query => true,
    }
}

#[test]
fn every_name_the_page_or_the_build_writes_is_in_the_pages_it_renders() {
    let site = common::fixture_site("contract", Some("https://www.example.org/resultaten/"));
    let pages = site.every_page();
    assert!(pages.len() > 10, "pages rendered: {}", pages.len());
    let all = pages.concat();
    for (kind, writer, name, _) in NAMES {
        match (writer, kind) {
            (Writer::Script, _) => {}
            (_, Kind::File) => assert!(
                std::path::Path::new(&common::repo_file(name)).exists(),
                "the file {name}"
            ),
            _ => assert!(
                written(&all, *kind, name),
                "{kind:?} {name} is not in any page"
            ),
        }
    }
    // And the check finds what is missing.
    assert!(!written(&all, Kind::Class, "made-up-class"));
    assert!(!written(&all, Kind::Attribute, "data-made-up"));
}

#[test]
fn no_script_reads_a_control() {
    // The controls are the page's own HTML before the app, and the app's
    // after it: no script handles a tap, or reads a control's class or
    // state (issue 32).
    let controls = [
        "click",
        "aria-expanded",
        "aria-pressed",
        "area-toggle",
        "chart-switch",
        "switch-input",
        "highlights",
        "copy-link",
        "embed-copy",
        "details",
        "summary",
        "checked",
        "toggle",
        "beforematch",
    ];
    for script in Script::ALL {
        let js = std::fs::read_to_string(script.file()).expect("script");
        for word in controls {
            assert!(!js.contains(word), "{} mentions {word:?}", script.file());
        }
    }
}
