//! What the open data needs beyond the core's formats (`core::published`): the JSON Schema
//! of `plan.json` as a file, and `projects.geojson`, written with the `geojson` crate (a
//! dependency of the pre-renderer only).

use crate::core::geo::mapdata::MapData;
use serde_json::json;

/// The JSON Schema of `plan.json` (kept as a file so it can be read and reviewed as it is).
pub const PLAN_SCHEMA: &str = include_str!("../public/data/plan.schema.json");

/// How far `projects.geojson`'s borders may stray from the map data, in 1e-5 degree (1000:
/// 0.01°, about 1 km), shared borders simplified once so neighbours still meet. Outlines for a
/// county-level map: measured, 14.0 KB brotli at the data's own 300 m, 6.3 KB at 1 km, the
/// difference paying for the search index.
pub const GEOJSON_TOLERANCE: f64 = 1000.0;

/// `projects.geojson`: each county the catalogue concerns, a MultiPolygon in longitude and
/// latitude with its adcode, name and projects, one feature a line (the project list's
/// export cuts its selection from this file, see `core::geo::geojson_out`).
pub fn projects_geojson(map: &MapData, by_county: &[(String, Vec<String>)]) -> String {
    let simplified = map.simplified(GEOJSON_TOLERANCE);
    let map = &simplified;
    let degrees = |v: i32| f64::from(v) / 1e5;
    let mut lines = Vec::new();
    for (adcode, projects) in by_county {
        let Some(county) = map.counties.iter().find(|c| &c.adcode == adcode) else {
            continue;
        };
        let polygons: Vec<Vec<Vec<Vec<f64>>>> = map
            .county_rings(county)
            .iter()
            .map(|poly| {
                poly.iter()
                    .map(|ring| {
                        ring.iter()
                            .map(|p| vec![degrees(p.0), degrees(p.1)])
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let mut properties = serde_json::Map::new();
        properties.insert("adcode".into(), json!(county.adcode));
        properties.insert("name".into(), json!(county.name));
        properties.insert("project_count".into(), json!(projects.len()));
        properties.insert("projects".into(), json!(projects));
        let feature = geojson::Feature {
            bbox: None,
            geometry: Some(geojson::Geometry::new(
                geojson::GeometryValue::new_multi_polygon(polygons),
            )),
            id: None,
            properties: Some(properties),
            foreign_members: None,
        };
        lines.push(feature.to_string());
    }
    format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n",
        lines.join(",\n")
    )
}
