//! A plain static file server, small, safe and boring: files as they are, `index.html` for a
//! directory, a redirect from `/dir` to `/dir/`, and `404.html` with status 404 for anything
//! else. No fallback to the app's shell, because real static hosts have none: a route works
//! only if it was pre-rendered. Like a real host it serves the brotli or gzip copies written
//! at build time ([`crate::precompress`]), answers `If-None-Match` with 304, caches hashed
//! assets for a year, answers one byte `Range` (206, 416), keeps connections alive, and drops
//! clients that are silent or slow (read deadline), that leave too many heads unfinished (the
//! oldest waiting connection is hung up on, [`waiting`]) or that send a body (closed after the
//! answer, so the body is never read as a request).
//!
//! Our own code rather than `tower-http`'s `ServeDir` on hyper and tokio: the whole server is
//! a few hundred lines of std with no new dependency (no build time added), `ServeDir` would
//! still need our path normalisation, dotfile rule and ETags around it, and what a public
//! host must survive beyond that (floods from many addresses) is the real host's job: this one
//! previews `dist/` and serves the browser tests, and holds up against one hostile client.

mod http;
mod path;
pub mod waiting;

pub use path::{is_hashed, resolve, Resolved};

use http::{accepts, byte_range, read_request, ReadError, Response};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant, UNIX_EPOCH};

/// Time a client has to send a whole request head; an idle kept-alive connection is closed
/// after the same time.
pub const READ_DEADLINE: Duration = Duration::from_secs(10);
/// Connections served at once; more are answered 503 and closed.
pub const MAX_CONNECTIONS: usize = 256;

/// A response head as a client reads it (the tests' clients, of ours or another host): its
/// status and its headers, names in lower case.
pub fn response_head(head: &str) -> (u16, Vec<(String, String)>) {
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers)
}

/// A running server; it serves until the process ends.
pub struct StaticHost {
    /// Where it listens.
    pub addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    online: Arc<AtomicBool>,
}

impl StaticHost {
    /// Serves `root` on `addr` (port 0 picks a free one) from a background thread.
    pub fn start(root: impl Into<PathBuf>, addr: &str) -> std::io::Result<StaticHost> {
        let root: Arc<Path> = Arc::from(root.into());
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(AtomicUsize::new(0));
        let online = Arc::new(AtomicBool::new(true));
        let (counter, serving) = (Arc::clone(&requests), Arc::clone(&online));
        let open = Arc::new(AtomicUsize::new(0));
        let waiting = Arc::new(waiting::Waiting::default());
        thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                // Switched off: hang up without an answer, as an unreachable host would.
                if !serving.load(Ordering::Relaxed) {
                    continue;
                }
                counter.fetch_add(1, Ordering::Relaxed);
                if open.fetch_add(1, Ordering::AcqRel) >= MAX_CONNECTIONS {
                    open.fetch_sub(1, Ordering::AcqRel);
                    let _ = busy(&mut stream);
                    continue;
                }
                let (root, serving, open, waiting) = (
                    Arc::clone(&root),
                    Arc::clone(&serving),
                    Arc::clone(&open),
                    Arc::clone(&waiting),
                );
                thread::spawn(move || {
                    serve_connection(stream, &root, &serving, &waiting);
                    open.fetch_sub(1, Ordering::AcqRel);
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

    /// Switches the host on or off (off: connections are dropped unanswered, open ones too).
    pub fn set_online(&self, online: bool) {
        self.online.store(online, Ordering::Relaxed);
    }

    /// How many connections it has taken.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }
}

/// Answers 503 to a connection over the cap: what it has sent is read first (briefly), so
/// that closing after the answer does not reset the connection and lose the answer.
fn busy(stream: &mut TcpStream) -> std::io::Result<()> {
    use std::io::Read;
    stream.set_write_timeout(Some(Duration::from_secs(1)))?;
    stream.set_read_timeout(Some(Duration::from_millis(50)))?;
    let _ = stream.read(&mut [0u8; 16 * 1024]);
    let headers = vec![("Retry-After", "1".to_string())];
    let response = Response {
        status: "503 Service Unavailable",
        headers,
        body: b"busy",
    };
    response.write(stream, true, false)?;
    stream.shutdown(std::net::Shutdown::Write)
}

/// Requests on one connection, one after another, until the client closes, stays silent past
/// the deadline, sends garbage, or asks to close.
fn serve_connection(
    mut stream: TcpStream,
    root: &Path,
    serving: &AtomicBool,
    waiting: &waiting::Waiting,
) {
    let _ = stream.set_write_timeout(Some(READ_DEADLINE));
    let _ = stream.set_nodelay(true);
    let mut pending = Vec::new();
    loop {
        let ticket = waiting.enter(&stream);
        let read = read_request(&mut stream, &mut pending, Instant::now() + READ_DEADLINE);
        waiting.leave(ticket);
        let request = match read {
            Ok(request) => request,
            Err(ReadError::Gone) => return,
            Err(ReadError::Bad) => {
                let bad = Response {
                    status: "400 Bad Request",
                    headers: vec![("Content-Type", "text/plain".into())],
                    body: b"bad request",
                };
                let _ = bad.write(&mut stream, true, false);
                return;
            }
        };
        if !serving.load(Ordering::Relaxed) {
            return;
        }
        if answer(&mut stream, root, &request).is_err() || !request.keep_alive {
            return;
        }
    }
}

fn answer(stream: &mut TcpStream, root: &Path, request: &http::Request) -> std::io::Result<()> {
    let keep = request.keep_alive;
    let head = request.method == "HEAD";
    if request.method != "GET" && !head {
        let response = Response {
            status: "405 Method Not Allowed",
            headers: vec![
                ("Allow", "GET, HEAD".into()),
                ("Content-Type", "text/plain".into()),
            ],
            body: b"method not allowed",
        };
        return response.write(stream, true, keep);
    }
    match resolve(root, &request.target) {
        Resolved::File(file) => send_file(stream, &file, request),
        Resolved::Redirect(location) => {
            let response = Response {
                status: "301 Moved Permanently",
                headers: vec![
                    ("Location", location),
                    ("Content-Type", "text/plain".into()),
                ],
                body: b"moved",
            };
            response.write(stream, !head, keep)
        }
        Resolved::NotFound => {
            let page =
                std::fs::read(root.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
            let response = Response {
                status: "404 Not Found",
                headers: vec![
                    ("Content-Type", "text/html; charset=utf-8".into()),
                    ("Cache-Control", "no-cache".into()),
                ],
                body: &page,
            };
            response.write(stream, !head, keep)
        }
    }
}

/// Sends a file, or its precompressed copy when the client takes that coding and it exists.
fn send_file(stream: &mut TcpStream, file: &Path, request: &http::Request) -> std::io::Result<()> {
    let kind = content_type(file);
    let mut chosen = (file.to_path_buf(), None);
    for (coding, suffix) in [("br", "br"), ("gzip", "gz")] {
        let copy = PathBuf::from(format!("{}.{suffix}", file.display()));
        if accepts(&request.accept_encoding, coding) && copy.is_file() {
            chosen = (copy, Some(coding));
            break;
        }
    }
    let (path, coding) = chosen;
    let metadata = std::fs::metadata(&path)?;
    let modified = metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let etag = format!(
        "\"{:x}-{modified:x}{}\"",
        metadata.len(),
        coding.map(|c| format!("-{c}")).unwrap_or_default()
    );
    let cache = if is_hashed(file) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut headers = vec![
        ("Content-Type", kind.to_string()),
        ("Cache-Control", cache.to_string()),
        ("ETag", etag.clone()),
        ("Vary", "Accept-Encoding".to_string()),
    ];
    if let Some(coding) = coding {
        headers.push(("Content-Encoding", coding.to_string()));
    }
    headers.push(("Accept-Ranges", "bytes".to_string()));
    // `If-None-Match` compares weakly (RFC 9110, 13.1.2): `W/"…"` matches `"…"`.
    let fresh = request.if_none_match.as_deref().is_some_and(|tags| {
        tags.split(',').any(|t| {
            let t = t.trim();
            t.strip_prefix("W/").unwrap_or(t) == etag || t == "*"
        })
    });
    if fresh {
        let response = Response {
            status: "304 Not Modified",
            headers,
            body: &[],
        };
        return response.write(stream, false, request.keep_alive);
    }
    let body = std::fs::read(&path)?;
    // A range of what would be sent, unless `If-Range` names another version.
    let current = request.if_range.as_deref().is_none_or(|v| v.trim() == etag);
    let range = if current {
        byte_range(request.range.as_deref(), body.len())
    } else {
        Ok(None)
    };
    let (status, part) = match range {
        Ok(None) => ("200 OK", &body[..]),
        Ok(Some((first, last))) => {
            let total = body.len();
            headers.push(("Content-Range", format!("bytes {first}-{last}/{total}")));
            ("206 Partial Content", &body[first..=last])
        }
        Err(()) => {
            headers.push(("Content-Range", format!("bytes */{}", body.len())));
            ("416 Range Not Satisfiable", &[][..])
        }
    };
    let response = Response {
        status,
        headers,
        body: part,
    };
    response.write(stream, request.method != "HEAD", request.keep_alive)
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
