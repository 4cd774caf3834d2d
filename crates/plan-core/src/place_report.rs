//! What the plan says about one place: its roles, its projects and passages, most direct
//! first — named for it, for a site or unit in it, for the city it belongs to (a county), for
//! a river or range crossing it where the text is about that river — each with the reason in
//! words. A prefecture rolls up its counties and sites.

use super::content::Plan;
use super::maps::svg::Counts;
pub use super::place_reasons::{city_reason, crossing, here_word, own_reason, Reach};
use super::places::is_within;
use super::places::{occurrences, prefecture_of, Level, Mention, Place};
use super::projects::{resolve, Project, Resolved, Tie, KINDS};
use super::relevance::{in_scope, read, Reading};
use super::roles::{roles_of, Role};
use super::snippet::{snippet_of_width, Snippet};
use super::units::{documents, Doc, DocKind};

/// A project, how directly it concerns the place, and why.
pub struct Concerned<'a> {
    /// The project with its places.
    pub resolved: Resolved<'a>,
    /// The most direct of its ties to the place.
    pub reach: Reach,
    /// Why, in words (`因文中提到“刘家峡”（刘家峡位于本县）`).
    pub reasons: Vec<String>,
}

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
    /// Its own projects (named for it, a site or unit in it, a river crossing it), most direct
    /// first, by kind within each reach.
    pub projects: Vec<Concerned<'a>>,
    /// Projects of the city it belongs to (named for the whole city), for a county.
    pub inherited: Vec<Concerned<'a>>,
    /// Passages that name it or a place within it, with the names marked.
    pub passages: Vec<(Doc, Snippet)>,
    /// Passages about a river or range crossing it that name no more of it, by that river or
    /// range (the first it names): the same passages stand on every page along the river, so
    /// they are listed by where they stand.
    pub by_feature: Vec<(&'a Place, Vec<Doc>)>,
    /// Passages that name its city (and not it), for a county: listed by where they stand,
    /// as the city's own page shows their text.
    pub inherited_passages: Vec<Doc>,
}

impl<'a> PlaceReport<'a> {
    /// How many own projects.
    pub fn own_count(&self) -> usize {
        self.projects.len()
    }

    /// How many inherited projects.
    pub fn inherited_count(&self) -> usize {
        self.inherited.len()
    }

    /// How many projects reach it so (own or inherited).
    pub fn count(&self, reach: Reach) -> usize {
        self.tier(reach).len()
    }

    /// The projects that reach it so, in the page's order.
    pub fn tier(&self, reach: Reach) -> Vec<&Concerned<'a>> {
        self.projects
            .iter()
            .chain(&self.inherited)
            .filter(|c| c.reach == reach)
            .collect()
    }

    /// How many passages it lists through rivers and ranges.
    pub fn feature_passage_count(&self) -> usize {
        self.by_feature.iter().map(|(_, docs)| docs.len()).sum()
    }

    /// The rivers and ranges crossing it through which projects reach it.
    pub fn features(&self) -> Vec<&'a Place> {
        let along = self.tier(Reach::Along);
        self.within
            .iter()
            .copied()
            .filter(|f| f.level == Level::Feature)
            .filter(|f| {
                along
                    .iter()
                    .any(|c| c.resolved.places.iter().any(|(p, _)| p.adcode == f.adcode))
            })
            .collect()
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

/// Most direct first; within a reach, in the catalogue's order of kinds.
fn ordered(mut list: Vec<Concerned<'_>>) -> Vec<Concerned<'_>> {
    list.sort_by_key(|c| {
        let kind = c.resolved.project.kind;
        (c.reach, KINDS.iter().position(|k| *k == kind))
    });
    list
}

/// Characters of a passage shown on a place page (a province's lists over a hundred).
const OWN_SNIPPET: usize = 52;

/// The passage's snippet with the places' words marked where they name them (not 海东 inside
/// 青海东部), `width` characters at most.
fn marked(doc: &Doc, named: &[&Mention<'_>], width: usize) -> Snippet {
    let mut ranges: Vec<(usize, usize)> = named
        .iter()
        .flat_map(|m| occurrences(m.place, &m.words, &doc.text))
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

/// Whether a passage read as `reading` concerns `place` through `m`: a unit or site named
/// always; a river, range or group only inside the units its bold lead keeps them to.
fn reaches(places: &[Place], reading: &Reading<'_>, m: &Place, place: &Place) -> bool {
    is_within(places, m, place)
        && (!matches!(m.level, Level::Feature | Level::Group)
            || in_scope(places, &reading.scope, place))
}

/// The own and inherited projects of `place` (a county inherits from `cities`).
fn concerned_projects<'a>(
    plan: &Plan,
    places: &'a [Place],
    projects: &'a [Project],
    place: &'a Place,
    cities: &[&'a Place],
) -> (Vec<Concerned<'a>>, Vec<Concerned<'a>>) {
    let (mut own, mut inherited) = (Vec::new(), Vec::new());
    for project in projects {
        let resolved = resolve(project, plan, places);
        let tied: Vec<(Reach, String)> = resolved
            .ties_for(places, place)
            .filter_map(|(p, tie)| own_reason(places, p, tie, &project.note, place))
            .collect();
        if let Some(reach) = tied.iter().map(|(r, _)| *r).min() {
            let reasons = tied.into_iter().map(|(_, why)| why).collect();
            own.push(Concerned {
                resolved,
                reach,
                reasons,
            });
            continue;
        }
        let reasons: Vec<String> = resolved
            .ties_for(places, place)
            .flat_map(|(p, tie)| {
                cities
                    .iter()
                    .filter_map(move |c| city_reason(p, tie, place, c))
            })
            .collect();
        if !reasons.is_empty() {
            inherited.push(Concerned {
                resolved,
                reach: Reach::City,
                reasons,
            });
        }
    }
    (ordered(own), ordered(inherited))
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
    let (own, inherited) = concerned_projects(plan, places, projects, place, &cities);
    let readable = passage_places(places, projects);
    let context = &plan.meta.feature_context;
    let (mut passages, mut by_feature, mut inherited_passages) =
        (Vec::new(), Vec::<(&Place, Vec<Doc>)>::new(), Vec::new());
    // A project's own entry is left out (no catalogue given): the page lists the project.
    for doc in documents(plan, &[], &[])
        .into_iter()
        .filter(|d| d.kind != DocKind::Project)
    {
        let lead = doc.text.get(..doc.lead_len).unwrap_or_default();
        let reading = read(&readable, context, lead, &doc.text);
        let own: Vec<_> = reading
            .reached
            .iter()
            .filter(|r| reaches(&readable, &reading, r.mention.place, place))
            .collect();
        if own.iter().any(|r| r.mention.place.level != Level::Feature) {
            let named: Vec<&Mention<'_>> = own.iter().map(|r| &r.mention).collect();
            let cut = marked(&doc, &named, OWN_SNIPPET);
            passages.push((doc, cut));
            continue;
        }
        let feature = own
            .first()
            .and_then(|r| places.iter().find(|p| p.adcode == r.mention.place.adcode));
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
        let names_city = reading.reached.iter().any(|r| {
            cities.iter().any(|c| {
                reaches(&readable, &reading, r.mention.place, c)
                    && city_reason(r.mention.place, &Tie::ByHand, place, c).is_some()
            })
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
        projects: own,
        inherited,
        passages,
        by_feature,
        inherited_passages,
    }
}

/// Every passage about a river or range (its basin, banks, reservoirs), in reading order: the
/// places page lists them once under it, and each page along it links there.
pub fn feature_passages(
    plan: &'static Plan,
    places: &[Place],
    projects: &[Project],
    feature: &Place,
) -> Vec<Doc> {
    let readable = passage_places(places, projects);
    documents(plan, &[], &[])
        .into_iter()
        .filter(|d| d.kind != DocKind::Project)
        .filter(|d| {
            let lead = d.text.get(..d.lead_len).unwrap_or_default();
            read(&readable, &plan.meta.feature_context, lead, &d.text)
                .reached
                .iter()
                .any(|r| r.mention.place.adcode == feature.adcode)
        })
        .collect()
}

/// The line a place page opens its projects with: how many name it (sites in it included),
/// how many come from its city, how many from the rivers and ranges crossing it, and how many
/// passages name it — the same counts the headings, maps and search show.
pub fn place_summary(r: &PlaceReport<'_>) -> String {
    let here = here_word(r.place);
    let (named, within) = (r.count(Reach::Named), r.count(Reach::Within));
    let mut parts = vec![if within > 0 {
        format!(
            "{here}直接点名 {} 项（其中境内地点 {within} 项）",
            named + within
        )
    } else {
        format!("{here}直接点名 {named} 项")
    }];
    if !r.prefectures.is_empty() {
        let cities: Vec<&str> = r.prefectures.iter().map(|c| c.name.as_str()).collect();
        parts.push(format!(
            "所属{} {} 项",
            cities.join("、"),
            r.count(Reach::City)
        ));
    }
    let features: Vec<&str> = r.features().iter().map(|f| f.name.as_str()).collect();
    if !features.is_empty() {
        parts.push(format!(
            "流经的{} {} 项",
            features.join("、"),
            r.count(Reach::Along)
        ));
    }
    format!(
        "{}；原文直接提到{here} {} 段。",
        parts.join("，"),
        r.passages.len()
    )
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
            .ties_for(places, candidate)
            .any(|(p, _)| is_within(places, p, candidate))
        {
            own.push(candidate);
        } else if candidate.level == Level::County
            && prefecture_of(places, candidate).iter().any(|c| {
                resolved
                    .ties_for(places, candidate)
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
