//! `sizes [DIST]`: prints the wasm, JS and CSS sizes of a build, raw and brotli, and the total
//! of the home page's first view (its HTML with everything it loads).

use site_tools::sizes::{files_ending, kb, measure};
use std::path::Path;

fn main() -> std::process::ExitCode {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dist = Path::new(&dist);
    let mut first_view = 0;
    let mut report = |suffix: &str, label: &str| -> std::io::Result<()> {
        for file in files_ending(dist, suffix)? {
            let size = measure(&file)?;
            first_view += size.brotli;
            println!(
                "{label:<5} {:>10} raw {:>10} brotli  {}",
                kb(size.raw),
                kb(size.brotli),
                file.display()
            );
        }
        Ok(())
    };
    let result = report(".wasm", "wasm")
        .and_then(|_| report(".js", "js"))
        .and_then(|_| report(".css", "css"))
        .and_then(|_| {
            measure(&dist.join("index.html")).map(|home| {
                println!(
                    "html  {:>10} raw {:>10} brotli  {}",
                    kb(home.raw),
                    kb(home.brotli),
                    home.path.display()
                );
                home.brotli
            })
        });
    match result {
        Ok(home) => {
            println!(
                "first view of the home page: {} brotli",
                kb(first_view + home)
            );
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("sizes: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
