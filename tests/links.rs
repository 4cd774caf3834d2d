//! Link integrity of the whole release build: every `href` and `src` on every page resolves
//! to a file of `dist/`, every `#fragment` to an id on its target page, no page links off the
//! site, and the sitemap lists every page and nothing else.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn dist() -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "dist/ has no build: run `make dist` (or `make test`) first"
    );
    dist
}

/// Every `.html` file below `dir` (not the precompressed copies).
fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            pages(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

/// The URL path a file is served at (`c1/index.html` → `/c1/`).
fn url_of(dist: &Path, file: &Path) -> String {
    let relative = file
        .strip_prefix(dist)
        .map(|r| r.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    format!(
        "/{}",
        relative.strip_suffix("index.html").unwrap_or(&relative)
    )
}

/// Values of `name="…"` attributes in an HTML text, entity-decoded.
fn attributes(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, m)| {
            let rest = &html[i + m.len()..];
            rest.find('"')
                .map(|end| rest[..end].replace("&amp;", "&").replace("&quot;", "\""))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%').then(|| text.get(i + 1..i + 3)).flatten();
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An absolute path for `link` as seen from the page at `base` (`/c1/s1/`).
fn absolute(base: &str, link: &str) -> String {
    if link.starts_with('/') {
        return link.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    if !base.ends_with('/') {
        parts.pop();
    }
    let link_parts: Vec<&str> = link.split('/').collect();
    for (n, part) in link_parts.iter().enumerate() {
        match *part {
            "." => {}
            ".." => {
                parts.pop();
            }
            "" if n + 1 == link_parts.len() => {}
            other => parts.push(other),
        }
    }
    let trailing = link.ends_with('/') || link.is_empty();
    format!(
        "/{}{}",
        parts.join("/"),
        if trailing && !parts.is_empty() {
            "/"
        } else {
            ""
        }
    )
}

/// The file a URL path is served from, if any.
fn file_for(dist: &Path, path: &str) -> Option<PathBuf> {
    let relative = percent_decode(path.trim_start_matches('/'));
    let file = dist.join(&relative);
    if path.ends_with('/') {
        let index = file.join("index.html");
        return index.is_file().then_some(index);
    }
    file.is_file().then_some(file)
}

#[test]
fn every_link_and_fragment_on_every_page_resolves() {
    let dist = dist();
    let mut files = Vec::new();
    pages(&dist, &mut files);
    assert!(files.len() > 100, "only {} pages", files.len());
    let mut ids: BTreeMap<PathBuf, BTreeSet<String>> = files
        .iter()
        .map(|f| {
            let html = std::fs::read_to_string(f).unwrap_or_default();
            (f.clone(), attributes(&html, "id").into_iter().collect())
        })
        .collect();
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in &files {
        let html = std::fs::read_to_string(file).unwrap_or_default();
        let page = url_of(&dist, file);
        // The canonical and Open Graph URLs name the public origin, not a resource to load.
        let canonical: Vec<String> = attributes(&html, "href")
            .into_iter()
            .filter(|h| h.starts_with("http"))
            .collect();
        for link in attributes(&html, "href")
            .into_iter()
            .chain(attributes(&html, "src"))
        {
            checked += 1;
            if link.starts_with("data:") || link.starts_with("blob:") {
                continue;
            }
            if link.contains("://") || link.starts_with("//") {
                let meta = canonical.len() == 1
                    && html.contains(&format!("rel=\"canonical\" href=\"{link}\""));
                if !meta {
                    broken.push(format!("{page}: off-site link {link}"));
                }
                continue;
            }
            let (path, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let path = path.split('?').next().unwrap_or("");
            let target_path = if path.is_empty() {
                page.clone()
            } else {
                absolute(&page, path)
            };
            let Some(target) = file_for(&dist, &target_path) else {
                broken.push(format!("{page}: {link} → no file"));
                continue;
            };
            if !fragment.is_empty() {
                let fragment = percent_decode(fragment);
                // A fragment may also name a shape in an SVG file (the shared map geometry).
                let target_ids = ids.entry(target.clone()).or_insert_with(|| {
                    let text = std::fs::read_to_string(&target).unwrap_or_default();
                    attributes(&text, "id").into_iter().collect()
                });
                if !target_ids.contains(&fragment) {
                    broken.push(format!(
                        "{page}: {link} → no id `{fragment}` on {target_path}"
                    ));
                }
            }
        }
    }
    println!("links: {checked} href/src on {} pages checked", files.len());
    assert!(
        broken.is_empty(),
        "{} broken links:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[test]
fn the_sitemap_lists_every_page_and_nothing_else() {
    let dist = dist();
    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml")).unwrap_or_default();
    let listed: BTreeSet<String> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .filter_map(|url| url.split_once("://").map(|(_, rest)| rest))
        .map(|rest| {
            rest.find('/')
                .map_or("/".to_string(), |i| rest[i..].to_string())
        })
        .collect();
    let mut files = Vec::new();
    pages(&dist, &mut files);
    let served: BTreeSet<String> = files
        .iter()
        .map(|f| url_of(&dist, f))
        .filter(|u| u != "/404.html")
        .collect();
    let missing: Vec<_> = served.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&served).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not in the sitemap: {missing:?}; listed without a page: {extra:?}"
    );
}

/// The text a reader sees on a page: no tags, scripts, styles or `<title>`s of SVG shapes,
/// and no `<code>` (where the data page documents the ids themselves).
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        // A <template> is inert, never drawn (the search page carries its index in one).
        let hidden = ["script", "style", "title", "head", "code", "template"]
            .iter()
            .find(|tag| {
                rest[1..].starts_with(**tag)
                    && rest[1 + tag.len()..].starts_with(|c: char| c == '>' || c.is_whitespace())
            });
        let end = match hidden {
            Some(tag) => {
                let close = format!("</{tag}>");
                rest.find(&close).map_or(rest.len(), |i| i + close.len())
            }
            None => rest.find('>').map_or(rest.len(), |i| i + 1),
        };
        out.push(' ');
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Internal ids in a text: `c3s3p6`, `c0p2`, `box5-hub2`, `box5`, `fig3`.
fn internal_ids(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    for start in 0..bytes.len() {
        // `…/c6/s1/#c6s1p2` in a printed permalink (a citation) is a URL, not a label.
        let in_url = start > 0 && matches!(bytes[start - 1], b'#' | b'/');
        if !text.is_char_boundary(start) || in_url || (start > 0 && word(bytes[start - 1])) {
            continue;
        }
        let rest = &text[start..];
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let len = if let Some(r) = rest
            .strip_prefix("box")
            .or_else(|| rest.strip_prefix("fig"))
        {
            let n = digits(r);
            (n > 0).then(|| 3 + n + r[n..].bytes().take_while(|b| word(*b)).count())
        } else if let Some(r) = rest.strip_prefix('c') {
            let n = digits(r);
            let after = &r[n..];
            let s = after.strip_prefix('s').map_or(0, |a| 1 + digits(a));
            let p = after[s..].strip_prefix('p').map_or(0, digits);
            (n > 0 && p > 0).then(|| 1 + n + s + 1 + p)
        } else {
            None
        };
        if let Some(len) = len {
            let end = start + len;
            if end >= bytes.len() || !word(bytes[end]) {
                found.push(text[start..end].to_string());
            }
        }
    }
    found
}

#[test]
fn no_internal_id_appears_in_the_visible_text_of_any_page() {
    assert_eq!(
        internal_ids("见 c3s3p6、box5-hub2 和 fig3，c0p2"),
        ["c3s3p6", "box5-hub2", "fig3", "c0p2"]
    );
    assert!(internal_ids("G6 c919 boxing abc3s3p6 https://x/c6/s1/#c6s1p2").is_empty());
    let dist = dist();
    let mut files = Vec::new();
    pages(&dist, &mut files);
    let mut seen = Vec::new();
    for file in &files {
        let html = std::fs::read_to_string(file).unwrap_or_default();
        let ids = internal_ids(&visible_text(&html));
        if !ids.is_empty() {
            seen.push(format!(
                "{}: {} ({})",
                url_of(&dist, file),
                ids.len(),
                ids[..ids.len().min(3)].join(" ")
            ));
        }
    }
    assert!(
        seen.is_empty(),
        "{} pages show internal ids:\n{}",
        seen.len(),
        seen.join("\n")
    );
}

#[test]
fn the_open_data_files_are_listed_and_spreadsheets_can_read_them() {
    let dist = dist();
    let page = std::fs::read_to_string(dist.join("data/index.html")).unwrap_or_default();
    for file in [
        "plan.json",
        "plan.schema.json",
        "projects.csv",
        "projects.geojson",
        "places.csv",
        "goals.csv",
    ] {
        assert!(
            page.contains(&format!("/data/{file}\"")),
            "/data/ lists {file}"
        );
        let bytes = std::fs::read(dist.join("data").join(file)).unwrap_or_default();
        assert!(bytes.len() > 100, "{file} is written");
        if file.ends_with(".csv") {
            assert!(
                bytes.starts_with("\u{feff}".as_bytes()),
                "{file} starts with a BOM"
            );
            let text = String::from_utf8(bytes).unwrap_or_default();
            let rows: Vec<&str> = text.lines().collect();
            let columns = rows[0].split(',').count();
            assert!(
                rows.len() > 10 && columns >= 8,
                "{file}: {} rows of {columns} columns",
                rows.len()
            );
        } else {
            let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
            assert!(parsed.is_ok(), "{file} is JSON");
        }
    }
}
