//! `sizes [DIST] [--check]`: prints the sizes of a build, raw and brotli, and the totals of
//! the first view of the home page and of a section page (the HTML with everything it loads);
//! with `--check`, exits non-zero when a budget is exceeded.

use site_tools::sizes::{files_ending, kb, measure, FileSize};
use std::path::Path;

/// (what, limit in bytes, brotli).
const WASM_BUDGET: usize = 150 * 1024;
const FIRST_VIEW_BUDGET: usize = 300 * 1024;
const MAP_DATA_BUDGET: usize = 100 * 1024;

fn line(label: &str, size: &FileSize) {
    println!(
        "{label:<9} {:>10} raw {:>10} brotli  {}",
        kb(size.raw),
        kb(size.brotli),
        size.path.display()
    );
}

fn run(dist: &Path, check: bool) -> std::io::Result<bool> {
    let mut assets = Vec::new();
    for (suffix, label) in [(".wasm", "wasm"), (".js", "js"), (".css", "css")] {
        for file in files_ending(dist, suffix)? {
            if file.file_name().is_some_and(|n| n == "sw.js") {
                continue;
            }
            let size = measure(&file)?;
            line(label, &size);
            assets.push((label, size));
        }
    }
    let wasm: usize = assets
        .iter()
        .filter(|(l, _)| *l == "wasm")
        .map(|(_, s)| s.brotli)
        .sum();
    let shared: usize = assets.iter().map(|(_, s)| s.brotli).sum();
    let mut ok = true;
    let mut verdict = |what: &str, size: usize, limit: usize| {
        let pass = size <= limit;
        ok &= pass;
        println!(
            "{} {what}: {} brotli (budget {})",
            if pass { "ok  " } else { "OVER" },
            kb(size),
            kb(limit)
        );
    };
    verdict("release wasm", wasm, WASM_BUDGET);
    for page in ["index.html", "c6/s1/index.html"] {
        let html = measure(&dist.join(page))?;
        line("html", &html);
        verdict(
            &format!("first view of /{}", page.trim_end_matches("index.html")),
            shared + html.brotli,
            FIRST_VIEW_BUDGET,
        );
    }
    let map = measure(&dist.join("map/region.txt"))?;
    line("map data", &map);
    verdict("map data", map.brotli, MAP_DATA_BUDGET);
    let mut largest = None::<FileSize>;
    for n in 1..=5 {
        let page = measure(&dist.join(format!("map/{n}/index.html")))?;
        if largest.as_ref().is_none_or(|l| page.brotli > l.brotli) {
            largest = Some(page);
        }
    }
    if let Some(page) = largest {
        line("map page", &page);
    }
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
