//! Brotli and gzip copies of every compressible file of a build (`page.html.br`,
//! `page.html.gz`), written once at build time, as hosts that serve precompressed assets
//! expect (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`). The server then
//! never compresses on a request.

use crate::sizes::brotli_bytes;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether a file is worth compressing (text, JSON, SVG, wasm, the search index) and large
/// enough to gain.
pub fn compressible(path: &Path) -> bool {
    let text = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some(
            "html"
                | "js"
                | "mjs"
                | "css"
                | "wasm"
                | "json"
                | "geojson"
                | "webmanifest"
                | "xml"
                | "svg"
                | "txt"
                | "csv"
        )
    );
    text && std::fs::metadata(path).is_ok_and(|m| m.len() > 256)
}

/// Whether a file is itself a precompressed copy.
pub fn is_copy(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz"))
}

/// Every file below `dir`, in order, leaving out precompressed copies.
pub fn site_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if !is_copy(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes `.br` (quality 11) and `.gz` (level 9) beside every compressible file; returns how
/// many files were compressed.
pub fn precompress(dir: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    for file in site_files(dir)? {
        if !compressible(&file) {
            continue;
        }
        let bytes = std::fs::read(&file)?;
        std::fs::write(format!("{}.br", file.display()), brotli_bytes(&bytes, 11))?;
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&bytes)?;
        std::fs::write(format!("{}.gz", file.display()), gzip.finish()?)?;
        count += 1;
    }
    Ok(count)
}
