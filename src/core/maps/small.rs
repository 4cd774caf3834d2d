//! The small maps: a place's (framing its counties) and the project list's (every county, for
//! the filter to mark).

use super::svg::{base_layers, base_layers_in, projection, Counts, WIDTH};
use crate::core::geo::mapdata::{County, MapData};

/// A small map of the whole region that frames the given counties and marks them (`here`):
/// the place page's map.
pub fn place_map(data: &MapData, here: &[String]) -> String {
    let (p, height) = projection(data);
    let counts = Counts::new();
    let fill = |c: &County| {
        if here.contains(&c.adcode) {
            "scope here"
        } else if c.in_scope {
            "scope plain"
        } else {
            "outside"
        }
    };
    // Frame the marked counties with a margin, keeping the map's proportions.
    let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for c in data.counties.iter().filter(|c| here.contains(&c.adcode)) {
        for pt in data.county_rings(c).iter().flatten().flatten() {
            let (x, y) = p.xy(*pt);
            bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
        }
    }
    let (view, rect) = if bbox.0 <= bbox.2 {
        let aspect = height / WIDTH;
        let w = ((bbox.2 - bbox.0).max((bbox.3 - bbox.1) / aspect) * 1.8).clamp(180.0, WIDTH);
        let h = w * aspect;
        let (cx, cy) = ((bbox.0 + bbox.2) / 2.0, (bbox.1 + bbox.3) / 2.0);
        let (x0, y0) = (cx - w / 2.0, cy - h / 2.0);
        (
            format!("{x0:.0} {y0:.0} {w:.0} {h:.0}"),
            Some((x0, y0, x0 + w, y0 + h)),
        )
    } else {
        (format!("0 0 {WIDTH} {height:.0}"), None)
    };
    // Only what the frame shows: a page per place should not carry the whole region.
    let base = base_layers_in(data, &p, &counts, &fill, rect);
    format!("<svg class=\"plan-map place-map\" viewBox=\"{view}\" role=\"img\" aria-label=\"位置图\">{base}</svg>")
}

/// The whole region's counties, for the project list (the filter marks the ones it shows).
pub fn counties_map(data: &MapData, counts: &Counts) -> String {
    let (p, height) = projection(data);
    let fill = |c: &County| if c.in_scope { "scope plain" } else { "outside" };
    let base = base_layers(data, &p, counts, &fill);
    format!("<svg class=\"plan-map list-map\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-label=\"当前所示项目涉及的县区\">{base}</svg>")
}
