//! The static host as a hostile or careless client meets it: redirects that stay on the
//! origin, silent connections dropped while others are served, 304s, precompressed copies
//! chosen by `Accept-Encoding`, hidden files refused, and a bounded load with no error.

use site_tools::static_host::{response_head, StaticHost, READ_DEADLINE};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The test site, written once for all tests of this file (they run in parallel).
fn site() -> PathBuf {
    static SITE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SITE.get_or_init(write_site).clone()
}

fn write_site() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("server-test-{}", std::process::id()));
    let _ = std::fs::create_dir_all(dir.join("c1/s1"));
    let page = "<!doctype html><p>兰州</p>".repeat(200);
    let _ = std::fs::write(dir.join("index.html"), &page);
    let _ = std::fs::write(dir.join("c1/index.html"), &page);
    let _ = std::fs::write(dir.join("c1/s1/index.html"), &page);
    let _ = std::fs::write(dir.join("404.html"), "missing");
    let _ = std::fs::write(dir.join(".built"), "");
    let _ = std::fs::write(dir.join("app-0123456789abcdef_bg.wasm"), vec![7u8; 50_000]);
    if let Err(e) = site_tools::precompress::precompress(&dir) {
        panic!("precompress: {e}");
    }
    dir
}

fn host() -> StaticHost {
    StaticHost::start(site(), "127.0.0.1:0").unwrap_or_else(|e| panic!("start: {e}"))
}

/// Status, headers (lower-case names) and body of one response read off `stream`.
fn read_response(stream: &mut TcpStream) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut bytes = Vec::new();
    let mut byte = [0u8; 1];
    while !bytes.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => bytes.push(byte[0]),
            _ => return (0, Vec::new(), Vec::new()),
        }
    }
    let (status, headers) = response_head(&String::from_utf8_lossy(&bytes));
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    let _ = stream.read_exact(&mut body);
    (status, headers, body)
}

fn get(host: &StaticHost, target: &str, extra: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let request = format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra}\r\n");
    let _ = stream.write_all(request.as_bytes());
    read_response(&mut stream)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn no_redirect_leaves_the_origin() {
    let host = host();
    for target in [
        "//c1",
        "///c1",
        "//c1//s1//",
        "/c1",
        "//c1?x=//evil",
        "/c1//s1",
    ] {
        let (status, headers, _) = get(&host, target, "");
        assert_eq!(status, 301, "{target}");
        let location = header(&headers, "location").unwrap_or("");
        assert!(
            location.starts_with('/') && !location.starts_with("//") && !location.contains('\\'),
            "{target} -> {location}"
        );
        let (again, _, _) = get(&host, location, "");
        assert_eq!(again, 200, "{target} -> {location}");
    }
    for target in ["/%2fc1/", "/%2F%2Fevil/", "/\\evil/", "/%5cevil/"] {
        assert_eq!(get(&host, target, "").0, 404, "{target}");
    }
}

#[test]
fn hidden_files_and_unknown_methods_are_refused() {
    let host = host();
    assert_eq!(get(&host, "/.built", "").0, 404);
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = stream.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let (status, headers, _) = read_response(&mut stream);
    assert_eq!(status, 405);
    assert_eq!(header(&headers, "allow"), Some("GET, HEAD"));
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = stream.write_all(b"\x16\x03\x01 hello\r\n\r\n");
    assert_eq!(read_response(&mut stream).0, 400);
}

#[test]
fn precompressed_copies_follow_accept_encoding() {
    let host = host();
    let plain = get(&host, "/c1/", "").2;
    let (_, headers, body) = get(&host, "/c1/", "Accept-Encoding: gzip, deflate, br\r\n");
    assert_eq!(header(&headers, "content-encoding"), Some("br"));
    assert!(body.len() < plain.len() / 4);
    let (_, headers, _) = get(&host, "/c1/", "Accept-Encoding: br;q=0, gzip\r\n");
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"));
    let (_, headers, body) = get(&host, "/c1/", "Accept-Encoding: br;q=0\r\n");
    assert_eq!(header(&headers, "content-encoding"), None);
    assert_eq!(body, plain);
}

#[test]
fn an_unchanged_file_answers_304_and_hashed_assets_are_immutable() {
    let host = host();
    let (_, headers, _) = get(
        &host,
        "/app-0123456789abcdef_bg.wasm",
        "Accept-Encoding: br\r\n",
    );
    assert_eq!(
        header(&headers, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let etag = header(&headers, "etag").unwrap_or("").to_string();
    assert!(!etag.is_empty());
    let (status, _, body) = get(
        &host,
        "/app-0123456789abcdef_bg.wasm",
        &format!("Accept-Encoding: br\r\nIf-None-Match: {etag}\r\n"),
    );
    assert_eq!((status, body.len()), (304, 0));
    let (_, headers, _) = get(&host, "/c1/", "");
    assert_eq!(header(&headers, "cache-control"), Some("no-cache"));
}

#[test]
fn a_silent_connection_is_closed_while_others_are_served() {
    let host = host();
    let started = Instant::now();
    let mut idle = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let mut half = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = half.write_all(b"GET / HTTP/1.1\r\nHost");
    assert_eq!(
        get(&host, "/c1/s1/", "").0,
        200,
        "served while two clients idle"
    );
    let _ = idle.set_read_timeout(Some(Duration::from_secs(30)));
    let _ = half.set_read_timeout(Some(Duration::from_secs(30)));
    let mut buf = [0u8; 16];
    assert!(
        matches!(idle.read(&mut buf), Ok(0)),
        "the idle socket is closed"
    );
    assert!(
        matches!(half.read(&mut buf), Ok(0)),
        "the half request is closed"
    );
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(30) && waited >= READ_DEADLINE / 2,
        "{waited:?}"
    );
}

#[test]
fn a_kept_alive_connection_serves_many_requests() {
    let host = host();
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    for _ in 0..20 {
        let _ = stream.write_all(b"GET /c1/s1/ HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\n\r\n");
        let (status, headers, _) = read_response(&mut stream);
        assert_eq!(status, 200);
        assert_eq!(header(&headers, "connection"), Some("keep-alive"));
    }
}

#[test]
fn two_thousand_requests_from_twenty_clients_all_succeed() {
    let _heavy = heavy();
    let host = host();
    let addr = host.addr;
    let clients: Vec<_> = (0..20)
        .map(|i| {
            std::thread::spawn(move || {
                let mut failures = 0;
                let mut stream =
                    TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect: {e}"));
                for n in 0..100 {
                    let target = if (i + n) % 2 == 0 {
                        "/app-0123456789abcdef_bg.wasm"
                    } else {
                        "/c1/s1/"
                    };
                    let request =
                        format!("GET {target} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\n\r\n");
                    let _ = stream.write_all(request.as_bytes());
                    if read_response(&mut stream).0 != 200 {
                        failures += 1;
                    }
                }
                failures
            })
        })
        .collect();
    let failures: usize = clients.into_iter().map(|c| c.join().unwrap_or(100)).sum();
    assert_eq!(failures, 0);
}

/// Held by the tests that load the machine or time it, so that neither runs beside the other:
/// CI's two cores ran the 2,000-request test beside the timed one and gave a 4 ms p99 against
/// a 0.3 ms idle one measured before it started.
static HEAVY: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn heavy() -> std::sync::MutexGuard<'static, ()> {
    HEAVY
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// One ordinary request on its own connection: whether it was answered 200, and its time.
fn ordinary(host: &StaticHost) -> (bool, Duration) {
    let started = Instant::now();
    let ok = get(host, "/c1/s1/", "Accept-Encoding: br\r\n").0 == 200;
    (ok, started.elapsed())
}

fn p99(times: &mut [Duration]) -> Duration {
    times.sort();
    times[(times.len() * 99 / 100).min(times.len() - 1)]
}

#[test]
fn a_thousand_half_sent_heads_from_one_client_keep_no_one_else_out() {
    let _heavy = heavy();
    let (idle, loaded) = (host(), host());
    // One client opens 1,000 connections to `loaded` and sends half a request head on each,
    // never the rest.
    let held: Vec<TcpStream> = (0..1000)
        .filter_map(|_| TcpStream::connect(loaded.addr).ok())
        .map(|mut s| {
            let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n");
            s
        })
        .collect();
    assert!(
        held.len() >= 990,
        "the client holds its connections: {}",
        held.len()
    );
    // Requests alternate between the idle host and the loaded one, so that whatever else the
    // machine does at that moment falls on both measures alike.
    let (mut answered, mut idle_times, mut loaded_times) = (0, Vec::new(), Vec::new());
    for _ in 0..200 {
        idle_times.push(ordinary(&idle).1);
        let (ok, time) = ordinary(&loaded);
        answered += usize::from(ok);
        loaded_times.push(time);
    }
    let (idle_p99, loaded_p99) = (p99(&mut idle_times), p99(&mut loaded_times));
    println!(
        "200 requests beside 1,000 half-open connections: {answered} answered; \
         p99 {loaded_p99:?} (idle host, same moments: {idle_p99:?})"
    );
    assert!(answered >= 198, "at least 99% answered: {answered} of 200");
    // Within ten times the idle p99 (with a 2 ms floor for a machine's scheduling noise).
    let bound = (idle_p99 * 10).max(Duration::from_millis(2));
    assert!(loaded_p99 <= bound, "p99 {loaded_p99:?} > {bound:?}");
    drop(held);
}

#[test]
fn a_request_body_is_never_read_as_the_next_request() {
    let host = host();
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let smuggled = "GET /c1/ HTTP/1.1\r\nHost: x\r\n\r\n";
    let post = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{smuggled}",
        smuggled.len()
    );
    let _ = stream.write_all(post.as_bytes());
    let (status, headers, _) = read_response(&mut stream);
    assert_eq!(
        (status, header(&headers, "connection")),
        (405, Some("close"))
    );
    assert_eq!(
        read_response(&mut stream).0,
        0,
        "nothing more: the body was not a request"
    );
}

#[test]
fn ranges_weak_tags_blank_lines_and_host_are_taken_as_http_says() {
    let host = host();
    let wasm = "/app-0123456789abcdef_bg.wasm";
    let (status, headers, body) = get(&host, wasm, "Range: bytes=0-99\r\n");
    assert_eq!((status, body.len()), (206, 100), "a range of the file");
    assert_eq!(header(&headers, "content-range"), Some("bytes 0-99/50000"));
    assert_eq!(
        get(&host, wasm, "Range: bytes=60000-\r\n").0,
        416,
        "past its end"
    );
    let (_, headers, _) = get(&host, "/c1/", "Accept-Encoding: br\r\n");
    let tag = header(&headers, "etag").unwrap_or_default().to_string();
    let weak = format!("Accept-Encoding: br\r\nIf-None-Match: W/{tag}\r\n");
    assert_eq!(
        get(&host, "/c1/", &weak).0,
        304,
        "a weak tag matches weakly"
    );
    // A blank line before a request is ignored; a 1.1 request without Host is refused.
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = stream.write_all(b"\r\nGET /c1/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(read_response(&mut stream).0, 200);
    let mut stream = TcpStream::connect(host.addr).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = stream.write_all(b"GET /c1/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(read_response(&mut stream).0, 400);
}
