//! The little of HTTP/1.1 a static host needs: reading a request head within a deadline and a
//! size cap, the request line, the two headers that matter (`Accept-Encoding`,
//! `If-None-Match`) and whether the client keeps the connection, and writing a response.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Largest request head read; a longer one is a bad request.
const MAX_HEAD: usize = 16 * 1024;

/// Why no request was read.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The client closed, or sent nothing before the deadline: close quietly.
    Gone,
    /// Something arrived that is not an HTTP request: answer 400 and close.
    Bad,
}

/// One parsed request.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `HEAD`, …
    pub method: String,
    /// The request target as sent (`/c1/s1/?q=…`).
    pub target: String,
    /// The `Accept-Encoding` header, lower case.
    pub accept_encoding: String,
    /// The `If-None-Match` header.
    pub if_none_match: Option<String>,
    /// The `Range` header.
    pub range: Option<String>,
    /// The `If-Range` header.
    pub if_range: Option<String>,
    /// Whether the connection stays open after the response: not after a request that
    /// carried a body (never read; closing is what keeps it from being read as a request).
    pub keep_alive: bool,
}

/// Reads one request head from `stream`, giving up at `deadline` (a slow or silent client is
/// dropped, however it trickles its bytes). `pending` carries bytes read past a head.
pub fn read_request(
    stream: &mut TcpStream,
    pending: &mut Vec<u8>,
    deadline: Instant,
) -> Result<Request, ReadError> {
    let mut chunk = [0u8; 4096];
    loop {
        // Blank lines before a request line are ignored (RFC 9112, 2.2).
        let blank = pending
            .chunks(2)
            .take_while(|pair| *pair == b"\r\n")
            .count();
        pending.drain(..blank * 2);
        if let Some(end) = find_head_end(pending) {
            let head: Vec<u8> = pending.drain(..end).collect();
            return parse_head(&head);
        }
        if pending.len() > MAX_HEAD {
            return Err(ReadError::Bad);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(ReadError::Gone);
        }
        stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .map_err(|_| ReadError::Gone)?;
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return Err(ReadError::Gone),
            Ok(n) => pending.extend_from_slice(&chunk[..n]),
        }
    }
}

fn find_head_end(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

/// Parses a request head (request line and headers, ending in a blank line).
pub fn parse_head(head: &[u8]) -> Result<Request, ReadError> {
    let text = std::str::from_utf8(head).map_err(|_| ReadError::Bad)?;
    let mut lines = text.split("\r\n");
    let mut parts = lines.next().unwrap_or("").split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad);
    };
    let token = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase());
    if !token(method) || !target.starts_with('/') || !version.starts_with("HTTP/1.") {
        return Err(ReadError::Bad);
    }
    if target.bytes().any(|b| b <= b' ' || b == 0x7f) {
        return Err(ReadError::Bad);
    }
    let mut request = Request {
        method: method.into(),
        target: target.into(),
        keep_alive: version == "HTTP/1.1",
        ..Request::default()
    };
    let (mut host, mut body) = (false, false);
    for line in lines.filter(|l| !l.is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(ReadError::Bad);
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "host" => host = true,
            "content-length" => body |= value != "0",
            "transfer-encoding" => body = true,
            "accept-encoding" => request.accept_encoding = value.to_ascii_lowercase(),
            "if-none-match" => request.if_none_match = Some(value.into()),
            "range" => request.range = Some(value.into()),
            "if-range" => request.if_range = Some(value.into()),
            "connection" => {
                let value = value.to_ascii_lowercase();
                if value.contains("close") {
                    request.keep_alive = false;
                } else if value.contains("keep-alive") {
                    request.keep_alive = true;
                }
            }
            _ => {}
        }
    }
    // HTTP/1.1 requires `Host` (RFC 9112, 3.2).
    if version == "HTTP/1.1" && !host {
        return Err(ReadError::Bad);
    }
    if body {
        request.keep_alive = false;
    }
    Ok(request)
}

/// The byte range a `Range` header asks of a file of `len` bytes: `Ok(None)` for the whole
/// file (no header, or one we do not serve, such as several ranges), `Err(())` when no byte
/// of it is there (416).
pub fn byte_range(range: Option<&str>, len: usize) -> Result<Option<(usize, usize)>, ()> {
    let Some(spec) = range.and_then(|r| r.trim().strip_prefix("bytes=")) else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let Some((start, end)) = spec.split_once('-') else {
        return Ok(None);
    };
    let number = |s: &str| s.trim().parse::<usize>().ok();
    let (first, last) = match (start.trim().is_empty(), number(start), number(end)) {
        (true, _, Some(suffix)) if suffix > 0 => {
            (len.saturating_sub(suffix), len.saturating_sub(1))
        }
        (false, Some(first), None) if end.trim().is_empty() => (first, len.saturating_sub(1)),
        (false, Some(first), Some(last)) if last >= first => {
            (first, last.min(len.saturating_sub(1)))
        }
        _ => return Ok(None),
    };
    if len == 0 || first >= len {
        return Err(());
    }
    Ok(Some((first, last)))
}

/// Whether `Accept-Encoding` allows `coding` (named, or by `*`, with a weight above 0).
pub fn accepts(accept_encoding: &str, coding: &str) -> bool {
    let mut named = None;
    let mut star = None;
    for item in accept_encoding.split(',') {
        let mut params = item.split(';');
        let name = params.next().unwrap_or("").trim();
        let weight = params
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if name == coding {
            named = Some(weight);
        } else if name == "*" {
            star = Some(weight);
        }
    }
    named.or(star).is_some_and(|w| w > 0.0)
}

/// A response about to be written.
pub struct Response<'a> {
    /// `200 OK`, …
    pub status: &'a str,
    /// Headers beyond Content-Length and Connection.
    pub headers: Vec<(&'a str, String)>,
    /// The body (left out for HEAD and 304, but still counted in Content-Length for HEAD).
    pub body: &'a [u8],
}

impl Response<'_> {
    /// Writes the response; `send_body` is false for HEAD and 304.
    pub fn write(
        &self,
        stream: &mut TcpStream,
        send_body: bool,
        keep_alive: bool,
    ) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {}\r\n", self.status);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        if !self.status.starts_with("304") {
            head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        }
        let connection = if keep_alive { "keep-alive" } else { "close" };
        head.push_str(&format!("Connection: {connection}\r\n\r\n"));
        // One write for head and body: two small writes on a kept-alive connection meet
        // Nagle's algorithm and the client's delayed ACK (a 40 ms stall per response).
        let mut bytes = head.into_bytes();
        if send_body {
            bytes.extend_from_slice(self.body);
        }
        stream.write_all(&bytes)?;
        stream.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_line_and_the_headers_that_matter_are_read() {
        let head = b"GET /c1/ HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, BR\r\nIf-None-Match: \"a\"\r\n\r\n";
        let request = parse_head(head).unwrap_or_default();
        assert_eq!(request.method, "GET");
        assert_eq!(request.target, "/c1/");
        assert_eq!(request.accept_encoding, "gzip, br");
        assert_eq!(request.if_none_match.as_deref(), Some("\"a\""));
        assert!(request.keep_alive);
        let old = parse_head(b"GET / HTTP/1.0\r\n\r\n").unwrap_or_default();
        assert!(!old.keep_alive);
    }

    #[test]
    fn a_body_closes_the_connection_and_a_missing_host_is_bad() {
        let post = parse_head(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n");
        assert!(
            post.is_ok_and(|r| !r.keep_alive),
            "its body is never read as a request"
        );
        let chunked =
            parse_head(b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        assert!(chunked.is_ok_and(|r| !r.keep_alive));
        assert_eq!(parse_head(b"GET / HTTP/1.1\r\n\r\n"), Err(ReadError::Bad));
        assert!(
            parse_head(b"GET / HTTP/1.0\r\n\r\n").is_ok(),
            "1.0 needs no Host"
        );
    }

    #[test]
    fn a_byte_range_is_read_as_rfc_9110_says() {
        // (header, file length, range, why)
        for (header, len, want, why) in [
            (None, 10, Ok(None), "no header: the whole file"),
            (Some("bytes=0-3"), 10, Ok(Some((0, 3))), "first four bytes"),
            (Some("bytes=5-"), 10, Ok(Some((5, 9))), "from byte 5"),
            (Some("bytes=-3"), 10, Ok(Some((7, 9))), "the last three"),
            (
                Some("bytes=8-100"),
                10,
                Ok(Some((8, 9))),
                "an end past the file is cut",
            ),
            (Some("bytes=10-"), 10, Err(()), "nothing there: 416"),
            (
                Some("bytes=0-1,4-5"),
                10,
                Ok(None),
                "several ranges: the whole file",
            ),
            (
                Some("items=0-1"),
                10,
                Ok(None),
                "another unit: the whole file",
            ),
            (Some("bytes=4-2"), 10, Ok(None), "backwards: ignored"),
        ] {
            assert_eq!(byte_range(header, len), want, "{header:?}: {why}");
        }
    }

    #[test]
    fn garbage_is_a_bad_request() {
        for head in [
            &b"\x16\x03\x01\x02\x00\r\n\r\n"[..],
            b"GET\r\n\r\n",
            b"GET http://evil/ HTTP/1.1\r\n\r\n",
            b"GET / / HTTP/1.1\r\n\r\n",
            b"get / HTTP/1.1\r\n\r\n",
            b"GET / SPDY/3\r\n\r\n",
            b"GET / HTTP/1.1\r\nno colon\r\n\r\n",
        ] {
            assert_eq!(parse_head(head), Err(ReadError::Bad), "{head:?}");
        }
    }

    #[test]
    fn a_coding_weighted_zero_is_refused() {
        assert!(accepts("gzip, deflate, br", "br"));
        assert!(!accepts("br;q=0", "br"));
        assert!(!accepts("br; q=0.0, gzip", "br"));
        assert!(accepts("br; q=0.0, gzip", "gzip"));
        assert!(accepts("*", "br"));
        assert!(!accepts("*;q=0", "gzip"));
        assert!(!accepts("br;q=0, *", "br"), "a named weight wins over *");
        assert!(!accepts("", "br"));
    }
}
