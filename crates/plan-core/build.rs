//! Finds the content pack the core embeds (`LANXI_CONTENT`, else the repository's `content/`),
//! lists its plan text files in reading order, and writes the browser's copies of the gazetteer
//! and the search terms without their notes and reasons (the islands never show them; the
//! pre-rendered pages do): less wasm.

use std::path::{Path, PathBuf};

fn fail(message: String) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../..");
    let given = std::env::var_os("LANXI_CONTENT").map(PathBuf::from);
    let content = given
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("content"));
    let content = content
        .canonicalize()
        .unwrap_or_else(|e| fail(format!("content pack {}: {e}", content.display())));
    let root = root.canonicalize().unwrap_or(root);
    // How errors name the pack's files: relative to the repository when it lies inside.
    let label = content.strip_prefix(&root).map_or_else(
        |_| content.display().to_string(),
        |p| p.display().to_string(),
    );
    println!("cargo:rerun-if-env-changed=LANXI_CONTENT");
    println!("cargo:rerun-if-changed={}", content.display());
    println!("cargo:rustc-env=LANXI_CONTENT_DIR={}", content.display());
    println!("cargo:rustc-env=LANXI_CONTENT_LABEL={label}");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    if let Err(e) = plan_sources(&content, &label, &out) {
        fail(format!("{label}/plan: {e}"));
    }
    // progress.tsv is optional: a pack without it embeds the header alone (no progress shown).
    let progress = std::fs::read_to_string(content.join("progress.tsv")).unwrap_or_else(|_| {
        "id\tstatus\tmilestone\tas_of\tpublisher\tpublished\turl\ttier\tparaphrase\n".into()
    });
    if let Err(e) = std::fs::write(out.join("progress.tsv"), progress) {
        fail(format!(
            "cannot write the embedded copy of {label}/progress.tsv: {e}"
        ));
    }
    for name in ["places.tsv", "search-terms.tsv"] {
        if let Err(e) = write_browser_copy(&content, name, &out) {
            fail(format!(
                "cannot write the browser's copy of {label}/{name}: {e}"
            ));
        }
    }
}

/// `plan_sources.rs`: the pack's `plan/*.txt` in name order, each with its label and text.
fn plan_sources(content: &Path, label: &str, out: &Path) -> std::io::Result<()> {
    let mut names: Vec<String> = std::fs::read_dir(content.join("plan"))?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut code = format!(
        "/// The plan's text files in reading order, as embedded in the binary.\npub const PLAN_SOURCES: [(&str, &str); {}] = [\n",
        names.len()
    );
    for name in &names {
        let path = content.join("plan").join(name);
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("{label}/plan/{name}"),
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("plan_sources.rs"), code)
}

/// `<name>` with every non-empty last column (a note or reason, shown only on pre-rendered
/// pages) replaced by `-`, into `OUT_DIR` as `<stem>-browser.tsv`.
fn write_browser_copy(content: &Path, name: &str, out: &Path) -> std::io::Result<()> {
    let source = std::fs::read_to_string(content.join(name))?;
    let mut copy = String::with_capacity(source.len());
    for (n, line) in source.lines().enumerate() {
        match line.rsplit_once('\t') {
            Some((rest, note)) if n > 0 && !note.is_empty() => {
                copy.push_str(rest);
                copy.push_str("\t-");
            }
            _ => copy.push_str(line),
        }
        copy.push('\n');
    }
    let stem = name.trim_end_matches(".tsv");
    std::fs::write(out.join(format!("{stem}-browser.tsv")), copy)
}
