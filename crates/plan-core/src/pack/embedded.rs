//! The pack this build embeds, each file parsed once: the one place the engine's data comes
//! from. Engine functions take what they need as arguments; the pages, the pre-renderer and
//! the tests get it here. `build.rs` has checked the same files ([`super::check`]), so an
//! error here means a build that skipped the check, and a page says so rather than fail.

use super::map;
use crate::content::figure_elements::{self, FigureElements};
use crate::content::sources::{FIGURE_ELEMENTS_SOURCE, MAP_SOURCE};
use crate::content::tsv::{parsed_once, Parsed};
use crate::content::{embedded_plan, ContentError, Plan};
use crate::geo::mapdata::MapData;
use crate::places::{parse_places, Place};
use crate::progress::{parse_progress, Evidence};
use crate::projects::{parse_projects, Project};
use crate::roles::{parse_roles, Role};
use crate::search::terms::{parse_terms, SearchTerm};
use crate::search::IndexFile;

/// The embedded plan, parsed once. `build.rs` has already validated the same sources, so an
/// error here means a build that skipped it; views show it rather than panic.
pub fn plan() -> Result<&'static Plan, &'static ContentError> {
    static PLAN: std::sync::OnceLock<Result<Plan, ContentError>> = std::sync::OnceLock::new();
    PLAN.get_or_init(embedded_plan).as_ref()
}

/// What the figures draw (`content/figures.tsv`), parsed once; `build.rs` has validated it
/// against the plan.
pub fn figure_elements() -> Result<&'static FigureElements, &'static ContentError> {
    static TABLE: std::sync::OnceLock<Result<FigureElements, ContentError>> =
        std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            let (file, text) = FIGURE_ELEMENTS_SOURCE;
            figure_elements::parse_figure_elements(file, text)
        })
        .as_ref()
}

/// The embedded gazetteer, parsed once.
pub fn places() -> Result<&'static [Place], &'static ContentError> {
    static PLACES: Parsed<Place> = std::sync::OnceLock::new();
    parsed_once(&PLACES, || {
        parse_places(
            crate::content::sources::PLACES_SOURCE.0,
            crate::content::sources::PLACES_SOURCE.1,
        )
    })
}

/// The embedded catalogue, parsed once.
pub fn projects() -> Result<&'static [Project], &'static ContentError> {
    static PROJECTS: Parsed<Project> = std::sync::OnceLock::new();
    parsed_once(&PROJECTS, || {
        parse_projects(
            crate::content::sources::PROJECTS_SOURCE.0,
            crate::content::sources::PROJECTS_SOURCE.1,
        )
    })
}

/// The embedded roles table, parsed once.
pub fn roles() -> Result<&'static [Role], &'static ContentError> {
    static ROLES: Parsed<Role> = std::sync::OnceLock::new();
    parsed_once(&ROLES, || {
        parse_roles(
            crate::content::sources::ROLES_SOURCE.0,
            crate::content::sources::ROLES_SOURCE.1,
        )
    })
}

/// The embedded table, parsed once (the build has checked it).
pub fn progress() -> Result<&'static [Evidence], &'static ContentError> {
    static ROWS: std::sync::OnceLock<Result<Vec<Evidence>, ContentError>> =
        std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        parse_progress(
            crate::content::sources::PROGRESS_SOURCE.0,
            crate::content::sources::PROGRESS_SOURCE.1,
        )
        .map(|rows| rows.into_iter().map(|(_, r)| r).collect())
    })
    .as_ref()
    .map(Vec::as_slice)
}

/// The embedded table, parsed once.
pub fn search_terms() -> Result<&'static [SearchTerm], &'static ContentError> {
    static TERMS: Parsed<SearchTerm> = std::sync::OnceLock::new();
    parsed_once(&TERMS, || {
        parse_terms(
            crate::content::sources::TERMS_SOURCE.0,
            crate::content::sources::TERMS_SOURCE.1,
        )
    })
}

/// The whole pack, loaded: what the pages read.
#[derive(Debug)]
pub struct Site {
    /// The plan: text, metadata, goals.
    pub plan: &'static Plan,
    /// The gazetteer.
    pub places: &'static [Place],
    /// The catalogue.
    pub projects: &'static [Project],
    /// The roles places play.
    pub roles: &'static [Role],
    /// The map data.
    pub map: &'static MapData,
}

/// The embedded pack, loaded once; `build.rs` has checked the same files, so an error here
/// means a build that skipped the check, and the page says so rather than fail.
pub fn site() -> Result<&'static Site, &'static ContentError> {
    static SITE: std::sync::OnceLock<Result<Site, ContentError>> = std::sync::OnceLock::new();
    static MAP: std::sync::OnceLock<Result<MapData, ContentError>> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        Ok(Site {
            plan: plan().map_err(Clone::clone)?,
            places: places().map_err(Clone::clone)?,
            projects: projects().map_err(Clone::clone)?,
            roles: roles().map_err(Clone::clone)?,
            map: MAP
                .get_or_init(|| map(MAP_SOURCE))
                .as_ref()
                .map_err(Clone::clone)?,
        })
    })
    .as_ref()
}

/// The map data of the embedded pack (the pages take it with the rest from [`site`]).
pub fn map_data() -> Option<&'static MapData> {
    site().ok().map(|site| site.map)
}

/// The height of every map when drawn 1000 wide (they share one projection), for the size
/// of the figure images in the text.
pub fn figure_height() -> u32 {
    map_data().map_or(800, |data| {
        crate::maps::svg::projection(data).1.round() as u32
    })
}

/// The index file of the embedded pack, as the site publishes it: every unit, every name, and
/// the place cards with what each page counts.
pub fn embedded_index_file() -> Result<IndexFile, &'static ContentError> {
    let plan = plan()?;
    let places = places()?;
    let projects = projects()?;
    let roles = roles()?;
    let terms = search_terms()?;
    let progress = progress()?;
    let counts = crate::search::place_cards::page_counts(plan, places, projects, roles);
    Ok(crate::search::index_file(
        crate::units::documents(plan, projects, progress),
        places,
        terms,
        crate::search::place_cards::CardTable::new(places, &counts),
    ))
}

/// The index of the embedded pack, built on first use (tests, benchmarks).
pub fn embedded_index() -> Option<&'static crate::search::SearchIndex> {
    static INDEX: std::sync::OnceLock<Option<crate::search::SearchIndex>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            embedded_index_file()
                .ok()
                .map(crate::search::SearchIndex::read)
        })
        .as_ref()
}
