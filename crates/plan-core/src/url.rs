//! The URL's query string: percent-encoding and -decoding (the one codec), and typed parsing
//! with limits, so that whatever a link carries becomes a bounded, valid value or nothing.

pub use super::input::MAX_INPUT_CHARS as MAX_QUERY_CHARS;
use std::fmt::Write;

/// Decodes a `application/x-www-form-urlencoded` value (`+` is a space); `None` if malformed.
pub fn decode_component(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a URL query value (UTF-8), keeping unreserved characters.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3);
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// The raw (still encoded) value of `key` in a query string (`?q=…&x=…` or without `?`).
fn raw_value<'a>(search: &'a str, key: &str) -> Option<&'a str> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The value of `key` in a query string, decoded; `None` if absent or malformed.
pub fn query_value(search: &str, key: &str) -> Option<String> {
    raw_value(search, key).and_then(decode_component)
}

/// Whether `key` is in the query string but cannot be decoded (`%FF%FE`, `%zz`): a link that
/// carried something, to be said as ignored like any other bad value, not read as absent.
pub fn malformed(search: &str, key: &str) -> bool {
    raw_value(search, key).is_some_and(|raw| decode_component(raw).is_none())
}

/// A search query from the URL, cleaned like all reader input ([`super::input::clean`]).
pub fn search_query(search: &str, key: &str) -> String {
    super::input::clean(&query_value(search, key).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_that_cannot_be_decoded_is_malformed_not_absent() {
        // (query string, key, malformed; why)
        for (search, key, bad, why) in [
            ("?q=%FF%FE", "q", true, "bytes that are not UTF-8"),
            ("?v=%zz", "v", true, "not a percent escape"),
            ("?q=%E5%85%B0", "q", false, "UTF-8 兰"),
            ("?q=", "q", false, "empty is a value"),
            ("?x=%FF", "q", false, "absent"),
        ] {
            assert_eq!(malformed(search, key), bad, "{search}: {why}");
        }
    }

    #[test]
    fn a_query_is_decoded_from_utf8_percent_escapes_and_plus_signs() {
        assert_eq!(
            search_query("?q=%E5%85%B0%E5%B7%9E+%E6%9C%BA%E5%9C%BA", "q"),
            "兰州 机场"
        );
        assert_eq!(search_query("q=g6&x=1", "q"), "g6");
        assert_eq!(search_query("?x=1", "q"), "");
    }

    #[test]
    fn malformed_or_oversized_queries_become_bounded_text() {
        assert_eq!(
            search_query("?q=%E5%85", "q"),
            "",
            "a cut UTF-8 sequence is dropped"
        );
        assert_eq!(search_query("?q=%zz", "q"), "");
        assert_eq!(
            search_query(&format!("?q={}", "兰".repeat(500)), "q")
                .chars()
                .count(),
            MAX_QUERY_CHARS
        );
        assert_eq!(search_query("?q=%00a%0Ab", "q"), "ab");
    }
}
