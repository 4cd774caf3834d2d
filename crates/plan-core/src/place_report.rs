//! What the plan says about one place: its roles, its own projects and passages (named for
//! it, for a site in it, for a river or range crossing it), and, for a county, those of the
//! city it belongs to (named for the whole city), each with the reason in words. A prefecture
//! rolls up its counties and sites.

use super::content::Plan;
use super::maps::svg::Counts;
pub use super::place_reasons::{city_reason, crossing, is_within, own_reason};
use super::places::{mentions, prefecture_of, Level, Place};
use super::projects::{resolve, Project, ProjectKind, Resolved, Tie, KINDS};
use super::roles::{roles_of, Role};
use super::search::{documents, snippet::snippet_of_width, Doc, DocKind, Snippet};

/// A project and why it concerns the place.
pub struct Concerned<'a> {
    /// The project with its places.
    pub resolved: Resolved<'a>,
    /// Why, in words (`因文中提到“刘家峡”（刘家峡位于本县）`).
    pub reasons: Vec<String>,
}

/// Projects grouped by kind, in catalogue order.
pub type ByKind<'a> = Vec<(ProjectKind, Vec<Concerned<'a>>)>;

/// Everything a place page shows.
pub struct PlaceReport<'a> {
    /// The place.
    pub place: &'a Place,
    /// Its prefecture(s) (for a county).
    pub prefectures: Vec<&'a Place>,
    /// The places it rolls up: counties (for a prefecture or province), sites and rivers.
    pub within: Vec<&'a Place>,
    /// Roles the plan gives it: (role, source id, quote).
    pub roles: Vec<(String, String, String)>,
    /// Its own projects.
    pub projects: ByKind<'a>,
    /// Projects of the city it belongs to (named for the whole city), for a county.
    pub inherited: ByKind<'a>,
    /// Passages that name it or a place within it, with the names marked.
    pub passages: Vec<(Doc, Snippet)>,
    /// Passages that name no more of it than a river or range crossing it, by that river or
    /// range (the first it names): the same passages stand on every page along the river, so
    /// they are listed by where they stand.
    pub by_feature: Vec<(&'a Place, Vec<Doc>)>,
    /// Passages that name its city (and not it), for a county: listed by where they stand,
    /// as the city's own page shows their text.
    pub inherited_passages: Vec<Doc>,
}

impl PlaceReport<'_> {
    /// How many own projects.
    pub fn own_count(&self) -> usize {
        self.projects.iter().map(|(_, list)| list.len()).sum()
    }

    /// How many inherited projects.
    pub fn inherited_count(&self) -> usize {
        self.inherited.iter().map(|(_, list)| list.len()).sum()
    }
}

/// The gazetteer as passages are read: a place removed from a project by hand is not found
/// in that project's words anywhere in the text (a city named inside an airport's name).
pub fn passage_places(places: &[Place], projects: &[Project]) -> Vec<Place> {
    places
        .iter()
        .map(|p| {
            let mut q = p.clone();
            for project in projects.iter().filter(|j| j.remove.contains(&p.adcode)) {
                q.except.push(project.name.clone());
                if !project.quote.is_empty() {
                    q.except.push(project.quote.clone());
                }
            }
            q
        })
        .collect()
}

fn group<'a>(list: Vec<Concerned<'a>>) -> ByKind<'a> {
    let mut grouped: ByKind<'a> = Vec::new();
    for item in list {
        let kind = item.resolved.project.kind;
        match grouped.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, items)) => items.push(item),
            None => grouped.push((kind, vec![item])),
        }
    }
    grouped.sort_by_key(|(k, _)| KINDS.iter().position(|x| x == k));
    grouped
}

/// Characters of a passage shown on a place page (a province's lists over a hundred).
const OWN_SNIPPET: usize = 60;

/// The passage's snippet with `words` marked, `width` characters at most.
fn marked(doc: &Doc, words: &[String], width: usize) -> Snippet {
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
    snippet_of_width(&doc.text, &ranges, width)
}

/// Passages by the page they stand on, in the plan's order: (where, passages there).
pub fn by_page(passages: &[Doc]) -> Vec<(&str, Vec<&Doc>)> {
    let mut pages: Vec<(&str, Vec<&Doc>)> = Vec::new();
    for doc in passages {
        match pages.last_mut() {
            Some((trail, list)) if *trail == doc.group.as_str() => list.push(doc),
            _ => pages.push((doc.group.as_str(), vec![doc])),
        }
    }
    pages
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
    let cities: Vec<&Place> = if place.level == Level::County {
        prefecture_of(places, place)
    } else {
        Vec::new()
    };
    let (mut own, mut inherited) = (Vec::new(), Vec::new());
    for project in projects {
        let resolved = resolve(project, plan, places);
        let reasons: Vec<String> = resolved
            .places
            .iter()
            .filter_map(|(p, tie)| own_reason(places, p, tie, &project.note, place))
            .collect();
        if !reasons.is_empty() {
            own.push(Concerned { resolved, reasons });
            continue;
        }
        let reasons: Vec<String> = resolved
            .places
            .iter()
            .flat_map(|(p, tie)| {
                cities
                    .iter()
                    .filter_map(move |c| city_reason(p, tie, place, c))
            })
            .collect();
        if !reasons.is_empty() {
            inherited.push(Concerned { resolved, reasons });
        }
    }
    let readable = passage_places(places, projects);
    let (mut passages, mut by_feature, mut inherited_passages) =
        (Vec::new(), Vec::<(&Place, Vec<Doc>)>::new(), Vec::new());
    // A project's own entry is left out: the page lists the project already.
    for doc in documents(plan)
        .into_iter()
        .filter(|d| d.kind != DocKind::Project)
    {
        let found = mentions(&readable, &doc.text);
        let own: Vec<_> = found
            .iter()
            .filter(|m| is_within(&readable, m.place, place))
            .collect();
        if own.iter().any(|m| m.place.level != Level::Feature) {
            let words: Vec<String> = own.iter().map(|m| m.words.clone()).collect();
            let cut = marked(&doc, &words, OWN_SNIPPET);
            passages.push((doc, cut));
            continue;
        }
        let feature = own
            .first()
            .and_then(|m| places.iter().find(|p| p.adcode == m.place.adcode));
        if let Some(feature) = feature {
            match by_feature
                .iter_mut()
                .find(|(f, _)| f.adcode == feature.adcode)
            {
                Some((_, list)) => list.push(doc),
                None => by_feature.push((feature, vec![doc])),
            }
            continue;
        }
        let names_city = found.iter().any(|m| {
            cities
                .iter()
                .any(|c| city_reason(m.place, &Tie::ByHand, place, c).is_some())
        });
        if names_city {
            inherited_passages.push(doc);
        }
    }
    PlaceReport {
        place,
        prefectures: cities,
        within,
        roles: roles_of(plan, place, places, roles, projects),
        projects: group(own),
        inherited: group(inherited),
        passages,
        by_feature,
        inherited_passages,
    }
}

/// The sentence under a place's project count: own and inherited told apart, and a reason
/// whenever the place has none of its own.
pub fn project_summary(name: &str, own: usize, inherited: usize, cities: &str) -> String {
    match (own, inherited) {
        (0, 0) => format!("规划没有点名{name}、其境内地点或流经的河流的项目。"),
        (0, n) => format!("文中没有点名{name}的项目；下面列出所属{cities}的 {n} 个项目，它们在文中写的是整个市州。"),
        (n, 0) => format!("{n} 个项目点名{name}、其境内地点或流经的河流。"),
        (n, m) => format!("{n} 个项目点名{name}、其境内地点或流经的河流；另有所属{cities}的 {m} 个项目。"),
    }
}

/// The places whose own project `resolved` is (their page lists it: named for them, a site in
/// them, a river crossing them, or a county within them), and the counties that take it from
/// their city.
pub fn concerned_places<'a>(
    places: &'a [Place],
    resolved: &Resolved<'_>,
) -> (Vec<&'a Place>, Vec<&'a Place>) {
    let (mut own, mut city) = (Vec::new(), Vec::new());
    for candidate in places.iter().filter(|p| p.level.has_page()) {
        if resolved
            .places
            .iter()
            .any(|(p, _)| is_within(places, p, candidate))
        {
            own.push(candidate);
        } else if candidate.level == Level::County
            && prefecture_of(places, candidate).iter().any(|c| {
                resolved
                    .places
                    .iter()
                    .any(|(p, tie)| city_reason(p, tie, candidate, c).is_some())
            })
        {
            city.push(candidate);
        }
    }
    (own, city)
}

/// How many projects are each county's own and how many it takes from its city (what its
/// page and the maps count).
pub fn county_counts(plan: &Plan, places: &[Place], projects: &[Project]) -> Counts {
    let mut counts = Counts::new();
    for project in projects {
        let resolved = resolve(project, plan, places);
        let (own, city) = concerned_places(places, &resolved);
        for county in own.into_iter().filter(|c| c.level == Level::County) {
            counts.entry(county.adcode.clone()).or_insert((0, 0)).0 += 1;
        }
        for county in city {
            counts.entry(county.adcode.clone()).or_insert((0, 0)).1 += 1;
        }
    }
    counts
}
