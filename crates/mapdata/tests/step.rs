//! The data step: its committed output is current, keeps every scope unit, keeps shared
//! borders shared, and gives the scope's area within 3 % of the plan's 9.75万平方公里.

use plan_core::geo::mapdata::{parse, MapData};
use plan_core::geo::Pt;
use plan_core::pack::plan;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scope() -> Vec<String> {
    plan()
        .expect("plan")
        .scope
        .iter()
        .map(|u| u.adcode.clone())
        .collect()
}

fn names() -> mapdata::MapNames {
    let text =
        std::fs::read_to_string(root().join("content/map-names.tsv")).expect("map-names.tsv");
    mapdata::parse_names("content/map-names.tsv", &text).expect("parses")
}

fn committed() -> MapData {
    let text =
        std::fs::read_to_string(root().join("content/region.txt")).expect("content/region.txt");
    parse(&text).expect("parses")
}

#[test]
fn the_committed_map_data_is_what_the_step_writes_now() {
    let fresh =
        mapdata::render(&root().join("data/geo"), &scope(), &names()).expect("the step runs");
    let on_disk = std::fs::read_to_string(root().join("content/region.txt")).expect("file");
    assert!(
        fresh == on_disk,
        "content/region.txt is stale: run `make mapdata` and commit it"
    );
}

#[test]
fn every_scope_unit_is_on_the_map() {
    let data = committed();
    let on_map: HashSet<&str> = data
        .counties
        .iter()
        .filter(|c| c.in_scope)
        .map(|c| c.adcode.as_str())
        .collect();
    let expected = scope();
    assert_eq!(on_map.len(), 39);
    assert!(expected.iter().all(|a| on_map.contains(a.as_str())));
    assert_eq!(
        data.counties.len(),
        54,
        "all counties of the nine prefectures, for context"
    );
}

fn segments(rings: &[Vec<Vec<Pt>>]) -> HashSet<(Pt, Pt)> {
    let mut out = HashSet::new();
    for ring in rings.iter().flatten() {
        for w in ring.windows(2) {
            out.insert(if w[0] < w[1] {
                (w[0], w[1])
            } else {
                (w[1], w[0])
            });
        }
    }
    out
}

#[test]
fn neighbouring_counties_still_share_their_border_after_simplification() {
    let data = committed();
    // Counties that use the same arc are neighbours.
    let mut users: HashMap<i32, Vec<usize>> = HashMap::new();
    for (i, c) in data.counties.iter().enumerate() {
        for r in c.polygons.iter().flatten().flatten() {
            users
                .entry(if *r < 0 { !*r } else { *r })
                .or_default()
                .push(i);
        }
    }
    let pairs: HashSet<(usize, usize)> = users
        .values()
        .filter(|u| u.len() == 2 && u[0] != u[1])
        .map(|u| (u[0], u[1]))
        .collect();
    assert!(
        pairs.len() > 100,
        "the counties form a connected mesh: {} neighbour pairs",
        pairs.len()
    );
    let segs: Vec<HashSet<(Pt, Pt)>> = data
        .counties
        .iter()
        .map(|c| segments(&data.county_rings(c)))
        .collect();
    for (a, b) in pairs {
        let shared = segs[a].intersection(&segs[b]).count();
        assert!(
            shared > 0,
            "{} and {} share no border after simplification",
            data.counties[a].name,
            data.counties[b].name
        );
    }
}

#[test]
fn the_scope_area_from_the_polygons_is_within_three_percent_of_the_plans_figure() {
    let data = committed();
    let area = data.scope_area_km2();
    let stated = 97_500.0;
    let off = (area - stated).abs() / stated;
    println!(
        "computed scope area: {area:.0} km² (plan: {stated} km², {:.1}% off)",
        off * 100.0
    );
    assert!(off < 0.03, "computed {area:.0} km²");
}

#[test]
fn the_rivers_the_plan_names_are_named_on_the_map() {
    let data = committed();
    for name in ["黄河", "湟水", "大通河", "洮河"] {
        assert!(data.rivers.iter().any(|r| r.name == name), "{name}");
    }
    assert!(data.lakes.iter().any(|l| l.name == "青海湖"));
}
