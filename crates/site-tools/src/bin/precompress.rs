//! `precompress DIST`: writes the brotli and gzip copies of every compressible file.

fn main() -> std::process::ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    match site_tools::precompress::precompress(std::path::Path::new(&dir)) {
        Ok(count) => {
            println!("precompress: {count} files in {dir}/ as .br and .gz");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("precompress: {dir}: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
