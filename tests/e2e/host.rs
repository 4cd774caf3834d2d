//! The host serves the site as the site expects, whichever host it is: ours, or nginx with
//! exactly the README's lines (`make host-tests`). Every page and file, its precompressed copy
//! when the client takes it, its cache policy, the not-found page, and a directory's address.

use crate::support::{dist, site};
use site_tools::static_host::{is_hashed, response_head};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};

/// Status and headers (names lower case) of `GET path`, and the body's length and text.
fn get(path: &str, extra: &str) -> (u16, Vec<(String, String)>, String) {
    let origin = site().trim_start_matches("http://");
    let mut stream = TcpStream::connect(origin).unwrap_or_else(|e| panic!("{origin}: {e}"));
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {origin}\r\nConnection: close\r\n{extra}\r\n");
    let _ = stream.write_all(request.as_bytes());
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(bytes.len());
    let (status, headers) = response_head(&String::from_utf8_lossy(&bytes[..split]));
    let body = String::from_utf8_lossy(bytes.get(split + 4..).unwrap_or_default()).to_string();
    (status, headers, body)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn the_host_serves_every_file_with_its_copy_and_cache_policy_and_the_not_found_page() {
    // The coding a host without the brotli module sends instead (`make host-tests` says).
    let coding = std::env::var("LANXI_E2E_HOST_CODING").unwrap_or_else(|_| "br".into());
    let root = dist();
    let mut all = Vec::new();
    files(&root, &mut all);
    assert!(all.len() > 150, "the whole site: {}", all.len());
    let mut problems = Vec::new();
    for file in &all {
        let relative = file
            .strip_prefix(&root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let path = match relative.strip_suffix("index.html") {
            Some(dir) => format!("/{dir}"),
            None => format!("/{relative}"),
        };
        let (status, headers, _) = get(&path, "Accept-Encoding: gzip, br\r\n");
        let copy = |suffix: &str| PathBuf::from(format!("{}.{suffix}", file.display())).is_file();
        // Text over a kilobyte has both copies (so a build that lost them fails here, not only
        // serves the file as it is).
        let text = matches!(
            file.extension().and_then(|e| e.to_str()),
            Some("html" | "js" | "css" | "wasm" | "svg" | "json" | "csv" | "xml" | "webmanifest")
        );
        if text
            && std::fs::metadata(file).map_or(0, |m| m.len()) > 1024
            && !(copy("br") && copy("gz"))
        {
            problems.push(format!("{path}: no .br and .gz copies"));
        }
        let want_coding = match coding.as_str() {
            "br" if copy("br") => "br",
            _ if copy("gz") => "gzip",
            _ => "",
        };
        let cache = header(&headers, "cache-control");
        let want_cache = if is_hashed(file) {
            "immutable"
        } else {
            "no-cache"
        };
        if status != 200
            || header(&headers, "content-encoding") != want_coding
            || !cache.contains(want_cache)
        {
            problems.push(format!(
                "{path}: {status}, coding `{}` (want `{want_coding}`), cache `{cache}`",
                header(&headers, "content-encoding")
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {}:\n{}",
        problems.len(),
        all.len(),
        problems.join("\n")
    );
    let (status, _, body) = get("/no/such/page/", "");
    assert!(
        status == 404 && body.contains("找不到这个页面"),
        "{status}: the not-found page"
    );
    let (status, headers, _) = get("/c6/s1", "");
    assert!(
        status == 301 && header(&headers, "location").ends_with("/c6/s1/"),
        "{status} {headers:?}"
    );
}
