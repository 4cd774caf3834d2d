//! The map data file (`content/region.txt`): what the maps draw, reduced by the data step
//! (`make mapdata`) from `data/geo`. Text, one record a line: arcs of the county topology,
//! counties as arc references, provinces, rivers and lakes as point lists. Points are
//! delta-encoded integers on a grid of [`GRID`] × 1e-5 degree.

use super::topology::{ring_points, ArcRef};
use super::Pt;
use std::fmt::Write;

/// Grid step in 1e-5 degree units (100 → 0.001°, about 100 m).
pub const GRID: i32 = 100;

/// A county as the maps draw it.
#[derive(Debug, Clone, PartialEq)]
pub struct County {
    /// Today's adcode.
    pub adcode: String,
    /// Today's name.
    pub name: String,
    /// The prefecture's adcode.
    pub prefecture: String,
    /// Whether it is in the plan's scope.
    pub in_scope: bool,
    /// Polygons → rings → arcs.
    pub polygons: Vec<Vec<Vec<ArcRef>>>,
}

/// A named area drawn from its own rings (a province, a lake).
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Code or id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Polygons → rings → points.
    pub polygons: Vec<Vec<Vec<Pt>>>,
}

/// A river line; named where the plan names it and the line runs where that river runs.
#[derive(Debug, Clone, PartialEq)]
pub struct River {
    /// The river's name where the plan names it, or empty.
    pub name: String,
    /// Its points.
    pub points: Vec<Pt>,
}

/// Everything the maps draw.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapData {
    /// West, south, east, north in degrees.
    pub bbox: (f64, f64, f64, f64),
    /// County border arcs.
    pub arcs: Vec<Vec<Pt>>,
    /// Counties of the nine prefectures.
    pub counties: Vec<County>,
    /// Provinces, for context.
    pub provinces: Vec<Area>,
    /// Rivers.
    pub rivers: Vec<River>,
    /// Lakes.
    pub lakes: Vec<Area>,
}

impl MapData {
    /// Area of the plan's scope (the counties in it), in km², from the polygons.
    pub fn scope_area_km2(&self) -> f64 {
        self.counties
            .iter()
            .filter(|c| c.in_scope)
            .map(|c| super::polygons_area_km2(&self.county_rings(c)))
            .sum()
    }

    /// The same map with every line simplified to `tolerance` (in 1e-5 degree): each shared
    /// border once, so neighbours still meet; for images that show less detail than the data
    /// holds.
    pub fn simplified(&self, tolerance: f64) -> MapData {
        use super::simplify::simplify;
        let area = |a: &Area| Area {
            polygons: a
                .polygons
                .iter()
                .map(|rings| rings.iter().map(|r| simplify(r, tolerance)).collect())
                .collect(),
            ..a.clone()
        };
        MapData {
            bbox: self.bbox,
            arcs: self.arcs.iter().map(|a| simplify(a, tolerance)).collect(),
            counties: self.counties.clone(),
            provinces: self.provinces.iter().map(area).collect(),
            rivers: self
                .rivers
                .iter()
                .map(|r| River {
                    name: r.name.clone(),
                    points: simplify(&r.points, tolerance),
                })
                .collect(),
            lakes: self.lakes.iter().map(area).collect(),
        }
    }

    /// A county's polygons as point rings.
    pub fn county_rings(&self, county: &County) -> Vec<Vec<Vec<Pt>>> {
        county
            .polygons
            .iter()
            .map(|poly| {
                poly.iter()
                    .map(|refs| ring_points(&self.arcs, refs))
                    .collect()
            })
            .collect()
    }
}

/// A malformed line of the map data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("map data line {line}: {message}")]
pub struct MapDataError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

fn write_points(out: &mut String, points: &[Pt]) {
    let mut last = (0, 0);
    for (i, p) in points.iter().enumerate() {
        let q = (p.0 / GRID, p.1 / GRID);
        if i > 0 {
            out.push(';');
        }
        let _ = write!(out, "{} {}", q.0 - last.0, q.1 - last.1);
        last = q;
    }
}

fn read_points(text: &str) -> Option<Vec<Pt>> {
    let mut last = (0, 0);
    text.split(';')
        .map(|pair| {
            let (x, y) = pair.trim().split_once(' ')?;
            last = (
                last.0 + x.parse::<i32>().ok()?,
                last.1 + y.parse::<i32>().ok()?,
            );
            Some((last.0 * GRID, last.1 * GRID))
        })
        .collect()
}

fn write_rings<T>(out: &mut String, polygons: &[Vec<Vec<T>>], item: impl Fn(&mut String, &[T])) {
    for (p, poly) in polygons.iter().enumerate() {
        if p > 0 {
            out.push_str(" , ");
        }
        for (r, ring) in poly.iter().enumerate() {
            if r > 0 {
                out.push_str(" / ");
            }
            item(out, ring);
        }
    }
}

/// Writes the file.
pub fn write(data: &MapData, header: &str) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    let (w, s, e, n) = data.bbox;
    let _ = writeln!(out, "bbox {w} {s} {e} {n}");
    for arc in &data.arcs {
        out.push_str("arc ");
        write_points(&mut out, arc);
        out.push('\n');
    }
    for c in &data.counties {
        let _ = write!(
            out,
            "county {} {} {} {} | ",
            c.adcode,
            c.name,
            c.prefecture,
            u8::from(c.in_scope)
        );
        write_rings(&mut out, &c.polygons, |out, refs| {
            let _ = write!(
                out,
                "{}",
                refs.iter()
                    .map(|r| r.to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        });
        out.push('\n');
    }
    for (kind, areas) in [("province", &data.provinces), ("lake", &data.lakes)] {
        for a in areas {
            let _ = write!(out, "{kind} {} {} | ", a.id, a.name);
            write_rings(&mut out, &a.polygons, write_points);
            out.push('\n');
        }
    }
    for r in &data.rivers {
        let _ = write!(
            out,
            "river {} | ",
            if r.name.is_empty() { "-" } else { &r.name }
        );
        write_points(&mut out, &r.points);
        out.push('\n');
    }
    out
}

fn read_rings<T>(text: &str, item: impl Fn(&str) -> Option<Vec<T>>) -> Option<Vec<Vec<Vec<T>>>> {
    text.split(" , ")
        .map(|poly| poly.split(" / ").map(&item).collect())
        .collect()
}

/// Reads the file.
pub fn parse(text: &str) -> Result<MapData, MapDataError> {
    let mut data = MapData::default();
    for (index, line) in text.lines().enumerate() {
        let error = |message: &str| MapDataError {
            line: index + 1,
            message: message.into(),
        };
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (kind, rest) = line
            .split_once(' ')
            .ok_or_else(|| error("expected a record"))?;
        let (head, body) = rest.split_once(" | ").unwrap_or((rest, ""));
        let words: Vec<&str> = head.split(' ').collect();
        match kind {
            "bbox" => {
                let v: Vec<f64> = words
                    .iter()
                    .filter_map(|w| crate::number::decimal(w))
                    .collect();
                let [w, s, e, n] = v[..] else {
                    return Err(error("bbox needs four numbers"));
                };
                data.bbox = (w, s, e, n);
            }
            "arc" => data
                .arcs
                .push(read_points(rest).ok_or_else(|| error("bad points"))?),
            "county" => {
                let [adcode, name, prefecture, scope] = words[..] else {
                    return Err(error("county needs code, name, prefecture, scope"));
                };
                let polygons = read_rings(body, |ring| {
                    ring.split(' ').map(|r| r.parse::<ArcRef>().ok()).collect()
                })
                .ok_or_else(|| error("bad arc references"))?;
                data.counties.push(County {
                    adcode: adcode.into(),
                    name: name.into(),
                    prefecture: prefecture.into(),
                    in_scope: scope == "1",
                    polygons,
                });
            }
            "province" | "lake" => {
                let [id, name] = words[..] else {
                    return Err(error("needs id and name"));
                };
                let polygons = read_rings(body, read_points).ok_or_else(|| error("bad points"))?;
                let area = Area {
                    id: id.into(),
                    name: name.into(),
                    polygons,
                };
                if kind == "lake" {
                    data.lakes.push(area)
                } else {
                    data.provinces.push(area)
                }
            }
            "river" => {
                let name = if head == "-" {
                    String::new()
                } else {
                    head.to_string()
                };
                data.rivers.push(River {
                    name,
                    points: read_points(body).ok_or_else(|| error("bad points"))?,
                });
            }
            other => return Err(error(&format!("unknown record `{other}`"))),
        }
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_what_was_written() {
        let data = MapData {
            bbox: (97.0, 33.0, 108.0, 40.0),
            arcs: vec![
                vec![(10_000_000, 3_600_000), (10_010_000, 3_600_000)],
                vec![(10_010_000, 3_600_000), (10_000_000, 3_600_000)],
            ],
            counties: vec![County {
                adcode: "620102".into(),
                name: "城关区".into(),
                prefecture: "620100".into(),
                in_scope: true,
                polygons: vec![vec![vec![0, !1]]],
            }],
            provinces: vec![Area {
                id: "620000".into(),
                name: "甘肃省".into(),
                polygons: vec![vec![vec![(0, 0), (100, 0), (100, 100)]]],
            }],
            rivers: vec![
                River {
                    name: "黄河".into(),
                    points: vec![(10_380_000, 3_606_000), (10_390_000, 3_610_000)],
                },
                River {
                    name: String::new(),
                    points: vec![(0, 0), (100, 100)],
                },
            ],
            lakes: vec![],
        };
        let text = write(&data, "test");
        assert_eq!(parse(&text), Ok(data));
    }
}
