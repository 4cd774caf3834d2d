//! A plain static file server: files as they are, `index.html` for a directory, a redirect
//! from `/dir` to `/dir/`, and `404.html` with status 404 for anything else. No fallback to
//! the app's shell, because real static hosts have none: a route works only if it was
//! pre-rendered.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

/// A running server; it serves until the process ends.
pub struct StaticHost {
    /// Where it listens.
    pub addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    online: Arc<std::sync::atomic::AtomicBool>,
}

impl StaticHost {
    /// Serves `root` on `addr` (port 0 picks a free one) from a background thread.
    pub fn start(root: impl Into<PathBuf>, addr: &str) -> std::io::Result<StaticHost> {
        let root = root.into();
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&requests);
        let online = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let serving = Arc::clone(&online);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                // Switched off: hang up without an answer, as an unreachable host would.
                if !serving.load(Ordering::Relaxed) {
                    drop(stream);
                    continue;
                }
                let root = root.clone();
                counter.fetch_add(1, Ordering::Relaxed);
                thread::spawn(move || {
                    let _ = handle(stream, &root);
                });
            }
        });
        Ok(StaticHost {
            addr,
            requests,
            online,
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Switches the host on or off (off: connections are dropped unanswered).
    pub fn set_online(&self, online: bool) {
        self.online.store(online, Ordering::Relaxed);
    }

    /// How many connections it has taken.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }
}

/// The `Content-Type` for a file name.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "geojson" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// What a request path resolves to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file to send.
    File(PathBuf),
    /// A directory asked for without its slash: redirect here.
    Redirect(String),
    /// Nothing there.
    NotFound,
}

/// Resolves a request path (query and fragment already removed) under `root`.
pub fn resolve(root: &Path, request_path: &str) -> Resolved {
    let Some(decoded) = percent_decode(request_path) else {
        return Resolved::NotFound;
    };
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Resolved::NotFound;
    }
    let full = root.join(relative);
    if full.is_dir() {
        if !decoded.ends_with('/') {
            return Resolved::Redirect(format!("{request_path}/"));
        }
        let index = full.join("index.html");
        return if index.is_file() {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if full.is_file() {
        Resolved::File(full)
    } else {
        Resolved::NotFound
    }
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Of the headers, only Accept-Encoding matters: compress as real static hosts do.
    let mut header = String::new();
    let mut accepts_brotli = false;
    while reader.read_line(&mut header)? > 2 {
        let lower = header.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("br") {
            accepts_brotli = true;
        }
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"method not allowed",
            method,
            &[],
        );
    }
    match resolve(root, path) {
        Resolved::File(file) => {
            let body = std::fs::read(&file)?;
            let kind = content_type(&file);
            let compressible = kind.starts_with("text/")
                || kind.contains("json")
                || kind.contains("xml")
                || kind == "application/wasm"
                || kind == "image/svg+xml";
            if accepts_brotli && compressible && body.len() > 1024 {
                let packed = crate::sizes::brotli_bytes(&body, 5);
                let headers = [("Content-Encoding", "br"), ("Vary", "Accept-Encoding")];
                return respond(&mut stream, "200 OK", kind, &packed, method, &headers);
            }
            respond(&mut stream, "200 OK", kind, &body, method, &[])
        }
        Resolved::Redirect(location) => {
            let query = target.find('?').map(|i| &target[i..]).unwrap_or("");
            let location = format!("{location}{query}");
            respond(
                &mut stream,
                "301 Moved Permanently",
                "text/plain",
                b"moved",
                method,
                &[("Location", &location)],
            )
        }
        Resolved::NotFound => {
            let page =
                std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
            respond(
                &mut stream,
                "404 Not Found",
                "text/html; charset=utf-8",
                &page,
                method,
                &[],
            )
        }
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    method: &str,
    extra: &[(&str, &str)],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("static-host-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("c6/s1")).unwrap_or(());
        std::fs::write(dir.join("index.html"), "home").unwrap_or(());
        std::fs::write(dir.join("c6/s1/index.html"), "section").unwrap_or(());
        dir
    }

    #[test]
    fn a_directory_serves_its_index_and_redirects_without_slash() {
        let root = site();
        assert_eq!(
            resolve(&root, "/c6/s1/"),
            Resolved::File(root.join("c6/s1/index.html"))
        );
        assert_eq!(
            resolve(&root, "/c6/s1"),
            Resolved::Redirect("/c6/s1/".into())
        );
        assert_eq!(resolve(&root, "/"), Resolved::File(root.join("index.html")));
    }

    #[test]
    fn unknown_paths_are_not_found_with_no_fallback_to_the_shell() {
        let root = site();
        assert_eq!(resolve(&root, "/c6/s9/"), Resolved::NotFound);
        assert_eq!(resolve(&root, "/search"), Resolved::NotFound);
    }

    #[test]
    fn paths_cannot_escape_the_root() {
        let root = site();
        assert_eq!(resolve(&root, "/../etc/passwd"), Resolved::NotFound);
        assert_eq!(resolve(&root, "/%2e%2e/etc/passwd"), Resolved::NotFound);
    }
}
