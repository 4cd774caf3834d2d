//! The project list's GeoJSON export, cut from the published `data/projects.geojson` (one
//! feature a line, each a county with its projects): the browser keeps the features of the
//! counties the shown projects concern and writes their properties anew, with no JSON
//! library and no map data of its own. The file itself is written with the `geojson` crate
//! at build time (`open_data`).

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

/// One feature line of the published file: (adcode, name, geometry as JSON text).
fn feature(line: &str) -> Option<(&str, &str, &str)> {
    let value = |key: &str| {
        let at = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
        line[at..].split('"').next()
    };
    let start = line.find("\"geometry\":")? + "\"geometry\":".len();
    // The geometry is an object of arrays of numbers: its braces alone delimit it.
    let mut depth = 0;
    let mut end = None;
    for (i, c) in line[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    end = Some(start + i + 1);
                    break;
                }
            }
            _ => {}
        }
    }
    Some((value("adcode")?, value("name")?, &line[start..end?]))
}

/// A FeatureCollection of the selected counties (adcode → names of the shown projects that
/// concern it), in the order given, cut from the published file `published`; counties the
/// file lacks are left out.
pub fn select_counties(published: &str, selection: &[(String, Vec<String>)]) -> String {
    let features: Vec<(&str, &str, &str)> = published.lines().filter_map(feature).collect();
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    let mut first = true;
    for (adcode, projects) in selection {
        let Some((code, name, geometry)) = features.iter().find(|f| f.0 == adcode) else {
            continue;
        };
        if !first {
            out.push(',');
        }
        first = false;
        let names: Vec<String> = projects.iter().map(|p| json_string(p)).collect();
        let _ = write!(
            out,
            "{{\"type\":\"Feature\",\"properties\":{{\"adcode\":\"{code}\",\"name\":\"{name}\",\"project_count\":{},\"projects\":[{}]}},\"geometry\":{geometry}}}",
            projects.len(),
            names.join(",")
        );
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLISHED: &str = "{\"type\":\"FeatureCollection\",\"features\":[\n\
        {\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]]]},\"properties\":{\"adcode\":\"620102\",\"name\":\"城关区\",\"project_count\":3,\"projects\":[\"a\",\"b\",\"c\"]}},\n\
        {\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[2.0,2.0],[3.0,2.0],[3.0,3.0],[2.0,2.0]]]]},\"properties\":{\"adcode\":\"620103\",\"name\":\"七里河区\",\"project_count\":1,\"projects\":[\"d\"]}}\n\
        ]}";

    #[test]
    fn the_export_keeps_the_shown_counties_with_only_the_shown_projects() {
        let json = select_counties(
            PUBLISHED,
            &[("620103".into(), vec!["兰州站\"扩建\"".into()])],
        );
        assert_eq!(
            json,
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"adcode\":\"620103\",\"name\":\"七里河区\",\"project_count\":1,\"projects\":[\"兰州站\\\"扩建\\\"\"]},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[2.0,2.0],[3.0,2.0],[3.0,3.0],[2.0,2.0]]]]}}]}"
        );
    }

    #[test]
    fn counties_the_file_lacks_and_unshown_ones_are_left_out() {
        let json = select_counties(PUBLISHED, &[("999999".into(), vec!["x".into()])]);
        assert_eq!(json, "{\"type\":\"FeatureCollection\",\"features\":[]}");
    }
}
