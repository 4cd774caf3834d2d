//! Path data written short: relative steps on a grid, repeated points dropped, numbers in
//! their shortest form. The shared geometry uses tenths of a map unit, the static images
//! whole units.

use std::fmt::Write;

/// Path data as the maps write it (`M1.0 2.0L3.0 4.0Z…`) in relative steps on a grid of
/// 1/`scale` map units, repeated points dropped: a third of the size. Other path data is
/// returned as it is.
pub fn relative_path(d: &str, scale: f64) -> String {
    let mut out = String::with_capacity(d.len() / 2);
    let mut last = (i64::MIN, i64::MIN);
    let mut chars = d.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            'Z' => out.push('Z'),
            'M' | 'L' => {
                let end = d[i + 1..]
                    .find(['M', 'L', 'Z'])
                    .map_or(d.len(), |j| i + 1 + j);
                let mut numbers = d[i + 1..end].split(' ').map(|n| n.parse::<f64>().ok());
                let (Some(Some(x)), Some(Some(y))) = (numbers.next(), numbers.next()) else {
                    return d.to_string();
                };
                let point = ((x * scale).round() as i64, (y * scale).round() as i64);
                if c == 'M' {
                    out.push('M');
                    push_pair(&mut out, point, scale);
                } else if point != last {
                    out.push('l');
                    push_pair(&mut out, (point.0 - last.0, point.1 - last.1), scale);
                }
                last = point;
                while chars.peek().is_some_and(|(j, _)| *j < end) {
                    chars.next();
                }
            }
            _ => return d.to_string(),
        }
    }
    out
}

/// Two grid values as map units, the shortest way: `1.2-.3`, `5 7`.
fn push_pair(out: &mut String, (x, y): (i64, i64), scale: f64) {
    push_number(out, x, scale);
    if y >= 0 {
        out.push(' ');
    }
    push_number(out, y, scale);
}

fn push_number(out: &mut String, v: i64, scale: f64) {
    if scale == 1.0 || v % 10 == 0 {
        let _ = write!(out, "{}", if scale == 1.0 { v } else { v / 10 });
        return;
    }
    let sign = if v < 0 { "-" } else { "" };
    let (whole, tenth) = (v.abs() / 10, v.abs() % 10);
    if whole == 0 {
        let _ = write!(out, "{sign}.{tenth}");
    } else {
        let _ = write!(out, "{sign}{whole}.{tenth}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fine_paths_step_in_tenths_and_drop_repeats() {
        assert_eq!(
            relative_path("M10.0 20.5L10.3 20.0L10.3 20.0L12.0 21.0Z", 10.0),
            "M10 20.5l.3-.5l1.7 1Z"
        );
    }

    #[test]
    fn coarse_paths_step_in_whole_units() {
        assert_eq!(
            relative_path("M10.4 20.6L13.2 18.9L13.4 19.1Z", 1.0),
            "M10 21l3-2Z"
        );
    }

    #[test]
    fn other_path_data_is_kept() {
        assert_eq!(relative_path("M1 2C3 4 5 6 7 8", 10.0), "M1 2C3 4 5 6 7 8");
    }
}
