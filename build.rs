//! Build-time validation of the plan's content: a malformed source under `content/` fails the
//! build with its file, line and what is wrong. The parser is the app's own (`src/core/content`).
//! Also writes the browser's copy of the gazetteer, without the notes and their sources (the
//! islands never show them; the pre-rendered place pages do), which keeps them out of the wasm.

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
    if let Err(error) = write_browser_gazetteer() {
        eprintln!("error: cannot write the browser's gazetteer: {error}");
        std::process::exit(1);
    }
}

/// `content/places.tsv` with every non-empty note replaced by `-`, into `OUT_DIR`.
fn write_browser_gazetteer() -> std::io::Result<()> {
    let source = std::fs::read_to_string("content/places.tsv")?;
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
    std::fs::write(std::path::Path::new(&dir).join("places-browser.tsv"), out)
}
