//! `serve [DIR] [PORT]`: serves the built site like a plain static host (`make serve`).

use site_tools::static_host::StaticHost;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "dist".into());
    let port = args
        .next()
        .or_else(|| std::env::var("PORT").ok())
        .unwrap_or_else(|| "8080".into());
    let root = std::path::Path::new(&dir);
    if !root.is_dir() {
        eprintln!("serve: {dir}/ does not exist; build the site first (`make dist`)");
        return std::process::ExitCode::FAILURE;
    }
    if !root.join("index.html").is_file() {
        eprintln!(
            "serve: note: {dir}/index.html is missing (fine if the site sits in a sub-folder)"
        );
    }
    match StaticHost::start(&dir, &format!("127.0.0.1:{port}")) {
        Ok(host) => {
            println!("Serving {dir}/ at {}/ (Ctrl-C to stop)", host.url());
            loop {
                std::thread::park();
            }
        }
        Err(error) => {
            eprintln!("serve: cannot listen on 127.0.0.1:{port}: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
