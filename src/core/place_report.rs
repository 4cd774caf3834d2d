//! What the plan says about one place: its roles, its projects grouped by kind, and every
//! passage that names it or a place within it, with the names marked. A prefecture rolls up
//! its counties and sites; a county takes in its sites.

use super::content::Plan;
use super::places::{mentions, prefecture_of, Level, Place};
use super::projects::{resolve, Project, ProjectKind, Resolved, KINDS};
use super::roles::{roles_of, Role};
use super::search::{documents, snippet::snippet, Doc, Snippet};

/// Everything a place page shows.
pub struct PlaceReport<'a> {
    /// The place.
    pub place: &'a Place,
    /// Its prefecture(s) (for a county).
    pub prefectures: Vec<&'a Place>,
    /// The places it rolls up: counties (for a prefecture or province) and sites.
    pub within: Vec<&'a Place>,
    /// Roles the plan gives it: (role, source id, quote).
    pub roles: Vec<(String, String, String)>,
    /// Its projects, grouped by kind in catalogue order.
    pub projects: Vec<(ProjectKind, Vec<Resolved<'a>>)>,
    /// Passages that name it, with the names marked.
    pub passages: Vec<(Doc, Snippet)>,
}

/// Whether `p` lies within `root` (or is it).
pub fn is_within(places: &[Place], p: &Place, root: &Place) -> bool {
    if p.adcode == root.adcode {
        return true;
    }
    p.parents.iter().any(|id| {
        places
            .iter()
            .find(|q| q.adcode == *id)
            .is_some_and(|parent| is_within(places, parent, root))
    })
}

/// Builds the report for `place`.
pub fn report<'a>(
    plan: &'static Plan,
    places: &'a [Place],
    projects: &'a [Project],
    roles: &[Role],
    place: &'a Place,
) -> PlaceReport<'a> {
    let within: Vec<&Place> = places
        .iter()
        .filter(|p| p.adcode != place.adcode && is_within(places, p, place))
        .collect();
    let in_family = |p: &Place| is_within(places, p, place);
    let mut grouped: Vec<(ProjectKind, Vec<Resolved<'a>>)> = Vec::new();
    for project in projects {
        let resolved = resolve(project, plan, places);
        if resolved.places.iter().any(|(p, _)| in_family(p)) {
            match grouped.iter_mut().find(|(k, _)| *k == project.kind) {
                Some((_, list)) => list.push(resolved),
                None => grouped.push((project.kind, vec![resolved])),
            }
        }
    }
    grouped.sort_by_key(|(k, _)| KINDS.iter().position(|x| x == k));
    let mut passages = Vec::new();
    for doc in documents(plan) {
        let words: Vec<String> = mentions(places, &doc.text)
            .into_iter()
            .filter(|m| in_family(m.place))
            .map(|m| m.words)
            .collect();
        if words.is_empty() {
            continue;
        }
        let mut ranges: Vec<(usize, usize)> = words
            .iter()
            .flat_map(|w| {
                doc.text
                    .match_indices(w.as_str())
                    .map(|(i, m)| (i, i + m.len()))
            })
            .collect();
        ranges.sort_unstable();
        ranges.dedup_by(|b, a| b.0 < a.1);
        let cut = snippet(&doc.text, &ranges);
        passages.push((doc, cut));
    }
    let prefectures = if place.level == Level::County {
        prefecture_of(places, place)
    } else {
        Vec::new()
    };
    PlaceReport {
        place,
        prefectures,
        within,
        roles: roles_of(place, places, roles, projects),
        projects: grouped,
        passages,
    }
}
