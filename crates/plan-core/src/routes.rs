//! The site's routes as typed values: parsed from and written to URL paths, listed for the
//! pre-renderer and the sitemap, and described (title, summary) for `<head>` and link previews.

use super::content::Plan;
use super::places::Place;

/// Where the site is hosted below the domain, without a trailing slash (`""` or `/plan`).
/// Set at build time with the `LANXI_BASE` environment variable.
pub const BASE: &str = match option_env!("LANXI_BASE") {
    Some(base) => base,
    None => "",
};

/// One page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// `/`: the plan at a glance.
    Home,
    /// `/c6/`: a whole chapter.
    Chapter(u8),
    /// `/c6/s1/`: one section.
    Section(u8, u8),
    /// `/search/?q=…`: full-text search.
    Search,
    /// `/places/`: find a place.
    Places,
    /// `/place/<adcode>/`: what the plan says about one place.
    Place(&'static str),
    /// `/projects/?kind=…&place=…&box=…`: the project catalogue, filtered.
    Projects,
    /// `/progress/`: what became of each project since the plan, with the sources.
    Progress,
    /// `/map/<n>/`: figure n of the plan as an interactive map.
    Map(u8),
    /// `/goals/`: what the plan promises, by when.
    Goals,
    /// `/goals/<id>/`: one positioning, principle, goal or target.
    Goal(&'static str),
    /// `/data/`: the plan as open data, to download and cite.
    Data,
    /// `/print/`: the whole plan on one page, to print.
    Print,
    /// Anything else.
    NotFound,
}

/// `c6` → 6; `s1` → 1 (with the given prefix).
fn number(segment: &str, prefix: char) -> Option<u8> {
    let digits = segment.strip_prefix(prefix)?;
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Route {
    /// Parses the path of a URL (below [`BASE`]); unknown or malformed paths are `NotFound`.
    pub fn parse(plan: &'static Plan, places: &'static [Place], path: &str) -> Route {
        let path = path.strip_prefix(BASE).unwrap_or(path);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let route = match segments.as_slice() {
            [] => Route::Home,
            ["search"] => Route::Search,
            ["goals"] => Route::Goals,
            ["places"] => Route::Places,
            ["data"] => Route::Data,
            ["print"] => Route::Print,
            ["map", n] => plan
                .figures()
                .iter()
                .find(|f| f.number.to_string() == *n)
                .map_or(Route::NotFound, |f| Route::Map(f.number)),
            ["projects"] => Route::Projects,
            ["progress"] => Route::Progress,
            ["place", id] => places
                .iter()
                .find(|p| p.adcode == *id && p.level.has_page())
                .map_or(Route::NotFound, |p| Route::Place(p.adcode.as_str())),
            ["goals", id] => plan
                .goal(id)
                .map_or(Route::NotFound, |g| Route::Goal(g.id.as_str())),
            [c] => number(c, 'c').map_or(Route::NotFound, Route::Chapter),
            [c, s] => match (number(c, 'c'), number(s, 's')) {
                (Some(c), Some(s)) => Route::Section(c, s),
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        };
        if route.exists(plan) {
            route
        } else {
            Route::NotFound
        }
    }

    fn exists(self, plan: &Plan) -> bool {
        match self {
            Route::Chapter(c) => plan.chapter(c).is_some(),
            Route::Section(c, s) => plan
                .chapter(c)
                .is_some_and(|ch| usize::from(s) >= 1 && usize::from(s) <= ch.sections.len()),
            _ => true,
        }
    }

    /// The path below the base, with a trailing slash (`/c6/s1/`), as static hosts serve it.
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Chapter(c) => format!("/c{c}/"),
            Route::Section(c, s) => format!("/c{c}/s{s}/"),
            Route::Search => "/search/".into(),
            Route::Goals => "/goals/".into(),
            Route::Places => "/places/".into(),
            Route::Map(n) => format!("/map/{n}/"),
            Route::Place(id) => format!("/place/{id}/"),
            Route::Projects => "/projects/".into(),
            Route::Progress => "/progress/".into(),
            Route::Goal(id) => format!("/goals/{id}/"),
            Route::Data => "/data/".into(),
            Route::Print => "/print/".into(),
            Route::NotFound => "/404.html".into(),
        }
    }

    /// The path including the base, for links and canonical URLs.
    pub fn href(self) -> String {
        format!("{BASE}{}", self.path())
    }

    /// The search page's link for a (cleaned) query: `/search/?q=…`, or the bare page for none.
    pub fn search_href(query: &str) -> String {
        if query.is_empty() {
            Route::Search.href()
        } else {
            format!(
                "{}?q={}",
                Route::Search.href(),
                crate::url::encode_component(query)
            )
        }
    }

    /// Every page that is pre-rendered and listed in the sitemap, in reading order.
    pub fn all(plan: &'static Plan, places: &'static [Place]) -> Vec<Route> {
        let mut out = vec![
            Route::Home,
            Route::Search,
            Route::Goals,
            Route::Places,
            Route::Projects,
            Route::Progress,
            Route::Data,
            Route::Print,
        ];
        out.extend(plan.figures().iter().map(|f| Route::Map(f.number)));
        out.extend(
            places
                .iter()
                .filter(|p| p.level.has_page())
                .map(|p| Route::Place(p.adcode.as_str())),
        );
        out.extend(plan.goals.iter().map(|g| Route::Goal(g.id.as_str())));
        for chapter in &plan.chapters {
            out.push(Route::Chapter(chapter.number));
            out.extend(
                chapter
                    .sections
                    .iter()
                    .map(|s| Route::Section(chapter.number, s.number)),
            );
        }
        out
    }

    /// The page before and after this one: sections step through sections, chapters through chapters.
    pub fn neighbours(self, plan: &'static Plan) -> (Option<Route>, Option<Route>) {
        // Only text pages step: no place needs listing.
        let same_kind: Vec<Route> = Route::all(plan, &[])
            .into_iter()
            .filter(|r| std::mem::discriminant(r) == std::mem::discriminant(&self))
            .collect();
        match same_kind.iter().position(|r| *r == self) {
            Some(i) if matches!(self, Route::Chapter(_) | Route::Section(..)) => (
                i.checked_sub(1).and_then(|j| same_kind.get(j)).copied(),
                same_kind.get(i + 1).copied(),
            ),
            _ => (None, None),
        }
    }
}

/// The link to an element of the plan's text (a paragraph, box entry or figure) on its page.
pub fn anchor_href(plan: &Plan, id: &str) -> Option<String> {
    let (chapter, section) = plan.locate(id)?;
    let route = match (chapter, section) {
        (Some(c), Some(s)) => Route::Section(c.number, s.number),
        (Some(c), None) => Route::Chapter(c.number),
        _ => Route::Home,
    };
    Some(format!("{}#{id}", route.href()))
}
