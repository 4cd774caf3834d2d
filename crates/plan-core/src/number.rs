//! Numbers read from text: the map's view in a URL, a label's position in our own markup, a
//! figure element's coordinates in the content.

/// A plain decimal as a URL, a content file or our own markup writes it (`-12.5`, `3`, `.25`): optional sign,
/// digits, an optional fraction; anything else (exponents, `inf`, `NaN`, blanks) is `None`.
/// The standard `f64` parser would do, but its correctly-rounding tables add some 11 KB
/// (brotli) to the map's wasm; a map view or a label's position needs no last bit.
pub fn decimal(raw: &str) -> Option<f64> {
    let (sign, digits) = match raw.as_bytes().first()? {
        b'-' => (-1.0, &raw[1..]),
        b'+' => (1.0, &raw[1..]),
        _ => (1.0, raw),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0
        || whole.len() > 15
        || fraction.len() > 15
        || !all_digits(whole)
        || !all_digits(fraction)
    {
        return None;
    }
    let value = |s: &str| s.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
    let scale = (0..fraction.len()).fold(1.0, |n, _| n * 10.0);
    Some(sign * (value(whole) + value(fraction) / scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_read_as_numbers_and_anything_else_is_refused() {
        for (raw, want) in [
            ("12.5", 12.5),
            ("-3", -3.0),
            ("+0.25", 0.25),
            (".5", 0.5),
            ("7.", 7.0),
            ("1000", 1000.0),
        ] {
            assert_eq!(decimal(raw), Some(want), "{raw}");
        }
        assert!(decimal("123.456").is_some_and(|v| (v - 123.456).abs() < 1e-12));
        for raw in [
            "",
            "-",
            ".",
            "1e3",
            "inf",
            "NaN",
            " 1",
            "1 ",
            "1.2.3",
            "--1",
            "0x10",
            "1234567890123456",
        ] {
            assert_eq!(decimal(raw), None, "{raw}");
        }
    }
}
