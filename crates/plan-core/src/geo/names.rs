//! What the plan names on the map (the pack's `map-names.tsv`): its rivers by their courses,
//! and its lake; the data step (`crates/mapdata`) names the source lines by them.

use crate::content::tsv::{at, rows, syntax};
use crate::content::ContentError;

/// What the plan names on the map, from the pack's `map-names.tsv`: each river with points
/// along its course (lon, lat), a source line being that river when nearly all of it runs
/// within a band of this path (the data step's `RIVER_BAND`); and the lake named, with the least area
/// (km²) a lake must have to be it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapNames {
    /// (name, course), main rivers first.
    pub rivers: Vec<(String, Vec<(f64, f64)>)>,
    /// (name, least area in km²).
    pub lake: Option<(String, f64)>,
}

/// Reads `map-names.tsv` (`kind name where`: `river <name> lon,lat …` or `lake <name> <km²>`);
/// `file` names it in errors, with the line.
pub fn parse_names(file: &str, text: &str) -> Result<MapNames, ContentError> {
    let mut names = MapNames::default();
    for (line, c) in rows(file, text, &["kind", "name", "where"])? {
        let bad = |what: &str| syntax(at(file, line), what);
        let (kind, name, place) = (c[0], c[1], c[2]);
        match kind {
            "river" => {
                let course: Option<Vec<(f64, f64)>> = place
                    .split(' ')
                    .map(|p| {
                        let (lon, lat) = p.split_once(',')?;
                        Some((crate::number::decimal(lon)?, crate::number::decimal(lat)?))
                    })
                    .collect();
                match course {
                    Some(c) if c.len() >= 2 => names.rivers.push((name.into(), c)),
                    _ => return Err(bad("a river's course is two or more `lon,lat`")),
                }
            }
            "lake" => {
                let area = crate::number::decimal(place)
                    .ok_or_else(|| bad("a lake's least area, in km²"))?;
                names.lake = Some((name.into(), area));
            }
            other => return Err(bad(&format!("unknown kind `{other}`"))),
        }
    }
    Ok(names)
}
