//! Build-time validation of the plan's content: a malformed source under `content/` fails the
//! build with its file, line and what is wrong. The parser is the app's own (`src/core/content`).

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
}
