//! The content's version: a hash of every content file the site and its open data are built
//! from, shown on the data page and written into `plan.json`.

use super::content::{
    GOALS_SOURCE, HEADLINE_FIGURES_SOURCE, META_SOURCE, PLAN_SOURCES, SCOPE_SOURCE,
};
use crate::content::sources::{PLACES_SOURCE, PROJECTS_SOURCE, ROLES_SOURCE};

/// The data's version: a hash of every content file it is built from (FNV-1a, 64 bits).
pub fn content_version() -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let files = PLAN_SOURCES.iter().chain([
        &META_SOURCE,
        &SCOPE_SOURCE,
        &HEADLINE_FIGURES_SOURCE,
        &GOALS_SOURCE,
        &("places", PLACES_SOURCE.1),
        &("projects", PROJECTS_SOURCE.1),
        &("roles", ROLES_SOURCE.1),
    ]);
    for (_, text) in files {
        for byte in text.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
