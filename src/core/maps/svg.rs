//! Drawing the base map: projection, county paths and centroids, prefecture borders, context
//! layers and labels that do not collide.

use super::clip::{clip_ring, Rect};
use super::labels::{hidden_in_bands, LabelBox};
use crate::core::geo::mapdata::{County, MapData};
use crate::core::geo::{Projection, Pt};
use crate::core::render::escape;
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
        for (i, pt) in ring.iter().enumerate() {
            let (x, y) = p.xy(*pt);
            let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { 'M' } else { 'L' }, x, y);
        }
        if close {
            d.push('Z');
        }
    }
    d
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
        let kept = clip_ring(&projected, rect);
        for (i, (x, y)) in kept.iter().enumerate() {
            let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { 'M' } else { 'L' }, x, y);
        }
        if !kept.is_empty() {
            d.push('Z');
        }
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

/// The base layers: context, counties (linked, with name and project count), prefecture
/// borders, rivers. `fill` gives each county's class.
pub fn base_layers(
    data: &MapData,
    p: &Projection,
    counts: &Counts,
    fill: &dyn Fn(&County) -> &'static str,
) -> String {
    base_layers_in(data, p, counts, fill, None)
}

/// Whether any part of `points` falls in `view` (x0, y0, x1, y1), or there is no view.
fn visible(p: &Projection, points: &[Pt], view: Option<(f64, f64, f64, f64)>) -> bool {
    let Some((x0, y0, x1, y1)) = view else {
        return true;
    };
    let (mut a, mut b, mut c, mut d) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for q in points {
        let (x, y) = p.xy(*q);
        (a, b, c, d) = (a.min(x), b.min(y), c.max(x), d.max(y));
    }
    a <= x1 && c >= x0 && b <= y1 && d >= y0
}

/// [`base_layers`], drawing only what falls in `view` (map units) when one is given.
pub fn base_layers_in(
    data: &MapData,
    p: &Projection,
    counts: &Counts,
    fill: &dyn Fn(&County) -> &'static str,
    view: Option<(f64, f64, f64, f64)>,
) -> String {
    let mut out = String::new();
    let cut = frame(data, p);
    out.push_str("<g class=\"layer layer-context\" data-layer=\"context\">");
    // A cropped map (a place's) leaves out the provinces: large, and mostly off the frame.
    for prov in data.provinces.iter().filter(|_| view.is_none()) {
        let rings: Vec<Vec<Pt>> = prov.polygons.iter().flatten().cloned().collect();
        let _ = write!(
            out,
            "<path class=\"province\" d=\"{}\"/>",
            clipped_path(p, &rings, cut)
        );
    }
    out.push_str("</g><g class=\"layer layer-counties\" data-layer=\"counties\">");
    for c in &data.counties {
        let rings: Vec<Vec<Pt>> = data.county_rings(c).into_iter().flatten().collect();
        if !visible(p, &rings.concat(), view) {
            continue;
        }
        let (count, inherited) = counts.get(&c.adcode).copied().unwrap_or((0, 0));
        let title = if c.in_scope {
            format!("{}：本地 {count} 个项目，所属市州 {inherited} 个", c.name)
        } else {
            format!("{}（规划范围外）", c.name)
        };
        // Only counties in the plan's scope have a page; the others are drawn for context.
        let (open, close) = if c.in_scope {
            (
                format!(
                    "<a href=\"{}/place/{}/\" class=\"county-link\" data-adcode=\"{}\" data-name=\"{}\" data-count=\"{count}\" data-inherited=\"{inherited}\">",
                    super::super::routes::BASE,
                    c.adcode,
                    c.adcode,
                    escape(&c.name)
                ),
                "</a>",
            )
        } else {
            ("<g class=\"county-context\">".to_string(), "</g>")
        };
        let _ = write!(
            out,
            "{open}<title>{title}</title><path class=\"county {cls}\" d=\"{d}\"/>{close}",
            title = escape(&title),
            cls = fill(c),
            d = if c.in_scope {
                path(p, &rings, true)
            } else {
                clipped_path(p, &rings, cut)
            }
        );
    }
    out.push_str("</g><g class=\"layer layer-prefectures\" data-layer=\"prefectures\">");
    let borders: Vec<Vec<Pt>> = prefecture_border_arcs(data)
        .into_iter()
        .filter_map(|i| data.arcs.get(i).cloned())
        .filter(|arc| visible(p, arc, view))
        .collect();
    let _ = write!(
        out,
        "<path class=\"prefecture-border\" d=\"{}\"/>",
        path(p, &borders, false)
    );
    out.push_str("</g><g class=\"layer layer-water\" data-layer=\"water\">");
    for lake in &data.lakes {
        let rings: Vec<Vec<Pt>> = lake.polygons.iter().flatten().cloned().collect();
        let _ = write!(
            out,
            "<path class=\"lake\" d=\"{}\"><title>{}</title></path>",
            path(p, &rings, true),
            escape(if lake.name == "-" {
                "湖泊"
            } else {
                &lake.name
            })
        );
    }
    for r in data.rivers.iter().filter(|r| visible(p, &r.points, view)) {
        let cls = if r.name.is_empty() {
            "river"
        } else {
            "river named"
        };
        let _ = write!(
            out,
            "<path class=\"{cls}\" d=\"{}\">",
            path(p, std::slice::from_ref(&r.points), false)
        );
        if !r.name.is_empty() {
            let _ = write!(out, "<title>{}</title>", escape(&r.name));
        }
        out.push_str("</path>");
    }
    out.push_str("</g>");
    out
}

/// One path's data (`M1.0 2.0L3.0 4.0Z…`, as the maps write it) in whole map units with
/// relative steps and repeated points dropped, for the static images; any other path data is
/// kept as it is.
pub fn coarse_path(d: &str) -> String {
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
                let point = (x.round() as i64, y.round() as i64);
                if c == 'M' {
                    out.push_str(&format!("M{} {}", point.0, point.1));
                } else if point != last {
                    out.push_str(&format!("l{} {}", point.0 - last.0, point.1 - last.1));
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
