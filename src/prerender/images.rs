//! The site's standalone SVG images: the figures in the text (`map/<n>/figure.svg`) and the
//! shared geometry (`map/geo.svg`). An image cannot use the page's CSS or other files, so each
//! carries the map's rules of the stylesheet and the shapes it draws.

use crate::core::maps::shared::Geometry;

/// The redrawn map of a figure as a standalone image for the text (`map/<n>/figure.svg`):
/// the interactive map's SVG without its links, tooltips and hidden labels, with the map's
/// own rules of the site's stylesheet inside it and the shapes it refers to written in (an
/// image cannot use the page's CSS or other files).
pub fn figure_image(svg: &str, geometry: &Geometry, stylesheet: &str) -> String {
    standalone(
        &coarse_paths(&relabel_for_image(&geometry.expand(svg))),
        stylesheet,
    )
}

/// The shared geometry file (`map/geo.svg`): the region's base map as a standalone image, at
/// the detail of `geometry`, each shape named where it first appears so that the maps can
/// draw it by reference and the place pages and figures can show the whole.
pub fn geometry_image(base_map: &str, geometry: &Geometry, stylesheet: &str) -> String {
    standalone(&geometry.expand(base_map), stylesheet)
}

/// `svg` made an image of its own: no links, tooltips or hidden labels, the map's rules of
/// the site's stylesheet inside it.
fn standalone(svg: &str, stylesheet: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('>').map_or(rest.len(), |i| i + 1);
        let tag = &rest[..end];
        if tag.starts_with("<title>")
            || (tag.starts_with("<text") && tag.contains("display=\"none\""))
        {
            let close = if tag.starts_with("<title") {
                "</title>"
            } else {
                "</text>"
            };
            rest = rest.find(close).map_or("", |i| &rest[i + close.len()..]);
            continue;
        }
        if tag.starts_with("<a ") {
            out.push_str("<g>");
        } else if tag == "</a>" {
            out.push_str("</g>");
        } else if tag.starts_with("<svg ") {
            let cleaned = tag
                .replace(" tabindex=\"0\"", "")
                .replace(" role=\"img\" aria-labelledby=\"map-title\"", "");
            out.push_str(&cleaned.replacen(
                "<svg ",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" ",
                1,
            ));
            out.push_str("<style>");
            out.push_str(&map_rules(stylesheet));
            out.push_str("</style>");
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The stylesheet's light-theme variables and its one-line `.plan-map` rules.
fn map_rules(stylesheet: &str) -> String {
    let vars: String = stylesheet
        .split(":root {")
        .nth(1)
        .and_then(|r| r.split('}').next())
        .unwrap_or("")
        .lines()
        .filter(|l| l.trim_start().starts_with("--"))
        .map(str::trim)
        .collect();
    let rules: String = stylesheet
        .lines()
        .filter(|l| l.starts_with(".plan-map"))
        .collect::<Vec<_>>()
        .join("");
    // Written tight: every image carries these rules (some 1 KB brotli over the site).
    let tight = |css: String| {
        css.replace(": ", ":")
            .replace("; ", ";")
            .replace(" {", "{")
            .replace("{ ", "{")
            .replace(" }", "}")
    };
    tight(format!("svg{{{vars}}}{rules}"))
}

/// How many map units a screen pixel spans in the text's figure images (a 1000-wide map
/// shown about 600 pixels wide).
const IMAGE_SCALE: f64 = 1000.0 / 600.0;

/// The map's labels sized and placed again for the image's scale, with the same layout as the
/// interactive map ([`crate::core::maps::labels`]).
fn relabel_for_image(svg: &str) -> String {
    use crate::core::maps::labels::{shown, LabelBox};
    let attr = |tag: &str, name: &str| -> f64 {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|v| v.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    // (start of the tag, end of the tag, end of the element, box)
    let mut labels = Vec::new();
    let mut at = 0;
    while let Some(i) = svg[at..].find("<text ") {
        let start = at + i;
        let Some(tag_end) = svg[start..].find('>').map(|j| start + j + 1) else {
            break;
        };
        let Some(close) = svg[tag_end..].find("</text>").map(|j| tag_end + j) else {
            break;
        };
        let tag = &svg[start..tag_end];
        let chars = svg[tag_end..close].chars().count();
        labels.push((
            start,
            tag_end,
            LabelBox {
                x: attr(tag, "x"),
                y: attr(tag, "y"),
                chars,
                px: attr(tag, "data-px"),
            },
        ));
        at = close;
    }
    let boxes: Vec<LabelBox> = labels.iter().map(|(_, _, b)| *b).collect();
    let visible = shown(&boxes, IMAGE_SCALE);
    let mut out = String::with_capacity(svg.len());
    let mut last = 0;
    for ((start, tag_end, label), show) in labels.iter().zip(visible) {
        out.push_str(&svg[last..*start]);
        let tag = &svg[*start..*tag_end];
        let size = format!(" font-size=\"{:.1}\"", label.size(IMAGE_SCALE));
        let mut tag = tag.split(" font-size=\"").next().unwrap_or(tag).to_string();
        tag.push_str(&size);
        if !show {
            tag.push_str(" display=\"none\"");
        }
        tag.push('>');
        out.push_str(&tag);
        last = *tag_end;
    }
    out.push_str(&svg[last..]);
    out
}

/// Every path's `d` with whole map units (about 0.6 px in the image) and relative steps,
/// repeated points dropped: the image carries the same shapes in far fewer bytes.
fn coarse_paths(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len() / 2);
    let mut rest = svg;
    while let Some(i) = rest.find(" d=\"") {
        let start = i + 4;
        out.push_str(&rest[..start]);
        let end = rest[start..].find('"').map_or(rest.len(), |j| start + j);
        out.push_str(&crate::core::maps::path_data::relative_path(
            &rest[start..end],
            1.0,
        ));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
