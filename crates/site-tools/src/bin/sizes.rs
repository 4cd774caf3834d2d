//! `sizes [DIST] [--check]`: the sizes of a build, brotli (quality 11, as the precompressed
//! copies a host serves): the app's files, what each kind of page costs on open, and the
//! whole site by part. With `--check`, exits non-zero when a budget is exceeded.

use site_tools::precompress::site_files;
use site_tools::sizes::{brotli_len, kb};
use std::path::{Path, PathBuf};

/// (what, limit in bytes).
/// The one app (every island: reading pages, places, projects, maps).
const WASM_BUDGET: usize = 100 * 1024;
/// The search's own wasm (the engine only).
const SEARCH_WASM_BUDGET: usize = 32 * 1024;
/// What a shared search link downloads before its first answer: the page (which carries the
/// index), CSS, boot.js, the search's glue and wasm (Pagefind's peer: 42 KB).
const SEARCH_OPEN_BUDGET: usize = 80 * 1024;
const READING_OPEN_BUDGET: usize = 40 * 1024;
const APP_PAGE_OPEN_BUDGET: usize = 300 * 1024;
const MAP_DATA_BUDGET: usize = 100 * 1024;
const MAP_OPEN_BUDGET: usize = 120 * 1024;
const PLACE_PAGE_BUDGET: usize = 12 * 1024;
const FIRST_MINUTE_BUDGET: usize = 700 * 1024;
const SAVE_DATA_BUDGET: usize = 60 * 1024;
/// The whole site, precompressed copies not counted.
const SITE_BUDGET: usize = 600 * 1024;

/// Brotli size of a file: its `.br` copy when the build wrote one, else compressed here. An
/// error names the file.
fn brotli_size(path: &Path) -> std::io::Result<usize> {
    let named = |e: std::io::Error| std::io::Error::other(format!("{}: {e}", path.display()));
    let copy = PathBuf::from(format!("{}.br", path.display()));
    if copy.is_file() {
        return Ok(std::fs::metadata(copy).map_err(named)?.len() as usize);
    }
    Ok(brotli_len(&std::fs::read(path).map_err(named)?))
}

/// The largest of the pages whose path in `dist` (`c6/s1/index.html`) has the given shape, one
/// `*` standing for a number: which pages a pack has is the pack's, not this report's.
fn largest_page(dist: &Path, shape: &str) -> std::io::Result<(String, usize)> {
    let fits = |relative: &str| {
        let (mut parts, mut wanted) = (relative.split('/'), shape.split('/'));
        loop {
            match (parts.next(), wanted.next()) {
                (None, None) => return true,
                (Some(part), Some(want)) => {
                    let (head, tail) = want.split_once('*').unwrap_or((want, ""));
                    let number = part
                        .strip_prefix(head)
                        .and_then(|rest| rest.strip_suffix(tail));
                    let ok = if want.contains('*') {
                        number
                            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    } else {
                        part == want
                    };
                    if !ok {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    };
    let mut best: Option<(String, usize)> = None;
    for file in site_files(dist)? {
        let relative = file
            .strip_prefix(dist)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        if fits(&relative) {
            let size = brotli_size(&file)?;
            if best.as_ref().is_none_or(|(_, b)| size > *b) {
                best = Some((relative, size));
            }
        }
    }
    best.ok_or_else(|| std::io::Error::other(format!("no page {shape} in {}", dist.display())))
}

/// The part of the site a file belongs to, for the report.
fn part(relative: &str) -> &'static str {
    let first = relative.split('/').next().unwrap_or("");
    match first {
        "place" => "place pages",
        "map" if relative.ends_with("figure.svg") => "figure images (text)",
        "map" if relative.ends_with("geo.svg") || relative.ends_with("base.svg") => {
            "map geometry (shared)"
        }
        "map" => "map pages and map data",
        "projects" => "project list",
        "goals" => "goals",
        "data" => "open data",
        "print" => "print page",
        f if f.starts_with('c') && f[1..].bytes().all(|b| b.is_ascii_digit()) => {
            if relative.ends_with("qr.png") {
                "QR codes"
            } else {
                "chapters and sections"
            }
        }
        _ if relative.starts_with("search") => "search (wasm; the page with its index and glue)",
        _ if relative.ends_with(".wasm") || relative.contains("lanxi-explorer-") => {
            "app (wasm + JS)"
        }
        _ => "shell and other pages",
    }
}

fn find(dist: &Path, prefix: &str, suffix: &str) -> std::io::Result<PathBuf> {
    std::fs::read_dir(dist)?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .ok_or_else(|| std::io::Error::other(format!("no {prefix}*{suffix} in dist/")))
}

/// The brotli sizes of the files `boot.js` names in its `var NAME = "…"` lines: the app's
/// (`APP_JS`, `APP_WASM`) and the search's (`SEARCH_WASM`).
fn named_in_boot<const N: usize>(dist: &Path, names: [&str; N]) -> std::io::Result<[usize; N]> {
    let boot = std::fs::read_to_string(find(dist, "boot-", ".js")?)?;
    let mut out = [0; N];
    for (slot, name) in out.iter_mut().zip(names) {
        let file = assigned(&boot, name)
            .and_then(|v| v.strip_prefix('"'))
            .and_then(|v| v.split('"').next())
            .map(|v| v.rsplit('/').next().unwrap_or(v).to_string())
            .ok_or_else(|| std::io::Error::other(format!("boot.js names no {name}")))?;
        *slot = brotli_size(&dist.join(file))?;
    }
    Ok(out)
}

/// What follows `name =` in a script, minified (`name="…"`) or not (`var name = "…"`).
fn assigned<'a>(script: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = script;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].trim_start();
        let whole = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if let (true, Some(value)) = (whole, after.strip_prefix('=')) {
            if !value.starts_with('=') {
                return Some(value.trim_start());
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

/// Prints one budget's line; clears `ok` when it is exceeded.
fn verdict(ok: &mut bool, what: &str, size: usize, limit: usize) {
    let pass = size <= limit;
    *ok &= pass;
    let mark = if pass { "ok  " } else { "OVER" };
    println!("{mark} {what}: {} (budget {})", kb(size), kb(limit));
}

/// The files of one of the service worker's lists (`const SHELL = [...]`), as paths in `dist`.
fn worker_list(dist: &Path, name: &str) -> std::io::Result<Vec<PathBuf>> {
    let worker = std::fs::read_to_string(dist.join("sw.js"))?;
    let list = assigned(&worker, name)
        .and_then(|v| v.strip_prefix('['))
        .and_then(|rest| rest.split(']').next())
        .ok_or_else(|| std::io::Error::other(format!("sw.js has no list {name}")))?;
    Ok(list
        .split(',')
        .map(|p| p.trim().trim_matches('"'))
        .filter(|p| !p.is_empty())
        .map(|p| {
            // A page is its directory's index.html (`/` is the home page).
            let relative = p.trim_start_matches('/');
            if p.ends_with('/') {
                dist.join(relative).join("index.html")
            } else {
                dist.join(relative)
            }
        })
        .collect())
}

/// What a first visit to a section downloads: the page, its stylesheet and script, the
/// service worker and what it caches at install (with Save-Data, the shell only).
fn first_visit(dist: &Path, page: &str, save_data: bool) -> std::io::Result<usize> {
    let mut files = vec![
        dist.join(page),
        find(dist, "main-", ".css")?,
        find(dist, "boot-", ".js")?,
        dist.join("sw.js"),
    ];
    files.extend(worker_list(dist, "SHELL")?);
    if !save_data {
        files.extend(worker_list(dist, "TEXT")?);
    }
    files.sort();
    files.dedup();
    files.iter().map(|f| brotli_size(f)).sum()
}

fn run(dist: &Path, check: bool) -> std::io::Result<bool> {
    let [app_js, wasm] = named_in_boot(dist, ["APP_JS", "APP_WASM"])?;
    let [search_wasm] = named_in_boot(dist, ["SEARCH_WASM"])?;
    let search_page = brotli_size(&dist.join("search/index.html"))?;
    let boot_file = find(dist, "boot-", ".js")?;
    let boot = brotli_size(&boot_file)?;
    let css = brotli_size(&find(dist, "main-", ".css")?)?;
    println!(
        "app (every page, loaded when needed): wasm {}, its JS {}; search: wasm {}, the page with its index and the wasm's glue {}; every page: boot.js {}, CSS {}",
        kb(wasm),
        kb(app_js),
        kb(search_wasm),
        kb(search_page),
        kb(boot),
        kb(css)
    );
    let mut ok = true;
    verdict(
        &mut ok,
        "release wasm (every page's islands: reading, places, projects, maps)",
        wasm,
        WASM_BUDGET,
    );
    verdict(
        &mut ok,
        "the search's wasm (crates/search-web)",
        search_wasm,
        SEARCH_WASM_BUDGET,
    );
    // Reading pages load no app code on open; the app pages start it at once. The home page,
    // and the largest chapter and section pages of the pack.
    let home = (
        "index.html".to_string(),
        brotli_size(&dist.join("index.html"))?,
    );
    let chapter = largest_page(dist, "c*/index.html")?;
    let section = largest_page(dist, "c*/s*/index.html")?;
    for (page, html) in [&home, &chapter, &section] {
        verdict(
            &mut ok,
            &format!(
                "/{} on open (HTML, CSS, boot.js; no wasm)",
                page.trim_end_matches("index.html")
            ),
            html + css + boot,
            READING_OPEN_BUDGET,
        );
    }
    // A map page starts the app at the reader's first touch of the map; meanwhile its labels
    // are sized by the frame's width (`map/labels.css`). Its shapes are the shared geometry.
    let geometry = brotli_size(&dist.join("map/geo.svg"))?;
    let (map_page, map_html) = largest_page(dist, "map/*/index.html")?;
    let map = map_html + brotli_size(&dist.join("map/labels.css"))? + geometry;
    verdict(
        &mut ok,
        &format!(
            "/{} on open (HTML, CSS, labels, geometry, boot.js; no wasm)",
            map_page.trim_end_matches("index.html")
        ),
        map + css + boot,
        MAP_OPEN_BUDGET,
    );
    // A shared search link: the page, with the index and the search's glue in it, asks for
    // the search's wasm as its head is read; no app. The project list starts the app at once,
    // with the shared geometry for its map.
    // The search page carries its own rules of the stylesheet (`page_css`) unless it links
    // it, and boot.js unless it names the file.
    let search_text = std::fs::read_to_string(dist.join("search/index.html"))?;
    let search_css = if search_text.contains("rel=\"stylesheet\"") {
        css
    } else {
        0
    };
    let boot_name = boot_file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("boot-");
    let search_boot = if search_text.contains(boot_name) {
        boot
    } else {
        0
    };
    let search = search_page + search_css + search_boot + search_wasm;
    verdict(
        &mut ok,
        "/search/?q=… to its first answer (HTML with the index, its CSS, the search's glue and boot.js; the search's wasm; no app)",
        search,
        SEARCH_OPEN_BUDGET,
    );
    verdict(
        &mut ok,
        "/projects/ on open (with the app and the geometry)",
        brotli_size(&dist.join("projects/index.html"))? + css + boot + app_js + wasm + geometry,
        APP_PAGE_OPEN_BUDGET,
    );
    verdict(
        &mut ok,
        "map geometry (map/geo.svg)",
        geometry,
        MAP_DATA_BUDGET,
    );
    verdict(
        &mut ok,
        &format!(
            "first visit to /{}, its first minute (page, service worker, shell, every text page)",
            section.0.trim_end_matches("index.html")
        ),
        first_visit(dist, &section.0, false)?,
        FIRST_MINUTE_BUDGET,
    );
    verdict(
        &mut ok,
        &format!(
            "first visit to /{} with Save-Data (page, service worker, shell)",
            section.0.trim_end_matches("index.html")
        ),
        first_visit(dist, &section.0, true)?,
        SAVE_DATA_BUDGET,
    );
    // Reproducible: no wasm names the machine it was built on (its home directory, where
    // cargo keeps the crates' sources); the Makefile remaps those paths.
    for file in site_files(dist)? {
        let name = file.to_string_lossy();
        if !name.ends_with(".wasm") {
            continue;
        }
        let bytes = std::fs::read(&file)?;
        let machine = ["/root/", "/home/", ".cargo/registry"]
            .iter()
            .find(|path| bytes.windows(path.len()).any(|w| w == path.as_bytes()));
        if let Some(path) = machine {
            ok = false;
            println!("OVER {name} names the build machine's paths (`{path}`…)");
        }
    }
    let mut largest_place = 0;
    let mut parts: Vec<(&str, usize, usize)> = Vec::new();
    let mut total = 0;
    for file in site_files(dist)? {
        let relative = file
            .strip_prefix(dist)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        if relative.starts_with('.') {
            continue;
        }
        let size = brotli_size(&file)?;
        total += size;
        if relative.starts_with("place/") {
            largest_place = largest_place.max(size);
        }
        let name = part(&relative);
        match parts.iter_mut().find(|(n, _, _)| *n == name) {
            Some((_, files, bytes)) => {
                *files += 1;
                *bytes += size;
            }
            None => parts.push((name, 1, size)),
        }
    }
    parts.sort_by_key(|(_, _, bytes)| std::cmp::Reverse(*bytes));
    println!("\n| part | files | brotli |\n|---|---:|---:|");
    for (name, files, bytes) in &parts {
        println!("| {name} | {files} | {} |", kb(*bytes));
    }
    println!(
        "| whole site (precompressed copies not counted) | | {} |",
        kb(total)
    );
    verdict(
        &mut ok,
        "largest place page",
        largest_place,
        PLACE_PAGE_BUDGET,
    );
    verdict(&mut ok, "whole site", total, SITE_BUDGET);
    Ok(ok || !check)
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let dist = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "dist".into());
    match run(Path::new(&dist), check) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("sizes: a budget is exceeded");
            std::process::ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("sizes: {dist}: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
