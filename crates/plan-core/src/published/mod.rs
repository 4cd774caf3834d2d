//! The plan as open data (`data/`), each file defined once and read by the one reader that
//! goes with its one writer:
//!
//! - `plan.json`: the content model's own types, derived with `serde` ([`plan_file`]); its
//!   JSON Schema is checked against what they write.
//! - `projects.csv`, `places.csv`, `goals.csv`: a list of columns each ([`columns`]), where a
//!   column's name, its description on the data page and its value stand together, written and
//!   read with the `csv` crate ([`table`]). Changing a column is a change to one entry.
//! - `projects.geojson`: the counties each project concerns ([`projects_by_county`]), written
//!   with the `geojson` crate by the pre-renderer.

pub mod columns;
pub mod plan_file;
pub mod table;

use crate::content::Plan;
use crate::place_report::concerned_places;
use crate::places::{Level, Place};
use crate::projects::{resolve, Project};
use thiserror::Error;

/// What can go wrong writing or reading a published file.
#[derive(Debug, Error)]
pub enum PublishedError {
    /// `plan.json` could not be written or read.
    #[error("plan.json: {0}")]
    Json(#[from] serde_json::Error),
    /// A CSV file could not be written or read.
    #[error("CSV: {0}")]
    Csv(#[from] csv::Error),
    /// A value holds a line break: each row of a published table is one line, so a download
    /// can be cut from it line by line (the project list's export does).
    #[error("{file}: row {row}, column `{column}` holds a line break")]
    LineBreak {
        /// The file.
        file: &'static str,
        /// The row (1 is the first after the header).
        row: usize,
        /// The column's name.
        column: &'static str,
    },
    /// A table read back lacks a column.
    #[error("no column `{0}`")]
    Column(String),
}

/// Each county the catalogue concerns (in the catalogue's order of first concern), with the
/// names of its projects in catalogue order: what `projects.geojson` says of each county.
pub fn projects_by_county(
    plan: &Plan,
    places: &[Place],
    projects: &[Project],
) -> Vec<(String, Vec<String>)> {
    let mut by_county: Vec<(String, Vec<String>)> = Vec::new();
    for project in projects {
        let resolved = resolve(project, plan, places);
        for county in concerned_places(places, &resolved).0 {
            if county.level != Level::County {
                continue;
            }
            match by_county.iter_mut().find(|(c, _)| *c == county.adcode) {
                Some((_, names)) => names.push(project.name.clone()),
                None => by_county.push((county.adcode.clone(), vec![project.name.clone()])),
            }
        }
    }
    by_county
}
