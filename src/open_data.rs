//! The plan as open data, written beside the site into `dist/data/`: `plan.json` (the whole
//! text, structured, with its JSON Schema), `projects.csv` and `projects.geojson`,
//! `places.csv` and `goals.csv`, all built from the same content as the pages. CSV files are
//! UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.

use crate::core::content::{Block, BoxContent, BoxItem, Plan, RowCell};
use crate::core::geo::mapdata::MapData;
use crate::core::place_report::concerned_places;
use crate::core::places::Place;
use crate::core::projects::{resolve, Project};
use crate::core::reference::reference;
use crate::core::routes::anchor_href;
use crate::core::version::content_version;
use serde_json::{json, Value};

/// The JSON Schema of `plan.json` (kept as a file so it can be read and reviewed as it is).
pub const PLAN_SCHEMA: &str = include_str!("../public/data/plan.schema.json");

fn item(i: &BoxItem) -> Value {
    json!({ "id": i.id, "lead": i.lead, "text": i.body })
}

fn block(b: &Block) -> Value {
    match b {
        Block::Paragraph(p) => {
            json!({ "type": "paragraph", "id": p.id, "lead": p.lead, "text": p.body })
        }
        Block::Figure(f) => {
            json!({ "type": "figure", "id": f.id, "number": f.number, "caption": f.caption })
        }
        Block::Box(x) => {
            let content = match &x.content {
                BoxContent::Items(items) => {
                    json!({ "items": items.iter().map(item).collect::<Vec<_>>() })
                }
                BoxContent::Groups(groups) => json!({ "groups": groups.iter()
                    .map(|g| json!({ "id": g.id, "name": g.name, "text": g.text })).collect::<Vec<_>>() }),
                BoxContent::Table(rows) => json!({ "rows": rows.iter().map(|r| match &r.cell {
                    RowCell::Text(t) => json!({ "id": r.id, "label": r.label, "text": t }),
                    RowCell::Items(items) => json!({ "id": r.id, "label": r.label, "items": items.iter().map(item).collect::<Vec<_>>() }),
                }).collect::<Vec<_>>() }),
            };
            json!({ "type": "box", "id": x.id, "number": x.number, "title": x.title, "content": content })
        }
    }
}

/// The whole plan as structured data: the text exactly as the site shows it.
pub fn plan_json(plan: &Plan, built_on: &str) -> Value {
    let blocks = |list: &[Block]| list.iter().map(block).collect::<Vec<_>>();
    json!({
        "version": content_version(),
        "built": built_on,
        "meta": {
            "label": plan.meta.label, "title": plan.meta.title, "issuers": plan.meta.issuers,
            "date": plan.meta.date, "period": plan.meta.period,
        },
        "preamble": blocks(&plan.preamble),
        "chapters": plan.chapters.iter().map(|c| json!({
            "id": c.id, "number": c.number, "heading": c.heading, "title": c.title,
            "intro": blocks(&c.intro),
            "sections": c.sections.iter().map(|s| json!({
                "id": s.id, "number": s.number, "heading": s.heading, "title": s.title,
                "blocks": blocks(&s.blocks),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// One CSV field, quoted when it must be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A CSV file (UTF-8 with BOM) from a header and rows.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// `projects.csv`: every project with its places (its own, and the counties that take it
/// from their city), its source in words and its permalink.
pub fn projects_csv(plan: &Plan, places: &[Place], projects: &[Project], site: &str) -> String {
    let rows: Vec<Vec<String>> = projects
        .iter()
        .map(|p| {
            let r = resolve(p, plan, places);
            let st = crate::core::progress::progress()
                .ok()
                .and_then(|rows| crate::core::progress::standing(rows, &p.id));
            let named: Vec<&str> = r.places.iter().map(|(q, _)| q.name.as_str()).collect();
            let (own, city) = concerned_places(places, &r);
            let ids = |list: &[&Place]| {
                list.iter()
                    .map(|q| q.adcode.as_str())
                    .collect::<Vec<_>>()
                    .join("|")
            };
            vec![
                p.id.clone(),
                p.name.clone(),
                p.kind.label().into(),
                named.join("、"),
                p.external.join("、"),
                ids(&own),
                ids(&city),
                reference(plan, &p.source).unwrap_or_default(),
                format!("{site}{}", anchor_href(plan, &p.source).unwrap_or_default()),
                p.note.clone(),
                st.as_ref().map_or("", |s| s.status.label()).into(),
                st.as_ref().map_or("", |s| s.milestone).into(),
                st.as_ref().map_or("", |s| s.as_of).into(),
                st.as_ref().map_or(0, |s| s.evidence.len()).to_string(),
            ]
        })
        .collect();
    csv(
        &[
            "id",
            "name",
            "kind",
            "places_named",
            "ends_outside",
            "concerns",
            "concerns_via_city",
            "source",
            "permalink",
            "note",
            "status",
            "milestone",
            "status_as_of",
            "sources",
        ],
        &rows,
    )
}

/// `places.csv`: the gazetteer with every name form, level, parents and the note (with its
/// source) saying where a site lies.
pub fn places_csv(places: &[Place]) -> String {
    let rows: Vec<Vec<String>> = places
        .iter()
        .map(|p| {
            vec![
                p.adcode.clone(),
                p.level.label().into(),
                p.name.clone(),
                p.short.join("|"),
                p.old.join("|"),
                p.pinyin.clone(),
                p.parents.join("|"),
                p.note.clone(),
            ]
        })
        .collect();
    csv(
        &[
            "id", "level", "name", "short", "former", "pinyin", "within", "note",
        ],
        &rows,
    )
}

/// `goals.csv`: every positioning, principle, goal and target with its year, value, baseline
/// and source paragraph.
pub fn goals_csv(plan: &Plan, site: &str) -> String {
    let rows: Vec<Vec<String>> = plan
        .goals
        .iter()
        .map(|g| {
            vec![
                g.id.clone(),
                g.kind.label().into(),
                g.subject.clone(),
                g.metric.clone(),
                g.value.clone(),
                g.unit.clone(),
                g.year.map(|y| y.to_string()).unwrap_or_default(),
                g.by.clone(),
                g.baseline.clone(),
                g.theme.clone(),
                g.quote.clone(),
                reference(plan, &g.paragraph).unwrap_or_default(),
                format!(
                    "{site}{}",
                    anchor_href(plan, &g.paragraph).unwrap_or_default()
                ),
            ]
        })
        .collect();
    csv(
        &[
            "id",
            "kind",
            "subject",
            "metric",
            "value",
            "unit",
            "year",
            "by",
            "baseline",
            "theme",
            "quote",
            "source",
            "permalink",
        ],
        &rows,
    )
}

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
