//! A figure's legend: each group of its rows in order, with a swatch drawn in the map's own
//! classes after the shape its rows draw.

use crate::content::figure_elements::{FigureElement, Shape};

/// A legend swatch for a row's shape and class.
fn swatch(row: &FigureElement) -> Option<String> {
    let class = &row.class;
    Some(match row.shape {
        Shape::Line(_) | Shape::River(_) | Shape::Ridge(..) => {
            format!(r#"<path class="{class}" d="M3 8H27"/>"#)
        }
        Shape::Point(_) => format!(r#"<circle class="{class}" cx="15" cy="8" r="5"/>"#),
        Shape::Circle(..) => format!(r#"<circle class="{class}" cx="15" cy="8" r="6"/>"#),
        Shape::Zone(..) => format!(r#"<ellipse class="{class}" cx="15" cy="8" rx="12" ry="6"/>"#),
        Shape::Towns(_) => format!(
            r#"<rect class="{class}" x="11" y="4" width="8" height="8" transform="rotate(45 15 8)"/>"#
        ),
        Shape::Element if !class.is_empty() => {
            format!(r#"<rect class="{class}" x="2" y="2" width="26" height="12"/>"#)
        }
        _ => return None,
    })
}

/// Each group of the figure's rows in order, with the swatch of its first row that has one.
pub(super) fn legend(rows: &[&FigureElement]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for row in rows.iter().filter(|r| !r.group.is_empty()) {
        match out.iter_mut().find(|(g, _)| *g == row.group) {
            Some((_, s)) if s.is_empty() => *s = swatch(row).unwrap_or_default(),
            Some(_) => {}
            None => out.push((row.group.clone(), swatch(row).unwrap_or_default())),
        }
    }
    out
}
