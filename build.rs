//! Build-time validation of the plan's content: a malformed source under `content/` fails the
//! build with its file, line and what is wrong. The parser is the app's own (`src/core/content`).
//! Also writes the browser's copies of the gazetteer and the search terms, without their notes
//! and reasons (the islands never show them; pre-rendered pages do): less wasm.

#[allow(dead_code, unused_imports)]
#[path = "src/core/content/mod.rs"]
mod content;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/core/content");
    if let Err(error) = content::embedded_plan() {
        eprintln!("error: the plan's content source is malformed:\n  {error}");
        std::process::exit(1);
    }
    for name in ["places.tsv", "search-terms.tsv"] {
        if let Err(error) = write_browser_copy(name) {
            eprintln!("error: cannot write the browser's copy of content/{name}: {error}");
            std::process::exit(1);
        }
    }
}

/// `content/<name>` with every non-empty last column (a note or reason, shown only on
/// pre-rendered pages) replaced by `-`, into `OUT_DIR` as `<stem>-browser.tsv`.
fn write_browser_copy(name: &str) -> std::io::Result<()> {
    let source = std::fs::read_to_string(format!("content/{name}"))?;
    let mut out = String::with_capacity(source.len());
    for (n, line) in source.lines().enumerate() {
        match line.rsplit_once('\t') {
            Some((rest, note)) if n > 0 && !note.is_empty() => {
                out.push_str(rest);
                out.push_str("\t-");
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    let dir = std::env::var("OUT_DIR").map_err(std::io::Error::other)?;
    let stem = name.trim_end_matches(".tsv");
    std::fs::write(
        std::path::Path::new(&dir).join(format!("{stem}-browser.tsv")),
        out,
    )
}
