//! The region's geometry as one file, `map/geo.svg`, that the pages' maps draw by reference
//! (`<use href=".../map/geo.svg#k620102">`): fetched once and cached, where each map page and
//! the project list used to carry all of it. The file is itself the region's image (the place
//! pages' maps show it; the figures in the text show a simplified copy, [`FIGURE_BASE`]): an
//! image cannot load other files, so [`Geometry::expand`] writes the shapes into it, each named
//! where it first appears.
//!
//! Styles reach a referenced shape only by inheritance from its `<use>` (fill, stroke and its
//! width); `vector-effect`, which does not inherit, is written on the shape itself.

use super::path_data::relative_path;
use super::svg::{clipped_path, frame, path, prefecture_border_arcs, projection};
use crate::geo::mapdata::MapData;
use crate::geo::Pt;
use crate::html::escape;
use crate::routes::BASE;
use std::fmt::Write;

/// Where the file lies in the site.
pub const FILE: &str = "map/geo.svg";

/// The figures' base image in the text: the region at [`Detail::Coarse`] (see [`FILE`] for
/// the zoomable maps' and the place pages').
pub const FIGURE_BASE: &str = "map/base.svg";

/// How finely shapes are written: tenths of a map unit for the zoomable maps, whole units for
/// images shown at most a map's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// 0.1 map unit, every point of the data.
    Fine,
    /// 1 map unit, lines simplified to [`COARSE_TOLERANCE`].
    Coarse,
}

/// How far a coarse line may stray from the data, in map units: about a pixel where a figure
/// is shown at most a map's width.
pub const COARSE_TOLERANCE: f64 = 1.5;

/// One referenced shape: its paths, and whether strokes keep their width when zoomed.
struct Shape {
    id: String,
    paths: Vec<String>,
    non_scaling: bool,
}

/// Every shape the maps draw, by id.
pub struct Geometry {
    shapes: Vec<Shape>,
}

/// The `href` of a shape.
pub fn href(id: &str) -> String {
    format!("{BASE}/{FILE}#{id}")
}

/// A county's shape id.
pub fn county_id(adcode: &str) -> String {
    format!("k{adcode}")
}

/// The ids of the named rivers' shapes with their names, in the order of the data (one shape
/// per name, however many lines the river is drawn in).
pub fn named_rivers(data: &MapData) -> Vec<(String, String)> {
    let mut names: Vec<String> = Vec::new();
    for r in data.rivers.iter().filter(|r| !r.name.is_empty()) {
        if !names.contains(&r.name) {
            names.push(r.name.clone());
        }
    }
    names
        .into_iter()
        .enumerate()
        .map(|(i, n)| (format!("river{i}"), n))
        .collect()
}

/// The ids of the lakes' shapes with their names.
pub fn lakes(data: &MapData) -> Vec<(String, String)> {
    data.lakes
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let name = if l.name == "-" { "湖泊" } else { &l.name };
            (format!("lake{i}"), name.to_string())
        })
        .collect()
}

/// The shapes of `data` at `detail`.
pub fn geometry(data: &MapData, detail: Detail) -> Geometry {
    let simplified;
    let data = if detail == Detail::Coarse {
        // Map units to the data's 1e-5 degree, by the map's width.
        let unit = (data.bbox.2 - data.bbox.0) / super::svg::WIDTH / crate::geo::UNIT;
        simplified = data.simplified(COARSE_TOLERANCE * unit);
        &simplified
    } else {
        data
    };
    let (p, _) = projection(data);
    let cut = frame(data, &p);
    let scale = if detail == Detail::Fine { 10.0 } else { 1.0 };
    let short = |d: String| relative_path(&d, scale);
    let mut shapes = vec![Shape {
        id: "provinces".into(),
        paths: data
            .provinces
            .iter()
            .map(|a| short(clipped_path(&p, &a.polygons.concat(), cut)))
            .filter(|d| !d.is_empty())
            .collect(),
        non_scaling: false,
    }];
    for c in &data.counties {
        let rings: Vec<Vec<Pt>> = data.county_rings(c).into_iter().flatten().collect();
        // Counties outside the scope are context: drawn as far as the frame shows them.
        let d = if c.in_scope {
            path(&p, &rings, true)
        } else {
            clipped_path(&p, &rings, cut)
        };
        shapes.push(Shape {
            id: county_id(&c.adcode),
            paths: vec![short(d)],
            non_scaling: true,
        });
    }
    let borders: Vec<Vec<Pt>> = prefecture_border_arcs(data)
        .into_iter()
        .filter_map(|i| data.arcs.get(i).cloned())
        .collect();
    shapes.push(Shape {
        id: "prefectures".into(),
        paths: vec![short(path(&p, &borders, false))],
        non_scaling: true,
    });
    for ((id, _), lake) in lakes(data).into_iter().zip(&data.lakes) {
        shapes.push(Shape {
            id,
            paths: vec![short(path(&p, &lake.polygons.concat(), true))],
            non_scaling: false,
        });
    }
    let line = |points: &[Pt]| short(path(&p, &[points.to_vec()], false));
    shapes.push(Shape {
        id: "rivers".into(),
        paths: data
            .rivers
            .iter()
            .filter(|r| r.name.is_empty())
            .map(|r| line(&r.points))
            .collect(),
        non_scaling: true,
    });
    for (id, name) in named_rivers(data) {
        shapes.push(Shape {
            id,
            paths: data
                .rivers
                .iter()
                .filter(|r| r.name == name)
                .map(|r| line(&r.points))
                .collect(),
            non_scaling: true,
        });
    }
    Geometry { shapes }
}

impl Geometry {
    /// A shape's paths as markup; `id` names the path of a one-path shape (in the file).
    fn markup(shape: &Shape, id: Option<&str>, out: &mut String) {
        let effect = if shape.non_scaling {
            " vector-effect=\"non-scaling-stroke\""
        } else {
            ""
        };
        let id = id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
        for d in &shape.paths {
            let _ = write!(out, "<path{id} d=\"{d}\"{effect}/>");
        }
    }

    /// `svg` with each `<use>` of this file replaced by a group holding the shape itself, with
    /// the `<use>`'s class and children: the form an image needs. A shape keeps its id where it
    /// first appears (on its path, or on a group of its paths, with no class of their own), so a
    /// page can draw that shape again by reference to the image's file, styled by its own
    /// `<use>`: the maps draw every shape so, the place pages mark their county.
    pub fn expand(&self, svg: &str) -> String {
        let marker = format!("href=\"{}#", escape(&format!("{BASE}/{FILE}")));
        let mut out = String::with_capacity(svg.len() * 2);
        let mut named: Vec<&str> = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find("<use ") {
            let end = rest[start..]
                .find('>')
                .map_or(rest.len(), |i| start + i + 1);
            let tag = &rest[start..end];
            let Some(at) = tag.find(&marker) else {
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            };
            let id = tag[at + marker.len()..].split('"').next().unwrap_or("");
            let class = tag
                .split(" class=\"")
                .nth(1)
                .and_then(|c| c.split('"').next())
                .unwrap_or("");
            out.push_str(&rest[..start]);
            let _ = write!(out, "<g class=\"{class}\">");
            rest = &rest[end..];
            if !tag.ends_with("/>") {
                let close = rest.find("</use>").unwrap_or(rest.len());
                out.push_str(&rest[..close]);
                rest = rest.get(close + "</use>".len()..).unwrap_or("");
            }
            if let Some(shape) = self.shapes.iter().find(|s| s.id == id) {
                let first = !named.contains(&shape.id.as_str());
                if first {
                    named.push(&shape.id);
                }
                if first && shape.paths.len() > 1 {
                    let _ = write!(out, "<g id=\"{}\">", shape.id);
                    Self::markup(shape, None, &mut out);
                    out.push_str("</g>");
                } else {
                    Self::markup(shape, first.then_some(shape.id.as_str()), &mut out);
                }
            }
            out.push_str("</g>");
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_use_of_the_file_becomes_its_shape_in_an_image() {
        let geometry = Geometry {
            shapes: vec![
                Shape {
                    id: "lake0".into(),
                    paths: vec!["M1 1l2 2Z".into()],
                    non_scaling: false,
                },
                Shape {
                    id: "river0".into(),
                    paths: vec!["M0 0l1 1".into(), "M5 5l1 1".into()],
                    non_scaling: true,
                },
            ],
        };
        let svg = format!(
            "<svg><use class=\"lake\" href=\"{0}\"><title>湖</title></use><use href=\"#x\"/><use class=\"b\" href=\"{0}\"/>\
             <use class=\"river\" href=\"{1}\"/></svg>",
            href("lake0"),
            href("river0")
        );
        // A shape keeps its id where it first appears (a page may draw it by reference to the
        // image), and only there; a shape of several paths is named on a group of them.
        assert_eq!(
            geometry.expand(&svg),
            "<svg><g class=\"lake\"><title>湖</title><path id=\"lake0\" d=\"M1 1l2 2Z\"/></g><use href=\"#x\"/>\
             <g class=\"b\"><path d=\"M1 1l2 2Z\"/></g>\
             <g class=\"river\"><g id=\"river0\"><path d=\"M0 0l1 1\" vector-effect=\"non-scaling-stroke\"/>\
             <path d=\"M5 5l1 1\" vector-effect=\"non-scaling-stroke\"/></g></g></svg>"
        );
    }
}
