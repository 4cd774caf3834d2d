//! From a request target to a file: the path is normalised before anything is looked up, so
//! that one page has one address. Empty segments (`//c1`) redirect to the collapsed path;
//! encoded slashes, backslashes, controls, `.`/`..` and dotfiles are not found. A redirect's
//! `Location` is always built from the clean segments and begins with exactly one `/`, so it
//! can never name another host. A page is never also `…/index.html`, nor a file its `.br`.

use std::path::{Path, PathBuf};

/// What a request target resolves to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file to send.
    File(PathBuf),
    /// The same page under its one clean address (a same-origin absolute path).
    Redirect(String),
    /// Nothing there.
    NotFound,
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A decoded segment that may name a file: no separators, controls or leading dot.
fn acceptable(segment: &str) -> bool {
    !segment.starts_with('.')
        && !segment.contains(['/', '\\'])
        && !segment.chars().any(char::is_control)
}

/// The clean form of a request path: its raw and decoded segments, or `None` if a segment
/// may not be served.
fn segments(path: &str) -> Option<Vec<(&str, String)>> {
    path.split('/')
        .filter(|raw| !raw.is_empty())
        .map(|raw| {
            let decoded = percent_decode(raw)?;
            acceptable(&decoded).then_some((raw, decoded))
        })
        .collect()
}

/// Resolves a request target (`/c1/s1/?q=…`) under `root`.
pub fn resolve(root: &Path, target: &str) -> Resolved {
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (target, None),
    };
    let path = path.split('#').next().unwrap_or("");
    if !path.starts_with('/') {
        return Resolved::NotFound;
    }
    let Some(parts) = segments(path) else {
        return Resolved::NotFound;
    };
    // One address per page and file: a directory's `index.html` is its `/dir/`, and the
    // precompressed copies are the host's way of sending a file, not files of their own.
    if let Some((_, last)) = parts.last() {
        if last.ends_with(".br") || last.ends_with(".gz") {
            return Resolved::NotFound;
        }
        if last == "index.html" {
            let dir: String = parts[..parts.len() - 1]
                .iter()
                .map(|(raw, _)| format!("/{raw}"))
                .collect();
            let query = query.map(|q| format!("?{q}")).unwrap_or_default();
            return Resolved::Redirect(format!("{dir}/{query}"));
        }
    }
    let full = parts
        .iter()
        .fold(root.to_path_buf(), |dir, (_, decoded)| dir.join(decoded));
    let is_dir = full.is_dir();
    if !is_dir && !full.is_file() {
        return Resolved::NotFound;
    }
    let clean: String = parts.iter().map(|(raw, _)| format!("/{raw}")).collect();
    let clean = if is_dir { format!("{clean}/") } else { clean };
    let clean = if clean.is_empty() { "/".into() } else { clean };
    if clean != path {
        let query = query.map(|q| format!("?{q}")).unwrap_or_default();
        return Resolved::Redirect(format!("{clean}{query}"));
    }
    if is_dir {
        let index = full.join("index.html");
        return if index.is_file() {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    Resolved::File(full)
}

/// Whether a file's name carries trunk's content hash (`app-0123456789abcdef.wasm`), so it
/// never changes and may be cached for a year.
pub fn is_hashed(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    // A precompressed copy (`app-…wasm.br`) has the hashed name as its stem's stem.
    let stem = Path::new(stem)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|_| stem.contains('.'))
        .unwrap_or(stem);
    // wasm-bindgen names the module `<name>-<hash>_bg.wasm`.
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("static-host-path-{}", std::process::id()));
        let _ = std::fs::create_dir_all(dir.join("c6/s1"));
        let _ = std::fs::write(dir.join("index.html"), "home");
        let _ = std::fs::write(dir.join("c6/s1/index.html"), "section");
        let _ = std::fs::write(dir.join(".built"), "");
        dir
    }

    #[test]
    fn a_directory_serves_its_index_and_redirects_without_slash() {
        let root = site();
        let section = Resolved::File(root.join("c6/s1/index.html"));
        assert_eq!(resolve(&root, "/c6/s1/"), section);
        assert_eq!(resolve(&root, "/c6/s1/?hl=x"), section);
        assert_eq!(
            resolve(&root, "/c6/s1?hl=x"),
            Resolved::Redirect("/c6/s1/?hl=x".into())
        );
        assert_eq!(resolve(&root, "/"), Resolved::File(root.join("index.html")));
    }

    #[test]
    fn a_page_has_no_second_address_by_its_index_or_a_precompressed_copy() {
        let root = site();
        // (target, what it is, why)
        for (target, want, why) in [
            (
                "/c6/s1/index.html",
                Resolved::Redirect("/c6/s1/".into()),
                "a page by its file",
            ),
            (
                "/index.html?q=x",
                Resolved::Redirect("/?q=x".into()),
                "the home page, query kept",
            ),
            (
                "/c6/s1/index.html.br",
                Resolved::NotFound,
                "the copy a host sends for br",
            ),
            ("/c6/s1/index.html.gz", Resolved::NotFound, "…and for gzip"),
        ] {
            assert_eq!(resolve(&root, target), want, "{target}: {why}");
        }
    }

    #[test]
    fn doubled_slashes_redirect_to_the_one_address_on_this_origin() {
        let root = site();
        for target in ["//c6", "///c6", "//c6//s1//", "/c6//s1"] {
            match resolve(&root, target) {
                Resolved::Redirect(to) => {
                    assert!(to.starts_with("/c6/") && !to.starts_with("//"), "{to}")
                }
                other => panic!("{target}: {other:?}"),
            }
        }
    }

    #[test]
    fn no_path_of_up_to_five_tricky_characters_redirects_off_the_origin() {
        let root = site();
        let alphabet = ['/', '\\', '.', '%', '2', 'f', '5', 'c', '6', '?', 'x'];
        let mut targets = vec![String::new()];
        let mut checked = 0;
        for _ in 0..5 {
            targets = targets
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            for target in &targets {
                checked += 1;
                if let Resolved::Redirect(to) = resolve(&root, &format!("/{target}")) {
                    // The query is kept as sent; the path decides where a browser goes.
                    let path = to.split('?').next().unwrap_or("");
                    assert!(
                        path.starts_with('/') && !path.starts_with("//") && !path.contains('\\'),
                        "/{target} -> {to}"
                    );
                }
            }
        }
        assert!(checked > 150_000);
    }

    #[test]
    fn encoded_separators_dot_segments_and_dotfiles_are_not_found() {
        let root = site();
        for target in [
            "/%2fc6/s1/",
            "/c6%2Fs1/",
            "/%5cc6/",
            "/\\c6/",
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/./c6/",
            "/.built",
            "/c6/s9/",
            "c6/s1/",
            "/c6/%zz/",
            "/c6/%0a/",
        ] {
            assert_eq!(resolve(&root, target), Resolved::NotFound, "{target}");
        }
    }

    #[test]
    fn only_content_hashed_names_count_as_immutable() {
        assert!(is_hashed(Path::new(
            "lanxi-explorer-0a1b2c3d4e5f6a7b_bg.wasm"
        )));
        assert!(is_hashed(Path::new("lanxi-explorer-0a1b2c3d4e5f6a7b.js")));
        assert!(is_hashed(Path::new("main-0a1b2c3d4e5f6a7b.css.br")));
        assert!(!is_hashed(Path::new("index.html")));
        assert!(!is_hashed(Path::new("sw.js")));
    }
}
