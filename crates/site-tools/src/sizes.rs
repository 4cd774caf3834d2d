//! Sizes of the built site, raw and brotli-compressed (quality 11, as static hosts serve it).

use std::path::{Path, PathBuf};

/// Raw and brotli size of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSize {
    /// The file.
    pub path: PathBuf,
    /// Bytes on disk.
    pub raw: usize,
    /// Bytes after brotli.
    pub brotli: usize,
}

/// Brotli-compressed bytes at a quality (0–11).
pub fn brotli_bytes(bytes: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: 22,
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
        Ok(_) => out,
        Err(_) => bytes.to_vec(),
    }
}

/// Brotli-compressed size of some bytes (quality 11, as a host serving pre-compressed files).
pub fn brotli_len(bytes: &[u8]) -> usize {
    brotli_bytes(bytes, 11).len()
}

/// Measures one file.
pub fn measure(path: &Path) -> std::io::Result<FileSize> {
    let bytes = std::fs::read(path)?;
    Ok(FileSize {
        path: path.to_path_buf(),
        raw: bytes.len(),
        brotli: brotli_len(&bytes),
    })
}

/// Files directly in `dir` whose names end with `suffix`.
pub fn files_ending(dir: &Path, suffix: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.to_string_lossy().ends_with(suffix))
        .collect();
    out.sort();
    Ok(out)
}

/// `12.3 KB`.
pub fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
