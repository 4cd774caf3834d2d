//! The figures: what each draws on the base map, read from the content (`content/figures.tsv`),
//! every element tied to the text that says it. Lines between places are straight and
//! schematic (示意); ends outside the map stop at its edge with an arrow.

use super::base::base_layers;
use super::canvas::Canvas;
pub use super::canvas::Element;
use super::legend::legend;
use super::svg::{centroid, place_labels, projection, Counts, Label, WIDTH};
use crate::content::figure_elements::{FigureElement, FigureElements, Shape};
use crate::content::{ContentError, Location, Plan};
use crate::geo::mapdata::{County, MapData};
use crate::html::escape;
use crate::places::{Level, Place};
use crate::projects::{resolve, Project};
use std::fmt::Write;

/// A figure drawn as a map (the caption is the content's `Figure`).
#[derive(Debug, Clone, PartialEq)]
pub struct FigureMap {
    /// Its number.
    pub number: u8,
    /// The `<svg>`.
    pub svg: String,
    /// The same without the base map: the figure's own elements and labels, drawn over the
    /// shared base image where the figure stands in the text.
    pub overlay: String,
    /// Elements drawn, in legend order.
    pub elements: Vec<Element>,
    /// The legend: each group with its swatch (SVG drawn with the map's classes).
    pub legend: Vec<(String, String)>,
    /// What the reader must know about this map (what the source does not say).
    pub notes: Vec<String>,
    /// The on-screen sizes of its labels, CSS pixels rounded, each once: the label band
    /// stylesheet (`map/labels.css`) has a rule per size.
    pub label_px: Vec<u32>,
}

/// Why a figure cannot be drawn.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FigureError {
    /// The plan has no figure of that number.
    #[error("the plan has no figure {0}")]
    NoSuchFigure(u8),
    /// The figure table is malformed.
    #[error(transparent)]
    Content(#[from] ContentError),
    /// A row names a place that is neither a county of the map nor an `end` row.
    #[error("{at}: unknown place `{key}` (a county's adcode, or the name of an `end` row)")]
    UnknownPlace {
        /// The row.
        at: Location,
        /// The place as written.
        key: String,
    },
}

/// The shortest name of a place (a prefecture's short form rather than its full name).
fn short_name(place: &Place) -> &str {
    place
        .short
        .iter()
        .map(String::as_str)
        .chain([place.name.as_str()])
        .min_by_key(|n| n.chars().count())
        .unwrap_or(&place.name)
}

/// What a figure is drawn from: the plan, the figure table, the map data, each county's
/// project counts (for its tooltip), and the gazetteer and catalogue that rows drawn from the
/// catalogue read.
pub struct Sources<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// `content/figures.tsv`.
    pub table: &'a FigureElements,
    /// The map data.
    pub data: &'a MapData,
    /// Project counts by county.
    pub counts: &'a Counts,
    /// The gazetteer.
    pub places: &'a [Place],
    /// The catalogue.
    pub projects: &'a [Project],
}

/// Figure `n` drawn from `sources`; a row naming a place that is neither a county nor an end
/// fails with its file and line.
pub fn render_from(n: u8, sources: &Sources<'_>) -> Result<FigureMap, FigureError> {
    let Sources {
        plan,
        table,
        data,
        counts,
        places,
        projects,
    } = *sources;
    if !plan.figures().iter().any(|f| f.number == n) {
        return Err(FigureError::NoSuchFigure(n));
    }
    let rows: Vec<&FigureElement> = table.elements.iter().filter(|e| e.figure == n).collect();
    let (p, height) = projection(data);
    let mut canvas = Canvas {
        p,
        ends: &table.ends,
        height,
        centres: data
            .counties
            .iter()
            .map(|c| (c.adcode.clone(), centroid(data, &p, c)))
            .collect(),
        svg: String::new(),
        labels: Vec::new(),
        elements: Vec::new(),
    };
    let fill = rows
        .iter()
        .find(|r| r.shape == Shape::Fill)
        .map_or("scope plain", |r| r.class.as_str());
    let base = base_layers(data, counts, &|c: &County| {
        if c.in_scope { fill } else { "outside" }.to_string()
    });
    let in_scope = data.counties.iter().filter(|c| c.in_scope).count();
    let mut notes = Vec::new();
    for row in &rows {
        let label = row.label.replace("{scope_counties}", &in_scope.to_string());
        match &row.shape {
            Shape::Fill => {}
            Shape::Note => notes.push(label.replace(
                "{scope_area}",
                &format!("{:.2}", data.scope_area_km2() / 10_000.0),
            )),
            Shape::Element => canvas.element(&label, &row.group, &row.source, row.schematic),
            Shape::Towns(kind) => towns(&mut canvas, row, kind, plan, places, projects),
            shape => draw(&mut canvas, row, shape, data)?,
        }
    }
    // Prefecture names at the centre of their counties, then the figure's own labels.
    let mut labels: Vec<Label> = Vec::new();
    for prefecture in places.iter().filter(|p| p.level == Level::Prefecture) {
        let pts: Vec<(f64, f64)> = data
            .counties
            .iter()
            .filter(|c| c.prefecture == prefecture.adcode && c.in_scope)
            .filter_map(|c| canvas.centres.get(&c.adcode).copied())
            .collect();
        if !pts.is_empty() {
            let (x, y) = pts.iter().fold((0.0, 0.0), |a, q| (a.0 + q.0, a.1 + q.1));
            labels.push(Label {
                text: short_name(prefecture).into(),
                at: (x / pts.len() as f64, y / pts.len() as f64 + 18.0),
                size: 16.0,
                class: "label-prefecture",
            });
        }
    }
    labels.append(&mut canvas.labels);
    let mut label_px: Vec<u32> = labels.iter().map(|l| l.size.round() as u32).collect();
    label_px.sort_unstable();
    label_px.dedup();
    let labels = place_labels(&labels);
    let frame = |base: &str| {
        format!(
            "<svg class=\"plan-map fig{n}\" tabindex=\"0\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-labelledby=\"map-title\" data-width=\"{WIDTH}\" data-height=\"{height:.0}\">\
             <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>\
             <g class=\"viewport\">{base}<g class=\"layer layer-figure\" data-layer=\"figure\">{}</g><g class=\"layer layer-labels\" data-layer=\"labels\">{labels}</g></g></svg>",
            canvas.svg
        )
    };
    Ok(FigureMap {
        number: n,
        svg: frame(&base),
        overlay: frame(""),
        elements: canvas.elements,
        legend: legend(&rows),
        notes,
        label_px,
    })
}

/// A marker and a list entry at the county of every project of catalogue kind `kind`.
fn towns(
    canvas: &mut Canvas<'_>,
    row: &FigureElement,
    kind: &str,
    plan: &Plan,
    places: &[Place],
    projects: &[Project],
) {
    for project in projects.iter().filter(|p| p.kind.id() == kind) {
        let resolved = resolve(project, plan, places);
        let Some((place, _)) = resolved.places.first() else {
            continue;
        };
        let label = row.label.replace("{name}", short_name(place));
        if let Some((x, y)) = canvas.at(&place.adcode) {
            let _ = write!(canvas.svg, "<rect class=\"{}\" x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" transform=\"rotate(45 {x:.1} {y:.1})\" data-source=\"{}\"><title>{}</title></rect>", row.class, x - 5.0, y - 5.0, project.source, escape(&label));
        }
        canvas.element(&label, &row.group, &project.source, row.schematic);
    }
}

/// Draws a row placed by its `where` cell: a line, circle, point, river, ridge or zone.
fn draw(
    canvas: &mut Canvas<'_>,
    row: &FigureElement,
    shape: &Shape,
    data: &MapData,
) -> Result<(), FigureError> {
    let known = |canvas: &Canvas<'_>, key: &str| {
        canvas.at(key).ok_or_else(|| FigureError::UnknownPlace {
            at: row.at.clone(),
            key: key.to_string(),
        })
    };
    let (label, class, source) = (row.label.as_str(), row.class.as_str(), row.source.as_str());
    let title = escape(&if row.schematic {
        format!("{label}（示意）")
    } else {
        label.to_string()
    });
    match shape {
        Shape::Line(stops) => {
            for stop in stops {
                known(canvas, stop)?;
            }
            let stops: Vec<&str> = stops.iter().map(String::as_str).collect();
            canvas.line(&stops, class, label, &row.group, source);
        }
        Shape::Point(key) => {
            known(canvas, key)?;
            canvas.point(key, class, label, &row.group, source);
        }
        Shape::Circle(a, b) => {
            let (pa, pb) = (known(canvas, a)?, known(canvas, b)?);
            let (cx, cy, r) = (
                (pa.0 + pb.0) / 2.0,
                (pa.1 + pb.1) / 2.0,
                ((pa.0 - pb.0).hypot(pa.1 - pb.1)) / 2.0 + 45.0,
            );
            let _ = write!(canvas.svg, "<circle class=\"{class}\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" data-source=\"{source}\"><title>{title}</title></circle>");
            canvas.labels.push(Label {
                text: label.into(),
                at: (cx, cy - r - 6.0),
                size: 15.0,
                class: "label-zone",
            });
            canvas.element(label, &row.group, source, row.schematic);
        }
        Shape::River(name) => {
            for r in data.rivers.iter().filter(|r| r.name == *name) {
                let d = super::svg::path(&canvas.p, std::slice::from_ref(&r.points), false);
                let _ = write!(canvas.svg, "<path class=\"{class}\" d=\"{d}\" data-source=\"{source}\"><title>{title}</title></path>");
            }
            canvas.element(label, &row.group, source, row.schematic);
        }
        Shape::Ridge(a, b) => {
            let (pa, pb) = (canvas.p.xy_deg(a.0, a.1), canvas.p.xy_deg(b.0, b.1));
            let _ = write!(canvas.svg, "<path class=\"{class}\" d=\"M{:.1} {:.1}L{:.1} {:.1}\" data-source=\"{source}\"><title>{title}</title></path>", pa.0, pa.1, pb.0, pb.1);
            // On the map a ridge is named without its group's word, which the legend shows.
            canvas.labels.push(Label {
                text: label.trim_end_matches(row.group.as_str()).into(),
                at: ((pa.0 + pb.0) / 2.0, (pa.1 + pb.1) / 2.0 - 6.0),
                size: 13.0,
                class: "label-zone",
            });
            canvas.element(label, &row.group, source, row.schematic);
        }
        Shape::Zone((lon, lat), rx, ry) => {
            canvas.zone((*lon, *lat, *rx, *ry, label, source), class, &row.group);
        }
        Shape::Fill | Shape::Note | Shape::Element | Shape::Towns(_) => {}
    }
    Ok(())
}
