//! `serve [DIR] [PORT]`: serves the built site like a plain static host (`make serve`).

use site_tools::static_host::StaticHost;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "dist".into());
    let port = args
        .next()
        .or_else(|| std::env::var("PORT").ok())
        .unwrap_or_else(|| "8080".into());
    if !std::path::Path::new(&dir).join("index.html").is_file() {
        eprintln!("serve: {dir}/index.html not found; build the site first (`make dist`)");
        return std::process::ExitCode::FAILURE;
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
