//! GeoJSON of counties with properties, written by hand (no JSON library in the browser): the
//! project list's export.

use super::mapdata::MapData;
use super::UNIT;
use std::fmt::Write;

/// Escapes a string for JSON.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A FeatureCollection of the given counties (adcode → project names), each a MultiPolygon
/// in longitude/latitude with `adcode`, `name`, `project_count` and `projects`.
pub fn counties_geojson(data: &MapData, selection: &[(String, Vec<String>)]) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    let mut first = true;
    for (adcode, projects) in selection {
        let Some(county) = data.counties.iter().find(|c| &c.adcode == adcode) else {
            continue;
        };
        if !first {
            out.push(',');
        }
        first = false;
        let names: Vec<String> = projects.iter().map(|p| json_string(p)).collect();
        let _ = write!(
            out,
            "{{\"type\":\"Feature\",\"properties\":{{\"adcode\":{},\"name\":{},\"project_count\":{},\"projects\":[{}]}},\"geometry\":{{\"type\":\"MultiPolygon\",\"coordinates\":[",
            json_string(&county.adcode),
            json_string(&county.name),
            projects.len(),
            names.join(",")
        );
        let polygons: Vec<String> = data
            .county_rings(county)
            .iter()
            .map(|poly| {
                let rings: Vec<String> = poly
                    .iter()
                    .map(|ring| {
                        let pts: Vec<String> = ring
                            .iter()
                            .map(|p| {
                                format!(
                                    "[{:.3},{:.3}]",
                                    f64::from(p.0) * UNIT,
                                    f64::from(p.1) * UNIT
                                )
                            })
                            .collect();
                        format!("[{}]", pts.join(","))
                    })
                    .collect();
                format!("[{}]", rings.join(","))
            })
            .collect();
        out.push_str(&polygons.join(","));
        out.push_str("]}}");
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::mapdata::County;

    #[test]
    fn a_county_becomes_a_feature_with_its_projects_as_properties() {
        let data = MapData {
            bbox: (0.0, 0.0, 1.0, 1.0),
            arcs: vec![vec![(0, 0), (100_000, 0), (100_000, 100_000), (0, 0)]],
            counties: vec![County {
                adcode: "620102".into(),
                name: "城关区".into(),
                prefecture: "620100".into(),
                in_scope: true,
                polygons: vec![vec![vec![0]]],
            }],
            ..MapData::default()
        };
        let json = counties_geojson(&data, &[("620102".into(), vec!["兰州站\"扩建\"".into()])]);
        assert!(json.starts_with("{\"type\":\"FeatureCollection\""));
        assert!(json.contains("\"name\":\"城关区\""));
        assert!(
            json.contains("\"projects\":[\"兰州站\\\"扩建\\\"\"]"),
            "names are escaped: {json}"
        );
        assert!(json.contains("[[[0.000,0.000],[1.000,0.000],[1.000,1.000],[0.000,0.000]]]"));
    }
}
