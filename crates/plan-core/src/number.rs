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

/// `value` written with `places` decimals (at most 6), as `format!("{value:.places$}")` would
/// write it, for the map's views and labels. Rust's own float formatting brings its shortest and
/// exact algorithms, some 5 KB (brotli), into the wasm; a view or a size needs no more than this.
/// A half rounds away from zero, a value that rounds to zero has no sign, and a value that is
/// not finite, or beyond ±2^53 units of its last decimal, is written as 0.
pub fn fixed(value: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10_u64.pow(places);
    let scaled = (value * scale as f64).round();
    let units = if scaled.is_finite() && scaled.abs() < 9_007_199_254_740_992.0 {
        scaled as i64
    } else {
        0
    };
    let sign = if units < 0 { "-" } else { "" };
    let (whole, fraction) = (units.unsigned_abs() / scale, units.unsigned_abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// `value` held within `low..=high`; `low` wins when the two cross, and NaN stays NaN. Unlike
/// `f64::clamp` it never panics, so its panic message (which formats floats, see [`fixed`])
/// stays out of the wasm.
pub fn within(value: f64, low: f64, high: f64) -> f64 {
    if value.is_nan() {
        value
    } else {
        value.min(high).max(low)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_writes_what_standard_formatting_writes() {
        for value in [
            0.0, 1.0, -1.0, 12.26, -0.66, 999.96, 3.25159, 1000.0, -250.51, 0.7, 65.4321,
        ] {
            for places in 0..=3 {
                assert_eq!(
                    fixed(value, places),
                    format!("{value:.*}", places as usize),
                    "{value} with {places} places"
                );
            }
        }
        // Where they differ, on purpose: a half rounds away from zero, and there is no "-0".
        assert_eq!(fixed(12.25, 1), "12.3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(fixed(f64::INFINITY, 2), "0.00");
    }

    #[test]
    fn within_holds_a_value_between_its_bounds_as_clamp_does() {
        for (value, low, high) in [
            (5.0, 0.0, 10.0),
            (-3.0, 0.0, 10.0),
            (12.0, 0.0, 10.0),
            (0.0, 0.0, 0.0),
        ] {
            assert_eq!(within(value, low, high), value.clamp(low, high));
        }
        assert_eq!(
            within(5.0, 10.0, 0.0),
            10.0,
            "crossed bounds: low wins, no panic"
        );
        assert!(within(f64::NAN, 0.0, 1.0).is_nan());
    }

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
