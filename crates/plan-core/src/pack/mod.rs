//! The content pack as a whole: every file loaded and the references between them checked,
//! each failure naming its file and line. `build.rs` runs [`check`] on the pack the build
//! embeds, so a site is never built from a pack that is wrong; the pages read it through
//! [`site`], all of it at once.

mod embedded;

pub use embedded::{
    embedded_index, embedded_index_file, figure_elements, figure_height, map_data, places, plan,
    progress, projects, roles, search_terms, site, Site,
};

use super::content::sources::{
    MAP_SOURCE, PLACES_SOURCE, PROGRESS_SOURCE, PROJECTS_SOURCE, ROLES_SOURCE, TERMS_SOURCE,
};
use super::content::tsv::{at, rows, syntax};
use super::content::{build_plan, ContentError, Location, Plan, EMBEDDED};
use super::geo::mapdata::{parse as parse_map, MapData};
use super::places::{parse_places, Place};
use super::progress::{check as check_progress, parse_progress};
use super::projects::parse_projects;
use super::roles::parse_roles;
use super::search::terms::parse_terms;

/// The embedded pack's files by name and text, for checks with other sources in tests.
#[derive(Debug, Clone, Copy)]
pub struct Tables<'a> {
    /// `places.tsv`.
    pub places: (&'a str, &'a str),
    /// `projects.tsv`.
    pub projects: (&'a str, &'a str),
    /// `roles.tsv`.
    pub roles: (&'a str, &'a str),
    /// `search-terms.tsv`.
    pub terms: (&'a str, &'a str),
    /// `progress.tsv` (a header alone when the pack has none).
    pub progress: (&'a str, &'a str),
}

/// The tables this build embeds.
pub const TABLES: Tables<'static> = Tables {
    places: PLACES_SOURCE,
    projects: PROJECTS_SOURCE,
    roles: ROLES_SOURCE,
    terms: TERMS_SOURCE,
    progress: PROGRESS_SOURCE,
};

/// The line of each data row of a table, in order (the parsers keep the same order).
fn lines(file: &str, text: &str) -> Vec<usize> {
    let header: Vec<&str> = text.lines().next().unwrap_or("").split('\t').collect();
    rows(file, text, &header)
        .map(|r| r.into_iter().map(|(line, _)| line).collect())
        .unwrap_or_default()
}

fn unknown(file: &str, line: usize, kind: &'static str, id: &str) -> ContentError {
    ContentError::UnknownReference {
        at: Location {
            file: file.to_string(),
            line,
        },
        kind,
        id: id.to_string(),
    }
}

/// Every place a row names exists; every id is used once.
fn check_places(file: &str, text: &str, places: &[Place]) -> Result<(), ContentError> {
    for (place, line) in places.iter().zip(lines(file, text)) {
        if places.iter().filter(|p| p.adcode == place.adcode).count() > 1 {
            return Err(syntax(
                at(file, line),
                format!("duplicate id `{}`", place.adcode),
            ));
        }
        if let Some(id) = place
            .parents
            .iter()
            .find(|id| !places.iter().any(|p| p.adcode == **id))
        {
            return Err(unknown(file, line, "place", id));
        }
    }
    Ok(())
}

/// Checks the pack: the plan (its text, metadata, goals and figure table), then the
/// gazetteer, catalogue, roles and search terms against it and each other.
pub fn check_with(plan: &Plan, tables: &Tables<'_>) -> Result<(), ContentError> {
    let (file, text) = tables.places;
    let places = parse_places(file, text)?;
    check_places(file, text, &places)?;
    let known_place = |id: &str| places.iter().any(|p| p.adcode == id);
    let (file, text) = tables.projects;
    let projects = parse_projects(file, text)?;
    for (project, line) in projects.iter().zip(lines(file, text)) {
        // A project's id is its anchor on the list and a key of the open data: it must need
        // no escaping in a URL or a CSV field.
        if !url_safe(&project.id) {
            return Err(syntax(
                at(file, line),
                format!(
                    "id `{}`: only lowercase letters, digits and hyphens",
                    project.id
                ),
            ));
        }
        if plan.unit_text(&project.source).is_none() {
            return Err(unknown(
                file,
                line,
                "paragraph or box entry",
                &project.source,
            ));
        }
        if let Some(id) = project
            .add
            .iter()
            .chain(&project.remove)
            .find(|id| !known_place(id))
        {
            return Err(unknown(file, line, "place", id));
        }
    }
    let (file, text) = tables.roles;
    let roles = parse_roles(file, text)?;
    for (role, line) in roles.iter().zip(lines(file, text)) {
        if plan.paragraph(&role.source).is_none() {
            return Err(unknown(file, line, "paragraph", &role.source));
        }
        if let Some(id) = role.members.iter().find(|id| !known_place(id)) {
            return Err(unknown(file, line, "place", id));
        }
    }
    let (file, text) = tables.terms;
    let terms = parse_terms(file, text)?;
    // What a typed word also searches for must be there to find: in the text, or a project's
    // name in the catalogue.
    let occurs = |word: &str| plan.uses(word) || projects.iter().any(|p| p.name.contains(word));
    for (term, line) in terms.iter().zip(lines(file, text)) {
        if let Some(word) = term.also.iter().find(|w| !occurs(w)) {
            return Err(syntax(
                at(file, line),
                format!("`{word}` (for `{}`) occurs nowhere in the plan", term.typed),
            ));
        }
    }
    let (file, text) = tables.progress;
    let evidence = parse_progress(file, text)?;
    let ids: Vec<&str> = projects.iter().map(|p| p.id.as_str()).collect();
    let known = |id: &str| ids.contains(&id) || plan.goal(id).is_some();
    check_progress(file, &evidence, &known, &ids)?;
    Ok(())
}

/// Lowercase ASCII letters, digits and hyphens, not empty.
fn url_safe(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// How errors name the map data.
pub const MAP_FILE: &str = concat!(env!("LANXI_CONTENT_LABEL"), "/region.txt");

/// The pack's map data, a malformed line named by file and line.
pub fn map(text: &str) -> Result<MapData, ContentError> {
    parse_map(text).map_err(|e| syntax(at(MAP_FILE, e.line), e.message))
}

/// Checks the embedded pack.
pub fn check() -> Result<(), ContentError> {
    check_with(&build_plan(&EMBEDDED)?, &TABLES)?;
    let (file, text) = super::content::sources::MAP_NAMES_SOURCE;
    super::geo::names::parse_names(file, text)?;
    map(MAP_SOURCE).map(|_| ())
}
