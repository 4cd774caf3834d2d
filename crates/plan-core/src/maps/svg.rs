//! Drawing the base map: projection, county paths and centroids, prefecture borders, context
//! layers and labels that do not collide.

use super::clip::{clip_ring, Rect};
use super::labels::{hidden_in_bands, LabelBox};
use crate::geo::mapdata::{County, MapData};
use crate::geo::{Projection, Pt};
use crate::html::escape;
use std::collections::HashMap;
use std::fmt::Write;

/// Width of the map in SVG units.
pub const WIDTH: f64 = 1000.0;

/// The projection of a map data set, and its height.
pub fn projection(data: &MapData) -> (Projection, f64) {
    let (w, s, e, n) = data.bbox;
    let p = Projection::fit(w, s, e, n, WIDTH);
    let (_, height) = p.xy_deg(w, s);
    (p, height)
}

/// An SVG path for point rings.
pub fn path(p: &Projection, rings: &[Vec<Pt>], close: bool) -> String {
    let mut d = String::new();
    for ring in rings {
        push_ring(&mut d, ring.iter().map(|q| p.xy(*q)), close);
    }
    d
}

/// One ring, in map units, onto path data: `M` then `L`s, `Z` if closed and not empty.
fn push_ring(d: &mut String, points: impl Iterator<Item = (f64, f64)>, close: bool) {
    let mut any = false;
    for (i, (x, y)) in points.enumerate() {
        let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { 'M' } else { 'L' });
        any = true;
    }
    if close && any {
        d.push('Z');
    }
}

/// The frame every map shows (its viewBox), with a margin so that cut edges stay out of sight.
pub fn frame(data: &MapData, p: &Projection) -> Rect {
    const MARGIN: f64 = 4.0;
    let (w, s, _, _) = data.bbox;
    let (_, height) = p.xy_deg(w, s);
    (-MARGIN, -MARGIN, WIDTH + MARGIN, height + MARGIN)
}

/// [`path`] for closed rings cut to `rect`: context shapes (provinces, the counties around the
/// region) drawn only as far as the map shows them.
pub fn clipped_path(p: &Projection, rings: &[Vec<Pt>], rect: Rect) -> String {
    let mut d = String::new();
    for ring in rings {
        let projected: Vec<(f64, f64)> = ring.iter().map(|q| p.xy(*q)).collect();
        push_ring(&mut d, clip_ring(&projected, rect).into_iter(), true);
    }
    d
}

/// The centre of a county's largest polygon, in map units.
pub fn centroid(data: &MapData, p: &Projection, county: &County) -> (f64, f64) {
    let rings = data.county_rings(county);
    let mut best = (0.0f64, (0.0, 0.0));
    for poly in &rings {
        let Some(outer) = poly.first() else { continue };
        let pts: Vec<(f64, f64)> = outer.iter().map(|q| p.xy(*q)).collect();
        let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for w in pts.windows(2) {
            let cross = w[0].0 * w[1].1 - w[1].0 * w[0].1;
            a += cross;
            cx += (w[0].0 + w[1].0) * cross;
            cy += (w[0].1 + w[1].1) * cross;
        }
        if a.abs() > best.0.abs() {
            best = (a, (cx / (3.0 * a), cy / (3.0 * a)));
        }
    }
    best.1
}

/// Arcs on a prefecture border: used by counties of two different prefectures, or by one
/// county only (the outer edge).
pub fn prefecture_border_arcs(data: &MapData) -> Vec<usize> {
    let mut users: HashMap<usize, Vec<&str>> = HashMap::new();
    for c in &data.counties {
        for r in c.polygons.iter().flatten().flatten() {
            let i = usize::try_from(if *r < 0 { !*r } else { *r }).unwrap_or(usize::MAX);
            users.entry(i).or_default().push(&c.prefecture);
        }
    }
    let mut out: Vec<usize> = users
        .into_iter()
        .filter(|(_, u)| u.len() == 1 || u.windows(2).any(|w| w[0] != w[1]))
        .map(|(i, _)| i)
        .collect();
    out.sort_unstable();
    out
}

/// Each county's own projects and those it takes from its city, by adcode.
pub type Counts = HashMap<String, (usize, usize)>;

/// A label to place: text, anchor point, size, and priority (lower first).
pub struct Label {
    /// The text.
    pub text: String,
    /// Anchor, map units.
    pub at: (f64, f64),
    /// Size on screen, CSS pixels (map units when the map is drawn one to one).
    pub size: f64,
    /// CSS class.
    pub class: &'static str,
}

/// Every label, in priority order, with its screen size (`data-px`, class `pxN`) and the width
/// bands of the map frame in which it would overlap a label before it (classes `hbN`): the
/// band stylesheet sizes and places them before the map's controls start, and the controls
/// size and place them again at the reader's zoom.
pub fn place_labels(labels: &[Label]) -> String {
    let boxes: Vec<LabelBox> = labels
        .iter()
        .map(|l| LabelBox {
            x: l.at.0,
            y: l.at.1,
            chars: l.text.chars().count(),
            px: l.size,
        })
        .collect();
    let bands = hidden_in_bands(&boxes, WIDTH);
    let mut out = String::new();
    for ((l, b), hidden) in labels.iter().zip(&boxes).zip(bands) {
        let band_classes: String = hidden.iter().map(|i| format!(" hb{i}")).collect();
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" class=\"{} px{}{band_classes}\" font-size=\"{:.1}\" data-px=\"{}\">{}</text>",
            l.at.0,
            l.at.1,
            l.class,
            l.size.round(),
            b.size(1.0),
            l.size,
            escape(&l.text)
        );
    }
    out
}
