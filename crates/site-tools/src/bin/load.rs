//! `load HOST:PORT PATH [CLIENTS] [REQUESTS]`: a bounded load on loopback — CLIENTS threads
//! each sending REQUESTS GETs for PATH with `Accept-Encoding: br`, on a kept-alive connection
//! where the server allows it — and prints requests per second, p50 and p99 latency and the
//! errors. Used to compare servers side by side (README, closing notes); not a test.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Reads one response; returns (status, whether the server keeps the connection).
fn response(stream: &mut TcpStream) -> Option<(u16, bool)> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
    let status = text.split(' ').nth(1)?.parse().ok()?;
    let length: usize = text
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).ok()?;
    Some((status, !text.contains("connection: close")))
}

fn client(addr: String, path: String, requests: usize) -> (Vec<Duration>, usize) {
    let mut times = Vec::with_capacity(requests);
    let mut errors = 0;
    let mut stream: Option<TcpStream> = None;
    for _ in 0..requests {
        let started = Instant::now();
        let conn = match stream.take() {
            Some(s) => Some(s),
            None => TcpStream::connect(&addr).ok(),
        };
        let Some(mut conn) = conn else {
            errors += 1;
            continue;
        };
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n"
        );
        match conn
            .write_all(request.as_bytes())
            .ok()
            .and_then(|_| response(&mut conn))
        {
            Some((200, keep)) => {
                times.push(started.elapsed());
                if keep {
                    stream = Some(conn);
                }
            }
            _ => errors += 1,
        }
    }
    (times, errors)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let addr = args
        .first()
        .cloned()
        .unwrap_or_else(|| "127.0.0.1:8080".into());
    let path = args.get(1).cloned().unwrap_or_else(|| "/".into());
    let clients: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(20);
    let requests: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(100);
    let started = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let (addr, path) = (addr.clone(), path.clone());
            std::thread::spawn(move || client(addr, path, requests))
        })
        .collect();
    let mut times = Vec::new();
    let mut errors = 0;
    for thread in threads {
        if let Ok((t, e)) = thread.join() {
            times.extend(t);
            errors += e;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    times.sort();
    let at = |q: f64| {
        times
            .get(((times.len() as f64 * q) as usize).min(times.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "{path}: {} ok, {errors} errors, {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms ({clients} clients)",
        times.len(),
        times.len() as f64 / elapsed,
        at(0.5),
        at(0.99)
    );
}
