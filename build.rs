//! Build-time validation of the content pack: a malformed source (the plan's text, its
//! metadata, goals, figure table, gazetteer, catalogue, roles or search terms, or a reference
//! between them) fails the build with its file, line and what is wrong. The checks are the
//! core's own (`plan_core::pack::check`), run on the very sources it embeds.

fn main() {
    println!("cargo:rerun-if-env-changed=LANXI_CONTENT");
    if let Err(error) = plan_core::pack::check() {
        eprintln!("error: the content pack is malformed:\n  {error}");
        std::process::exit(1);
    }
}
