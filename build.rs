//! Build-time validation of the content pack: a malformed source (the plan's text, its
//! metadata, goals, figure table, gazetteer, catalogue, roles or search terms, or a reference
//! between them) fails the build with its file, line and what is wrong. The checks are the
//! core's own (`plan_core::pack::check`), run on the very sources it embeds.
//!
//! Then the few facts of the pack that the browser's islands need (`src/facts.rs`) are written
//! as constants, so the app's code does not carry the plan to count its boxes.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-env-changed=LANXI_CONTENT");
    if let Err(error) = plan_core::pack::check() {
        eprintln!("error: the content pack is malformed:\n  {error}");
        std::process::exit(1);
    }
    let (Ok(out), Ok(plan)) = (std::env::var("OUT_DIR"), plan_core::pack::plan()) else {
        eprintln!("error: no OUT_DIR, or the checked plan does not load");
        std::process::exit(1);
    };
    let mut facts = String::new();
    let _ = writeln!(
        facts,
        "/// How many boxes (专栏) the plan has.\npub const BOX_COUNT: usize = {};",
        plan.boxes().len()
    );
    if let Err(error) = std::fs::write(std::path::Path::new(&out).join("facts.rs"), facts) {
        eprintln!("error: writing facts.rs: {error}");
        std::process::exit(1);
    }
}
