//! A query that names a place (any of its names: today's, former, short, pinyin) leads with
//! that place's page, before the passages: 城关区 is never written in the plan, yet its page
//! lists 31 projects that concern it, and a reader who types it wants that page, not 「没有找到」.
//! The counts are those the place page shows (computed once at build time, [`page_counts`]).

use crate::content::Plan;
use crate::html::escape;
use crate::place_report::report;
use crate::places::{named_by, place, typed_name, Level, Place};
use crate::projects::Project;
use crate::roles::Role;
use crate::routes::Route;
use serde::{Deserialize, Serialize};
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

/// A card as the results show it, written at build time: the page, what the place is, and
/// what its page counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The place's page.
    pub href: String,
    /// Its level in words (`县区`).
    pub level: String,
    /// Its name.
    pub name: String,
    /// The group, site or river the typed name stands for, and how (`兰白包括`), or empty.
    pub through: String,
    /// Its page's projects (its own and its city's) and passages, where it has a page count.
    pub counts: Option<(u32, u16)>,
}

/// Every name a reader may type for a place, with the cards it leads with: what
/// [`place_cards`] answers, decided at build time, so the browser needs no gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CardTable {
    /// The cards.
    pub cards: Vec<Card>,
    /// A typed name (as [`typed_name`] writes it) and its cards, by index.
    pub names: Vec<(String, Vec<u16>)>,
}

impl CardTable {
    /// The table of every name of every place (`counts` as the pages show them; a place
    /// missing from it gets a card without counts).
    pub fn new(places: &'static [Place], counts: &[PageCount]) -> CardTable {
        let mut table = CardTable::default();
        for place in places {
            let mut typed: Vec<String> = place
                .chinese_names()
                .into_iter()
                .map(str::to_string)
                .collect();
            typed.push(place.pinyin.replace(' ', ""));
            for name in typed.iter().map(|n| typed_name(n)) {
                if name.is_empty() || table.names.iter().any(|(n, _)| *n == name) {
                    continue;
                }
                let found = place_cards(places, &name);
                if found.is_empty() {
                    continue;
                }
                let at: Vec<u16> = found
                    .iter()
                    .map(|card| table.index_of(card, counts))
                    .collect();
                table.names.push((name, at));
            }
        }
        table
    }

    fn index_of(&mut self, card: &PlaceCard<'static>, counts: &[PageCount]) -> u16 {
        let p = card.place;
        let through = card.through.map_or(String::new(), |t| {
            let how = if t.level == Level::Group {
                "包括"
            } else {
                "在"
            };
            format!("{}{how}", t.name)
        });
        let counts = counts
            .iter()
            .find(|c| c.id == p.adcode)
            .map(|c| (u32::from(c.own) + u32::from(c.city), c.passages));
        let card = Card {
            href: Route::Place(&p.adcode).href(),
            level: p.level.label().to_string(),
            name: p.name.clone(),
            through,
            counts,
        };
        let at = match self.cards.iter().position(|c| *c == card) {
            Some(at) => at,
            None => {
                self.cards.push(card);
                self.cards.len() - 1
            }
        };
        u16::try_from(at).unwrap_or(u16::MAX)
    }

    /// The cards a query names.
    pub fn named(&self, query: &str) -> Vec<&Card> {
        let typed = typed_name(query);
        self.names
            .iter()
            .find(|(n, _)| *n == typed)
            .map(|(_, at)| {
                at.iter()
                    .filter_map(|i| self.cards.get(usize::from(*i)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The cards a query names as the first results: `地方 · 县区` 城关区 — 项目 31 · 原文 2
    /// 段 (its own projects and its city's, as its page lists them); empty if it names none.
    pub fn html(&self, query: &str) -> String {
        let cards = self.named(query);
        let mut out = String::new();
        if cards.is_empty() {
            return out;
        }
        out.push_str("<section class=\"search-group search-places\"><h2>地方</h2><ol>");
        for card in cards {
            let _ = write!(
                out,
                "<li><a class=\"place-card\" href=\"{}\"><span class=\"trail\">地方 · {}</span><span class=\"snippet\">{}<strong>{}</strong>",
                card.href,
                card.level,
                escape(&card.through),
                escape(&card.name)
            );
            if let Some((projects, passages)) = card.counts {
                let _ = write!(out, " — 项目 {projects} · 原文 {passages} 段");
            }
            out.push_str("</span></a></li>");
        }
        out.push_str("</ol></section>");
        out
    }
}
