//! The small maps: a place's (framing its counties) and the project list's (every county, for
//! the filter to mark).

use super::base::base_layers;
use super::svg::{projection, Counts, WIDTH};
use crate::geo::mapdata::{County, MapData};

/// A small map that frames the given counties and marks them (`here`): the place page's map.
/// The region itself is the shared geometry file, an image (`map/geo.svg`, see [`base_map`]),
/// cached once for every map; the page carries only the frame and its own counties, by
/// reference to that file.
pub fn place_map(data: &MapData, here: &[String]) -> String {
    let (p, height) = projection(data);
    // Frame the marked counties with a margin, keeping the map's proportions.
    let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for c in data.counties.iter().filter(|c| here.contains(&c.adcode)) {
        for ring in data.county_rings(c).into_iter().flatten() {
            for pt in &ring {
                let (x, y) = p.xy(*pt);
                bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
            }
        }
    }
    let view = if bbox.0 <= bbox.2 {
        let aspect = height / WIDTH;
        let w = ((bbox.2 - bbox.0).max((bbox.3 - bbox.1) / aspect) * 1.8).clamp(180.0, WIDTH);
        let h = w * aspect;
        let (cx, cy) = ((bbox.0 + bbox.2) / 2.0, (bbox.1 + bbox.3) / 2.0);
        // Kept on the base image, which covers the map and nothing beyond it.
        let x0 = (cx - w / 2.0).clamp(0.0, (WIDTH - w).max(0.0));
        let y0 = (cy - h / 2.0).clamp(0.0, (height - h).max(0.0));
        format!("{x0:.0} {y0:.0} {w:.0} {h:.0}")
    } else {
        format!("0 0 {WIDTH} {height:.0}")
    };
    // Its counties are drawn again from that file (which names each county's shape), so the
    // page loads nothing more: one county filled, the several of a prefecture or province
    // tinted, their borders showing through.
    let class = if here.len() == 1 {
        "county here"
    } else {
        "county here-area"
    };
    let base = crate::routes::BASE;
    let mark: String = here
        .iter()
        .map(|id| {
            format!(
                "<use class=\"{class}\" href=\"{}\"/>",
                super::shared::href(&super::shared::county_id(id))
            )
        })
        .collect();
    format!(
        "<svg class=\"plan-map place-map\" viewBox=\"{view}\" preserveAspectRatio=\"xMidYMid slice\" role=\"img\" aria-label=\"位置图\">\
         <image href=\"{base}/{}\" x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height:.0}\"/>{mark}</svg>",
        super::shared::FILE
    )
}

/// The whole region as one image: counties in scope and around, borders, rivers and lakes. The
/// pre-renderer makes it a standalone image, its shapes written in: in full detail, the shared
/// geometry file the maps draw from by reference; simplified, the figures' base in the text.
pub fn base_map(data: &MapData) -> String {
    let (_, height) = projection(data);
    let fill = |c: &County| if c.in_scope { "scope plain" } else { "outside" }.to_string();
    let base = base_layers(data, &Counts::new(), &fill);
    format!("<svg class=\"plan-map base-map\" viewBox=\"0 0 {WIDTH} {height:.0}\" data-width=\"{WIDTH}\" data-height=\"{height:.0}\">{base}</svg>")
}

/// The whole region's counties, for the project list (the filter marks the ones it shows).
pub fn counties_map(data: &MapData, counts: &Counts) -> String {
    let (_, height) = projection(data);
    let fill = |c: &County| if c.in_scope { "scope plain" } else { "outside" }.to_string();
    let base = base_layers(data, counts, &fill);
    format!("<svg class=\"plan-map list-map\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-label=\"当前所示项目涉及的县区\">{base}</svg>")
}
