//! Build-time validation of the content pack: a malformed source (the plan's text, its
//! metadata, goals, figure table, gazetteer, catalogue or roles) fails the build with its file,
//! line and what is wrong. The checks are the core's own (`plan-core`), run on the very sources
//! it embeds.

fn main() {
    println!("cargo:rerun-if-env-changed=LANXI_CONTENT");
    if let Err(error) = plan_core::content::embedded_plan() {
        eprintln!("error: the plan's content source is malformed:\n  {error}");
        std::process::exit(1);
    }
    if let Err(error) = plan_core::places::places() {
        eprintln!("error: the gazetteer is malformed:\n  {error}");
        std::process::exit(1);
    }
    if let Err(error) = plan_core::projects::projects() {
        eprintln!("error: the project catalogue is malformed:\n  {error}");
        std::process::exit(1);
    }
    if let Err(error) = plan_core::roles::roles() {
        eprintln!("error: the roles table is malformed:\n  {error}");
        std::process::exit(1);
    }
}
