//! The core's shape, read from its source as the next engineer would: one module embeds the
//! pack, no module leaks memory to make data `'static`, no top-level module needs another that
//! needs it back, and nothing here knows the browser.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("cannot read {}", dir.display())
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Each source file of the core with its text, its unit tests cut off (they may reach anywhere).
fn files() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    sources(&src(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default()
                .to_string();
            let name = path
                .strip_prefix(src())
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            (name, code)
        })
        .collect()
}

/// The top-level module a file belongs to (`search/mod.rs` and `search/tokens.rs`: `search`).
fn top(file: &str) -> String {
    file.split('/')
        .next()
        .unwrap_or_default()
        .trim_end_matches(".rs")
        .to_string()
}

/// The top-level modules a file names: `crate::x`, and `super::x` from a top-level file.
fn named(file: &str, code: &str) -> BTreeSet<String> {
    let ident = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found: BTreeSet<String> = code.split("crate::").skip(1).map(ident).collect();
    if !file.contains('/') {
        found.extend(code.split("super::").skip(1).map(ident));
    }
    found
}

#[test]
fn only_the_sources_module_embeds_the_pack() {
    let embedding: Vec<String> = files()
        .into_iter()
        .filter(|(_, code)| code.contains("include_str!(") || code.contains("include_bytes!("))
        .map(|(file, _)| file)
        .collect();
    assert_eq!(embedding, ["content/sources.rs"]);
}

#[test]
fn the_pack_is_parsed_once_in_one_place_and_engines_take_it_as_arguments() {
    let holding: Vec<String> = files()
        .into_iter()
        .filter(|(_, code)| code.contains("OnceLock::new()"))
        .map(|(file, _)| file)
        .collect();
    assert_eq!(holding, ["pack/embedded.rs"]);
}

#[test]
fn no_data_is_leaked_to_live_forever() {
    for (file, code) in files() {
        assert!(!code.contains("::leak("), "{file} leaks");
    }
}

#[test]
fn no_module_of_the_core_needs_one_that_needs_it_back() {
    let files = files();
    let modules: BTreeSet<String> = files.iter().map(|(f, _)| top(f)).collect();
    let mut needs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, code) in &files {
        let from = top(file);
        let to: Vec<String> = named(file, code)
            .into_iter()
            .filter(|m| *m != from && modules.contains(m))
            .collect();
        needs.entry(from).or_default().extend(to);
    }
    // A module is in a circle if it reaches itself through what it needs.
    let reaches = |start: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut next: Vec<&String> = needs.get(start).into_iter().flatten().collect();
        while let Some(m) = next.pop() {
            if seen.insert(m.clone()) {
                next.extend(needs.get(m).into_iter().flatten());
            }
        }
        seen
    };
    let circles: Vec<String> = needs
        .keys()
        .filter(|m| reaches(m).contains(*m))
        .cloned()
        .collect();
    assert!(needs.len() > 20, "the modules were read: {}", needs.len());
    assert_eq!(circles, Vec::<String>::new(), "{needs:#?}");
}

#[test]
fn the_core_knows_nothing_of_the_browser_framework() {
    for (file, code) in files() {
        // Code, not the comments that say so.
        let code: Vec<&str> = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        for word in ["leptos", "web_sys", "wasm_bindgen"] {
            assert!(
                !code.iter().any(|l| l.contains(word)),
                "{file} names {word}"
            );
        }
    }
}
