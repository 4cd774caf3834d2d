//! A query that names a place (any of its names: today's, former, short, pinyin) leads with
//! that place's page, before the passages: 城关区 is never written in the plan, yet its page
//! lists 31 projects that concern it, and a reader who types it wants that page, not 「没有找到」.
//! The counts are those the place page shows (computed once at build time, [`page_counts`]).

use crate::content::Plan;
use crate::html::escape;
use crate::place_report::report;
use crate::places::{named_by, place, Level, Place};
use crate::projects::Project;
use crate::roles::Role;
use crate::routes::Route;
use std::fmt::Write;

/// What a place's page counts: its own projects, its city's, and the passages naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageCount {
    /// The place's id.
    pub id: &'static str,
    /// Projects of its own (named for it, a site in it, a river crossing it).
    pub own: u16,
    /// Projects of the city it belongs to.
    pub city: u16,
    /// Passages naming it or a place in it.
    pub passages: u16,
}

/// The counts of every place with a page, as its page shows them (what `build.rs` writes for
/// the browser).
pub fn page_counts(
    plan: &'static Plan,
    places: &'static [Place],
    projects: &[Project],
    roles: &[Role],
) -> Vec<PageCount> {
    let small = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    places
        .iter()
        .filter(|p| p.level.has_page())
        .map(|p| {
            let r = report(plan, places, projects, roles, p);
            PageCount {
                id: p.adcode.as_str(),
                own: small(r.own_count()),
                city: small(r.inherited_count()),
                passages: small(r.passages.len()),
            }
        })
        .collect()
}

/// A place a query names, and where its page is.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceCard<'a> {
    /// The place with a page (a group's member, a site's or river's unit).
    pub place: &'a Place,
    /// The name typed stands for a group, site or river: it, shown before the place.
    pub through: Option<&'a Place>,
}

/// The places a query names exactly (no prefix: 城 names none), each a unit with a page; a
/// group (兰白) stands for its members, a site (青海湖) for the units it lies in. A river or
/// range is left to the passages: it crosses too many units to lead with.
pub fn place_cards<'a>(places: &'a [Place], query: &str) -> Vec<PlaceCard<'a>> {
    let mut out: Vec<PlaceCard<'a>> = Vec::new();
    for found in named_by(places, query) {
        if found.level.has_page() {
            out.push(PlaceCard {
                place: found,
                through: None,
            });
            continue;
        }
        if found.level == Level::Feature {
            continue;
        }
        for unit in found
            .parents
            .iter()
            .filter_map(|id| place(places, id))
            .filter(|u| u.level.has_page())
        {
            if !out.iter().any(|c| c.place.adcode == unit.adcode) {
                out.push(PlaceCard {
                    place: unit,
                    through: Some(found),
                });
            }
        }
    }
    out
}

/// The cards as the first results: `地方 · 县区` 城关区 — 项目 31 · 原文 2 段 (its own projects
/// and its city's, as its page lists them).
pub fn cards_html(cards: &[PlaceCard<'static>], counts: &[PageCount]) -> String {
    let mut out = String::new();
    if cards.is_empty() {
        return out;
    }
    out.push_str("<section class=\"search-group search-places\"><h2>地方</h2><ol>");
    for card in cards {
        let p = card.place;
        let count = counts.iter().find(|c| c.id == p.adcode);
        let through = card.through.map_or(String::new(), |t| {
            let how = if t.level == Level::Group {
                "包括"
            } else {
                "在"
            };
            format!("{}{how}", t.name)
        });
        let _ = write!(
            out,
            "<li><a class=\"place-card\" href=\"{}\"><span class=\"trail\">地方 · {}</span><span class=\"snippet\">{}<strong>{}</strong>",
            Route::Place(&p.adcode).href(),
            p.level.label(),
            escape(&through),
            escape(&p.name)
        );
        if let Some(c) = count {
            let _ = write!(
                out,
                " — 项目 {} · 原文 {} 段",
                u32::from(c.own) + u32::from(c.city),
                c.passages
            );
        }
        out.push_str("</span></a></li>");
    }
    out.push_str("</ol></section>");
    out
}
